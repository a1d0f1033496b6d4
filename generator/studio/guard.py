"""The studio's defences: who may ask, who may write, and one studio per content folder.

- Requests must name this machine in ``Host`` (a page whose name was rebound to
  127.0.0.1 still sends its own name).
- Every request that changes something carries the session's token in a header. A
  cross-site page can send a form or a simple request, never a custom header, and
  cannot read the token from the studio's page.
- A request whose ``Origin`` or ``Sec-Fetch-Site`` says another site is refused.
- Every answer carries a strict Content-Security-Policy: scripts and styles from the
  studio only, nothing inline; the preview (the guide's own HTML) runs no script at all.
- ``<content>/.studio.lock`` holds the pid of the studio editing the folder: a second
  studio on the same folder opens it read-only.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Awaitable, Callable
from pathlib import Path

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

TOKEN_HEADER = "x-studio-token"
_SAFE = ("GET", "HEAD")
STUDIO_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
#: The guide's own page: its styles (the timeline's widths are inline), never a script.
PREVIEW_POLICY = (
    "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
)
#: The PDF in its frame: the browser's viewer draws it.
PDF_POLICY = "default-src 'none'; frame-ancestors 'self'; object-src 'self'"


def local_host(host: str | None, port: int) -> bool:
    """Whether ``Host`` names this studio: 127.0.0.1 or localhost, on its port."""
    return host in (f"127.0.0.1:{port}", f"localhost:{port}")


def refusal(request: Request, token: str, port: int) -> str | None:
    """Why ``request`` is refused, or None."""
    if not local_host(request.headers.get("host"), port):
        return "only http://127.0.0.1 may ask"
    if request.headers.get("sec-fetch-site") == "cross-site":
        return "a request from another site"
    origin = request.headers.get("origin")
    if origin is not None and origin not in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
        return "a request from another site"
    if request.method not in _SAFE and not hmac.compare_digest(request.headers.get(TOKEN_HEADER, ""), token):
        return "a change without the studio's token"
    return None


def secure(
    token: str, port: Callable[[], int], report: Callable[[str], None] = lambda message: None
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    """The middleware: refuse what :func:`refusal` refuses (and ``report`` it), and set the security headers."""

    async def middleware(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        reason = refusal(request, token, port())
        if reason:
            # Said on the terminal: a page that tries to change the guide is worth knowing of.
            origin = request.headers.get("origin") or request.headers.get("host") or "?"
            report(f"refused {request.method} {request.url.path} from {origin}: {reason}")
            response: Response = PlainTextResponse(f"refused: {reason}", status_code=403)
        else:
            response = await call_next(request)
        path = request.url.path
        policy = (
            PREVIEW_POLICY
            if path.startswith("/preview/")
            else PDF_POLICY
            if path.startswith("/pdf/")
            else STUDIO_POLICY
        )
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return middleware


class Lock:
    """``<content>/.studio.lock``: the pid of the studio that may write the folder."""

    def __init__(self, content: Path) -> None:
        self.path = Path(content) / ".studio.lock"
        self.held = False
        self.holder: int | None = None

    def acquire(self) -> bool:
        """Take the lock unless a live studio holds it; a dead one's lock is taken over."""
        for _ in range(2):
            try:
                descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                self.holder = _pid(self.path)
                if self.holder is not None and _alive(self.holder):
                    return False
                self.path.unlink(missing_ok=True)  # left by a studio that crashed
                continue
            with os.fdopen(descriptor, "w") as file:
                file.write(str(os.getpid()))
            self.held, self.holder = True, os.getpid()
            return True
        return False

    def release(self) -> None:
        if self.held and _pid(self.path) == os.getpid():
            self.path.unlink(missing_ok=True)
        self.held = False


def _pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True
