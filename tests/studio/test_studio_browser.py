"""The studio end to end: ``studyguide studio`` in a child process and headless Chromium
over the DevTools protocol, as a teacher uses it — create a French guide from nothing,
write a question of every type, build and read the PDF back; a file edited on disk
while the studio has it open; the server killed mid-typing; axe-core on every page.

Skipped where no Chromium is installed (CI installs Debian's).
"""

from __future__ import annotations

import base64
import http.server
import json
import os
import threading
import time
from pathlib import Path

import pypdfium2
import pytest

from generator.authoring.scaffold import new_guide
from generator.content.load import load_guide
from tests.browser import Browser, chromium
from tests.studio_app import StudioProcess, axe_serious, click, demo_studio, saved, type_into, until

pytestmark = pytest.mark.skipif(chromium() is None, reason="no Chromium on this machine")

WAIT = 120  # seconds: a bound, not a speed requirement
#: Where to keep the screenshots of each page (unset: none are written).
SHOTS = os.environ.get("STUDIO_SCREENSHOTS")
FIELD = '#form :is(input, textarea, select)[data-pointer="{}"]'


def _page(browser: Browser, page: str) -> None:
    click(browser, f'#pages [data-page="{page}"]')
    until(
        lambda: browser.evaluate(
            f'document.querySelector("#pages [data-page=\\"{page}\\"]").getAttribute("aria-current")'
        )
    )


