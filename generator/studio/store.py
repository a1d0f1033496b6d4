"""The studio's files: a guide's YAML and Markdown read as plain data, and edits written
back into the same files.

The files stay the source of truth. An edit is merged into the round-trip document
ruamel read (its comments, key order, quoting and layout kept), written atomically,
and only if the file on disk is still the version the studio read: each read hands
out a hash, each write must name it, and a file changed meanwhile (a text editor, a
second studio) is never overwritten — :class:`Conflict` carries both versions.

Only the guide's own files are reachable: ``guide.yaml``, the list files, and
``sections/<name>.md``; any other name, ``..`` or a symbolic link out is refused.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.emitter import Emitter
from ruamel.yaml.error import YAMLError

from generator.content.files import FRONT_MATTER, MAX_TEXT_BYTES, parse_yaml
from generator.content.model import LIST_FILES
from generator.errors import ContentError
from generator.outputs import write_atomically

#: The key the studio gives each entry of a list of mappings: its index in the file as
#: last read, so that an entry moved by drag and drop keeps its comments.
PLACE = "__i"
_SECTION = re.compile(r"^sections/[0-9A-Za-z][0-9A-Za-z_-]{0,80}\.md$")
_GUIDE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: The files a guide may have, in the order the studio shows them.
YAML_FILES = ("guide.yaml", *LIST_FILES)


class Refused(Exception):
    """A request for something the studio does not hand out (a path outside the guide)."""


@dataclass
class Conflict(Exception):
    """The file changed on disk since the studio read it: nothing was written."""

    path: str
    disk: dict[str, Any]


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]


class _Layout(Emitter):
    """The skeleton's layout: a file's top-level list at column 0 (``- date: …``), lists
    under a key indented (``  - a``); ruamel indents both alike, so the top level is
    written here with no dash offset and its entries' keys two columns in."""

    def increase_indent(self, flow: bool = False, sequence: bool | None = None, indentless: bool = False) -> None:
        entry_of_top = self.indent == 0 and len(self.indents.values) == 1 and self.indents.values[0][1]
        super().increase_indent(flow, sequence, indentless)
        if entry_of_top and not flow and not indentless and self.indent is not None:
            self.indent -= self.best_sequence_indent - 2

    def expect_block_sequence_item(self, first: bool = False) -> None:
        if len(self.indents.values) > 1:
            return super().expect_block_sequence_item(first)
        offset, self.sequence_dash_offset = self.sequence_dash_offset, 0
        try:
            return super().expect_block_sequence_item(first)
        finally:
            self.sequence_dash_offset = offset


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Emitter = _Layout
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line the author wrote on one
    yaml.indent(mapping=2, sequence=4, offset=2)  # the skeleton's layout
    return yaml


