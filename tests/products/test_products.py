"""The one build path: every registered product is a stamped job, several products are
one run, and results and errors cross the process boundary intact."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from guide_factory import PROJECT, small_guide

from generator.cli.arguments import argument_parser
from generator.errors import ContentError, Problem
from generator.jobs import Failed, Job, plan
from generator.outputs import OutputError
from generator.products import PRODUCTS

# Builds in a fresh process and reports which heavy modules it loaded.
PROBE = (
    "import sys; from generator.cli import main; code = main(sys.argv[1:]);"
    "print(code, sorted(m for m in ('weasyprint', 'pydantic', 'jinja2', 'pypdf') if m in sys.modules))"
)


def test_errors_and_results_survive_pickling():
    problem = Problem(Path("guide/timeline.yaml"), 3, "February 1941 has no day 30")
    error = pickle.loads(pickle.dumps(ContentError([problem])))
    assert type(error) is ContentError and error.problems == [problem] and str(error) == str(ContentError(problem))
    full = pickle.loads(pickle.dumps(OutputError(problem, replaced=[Path("out/a.html")])))
    assert type(full) is OutputError and full.problems == [problem] and full.replaced == [Path("out/a.html")]
    failed = pickle.loads(pickle.dumps(Failed(Job(Path("guide")), full)))
    assert failed.message == str(problem) and not failed.outputs_unchanged


def test_every_registered_product_has_its_option_and_a_job():
    options = argument_parser()._subparsers._group_actions[0].choices["build"]  # the build command's parser
    flags = {flag for action in options._actions for flag in action.option_strings}
    assert {f"--{name}" for name in PRODUCTS if name != "export"} <= flags  # --forms N takes a count
    assert "export" in argument_parser()._subparsers._group_actions[0].choices  # the export command plans export jobs
    forms, export = plan([Path("a")], ["forms", "export"], forms=3, seed=7, formats=("gift",)).jobs
    assert forms.settings()["forms"] == 3 and forms.settings()["seed"] == 7 and "formats" not in forms.settings()
    assert export.settings()["formats"] == ["gift"] and "forms" not in export.settings()
    jobs = plan([Path("a"), Path("b")], list(PRODUCTS), output=Path("out")).jobs
    assert [(j.folder.name, j.product) for j in jobs] == [(f, p) for f in "ab" for p in PRODUCTS]
    assert {j.edition for j in jobs if j.product == "teacher"} == {"teacher"}
    # One folder named three ways is one guide, not three guides of one name.
    same = plan([Path("b"), Path("a"), Path("./b/"), Path("b").resolve()], ["guide"]).jobs
    assert [j.folder.name for j in same] == ["b", "a"]
    # The teacher's edition of the guide, asked for twice, is one job: two would race for one file.
    twice = plan([Path("a")], ["guide", "teacher", "booklet"], output=Path("out"), edition="teacher").jobs
    assert [(j.product, j.edition) for j in twice] == [("guide", "teacher"), ("booklet", "teacher")]


def probe(guide: Path, out: Path, timeout: float) -> subprocess.CompletedProcess:
    """Every product of ``guide`` in one run of a fresh process."""
    flags = [f"--{name}" for name, product in PRODUCTS.items() if product.flag]
    return subprocess.run(
        [sys.executable, "-c", PROBE, "build", str(guide), "--output", str(out), *flags],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=PROJECT,
    )


@pytest.fixture(scope="module")
def every_product(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    """A small guide built once as every product, in one run: (guide, output, the run)."""
    root = tmp_path_factory.mktemp("products")
    guide, out = small_guide(root, "alpha"), root / "out"
    return guide, out, probe(guide, out, timeout=300)


def test_one_run_builds_every_product_with_one_line_each(every_product):
    _, out, run = every_product
    assert run.returncode == 0 and run.stdout.splitlines()[-1].startswith("0 "), run
    lines = [line for line in run.stdout.splitlines()[:-1] if not line.startswith("  ")]  # notes are indented
    assert [line.split(" → ")[1].rsplit("/", 1)[1] for line in lines] == [
        "alpha.pdf",
        "alpha-teacher.pdf",
        "alpha-booklet.pdf",
        "alpha-handout.pdf",
        "alpha-cards.pdf",
    ]
    assert all(" page" in line for line in lines)  # "1 page", "12 pages"
    assert len(list((out / ".stamps").iterdir())) == len([p for p in PRODUCTS.values() if p.flag])


def test_an_unchanged_tree_skips_every_product_without_loading_the_renderer(every_product):
    guide, out, _ = every_product
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    run = probe(guide, out, timeout=60)
    assert run.stdout.splitlines()[-1] == "0 []", run.stdout + run.stderr
    assert [line.split(":")[1].split("→")[0].strip() for line in run.stdout.splitlines()[:-1]] == ["up to date"] * 5
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


def test_a_changed_guide_rebuilds_every_product(every_product, tmp_path):
    guide, out, _ = every_product
    section = guide / "sections" / "01-first.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nA sentence about Khalkhin Gol.\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "generator", "build", str(guide), "--output", str(out), "--booklet", "--cards"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=PROJECT,
    )
    assert run.returncode == 0, run.stderr
    assert [line for line in run.stdout.splitlines() if "up to date" in line] == []