def _shoot(browser: Browser, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        data = browser.call("Page.captureScreenshot", format="png")["data"]
        (Path(SHOTS) / f"{name}.png").write_bytes(base64.b64decode(data))


def _open(browser: Browser, url: str, width: int = 1280, height: int = 800) -> None:
    browser.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
    browser.open(url)
    until(
        lambda: browser.evaluate("!!(window.Studio && document.querySelector('#pages button'))"),
        WAIT,
        "the studio's page",
    )


def _all_saved(browser: Browser) -> None:
    until(lambda: saved(browser), WAIT, "the saves")


#: One question of each type, as a teacher fills its form: (type, [(field pointer, value)]).
QUESTIONS = [
    ("multiple-choice", [("question", "En quelle année le pacte fut-il signé ?"), ("choices/0", "1939"), ("choices/1", "1941"), ("answer", "1941")]),
    ("true-false", [("question", "Le pacte fut rompu en 1945."), ("answer", "true")]),
    ("short-answer", [("question", "Pourquoi Tokyo signa-t-il le pacte ?"), ("answer", "Pour couvrir son flanc nord.")]),
    ("source", [("question", "Lisez l'extrait."), ("source/text", "Les deux parties s'engagent à la paix."), ("source/attribution", "Article 1 du pacte"),
                ("parts/0/question", "Que promettent les parties ?"), ("parts/0/answer", "La paix."),
                ("parts/1/question", "Quelle est la limite de l'extrait ?"), ("parts/1/answer", "Il date de 1941.")]),
    ("essay", [("question", "Dans quelle mesure le pacte a-t-il servi Tokyo ?"), ("marks", "12")]),
    ("sequencing", [("question", "Remettez dans l'ordre."), ("items/0/text", "Nomonhan"), ("items/1/text", "Le pacte"), ("items/2/text", "La déclaration de guerre")]),
    ("matching", [("question", "Associez les termes."), ("pairs/0/left", "Pacte"), ("pairs/0/right", "Accord"), ("pairs/1/left", "Front"),
                  ("pairs/1/right", "Ligne de combat"), ("pairs/2/left", "Rescrit"), ("pairs/2/right", "Texte impérial")]),
    ("cloze", [("question", "Complétez le texte."), ("text", "Le pacte fut signé en [[1941]] à [[Moscou]].")]),
]  # fmt: skip


@pytest.fixture
def empty(tmp_path):
    (tmp_path / "content").mkdir()
    with (
        StudioProcess(tmp_path / "content", tmp_path / "output", wait=WAIT) as studio,
        Browser(str(chromium()), timeout=WAIT) as browser,
    ):
        yield studio, browser, tmp_path


def test_a_french_guide_from_nothing_with_every_question_type_built_and_read_back(empty):
    studio, browser, tmp_path = empty
    _open(browser, studio.url)
    assert browser.evaluate('document.querySelector("[aria-current=page]").dataset.page') == "new"  # no guide yet
    _shoot(browser, "new-guide")
    type_into(browser, "#new-title", "Le pacte de neutralité")
    type_into(browser, "#new-slug", "pacte")
    type_into(browser, "#new-language", "fr")
    click(browser, "#new-create")
    until(lambda: (tmp_path / "content" / "pacte" / "guide.yaml").is_file(), WAIT, "the new guide")
    until(
        lambda: browser.evaluate(
            "window.Studio.state.slug === 'pacte' && !!document.querySelector('#form [data-pointer=\"/title\"]')"
        )
    )
    assert 'title: "Le pacte de neutralité"' in (tmp_path / "content" / "pacte" / "guide.yaml").read_text()
    assert "language: fr" in (tmp_path / "content" / "pacte" / "guide.yaml").read_text()

    # The timeline: a date shows how it prints in French; an impossible one is flagged at once.
    _page(browser, "timeline.yaml")
    type_into(browser, FIELD.format("/0/date"), "1941-04-13")
    until(lambda: "13 avril 1941" in (browser.evaluate("document.querySelector('.date-print').textContent") or ""))
    type_into(browser, FIELD.format("/0/date"), "1941-02-30")
    until(
        lambda: browser.evaluate(
            f"document.querySelector('{FIELD.format('/0/date')}').getAttribute('aria-invalid') === 'true'"
        )
    )
    type_into(browser, FIELD.format("/0/date"), "1941-04-13")
    type_into(browser, FIELD.format("/0/title"), "Signature du pacte à Moscou")

    # Questions: the skeleton's examples removed, one of each type written in its own form.
    _page(browser, "questions.yaml")
    top = "#form > fieldset > ol.items > li > .actions > button.danger"
    while browser.evaluate(f"document.querySelectorAll('{top}').length"):
        click(browser, top)
    for number, (kind, fields) in enumerate(QUESTIONS):
        type_into(browser, "#form [data-add-type]", kind)
        click(browser, "#form .add [data-add-type] ~ button")
        for pointer, value in fields:
            selector = FIELD.format(f"/{number}/{pointer}")
            browser.evaluate(
                f"document.querySelector('{selector}').dispatchEvent(new Event('focus'))"
            )  # the choices' list
            type_into(browser, selector, value)
    _shoot(browser, "questions")
    _all_saved(browser)
    guide = load_guide(tmp_path / "content" / "pacte")  # what the studio wrote is a valid guide
    assert [q.type for q in guide.questions] == [kind for kind, _ in QUESTIONS]
    assert guide.meta.language == "fr" and guide.events[-1].title == "Signature du pacte à Moscou"

    # Print and share: the guide, test forms and the exports, with their downloads.
    _page(browser, "print")
    for product in ("forms", "export"):
        click(browser, f"#build-{product}")
    click(browser, "#build-go")
    until(lambda: browser.evaluate("document.querySelector('#downloads') !== null"), 600, "the build")
    _shoot(browser, "print")
    names = browser.evaluate(
        "Array.from(document.querySelectorAll('#downloads a')).map(function (a) { return a.textContent; })"
    )
    assert (
        "pacte.pdf" in names
        and any(n.endswith("-form-A.pdf") for n in names)
        and any(n.endswith(".apkg") for n in names)
    )
    status, pdf = studio.request("GET", "/download/pacte.pdf")
    assert status == 200
    document = pypdfium2.PdfDocument(tmp_path / "output" / "pacte.pdf")
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document))).replace("\r\n", " ")
    # One glyph serves "-" and the hyphen a broken word gets (U+2010): the PDF reads it back as either.
    text = " ".join(text.split()).replace("\u2010", "-")
    for expected in ("Le pacte de neutralité", "Pourquoi Tokyo signa-t-il le pacte", "Associez les termes"):
        assert expected in text, expected
    assert "13 avril 1941" in text.lower()  # the timeline prints its dates in capitals


@pytest.fixture
def demo(tmp_path):
    with demo_studio(tmp_path, WAIT) as (studio, browser):
        _open(browser, studio.url)
        yield studio, browser, tmp_path / "content" / "demo"


