"""A theme's templates are data: the sandbox, its limits, and the products that use the theme.

The corpus (tests/corpus/theme-*, catalogue-*) runs each hostile theme through the
command line; these tests check the pieces directly and the products the corpus does
not build.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guide_factory import BASE, pdf_text

from generator.cli import main
from generator.errors import ContentError
from generator.render.html import render_template
from generator.render.theme import find
from generator.resources import TEMPLATES


def _theme(tmp_path: Path, template: str) -> Path:
    theme = tmp_path / "theme"
    (theme / "partials").mkdir(parents=True)
    (theme / "partials" / "probe.html.j2").write_text(template, encoding="utf-8")
    return theme


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "a theme may not do this"),
        ("{{ cycler.__init__.__globals__ }}", "a theme may not do this"),
        ("{% set xs = [] %}{{ xs.append(1) }}", "a theme may not do this"),
        ("{{ lipsum(1000000) }}", "undefined error"),
        ("{{ 'x' * 3000000 }}", "repeating a value 3,000,000 times"),
        ("{{ 10 ** 100000000 }}", "too large a number"),
        ("{{ 'a' | center(5000000) }}", "too large an argument"),
        ("{{ '{:>99999999}'.format(1) }}", "asks for too wide a field"),
        ("{{ range(100) | join(',' * 100000) }}", "too large"),
        ("{% include 'partials/../../secret' %}", "is not a template name"),
        ("{% include 'partials/none.html.j2' %}", "is neither in the theme nor among the built-in templates"),
        ("{{ 1 / 0 }}", "division by zero"),
    ],
)
def test_the_sandbox_refuses_at_the_templates_line(tmp_path, template, message):
    theme = _theme(tmp_path, "<p>first line</p>\n" + template + "\n")
    with pytest.raises(ContentError) as error:
        render_template(theme, "partials/probe.html.j2")
    (problem,) = error.value.problems
    assert (problem.path, problem.line) == (theme / "partials" / "probe.html.j2", 2)
    assert message in problem.message


def test_what_the_sandbox_allows_still_renders(tmp_path):
    theme = _theme(
        tmp_path,
        "{% set ns = namespace(n=0) %}{% for i in range(5) %}{% set ns.n = ns.n + i %}{% endfor %}"
        "{{ ns.n }} {{ 'ab' * 2 }} {{ [1, 2] | join('-') }} {{ '%03d' % 7 }} {{ 'x' ~ 'y' }}",
    )
    assert render_template(theme, "partials/probe.html.j2") == "10 abab 1-2 007 xy"


def test_a_theme_file_linked_from_outside_is_never_served(tmp_path):
    theme = tmp_path / "theme"
    (theme / "css").mkdir(parents=True)
    secret = tmp_path / "secret.css"
    secret.write_text("/* SECRET */", encoding="utf-8")
    (theme / "css" / "theme.css").symlink_to(secret)
    assert find("css/theme.css", theme) == TEMPLATES / "css" / "theme.css"


def test_test_forms_use_the_theme(tmp_path, capsys):
    theme = tmp_path / "theme"
    (theme / "css").mkdir(parents=True)
    built_in = (TEMPLATES / "forms.html.j2").read_text(encoding="utf-8")
    (theme / "forms.html.j2").write_text(built_in.replace("<body>", "<body>\n<p>Northfield School</p>", 1))
    (theme / "css" / "theme.css").write_text(":root { --accent: #7a1f3d; }\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(BASE), "--forms", "1", "--theme", str(theme), "--output", str(out)]) == 0, (
        capsys.readouterr().err
    )
    assert "Northfield School" in pdf_text(out / f"{BASE.name}-form-A.pdf")
    assert "Northfield School" in pdf_text(out / f"{BASE.name}-forms-key.pdf")
