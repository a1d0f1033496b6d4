"""Load one guide folder into a validated :class:`~generator.content.model.Guide`.

Reads every content file through :mod:`generator.content.files`, validates it against
:mod:`generator.content.model`, and reports *all* problems found, each with its file
and line, rather than stopping at the first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.content.budget import MAX_ENTRIES, check_guide_size
from generator.content.files import YamlDocument, check_inside, load_markdown, load_yaml
from generator.content.markup import MarkdownRenderer
from generator.content.model import (
    Event,
    FaqEntry,
    Guide,
    GuideMeta,
    Person,
    Question,
    Reference,
    Section,
    SectionFront,
    Term,
    did_you_mean,
)
from generator.errors import ContentError, Problem

#: The optional list files of a guide and the record each entry must match.
LIST_FILES: dict[str, Any] = {
    "timeline.yaml": Event,
    "faq.yaml": FaqEntry,
    "glossary.yaml": Term,
    "people.yaml": Person,
    "sources.yaml": Reference,
    "questions.yaml": Question,
}
KNOWN_FILES = {"guide.yaml", *LIST_FILES}

T = TypeVar("T")


def load_guide(root: Path, renderer: MarkdownRenderer | None = None) -> Guide:
    """Read, validate and assemble the guide in folder ``root``.

    Raises :class:`ContentError` listing every problem found.
    """
    root = Path(root)
    renderer = renderer or MarkdownRenderer()
    problems: list[Problem] = []
    inputs: list[Path] = []

    def attempt(fn, path, *args):
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
    meta = attempt(_load_record, guide_file, GuideMeta)
    inputs.append(guide_file)

    section_files = sorted((root / "sections").glob("*.md")) if (root / "sections").is_dir() else []
    if not section_files:
        problems.append(
            Problem(
                root / "sections", None, "no sections: add at least one Markdown file, e.g. sections/01-introduction.md"
            )
        )
    sections = []
    for number, path in enumerate(section_files, start=1):
        inputs.append(path)
        section = attempt(_load_section, path, number, root, renderer)
        if section:
            sections.append(section)

    lists: dict[str, list] = {name: [] for name in LIST_FILES}
    docs: dict[str, YamlDocument] = {}
    for name, record in LIST_FILES.items():
        path = root / name
        if path.exists() or path.is_symlink():  # a pipe or a broken link is reported, not skipped
            inputs.append(path)
            loaded = attempt(_load_list, path, record)
            if loaded:
                docs[name], lists[name] = loaded

    if "timeline.yaml" in docs:
        problems.extend(_duplicate_ids(docs["timeline.yaml"], lists["timeline.yaml"]))
    if "questions.yaml" in docs and section_files:  # with no sections, that is the error to report
        slugs = [section_slug(path) for path in section_files]
        problems.extend(_unknown_question_sections(docs["questions.yaml"], lists["questions.yaml"], slugs))
    if problems:
        raise ContentError(problems)

    glossary = sorted(lists["glossary.yaml"], key=lambda t: t.term.casefold())
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
        inputs=inputs,
        warnings=renderer.warnings[warnings_before:],
    )


def section_slug(path: Path) -> str:
    """``sections/05-neutrality-pact.md`` → ``neutrality-pact``."""
    return re.sub(r"^\d+[-_ .]*", "", path.stem) or path.stem


def _load_record(path: Path, model: type[BaseModel]) -> BaseModel:
    doc = load_yaml(path)
    if not isinstance(doc.data, dict):
        raise ContentError.at(path, 1, f"expected keys and values (e.g. 'title: …'), found {_kind(doc.data)}")
    return _validate(doc, model)


def _load_list(path: Path, record: Any) -> tuple[YamlDocument, list]:
    doc = load_yaml(path, MAX_ENTRIES)
    if not isinstance(doc.data, list):
        raise ContentError.at(path, 1, f"expected a list of entries, each starting with '- ', found {_kind(doc.data)}")
    return doc, _validate(doc, list[record])


def _load_section(path: Path, number: int, root: Path, renderer: MarkdownRenderer) -> Section:
    document = load_markdown(path)
    if not isinstance(document.front.data, dict):
        raise ContentError.at(path, 2, "the front matter must be keys and values: 'title:' and 'summary:'")
    front = _validate(document.front, SectionFront)
    if not document.body.strip():
        raise ContentError.at(path, document.body_line, "the section has no text after its front matter")
    body = renderer.render(document.body, path=path, first_line=document.body_line, root=root)
    return Section(section_slug(path), number, front.title, front.summary, body, path)


def _validate(doc: YamlDocument, model: Any) -> Any:
    try:
        return TypeAdapter(model).validate_python(doc.data)
    except ValidationError as exc:
        errors = exc.errors()
        raise ContentError(
            [_problem(doc, error) for error in errors if not _explained_by_typo(error, errors, doc)]
        ) from None


def _explained_by_typo(error: dict, errors: list[dict], doc: YamlDocument) -> bool:
    """A missing 'title' beside an unknown 'titel' is one mistake: report only the typo."""
    if error["type"] != "missing":
        return False
    parent, name = tuple(error["loc"][:-1]), error["loc"][-1]
    for other in errors:
        if other["type"] == "extra_forbidden" and tuple(other["loc"][:-1]) == parent:
            if did_you_mean(str(other["loc"][-1]), [name]):
                return True
    return False


def _problem(doc: YamlDocument, error: dict) -> Problem:
    """Turn one pydantic error into a sentence an author can act on."""
    loc = tuple(error["loc"])
    kind = error["type"]
    # Discriminated unions add the question's type to the location; it is noise to an author.
    if (
        doc.path.name == "questions.yaml"
        and len(loc) > 1
        and loc[1] in ("multiple-choice", "true-false", "short-answer")
    ):
        loc = loc[:1] + loc[2:]
    in_list = isinstance(doc.data, list) and bool(loc) and isinstance(loc[0], int)
    keys = loc[1:] if in_list else loc
    # The last key named; odd YAML may use a number or a list as a key, so fall back to its text.
    name = next((p for p in reversed(keys) if isinstance(p, str)), str(keys[-1]) if keys else None)
    where = _where(loc) if in_list else ""
    line = doc.line_of(loc)
    ctx = error.get("ctx") or {}
    if kind == "missing":
        message = f"{where}'{name}' is required: add '{name}:'"
    elif kind == "extra_forbidden":
        parent_fields = _fields_at(doc, loc)
        message = f"{where}unknown key '{name}'{did_you_mean(name, parent_fields)}"
    elif kind in ("string_type", "string_too_short"):
        message = f"{where}'{name}' must be some text"
    elif kind == "string_too_long":
        length = len(str(error.get("input", "")))
        message = f"{where}'{name}' has {length:,} characters; at most {ctx.get('max_length')} print well: shorten it"
    elif kind == "list_type":
        message = f"{where}'{name}' must be a list, one item per line starting with '- '"
    elif kind == "too_short" and name == "summary":
        message = f"the summary needs 2–6 key points; it has {ctx.get('actual_length')}"
    elif kind == "too_long" and name == "summary":
        message = f"the summary needs 2–6 key points; it has {ctx.get('actual_length')}: keep the most important"
    elif kind == "too_short":
        message = f"{where}'{name}' needs at least {ctx.get('min_length')} items; it has {ctx.get('actual_length')}"
    elif kind == "too_long":
        message = f"{where}'{name}' may have at most {ctx.get('max_length')} items; it has {ctx.get('actual_length')}"
    elif kind in ("less_than_equal", "greater_than_equal"):
        bound = "at most" if kind == "less_than_equal" else "at least"
        limit = ctx.get("le", ctx.get("ge"))
        message = f"{where}'{name}' must be {bound} {limit}"
    elif kind == "literal_error":
        message = f"{where}'{name}' must be {ctx.get('expected')}"
    elif kind in ("union_tag_invalid", "union_tag_not_found"):
        message = f"{where}'type' must be one of 'multiple-choice', 'true-false', 'short-answer'"
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        message = f"{where}expected keys and values here, found {_kind(error.get('input'))}"
    elif kind == "bool_parsing" or kind == "bool_type":
        message = f"{where}'{name}' must be true or false"
    elif kind.startswith("int_"):
        message = f"{where}'{name}' must be a whole number"
    elif kind == "invalid_key":
        message = f"{where}the key '{name}' is not a name: keys are words such as 'title:'"
    elif kind == "value_error":
        message = f"{where}{str(ctx.get('error', error['msg']))}"
    else:
        message = f"{where}'{name}': {error['msg']}"
    return Problem(doc.path, line, message)


def _where(loc: tuple) -> str:
    index = next((p for p in loc if isinstance(p, int)), None)
    return f"entry {index + 1}: " if index is not None else ""


def _fields_at(doc: YamlDocument, loc: tuple) -> list[str]:
    """The keys a record at ``loc`` may have, for a 'did you mean' hint."""
    models = {"guide.yaml": GuideMeta, **{k: v for k, v in LIST_FILES.items()}}
    model = models.get(doc.path.name, SectionFront)
    if doc.path.suffix == ".md":
        model = SectionFront
    if model is Question:
        return ["type", "question", "choices", "answer", "explanation", "section", "lines"]
    return list(model.model_fields)


def _duplicate_ids(doc: YamlDocument, events: list[Event]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for index, event in enumerate(events):
        if event.id is None:
            continue
        if event.id in seen:
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of((index, "id")),
                    f"entry {index + 1}: id '{event.id}' is already used by entry "
                    f"{seen[event.id] + 1}: ids must be unique",
                )
            )
        seen.setdefault(event.id, index)
    return problems


def _unknown_question_sections(doc: YamlDocument, questions: list, slugs: list[str]) -> list[Problem]:
    problems = []
    for index, question in enumerate(questions):
        if question.section and question.section not in slugs:
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of((index, "section")),
                    f"entry {index + 1}: no section '{question.section}'"
                    f"{did_you_mean(question.section, slugs)} (sections: {', '.join(slugs)})",
                )
            )
    return problems


def _unknown_files(root: Path) -> list[Problem]:
    problems = []
    for path in sorted(root.glob("*.y*ml")):
        if path.name not in KNOWN_FILES:
            hint = did_you_mean(path.name, KNOWN_FILES) or f"; the known files are {', '.join(sorted(KNOWN_FILES))}"
            problems.append(Problem(path, None, f"unknown content file{hint}"))
    return problems


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "keys and values"
    if value is None:
        return "nothing"
    return f"the value {str(value)[:40]!r}"
