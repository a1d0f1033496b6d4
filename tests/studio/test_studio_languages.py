"""The studio in the guide's language, end to end in headless Chromium: a French guide's
page speaks French (page names, field labels, buttons, no English word of the studio
left), an Arabic guide's page runs right to left, both pass axe-core; and a French guide
made from the New page, written, built and exported without a text editor, with the
PDF and the Moodle XML read back.

Skipped where no Chromium is installed (CI installs Debian's).
"""

from __future__ import annotations

import json

import pypdfium2
import pytest
from test_studio_browser import FIELD, WAIT, _all_saved, _every_page, _open, _page

from generator.authoring.scaffold import new_guide
from generator.i18n.labels import merged_labels
from generator.i18n.studio import STUDIO, studio_words
from tests.browser import Browser, chromium
from tests.studio_app import StudioProcess, click, type_into, until

pytestmark = pytest.mark.skipif(chromium() is None, reason="no Chromium on this machine")

#: The words a teacher reads on the page (not the guide's own text, which is in fields).
_SHOWN_WORDS = """(function () {
  var seen = [];
  document.querySelectorAll("body *:not(iframe):not(pre):not(script)").forEach(function (node) {
    var own = Array.from(node.childNodes).filter(function (c) { return c.nodeType === 3; })
      .map(function (c) { return c.textContent.trim(); }).join(" ").trim();
    if (own && node.offsetParent !== null) seen.push(own);
    ["aria-label", "title"].forEach(function (a) { if (node.getAttribute(a)) seen.push(node.getAttribute(a)); });
  });
  return seen;
})()"""


def _studio(tmp_path, lang: str | None):
    if lang:
        new_guide(tmp_path / "content", "demo", lang)
    else:
        (tmp_path / "content").mkdir()
    return StudioProcess(tmp_path / "content", tmp_path / "output", wait=WAIT)


def _pages(browser: Browser) -> list[str]:
    return list(
        browser.evaluate(
            "Array.from(document.querySelectorAll('#pages [data-page]')).map(function (b) { return b.dataset.page; })"
        )
    )


def test_a_french_guide_is_edited_in_french(tmp_path):
    english = {text for name, text in STUDIO.items() if studio_words("fr")[name] != text}
    with _studio(tmp_path, "fr") as studio, Browser(str(chromium()), timeout=WAIT) as browser:
        _open(browser, studio.url)
        until(lambda: browser.evaluate("document.documentElement.lang") == "fr", WAIT, "the French page")
        assert browser.evaluate("document.documentElement.dir") == "ltr"
        assert browser.evaluate("document.title") == "Atelier du guide d’étude"
        names = browser.evaluate("Array.from(document.querySelectorAll('#pages button')).map(b => b.textContent)")
        assert names[:3] == ["Réglages du guide", "Parties", "Chronologie"]
        assert names[-2:] == ["Imprimer et partager", "Nouveau ou importer"]
        assert browser.evaluate("document.getElementById('undo').textContent") == "Annuler"
        title = FIELD.format("/title")
        assert browser.evaluate(f"document.querySelector('{title}').labels[0].textContent") == "Titre"

        # A section: its key points as "Point clé 1", the Markdown toolbar, in French.
        _page(browser, "sections")
        click(browser, '#form .section-list button[data-path="sections/01-background.md"]')
        until(lambda: browser.evaluate("!!document.querySelector('#section-body')"))
        summary = FIELD.format("/summary/0")
        assert browser.evaluate(f"document.querySelector('{summary}').labels[0].textContent") == "Point clé 1"
        toolbar = browser.evaluate("Array.from(document.querySelectorAll('.toolbar button')).map(b => b.textContent)")
        assert toolbar == ["Gras", "Italique", "Note", "Figure", "Intertitre"]
        # The guide's `labels:` fields are named by the booklet's own French words.
        _page(browser, "guide.yaml")
        contents = FIELD.format("/labels/contents")
        assert browser.evaluate(f"document.querySelector('{contents}').labels[0].textContent") == "Sommaire"

        # Every page: in French, no English word of the studio shown, axe-core content.
        left = {}
        for page in _pages(browser):
            _page(browser, page)
            shown = set(browser.evaluate(_SHOWN_WORDS))
            if shown & english:
                left[page] = sorted(shown & english)
        assert left == {}
        assert _every_page(browser, "fr") == {}

        # The guide turned German in its settings: the page follows, and the file says so.
        _page(browser, "guide.yaml")
        type_into(browser, FIELD.format("/language"), "de")
        until(
            lambda: browser.evaluate("document.querySelector('#pages button').textContent") == "Einstellungen",
            WAIT,
            "the German page",
        )
        assert browser.evaluate("document.documentElement.lang") == "de"
        language = FIELD.format("/language")
        assert browser.evaluate(f"document.activeElement === document.querySelector('{language}')")
        _all_saved(browser)
        assert "\nlanguage: de\n" in (tmp_path / "content" / "demo" / "guide.yaml").read_text(encoding="utf-8")


