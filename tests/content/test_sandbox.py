"""The sandbox: a guide can only put its own files into the PDF.

Every fixture here is hostile: it tries to read /etc/passwd or a secret file
beside the guide into the PDF, or to make a request to a real HTTP server on
127.0.0.1 that records every request it receives. Each attempt must either
stop the build with ``path:line: message`` or be sanitised away, and the PDF
(read back with pdftotext) must contain none of the secret text.
"""

from __future__ import annotations

import http.server
import os
import struct
import threading
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import flat
from guide_factory import make_guide, pdf_text, section
from pypdf import PdfReader

from generator import cli
from generator.build import build_guide
from generator.content import markup
from generator.content.files import MAX_TEXT_BYTES
from generator.content.load import load_guide
from generator.errors import ContentError
from generator.render.pdf import RefusedResource, SandboxFetcher, render_pdf

SECRET = "TOP-SECRET-7f3a9c"
PASSWD = Path("/etc/passwd")


class _Recorder(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(SECRET.encode())

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    """A real HTTP server on 127.0.0.1 that records whether anyone contacted it."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    httpd.requests = []
    httpd.timeout = 2
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture()
def secret(tmp_path: Path) -> Path:
    """A file beside the guide's folder, which the guide must not be able to read."""
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n")
    return path


def build(root: Path, capsys) -> tuple[int, str]:
    code = cli.main(["build", str(root), "--output", str(root.parent / "out")])
    return code, capsys.readouterr().err


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height`` pixels, with almost no data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def assert_not_built(root: Path, err: str, code: int, where: str, fragment: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith(where)]
    assert lines, f"no error at {where}: {err}"
    assert fragment in lines[0], lines[0]
    assert not (root.parent / "out" / f"{root.name}.pdf").exists()


# ---- references that must stop the build, each at its file and line ----------

REFUSED_IMAGES = [
    ("![x](/etc/passwd)", "is an absolute path"),
    ("![x](file:///etc/passwd)", "is not a file of this guide"),
    ("![x](../secret.txt)", "points outside the guide's folder"),
    ("![x](images/../../../secret.png)", "points outside the guide's folder"),
    ('<img src="file:///etc/passwd" alt="x">', "is not a file of this guide"),
    ('<img src="/etc/passwd" alt="x">', "is an absolute path"),
    ("![x](images/link.png)", "points outside the guide's folder"),  # a symlink to the secret
]


@pytest.mark.parametrize("markdown, fragment", REFUSED_IMAGES)
def test_image_outside_the_guide_is_an_error_at_its_line(tmp_path, secret, capsys, markdown, fragment):
    root = make_guide(tmp_path, files={"sections/01-background.md": section("Hostile", f"Intro.\n\n{markdown}\n")})
    (root / "images" / "link.png").symlink_to(secret)
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md:10: ", fragment)


@pytest.mark.parametrize(
    "markdown",
    [
        "![x](http://127.0.0.1:{port}/x.png)",
        '<img src="http://127.0.0.1:{port}/y.png" alt="y">',
        "![x](//127.0.0.1:{port}/z.png)",
    ],
)
def test_network_image_is_refused_without_a_request(tmp_path, server, capsys, markdown):
    body = markdown.format(port=server.server_address[1])
    root = make_guide(tmp_path, files={"sections/01-background.md": section("Hostile", f"Intro.\n\n{body}\n")})
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md:10: ", "is not a file of this guide")
    assert server.requests == []


SVG_ESCAPES = {
    "image href": '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
    '<rect width="10" height="10"/>\n<image xlink:href="file:///etc/passwd"/>\n</svg>',
    "css url": '<svg xmlns="http://www.w3.org/2000/svg">\n<rect width="9" height="9"\n'
    " style=\"fill: url('../../secret.txt')\"/>\n</svg>",
    "css import": '<svg xmlns="http://www.w3.org/2000/svg">\n<style>\n@import url(#x);\n'
    '@import "http://127.0.0.1/a.css";\n</style>\n</svg>',
    "entity": '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
    '<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
}


@pytest.mark.parametrize("case, line", [("image href", 3), ("css url", 3), ("css import", 3), ("entity", 3)])
def test_svg_that_reaches_outside_is_an_error_at_its_line(tmp_path, capsys, case, line):
    root = make_guide(
        tmp_path,
        files={
            "images/drawing.svg": SVG_ESCAPES[case],
            "sections/01-background.md": section("Hostile", "Intro.\n\n![A drawing](images/drawing.svg)\n"),
        },
    )
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/images/drawing.svg:{line}: this SVG image ", "")


def test_self_contained_svg_is_accepted(tmp_path):
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><defs><linearGradient id="g">'
        '<stop offset="0" stop-color="#1d4f73"/></linearGradient></defs>'
        '<rect width="40" height="20" style="fill: url(#g)"/></svg>'
    )
    root = make_guide(
        tmp_path,
        files={
            "images/ok.svg": svg,
            "sections/01-background.md": section("Drawing", "Intro.\n\n![A gradient bar](images/ok.svg)\n"),
        },
    )
    assert "ok.svg" in load_guide(root).sections[0].body_html


