"""A parsed document validated against the model, and each problem worded for its author.

Every pydantic error becomes a :class:`~generator.errors.Problem` at the line of the
value it is about, in words from :data:`MESSAGES`: the union branch the author did
not write and a missing key explained by a mistyped one are left out, and an unknown
key gets a 'did you mean' from the keys the record may have.
"""

from __future__ import annotations

from types import UnionType
from typing import Annotated, Any, Union, cast, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from generator.content.files import YamlDocument
from generator.content.model import LIST_FILES, GuideMeta, SectionFront, did_you_mean
from generator.content.teaching import QUESTION_TYPES
from generator.errors import ContentError, Problem


def validate(doc: YamlDocument, model: Any) -> Any:
    """``doc``'s data as ``model``, or a ContentError with each of its problems worded."""
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
        "where": entry_at(loc) if in_list else "",
        "name": name,
        "msg": error["msg"],
        "error": _reason(str(ctx.get("error", error["msg"])), name, error.get("input")),
        "found": described(error.get("input")),
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


def entry_at(loc: tuple[int | str, ...], entry: str = "entry") -> str:
    """``entry 3: `` for a location in a list's third entry (or ``objective 3: ``), else nothing."""
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


def described(value: Any) -> str:
    """What was written, as an author would name it: a list, keys and values, nothing or the value."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "keys and values"
    if value is None:
        return "nothing"
    return f"the value {str(value)[:40]!r}"