# The page's saves held back until released: the test makes "a file changed on disk while
# the studio's save is on its way" happen every time, not only when the timing falls so.
_HOLD_SAVES = """(function () {
  if (window.__heldFetch) { window.__hold = true; return; }
  var fetch = window.fetch;
  window.__heldFetch = fetch; window.__hold = true;
  window.addEventListener("unhandledrejection", function (e) { (window.__log = window.__log || []).push("rejected " + (e.reason && e.reason.stack || e.reason)); });
  window.fetch = function (url, options) {
    if (!(options && options.method === "PUT" && window.__hold)) return fetch(url, options);
    (window.__log = window.__log || []).push("held " + url);
    return new Promise(function (resolve) {
      var wait = setInterval(function () {
        if (!window.__hold) {
          clearInterval(wait); window.__log.push("sent");
          resolve(fetch(url, options).then(function (r) { window.__log.push("answer " + r.status); return r; }));
        }
      }, 10);
    });
  };
})()"""


#: The page holds a change of faq.yaml it has not saved yet.
_WAITING = "(function (f) { return !!(f && (f.pending || f.busy)); })(window.Studio.state.files['faq.yaml'])"


def _conflict_shown(browser: Browser, faq: Path, what: str) -> None:
    try:
        until(lambda: browser.evaluate("document.querySelector('#conflict').open"), WAIT, what)
    except TimeoutError:  # say what the page and the file held instead
        state = browser.evaluate(
            "JSON.stringify({log: window.__log, said: document.getElementById('save-state').textContent,"
            " file: window.Studio.state.files['faq.yaml']})"
        )
        raise AssertionError(f"{what} did not show; the page: {state}; the file: {faq.read_text()}") from None


def test_a_file_edited_on_disk_meanwhile_is_never_overwritten(demo):
    studio, browser, folder = demo
    _page(browser, "faq.yaml")
    faq = folder / "faq.yaml"
    # Typed, and while its save is on the way, the file is changed by another program.
    browser.evaluate(_HOLD_SAVES)
    type_into(browser, FIELD.format("/0/answer"), "Typed in the studio.")
    until(lambda: browser.evaluate(_WAITING), WAIT, "the page to take the typing")
    faq.write_text(faq.read_text() + '- question: "Written in a text editor?"\n  answer: "Yes, meanwhile."\n')
    time.sleep(0.3)  # the watcher has seen the change
    browser.evaluate("window.__hold = false")
    _conflict_shown(browser, faq, "the conflict dialog")
    _shoot(browser, "conflict")
    assert "Written in a text editor?" in faq.read_text() and "Typed in the studio." not in faq.read_text()
    assert "Yes, meanwhile." in browser.evaluate("document.querySelector('#conflict-disk').textContent")
    assert "Typed in the studio." in browser.evaluate("document.querySelector('#conflict-mine').textContent")
    click(browser, "#keep-disk")
    until(lambda: browser.evaluate("!!document.querySelector('#form [data-pointer=\"/1/question\"]')"))
    assert "Written in a text editor?" in faq.read_text()
    # The studio now holds the file's version: the next edit keeps the text editor's entry too.
    type_into(browser, FIELD.format("/0/answer"), "Typed after choosing.")
    until(lambda: "Typed after choosing." in faq.read_text(), WAIT, "the save")
    until(lambda: saved(browser), WAIT, "the page to hear the save landed")
    assert "Written in a text editor?" in faq.read_text()
    # Another clash, and this time the teacher keeps the studio's version.
    browser.evaluate(_HOLD_SAVES)
    type_into(browser, FIELD.format("/0/answer"), "The studio's version wins.")
    until(lambda: browser.evaluate(_WAITING), WAIT, "the page to take the typing")
    faq.write_text(faq.read_text().replace("Yes, meanwhile.", "Changed again."))
    time.sleep(0.3)
    browser.evaluate("window.__hold = false")
    _conflict_shown(browser, faq, "the second conflict")
    click(browser, "#keep-mine")
    until(lambda: "The studio's version wins." in faq.read_text(), WAIT, "the chosen version")
    assert "Changed again." not in faq.read_text()  # chosen, not lost by accident: the dialog showed it


