"""Load one guide folder into a validated :class:`~generator.content.model.Guide`.

Reads every content file through :mod:`generator.content.files`, validates it against
:mod:`generator.content.model`, and reports *all* problems found, each with its file
and line, rather than stopping at the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, cast, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from generator.content.budget import check_guide_size, expansion_over_budget
from generator.content.files import YamlDocument, check_inside, load_markdown, load_yaml
from generator.content.keys import key_problems
from generator.content.markup import MarkdownRenderer
from generator.content.model import (
    Event,
    FaqEntry,
    Guide,
    GuideMeta,
    Objective,
    Origin,
    Person,
    Reference,
    Section,
    SectionFront,
    Strict,
    Term,
    did_you_mean,
)
from generator.content.records import markdown_texts
from generator.content.teaching import QUESTION_TYPES, Debate, Question
from generator.errors import ContentError, Problem
from generator.i18n.collation import prepare, sort_key
from generator.limits import active

#: The optional list files of a guide and the record each entry must match.
LIST_FILES: dict[str, Any] = {
    "timeline.yaml": Event,
    "faq.yaml": FaqEntry,
    "glossary.yaml": Term,
    "people.yaml": Person,
    "sources.yaml": Reference,
    "questions.yaml": Question,
    "debates.yaml": Debate,
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
        raise ContentError.at(path, 1, f"expected keys and values (e.g. 'title: …'), found {_kind(doc.data)}")
    record: Strict = _validate(doc, model)
    return doc, record.located(_origin(doc))


def _load_list(path: Path, record: Any) -> tuple[YamlDocument, list[Strict]]:
    doc = load_yaml(path, active().limits.entries)
    if not isinstance(doc.data, list):
        raise ContentError.at(path, 1, f"expected a list of entries, each starting with '- ', found {_kind(doc.data)}")
    records: list[Strict] = _validate(doc, list[record])
    return doc, [item.located(_origin(doc, (index,))) for index, item in enumerate(records)]


def _origin(doc: YamlDocument, loc: tuple[int | str, ...] = ()) -> Origin:
    """Where the record at ``loc`` of a parsed document was written."""
    return Origin(doc.path, doc.line_of(loc), doc.key_lines(loc), doc.text, doc.first_line)


def _load_section(path: Path, number: int, root: Path, renderer: MarkdownRenderer, slug: str) -> Section:
    document = load_markdown(path)
    if not isinstance(document.front.data, dict):
        raise ContentError.at(path, 2, "the front matter must be keys and values: 'title:' and 'summary:'")
    front = _validate(document.front, SectionFront)
    if not document.body.strip():
        raise ContentError.at(path, document.body_line, "the section has no text after its front matter")
    body = renderer.render(document.body, path=path, first_line=document.body_line, root=root)
    origin = Origin(path, 1, document.front.key_lines(), document.text)
    return Section(slug, number, front.title, front.summary, body, path, origin, document.body_line)


def _validate(doc: YamlDocument, model: Any) -> Any:
    try:
        return TypeAdapter(model).validate_python(doc.data)
    except ValidationError as exc:
        errors = _without_union_branches(exc.errors())
        raise ContentError(
            [_problem(doc, error) for error in errors if not _explained_by_typo(error, errors, doc)]
        ) from None


def _without_union_branches(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """An objective is a sentence or a mapping: report only the branch the author wrote,
    and drop the branch's name from the location (it is no key of the file)."""
    kept = []
    for error in errors:
        loc = tuple(error["loc"])
        if loc and loc[-1] in ("str", "constrained-str") and isinstance(error.get("input"), dict):
            continue
        kept.append(cast(ErrorDetails, {**error, "loc": tuple(p for p in loc if p != "Objective")}))
    return kept


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
        "error": _reason(str(ctx.get("error", error["msg"])), name, error.get("input")),
        "found": _kind(error.get("input")),
        "length": f"{len(str(error.get('input', ''))):,}",
        "types": ", ".join(f"'{tag}'" for tag in QUESTION_TYPES),
        "points": SectionFront.model_fields["summary"].description,
        "hint": did_you_mean(str(name), _fields_at(doc, loc)) if kind == "extra_forbidden" else "",
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
    "string_too_long": "{where}'{name}' has {length} characters; at most {max_length} print well: shorten it",
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


def _reason(reason: str, name: object, value: object) -> str:
    """A shared validator (a slug, a date) says what is wrong; the key and value say where."""
    return f"{name} '{value}' {reason}" if reason.startswith("must ") and isinstance(value, str) else reason


def _where(loc: tuple[int | str, ...], entry: str = "entry") -> str:
    index = next((p for p in loc if isinstance(p, int)), None)
    return f"{entry} {index + 1}: " if index is not None else ""


def _fields_at(doc: YamlDocument, loc: tuple[int | str, ...]) -> list[str]:
    """The keys the record at ``loc`` may have, for a 'did you mean' hint: the model is
    followed down the location, through lists, optional values and the question types."""
    keys = loc[:-1]
    if doc.path.suffix == ".md":
        shapes: list[Any] = [SectionFront]
    elif doc.path.name == "guide.yaml":
        shapes = [GuideMeta]
    else:  # a list file: the location starts with the entry's index
        shapes, keys = [LIST_FILES.get(doc.path.name)], keys[1:]
    for key in keys:
        shapes = [inner for shape in shapes for inner in _inside(shape, key)]
    return sorted({name for shape in shapes for model in _inside(shape, None) for name in model.model_fields})


def _inside(shape: Any, key: str | int | None) -> list[Any]:
    """What ``shape`` holds under ``key`` (a field name or a list index); with no key,
    the models ``shape`` may be."""
    while get_origin(shape) is Annotated:
        shape = get_args(shape)[0]
    if get_origin(shape) in (Union, UnionType):
        return [inner for option in get_args(shape) for inner in _inside(option, key)]
    if key is None:
        return [shape] if isinstance(shape, type) and issubclass(shape, BaseModel) else []
    if isinstance(key, int) and get_origin(shape) is list:
        return [get_args(shape)[0]]
    if isinstance(key, str) and isinstance(shape, type) and issubclass(shape, BaseModel) and key in shape.model_fields:
        return [shape.model_fields[key].annotation]
    return []


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
                    f"{_where(loc, entry)}{what} '{name}' is already used by {_where(first[name], entry).rstrip(': ')}: "
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
                problems += _unknown(doc, (index, "section"), _where((index,)), "section", question.section, slugs)
            for n, name in enumerate(question.objectives if meta else []):  # no ids known: no verdict
                where = _where((index,))
                problems += _unknown(doc, (index, "objectives", n), where, "objective", name, ids, "guide.yaml")
    if "debates.yaml" in docs:
        doc, debates = docs["debates.yaml"], lists["debates.yaml"]
        for index, debate in enumerate(debates):
            problems += _unknown(doc, (index, "section"), _where((index,)), "section", debate.section, slugs)
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


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "keys and values"
    if value is None:
        return "nothing"
    return f"the value {str(value)[:40]!r}"
