"""`studyguide watch`: a real watcher on a free port, a real edit, a real reload."""

from __future__ import annotations

import http.client
import json
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.authoring.scaffold import new_guide
from generator.authoring.watch import Watcher
from generator.build import build_guide
from generator.cli import main
from generator.content.files import remember_parsed
from generator.content.markup import remember_converted
from tests.conftest import DEFAULT_GUIDE
from tests.http_wait import WAIT
from tests.http_wait import get as _get
from tests.http_wait import wait_for as _wait_for


def _status(base: str) -> dict:
    return json.loads(_get(base + "version")[1])


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    content = tmp_path_factory.mktemp("content")
    new_guide(content, "live")
    from PIL import Image

    (content / "live/images").mkdir()
    Image.new("RGB", (8, 8), "navy").save(content / "live/images/dot.png")
    with (content / "live/sections/01-background.md").open("a", encoding="utf-8") as section:
        section.write("\n![A dot](images/dot.png)\n")
    out = tmp_path_factory.mktemp("out")
    messages: list[str] = []
    watcher = Watcher(content / "live", out, port=0, report=messages.append)
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    _wait_for(lambda: any(m.startswith("preview at") for m in messages), "the first build")
    yield watcher, content / "live", out, messages
    watcher.stop()
    thread.join(timeout=WAIT)
    assert not thread.is_alive(), "the watcher did not stop"


def test_serves_the_preview_with_its_stylesheet_and_fonts(running):
    watcher, _, out, messages = running
    assert watcher.url.startswith("http://127.0.0.1:")
    status, page = _get(watcher.url)
    assert status == 200 and "Main events" in page
    assert "file://" not in page and 'href="/templates/css/print.css"' in page
    assert 'new EventSource("/events")' in page  # the live-reload script
    assert 'src="/guide/images/dot.png"' in page
    assert _get(watcher.url + "guide/images/dot.png")[0] == 200
    status, css = _get(watcher.url + "templates/css/print.css")
    assert status == 200 and "@font-face" in css
    assert _get(watcher.url + "templates/fonts/SourceSerif4-Regular.ttf")[0] == 200
    _wait_for(lambda: (out / "live.pdf").is_file(), "the first PDF")
    assert (out / "live.pdf").read_bytes().startswith(b"%PDF")
    assert any(m.startswith("preview rebuilt in") for m in messages)
    _wait_for(lambda: any(m.startswith("PDF ") and "pages" in m for m in messages), "the PDF's report")


@pytest.mark.parametrize(
    "path",
    [
        "templates/../pyproject.toml",
        "guide/../../etc/passwd",
        "templates/%2e%2e/generator/cli/__init__.py",
        "guide/%2e%2e/%2e%2e/out/live.pdf",
        "etc/passwd",
        "templates/",
        "guide",
    ],
)
def test_serves_nothing_outside_the_templates_and_the_guide(running, path):
    watcher = running[0]
    assert _get(watcher.url + path)[0] == 404


def test_an_edit_reloads_and_a_broken_file_keeps_the_last_good_page(running):
    watcher, guide, out, messages = running
    version = _status(watcher.url)["version"]
    section = guide / "sections/02-main-events.md"
    text = section.read_text(encoding="utf-8")
    _wait_for(lambda: (out / "live.pdf").is_file(), "the first PDF")
    pdf_before = (out / "live.pdf").stat().st_mtime_ns

    section.write_text(
        text.replace("The first event happened in 1901.", "The first event happened in 1901 at Flintwick."),
        encoding="utf-8",
    )
    _wait_for(lambda: _status(watcher.url)["version"] > version, "the version to change")
    assert "Flintwick" in _get(watcher.url)[1]
    _wait_for(lambda: (out / "live.pdf").stat().st_mtime_ns != pdf_before, "the PDF to be refreshed")

    timeline = guide / "timeline.yaml"
    good = timeline.read_text(encoding="utf-8")
    timeline.write_text(good.replace('title: "The first event"', 'title: "The first event'), encoding="utf-8")
    try:
        status = _wait_for(lambda: _status(watcher.url)["error"] and _status(watcher.url), "the error")
        assert "timeline.yaml" in status["error"]
        page = _get(watcher.url)[1]
        assert "Flintwick" in page  # the last good preview stays
        assert 'id="studyguide-error" data-studyguide-live style="display:block' in page and "timeline.yaml" in page
        assert any("timeline.yaml" in m and "not rebuilt" in m for m in messages)
    finally:
        timeline.write_text(good, encoding="utf-8")
    _wait_for(lambda: _status(watcher.url)["error"] is None, "the error to clear")


def test_watch_refuses_a_folder_that_is_no_guide(tmp_path, capsys):
    assert main(["watch", str(tmp_path), "--port", "0"]) == 1
    assert "no guide.yaml" in capsys.readouterr().err


def test_watch_reports_a_port_in_use(running, capsys):
    port = running[0].server.server_address[1]
    assert main(["watch", str(running[1]), "--port", str(port)]) == 2
    assert f"cannot serve on 127.0.0.1:{port}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("evil.example", 421),
        ("evil.example:{port}", 421),
        ("127.0.0.1.evil.example", 421),
        (None, 421),
        ("127.0.0.1:{port}", 200),
        ("localhost:{port}", 200),
    ],
)
def test_answers_only_requests_addressed_to_this_machine(running, host, status):
    # DNS rebinding: a page whose own name now resolves to 127.0.0.1 sends its name as Host.
    watcher = running[0]
    port = urlsplit(watcher.url).port
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    connection.putrequest("GET", "/version", skip_host=True)
    if host is not None:
        connection.putheader("Host", host.format(port=port))
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == status
    assert (b'"version"' in body) == (status == 200)