def test_symlinked_section_outside_the_guide_is_refused(tmp_path, secret, capsys):
    root = make_guide(tmp_path)
    (root / "sections" / "03-stolen.md").symlink_to(secret)
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/03-stolen.md: ", "outside the guide's folder")


def test_a_pipe_is_not_read(tmp_path, capsys):
    # Without the check, reading a FIFO blocks forever.
    root = make_guide(tmp_path)
    os.mkfifo(root / "sections" / "03-pipe.md")
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/03-pipe.md: ", "is not a regular file")


# ---- images that are not what they claim --------------------------------------


def test_file_that_is_not_an_image_is_refused(tmp_path, capsys):
    root = make_guide(tmp_path, files={"images/square.png": SECRET})
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md:10: ", "is not a valid PNG image")


def test_image_with_the_wrong_suffix_is_refused(tmp_path, capsys):
    from PIL import Image

    root = make_guide(tmp_path)
    Image.new("RGB", (8, 8)).save(root / "images" / "square.png", format="JPEG")
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md:10: ", "its content is JPEG")


@pytest.mark.parametrize(
    "width, height, fragment", [(20000, 20000, "has 400 megapixels"), (7000, 7000, "has 49 megapixels")]
)
def test_pixel_bomb_is_refused_from_its_header(tmp_path, capsys, width, height, fragment):
    # The header claims the size; the data would never decode. Only the header is read.
    root = make_guide(tmp_path, files={"images/square.png": png_header(width, height)})
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md:10: ", fragment)


def test_image_over_10_mb_is_refused(tmp_path, capsys):
    root = make_guide(tmp_path)
    with open(root / "images" / "square.png", "r+b") as handle:
        handle.truncate(11 * 1024 * 1024)  # sparse: no disk space used
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md:10: ", "11.0 MB")


def test_image_without_alt_text_is_a_warning_not_an_error(tmp_path, capsys):
    root = make_guide(
        tmp_path, files={"sections/01-background.md": section("Pictures", "Intro.\n\n![](images/square.png)\n")}
    )
    code, err = build(root, capsys)
    assert code == 0, err
    assert f"{root}/sections/01-background.md:10: warning: image 'images/square.png' has no alt text" in err


# ---- oversized and degenerate input -------------------------------------------


def test_100_mb_yaml_is_refused_without_reading_it(tmp_path, capsys):
    root = make_guide(tmp_path)
    with open(root / "timeline.yaml", "r+b") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/timeline.yaml: ", "the file is 100.0 MB")


def test_yaml_just_over_the_limit_is_refused(tmp_path, capsys):
    root = make_guide(tmp_path, files={"glossary.yaml": "# " + "x" * MAX_TEXT_BYTES + "\n"})
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/glossary.yaml: ", "content files may be at most 1 MB")