class Store:
    """The guides under one content folder."""

    def __init__(self, content: Path) -> None:
        self.content = Path(content).resolve()

    # ---- where ----------------------------------------------------------------

    def guide(self, slug: str) -> Path:
        if not _GUIDE.match(slug) or not (self.content / slug / "guide.yaml").is_file():
            raise Refused(f"no guide named {slug!r}")
        return self.content / slug

    def path(self, slug: str, relative: str) -> Path:
        """The file ``relative`` of guide ``slug``: a known content file, inside the guide."""
        if relative not in YAML_FILES and not _SECTION.match(relative):
            raise Refused(f"{relative!r} is not a content file of a guide")
        root = self.guide(slug)
        target = (root / relative).resolve()
        if not target.is_relative_to(root.resolve()):
            raise Refused(f"{relative!r} leads out of the guide")
        return target

    def guides(self) -> list[dict[str, str]]:
        found = []
        for folder in sorted(self.content.iterdir()) if self.content.is_dir() else []:
            if _GUIDE.match(folder.name) and (folder / "guide.yaml").is_file():
                try:
                    document = _load(
                        folder / "guide.yaml", _text(folder / "guide.yaml", (folder / "guide.yaml").read_bytes())
                    )
                except ContentError:
                    document = None
                title = document.get("title", folder.name) if isinstance(document, dict) else folder.name
                found.append({"slug": folder.name, "title": str(title)})
        return found

    # ---- reading ----------------------------------------------------------------

    def read_guide(self, slug: str) -> dict[str, Any]:
        """Every file of the guide as the studio's forms take it."""
        root = self.guide(slug)
        files = [self.read(slug, name) for name in YAML_FILES]
        sections = sorted((root / "sections").glob("*.md")) if (root / "sections").is_dir() else []
        files += [self.read(slug, path.relative_to(root).as_posix()) for path in sections]
        return {"slug": slug, "files": files}

    def hashes(self, slug: str) -> dict[str, str]:
        """The hash of each of the guide's files ("" for a list file not written)."""
        root = self.guide(slug)
        sections = sorted((root / "sections").glob("*.md")) if (root / "sections").is_dir() else []
        names = [*YAML_FILES, *(path.relative_to(root).as_posix() for path in sections)]
        return {name: digest((root / name).read_bytes()) if (root / name).is_file() else "" for name in names}

    def read(self, slug: str, relative: str) -> dict[str, Any]:
        """One file: its data (None for a list file not written yet), its hash, the line of
        each value (JSON pointer → line, for errors), and the body of a section."""
        path = self.path(slug, relative)
        if not path.is_file():
            return {"path": relative, "data": None, "hash": "", "lines": {}}
        raw = path.read_bytes()
        try:
            if relative.endswith(".md"):
                front, body, offset = _split(_text(path, raw))
                document = _load(path, front, offset + 1)
                lines = {pointer: line + offset for pointer, line in _lines(document)}
                return {"path": relative, "data": plain(document), "body": body, "hash": digest(raw), "lines": lines}
            document = _load(path, _text(path, raw))
        except ContentError as exc:
            # A file a text editor left unreadable: the page says why, and offers no form to overwrite it.
            return {"path": relative, "data": None, "hash": digest(raw), "lines": {}, "error": str(exc)}
        return {"path": relative, "data": plain(document), "hash": digest(raw), "lines": dict(_lines(document))}

    # ---- writing ----------------------------------------------------------------

    def write(self, slug: str, relative: str, data: Any, base: str, body: str | None = None) -> dict[str, Any]:
        """Merge ``data`` (and a section's ``body``) into the file read at hash ``base``;
        raises :class:`Conflict` if the file is no longer that version. Returns the file as read back."""
        path = self.path(slug, relative)
        raw = path.read_bytes() if path.is_file() else b""
        if digest(raw) != base and not (base == "" and not raw):
            raise Conflict(relative, self.read(slug, relative))
        text = _text(path, raw)
        if relative.endswith(".md"):
            front, old_body, offset = _split(text)
            document = merge(_load(path, front, offset + 1), data)
            new_text = "---\n" + _dump(document) + "---\n" + (old_body if body is None else body)
        else:
            new_text = _dump(merge(_load(path, text) if text.strip() else None, data))
        encoded = new_text.encode("utf-8")
        if len(encoded) > MAX_TEXT_BYTES:
            raise Refused(f"{relative} would be larger than {MAX_TEXT_BYTES // 1024} KB")
        if encoded != raw:
            write_atomically(path, encoded)
        return self.read(slug, relative)

    def create_section(self, slug: str, title: str) -> str:
        """A new section file after the last, named after its title; returns its path."""
        from slugify import slugify

        root = self.guide(slug)
        (root / "sections").mkdir(exist_ok=True)
        existing = sorted((root / "sections").glob("*.md"))
        number = len(existing) + 1
        name = slugify(title)[:40].strip("-") or "section"
        relative = f"sections/{number:02d}-{name}.md"
        while (root / relative).exists():
            number += 1
            relative = f"sections/{number:02d}-{name}.md"
        document = CommentedMap(title=title, summary=["A first key point.", "A second key point."])
        write_atomically(root / relative, "---\n" + _dump(document) + "---\n\nWrite the section here.\n")
        return relative

    def delete_section(self, slug: str, relative: str, base: str) -> dict[str, str]:
        path = self.path(slug, relative)
        if not relative.endswith(".md") or digest(path.read_bytes()) != base:
            raise Conflict(relative, self.read(slug, relative))
        path.unlink()
        return {"deleted": relative}

    def order_sections(self, slug: str, order: list[str]) -> list[str]:
        """Renumber the section files in ``order`` (their paths): the number before the
        name is what orders them in the booklet. Returns the new paths."""
        root = self.guide(slug)
        current = sorted(p.relative_to(root).as_posix() for p in (root / "sections").glob("*.md"))
        if sorted(order) != current:
            raise Refused("the order must name every section once")
        paths = [self.path(slug, relative) for relative in order]
        names = [re.sub(r"^[0-9]+[-_ .]*", "", p.name) for p in paths]
        moves = [
            (p, p.with_name(f"{n:02d}-{name}")) for n, (p, name) in enumerate(zip(paths, names, strict=True), start=1)
        ]
        # Through temporary names, so that no rename lands on a file still to be moved.
        staged = []
        for number, (old, new) in enumerate(moves):
            if old != new:
                temporary = old.with_name(f".studio-move-{number}-{old.name}")
                os.replace(old, temporary)
                staged.append((temporary, new))
        for temporary, new in staged:
            os.replace(temporary, new)
        return [new.relative_to(root).as_posix() for _, new in moves]