def test_undo_and_redo_write_the_file(demo):
    studio, browser, folder = demo
    _page(browser, "glossary.yaml")
    type_into(browser, FIELD.format("/0/definition"), "First wording.")
    _all_saved(browser)
    browser.evaluate("window.Studio.state.undo[window.Studio.state.undo.length - 1].time = 0")  # a new step
    type_into(browser, FIELD.format("/0/definition"), "Second wording.")
    until(lambda: "Second wording." in (folder / "glossary.yaml").read_text())
    click(browser, "#undo")
    until(lambda: "First wording." in (folder / "glossary.yaml").read_text(), WAIT, "the undo")
    click(browser, "#redo")
    until(lambda: "Second wording." in (folder / "glossary.yaml").read_text(), WAIT, "the redo")


def test_a_server_killed_mid_typing_loses_nothing(tmp_path):
    new_guide(tmp_path / "content", "demo")
    folder = tmp_path / "content" / "demo"
    first = StudioProcess(tmp_path / "content", tmp_path / "output", wait=WAIT)
    with Browser(str(chromium()), timeout=WAIT) as browser:
        try:
            _open(browser, first.url)
            click(browser, '#pages [data-page="sections"]')
            click(browser, '#form .section-list button[data-path="sections/01-background.md"]')
            until(lambda: browser.evaluate("!!document.querySelector('#section-body')"))
            original = browser.evaluate("document.querySelector('#section-body').value")
            typed = ""
            for word in ("Typing", " goes", " on", " while", " the", " server", " dies."):
                typed += word
                type_into(browser, "#section-body", typed + "\n\n" + original)
                if word == " the":
                    first.kill()  # mid-typing: the last words reach no server
        finally:
            first.stop()
        assert "Typing goes on while the server dies." not in (folder / "sections/01-background.md").read_text()
        with StudioProcess(tmp_path / "content", tmp_path / "output", port=first.port, wait=WAIT) as second:
            assert not second.read_only  # the dead studio's lock is taken over
            _open(browser, second.url)  # the page loaded again, as after a browser's crash
            until(
                lambda: "Typing goes on while the server dies." in (folder / "sections/01-background.md").read_text(),
                WAIT,
                "the journal's replay",
            )
    text = (folder / "sections/01-background.md").read_text()
    assert text.startswith("---\n# yaml-language-server") and "### A sub-heading" in text  # the rest as it was


def test_errors_and_preview_places_lead_to_their_field(demo):
    studio, browser, folder = demo
    until(
        lambda: browser.evaluate("window.Studio.state.status && window.Studio.state.status.version > 0"),
        WAIT,
        "the preview",
    )
    # A click on an event in the preview opens the timeline at that event's field.
    frame = "document.querySelector('#preview').contentDocument"
    until(
        lambda: browser.evaluate(f"!!{frame}.querySelector('.tl-event') && {frame}.studioHooked"), WAIT, "the preview"
    )
    browser.evaluate(f"{frame}.querySelectorAll('.tl-event')[1].click()")
    until(lambda: browser.evaluate("document.activeElement.dataset.pointer") == "/1/title")
    browser.evaluate(f"{frame}.querySelector('[id^=section-] h2, [id^=section-]').click()")
    until(lambda: browser.evaluate("document.activeElement.dataset.pointer") == "/title")
    assert browser.evaluate("window.Studio.state.page") == "sections/01-background.md"
    question = browser.evaluate(f"{frame}.querySelector('.q') && {frame}.querySelector('.q').textContent")
    assert question
    browser.evaluate(f"{frame}.querySelector('.q').click()")
    until(lambda: (browser.evaluate("document.activeElement.dataset.pointer") or "").endswith("/question"))
    # A mistake: its line in the problems list leads to the field.
    _page(browser, "people.yaml")
    type_into(browser, FIELD.format("/0/name"), "")
    until(lambda: browser.evaluate("document.querySelectorAll('#errors button.problem').length"), WAIT, "the error")
    _shoot(browser, "error")
    _page(browser, "guide.yaml")
    click(browser, "#errors button.problem")
    until(lambda: browser.evaluate("document.activeElement.dataset.pointer") == "/0/name")
    assert browser.evaluate("window.Studio.state.page") == "people.yaml"


