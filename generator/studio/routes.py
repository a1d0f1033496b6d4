"""The studio's routes: each request the page sends, answered from the guide's files, the
preview and the builds (:mod:`generator.studio.server` runs them).
"""

from __future__ import annotations

import asyncio
import html
import json
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, get_args

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from generator.content.dates import DateError, format_span, parse_span
from generator.errors import ContentError
from generator.i18n.catalog import is_rtl
from generator.i18n.labels import Eras
from generator.i18n.studio import language_names, studio_words
from generator.render.options import PRINT_OPTIONS
from generator.render.theme import layers
from generator.resources import TEMPLATES
from generator.studio.builds import BUILDS, BuildRun, start_build
from generator.studio.forms import form_schemas
from generator.studio.preview import Previewer
from generator.studio.store import Conflict, Refused, Store

ASSETS = Path(__file__).with_name("assets")
#: The largest upload (an article to import, a picture): the content limits apply after.
MAX_UPLOAD = 10 * 1024 * 1024
#: How often an event stream looks at the preview's status, and how long it stays silent at most.
_LOOK = 0.01
_KEEP_ALIVE = 15.0
_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".txt": "text/plain",
}
_FONTS = {".ttf": "font/ttf", ".otf": "font/otf"}


class Routes:
    """The handlers of :class:`~generator.studio.server.Studio`, which holds what they share."""

    content: Path
    output: Path
    token: str
    store: Store
    read_only: bool
    previewer: Previewer
    builds: dict[str, BuildRun]
    stop_event: threading.Event
    _writing: threading.Lock

    # ---- routes -----------------------------------------------------------------

    def _routes(self) -> list[Route]:
        return [
            Route("/", self.index),
            Route("/assets/{name:path}", self.asset),
            Route("/fonts/{name}", self.font),
            Route("/api/guides", self.guides, methods=["GET", "POST"]),
            Route("/api/forms", self.forms),
            Route("/api/messages/{lang}", self.messages),
            Route("/api/guide/{slug}", self.guide),
            Route("/api/hashes/{slug}", self.hashes),
            Route("/api/file/{slug}/{path:path}", self.file, methods=["GET", "PUT", "DELETE"]),
            Route("/api/sections/{slug}", self.sections, methods=["POST", "PUT"]),
            Route("/api/date", self.date),
            Route("/api/events/{slug}", self.events),
            Route("/api/build/{slug}", self.build, methods=["POST"]),
            Route("/api/build-status/{run}", self.build_status),
            Route("/api/import", self.import_article, methods=["POST"]),
            Route("/api/picture/{slug}", self.picture, methods=["POST"]),
            Route("/preview/{slug}/", self.preview),
            Route("/preview/{slug}/{top}/{name:path}", self.preview_file),
            Route("/pdf/{slug}", self.pdf),
            Route("/download/{name}", self.download),
        ]

    async def index(self, request: Request) -> Response:
        page = (ASSETS / "index.html").read_text(encoding="utf-8")
        page = page.replace("SESSION_TOKEN", self.token).replace("READ_ONLY", "true" if self.read_only else "false")
        return HTMLResponse(page)

    async def asset(self, request: Request) -> Response:
        target = (ASSETS / request.path_params["name"]).resolve()
        if not target.is_relative_to(ASSETS.resolve()) or not target.is_file() or target.suffix not in _TYPES:
            return _missing()
        return FileResponse(target, media_type=_TYPES[target.suffix])

    async def font(self, request: Request) -> Response:
        """One of the booklet's own fonts, for the page's words in a script the system may lack (Japanese, Chinese)."""
        folder = (TEMPLATES / "fonts").resolve()
        target = (folder / request.path_params["name"]).resolve()
        if target.parent != folder or not target.is_file() or target.suffix not in _FONTS:
            return _missing()
        return FileResponse(target, media_type=_FONTS[target.suffix], headers={"Cache-Control": "max-age=86400"})

    async def guides(self, request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse(
                {
                    "guides": self.store.guides(),
                    "read_only": self.read_only,
                    "products": list(BUILDS),  # what Print and share offers, in its order
                    "print_options": list(PRINT_OPTIONS),
                }
            )
        body = await _json(request)
        return await self._answer(
            lambda: self._new_guide(
                str(body.get("slug", "")), str(body.get("language", "en")), str(body.get("title", ""))
            ),
            writes=True,
        )

    def _new_guide(self, slug: str, language: str, title: str) -> Any:
        from generator.authoring.scaffold import new_guide

        new_guide(self.content, slug, language or "en")
        settings = self.store.read(slug, "guide.yaml")
        data = {**settings["data"], **({"title": title} if title else {})}
        self.store.write(slug, "guide.yaml", data, settings["hash"])
        return {"slug": slug}

    async def forms(self, request: Request) -> Response:
        lang = request.query_params.get("lang", "en")
        return JSONResponse(form_schemas(lang, request.query_params.get("guide") or lang))

    async def messages(self, request: Request) -> Response:
        """The studio's words in a language, its direction, and the languages a guide may take."""
        lang = request.path_params["lang"]
        return JSONResponse(
            {
                "lang": lang,
                "dir": "rtl" if is_rtl(lang) else "ltr",
                "words": studio_words(lang),
                "languages": language_names(),
            }
        )

    async def guide(self, request: Request) -> Response:
        slug = request.path_params["slug"]
        answer = await self._answer(lambda: self.store.read_guide(slug))
        if answer.status_code == 200 and self.previewer.states.get(slug) is None:
            self.previewer.want(slug)
        return answer

    async def hashes(self, request: Request) -> Response:
        """Each file's hash: what the page asks after a change, to read again only what changed on disk."""
        slug = request.path_params["slug"]
        return await self._answer(lambda: self.store.hashes(slug))

    async def file(self, request: Request) -> Response:
        slug, path = request.path_params["slug"], request.path_params["path"]
        if request.method == "GET":
            return await self._answer(lambda: self.store.read(slug, path))
        body = await _json(request)
        if request.method == "DELETE":
            return await self._answer(
                lambda: self.store.delete_section(slug, path, str(body.get("base", ""))), writes=True
            )
        return await self._answer(lambda: self._save(slug, path, body), writes=True)

    def _save(self, slug: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """Write one file from the page, and ask for its preview at once: the watcher would
        see the write only after its poll and its wait for the end of a burst of changes."""
        base = str(body.get("base", ""))
        saved = self.store.write(slug, path, body.get("data"), base, body.get("body"))
        self.previewer.saved(slug, self.store.path(slug, path), base, saved["hash"])
        return saved

    async def sections(self, request: Request) -> Response:
        slug, body = request.path_params["slug"], await _json(request)
        if request.method == "POST":
            return await self._answer(
                lambda: {"path": self.store.create_section(slug, str(body.get("title") or "New section"))}, writes=True
            )
        return await self._answer(
            lambda: {"order": self.store.order_sections(slug, [str(p) for p in body.get("order", [])])}, writes=True
        )

    async def date(self, request: Request) -> Response:
        """How a timeline date prints in the guide's language, or why it cannot be one."""
        value, language = request.query_params.get("value", ""), request.query_params.get("language", "en")
        asked = request.query_params.get("eras", "BC/AD")
        eras: Eras = asked if asked in get_args(Eras) else "BC/AD"  # type: ignore[assignment]
        try:
            printed = format_span(parse_span(value.strip()), language, eras=eras)
            return JSONResponse({"ok": True, "printed": printed})
        except DateError as exc:
            return JSONResponse({"ok": False, "error": str(exc)})

    async def events(self, request: Request) -> Response:
        slug = request.path_params["slug"]
        try:
            self.store.guide(slug)
        except Refused:
            return _missing()

        async def stream() -> AsyncIterator[bytes]:
            # The status is looked at every 10 ms rather than waited for in a thread: an open
            # tab must not hold one of the few worker threads the file requests run in.
            seen: dict[str, Any] | None = None
            quiet = 0.0
            yield b"retry: 500\n\n"
            while not self.stop_event.is_set():
                status = self.previewer.state(slug).status()
                if status != seen:
                    seen, quiet = status, 0.0
                    yield b"data: " + json.dumps(status).encode() + b"\n\n"
                elif quiet > _KEEP_ALIVE:
                    quiet = 0.0
                    yield b": waiting\n\n"  # a closed tab shows as a failed write, ending the stream
                    if await request.is_disconnected():
                        return
                await asyncio.sleep(_LOOK)
                quiet += _LOOK

        return StreamingResponse(stream(), media_type="text/event-stream")

    # ---- print and share ------------------------------------------------------------

    async def build(self, request: Request) -> Response:
        slug, body = request.path_params["slug"], await _json(request)
        products = [p for p in body.get("products", []) if p in BUILDS]
        try:
            folder = self.store.guide(slug)
        except Refused as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)
        if not products:
            return JSONResponse({"error": "choose at least one product"}, status_code=400)
        run_id = uuid.uuid4().hex
        options = {
            "paper": body.get("paper") or None,
            "forms": int(body.get("forms") or 2),
            "seed": int(body.get("seed") or 1),
            # each product takes those it offers (jobs.plan); an unknown name is dropped here
            "print_options": tuple(name for name in PRINT_OPTIONS if name in body.get("print_options", [])),
        }
        self.builds[run_id] = start_build(folder, self.output, products, options, self.previewer.typesetting)
        return JSONResponse({"run": run_id})

    async def build_status(self, request: Request) -> Response:
        run = self.builds.get(request.path_params["run"])
        if run is None:
            return _missing()
        return JSONResponse(run.status())

    async def download(self, request: Request) -> Response:
        name = request.path_params["name"]
        target = (self.output / name).resolve()
        if "/" in name or not target.is_relative_to(self.output) or not target.is_file():
            return _missing()
        return FileResponse(target, filename=name)

    async def import_article(self, request: Request) -> Response:
        """An article sent as the body (its name in the query) becomes a new guide."""
        import tempfile

        from generator.authoring.importer import import_article

        slug, name = request.query_params.get("slug", ""), Path(request.query_params.get("name", "article.md")).name
        data = await _body(request)
        if data is None:
            return JSONResponse({"error": f"the file is larger than {MAX_UPLOAD // 1024 // 1024} MB"}, status_code=413)
        with tempfile.TemporaryDirectory(prefix="studio-import-") as folder:
            article = Path(folder) / name
            article.write_bytes(data)
            return await self._answer(
                lambda: {"slug": import_article(article, self.content, slug).folder.name}, writes=True
            )

    async def picture(self, request: Request) -> Response:
        """A picture for a section's figure, checked as the build checks pictures."""
        from generator.content.images import ImageError, check_image
        from generator.outputs import write_atomically

        slug = request.path_params["slug"]
        name = Path(request.query_params.get("name", "")).name
        data = await _body(request)
        if data is None:
            return JSONResponse(
                {"error": f"the picture is larger than {MAX_UPLOAD // 1024 // 1024} MB"}, status_code=413
            )

        def save() -> dict[str, str]:
            if Path(name).suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp") or name.startswith(
                "."
            ):
                raise Refused("a picture must be a .png, .jpg, .gif, .svg or .webp file")
            target = self.store.guide(slug) / "images" / name
            target.parent.mkdir(exist_ok=True)
            staged = target.with_name(f".upload-{name}")
            staged.write_bytes(data)
            try:
                check_image(staged)
            except ImageError as exc:
                raise ContentError.at(Path(name), None, str(exc)) from None
            finally:
                if staged.exists():
                    staged.unlink()
            write_atomically(target, data)
            return {"path": f"images/{name}"}

        return await self._answer(save, writes=True)

    # ---- preview ----------------------------------------------------------------

    async def preview(self, request: Request) -> Response:
        slug = request.path_params["slug"]
        state = self.previewer.states.get(slug)
        if state is None or not state.page:
            lang = await asyncio.to_thread(self._language, slug)
            words = {key: html.escape(text) for key, text in studio_words(lang).items()}
            return HTMLResponse(
                f'<!doctype html><html lang="{html.escape(lang)}" dir="{"rtl" if is_rtl(lang) else "ltr"}">'
                f"<title>{words['app.preview']}</title><p>{words['app.preview_wait']}</p>"
            )
        return HTMLResponse(state.page)

    def _language(self, slug: str) -> str:
        """The guide's language as its file gives it (English for a file that cannot be read)."""
        try:
            data = self.store.read(slug, "guide.yaml")["data"]
        except (Refused, ContentError):
            return "en"
        language = data.get("language") if isinstance(data, dict) else None
        return str(language) if language else "en"

    async def preview_file(self, request: Request) -> Response:
        slug, top, name = (request.path_params[k] for k in ("slug", "top", "name"))
        try:
            bases = layers(None) if top == "templates" else [self.store.guide(slug)] if top == "guide" else []
        except Refused:
            return _missing()
        for base in bases:
            target = (base / name).resolve()
            if target.is_relative_to(base.resolve()) and target.is_file() and not target.name.startswith("."):
                return FileResponse(target, headers={"Cache-Control": "no-cache"})
        return _missing()

    async def pdf(self, request: Request) -> Response:
        slug = request.path_params["slug"]
        target = self.previewer.output / f"{slug}.pdf"
        if not target.is_file():
            return _missing()
        return FileResponse(target, media_type="application/pdf")

    async def _answer(self, work: Callable[[], Any], writes: bool = False) -> JSONResponse:
        """Run ``work`` in a worker thread (reading and writing files must not hold up the
        preview's requests) and answer its result, or the reason it was refused."""
        return await asyncio.to_thread(self._guarded, work, writes)

    def _guarded(self, work: Callable[[], Any], writes: bool) -> JSONResponse:
        try:
            if writes and self.read_only:
                raise Refused("another studio is editing this folder: this one is read-only")
            if writes:
                with self._writing:  # one change at a time: each checks the file it replaces
                    return JSONResponse(work())
            return JSONResponse(work())
        except Conflict as exc:
            return JSONResponse({"conflict": exc.path, "disk": exc.disk}, status_code=409)
        except Refused as exc:
            return JSONResponse({"error": str(exc)}, status_code=423 if "read-only" in str(exc) else 404)
        except ContentError as exc:
            return JSONResponse({"error": str(exc)}, status_code=422)


def _missing() -> Response:
    return Response("not found", status_code=404, media_type="text/plain")


async def _json(request: Request) -> dict[str, Any]:
    try:
        data = json.loads(await _body(request) or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


async def _body(request: Request) -> bytes | None:
    """The request's body, or None once it passes :data:`MAX_UPLOAD`."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_UPLOAD:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
