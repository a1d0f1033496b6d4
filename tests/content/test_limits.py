"""The guide-wide budget and the linear regexes: real builds over a limit fail with a
located message, and the text scanners finish on megabytes of pathological input.

The corpus (tests/corpus) holds the hostile guides themselves; these tests cover
what a corpus case cannot reach cheaply: the page and layout-time limits (lowered
in the catalogue's studyguide.toml, so a small guide reaches them), the [limits] table's
checks, CPU time rather than time on the clock, and SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from guide_factory import BASE, PROJECT, make_guide

from generator import cli


def catalogue(tmp_path: Path, limits: str) -> Path:
    """A catalogue holding the base guide as content/base, with ``limits`` as its studyguide.toml."""
    (tmp_path / "studyguide.toml").write_text(limits, encoding="utf-8")
    return make_guide(tmp_path / "content", "base")


def test_a_guide_past_its_page_ceiling_stops_at_the_ceiling_and_says_how_to_raise_it(tmp_path, monkeypatch, capsys):
    root = catalogue(tmp_path, "[limits]\npages = 2\n")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", str(root), "--output", "out", "--booklet"]) == 1
    err = capsys.readouterr().err
    # Blamed: the file of the guide's largest part, named in the message.
    assert re.search(
        r"^content/base/[\w/.-]+: making the booklet: it runs past 2 pages; the largest part, '", err, re.M
    )
    assert "raise the limit in studyguide.toml: [limits] pages = 4" in err
    assert "Traceback" not in err
    assert not list((tmp_path / "out").glob("*.pdf"))


# The limit is raised again every 0.1 s until the block ends; one that lands inside a garbage
# collector's callback (the test runner's property-testing library installs one) is printed and
# dropped there by Python, which pytest reports as a warning: by design, not a fault.
_REPEATED_SIGNAL = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@_REPEATED_SIGNAL
def test_a_layout_over_its_cpu_time_stops_and_says_how_far_it_got(tmp_path, monkeypatch, capsys):
    root = catalogue(tmp_path, "[limits]\nlayout_seconds = 0.01\n")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", str(root), "--output", "out"]) == 1
    err = capsys.readouterr().err
    assert re.search(
        r"making the guide: its layout took over 0.01 s of CPU time (by page \d+|before its first page)", err
    )
    assert "[limits] layout_seconds = 0.02" in err
    assert not list((tmp_path / "out").glob("*.pdf"))


@_REPEATED_SIGNAL
def test_the_catalogues_limits_hold_in_a_second_thread_too(tmp_path):
    # the watch typesets its PDF in a second thread, where no signal can reach
    from generator.build import build_guide
    from generator.errors import ContentError
    from generator.render.html import RenderOptions

    root = catalogue(tmp_path, "[limits]\nlayout_seconds = 0.02\n")
    outcome: list[BaseException | None] = []

    def typeset() -> None:
        try:
            build_guide(root, tmp_path / "out", RenderOptions())
            outcome.append(None)
        except ContentError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=typeset)
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert outcome and "its layout took over 0.02 s of CPU time" in str(outcome[0])
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_a_raised_limit_lets_a_guide_through_that_the_default_stops(tmp_path, monkeypatch, capsys):
    big = "".join(f"- term: Term {n}\n  definition: Meaning {n}.\n" for n in range(1200))
    root = catalogue(tmp_path, "")
    (root / "glossary.yaml").write_text(big, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", str(root)]) == 1
    assert "at most 1,000 entries" in capsys.readouterr().err
    (tmp_path / "studyguide.toml").write_text("[limits]\nentries = 1500\n", encoding="utf-8")
    assert cli.main(["check", str(root)]) == 0, capsys.readouterr().err


@pytest.mark.parametrize(
    "toml, line, fragment",
    [
        (
            "# the catalogue\n\n[limits]\npages = 800\nlayout_secs = 60\n",
            5,
            "unknown limit 'layout_secs': the limits are pages,",
        ),
        ("[limits]\ntable_span = 500\n", 2, "unknown limit 'table_span' (it guards the parsers and cannot be raised)"),
        ('[limits]\npages = "800"\n', 2, "pages must be a whole number above 0, e.g. pages = 800"),
        ("[limits]\npages = 1.5\n", 2, "pages must be a whole number above 0"),
        ("[limits]\nlayout_seconds = -1\n", 2, "layout_seconds must be a number above 0, e.g. layout_seconds = 240"),
        ("[limits]\nlayout_seconds = true\n", 2, "layout_seconds must be a number above 0"),
        ("limits = 3\n", 1, "limits must be a table"),
    ],
)
def test_a_wrong_limit_in_studyguide_toml_is_an_error_at_its_line(toml, line, fragment, tmp_path, monkeypatch, capsys):
    root = catalogue(tmp_path, toml)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", str(root)]) == 1
    err = capsys.readouterr().err
    assert f"studyguide.toml:{line}: {fragment}" in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize("in_thread", [False, True])
def test_time_limits_count_cpu_time_not_time_on_the_clock(in_thread):
    from generator.cputime import OutOfTime, time_limit

    outcome: list[str] = []

    def run() -> None:
        with time_limit(0.3):
            time.sleep(1.0)  # a second on the clock, next to no CPU time: not interrupted
        outcome.append("slept")
        try:
            with time_limit(0.3):
                while True:  # CPU time: interrupted
                    sum(range(1000))
        except OutOfTime:
            outcome.append("stopped")

    if in_thread:
        worker = threading.Thread(target=run)
        worker.start()
        worker.join(30)
    else:
        run()
    assert outcome == ["slept", "stopped"]


@pytest.mark.parametrize(
    "value", ["-1", "+5", "1_000", "١٧٠٠٠٠٠٠٠٠", "１７００００００００", "1e9", "99999999999999999999"]
)
def test_source_date_epoch_takes_ascii_digits_only(value, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert cli.main(["build", str(BASE), "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "SOURCE_DATE_EPOCH=" in err and "use ASCII digits only" in err
    assert not (tmp_path / "out").exists()


def test_scanners_of_user_text_finish_on_a_megabyte_of_pathological_input():
    # Each of these took minutes (or hours) with the regexes they replace. The bound
    # is generous: this asserts "does not hang", the speed belongs to bench/.
    script = textwrap.dedent(
        """
        from generator.authoring import check, reading
        from generator.render.html import nowrap_ranges

        nowrap_ranges("a–" * 500_000)
        nowrap_ranges("a" * 1_000_000 + "–")
        list(check._bold_spans("**a " * 250_000))
        list(check._bold_spans("__a " * 250_000))
        check._term_variants("(" * 1_000_000, None)
        assert reading.read_article("# a" + " " * 1_000_000 + "x\\n\\nText.").title.endswith("x")
        assert reading.read_article("## Title ##\\n\\nText.", markdown=True).parts[0].heading == "Title"
        reading.read_article("Figure " * 150_000)  # the caption and credit patterns
        reading.without_credits("(credit " * 150_000)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
