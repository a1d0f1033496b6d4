"""The Jinja sandbox every template runs in: a theme's partials are data, not code.

A theme comes from anyone (a colleague's zip, a forum), and a catalogue's
``studyguide.toml`` names its own theme, so its templates must not reach Python:

- they run in Jinja's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` (no
  ``__globals__``, no private attributes, no changing lists and dicts);
- the loader serves only the theme's and the built-in templates: a name that is
  absolute, holds ``..`` or a backslash, or resolves (symlinks followed) outside its
  folder is refused, and so is a file over :data:`MAX_TEMPLATE_BYTES`;
- what a template computes is bounded: ranges (Jinja's own 100,000), number arguments,
  text and lists made by ``*``, ``+``, ``~``, ``%``, filters and method calls
  (:data:`MAX_VALUE`), the whole output (:data:`MAX_OUTPUT`) and the time
  (:data:`RENDER_SECONDS`);
- every fault (syntax, undefined variable, unsafe attribute, missing or refused
  include, a template that includes itself) is a ``path:line`` content error.
"""

from __future__ import annotations

import functools
import re
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, TemplateError, TemplateNotFound, TemplateSyntaxError
from jinja2.compiler import CodeGenerator, Frame
from jinja2.debug import rewrite_traceback_stack
from jinja2.nodes import Concat
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import Namespace

from generator.cputime import OutOfTime, time_limit
from generator.errors import ContentError, shorten
from generator.limits import DEFAULTS

# The bounds live in the one table of limits (generator.limits).
MAX_TEMPLATE_BYTES = DEFAULTS.template_bytes
MAX_VALUE = DEFAULTS.template_value
MAX_NUMBER = DEFAULTS.template_number
MAX_OUTPUT = DEFAULTS.template_output
RENDER_SECONDS = DEFAULTS.template_seconds

_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*")
#: A width or precision in a format string ('%0999999d', '{:>999999}').
_WIDE_FORMAT = re.compile(r"[%:{][^\d%:{}]{0,3}\d{7,}")


class TemplateRefused(TemplateNotFound):
    """A template name or file the sandbox will not serve, and why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name, f"'{shorten(name)}' {reason}")
        self.reason = reason


class TooBig(TemplateError):
    """A value or the output beyond the sandbox's limits."""


class ThemeLoader(BaseLoader):
    """Serves ``relative/name.html.j2`` from the first of ``folders`` that has it, the
    file resolved and checked to lie inside that folder."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = [Path(folder).resolve() for folder in folders]

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        if not _NAME.fullmatch(template) or ".." in template.split("/"):
            raise TemplateRefused(
                template, "is not a template name: name a file inside the theme, e.g. 'partials/cover.html.j2'"
            )
        for folder in self.folders:
            candidate = folder / template
            if not candidate.exists() and not candidate.is_symlink():
                continue
            path = candidate.resolve()
            if not path.is_relative_to(folder) or not path.is_file():
                raise ContentError.at(
                    candidate, None, "leads outside the theme's folder or is not a file: copy the template in instead"
                )
            with path.open("rb") as handle:
                data = handle.read(MAX_TEMPLATE_BYTES + 1)
            if len(data) > MAX_TEMPLATE_BYTES:
                raise TemplateRefused(template, f"is larger than {MAX_TEMPLATE_BYTES // 1024} KB")
            try:
                source = data.decode("utf-8")
            except UnicodeDecodeError:
                raise TemplateRefused(template, "is not UTF-8 text") from None
            mtime = path.stat().st_mtime_ns
            return source, str(candidate), functools.partial(_unchanged, path, mtime)
        raise TemplateRefused(template, "is neither in the theme nor among the built-in templates")


def _unchanged(path: Path, mtime: int) -> bool:
    """Whether a compiled template is still current (the watch reloads an edited one)."""
    try:
        return path.stat().st_mtime_ns == mtime
    except OSError:
        return False


class _Generator(CodeGenerator):
    """Jinja's code generator, with every ``a ~ b`` checked for size (the sandbox has no hook for it)."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.bounded(")
        super().visit_Concat(node, frame)
        self.write(")")


class _Namespace(Namespace):
    """``namespace()``, whose attributes are checked for size as they are set."""

    def __setitem__(self, name: str, value: Any) -> None:
        super().__setitem__(name, bounded(value))


class SandboxEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with the limits above on what a template may compute."""

    code_generator_class = _Generator
    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals.pop("lipsum", None)  # pages of filler text on request
        self.globals["namespace"] = _Namespace
        self.filters = {name: _checked_filter(function) for name, function in self.filters.items()}

    @staticmethod
    def bounded(value: Any) -> Any:
        return bounded(value)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and _power_too_big(left, right):
            raise TooBig(f"{shorten(repr(left), 20)} ** {shorten(repr(right), 20)} is too large a number")
        if operator == "*" and _repeats(left, right) * max(_size(left), _size(right), 1) > MAX_VALUE:
            raise TooBig(f"repeating a value {max(_repeats(left, right), 0):,} times makes it too large")
        if operator == "%":
            _check_arguments((left,), {})
        return bounded(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # The object a method belongs to: a format string's widths ('{:>99999999}'.format) too.
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        _check_arguments((owner, *args), kwargs)
        return bounded(super().call(__context, __obj, *args, **kwargs))


def bounded(value: Any) -> Any:
    """``value``, unless it is text or a list larger than :data:`MAX_VALUE`."""
    if _size(value) > MAX_VALUE:
        raise TooBig(f"a value of {_size(value):,} characters or items is too large (at most {MAX_VALUE:,})")
    return value


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, list, tuple, dict, bytes)) else 0


def _repeats(left: Any, right: Any) -> int:
    for one, other in ((left, right), (right, left)):
        if isinstance(other, int) and isinstance(one, (str, list, tuple)):
            return other
    return 0


def _power_too_big(left: Any, right: Any) -> bool:
    if not isinstance(left, (int, float)) or not isinstance(right, (int, float)):
        return False
    return abs(right) > 64 and abs(left) > 1


def _check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            raise TooBig(f"the number {value:,} is too large an argument (at most {MAX_NUMBER:,})")
        if isinstance(value, str) and _WIDE_FORMAT.search(value[:10_000]):
            raise TooBig(f"the format '{shorten(value, 40)}' asks for too wide a field")
        bounded(value)


def _checked_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose number arguments and result are checked (``|center(10**9)``, ``|replace``)."""

    @functools.wraps(function)  # keeps Jinja's pass_context marks
    def checked(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(tuple(arg for arg in args if not isinstance(arg, Context)), kwargs)
        return bounded(function(*args, **kwargs))

    return checked


def render(environment: SandboxEnvironment, name: str, **context: Any) -> str:
    """The template ``name`` rendered with ``context`` within the sandbox's limits; every
    fault is a :class:`ContentError` at the template's file and line."""
    pieces: list[str] = []
    total = 0
    try:
        with time_limit(RENDER_SECONDS):
            for piece in environment.get_template(name).generate(**context):
                total += len(piece)
                if total > MAX_OUTPUT:
                    raise TooBig(f"the document is larger than {MAX_OUTPUT // 1024**2} MB")
                pieces.append(piece)
    except OutOfTime:
        located = rewrite_traceback_stack(None)  # the template's lines, not the compiled code's
        raise _problem(located, f"takes over {RENDER_SECONDS:g} s to render: look for loops inside loops") from None
    except RecursionError as exc:
        raise _problem(exc, "includes itself (directly or through another template): remove the include") from None
    except TemplateSyntaxError as exc:
        where = Path(exc.filename) if exc.filename else None
        raise ContentError.at(where or Path(name), exc.lineno, f"template syntax error: {exc.message}") from None
    except (TemplateError, SecurityError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
        raise _problem(exc, _describe(exc)) from None
    return "".join(pieces)


def _describe(exc: Exception) -> str:
    if isinstance(exc, TemplateRefused):
        return f"the template {exc.message}"
    if isinstance(exc, TemplateNotFound):
        return f"the template '{shorten(str(exc.name))}' does not exist"
    if isinstance(exc, SecurityError):
        return f"a theme may not do this ({exc}): templates may only show the guide's data"
    if isinstance(exc, TooBig):
        return f"{exc}: a template may not make values this large"
    return f"{type(exc).__name__.replace('Error', ' error').lower()}: {exc}"


def _problem(exc: BaseException, message: str) -> ContentError:
    """A content error at the innermost template line in ``exc``'s traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    inner = next((frame for frame in reversed(frames) if frame.filename.endswith(".j2")), None)
    if inner is None:
        return ContentError.at(Path("templates"), None, message)
    return ContentError.at(Path(inner.filename), inner.lineno, message)
