"""The live preview as an author sees it: ``studyguide watch`` in a child process, and
headless Chromium driven over the DevTools protocol.

Used by tests/test_preview_browser.py and by the benchmark (bench/preview_reload.py).
Chromium is not a dependency of the project: where it is absent, :func:`chromium`
returns None and its callers skip.
"""

from __future__ import annotations

import functools
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

import websocket

ROOT = Path(__file__).resolve().parent.parent
# Headless, and quiet: with the network closed, Chromium's own background services
# (updates, sync, QUIC probes) would only fill the log with refused connections.
FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--remote-debugging-port=0",  # Chromium picks a free port and writes it to DevToolsActivePort
)
#: Resolves once the page's text includes TEXT and a frame has been painted since.
_SHOWN = """new Promise(function (resolve) {
  function painted() { requestAnimationFrame(function () { setTimeout(resolve, 0); }); }
  function shown() { return document.body && document.body.textContent.includes(TEXT); }
  if (shown()) return painted();
  var watch = new MutationObserver(function () { if (shown()) { watch.disconnect(); painted(); } });
  watch.observe(document, {childList: true, subtree: true, characterData: true});
})"""


@functools.cache
def chromium() -> str | None:
    """Chromium or Chrome on PATH that starts, or None (a name on PATH whose program or
    libraries are missing is no browser)."""
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
    for name in names:
        found = shutil.which(name)
        if found and _starts(found):
            return found
    return None


def _starts(program: str) -> bool:
    try:
        return subprocess.run([program, "--version"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def studyguide(arguments: list[str], source: Path = ROOT) -> subprocess.Popen[str]:
    """``studyguide ARGUMENTS`` from the tree ``source`` in a child process, its output (and
    errors) on one text pipe."""
    return subprocess.Popen(
        [sys.executable, "-m", "generator", *arguments],
        cwd=source,
        env={**os.environ, "PYTHONPATH": str(source), "PYTHONUNBUFFERED": "1"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


class Watch:
    """``studyguide watch GUIDE`` in a child process on a free port, its output read line by line.
    ``source``: the project tree to run (another commit's, for a figure from before a change)."""

    def __init__(self, guide: Path, output: Path, source: Path = ROOT, wait: float = 120.0) -> None:
        self.wait = wait
        self.process = studyguide(["watch", str(guide), "--port", "0", "--output", str(output)], source)
        self.lines: queue.Queue[str] = queue.Queue()
        self.printed: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self.expect("preview at ").split()[2]

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, start: str) -> str:
        """The next line of output that starts with ``start`` (the lines before it are passed over)."""
        deadline = time.monotonic() + self.wait
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.printed.append(line)
            if line.startswith(start):
                return line
        raise TimeoutError(f"`studyguide watch` printed no line starting {start!r}:\n" + "\n".join(self.printed))

    def __enter__(self) -> Watch:
        return self

    def __exit__(self, *exc: object) -> None:
        _end(self.process)


class Browser:
    """One headless Chromium with one page, closed on exit from ``with``."""

    def __init__(self, path: str, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.profile = Path(tempfile.mkdtemp(prefix="studyguide-chromium-"))
        self.process = subprocess.Popen(
            [path, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            # not the typesetter's fonts-only configuration, which this process has once it
            # has built a PDF: with it Chromium finds no fonts and closes at once
            env={name: value for name, value in os.environ.items() if name != "FONTCONFIG_FILE"},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._last_id = 0
        self.answers: dict[int, tuple[float, dict[str, Any]]] = {}
        self.events: deque[tuple[float, str, dict[str, Any]]] = deque()  # not yet waited for
        self.seen: list[tuple[float, str, dict[str, Any]]] = []  # all, since forget_events()
        try:
            self.socket = websocket.create_connection(self._page_socket(), timeout=timeout, suppress_origin=True)
            self.call("Page.enable")
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _page_socket(self) -> str:
        """The DevTools address of the page Chromium opened (about:blank)."""
        active = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Chromium exited with {self.process.returncode} before it listened")
            lines = active.read_text().split() if active.is_file() else []
            if lines:
                with urllib.request.urlopen(f"http://127.0.0.1:{lines[0]}/json/list", timeout=self.timeout) as answer:
                    pages = [t for t in json.load(answer) if t.get("type") == "page"]
                if pages:
                    return str(pages[0]["webSocketDebuggerUrl"])
            time.sleep(0.05)
        raise TimeoutError("Chromium did not open its DevTools port")

    def send(self, method: str, **params: Any) -> int:
        """Send one command without waiting; its answer comes with :meth:`answer`."""
        self._last_id += 1
        self.socket.send(json.dumps({"id": self._last_id, "method": method, "params": params}))
        return self._last_id

    def answer(self, command: int) -> tuple[float, dict[str, Any]]:
        """When the answer to ``command`` arrived (time.perf_counter), and the answer."""
        deadline = time.monotonic() + self.timeout
        while command not in self.answers:
            self._receive(deadline)
        return self.answers.pop(command)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and return its result."""
        _, message = self.answer(self.send(method, **params))
        if "error" in message:
            raise RuntimeError(f"{method}: {message['error']}")
        return dict(message.get("result", {}))

    def wait_for(self, event: str) -> tuple[float, dict[str, Any]]:
        """The next ``event`` (e.g. ``Page.loadEventFired``): when it arrived and its parameters."""
        deadline = time.monotonic() + self.timeout
        while True:
            while self.events:
                arrived, method, params = self.events.popleft()
                if method == event:
                    return arrived, params
            self._receive(deadline)

    def forget_events(self) -> None:
        self.events.clear()
        self.seen.clear()

    def open(self, url: str) -> None:
        """Navigate and wait until the page has loaded (stylesheets, fonts and pictures too)."""
        self.forget_events()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """A JavaScript expression's value in the page."""
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True).get("result", {}).get("value")

    def shown_after(self, change: Callable[[], None], text: str) -> tuple[float, bool]:
        """Seconds from ``change()`` until the page shows ``text`` in a painted frame, and
        whether the page was loaded whole (navigated) to show it, or updated in place."""
        self.evaluate("1")  # the events of what came before are in
        self.forget_events()
        waiting = self.send("Runtime.evaluate", expression=_SHOWN.replace("TEXT", json.dumps(text)), awaitPromise=True)
        started = time.perf_counter()
        change()
        arrived, message = self.answer(waiting)
        if "error" not in message and "exceptionDetails" not in message.get("result", {}):
            return arrived - started, False
        # The page navigated away under the promise: wait for the new one, then for its frame.
        self.wait_for("Page.loadEventFired")
        arrived, message = self.answer(
            self.send("Runtime.evaluate", expression=_SHOWN.replace("TEXT", json.dumps(text)), awaitPromise=True)
        )
        if "error" in message or "exceptionDetails" in message.get("result", {}):
            raise RuntimeError(f"the reloaded page did not show {text!r}: {message}")
        return arrived - started, True

    def _receive(self, deadline: float) -> None:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no answer from Chromium in time")
        self.socket.settimeout(left)
        message: dict[str, Any] = json.loads(self.socket.recv())
        arrived = time.perf_counter()
        if "id" in message:
            self.answers[message["id"]] = (arrived, message)
        elif "method" in message:
            event = (arrived, message["method"], message.get("params", {}))
            self.events.append(event)
            self.seen.append(event)

    def close(self) -> None:
        socket = getattr(self, "socket", None)
        if socket is not None:
            socket.close()
        _end(self.process)
        shutil.rmtree(self.profile, ignore_errors=True)


def _end(process: subprocess.Popen) -> None:
    """Ask a child to stop, then make it."""
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
