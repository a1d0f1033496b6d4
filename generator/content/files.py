"""Reading content files: text with limits, YAML that remembers line numbers, front matter.

Everything a guide's author wrote enters the program through this module, so
size limits, encoding rules and YAML quirks are handled in one place and every
failure becomes a :class:`~generator.errors.ContentError` with a line number.
"""

from __future__ import annotations

import re
import stat
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import ConstructorError, DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator.errors import ContentError
from generator.limits import DEFAULTS, active

#: Text files larger than this are refused: a study guide's YAML or Markdown
#: is a few kilobytes, and a huge file is a mistake or an attack (parsing
#: 1 MB of YAML already takes seconds).
MAX_TEXT_BYTES = DEFAULTS.text_bytes
#: Deeper nesting than this is no study guide (and would exhaust the stack later).
MAX_NESTING = DEFAULTS.yaml_nesting
#: More values than this (counting each use of an alias in full) is no study guide:
#: it is an alias bomb that would take forever to validate.
MAX_VALUES = DEFAULTS.yaml_values
#: Characters of text a YAML file may hold once its aliases are expanded: as much as
#: the file itself may hold written out. A 0.5 MB glossary whose 480 KB definition was
#: aliased 999 times asked for 480 MB of text and took 2.8 GB to build.
MAX_EXPANDED = MAX_TEXT_BYTES

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def check_inside(path: Path, root: Path) -> None:
    """Refuse a content file that is, or links to, something outside the guide's folder."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # a dangling or circular symlink
        raise ContentError.at(path, None, "is a broken link: replace it with the file itself") from None
    if not target.is_relative_to(Path(root).resolve()):
        raise ContentError.at(
            path, None, "is a link to a file outside the guide's folder: copy the file into the folder instead"
        )


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, refusing oversized or undecodable files.

    A byte-order mark is dropped and CRLF/CR line ends become LF, so files from
    any editor read the same.
    """
    try:
        info = path.stat()
    except OSError as exc:
        raise ContentError.at(path, None, f"cannot read the file ({exc.strerror})") from None
    # A device or a pipe (/dev/zero, a FIFO) would never end or never start.
    if not stat.S_ISREG(info.st_mode):
        raise ContentError.at(path, None, "is not a regular file: content files must be plain text files")
    if info.st_size > MAX_TEXT_BYTES:
        raise _too_big(path, info.st_size)
    try:
        with path.open("rb") as handle:
            # Read one byte more than allowed: a file that grew since stat() is caught too.
            raw = handle.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        raise ContentError.at(path, None, f"cannot read the file ({exc.strerror})") from None
    if len(raw) > MAX_TEXT_BYTES:
        raise _too_big(path, len(raw))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ContentError.at(path, 1, "the file is saved as UTF-16: save it as UTF-8") from None
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError.at(
            path,
            line,
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8: save the file as UTF-8",
        ) from None
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class YamlDocument:
    """Parsed YAML plus the means to find the line of any value in it."""

    path: Path
    data: Any
    first_line: int = 1  # 1-based line of the document's first line in the file
    text: str = ""  # the YAML as written, kept so that nothing reads the file again
    expanded: int = 0  # characters of text with every alias expanded (counted in the guide's budget)

    def line_of(self, loc: tuple[int | str, ...]) -> int:
        """The 1-based line of the value at ``loc`` (keys and list indexes),
        or of the nearest enclosing value that still exists."""
        node, line = self.data, self.first_line
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                # A key merged in from elsewhere ('<<: *base') has no line here: the mapping's
                line = self.first_line + node.lc.data[part][0] if part in node.lc.data else line
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
                line = self.first_line + node.lc.item(part)[0]
                node = node[part]
            else:
                break
        return line

    def key_lines(self, loc: tuple[int | str, ...] = ()) -> dict[str, int]:
        """The line of each key of the mapping at ``loc`` (none if it is no mapping)."""
        node = self.data
        for part in loc:
            node = node[part]
        if not isinstance(node, CommentedMap):
            return {}
        own = node.lc.data  # not the keys merged in with '<<: *base', which have no line here
        mapping_line = self.line_of(loc)
        return {str(key): self.first_line + own[key][0] if key in own else mapping_line for key in node}


