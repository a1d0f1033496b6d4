"""Reading content files: text with limits, YAML that remembers line numbers, front matter.

Everything a guide's author wrote enters the program through this module (its YAML
parsed under :mod:`generator.content.yaml_guard`'s guard), so size limits, encoding
rules and YAML quirks are handled in one place and every failure becomes a
:class:`~generator.errors.ContentError` with a line number.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.content.yaml_guard import (
    MAX_EXPANDED,
    MAX_NESTING,
    MAX_VALUES,
    chars_of,
    measure_expanded,
    nested_too_deeply,
    parse_guarded,
)
from generator.errors import ContentError
from generator.limits import DEFAULTS, active

#: Text files larger than this are refused: a study guide's YAML or Markdown
#: is a few kilobytes, and a huge file is a mistake or an attack (parsing
#: 1 MB of YAML already takes seconds).
MAX_TEXT_BYTES = DEFAULTS.text_bytes

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
    data = parse_guarded(path, text, first_line)
    memo: dict[int, tuple[int, int, int]] = {}
    depth, size, chars = measure_expanded(data, memo, set())
    if depth > MAX_NESTING:
        raise nested_too_deeply(path)
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
        running += memo.get(id(data[key]), (0, 1, chars_of(data[key])))[measure]
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
