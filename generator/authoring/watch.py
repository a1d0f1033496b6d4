"""``studyguide watch``: rebuild on every save, serve a live HTML preview, refresh the PDF.

One warm process: WeasyPrint is imported and the bundled fonts are registered
once, the Jinja templates are compiled once, and each file's parsed YAML and
converted Markdown are kept while the file is unchanged, so a save costs only
what it changed. Each save first rebuilds the HTML (0.03 s for the default
guide) and tells the browser, then typesets the PDF. A content error leaves the
last good preview and PDF in place; the page shows the error over it and the
terminal prints it.

The preview server listens on 127.0.0.1 only and serves four things: the page,
``/events`` (a stream of server-sent events that tells the page of each new version
or error the moment it is published: no polling), ``/version`` (the same as one
JSON answer), and files under ``/templates/`` and ``/guide/`` — the only two
folders the page may use, with no way out of either. The page is never cached;
the files carry an ETag, so a page loaded anew asks for the stylesheets and fonts
(11 MB) again and gets "304 Not Modified" unless they changed. What the page does
with an event is in live.js beside this module.
"""

from __future__ import annotations

import gc
import html as html_escape
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.authoring.preview_server import BoundedHandler, BoundedServer
from generator.build import Press, build_guide
from generator.errors import ContentError, plural
from generator.render.html import RenderOptions
from generator.render.theme import checked, layers
from generator.resources import TEMPLATES

#: The preview is for the author alone: it listens on this machine only.
HOST = "127.0.0.1"
#: How the watcher groups the file events of one save. An editor's save is a burst of
#: events (vim: rename, write, delete the backup; others: write a temporary file and
#: rename it) that lasts at most 2 ms (measured: vim 1.4 ms, a write in pieces with
#: fsync 1.7 ms, an atomic rename 0.3 ms); the rebuild starts once no new change came
#: for one step, so it waits 10–20 ms after the save. Changes that keep coming (a git
#: checkout) are rebuilt at the latest after _MOST_MS, and again when they end.
_STEP_MS = 10
_MOST_MS = 200
#: Seconds between comment lines on an idle event stream, by which a closed tab is noticed.
_KEEP_ALIVE = 15.0
_TYPES = {
    ".css": "text/css",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".html": "text/html; charset=utf-8",
}
_LIVE = """
<div id="studyguide-error" data-studyguide-live style="display:{display};position:fixed;inset:0 0 auto 0;z-index:9999;
 max-height:60vh;overflow:auto;margin:0;padding:1em 1.5em;background:#fff4f2;color:#8a1c0b;
 border-bottom:3px solid #c0392b;font:14px/1.45 monospace;white-space:pre-wrap">{error}</div>
<script data-studyguide-live data-version="{version}">{script}</script>
"""
#: The page's side of the live preview (how it learns of a change and what it replaces).
_SCRIPT = Path(__file__).with_name("live.js").read_text(encoding="utf-8")


@dataclass
class Rebuild:
    """What one rebuild did: timings, pages, or the error that stopped it."""

    html_seconds: float = 0.0
    pdf_seconds: float = 0.0
    pages: int = 0
    pdf: Path | None = None
    error: str | None = None


