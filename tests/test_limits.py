"""The guide-wide budget and the linear regexes: real builds over a limit fail with a
located message, and the text scanners finish on megabytes of pathological input.

The corpus (tests/corpus) holds the hostile guides themselves; these tests cover
what a corpus case cannot reach cheaply: the page and layout-time limits (lowered
here, so a small guide reaches them) and SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from guide_factory import BASE, PROJECT

from generator import cli
from generator.render import pdf


def test_a_booklet_over_the_page_budget_names_the_largest_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", str(BASE), "--output", "out"]) == 1
    err = capsys.readouterr().err
    assert re.search(r"_base/questions.yaml: the booklet has \d+ pages", err)  # the largest file
    assert "pages; at most 2 may be printed" in err
    assert "Traceback" not in err
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_a_booklet_over_the_layout_time_budget_stops(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pdf, "LAYOUT_SECONDS", 0.001)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", str(BASE), "--output", "out"]) == 1
    err = capsys.readouterr().err
    assert "the booklet takes over 0.001 s to lay out" in err
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_the_layout_time_budget_holds_in_a_second_thread_too(tmp_path, monkeypatch):
    # the watch typesets its PDF in a second thread, where no signal can reach
    from generator.build import build_guide
    from generator.errors import ContentError
    from generator.render.html import RenderOptions

    monkeypatch.setattr(pdf, "LAYOUT_SECONDS", 0.05)
    outcome: list[BaseException | None] = []

    def typeset() -> None:
        try:
            build_guide(BASE, tmp_path / "out", RenderOptions())
            outcome.append(None)
        except ContentError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=typeset)
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert outcome and "takes over 0.05 s to lay out" in str(outcome[0])
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_a_block_that_ends_in_time_is_never_interrupted_later():
    from generator.content.budget import time_limit

    finished: list[str] = []

    def quick() -> None:
        with time_limit(0.2):
            pass
        time.sleep(0.5)  # past the limit: the timer must not fire into the thread now
        finished.append("ok")

    worker = threading.Thread(target=quick)
    worker.start()
    worker.join(5)
    assert finished == ["ok"]


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
