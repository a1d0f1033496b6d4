"""Parallel builds: worker processes, one line per guide, failures kept apart."""

from __future__ import annotations

import pytest
from conftest import pdftotext
from guide_factory import cli, small_guide, studyguide


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Three guides built with --jobs 2, the middle one broken; (folder, result, guides).

    The build gets a temporary folder of its own, for the test that it leaves nothing there."""
    root = tmp_path_factory.mktemp("batch")
    guides = [
        small_guide(root, "first", "The First Guide"),
        small_guide(root, "broken"),
        small_guide(root, "third", "The Third Guide"),
    ]
    (guides[1] / "glossary.yaml").write_text("- term: Pact\n  definiton: a misspelt key\n", encoding="utf-8")
    (root / "tmp").mkdir()
    result = cli(
        ["build", *[g.name for g in guides], "--output", "out", "--jobs", "2"],
        cwd=root,
        env={"TMPDIR": str(root / "tmp")},
        timeout=300,
    )
    return root, result, guides


def test_the_good_guides_are_built_despite_the_broken_one(batch):
    root, result, _ = batch
    assert "The First Guide" in pdftotext(root / "out" / "first.pdf")
    assert "The Third Guide" in pdftotext(root / "out" / "third.pdf")
    assert not (root / "out" / "broken.pdf").exists()


def test_the_workers_leave_no_temporary_files(batch):
    # Each worker's typesetter copies the fonts (about 20 MB) into a temporary folder; a
    # build of 200 guides on a school laptop must not leave one behind per worker and run.
    root, result, _ = batch
    assert "third.pdf" in result.stdout  # the workers did typeset
    assert sorted(path.name for path in (root / "tmp").iterdir()) == []


def test_the_error_names_the_broken_file_and_line_and_the_exit_code_is_1(batch):
    _, result, _ = batch
    assert result.returncode == 1
    assert "broken/glossary.yaml:2:" in result.stderr
    assert "definiton" in result.stderr
    assert "broken: not built" in result.stderr
    assert "Traceback" not in result.stderr


def test_one_line_per_built_guide_in_the_order_given(batch):
    _, result, _ = batch
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["first", "third"]
    assert all("pages" in line for line in lines)


def test_parallel_and_sequential_builds_give_the_same_bytes(batch):
    root, _, guides = batch
    good = [guides[0].name, guides[2].name]
    sequential = studyguide("build", *good, "--output", "seq", "--jobs", "1", cwd=root)
    assert sequential.returncode == 0, sequential.stderr
    for name in good:
        assert (root / "seq" / f"{name}.pdf").read_bytes() == (root / "out" / f"{name}.pdf").read_bytes()


def test_jobs_must_be_a_positive_number(tmp_path):
    result = studyguide("build", small_guide(tmp_path, "one"), "--jobs", "0")
    assert result.returncode == 2
    assert "--jobs" in result.stderr