@dataclass
class PreviewState:
    """The last good page and the current error, shared by the builder and the server;
    the server's event streams wait on :attr:`changed` for the next one."""

    version: int = 0
    page: str = ""
    error: str | None = None
    reload: int = 0  # the last version that a page must load whole (see _SCRIPT)
    closed: bool = False
    changed: threading.Condition = field(default_factory=threading.Condition)

    def publish(self, page: str, reload: bool = True) -> None:
        with self.changed:
            self.page, self.error, self.version = page, None, self.version + 1
            if reload:
                self.reload = self.version
            self.changed.notify_all()

    def fail(self, error: str) -> None:
        with self.changed:
            self.error = error
            self.changed.notify_all()

    def close(self) -> None:
        """Let every waiting event stream end (the watch stops)."""
        with self.changed:
            self.closed = True
            self.changed.notify_all()

    def snapshot(self) -> tuple[int, str, str | None]:
        with self.changed:
            return self.version, self.page, self.error

    def status(self) -> dict[str, Any]:
        """What the page is told: the version, the error, and the last version it must load whole."""
        with self.changed:
            return {"version": self.version, "error": self.error, "reload": self.reload}

    def wait(self, seen: dict[str, Any] | None, timeout: float) -> None:
        """Wait until the status is no longer ``seen``, the state is closed, or ``timeout`` passes."""
        with self.changed:
            self.changed.wait_for(lambda: self.closed or self.status() != seen, timeout)


class Watcher:
    """Builds one guide, serves its preview, and rebuilds on every change."""

    def __init__(
        self,
        root: Path,
        output: Path,
        port: int = 8000,
        report: Callable[[str], None] = lambda message: None,
        theme: Path | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        # A theme at '/' would have the file watcher crawl the whole file system.
        self.options = RenderOptions(theme=checked(theme) if theme else None)
        if not (self.root / "guide.yaml").is_file():
            raise ContentError.at(
                Path(root),
                None,
                "is not a guide's folder (it has no guide.yaml): give the path of a folder under content/",
            )
        self.output = Path(output)
        self.report = report
        self.state = PreviewState()
        self.stop_event = threading.Event()
        self._pdf_wanted = threading.Event()
        self._parts: Any = None  # the PartwiseTypesetter: each part's laid-out pages, between saves
        self._press: Press | None = None  # the guide as the last preview loaded it
        self.server = BoundedServer((HOST, port), _handler(self.root, self.state, self.options.theme))

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server.server_port}/"

    def rebuild_preview(self, reload: bool = True) -> Rebuild:
        """Rebuild the HTML preview; keep the last good one on an error. ``reload``: the
        open pages must load the new one whole, not only replace the parts that changed."""
        started = time.perf_counter()
        try:
            press = Press.load(self.root, self.options.theme)
            preview = build_guide(self.root, self.output, self.options, html_only=True, press=press)
        except ContentError as exc:
            self.state.fail(str(exc))
            return Rebuild(error=str(exc))
        self._press = press  # the PDF that follows typesets this very guide and HTML
        # The page as typeset (stylesheets and fonts linked), not the self-contained file written for sharing.
        self.state.publish(preview_page(preview.page, self.root), reload)
        return Rebuild(html_seconds=time.perf_counter() - started)

    def rebuild_pdf(self) -> Rebuild:
        """Rebuild the PDF (written atomically: the last good one stays on an error).
        It also checks what only typesetting finds: missing glyphs, refused files.
        Only the parts of the guide that changed since the last PDF are laid out again."""
        from generator.render.parts import PartwiseTypesetter  # WeasyPrint loads slowly

        started = time.perf_counter()
        if self._parts is None:
            self._parts = PartwiseTypesetter()
            if self._parts.speedups_off:
                self.report(self._parts.speedups_off)
        # The guide and HTML the preview just made, unless a PDF took them already; a save
        # meanwhile made newer ones, and asks for another PDF.
        press, self._press = self._press, None
        try:
            built = build_guide(self.root, self.output, self.options, render=self._parts.render_pdf, press=press)
        except ContentError as exc:
            self.state.fail(str(exc))
            return Rebuild(error=str(exc))
        return Rebuild(pdf_seconds=time.perf_counter() - started, pages=built.pages, pdf=built.pdf)

    def run(self) -> None:
        """Build once, serve, and rebuild on each change until :meth:`stop`.

        The PDF is typeset in a second thread, so a save during a long typesetting
        still updates the preview at once; saves that come meanwhile make one more PDF.
        """
        import generator.render.pdf  # noqa: F401  WeasyPrint and the fonts load once, before the first save
        from generator.content.files import remember_parsed
        from generator.content.markup import remember_converted

        # A save parses and converts again only the files and texts it changed.
        with remember_parsed(), remember_converted():
            self._serve()

    def _serve(self) -> None:
        from watchfiles import DefaultFilter, watch

        self._report(self.rebuild_preview())
        threading.Thread(target=self.server.serve_forever, name="preview-server", daemon=True).start()
        pdf_thread = threading.Thread(target=self._pdf_loop, name="pdf-builder", daemon=True)
        pdf_thread.start()
        self.report(f"preview at {self.url} — watching {self.root} (Ctrl+C stops)")
        output = self.output.resolve()
        only_content = DefaultFilter()
        try:
            for changes in watch(
                self.root,
                *layers(self.options.theme),
                stop_event=self.stop_event,
                step=_STEP_MS,
                debounce=_MOST_MS,
                watch_filter=lambda change, path: (
                    only_content(change, path) and not editor_temporary(path) and not Path(path).is_relative_to(output)
                ),
            ):
                names = sorted({Path(path).name for _, path in changes})
                self.report(f"changed: {', '.join(names)}")
                self._report(self.rebuild_preview(reload=not all(self._text(path) for _, path in changes)))
        finally:
            self.stop_event.set()
            self.state.close()
            self.server.shutdown()
            self.server.server_close()
            pdf_thread.join()
            gc.unfreeze()  # what the PDF thread set aside is ordinary garbage again

    def stop(self) -> None:
        """Stop watching and serving (from another thread)."""
        self.stop_event.set()

    def _text(self, path: str) -> bool:
        """Whether ``path`` is one of the guide's text files, whose change shows in the HTML.
        Another file (a picture, a stylesheet, a font) can change what the page shows while
        its HTML stays the same: then the page is loaded whole."""
        return Path(path).suffix in (".md", ".yaml", ".yml") and Path(path).is_relative_to(self.root)

    def _pdf_loop(self) -> None:
        while not self.stop_event.is_set():
            if self._pdf_wanted.wait(0.1):
                self._pdf_wanted.clear()
                self._report(self.rebuild_pdf())
                if not self._pdf_wanted.is_set():  # idle: tidy up now rather than during a save
                    self._parts.settle()

    def _report(self, result: Rebuild) -> None:
        if result.error:
            self.report(f"{result.error}\nnot rebuilt: the preview and the PDF stay as they were")
        elif result.pdf:
            self.report(f"PDF {result.pdf_seconds:.2f} s ({plural(result.pages, 'page')}) → {result.pdf}")
        else:
            self.report(f"preview rebuilt in {result.html_seconds:.2f} s; typesetting the PDF …")
            self._pdf_wanted.set()


