"""Reading content files: text with limits, YAML that remembers line numbers, front matter.

Everything a guide's author wrote enters the program through this module, so
size limits, encoding rules and YAML quirks are handled in one place and every
failure becomes a :class:`~generator.errors.ContentError` with a line number.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator.errors import ContentError

#: Text files larger than this are refused: a study guide's YAML or Markdown
#: is a few kilobytes, and a huge file is a mistake or an attack.
MAX_TEXT_BYTES = 2 * 1024 * 1024
#: Deeper nesting than this is no study guide (and would exhaust the stack later).
MAX_NESTING = 40

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, refusing oversized or undecodable files.

    A byte-order mark is dropped and CRLF/CR line ends become LF, so files from
    any editor read the same.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ContentError.at(path, None, f"cannot read the file ({exc.strerror})") from None
    if size > MAX_TEXT_BYTES:
        raise ContentError.at(
            path, None,
            f"the file is {size / 1048576:.1f} MB; content files may be at most "
            f"{MAX_TEXT_BYTES // 1048576} MB: split it or remove what does not belong",
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError.at(
            path, line,
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

    def line_of(self, loc: tuple[int | str, ...]) -> int:
        """The 1-based line of the value at ``loc`` (keys and list indexes),
        or of the nearest enclosing value that still exists."""
        node, line = self.data, self.first_line
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line = self.first_line + node.lc.key(part)[0]
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
                line = self.first_line + node.lc.item(part)[0]
                node = node[part]
            else:
                break
        return line


def parse_yaml(path: Path, text: str, first_line: int = 1) -> YamlDocument:
    """Parse YAML text, turning every parser complaint into a located ContentError."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            raise ContentError.at(
                path, number, "a tab is used for indentation; YAML needs spaces: replace the tab with spaces"
            )
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        data = yaml.load(text)
    except DuplicateKeyError as exc:
        line = first_line + exc.problem_mark.line if exc.problem_mark else None
        raise ContentError.at(path, line, f"{_first_line(exc.problem)}: each key may appear only once") from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else None
        raise ContentError.at(path, line, f"invalid YAML: {_yaml_problem(exc)}") from None
    except YAMLError as exc:
        raise ContentError.at(path, None, f"invalid YAML: {_first_line(str(exc))}") from None
    except RecursionError:
        raise ContentError.at(path, None, f"the YAML is nested too deeply (more than {MAX_NESTING} levels)") from None
    if _depth(data) > MAX_NESTING:
        raise ContentError.at(path, None, f"the YAML is nested too deeply (more than {MAX_NESTING} levels)")
    return YamlDocument(path, _plain_scalars(data), first_line)


def load_yaml(path: Path) -> YamlDocument:
    """Read and parse one YAML file."""
    text = read_text(path)
    if not text.strip():
        raise ContentError.at(path, 1, "the file is empty: add content or delete the file")
    return parse_yaml(path, text)


@dataclass
class MarkdownDocument:
    """A Markdown file split into its front matter and its body."""

    path: Path
    front: YamlDocument
    body: str
    body_line: int  # 1-based line where the body starts


def load_markdown(path: Path) -> MarkdownDocument:
    """Read a Markdown file that must open with YAML front matter between ``---`` lines."""
    text = read_text(path)
    match = FRONT_MATTER.match(text)
    if not match:
        raise ContentError.at(
            path, 1,
            "the file must start with front matter: a line '---', then 'title:' and "
            "'summary:', then another line '---'",
        )
    front_text = match.group(1) or ""
    if not front_text.strip():
        raise ContentError.at(path, 2, "the front matter is empty: add 'title:' and 'summary:'")
    front = parse_yaml(path, front_text, first_line=2)
    body_line = text.count("\n", 0, match.end()) + 1
    return MarkdownDocument(path, front, text[match.end():], body_line)


def _plain_scalars(node: Any) -> Any:
    """Keep ruamel's containers (they carry line numbers) but turn dates into
    ISO strings: an author who writes ``date: 1941-04-13`` unquoted means the text."""
    if isinstance(node, CommentedMap):
        for key in list(node):
            node[key] = _plain_scalars(node[key])
    elif isinstance(node, CommentedSeq):
        for i, item in enumerate(node):
            node[i] = _plain_scalars(item)
    elif isinstance(node, (_dt.date, _dt.datetime)):
        return node.isoformat()[:10]
    return node


def _depth(node: Any, level: int = 0) -> int:
    if level > MAX_NESTING:
        return level
    if isinstance(node, dict):
        return max((_depth(v, level + 1) for v in node.values()), default=level + 1)
    if isinstance(node, list):
        return max((_depth(v, level + 1) for v in node), default=level + 1)
    return level


def _yaml_problem(exc: MarkedYAMLError) -> str:
    problem = _first_line(exc.problem or exc.context or "cannot parse")
    hints = {
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
