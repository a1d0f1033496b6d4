"""``studyguide studio``: the web app, and the threads behind it; its routes are in
:mod:`generator.studio.routes`.

The page (``assets/``) asks for a guide's files as data, edits them in forms, and
sends each file back; :mod:`generator.studio.store` writes it into the YAML or
Markdown, and asks :mod:`generator.studio.preview` for a new preview and PDF at once; a
file watcher sees every other change of the content folder (a text editor's) and asks the
same. The page follows on ``/api/events/<slug>`` (server-sent events).
The buttons of "Print and share" run the ordinary build path (:mod:`generator.jobs`).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware

from generator.studio.builds import BuildRun
from generator.studio.guard import Lock, secure
from generator.studio.preview import Previewer
from generator.studio.routes import Routes
from generator.studio.store import Store

HOST = "127.0.0.1"


class Studio(Routes):
    """The app and what it shares between requests."""

    def __init__(
        self, content: Path, output: Path, port: int = 0, report: Callable[[str], None] = lambda message: None
    ) -> None:
        self.content = Path(content).resolve()
        self.output = Path(output).resolve()
        self.port = port
        self.token = secrets.token_urlsafe(32)
        self.store = Store(self.content)
        self.lock = Lock(self.content)
        self.read_only = False
        # The preview's PDF apart from the products': a preview typeset from an earlier
        # version never replaces what a Build button just made.
        self.previewer = Previewer(self.content, self.output / "preview")
        self.builds: dict[str, BuildRun] = {}
        self._writing = threading.Lock()
        self.stop_event = threading.Event()
        self.app = Starlette(routes=self._routes())
        self.app.add_middleware(BaseHTTPMiddleware, dispatch=secure(self.token, lambda: self.port, report))

    # ---- lifetime -------------------------------------------------------------

    def start(self) -> None:
        """Take the folder's lock (or go read-only) and start the builder and the watcher."""
        self.content.mkdir(parents=True, exist_ok=True)
        self.read_only = not self.lock.acquire()
        threading.Thread(target=self.previewer.run, name="studio-builder", daemon=True).start()
        watcher = threading.Thread(target=self.previewer.watch, args=(self.stop_event,), name="studio-watcher")
        watcher.daemon = True
        watcher.start()

    def stop(self) -> None:
        self.stop_event.set()
        self.previewer.close()
        self.lock.release()


def serve(content: Path, output: Path, port: int, report: Any, open_browser: bool) -> None:
    """Run the studio until Ctrl+C."""
    import socket

    import uvicorn

    studio = Studio(content, output, port, report)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, port))
    listener.listen(64)  # connections wait in the queue from now: the address printed below answers
    studio.port = listener.getsockname()[1]
    studio.start()
    url = f"http://{HOST}:{studio.port}/"
    state = "read-only: another studio is editing this folder" if studio.read_only else "editing"
    report(f"studio at {url} — {state} {studio.content} (Ctrl+C stops)")
    if open_browser:
        threading.Timer(0.5, _open_in_browser, args=(url,)).start()
    server = uvicorn.Server(uvicorn.Config(studio.app, log_level="warning", timeout_graceful_shutdown=1))
    try:
        server.run(sockets=[listener])
    finally:
        studio.stop()


def _open_in_browser(url: str) -> None:
    # From a process of its own with the user's environment: a browser started with the
    # typesetter's fonts-only configuration has no fonts and closes at once.
    import subprocess
    import sys

    from generator.render.engine import environment_for_other_programs

    subprocess.Popen(
        [sys.executable, "-m", "webbrowser", "-t", url],
        env=environment_for_other_programs(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