def test_every_page_passes_axe_at_desktop_and_tablet_width(demo):
    studio, browser, folder = demo
    until(
        lambda: browser.evaluate("window.Studio.state.status && window.Studio.state.status.version > 0"),
        WAIT,
        "the preview",
    )
    pages = browser.evaluate(
        "Array.from(document.querySelectorAll('#pages [data-page]')).map(function (b) { return b.dataset.page; })"
    )
    assert len(pages) == 11
    found = {}
    for width, height in ((1280, 800), (820, 1180)):
        browser.call(
            "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False
        )
        found.update({f"{page} at {width}px": seen for page, seen in _every_page(browser, str(width)).items()})
    assert not found, found


def _every_page(browser: Browser, shot: str) -> dict[str, list]:
    """Each page in turn (a section opened): axe-core's serious violations by page, and a
    screenshot of each named ``PAGE-SHOT``."""
    found = {}
    pages = browser.evaluate(
        "Array.from(document.querySelectorAll('#pages [data-page]')).map(function (b) { return b.dataset.page; })"
    )
    for page in pages:
        _page(browser, page)
        if page == "sections":
            click(browser, '#form .section-list button[data-path="sections/01-background.md"]')
            until(lambda: browser.evaluate("!!document.querySelector('#section-body')"))
        violations = axe_serious(browser)
        if violations:
            found[page] = violations
        _shoot(browser, f"{page.replace('/', '-')}-{shot}")
        # Nothing wider than the window: every field is reachable without scrolling sideways.
        assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), (page, shot)
    return found


def test_reordering_writes_the_order_into_the_files(demo):
    studio, browser, folder = demo
    # Sections: the second moved up by keyboard; the file names carry the new order.
    click(browser, '#pages [data-page="sections"]')
    click(browser, '#form .section-list li[data-path="sections/02-main-events.md"] button[aria-label$=" up"]')
    until(lambda: (folder / "sections" / "01-main-events.md").is_file(), WAIT, "the renumbering")
    assert sorted(p.name for p in (folder / "sections").glob("*.md")) == ["01-main-events.md", "02-background.md"]
    until(
        lambda: browser.evaluate(
            "!!document.querySelector('#form .section-list li[data-path=\"sections/01-main-events.md\"]')"
        )
    )
    assert [s.title for s in load_guide(folder).sections] == ["Main events", "Background"]
    # Questions: the cloze (last) moved up one; its comment and the others' stay with them.
    _page(browser, "questions.yaml")
    top = "#form > fieldset > ol.items > li"
    click(browser, f"{top}:last-child > .actions > button[aria-label$=' up']")
    until(lambda: [q.type for q in load_guide(folder).questions][-2:] == ["cloze", "matching"], WAIT, "the new order")
    text = (folder / "questions.yaml").read_text()
    assert 'answer: "1901"  # must be one of the choices, copied exactly' in text
    assert text.index("- type: cloze") < text.index("- type: matching")


def test_an_imported_article_opens_in_the_studio(demo, tmp_path):
    studio, browser, folder = demo
    article = tmp_path / "article.md"
    article.write_text(
        "# The Winter Crossing\n\n## Setting out\n\nIn January 1932 the expedition left the coast with twelve sledges. "
        "The crossing was meant to take six weeks. The leaders argued about the route from the first day.\n\n"
        "## The storm\n\nOn 3 February 1932 a storm pinned the party down for nine days. Food ran short. "
        "The expedition turned back on 14 February 1932, having crossed less than half the ice.\n",
        encoding="utf-8",
    )
    _page(browser, "new")
    document = browser.call("DOM.getDocument")["root"]["nodeId"]
    node = browser.call("DOM.querySelector", nodeId=document, selector="#import-file")["nodeId"]
    browser.call("DOM.setFileInputFiles", files=[str(article)], nodeId=node)
    type_into(browser, "#import-slug", "winter-crossing")
    click(browser, "#import-go")
    until(lambda: browser.evaluate("window.Studio.state.slug") == "winter-crossing", WAIT, "the imported guide")
    assert browser.evaluate("document.querySelector('#guide-choice').value") == "winter-crossing"
    assert (folder.parent / "winter-crossing" / "guide.yaml").is_file()
    _page(browser, "sections")
    titles = browser.evaluate(
        "Array.from(document.querySelectorAll('#form .section-list li')).map(function (l) { return l.textContent; })"
    )
    assert any("storm" in title.lower() for title in titles), titles