def _text(path: Path, raw: bytes) -> str:
    if len(raw) > MAX_TEXT_BYTES:
        raise ContentError.at(path, None, f"is larger than {MAX_TEXT_BYTES // 1024} KB, too large for the studio")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ContentError.at(path, None, "is not UTF-8 text: save it as UTF-8 in your editor") from None


def _load(path: Path, text: str, first_line: int = 1) -> Any:
    """The round-trip document of ``text``; a mistake is reported as the loader reports it."""
    if not text.strip():
        return CommentedMap()
    try:
        return _yaml().load(text)
    except YAMLError:
        parse_yaml(path, text, first_line)  # raises the located ContentError
        raise ContentError.at(path, first_line, "cannot be read as YAML") from None


def _split(text: str) -> tuple[str, str, int]:
    """A section's front matter, its body, and the file line before the front matter's first."""
    match = FRONT_MATTER.match(text)
    if not match:
        return "", text, 1
    return match.group(1) or "", text[match.end() :], 1


def _dump(document: Any) -> str:
    stream = io.StringIO()
    _yaml().dump(document, stream)
    return stream.getvalue()


def plain(node: Any, seq_places: bool = True) -> Any:
    """Round-trip YAML as JSON data; each mapping in a list gets its index as :data:`PLACE`."""
    if isinstance(node, dict):
        return {str(key): plain(value) for key, value in node.items()}
    if isinstance(node, list):
        items = [plain(value) for value in node]
        for index, item in enumerate(items):
            if isinstance(item, dict):
                item[PLACE] = index
        return items
    if isinstance(node, (bool, int, float)) or node is None:
        return node
    return str(node)


def merge(old: Any, new: Any) -> Any:
    """``new`` (JSON data) written over ``old`` (round-trip YAML), keeping what ``old`` had
    of comments, order and scalar style wherever the value is still there."""
    if isinstance(new, dict):
        mapping = old if isinstance(old, CommentedMap) else CommentedMap()
        # A field emptied in the form leaves the file; an empty list is written only where it was.
        wanted = {
            key: value
            for key, value in new.items()
            if key != PLACE and value is not None and value != "" and (value != [] or key in mapping)
        }
        for key in [key for key in mapping if key not in wanted]:
            del mapping[key]
        for key, value in wanted.items():
            if key in mapping:
                mapping[key] = merge(mapping[key], value)
            else:
                mapping[key] = merge(None, value)
        return mapping
    if isinstance(new, list):
        sequence = old if isinstance(old, CommentedSeq) else CommentedSeq()
        before = list(sequence)
        items = []
        for index, value in enumerate(new):
            place = value.get(PLACE) if isinstance(value, dict) else index
            earlier = before[place] if isinstance(place, int) and 0 <= place < len(before) else None
            items.append(merge(earlier, value))
        comments = {index: sequence.ca.items.get(place) for index, place in _places(new, len(before))}
        sequence.clear()
        sequence.extend(items)
        sequence.ca.items.clear()
        sequence.ca.items.update({index: comment for index, comment in comments.items() if comment is not None})
        return sequence
    if isinstance(new, str) and isinstance(old, str):
        if new == str(old):
            return old  # unchanged: its quoting and folding as written
        return type(old)(new) if type(old) is not str else new  # changed: the quoting the author chose
    if type(new) is type(old) and new == old:
        return old
    return new


def _places(new: list[Any], count: int) -> Iterator[tuple[int, int]]:
    for index, value in enumerate(new):
        place = value.get(PLACE) if isinstance(value, dict) else index
        if isinstance(place, int) and 0 <= place < count:
            yield index, place


def _lines(node: Any, pointer: str = "", line: int = 1) -> Iterator[tuple[str, int]]:
    """(JSON pointer, 1-based line) of every value in a round-trip document."""
    yield pointer, line
    if isinstance(node, CommentedMap):
        for key in node:
            yield from _lines(node[key], f"{pointer}/{key}", node.lc.key(key)[0] + 1)
    elif isinstance(node, CommentedSeq):
        for index in range(len(node)):
            yield from _lines(node[index], f"{pointer}/{index}", node.lc.item(index)[0] + 1)