@pytest.mark.parametrize(
    "text",
    ["[" * 5000, "{a: " * 3000, "- " * 3000 + "x", "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 500))],
)
def test_deep_yaml_nesting_is_refused(tmp_path, capsys, text):
    root = make_guide(tmp_path, files={"people.yaml": text})
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/people.yaml", "nested too deeply")


@pytest.mark.parametrize(
    "body, fragment",
    [
        ("> " * 3000 + "deep", "nested"),
        ("- " * 3000 + "deep", "nested too deeply"),
        ("".join("    " * i + "- item\n" for i in range(60)), "nested"),
        ("<div>" * 500 + "deep" + "</div>" * 500, "nested"),
    ],
)
def test_deep_markdown_nesting_is_refused(tmp_path, capsys, body, fragment):
    root = make_guide(tmp_path, files={"sections/01-background.md": section("Deep", body)})
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md:", fragment)


def test_markdown_too_slow_to_convert_is_refused(tmp_path, capsys):
    # 20,000 unclosed '[' take Python-Markdown over a minute; the budget stops it.
    (tmp_path / "studyguide.toml").write_text("[limits]\nmarkdown_seconds = 0.5\n", encoding="utf-8")
    root = make_guide(tmp_path / "content", files={"sections/01-background.md": section("Brackets", "[" * 20000)})
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md:7: ", "took over 0.5 s of CPU time")
    assert "[limits] markdown_seconds = 1" in err


def test_huge_markdown_is_refused(tmp_path, capsys):
    root = make_guide(tmp_path, files={"sections/01-background.md": section("Huge", "word " * 220_000)})
    code, err = build(root, capsys)
    assert_not_built(root, err, code, f"{root}/sections/01-background.md: ", "at most 1 MB")


# ---- raw HTML and hostile text that is sanitised away --------------------------

HOSTILE_BODY = """Visible opening paragraph.

<script>document.write("SCRIPT-RAN")</script>
<iframe src="http://127.0.0.1:{port}/frame">IFRAME-TEXT</iframe>
<form action="http://127.0.0.1:{port}/form"><input name="q" value="FORM-FIELD"></form>
<img src="images/square.png" alt="A red square" onerror="alert(1)" onload="alert(2)">
<style>@import url("http://127.0.0.1:{port}/a.css"); body {{ background: url(file:///etc/passwd) }}</style>
<link rel="attachment" href="file:///etc/passwd">
<link rel="stylesheet" href="http://127.0.0.1:{port}/b.css">
<a rel="attachment" href="../secret.txt">attachment link</a>
<a href="javascript:alert(1)">script link</a> <a href="file:///etc/passwd">file link</a>
<p style="background: url(http://127.0.0.1:{port}/bg.png)">Styled paragraph.</p>
<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/><text>SVG-TEXT</text></svg>
<object data="file:///etc/passwd">OBJECT-TEXT</object><embed src="http://127.0.0.1:{port}/embed">
<base href="file:///etc/"><meta http-equiv="refresh" content="0; url=http://127.0.0.1:{port}/">

Visible closing paragraph.
"""


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, server):
    """One guide full of hostile HTML that the sanitiser must defuse, built once."""
    parent = tmp_path_factory.mktemp("hostile")
    (parent / "secret.txt").write_text(SECRET)
    port = server.server_address[1]
    root = make_guide(
        parent,
        files={
            "sections/01-background.md": section("Hostile", HOSTILE_BODY.format(port=port)),
            "guide.yaml": 'title: "</title><link rel=attachment href=file:///etc/passwd><script>x</script>"\n'
            "date: 2024-05-01\n",
            "faq.yaml": '- question: "<img src=file:///etc/passwd>?"\n'
            f'  answer: "<link rel=attachment href=../secret.txt> <iframe src=http://127.0.0.1:{port}/>"\n',
        },
    )
    result = build_guide(root, parent / "out")
    return result, load_guide(root)


def test_hostile_html_builds_without_reading_outside(hostile_build, server):
    result, _ = hostile_build
    text = pdf_text(result.pdf)
    assert "Visible opening paragraph" in text and "Visible closing paragraph" in text
    assert SECRET not in text
    if PASSWD.exists():
        assert PASSWD.read_text().split("\n")[0] not in text
    assert server.requests == []


def test_hostile_html_leaves_no_attachment_script_or_form_in_the_pdf(hostile_build):
    result, _ = hostile_build
    reader = PdfReader(result.pdf)
    assert reader.attachments == {}
    raw = result.pdf.read_bytes()
    assert b"/JavaScript" not in raw and b"/EmbeddedFile" not in raw and b"/AcroForm" not in raw
    text = pdf_text(result.pdf)
    for leftover in ("SCRIPT-RAN", "IFRAME-TEXT", "OBJECT-TEXT", "SVG-TEXT", "FORM-FIELD"):
        assert leftover not in text


@pytest.mark.parametrize(
    "forbidden",
    [
        "<script",
        "<iframe",
        "<form",
        "<input",
        "onerror",
        "onload",
        "<style",
        "<link",
        "<svg",
        "<object",
        "<embed",
        "<base",
        "<meta",
        "javascript:",
        "file:///etc",
        "style=",
        "secret.txt",
        "127.0.0.1",
    ],
)
def test_sanitiser_removes(hostile_build, forbidden):
    _, guide = hostile_build
    html = guide.sections[0].body_html + "".join(markup.MarkdownRenderer().inline(e.answer) for e in guide.faq)
    assert forbidden not in html
    assert "A red square" in html  # the harmless image stays


def test_html_in_yaml_values_is_escaped(hostile_build):
    result, _ = hostile_build
    html = result.html.read_text()
    assert "&lt;/title&gt;&lt;link rel=attachment" in html
    assert "<link rel=attachment" not in html


# ---- the fetcher itself: the last line of defence ------------------------------


