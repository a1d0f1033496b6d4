"""The studio without a browser: its file store (round trips, merges, conflicts, the
guide's bounds), the lock between two studios, and the server's refusals of a
cross-site or tokenless write, over real HTTP to ``studyguide studio``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.authoring.scaffold import new_guide
from generator.content.load import load_guide
from generator.errors import ContentError
from generator.studio.forms import PAGES, form_schemas
from generator.studio.guard import Lock
from generator.studio.store import YAML_FILES, Conflict, Refused, Store
from tests.browser import ROOT
from tests.studio_app import StudioProcess


@pytest.fixture
def store(tmp_path):
    new_guide(tmp_path / "content", "demo")
    return Store(tmp_path / "content")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("guide", ["skeleton", "default"])
def test_writing_back_what_was_read_changes_no_byte(tmp_path, guide):
    """Comments, key order, quoting, flow lists, folded text and the top-level list's
    layout all survive: a save of an unchanged form leaves the file as it was."""
    if guide == "skeleton":
        new_guide(tmp_path / "content", "g")
    else:
        shutil.copytree(ROOT / "content" / "japan-ussr-ww2", tmp_path / "content" / "g")
    store, folder = Store(tmp_path / "content"), tmp_path / "content" / "g"
    before = _files(folder)
    written = 0
    for file in store.read_guide("g")["files"]:
        if file["data"] is not None:
            store.write("g", file["path"], file["data"], file["hash"], file.get("body"))
            written += 1
    assert written >= 8 and _files(folder) == before


def test_an_edit_keeps_comments_and_moved_entries_keep_theirs(store):
    file = store.read("demo", "timeline.yaml")
    events = file["data"]
    events.reverse()  # drag and drop: the second event first
    events[1]["title"] = "The first event, renamed"
    events.append({"date": "1950", "title": "A new event"})
    store.write("demo", "timeline.yaml", events, file["hash"])
    text = (store.content / "demo" / "timeline.yaml").read_text()
    assert "# One entry per event; they are sorted by date when printed." in text  # the file's comments stay
    assert "id: first-event  # optional: lowercase letters" in text  # an entry's comment moved with it
    assert text.index('"1905-03"') < text.index('"The first event, renamed"') < text.index("A new event")
    assert '- date: "1905-03"\n  title: "The second event"' in text  # the skeleton's layout and quotes
    assert [e.title for e in load_guide(store.content / "demo").events][-1] == "A new event"


def test_an_emptied_field_leaves_the_file_and_a_section_keeps_its_body(store):
    settings = store.read("demo", "guide.yaml")
    store.write("demo", "guide.yaml", {**settings["data"], "subtitle": None, "audience": ""}, settings["hash"])
    text = (store.content / "demo" / "guide.yaml").read_text()
    assert "subtitle:" not in text and "audience:" not in text and "# What a student should be able" in text
    section = store.read("demo", "sections/01-background.md")
    store.write("demo", section["path"], {**section["data"], "title": "Origins"}, section["hash"])
    after = store.read("demo", section["path"])
    assert after["data"]["title"] == "Origins" and after["body"] == section["body"]
    assert after["lines"]["/title"] == 4  # the file's line: the front matter opens on line 2


def test_a_file_changed_on_disk_is_never_overwritten(store):
    file = store.read("demo", "faq.yaml")
    path = store.content / "demo" / "faq.yaml"
    path.write_text(path.read_text() + '- question: "Written in a text editor?"\n  answer: "Yes."\n')
    on_disk = path.read_bytes()
    with pytest.raises(Conflict) as caught:
        store.write("demo", "faq.yaml", [{**file["data"][0], "answer": "From the studio."}], file["hash"])
    assert path.read_bytes() == on_disk
    assert caught.value.disk["data"][1]["question"] == "Written in a text editor?"  # the page can show both


@pytest.mark.parametrize(
    "relative",
    ["../other/guide.yaml", "sections/../../x.md", "studyguide.toml", "sections/a/b.md", "images/x.png", "/etc/passwd"],
)
def test_only_the_guides_content_files_are_reachable(store, relative):
    with pytest.raises(Refused):
        store.read("demo", relative)
    with pytest.raises(Refused):
        store.read("../content", "guide.yaml")


def test_a_symbolic_link_out_of_the_guide_is_refused(store, tmp_path):
    outside = tmp_path / "secret.md"
    outside.write_text("---\ntitle: x\n---\nsecret\n")
    (store.content / "demo" / "sections" / "03-link.md").symlink_to(outside)
    with pytest.raises(Refused):
        store.read("demo", "sections/03-link.md")


def test_sections_are_renumbered_in_the_order_given(store):
    made = store.create_section("demo", "The aftermath")
    assert made == "sections/03-the-aftermath.md"
    order = store.order_sections("demo", [made, "sections/01-background.md", "sections/02-main-events.md"])
    assert order == ["sections/01-the-aftermath.md", "sections/02-background.md", "sections/03-main-events.md"]
    guide = load_guide(store.content / "demo")
    assert [s.title for s in guide.sections] == ["The aftermath", "Background", "Main events"]
    with pytest.raises(Refused):
        store.order_sections("demo", order[:2])


def test_every_content_file_has_a_form_from_its_schema():
    forms = form_schemas()
    assert set(forms["files"]) == {*YAML_FILES, "section.md"} and set(PAGES) == set(YAML_FILES)
    questions = forms["files"]["questions.yaml"]["items"]
    assert set(questions["discriminator"]["mapping"]) == {
        "multiple-choice", "true-false", "short-answer", "source", "essay", "sequencing", "matching", "cloze",
    }  # fmt: skip
    assert (
        forms["date_description"]
        == forms["files"]["timeline.yaml"]["$defs"]["Event"]["properties"]["date"]["description"]
    )


@pytest.mark.parametrize(
    ("studio", "guide", "offered"),
    [("en", "en", True), ("en", "en-GB", True), ("fr", "fr", False), ("en", "ja", False), ("ar", "en", True)],
)
def test_the_choice_of_era_names_is_offered_to_english_guides_only(studio, guide, offered):
    forms = form_schemas(studio, guide)
    assert "eras" in forms["files"]["guide.yaml"]["properties"]  # the schema keeps it: a value written shows
    assert ("eras" not in forms["not_offered"]) is offered


def test_a_second_studio_on_one_folder_is_read_only_until_the_first_is_gone(tmp_path):
    first, second = Lock(tmp_path), Lock(tmp_path)
    assert first.acquire() and not second.acquire() and second.holder == first.holder
    first.release()
    assert second.acquire()
    second.release()
    (tmp_path / ".studio.lock").write_text("999999999")  # a crashed studio's pid
    assert Lock(tmp_path).acquire()


@pytest.fixture
def studio(tmp_path):
    new_guide(tmp_path / "content", "demo")
    with StudioProcess(tmp_path / "content", tmp_path / "output") as running:
        yield running, tmp_path / "content" / "demo"


def test_a_cross_site_or_tokenless_write_is_refused(studio):
    running, folder = studio
    before = _files(folder)
    file = running.request("GET", "/api/file/demo/faq.yaml")[1]
    change = {"data": [{"question": "Hacked?", "answer": "Yes"}], "base": file["hash"]}
    token = running.token()
    own = f"127.0.0.1:{running.port}"
    refused = [
        {},  # no token: what a form or a simple request from another site sends
        {"X-Studio-Token": "guessed"},
        {"X-Studio-Token": token, "Host": f"evil.example:{running.port}"},  # DNS rebinding
        {"X-Studio-Token": token, "Origin": "http://evil.example"},
        {"X-Studio-Token": token, "Sec-Fetch-Site": "cross-site"},
    ]
    for headers in refused:
        status, answer = running.request("PUT", "/api/file/demo/faq.yaml", change, {"Host": own, **headers})
        assert status == 403 and "refused" in answer, headers
    assert _files(folder) == before
    status, page = running.request("GET", "/", headers={"Host": "evil.example"})
    assert status == 403 and token not in page  # the token is not handed to another name
    status, answer = running.request("PUT", "/api/file/demo/faq.yaml", change, {"X-Studio-Token": token})
    assert status == 200 and "Hacked?" in (folder / "faq.yaml").read_text()


def test_the_page_carries_a_strict_content_security_policy(studio):
    running, _ = studio
    import urllib.request

    with urllib.request.urlopen(running.url) as answer:
        policy = answer.headers["Content-Security-Policy"]
        page = answer.read().decode()
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert "<script>" not in page and "onclick" not in page  # no inline script for the policy to allow
    with urllib.request.urlopen(running.url + "preview/demo/") as answer:
        assert "script-src 'none'" in answer.headers["Content-Security-Policy"]
    # pdf.js's worker from the studio's own files, and no eval for anything.
    assert "worker-src 'self'" in policy and "unsafe-eval" not in policy
    with urllib.request.urlopen(running.url + "assets/vendor/pdfjs/pdf.worker.min.mjs") as answer:
        assert answer.headers["Content-Type"].startswith("text/javascript")  # a module must be JavaScript


def test_uploads_are_limited_and_checked_like_content(studio, tmp_path):
    running, folder = studio
    token = {"X-Studio-Token": running.token()}
    status, answer = running.request("POST", "/api/picture/demo?name=map.png", None, token)
    assert status == 422 and "map.png" not in json.dumps(list((folder).rglob("*.png")))
    import urllib.request

    fake = urllib.request.Request(
        running.url + "api/picture/demo?name=map.png", data=b"<svg onload='x'>not a png", method="POST", headers=token
    )
    try:
        urllib.request.urlopen(fake)
        raise AssertionError("a file that is no PNG was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 422
    assert not (folder / "images" / "map.png").exists()
    big = urllib.request.Request(
        running.url + "api/import?slug=big&name=a.md", data=b"x" * (11 * 1024 * 1024), method="POST", headers=token
    )
    try:
        urllib.request.urlopen(big)
        raise AssertionError("an 11 MB upload was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 413
    assert not (folder.parent / "big").exists()


def test_a_second_studio_on_the_same_folder_refuses_to_write(studio, tmp_path):
    running, folder = studio
    with StudioProcess(folder.parent, tmp_path / "output2") as second:
        assert second.read_only
        file = second.request("GET", "/api/file/demo/faq.yaml")[1]
        status, answer = second.request(
            "PUT", "/api/file/demo/faq.yaml", {"data": [], "base": file["hash"]}, {"X-Studio-Token": second.token()}
        )
        assert status == 423 and "read-only" in answer["error"]


def test_a_file_left_unreadable_is_reported_and_never_overwritten(store):
    path = store.content / "demo" / "people.yaml"
    path.write_text('- name: "Ada\n  role: an unclosed quote\n')
    broken = path.read_bytes()
    file = store.read("demo", "people.yaml")
    assert file["data"] is None and "people.yaml:" in file["error"]  # said as the loader says it, with the line
    with pytest.raises(ContentError):
        store.write("demo", "people.yaml", [{"name": "Ada"}], file["hash"])
    assert path.read_bytes() == broken
    assert store.read_guide("demo")["files"][0]["data"]["title"] == "Demo"  # the other files still open


def test_the_studios_words_and_the_booklets_fonts_are_served_and_nothing_beside_them(studio):
    running, _folder = studio
    status, answer = running.request("GET", "/api/messages/ar")
    assert status == 200 and answer["dir"] == "rtl" and answer["words"]["app.undo"] == "تراجع"
    status, answer = running.request("GET", "/api/messages/fr-CA")  # a regional tag: its language's words
    assert answer["dir"] == "ltr" and answer["words"]["page.print"] == "Imprimer et partager"
    status, answer = running.request("GET", "/api/forms?lang=de")
    assert answer["pages"]["timeline.yaml"] == "Zeitleiste"
    status, font = running.request("GET", "/fonts/NotoSansJP-Regular.ttf")
    assert status == 200 and len(font) > 1_000_000
    for name in ("fonts.conf", "LICENSE-NotoSansJP.txt", "missing.ttf", "..%2Fskeleton%2Fguide.yaml"):
        assert running.request("GET", f"/fonts/{name}")[0] == 404, name
