"""The studio's PDF tab in headless Chromium: the preview's PDF drawn by pdf.js (the
vendored build, under the page's strict policy, without eval), its pages counted as the
PDF counts them, a change typed in the form shown in a new version at the same place,
and axe-core with the tab open.

Skipped where no Chromium is installed (CI installs Debian's).
"""

from __future__ import annotations

import urllib.request

import pypdfium2
import pytest

from tests.browser import chromium
from tests.studio_app import StudioProcess, axe_serious, click, demo_studio, type_into, until

pytestmark = pytest.mark.skipif(chromium() is None, reason="no Chromium on this machine")

WAIT = 120  # seconds: a bound, not a speed requirement
DRAWN = "Number(document.querySelector('#pdf-view').dataset.version || 0)"
#: Collects what the page's Content-Security-Policy refuses, from before the page's own scripts run.
WATCH_POLICY = """window.refused = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.refused.push({directive: e.violatedDirective, blocked: e.blockedURI, file: e.sourceFile});
});"""
#: How much of the first page's canvas is not white (a blank canvas: 0).
INKED = """(function () {
  var canvas = document.querySelector('#pdf-view .pdf-page[data-page="1"] canvas');
  if (!canvas) return -1;
  var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data, inked = 0;
  for (var i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) inked += 1;
  return inked / (pixels.length / 4);
})()"""


@pytest.fixture
def studio_with_pdf_tab(tmp_path):
    with demo_studio(tmp_path, WAIT) as (studio, browser):
        browser.call("Page.enable")
        browser.call("Page.addScriptToEvaluateOnNewDocument", source=WATCH_POLICY)
        browser.call("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1, mobile=False)
        browser.open(studio.url)
        until(lambda: browser.evaluate("!!(window.Studio && window.Studio.state.status)"), WAIT, "the studio's page")
        until(lambda: browser.evaluate("window.Studio.state.status.pdf_version > 0"), WAIT, "the first PDF")
        click(browser, "#tab-pdf")
        until(lambda: browser.evaluate(DRAWN) > 0, WAIT, "the PDF drawn")
        yield studio, browser


def _server_pdf(studio: StudioProcess) -> pypdfium2.PdfDocument:
    """The preview's PDF as the server hands it to the page."""
    with urllib.request.urlopen(studio.url + "pdf/demo", timeout=WAIT) as answer:
        return pypdfium2.PdfDocument(answer.read())


def _text(document: pypdfium2.PdfDocument) -> str:
    return " ".join(" ".join(page.get_textpage().get_text_range() for page in document).split())


def test_the_pdf_tab_draws_the_guide_with_pdfjs(studio_with_pdf_tab):
    studio, browser = studio_with_pdf_tab
    document = _server_pdf(studio)
    shown = browser.evaluate("document.querySelector('#pdf-view').dataset.pages")
    assert int(shown) == len(document) > 1
    assert browser.evaluate("document.querySelectorAll('#pdf-view .pdf-page').length") == len(document)
    assert f"{len(document)} pages" in browser.evaluate("document.querySelector('#pdf-state').textContent")
    # The first page, drawn: the cover's ink on the canvas, and its text in the text layer.
    assert browser.evaluate(INKED) > 0.005
    until(
        lambda: browser.evaluate(
            "(document.querySelector('#pdf-view .pdf-page[data-page=\"1\"] .textLayer') || {}).textContent || ''"
        ),
        WAIT,
        "the first page's text layer",
    )
    layer = browser.evaluate("document.querySelector('#pdf-view .pdf-page[data-page=\"1\"] .textLayer').textContent")
    # The same text as the PDF's first page (spaces aside: the layer places words, not spaces).
    first_page = "".join(document[0].get_textpage().get_text_range().split())
    assert "".join(layer.split()) == first_page
    # pdf.js ran under the studio's policy: nothing of it refused (no eval, its worker from 'self').
    refused = browser.evaluate("JSON.stringify(window.refused)")
    assert "pdfjs" not in refused and "pdfview" not in refused, refused
    assert "eval" not in refused and "worker-src" not in refused, refused


def test_a_sentence_typed_shows_in_a_new_version_at_the_same_place(studio_with_pdf_tab):
    studio, browser = studio_with_pdf_tab
    before = browser.evaluate(DRAWN)
    # Scrolled down to the third page: the new version keeps the place.
    browser.evaluate("document.querySelector('#pdf-view .pdf-page[data-page=\"3\"]').scrollIntoView()")
    until(
        lambda: browser.evaluate(
            f"document.querySelector('#pdf-view .pdf-page[data-page=\"3\"]').dataset.drawn === '{before}'"
        ),
        WAIT,
        "the third page drawn",
    )
    place = browser.evaluate("document.querySelector('#pdf-view').scrollTop")
    assert place > 0
    click(browser, '#pages [data-page="sections"]')
    click(browser, '#form .section-list button[data-path="sections/02-main-events.md"]')
    until(lambda: browser.evaluate("!!document.querySelector('#section-body')"), WAIT, "the section's form")
    body = browser.evaluate("document.querySelector('#section-body').value")
    type_into(browser, "#section-body", body + "\nThe envoys met at Quillmoor Abbey.\n")
    until(lambda: browser.evaluate(DRAWN) > before, WAIT, "the new version drawn")
    version = browser.evaluate(DRAWN)
    assert version == browser.evaluate("window.Studio.state.status.pdf_version")
    assert f"version {version}" in browser.evaluate("document.querySelector('#pdf-state').textContent")
    assert "The envoys met at Quillmoor Abbey." in _text(_server_pdf(studio))
    assert browser.evaluate("document.querySelector('#pdf-view').scrollTop") == place
    page_three = "document.querySelector('#pdf-view .pdf-page[data-page=\"3\"]').dataset.drawn"
    assert browser.evaluate(page_three) == str(version)  # the page in view, drawn anew


def test_the_pdf_tab_passes_axe_at_desktop_and_tablet_width(studio_with_pdf_tab):
    studio, browser = studio_with_pdf_tab
    assert browser.evaluate("document.querySelector('#pane-pdf').hidden") is False
    for width, height in ((1280, 800), (820, 1180)):
        browser.call(
            "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False
        )
        until(lambda: browser.evaluate("!!document.querySelector('#pdf-view .textLayer span')"), WAIT, "a text layer")
        assert axe_serious(browser) == [], width
        # The pages fit the pane: nothing wider than the window.
        assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), width
