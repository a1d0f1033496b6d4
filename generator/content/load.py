"""Load one guide folder into a validated :class:`~generator.content.model.Guide`.

Reads every content file through :mod:`generator.content.files`, validates it against
:mod:`generator.content.model`, and reports *all* problems found, each with its file
and line, rather than stopping at the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from generator.content.files import YamlDocument, check_inside, load_markdown, load_yaml
from generator.content.markup import MarkdownRenderer
from generator.content.model import (
    QUESTION_TYPES,
    Event,
    FaqEntry,
    Guide,
    GuideMeta,
    Origin,
    Person,
    Question,
    Reference,
    Section,
    SectionFront,
    Strict,
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
    if not guide_file.is_file():
        raise ContentError.at(guide_file, None, "missing: every guide needs a guide.yaml with at least 'title:'")
    problems.extend(_unknown_files(root))

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
    sections: list[Section] = []
    for number, path in enumerate(section_files, start=1):
        inputs.append(path)
        section = attempt(_load_section, path, number, root, renderer)
        if section:
            sections.append(section)

    lists: dict[str, list[Any]] = {name: [] for name in LIST_FILES}
    loaded_files: set[str] = set()
    for name, record in LIST_FILES.items():
        path = root / name
        if path.is_file():
            inputs.append(path)
            loaded = attempt(_load_list, path, record)
            if loaded:
                loaded_files.add(name)
                lists[name] = loaded[1]

    if "timeline.yaml" in loaded_files:
        problems.extend(_duplicate_ids(lists["timeline.yaml"]))
    if "questions.yaml" in loaded_files and section_files:  # with no sections, that is the error to report
        slugs = [section_slug(path) for path in section_files]
        problems.extend(_unknown_question_sections(lists["questions.yaml"], slugs))
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


def _load_record(path: Path, model: type[Strict]) -> Strict:
    doc = load_yaml(path)
    if not isinstance(doc.data, dict):
        raise ContentError.at(path, 1, f"expected keys and values (e.g. 'title: …'), found {_kind(doc.data)}")
    record: Strict = _validate(doc, model)
    return record.located(_origin(doc))


def _load_list(path: Path, record: Any) -> tuple[YamlDocument, list[Strict]]:
    doc = load_yaml(path)
    if not isinstance(doc.data, list):
        raise ContentError.at(path, 1, f"expected a list of entries, each starting with '- ', found {_kind(doc.data)}")
    records: list[Strict] = _validate(doc, list[record])
    return doc, [item.located(_origin(doc, (index,))) for index, item in enumerate(records)]


def _origin(doc: YamlDocument, loc: tuple[int | str, ...] = ()) -> Origin:
    """Where the record at ``loc`` of a parsed document was written."""
    return Origin(doc.path, doc.line_of(loc), doc.key_lines(loc), doc.text, doc.first_line)


def _load_section(path: Path, number: int, root: Path, renderer: MarkdownRenderer) -> Section:
    document = load_markdown(path)
    if not isinstance(document.front.data, dict):
        raise ContentError.at(path, 2, "the front matter must be keys and values: 'title:' and 'summary:'")
    front = _validate(document.front, SectionFront)
    if not document.body.strip():
        raise ContentError.at(path, document.body_line, "the section has no text after its front matter")
    body = renderer.render(document.body, path=path, first_line=document.body_line, root=root)
    origin = Origin(path, 1, document.front.key_lines(), document.text)
    return Section(section_slug(path), number, front.title, front.summary, body, path, origin, document.body_line)


def _validate(doc: YamlDocument, model: Any) -> Any:
    try:
        return TypeAdapter(model).validate_python(doc.data)
    except ValidationError as exc:
        errors = exc.errors()
        raise ContentError(
            [_problem(doc, error) for error in errors if not _explained_by_typo(error, errors, doc)]
        ) from None


def _explained_by_typo(error: ErrorDetails, errors: list[ErrorDetails], doc: YamlDocument) -> bool:
    """A missing 'title' beside an unknown 'titel' is one mistake: report only the typo."""
    if error["type"] != "missing":
        return False
    parent, name = tuple(error["loc"][:-1]), error["loc"][-1]
    for other in errors:
        if other["type"] == "extra_forbidden" and tuple(other["loc"][:-1]) == parent:
            if did_you_mean(str(other["loc"][-1]), [str(name)]):
                return True
    return False


def _problem(doc: YamlDocument, error: ErrorDetails) -> Problem:
    """Turn one pydantic error into a sentence an author can act on, from :data:`MESSAGES`."""
    loc = tuple(error["loc"])
    kind = error["type"]
    # Discriminated unions add the question's type to the location; it is noise to an author.
    if doc.path.name == "questions.yaml" and len(loc) > 1 and loc[1] in QUESTION_TYPES:
        loc = loc[:1] + loc[2:]
    in_list = isinstance(doc.data, list) and bool(loc) and isinstance(loc[0], int)
    keys = loc[1:] if in_list else loc
    # The last key named; odd YAML may use a number or a list as a key, so fall back to its text.
    name = next((p for p in reversed(keys) if isinstance(p, str)), str(keys[-1]) if keys else None)
    ctx = dict(error.get("ctx") or {})
    fields = {
        **ctx,
        "where": _where(loc) if in_list else "",
        "name": name,
        "msg": error["msg"],
        "error": str(ctx.get("error", error["msg"])),
        "found": _kind(error.get("input")),
        "types": ", ".join(f"'{tag}'" for tag in QUESTION_TYPES),
        "points": SectionFront.model_fields["summary"].description,
        "hint": did_you_mean(str(name), _fields_at(doc)) if kind == "extra_forbidden" else "",
    }
    template = MESSAGES.get((kind, name)) or MESSAGES.get(kind) or MESSAGES.get(kind.split("_")[0]) or FALLBACK
    return Problem(doc.path, doc.line_of(loc), template.format_map(fields))


#: What an author reads for each pydantic error type (or for a type and a key, or for a
#: family such as ``int_…``). The fields are pydantic's context (``{min_length}``, ``{le}``…),
#: ``{where}`` (``entry 3: `` in a list), ``{name}`` (the key), ``{hint}`` (did you mean…),
#: ``{found}`` (what was written), ``{types}`` (the question types), and ``{points}`` (the
#: summary's size as the model describes it).
MESSAGES: dict[str | tuple[str, str | None], str] = {
    "missing": "{where}'{name}' is required: add '{name}:'",
    "extra_forbidden": "{where}unknown key '{name}'{hint}",
    "string_type": "{where}'{name}' must be some text",
    "string_too_short": "{where}'{name}' must be some text",
    "list_type": "{where}'{name}' must be a list, one item per line starting with '- '",
    ("too_short", "summary"): "the summary needs {points}; it has {actual_length}",
    ("too_long", "summary"): "the summary needs {points}; it has {actual_length}: keep the most important",
    "too_short": "{where}'{name}' needs at least {min_length} items; it has {actual_length}",
    "too_long": "{where}'{name}' may have at most {max_length} items; it has {actual_length}",
    "less_than_equal": "{where}'{name}' must be at most {le}",
    "greater_than_equal": "{where}'{name}' must be at least {ge}",
    "literal_error": "{where}'{name}' must be {expected}",
    "union_tag_invalid": "{where}'type' must be one of {types}",
    "union_tag_not_found": "{where}'type' must be one of {types}",
    "model_type": "{where}expected keys and values here, found {found}",
    "model_attributes_type": "{where}expected keys and values here, found {found}",
    "dict_type": "{where}expected keys and values here, found {found}",
    "bool_parsing": "{where}'{name}' must be true or false",
    "bool_type": "{where}'{name}' must be true or false",
    "int": "{where}'{name}' must be a whole number",
    "invalid_key": "{where}the key '{name}' is not a name: keys are words such as 'title:'",
    "value_error": "{where}{error}",
}
FALLBACK = "{where}'{name}': {msg}"


def _where(loc: tuple[int | str, ...]) -> str:
    index = next((p for p in loc if isinstance(p, int)), None)
    return f"entry {index + 1}: " if index is not None else ""


def _fields_at(doc: YamlDocument) -> list[str]:
    """The keys a record of ``doc`` may have, for a 'did you mean' hint."""
    if doc.path.suffix == ".md":
        return list(SectionFront.model_fields)
    if doc.path.name == "questions.yaml":
        return list(dict.fromkeys(key for model in QUESTION_TYPES.values() for key in model.model_fields))
    return list(LIST_FILES.get(doc.path.name, GuideMeta).model_fields)


def _duplicate_ids(events: list[Event]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for index, event in enumerate(events):
        if event.id is None:
            continue
        if event.id in seen:
            problems.append(
                Problem(
                    event.origin.path,
                    event.origin.line_of("id"),
                    f"entry {index + 1}: id '{event.id}' is already used by entry "
                    f"{seen[event.id] + 1}: ids must be unique",
                )
            )
        seen.setdefault(event.id, index)
    return problems


def _unknown_question_sections(questions: list[Any], slugs: list[str]) -> list[Problem]:
    problems = []
    for index, question in enumerate(questions):
        if question.section and question.section not in slugs:
            problems.append(
                Problem(
                    question.origin.path,
                    question.origin.line_of("section"),
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