def test_fetcher_refuses_everything_outside_its_roots(tmp_path, secret, server):
    root = tmp_path / "root"
    (root / "images").mkdir(parents=True)
    (root / "images" / "ok.txt").write_text("fine")
    (root / "images" / "link.txt").symlink_to(secret)
    fetcher = SandboxFetcher([root])
    port = server.server_address[1]
    refused = [
        secret.as_uri(),
        (root / "images" / "link.txt").as_uri(),
        f"{root.as_uri()}/../secret.txt",
        f"http://127.0.0.1:{port}/x",
        f"https://127.0.0.1:{port}/x",
        f"ftp://127.0.0.1:{port}/x",
        "file:///dev/zero",
        root.as_uri(),
    ]
    for url in refused:
        with pytest.raises(RefusedResource, match="refused"):
            fetcher.fetch(url)
    assert fetcher.refused == refused
    response = fetcher.fetch((root / "images" / "ok.txt").as_uri())
    assert response.read() == b"fine"
    response.close()
    assert server.requests == []


def test_render_reports_what_it_refused_and_embeds_nothing(tmp_path, secret, server):
    port = server.server_address[1]
    html = (
        f'<html lang="en"><head><title>t</title><link rel="attachment" href="{secret.as_uri()}">'
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/s.css"></head><body><p>Body text</p>'
        f'<img src="http://127.0.0.1:{port}/i.png" alt="i"><img src="file:///etc/passwd" alt="p">'
        f'<div style="background: url(../secret.txt)">x</div></body></html>'
    )
    root = tmp_path / "root"
    root.mkdir()
    rendered = render_pdf(html, root)
    assert secret.as_uri() in rendered.refused
    assert f"http://127.0.0.1:{port}/s.css" in rendered.refused
    assert f"http://127.0.0.1:{port}/i.png" in rendered.refused
    assert "file:///etc/passwd" in rendered.refused
    assert server.requests == []
    out = tmp_path / "out.pdf"
    out.write_bytes(rendered.data)
    assert PdfReader(out).attachments == {}
    assert SECRET not in pdf_text(out)


def test_refused_resource_stops_the_build(tmp_path, monkeypatch, capsys):
    # Whatever slips past the Markdown checks still meets the fetcher, and the build fails.
    root = make_guide(tmp_path)
    original = markup.MarkdownRenderer.render

    def smuggle(self, text, **kwargs):
        return original(self, text, **kwargs) + '<img src="file:///etc/passwd" alt="smuggled">'

    monkeypatch.setattr(markup.MarkdownRenderer, "render", smuggle)
    with pytest.raises(ContentError) as caught:
        build_guide(root, tmp_path / "out")
    assert "'file:///etc/passwd' is outside the guide's folder" in str(caught.value)
    assert not (tmp_path / "out" / "guide.pdf").exists()


def test_many_slow_texts_cannot_add_up_to_a_hang():
    # Each FAQ answer alone is within the per-text budget; together they exhaust the
    # guide's budget, after which answers print as plain text instead of converting.
    from generator.limits import DEFAULTS, building

    with building(replace(DEFAULTS, markdown_seconds=0.3, guide_markdown_seconds=0.6), "the guide"):
        renderer = markup.MarkdownRenderer()
    conversions = []
    convert = renderer._md.convert
    renderer._md.convert = lambda text: conversions.append(text) or convert(text)
    slow = "[" * 20000
    outputs = [renderer.inline(slow) for _ in range(50)]
    assert all(out == f"<p>{slow}</p>" for out in outputs)
    assert len(conversions) <= 3  # the rest were never attempted


@pytest.mark.parametrize("answer, printed", [("<div>" * 400 + "deep", "<div><div>"), ("> " * 400 + "deep", ">>>>")])
def test_deeply_nested_short_text_prints_as_written(tmp_path, answer, printed):
    # An FAQ answer has no line of its own in the Markdown renderer; rather than
    # overflow the layout engine's stack it is printed as plain text.
    root = make_guide(tmp_path, files={"faq.yaml": f"- question: Deep?\n  answer: {answer!r}\n"})
    result = build_guide(root, tmp_path / "out")
    assert printed in flat(pdf_text(result.pdf))  # spaces between the marks or not: extractors differ


def test_check_lists_a_missing_alt_text_among_its_warnings(tmp_path, capsys):
    root = make_guide(
        tmp_path, files={"sections/01-background.md": section("Pictures", "Intro.\n\n![](images/square.png)\n")}
    )
    assert cli.main(["check", str(root)]) == 0
    out = capsys.readouterr().out
    assert f"{root}/sections/01-background.md:10: warning: image 'images/square.png' has no alt text" in out
    assert cli.main(["check", "--strict", str(root)]) == 1