#: Each file's last parse, by (path, first line), with the text it was parsed from; None
#: while off. A warm process (the watch) turns it on with :func:`remember_parsed`, so a
#: save parses again only the file that changed: round-trip YAML with line numbers is
#: most of a rebuild's time. A one-shot build parses each file once and keeps nothing.
_remembered: dict[tuple[Path, int], tuple[str, YamlDocument]] | None = None


@contextmanager
def remember_parsed() -> Iterator[None]:
    """Within this block, reuse a file's parsed YAML while its text is unchanged (parsed
    documents are only ever read, never changed, so one may be handed out again)."""
    global _remembered
    _remembered = {}
    try:
        yield
    finally:
        _remembered = None


def parse_yaml(path: Path, text: str, first_line: int = 1) -> YamlDocument:
    """Parse YAML text, turning every parser complaint into a located ContentError."""
    remembered = _remembered
    if remembered is not None:
        kept = remembered.get((path, first_line))
        if kept is not None and kept[0] == text:
            return kept[1]
    document = _parse_yaml(path, text, first_line)
    if remembered is not None:
        remembered[(path, first_line)] = (text, document)
    return document


def _parse_yaml(path: Path, text: str, first_line: int) -> YamlDocument:
    for number, line in enumerate(text.split("\n"), start=first_line):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            raise ContentError.at(
                path, number, "a tab is used for indentation; YAML needs spaces: replace the tab with spaces"
            )
    if _too_deep(text):
        raise _nested_too_deeply(path)
    yaml = _yaml()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. a reused anchor: valid YAML, not worth a Python warning
            data = yaml.load(text)
    except DuplicateKeyError as exc:
        mark = first_line + exc.problem_mark.line if exc.problem_mark else None
        raise ContentError.at(path, mark, f"{_first_line(exc.problem)}: each key may appear only once") from None
    except MarkedYAMLError as exc:
        raise ContentError.at(
            path, _problem_line(exc, text, first_line), f"invalid YAML: {_yaml_problem(exc)}"
        ) from None
    except YAMLError as exc:
        raise ContentError.at(path, None, f"invalid YAML: {_first_line(str(exc))}") from None
    except RecursionError:
        raise _nested_too_deeply(path) from None
    except Exception as exc:
        if isinstance(exc, TypeError) and "unhashable" in str(exc):
            raise ContentError.at(
                path,
                None,
                "invalid YAML: a key is a list or a mapping (after '? '): keys must be plain words such as 'title'",
            ) from None
        raise ContentError.at(
            path,
            None,
            f"invalid YAML: the parser failed ({type(exc).__name__}: "
            f"{_first_line(str(exc))[:80]}): look for unusual '!!' tags or characters",
        ) from None
    memo: dict[int, tuple[int, int, int]] = {}
    depth, size, chars = _measure(data, memo, set())
    if depth > MAX_NESTING:
        raise _nested_too_deeply(path)
    document = YamlDocument(path, data, first_line, text, chars)
    for measure, over, what in (
        (1, size > MAX_VALUES, f"more than {MAX_VALUES:,} values"),
        (2, chars > MAX_EXPANDED, f"more than {MAX_EXPANDED // 1048576} MB of text"),
    ):
        if over:
            raise ContentError.at(
                path,
                _line_over(document, memo, measure),
                f"the YAML holds {what} once its aliases (*name) are expanded, up to this entry: "
                "write it out once instead of repeating it with aliases",
            )
    return document


def _line_over(document: YamlDocument, memo: dict[int, tuple[int, int, int]], measure: int) -> int | None:
    """The line of the top-level entry at which the running count (values or characters)
    goes over its limit: where the author should look."""
    data, limit = document.data, (0, MAX_VALUES, MAX_EXPANDED)[measure]
    keys = list(data) if isinstance(data, dict) else range(len(data)) if isinstance(data, list) else []
    running = 0
    for key in keys:
        running += memo.get(id(data[key]), (0, 1, _chars(data[key])))[measure]
        if running > limit:
            return document.line_of((key,))
    return None


def load_yaml(path: Path, max_entries: int | None = None) -> YamlDocument:
    """Read and parse one YAML file; a list of more than ``max_entries`` is refused,
    before parsing when its entries are written one per line (parsing 30,000 entries
    takes minutes)."""
    text = read_text(path)
    if not text.strip():
        raise ContentError.at(path, 1, "the file is empty: add content or delete the file")
    if max_entries is not None:
        for count, entry in enumerate(_TOP_LEVEL_ENTRY.finditer(text), start=1):
            if count > max_entries:
                raise _too_many(path, text.count("\n", 0, entry.start()) + 1, max_entries)
    document = parse_yaml(path, text)
    if max_entries is not None and isinstance(document.data, list) and len(document.data) > max_entries:
        raise _too_many(path, document.line_of((max_entries,)), max_entries)
    return document


