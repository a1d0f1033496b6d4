"""YAML parsed under guard: the tags it refuses, how deep and how large it may be,
and its errors worded for an author.

An author's YAML is data, never a program: only the plain tags are read, timestamps and
decimals stay as written, and nesting, values and text are bounded with every alias
expanded (docs/sandbox.md lists the limits). :mod:`generator.content.files` parses
every YAML file through :func:`parse_guarded` and keeps the line numbers.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import ConstructorError, DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator.errors import ContentError
from generator.limits import DEFAULTS

#: Deeper nesting than this is no study guide (and would exhaust the stack later).
MAX_NESTING = DEFAULTS.yaml_nesting
#: More values than this (counting each use of an alias in full) is no study guide:
#: it is an alias bomb that would take forever to validate.
MAX_VALUES = DEFAULTS.yaml_values
#: Characters of text a YAML file may hold once its aliases are expanded: as much as
#: the file itself may hold written out (``MAX_TEXT_BYTES`` in :mod:`generator.content.files`).
#: A 0.5 MB glossary whose 480 KB definition was aliased 999 times asked for 480 MB of
#: text and took 2.8 GB to build.
MAX_EXPANDED = DEFAULTS.text_bytes


def parse_guarded(path: Path, text: str, first_line: int) -> Any:
    """The data of YAML ``text`` read with the guarded constructor: a tab that indents,
    nesting too deep and every parser complaint become a located ContentError."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            raise ContentError.at(
                path, number, "a tab is used for indentation; YAML needs spaces: replace the tab with spaces"
            )
    if _too_deep(text):
        raise nested_too_deeply(path)
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
        raise nested_too_deeply(path) from None
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
    return data


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


def nested_too_deeply(path: Path) -> ContentError:
    return ContentError.at(
        path,
        None,
        f"the YAML is nested too deeply (more than {MAX_NESTING} levels): "
        "a guide needs at most lists of entries with keys and values",
    )


def measure_expanded(node: Any, memo: dict[int, tuple[int, int, int]], active: set[int]) -> tuple[int, int, int]:
    """(depth, number of values, characters of text) of ``node`` as a reader of the data
    sees it, with every alias expanded. Memoised, so aliases that multiply (a 'billion
    laughs') cost nothing to measure; a container that contains itself counts as
    infinitely deep."""
    if not isinstance(node, (dict, list)):
        return 0, 1, chars_of(node)
    key = id(node)
    if key in memo:
        return memo[key]
    if key in active:
        return MAX_NESTING + 1, 1, 0
    active.add(key)
    depth, size, chars = 0, 1, 0
    for name, child in node.items() if isinstance(node, dict) else enumerate(node):
        child_depth, child_size, child_chars = measure_expanded(child, memo, active)
        depth, size = max(depth, child_depth), size + child_size
        chars += child_chars + (chars_of(name) if isinstance(node, dict) else 0)
        if depth >= MAX_NESTING or size > MAX_VALUES or chars > MAX_EXPANDED:
            break  # already too much: the caller refuses it
    active.discard(key)
    memo[key] = (depth + 1, size, chars)
    return memo[key]


def chars_of(value: Any) -> int:
    """The characters a value counts for in the measures: a text's length, anything else one."""
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