#: The files an editor writes beside the one it saves: vim's swap files, backups and its
#: '4913' write test, emacs's lock and autosave files, other editors' temporary copies.
_EDITOR_TEMPORARY = re.compile(r"(~|\.sw[a-z]|\.tmp|\.bak|\.kate-swp|\.part)$|^(\.#|#.*#$|\d+$|\.goutputstream-)")


def editor_temporary(path: str | Path) -> bool:
    """Whether ``path`` is an editor's temporary file, not a file of the guide: no rebuild, no 'changed:' line."""
    return bool(_EDITOR_TEMPORARY.search(Path(path).name))


def preview_page(page: str, root: Path) -> str:
    """The built HTML with the ``file:`` addresses of the templates and of the guide's
    files made paths on the preview server (a browser may not load ``file:`` from http)."""
    return page.replace(TEMPLATES.as_uri() + "/", "/templates/").replace(root.as_uri() + "/", "/guide/")


def _live_page(page: str, version: int, error: str | None) -> str:
    shown = "block" if error else "none"
    live = _LIVE.format(display=shown, error=html_escape.escape(error or ""), version=version, script=_SCRIPT)
    return page.replace("</body>", live + "</body>", 1) if "</body>" in page else page + live


def _local_host(host: str | None) -> bool:
    """Whether a request's Host header names this machine (127.0.0.1 or localhost, any port)."""
    if not host:
        return False  # every browser sends one; a request without it is no browser's
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return name.lower() in ("127.0.0.1", "localhost", "[::1]")


