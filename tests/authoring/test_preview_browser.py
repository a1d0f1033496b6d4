"""The live preview in a real browser: ``studyguide watch`` in a child process, headless
Chromium driven over the DevTools protocol, and real saves of the guide's files.

Skipped where no Chromium is installed (it is no dependency of the project).
"""

from __future__ import annotations

import time

import pytest

from generator.authoring.scaffold import new_guide
from tests.browser import Browser, Watch, chromium

pytestmark = pytest.mark.skipif(chromium() is None, reason="no Chromium on this machine")

WAIT = 60  # seconds: a bound, not a speed requirement


@pytest.fixture
def preview(tmp_path):
    new_guide(tmp_path / "content", "live")
    guide = tmp_path / "content" / "live"
    with Watch(guide, tmp_path / "output", wait=WAIT) as watch, Browser(str(chromium()), timeout=WAIT) as browser:
        watch.expect("PDF ")  # the first PDF is typeset: the saves below find the process idle
        browser.open(watch.url)
        yield guide, watch, browser


def _replace(path, old: str, new: str):
    def save() -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    return save


def _text(browser: Browser) -> str:
    return str(browser.evaluate("document.body.textContent"))


def test_a_save_shows_in_the_open_page(preview):
    guide, watch, browser = preview
    assert "The first event happened in 1901." in _text(browser)
    browser.evaluate("window.sameDocument = true")  # gone once the page is loaded anew

    # A sentence of a section: the page replaces the parts that changed, without loading anew.
    seconds, whole = browser.shown_after(
        _replace(guide / "sections/02-main-events.md", "happened in 1901.", "happened in 1901 at Flintwick."),
        "happened in 1901 at Flintwick.",
    )
    assert not whole and browser.evaluate("window.sameDocument === true")
    assert "happened in 1901." not in _text(browser) and seconds < WAIT
    assert watch.expect("preview rebuilt in")

    # The title is in the page's <head> too: the page loads whole.
    seconds, whole = browser.shown_after(
        _replace(guide / "guide.yaml", 'title: "Live"', 'title: "Flintwick Hall"'), "Flintwick Hall"
    )
    assert whole and browser.evaluate("window.sameDocument === undefined")
    assert browser.evaluate("document.title") == "Flintwick Hall"
    assert "happened in 1901 at Flintwick." in _text(browser)


def test_a_mistake_shows_over_the_last_good_page_until_it_is_mended(preview):
    guide, _, browser = preview
    timeline = guide / "timeline.yaml"
    good = timeline.read_text(encoding="utf-8")
    broken = good.replace('title: "The first event"', 'title: "The first event')
    assert broken != good
    _, whole = browser.shown_after(lambda: timeline.write_text(broken, encoding="utf-8"), "timeline.yaml")
    assert not whole
    assert browser.evaluate("getComputedStyle(document.getElementById('studyguide-error')).display") == "block"
    assert "The first event happened in 1901." in _text(browser)  # the last good page stays under it

    timeline.write_text(good, encoding="utf-8")
    deadline = time.monotonic() + WAIT
    while browser.evaluate("document.getElementById('studyguide-error').style.display") != "none":
        assert time.monotonic() < deadline, "the error stayed after the file was mended"
        time.sleep(0.05)