_TOP_LEVEL_ENTRY = re.compile(r"^-(?=[ \t\n]|$)", re.MULTILINE)


def _too_many(path: Path, line: int, limit: int) -> ContentError:
    return ContentError.at(
        path,
        line,
        f"entry {limit + 1}: a list may have at most {limit:,} entries: keep the ones the "
        f"guide's readers need (or split the guide in two), {active().how_to_raise('entries', limit * 2)}",
    )


@dataclass
class MarkdownDocument:
    """A Markdown file split into its front matter and its body."""

    path: Path
    front: YamlDocument
    body: str
    body_line: int  # 1-based line where the body starts
    text: str = ""  # the whole file as read


def load_markdown(path: Path) -> MarkdownDocument:
    """Read a Markdown file that must open with YAML front matter between ``---`` lines."""
    text = read_text(path)
    if not text.strip():
        raise ContentError.at(
            path,
            1,
            "the file is empty: add front matter ('title:' and 'summary:') and the section's text, or delete the file",
        )
    match = FRONT_MATTER.match(text)
    if not match and re.match(r"---[ \t]*\n", text):
        raise ContentError.at(
            path, 1, "the front matter that starts here is never closed: add a line '---' after its last key"
        )
    if not match:
        raise ContentError.at(
            path,
            1,
            "the file must start with front matter: a line '---', then 'title:' and "
            "'summary:', then another line '---'",
        )
    front_text = match.group(1) or ""
    if not front_text.strip():
        raise ContentError.at(path, 2, "the front matter is empty: add 'title:' and 'summary:'")
    front = parse_yaml(path, front_text, first_line=2)
    body_line = text.count("\n", 0, match.end()) + 1
    return MarkdownDocument(path, front, text[match.end() :], body_line, text)


def _too_big(path: Path, size: int) -> ContentError:
    return ContentError.at(
        path,
        None,
        f"the file is {size / 1048576:.1f} MB; content files may be at most "
        f"{MAX_TEXT_BYTES // 1048576} MB: split it or remove what does not belong",
    )