def _request(url: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=WAIT)
    connection.request("GET", parts.path, headers=headers or {})
    return connection.getresponse()


def test_fonts_and_stylesheets_are_revalidated_not_sent_again_and_the_page_never_cached(running):
    watcher = running[0]
    font = _request(watcher.url + "templates/fonts/SourceSerif4-Regular.ttf")
    assert font.status == 200 and len(font.read()) > 100_000
    tag = font.getheader("ETag")
    assert tag and font.getheader("Cache-Control") == "no-cache"
    again = _request(watcher.url + "templates/fonts/SourceSerif4-Regular.ttf", {"If-None-Match": tag})
    assert again.status == 304 and again.read() == b"" and again.getheader("ETag") == tag
    css = _request(watcher.url + "templates/css/print.css")
    css.read()
    assert _request(watcher.url + "templates/css/print.css", {"If-None-Match": tag}).status == 200  # another file's tag
    page = _request(watcher.url)
    assert page.getheader("Cache-Control") == "no-store" and page.getheader("ETag") is None
    assert b"<html" in page.read()


def test_a_changed_picture_gets_a_new_tag_and_the_page_is_loaded_whole(running):
    watcher, guide, _, _ = running
    picture = watcher.url + "guide/images/dot.png"
    first = _request(picture)
    first.read()
    version = _status(watcher.url)["version"]
    from PIL import Image

    time.sleep(0.01)  # a new modification time even on a coarse clock
    Image.new("RGB", (8, 8), "crimson").save(guide / "images/dot.png")
    status = _wait_for(lambda: (s := _status(watcher.url))["version"] > version and s, "the rebuild")
    # The HTML is the same, what it shows is not: the page must not only swap changed parts.
    assert status["reload"] == status["version"]
    second = _request(picture, {"If-None-Match": first.getheader("ETag")})
    assert second.status == 200 and second.getheader("ETag") != first.getheader("ETag")


def test_the_page_is_told_of_each_change_as_it_happens(running):
    watcher, guide, _, _ = running
    stream = _request(watcher.url + "events")
    assert stream.getheader("Content-Type") == "text/event-stream"

    def event() -> dict:
        while not (line := stream.readline()).startswith(b"data: "):
            assert line, "the stream ended"
        return json.loads(line[len(b"data: ") :])

    now = event()
    assert now == _status(watcher.url)
    section = guide / "sections/01-background.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nPushed at once.\n", encoding="utf-8")
    pushed = event()
    assert pushed["version"] == now["version"] + 1 and pushed["error"] is None
    assert pushed["reload"] < pushed["version"]  # the guide's text: the page replaces what changed
    assert "Pushed at once." in _get(watcher.url)[1]
    stream.close()


def test_a_warm_rebuild_writes_what_a_cold_build_writes(tmp_path):
    # The watch keeps parsed YAML and converted Markdown between saves: only what changed is read anew.
    guide = tmp_path / "guide"
    shutil.copytree(DEFAULT_GUIDE, guide)
    section = sorted((guide / "sections").glob("*.md"))[0]
    timeline = guide / "timeline.yaml"
    with remember_parsed(), remember_converted():
        first = build_guide(guide, tmp_path / "warm", html_only=True).page
        with section.open("a", encoding="utf-8") as text:
            text.write("\nA sentence added between two builds.\n")
        timeline.write_text(timeline.read_text(encoding="utf-8").replace("Mukden", "Shenyang"), encoding="utf-8")
        warm = build_guide(guide, tmp_path / "warm", html_only=True).page
        again = build_guide(guide, tmp_path / "warm", html_only=True).page
    cold = build_guide(guide, tmp_path / "cold", html_only=True).page
    assert "A sentence added between two builds." in warm and "Shenyang" in warm and warm != first
    assert warm == cold == again


def test_the_pdf_after_a_preview_typesets_what_the_preview_loaded(tmp_path, monkeypatch):
    import generator.build as build

    new_guide(tmp_path / "content", "twice")
    guide = tmp_path / "content" / "twice"
    loads: list[Path] = []
    load_guide = build.load_guide
    monkeypatch.setattr(build, "load_guide", lambda root, *args: loads.append(root) or load_guide(root, *args))
    watcher = Watcher(guide, tmp_path / "out", port=0)
    try:
        section = sorted((guide / "sections").glob("*.md"))[0]
        with section.open("a", encoding="utf-8") as text:
            text.write("\nA sentence the preview and the PDF both show.\n")
        assert watcher.rebuild_preview().error is None and len(loads) == 1
        built = watcher.rebuild_pdf()
        assert len(loads) == 1  # the guide the preview loaded, and its HTML, were typeset
        assert built.pdf is not None and "preview and the PDF both show" in " ".join(pdf_words(built.pdf))
        assert watcher.rebuild_pdf().error is None and len(loads) == 2  # no preview since: loaded anew
    finally:
        watcher.server.server_close()


def pdf_words(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    return [word for page in pdfium.PdfDocument(pdf) for word in page.get_textpage().get_text_range().split()]