def test_typing_shows_in_the_preview_in_place_and_in_the_pdf(demo):
    studio, browser, folder = demo
    frame = "document.querySelector('#preview').contentDocument"
    until(lambda: browser.evaluate(f"!!({frame} && {frame}.studioHooked)"), WAIT, "the preview")
    until(lambda: browser.evaluate("window.Studio.state.status.pdf_version > 0"), WAIT, "the first PDF")
    browser.evaluate(f"{frame}.defaultView.sameDocument = true")  # gone if the frame loads anew
    pdf_before = browser.evaluate("window.Studio.state.status.pdf_version")
    click(browser, '#pages [data-page="sections"]')
    click(browser, '#form .section-list button[data-path="sections/02-main-events.md"]')
    until(lambda: browser.evaluate("!!document.querySelector('#section-body')"))
    body = browser.evaluate("document.querySelector('#section-body').value")
    type_into(browser, "#section-body", body + "\nThe envoys met at Flintwick Hall.\n")
    until(lambda: browser.evaluate(f"{frame}.body.textContent.includes('Flintwick Hall')"), WAIT, "the preview")
    assert browser.evaluate(f"{frame}.defaultView.sameDocument === true")  # only the changed part replaced
    until(lambda: browser.evaluate("window.Studio.state.status.pdf_version") > pdf_before, WAIT, "the PDF")
    status, _ = studio.request("GET", "/pdf/demo")
    assert status == 200
    document = pypdfium2.PdfDocument(folder.parent.parent / "output" / "preview" / "demo.pdf")
    text = " ".join(" ".join(document[i].get_textpage().get_text_range() for i in range(len(document))).split())
    assert "The envoys met at Flintwick Hall." in text


def test_a_file_edited_on_disk_shows_in_the_open_form(demo):
    studio, browser, folder = demo
    until(
        lambda: browser.evaluate("window.Studio.state.status && window.Studio.state.status.version > 0"),
        WAIT,
        "the preview",
    )
    _page(browser, "glossary.yaml")
    glossary = folder / "glossary.yaml"
    glossary.write_text(glossary.read_text().replace('term: "Timeline"', 'term: "Chronology"'))
    until(
        lambda: browser.evaluate(f"document.querySelector('{FIELD.format('/1/term')}').value") == "Chronology",
        WAIT,
        "the form",
    )
    type_into(browser, FIELD.format("/0/definition"), "Edited after the text editor's change.")
    until(lambda: "Edited after the text editor's change." in glossary.read_text(), WAIT, "the save")
    assert 'term: "Chronology"' in glossary.read_text()  # the text editor's change is kept, no conflict
    assert not browser.evaluate("document.querySelector('#conflict').open")


def _key(browser: Browser, key: str, code: int, modifiers: int = 0) -> None:
    for kind in ("rawKeyDown", "keyUp"):
        browser.call(
            "Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code, modifiers=modifiers
        )
    if key == "Enter":
        browser.call("Input.dispatchKeyEvent", type="char", text="\r", key="Enter")


def test_the_keyboard_reaches_the_form_and_its_fields(demo):
    studio, browser, folder = demo
    _key(browser, "Tab", 9)
    assert browser.evaluate("document.activeElement.textContent") == "Skip to the form"
    _key(browser, "Enter", 13)
    until(lambda: browser.evaluate("document.activeElement.id") == "form")
    _key(browser, "Tab", 9)
    assert browser.evaluate("document.activeElement.dataset.pointer") == "/title"  # the first field, labelled
    assert (
        browser.evaluate("document.querySelector('label[for=' + document.activeElement.id + ']').textContent")
        == "Title"
    )
    # Every field of every page has a label (axe checks the same; this names the page that lacks one).
    for page in browser.evaluate(
        "Array.from(document.querySelectorAll('#pages [data-page]')).map(function (b) { return b.dataset.page; })"
    ):
        _page(browser, page)
        unlabelled = browser.evaluate(
            "Array.from(document.querySelectorAll('#form input, #form select, #form textarea'))"
            ".filter(function (f) { return !f.labels || !f.labels.length; }).map(function (f) { return f.id; })"
        )
        assert unlabelled == [], page


