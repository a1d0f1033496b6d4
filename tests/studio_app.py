"""``studyguide studio`` in a child process, and the few page actions the studio's browser
tests share (fill a field the way typing does, wait for a save, run axe-core).

Used by tests/test_studio.py and tests/test_studio_browser.py.
"""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.browser import Browser, chromium, studyguide
from tests.http_wait import until as until  # re-exported: the studio tests poll with it

AXE = Path(__file__).with_name("vendor") / "axe.min.js"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class StudioProcess:
    """``studyguide studio CONTENT --port PORT --no-browser`` until :meth:`stop` (or ``with``)."""

    def __init__(self, content: Path, output: Path, port: int | None = None, wait: float = 60.0) -> None:
        self.port = port or free_port()
        self.wait = wait
        arguments = ["studio", str(content), "--port", str(self.port), "--no-browser", "--output", str(output)]
        self.process = studyguide(arguments)
        self.printed: list[str] = []
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        self.printed.append(first)
        if not first.startswith("studio at "):
            self.stop()
            raise RuntimeError("the studio did not start:\n" + first + (self.process.stdout.read() or ""))
        threading.Thread(target=self._drain, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.read_only = "read-only" in first

    def _drain(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.printed.append(line)

    def token(self) -> str:
        with urllib.request.urlopen(self.url, timeout=self.wait) as answer:
            page = answer.read().decode()
        found = re.search(r'name="studio-token" content="([^"]+)"', page)
        assert found, page
        return found.group(1)

    def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> tuple[int, Any]:
        """An HTTP request as any program (or another site) could send it: status and JSON answer."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url.rstrip("/") + path, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=self.wait) as answer:
                status, raw = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        try:
            return status, json.loads(raw)
        except ValueError:
            return status, raw.decode(errors="replace")

    def kill(self) -> None:
        """End the server at once, as a crash would (no clean-up, the lock file left behind)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> StudioProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def demo_studio(folder: Path, wait: float) -> Iterator[tuple[StudioProcess, Browser]]:
    """A new guide ``demo`` in ``folder/content`` (from ``new``'s skeleton), its studio, and a headless Chromium."""
    from generator.authoring.scaffold import new_guide

    new_guide(folder / "content", "demo")
    with (
        StudioProcess(folder / "content", folder / "output", wait=wait) as studio,
        Browser(str(chromium()), timeout=wait) as browser,
    ):
        yield studio, browser


def type_into(browser: Browser, selector: str, value: str) -> None:
    """Put ``value`` in the field as typing does: the value, then an input and a change event."""
    done = browser.evaluate(
        f"""(function () {{
          var field = document.querySelector({json.dumps(selector)});
          if (!field) return false;
          field.focus();
          field.value = {json.dumps(value)};
          field.dispatchEvent(new Event("input", {{bubbles: true}}));
          field.dispatchEvent(new Event("change", {{bubbles: true}}));
          return true;
        }})()"""
    )
    assert done, f"no field {selector}"


def click(browser: Browser, selector: str) -> None:
    assert browser.evaluate(
        f"(function () {{ var b = document.querySelector({json.dumps(selector)}); if (!b) return false; b.click(); return true; }})()"
    ), f"nothing to click at {selector}"


def saved(browser: Browser) -> bool:
    """Whether every change is on disk: no save waiting, none under way, no journal left."""
    return bool(
        browser.evaluate(
            """(function () {
              var files = window.Studio.state.files;
              return Object.keys(files).every(function (p) { return !files[p].busy && !files[p].pending; })
                && Object.keys(localStorage).filter(function (k) { return k.indexOf("studio:") === 0; }).length === 0;
            })()"""
        )
    )


def axe_serious(browser: Browser) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not browser.evaluate("typeof window.axe !== 'undefined'"):
        browser.call("Runtime.evaluate", expression=AXE.read_text(encoding="utf-8"))
    answer = browser.call(
        "Runtime.evaluate",
        expression="""axe.run(document, {iframes: false, runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}})
          .then(function (r) { return r.violations.filter(function (v) { return v.impact === "serious" || v.impact === "critical"; })
          .map(function (v) { return {id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); })}; }); })""",
        awaitPromise=True,
        returnByValue=True,
    )
    return list(answer["result"]["value"])
