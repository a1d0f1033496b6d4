"""Load one guide folder into a validated :class:`~generator.content.model.Guide`.

Reads every content file through :mod:`generator.content.files`, validates it against
:mod:`generator.content.model` (:mod:`generator.content.validation` words each problem),
and reports *all* problems found, each with its file and line, rather than stopping at
the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.content.budget import check_guide_size, expansion_over_budget
from generator.content.files import YamlDocument, check_inside, load_markdown, load_yaml
from generator.content.keys import key_problems
from generator.content.markup import MarkdownRenderer
from generator.content.model import (
    LIST_FILES,
    Guide,
    GuideMeta,
    Objective,
    Origin,
    Section,
    SectionFront,
    Strict,
    did_you_mean,
)
from generator.content.records import markdown_texts
from generator.content.validation import described, entry_at, validate
from generator.errors import ContentError, Problem
from generator.i18n.collation import prepare, sort_key
from generator.limits import active

KNOWN_FILES = {"guide.yaml", *LIST_FILES}


def load_guide(root: Path, renderer: MarkdownRenderer | None = None) -> Guide:
    """Read, validate and assemble the guide in folder ``root``.

    Raises :class:`ContentError` listing every problem found.
    """
    root = Path(root)
    renderer = renderer or MarkdownRenderer()
    problems: list[Problem] = []
    inputs: list[Path] = []

    def attempt(fn: Callable[..., Any], path: Path, *args: Any) -> Any:
        try:
            check_inside(path, root)  # a symlink must not read a file from elsewhere
            return fn(path, *args)
        except ContentError as exc:
            problems.extend(exc.problems)
            return None

    guide_file = root / "guide.yaml"
    if not root.is_dir():
        raise ContentError.at(root, None, "is not a folder: give the path of a guide's folder")
    # A FIFO or a device named guide.yaml exists but is no file: read_text says so.
    if not guide_file.exists() and not guide_file.is_symlink():
        raise ContentError.at(guide_file, None, "missing: every guide needs a guide.yaml with at least 'title:'")
    problems.extend(_unknown_files(root))
    check_guide_size(root)  # before anything is parsed: many big files add up to minutes

    warnings_before = len(renderer.warnings)
    loaded_meta = attempt(_load_record, guide_file, GuideMeta)
    guide_doc, meta = loaded_meta if loaded_meta else (None, None)
    inputs.append(guide_file)

    section_files = sorted((root / "sections").glob("*.md")) if (root / "sections").is_dir() else []
    if not section_files:
        problems.append(
            Problem(
                root / "sections", None, "no sections: add at least one Markdown file, e.g. sections/01-introduction.md"
            )
        )
    names = section_slugs(section_files)
    sections: list[Section] = []
    for number, path in enumerate(section_files, start=1):
        inputs.append(path)
        section = attempt(_load_section, path, number, root, renderer, names[path])
        if section:
            sections.append(section)

    lists: dict[str, list[Any]] = {name: [] for name in LIST_FILES}
    docs: dict[str, YamlDocument] = {}
    for name, record in LIST_FILES.items():
        path = root / name
        if path.exists() or path.is_symlink():  # a pipe or a broken link is reported, not skipped
            inputs.append(path)
            loaded = attempt(_load_list, path, record)
            if loaded:
                docs[name], lists[name] = loaded

    problems.extend(expansion_over_budget(root, [doc for doc in (guide_doc, *docs.values()) if doc]))
    if "timeline.yaml" in docs:
        named = [((i, "id"), e.id) for i, e in enumerate(lists["timeline.yaml"]) if e.id is not None]
        problems.extend(_duplicates(docs["timeline.yaml"], named, "id"))
    if section_files:  # with no sections, that is the error to report
        slugs = [names[path] for path in section_files]
        problems.extend(_same_slugs(section_files))
        problems.extend(cross_references(meta, guide_doc, docs, lists, slugs))
    if problems or meta is None:
        raise ContentError(problems)

    language = meta.language
    prepare(t.reading or t.term for t in lists["glossary.yaml"])
    glossary = sorted(lists["glossary.yaml"], key=lambda t: sort_key(t.term, language, t.reading))
    # Every Markdown field converted here, once: the templates' md() reads the result.
    markup = {text: renderer.inline(text) for records in lists.values() for r in records for text in markdown_texts(r)}
    return Guide(
        root=root,
        slug=root.resolve().name,
        meta=meta,
        sections=sections,
        events=sorted(lists["timeline.yaml"], key=lambda e: e.span.sort_key),
        faq=lists["faq.yaml"],
        glossary=glossary,
        people=lists["people.yaml"],
        sources=lists["sources.yaml"],
        questions=lists["questions.yaml"],
        debates=lists["debates.yaml"],
        inputs=inputs,
        markup=markup,
        warnings=renderer.warnings[warnings_before:],
    )


def _same_slugs(section_files: list[Path]) -> list[Problem]:
    """Two section files whose names differ only in letter case (``03-Extra.md``,
    ``03-extra.md``) are one file on macOS's and Windows's file systems (a guide copied
    there loses a section), and their anchors differ only in case."""
    first: dict[str, Path] = {}
    problems = []
    for path in section_files:
        slug = section_slug(path)
        earlier = first.setdefault(slug.casefold(), path)
        if section_slug(earlier) != slug:
            problems.append(
                Problem(
                    path,
                    None,
                    f"names the same section as {earlier.parent.name}/{earlier.name} but for letter case: "
                    "rename one of the two files",
                )
            )
    return problems


def section_slug(path: Path) -> str:
    """``sections/05-neutrality-pact.md`` → ``neutrality-pact``."""
    return re.sub(r"^\d+[-_ .]*", "", path.stem) or path.stem


def section_slugs(section_files: list[Path]) -> dict[Path, str]:
    """Each section file's name: its file name without the number, or, where several files
    have one name after their numbers (``01-part.md``, ``02-part.md``), the whole file name
    for each of them, so that no two sections share an anchor or a name to point at."""
    names = {path: section_slug(path) for path in section_files}
    shared = {name for name in names.values() if list(names.values()).count(name) > 1}
    return {path: path.stem if name in shared else name for path, name in names.items()}


def _load_record(path: Path, model: type[Strict]) -> tuple[YamlDocument, Strict]:
    doc = load_yaml(path)
    if not isinstance(doc.data, dict):
        raise ContentError.at(path, 1, f"expected keys and values (e.g. 'title: …'), found {described(doc.data)}")
    record: Strict = validate(doc, model)
    return doc, record.located(_origin(doc))


def _load_list(path: Path, record: Any) -> tuple[YamlDocument, list[Strict]]:
    doc = load_yaml(path, active().limits.entries)
    if not isinstance(doc.data, list):
        raise ContentError.at(
            path, 1, f"expected a list of entries, each starting with '- ', found {described(doc.data)}"
        )
    records: list[Strict] = validate(doc, list[record])
    return doc, [item.located(_origin(doc, (index,))) for index, item in enumerate(records)]


def _origin(doc: YamlDocument, loc: tuple[int | str, ...] = ()) -> Origin:
    """Where the record at ``loc`` of a parsed document was written."""
    return Origin(doc.path, doc.line_of(loc), doc.key_lines(loc), doc.text, doc.first_line)


def _load_section(path: Path, number: int, root: Path, renderer: MarkdownRenderer, slug: str) -> Section:
    document = load_markdown(path)
    if not isinstance(document.front.data, dict):
        raise ContentError.at(path, 2, "the front matter must be keys and values: 'title:' and 'summary:'")
    front = validate(document.front, SectionFront)
    if not document.body.strip():
        raise ContentError.at(path, document.body_line, "the section has no text after its front matter")
    body = renderer.render(document.body, path=path, first_line=document.body_line, root=root)
    origin = Origin(path, 1, document.front.key_lines(), document.text)
    return Section(slug, number, front.title, front.summary, body, path, origin, document.body_line)


def _duplicates(doc: YamlDocument, named: list[tuple[tuple, str]], what: str, entry: str = "entry") -> list[Problem]:
    """An error for each id already used by an earlier entry; ``named`` is (location, id)."""
    first: dict[str, tuple] = {}
    problems = []
    for loc, name in named:
        if name in first:
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of(loc),
                    f"{entry_at(loc, entry)}{what} '{name}' is already used by {entry_at(first[name], entry).rstrip(': ')}: "
                    "ids must be unique",
                )
            )
        first.setdefault(name, loc)
    return problems


def cross_references(
    meta: GuideMeta | None,
    guide_doc: YamlDocument | None,
    docs: dict[str, YamlDocument],
    lists: dict[str, list[Any]],
    slugs: list[str],
) -> list[Problem]:
    """The names one content file gives to another's entries: section slugs and objective ids."""
    problems = []
    objectives = [(i, o) for i, o in enumerate(meta.objectives if meta else []) if isinstance(o, Objective)]
    ids = list(dict.fromkeys(o.id for _, o in objectives))
    if objectives and guide_doc is not None:
        problems += _duplicates(guide_doc, [(("objectives", i, "id"), o.id) for i, o in objectives], "id", "objective")
        for i, objective in objectives:
            for n, slug in enumerate(objective.sections):
                where = f"objective '{objective.id}': "
                problems += _unknown(guide_doc, ("objectives", i, "sections", n), where, "section", slug, slugs)
    if "questions.yaml" in docs:
        doc = docs["questions.yaml"]
        language = meta.language if meta else "en"
        problems += key_problems(doc, lists["questions.yaml"], lists.get("timeline.yaml", []), language)
        for index, question in enumerate(lists["questions.yaml"]):
            if question.section:
                problems += _unknown(doc, (index, "section"), entry_at((index,)), "section", question.section, slugs)
            for n, name in enumerate(question.objectives if meta else []):  # no ids known: no verdict
                where = entry_at((index,))
                problems += _unknown(doc, (index, "objectives", n), where, "objective", name, ids, "guide.yaml")
    if "debates.yaml" in docs:
        doc, debates = docs["debates.yaml"], lists["debates.yaml"]
        for index, debate in enumerate(debates):
            problems += _unknown(doc, (index, "section"), entry_at((index,)), "section", debate.section, slugs)
        problems += _duplicates(doc, [((i, "id"), d.id) for i, d in enumerate(debates)], "id")
    return problems


def _unknown(
    doc: YamlDocument, loc: tuple, where: str, what: str, name: str, known: list[str], home: str = "sections/"
) -> list[Problem]:
    """An error if ``name`` is not one of ``known``, with a 'did you mean' and the list to choose from."""
    if name in known:
        return []
    choices = f"({what}s: {', '.join(known)})" if known else f"(no {what}s are defined in {home})"
    return [Problem(doc.path, doc.line_of(loc), f"{where}no {what} '{name}'{did_you_mean(name, known)} {choices}")]


def _unknown_files(root: Path) -> list[Problem]:
    problems = []
    for path in sorted(root.glob("*.y*ml")):
        if path.name not in KNOWN_FILES:
            hint = did_you_mean(path.name, KNOWN_FILES) or f"; the known files are {', '.join(sorted(KNOWN_FILES))}"
            problems.append(Problem(path, None, f"unknown content file{hint}"))
    return problems