def _drag(browser: Browser, source: str, target: str) -> None:
    """Press on ``source``, move in steps to the top of ``target``, release: a mouse's drag."""
    box = browser.evaluate(
        f"(function () {{ var a = document.querySelector({json.dumps(source)}).getBoundingClientRect(),"
        f" b = document.querySelector({json.dumps(target)}).getBoundingClientRect();"
        " return [a.left + a.width / 2, a.top + a.height / 2, b.left + b.width / 2, b.top + 2]; })()"
    )
    x, y, to_x, to_y = box
    browser.call("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", buttons=1, clickCount=1)
    for step in range(1, 16):
        browser.call(
            "Input.dispatchMouseEvent",
            type="mouseMoved",
            x=x + (to_x - x) * step / 15,
            y=y + (to_y - y) * step / 15,
            button="left",
            buttons=1,
        )
        time.sleep(0.02)
    browser.call(
        "Input.dispatchMouseEvent", type="mouseReleased", x=to_x, y=to_y, button="left", buttons=0, clickCount=1
    )


def test_drag_and_drop_writes_the_order_into_the_file(demo):
    studio, browser, folder = demo
    _page(browser, "timeline.yaml")
    _drag(browser, "#form tbody.items tr:nth-child(2) .handle", "#form tbody.items tr:nth-child(1)")
    until(
        lambda: (
            (folder / "timeline.yaml").read_text().index('"1905-03"')
            < (folder / "timeline.yaml").read_text().index('"1901"')
        ),
        WAIT,
        "the new order",
    )
    text = (folder / "timeline.yaml").read_text()
    assert "id: first-event  # optional: lowercase letters" in text  # the moved entry's comment went with it
    assert browser.evaluate(f"document.querySelector('{FIELD.format('/0/date')}').value") == "1905-03"


def test_a_page_of_another_site_cannot_change_a_file(demo):
    studio, browser, folder = demo
    before = (folder / "faq.yaml").read_bytes()
    # Another web app on this machine: another origin (its own port), whose page tries to write.
    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _BlankPage)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        attempts = _attempt_writes(browser, studio, f"http://127.0.0.1:{other.server_port}/")
    finally:
        other.shutdown()
        other.server_close()
    # A simple POST reaches the server (the browser sends it; the answer it hides) and is refused;
    # a request with a header needs the studio's consent (CORS), which it never gives.
    assert attempts == ["blocked", "blocked"]
    until(
        lambda: any(
            line.startswith("refused POST /api/sections/demo from http://127.0.0.1:") for line in studio.printed
        )
    )
    time.sleep(1)
    assert (folder / "faq.yaml").read_bytes() == before
    assert sorted(p.name for p in (folder / "sections").glob("*.md")) == ["01-background.md", "02-main-events.md"]