def _flow_depth(text: str) -> int:
    """How deep ``[`` and ``{`` nest, counting brackets inside quotes too: an upper bound
    that is cheap to compute, for the common case of no deep nesting at all."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}" and depth:
            depth -= 1
    return deepest


def _too_deep(text: str) -> bool:
    """Whether flow collections nest deeper than MAX_NESTING.

    ruamel's scanner takes quadratic time in the nesting depth (thousands of
    ``[`` take seconds, then exhaust the stack), so depth is checked from the
    token stream first, stopping as soon as the limit is passed."""
    if text.count("[") + text.count("{") <= MAX_NESTING or _flow_depth(text) <= MAX_NESTING:
        return False
    depth = 0
    try:
        for token in YAML(typ="rt").scan(text):
            name = type(token).__name__
            if name in ("FlowSequenceStartToken", "FlowMappingStartToken"):
                depth += 1
                if depth > MAX_NESTING:
                    return True
            elif name in ("FlowSequenceEndToken", "FlowMappingEndToken"):
                depth -= 1
    except YAMLError:
        return False  # the parser proper reports the syntax error with its line
    return False


def _nested_too_deeply(path: Path) -> ContentError:
    return ContentError.at(
        path,
        None,
        f"the YAML is nested too deeply (more than {MAX_NESTING} levels): "
        "a guide needs at most lists of entries with keys and values",
    )


def _measure(node: Any, memo: dict[int, tuple[int, int, int]], active: set[int]) -> tuple[int, int, int]:
    """(depth, number of values, characters of text) of ``node`` as a reader of the data
    sees it, with every alias expanded. Memoised, so aliases that multiply (a 'billion
    laughs') cost nothing to measure; a container that contains itself counts as
    infinitely deep."""
    if not isinstance(node, (dict, list)):
        return 0, 1, _chars(node)
    key = id(node)
    if key in memo:
        return memo[key]
    if key in active:
        return MAX_NESTING + 1, 1, 0
    active.add(key)
    depth, size, chars = 0, 1, 0
    for name, child in node.items() if isinstance(node, dict) else enumerate(node):
        child_depth, child_size, child_chars = _measure(child, memo, active)
        depth, size = max(depth, child_depth), size + child_size
        chars += child_chars + (_chars(name) if isinstance(node, dict) else 0)
        if depth >= MAX_NESTING or size > MAX_VALUES or chars > MAX_EXPANDED:
            break  # already too much: the caller refuses it
    active.discard(key)
    memo[key] = (depth + 1, size, chars)
    return memo[key]


def _chars(value: Any) -> int:
    return len(value) if isinstance(value, str) else 1


class _Constructor(RoundTripConstructor):
    """Round-trip construction, except that dates stay text: the model parses them
    itself (partial dates, BC, circa) and says what is wrong with 1941-02-30, where
    ruamel would raise a bare ValueError."""


def _refuse_tag(constructor: RoundTripConstructor, node: Any) -> None:
    tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
    raise ConstructorError(None, None, f"the tag '{tag}' has no meaning in a guide; remove it", node.start_mark)


def _guarded(tag: str) -> Callable[[RoundTripConstructor, Any], Any]:
    """ruamel's constructor for ``!!tag``, reporting a value that does not fit the tag
    (``!!int abc``, ``!!bool maybe``) with its line instead of crashing."""
    construct = RoundTripConstructor.yaml_constructors[f"tag:yaml.org,2002:{tag}"]

    def guarded(constructor: RoundTripConstructor, node: Any) -> Any:
        try:
            return construct(constructor, node)
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise ConstructorError(
                None,
                None,
                f"'{node.value}' is not a valid !!{tag}: remove the tag '!!{tag}' or fix the value",
                node.start_mark,
            ) from None

    return guarded


for _tag in ("int", "bool", "null"):
    _Constructor.add_constructor(f"tag:yaml.org,2002:{_tag}", _guarded(_tag))
# Timestamps and decimals stay as written: a float would print 1e400 as 'inf', .nan as
# 'nan' and 1.10 as '1.1', and no field of a guide is a fractional number.
for _tag in ("timestamp", "float"):
    _Constructor.add_constructor(
        f"tag:yaml.org,2002:{_tag}", lambda constructor, node: str(constructor.construct_scalar(node))
    )
# Exotic types (sets, ordered maps, binary, custom '!tags') are never content, and
# some of ruamel's constructors crash on malformed ones instead of reporting them.
for _tag in ("set", "omap", "pairs", "binary"):
    _Constructor.add_constructor(f"tag:yaml.org,2002:{_tag}", _refuse_tag)
_Constructor.add_constructor(None, _refuse_tag)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.allow_duplicate_keys = False
    return yaml


def _problem_line(exc: MarkedYAMLError, text: str, first_line: int) -> int | None:
    """The line to blame: where the parser gave up, or earlier where the real mistake is."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return None
    line: int = mark.line  # ruamel leaves its marks untyped
    problem = exc.problem or ""
    if "could not find expected ':'" in problem and exc.context_mark:
        line = exc.context_mark.line  # where the would-be key starts
    elif "but found '<scalar>'" in problem:
        # An unclosed quote swallows the following lines: blame the line that opened it.
        lines = text.split("\n")
        for number in range(min(line, len(lines) - 1), -1, -1):
            if lines[number].count('"') % 2 or re.search(r"(^|[:-])\s+'[^']*$", lines[number]):
                line = number
                break
    return first_line + line


def _yaml_problem(exc: MarkedYAMLError) -> str:
    problem = _first_line(exc.problem or exc.context or "cannot parse")
    hints = {
        "but found '<block mapping start>'": "; check the indentation: the keys of one entry must line up",
        "expected '<document start>'": "; there is text after the end of the data: check brackets and indentation",
        "mapping values are not allowed here": "; a value contains ': ' — put it in quotes",
        "found character '\\t'": "; replace tabs with spaces",
        "could not find expected ':'": "; a key is missing its ':' or a quote is not closed",
        "found undefined alias": "; remove the '*' or quote the text",
        "expected <block end>, but found": "; a value that starts with a quote must also end with it: "
        "quote the whole value, or indent continued lines",
    }
    for needle, hint in hints.items():
        if needle in problem:
            return problem + hint
    return problem


def _first_line(text: str | None) -> str:
    return (text or "").strip().split("\n")[0]