def _handler(root: Path, state: PreviewState, theme: Path | None = None) -> type[BaseHTTPRequestHandler]:
    folders = {"templates": layers(theme), "guide": [root]}

    class Handler(BoundedHandler):
        def do_GET(self) -> None:
            if not _local_host(self.headers.get("Host")):
                # DNS rebinding: a web page at evil.example whose name now resolves to
                # 127.0.0.1 may reach this port, but its requests still carry its own name.
                self._send(HTTPStatus.MISDIRECTED_REQUEST, "text/plain", b"only http://127.0.0.1 may ask")
                return
            path = unquote(urlsplit(self.path).path)
            if path in ("/", "/index.html"):
                version, page, error = state.snapshot()
                self._send(HTTPStatus.OK, _TYPES[".html"], _live_page(page, version, error).encode("utf-8"))
            elif path == "/version":
                self._send(HTTPStatus.OK, "application/json", json.dumps(state.status()).encode())
            elif path == "/events":
                with self.stream_slot() as granted:
                    if granted:
                        self._send_events()
                    else:
                        self._send(HTTPStatus.SERVICE_UNAVAILABLE, "text/plain", b"too many open previews")
            else:
                self._send_file(path)

        def _send_events(self) -> None:
            """Server-sent events: the state now, then each change as it is published, until
            the browser goes away or the watch stops (HTTP/1.0: the end of the stream is the
            connection's close)."""
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            seen: dict[str, Any] | None = None
            try:
                self.wfile.write(b"retry: 500\n\n")  # reconnect soon after a restart of the watch
                while not state.closed:
                    status = state.status()
                    if status != seen:
                        seen = status
                        self.wfile.write(b"data: " + json.dumps(status).encode() + b"\n\n")
                    else:
                        # A comment line now and then: a closed tab shows as a failed write, ending the thread.
                        self.wfile.write(b": waiting\n\n")
                    state.wait(seen, _KEEP_ALIVE)
            except OSError:
                pass  # the browser went away (closed tab, reload)

        def _send_file(self, path: str) -> None:
            top, _, rest = path.lstrip("/").partition("/")
            # A theme's file wins over the built-in one of the same name.
            # resolve() follows '..' and symlinks: whatever leaves its folder is refused.
            target = next(
                (
                    candidate
                    for base in folders.get(top, [])
                    if rest
                    for candidate in [(base / rest).resolve()]
                    if candidate.is_relative_to(base.resolve()) and candidate.is_file()
                ),
                None,
            )
            if target is None:
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found")
                return
            kind = _TYPES.get(target.suffix.lower(), "application/octet-stream")
            info = target.stat()
            # The file's version: a reload that still has it is answered "not modified",
            # without the body (11 MB of fonts); an edited stylesheet gets a new tag.
            tag = f'"{info.st_mtime_ns:x}-{info.st_size:x}"'
            if tag in (held.strip() for held in self.headers.get("If-None-Match", "").split(",")):
                self._send(HTTPStatus.NOT_MODIFIED, kind, b"", cache="no-cache", tag=tag)
            else:
                self._send(HTTPStatus.OK, kind, target.read_bytes(), cache="no-cache", tag=tag)

        def _send(
            self, status: HTTPStatus, kind: str, body: bytes, cache: str = "no-store", tag: str | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if status != HTTPStatus.NOT_MODIFIED:
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", cache)
            if tag:
                self.send_header("ETag", tag)
            self.end_headers()
            self.wfile.write(body)

    return Handler