def test_an_arabic_guide_is_edited_right_to_left(tmp_path):
    with _studio(tmp_path, "ar") as studio, Browser(str(chromium()), timeout=WAIT) as browser:
        _open(browser, studio.url)
        until(lambda: browser.evaluate("document.documentElement.dir") == "rtl", WAIT, "the Arabic page")
        assert browser.evaluate("document.documentElement.lang") == "ar"
        assert browser.evaluate("document.querySelector('#pages button').textContent") == "إعدادات الدليل"
        # Mirrored: the list of pages on the right, the preview on the left of the form.
        places = browser.evaluate(
            "JSON.stringify(['#pages', '#form', '.preview'].map(s => document.querySelector(s).getBoundingClientRect().left))"
        )
        pages, form, preview = json.loads(places)
        assert pages > form > preview
        # A date typed in an Arabic guide still reads left to right in its field.
        _page(browser, "timeline.yaml")
        date = FIELD.format("/0/date")
        assert browser.evaluate(f"getComputedStyle(document.querySelector('{date}')).direction") == "ltr"
        # The preview's lines stay inside its pane, clear of both edges.
        frame = "document.querySelector('#preview').contentDocument"
        until(
            lambda: browser.evaluate(f"!!{frame}.querySelector('h1') && {frame}.readyState === 'complete'"),
            WAIT,
            "the preview and its stylesheets",
        )
        edges = json.loads(
            browser.evaluate(
                f"(function () {{ var d = {frame}, page = d.documentElement.getBoundingClientRect(), box = [];"
                f" d.querySelectorAll('h1, h2, p').forEach(function (e) {{ var r = e.getBoundingClientRect();"
                f" if (r.width) box.push([r.left - page.left, page.right - r.right]); }});"
                f" return JSON.stringify(box); }})()"
            )
        )
        # (measured from the page's own box: a right-to-left page has its scroll bar on the left)
        assert edges and min(min(left, right) for left, right in edges) >= 10
        assert _every_page(browser, "ar") == {}


def test_a_french_guide_is_written_built_and_exported_without_a_text_editor(tmp_path):
    parser = pytest.importorskip("moodle_xml_parser.parser")
    folder = tmp_path / "content" / "guerre-froide"
    with _studio(tmp_path, None) as studio, Browser(str(chromium()), timeout=WAIT) as browser:
        _open(browser, studio.url)
        # The New page offers each language in its own name.
        offered = browser.evaluate(
            "Array.from(document.querySelectorAll('#new-language option')).map(o => o.textContent)"
        )
        assert {"Français", "Deutsch", "Español", "日本語", "العربية"} <= set(offered)
        type_into(browser, "#new-title", "La guerre froide")
        type_into(browser, "#new-slug", "guerre-froide")
        type_into(browser, "#new-language", "fr")
        click(browser, "#new-create")
        until(lambda: browser.evaluate("document.documentElement.lang") == "fr", WAIT, "the new French guide")
        until(lambda: browser.evaluate("!!document.querySelector('#form [data-pointer=\"/title\"]')"))
        assert 'title: "Contexte"' in (folder / "sections" / "01-background.md").read_text(encoding="utf-8")

        # A section written in the form.
        _page(browser, "sections")
        click(browser, '#form .section-list button[data-path="sections/01-background.md"]')
        until(lambda: browser.evaluate("!!document.querySelector('#section-body')"))
        type_into(browser, FIELD.format("/title"), "Deux blocs face à face")
        type_into(browser, "#section-body", "Après 1947, l’Europe se divise en deux blocs rivaux.")
        # A question: the skeleton's multiple-choice question rewritten.
        _page(browser, "questions.yaml")
        for pointer, value in (
            ("/0/question", "En quelle année le mur de Berlin est-il tombé ?"),
            ("/0/choices/0", "1961"),
            ("/0/choices/1", "1989"),
            ("/0/choices/2", "1991"),
            ("/0/answer", "1989"),
        ):
            browser.evaluate(f"document.querySelector('{FIELD.format(pointer)}').dispatchEvent(new Event('focus'))")
            type_into(browser, FIELD.format(pointer), value)
        _all_saved(browser)

        # Print and share, in French: the guide and the exports.
        _page(browser, "print")
        assert browser.evaluate("document.getElementById('build-go').textContent") == "Construire"
        click(browser, "#build-export")
        click(browser, "#build-go")
        until(lambda: browser.evaluate("document.querySelector('#downloads') !== null"), 600, "the build")
        assert browser.evaluate("document.getElementById('build-result').firstChild.textContent").startswith("Terminé")
        names = browser.evaluate("Array.from(document.querySelectorAll('#downloads a')).map(a => a.textContent)")
        assert "guerre-froide.pdf" in names and "guerre-froide-moodle.xml" in names, names

    document = pypdfium2.PdfDocument(str(tmp_path / "output" / "guerre-froide.pdf"))
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    text = " ".join(text.replace("\u202f", " ").replace("\u2010", "-").split())
    french = merged_labels(None, "fr")
    for expected in ("La guerre froide", "Deux blocs face à face", "se divise en deux blocs rivaux", "mur de Berlin"):
        assert expected in text, expected
    assert french["contents"] in text and french["questions"] in text  # the booklet's words in French
    assert merged_labels(None, "en")["questions"] not in text

    parsed = parser.parse_file(str(tmp_path / "output" / "guerre-froide-moodle.xml"))
    first = parsed["multichoice"][0]
    assert "mur de Berlin" in first.text_pre_parse
    assert [o.answer for o in first.options if o.score_fraction == 100] == ["1989"]