class _BlankPage(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<!doctype html><title>Another site</title>")

    def log_message(self, format: str, *args: object) -> None:
        pass


def _attempt_writes(browser: Browser, studio: StudioProcess, page: str) -> list[str]:
    browser.open(page)
    target = studio.url + "api/file/demo/faq.yaml"
    body = json.dumps({"data": [{"question": "Hacked?", "answer": "Yes"}], "base": ""})
    attempts = browser.call(
        "Runtime.evaluate",
        expression=f"""Promise.all([
          fetch({json.dumps(studio.url + "api/sections/demo")}, {{method: "POST", mode: "no-cors", body: '{{"title": "Hacked"}}'}})
            .then(function () {{ return "sent"; }}, function () {{ return "blocked"; }}),
          fetch({json.dumps(target)}, {{method: "PUT", headers: {{"X-Studio-Token": "guessed"}}, body: {json.dumps(body)}}})
            .then(function (r) {{ return r.status; }}, function () {{ return "blocked"; }}),
        ])""",
        awaitPromise=True,
        returnByValue=True,
    )["result"]["value"]
    return list(attempts)


def test_sections_and_objectives_are_picked_not_typed(demo):
    studio, browser, folder = demo
    _page(browser, "questions.yaml")
    section = FIELD.format("/1/section")
    options = browser.evaluate(
        f"Array.from(document.querySelector('{section}').options).map(function (o) {{ return o.value; }})"
    )
    assert options == ["", "background", "main-events"]  # the guide's sections, by the names the files give them
    type_into(browser, section, "background")
    objective = FIELD.format("/1/objectives/0")
    options = browser.evaluate(
        f"Array.from(document.querySelector('{objective}').options).map(function (o) {{ return o.value; }})"
    )
    assert options == ["", "chronology", "causes"]  # the objectives guide.yaml defines
    type_into(browser, objective, "causes")
    until(lambda: load_guide(folder).questions[1].section == "background", WAIT, "the save")
    assert load_guide(folder).questions[1].objectives == ["causes"]


def test_print_and_share_builds_with_the_print_options_each_product_takes(demo):
    studio, browser, folder = demo
    _page(browser, "print")
    offered = browser.evaluate(
        "Array.from(document.querySelectorAll('#build-print-options input')).map(function (i) { return i.value; })"
    )
    assert offered == ["no-key", "compact", "one-sided", "photocopy", "large-print"]
    for name in ("handout", "large-print", "one-sided"):
        click(browser, f"#build-{name}")
    click(browser, "#build-go")
    until(lambda: browser.evaluate("document.querySelector('#downloads') !== null"), WAIT, "the build")
    names = browser.evaluate("Array.from(document.querySelectorAll('#downloads a')).map(a => a.textContent)")
    # the guide takes large print, not one-sided; the handout takes both
    assert "demo-large-print.pdf" in names and "demo-one-sided-large-print-handout.pdf" in names, names
    from pdf_measure import body_size, read_glyphs

    assert body_size(read_glyphs(folder.parent.parent / "output" / "demo-large-print.pdf")) >= 14


def test_a_guide_that_chooses_bce_and_ce_sees_its_dates_so_as_they_are_typed(demo):
    studio, browser, folder = demo
    shown = "document.querySelector('.date-print').textContent"
    _page(browser, "timeline.yaml")
    type_into(browser, FIELD.format("/0/date"), "-0031/0014")
    until(lambda: "31 BC – AD 14" in (browser.evaluate(shown) or ""), WAIT, "the date as BC/AD")
    _page(browser, "guide.yaml")
    type_into(browser, FIELD.format("/eras"), "BCE/CE")
    until(lambda: load_guide(folder).meta.eras == "BCE/CE", WAIT, "the save of the era names")
    _page(browser, "timeline.yaml")
    type_into(browser, FIELD.format("/0/date"), "-0031/0014")
    until(lambda: "31 BCE – 14 CE" in (browser.evaluate(shown) or ""), WAIT, "the date as BCE/CE")


def test_a_french_guide_is_not_offered_bce_and_ce_but_may_remove_them(demo):
    studio, browser, folder = demo
    eras = f"!!document.querySelector('{FIELD.format('/eras')}')"
    _page(browser, "guide.yaml")
    assert browser.evaluate(eras), "an English guide is offered the choice of era names"
    type_into(browser, FIELD.format("/language"), "fr")
    until(lambda: load_guide(folder).meta.language == "fr", WAIT, "the save of the language")
    until(lambda: not browser.evaluate(eras), WAIT, "the era names' field gone from a French guide")

    # A French guide that holds the English choice (written by hand) shows it, so that it can be removed.
    text = (folder / "guide.yaml").read_text(encoding="utf-8")
    (folder / "guide.yaml").write_text(text.replace("language: fr", "language: fr\neras: BCE/CE"), encoding="utf-8")
    browser.evaluate("window.Studio.load(window.Studio.state.slug)")  # the guide opened again
    _page(browser, "guide.yaml")
    until(lambda: browser.evaluate(eras), WAIT, "the field of a value the file holds")
    type_into(browser, FIELD.format("/eras"), "")
    until(lambda: "eras" not in (folder / "guide.yaml").read_text(encoding="utf-8"), WAIT, "the value removed")
    assert load_guide(folder).meta.eras == "BC/AD"
