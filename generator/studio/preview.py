"""The studio's preview: the guide's HTML and PDF, rebuilt in this warm process after a
change (a save of the studio's, or any other change the file watcher sees).

The same steps as ``studyguide watch`` (:mod:`generator.authoring.watch`): the HTML first,
published at once, then the PDF typeset part by part by one
:class:`~generator.render.parts.PartwiseTypesetter` per guide, so a save lays out again
only the parts it changed. One builder thread does the work for every guide, in turn;
changes that arrive while it works are gathered into the next round.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.build import Press, build_guide
from generator.errors import ContentError, Problem
from generator.render.html import RenderOptions
from generator.resources import TEMPLATES
from generator.studio.store import digest

#: The preview's PDF is written untagged: the structure tree for screen readers doubles
#: the time of writing the PDF (0.22 s of a 0.37 s save on the default guide), and the
#: preview is for looking at. The Print buttons' PDFs are tagged as every build's are.
PREVIEW_PDF_OPTIONS = {"pdf_tags": False}
#: Seconds without a change after a PDF before its garbage is collected (0.13 s on the
#: default guide, holding the interpreter): by then the page was told and fetched the PDF.
_TIDY_AFTER = 0.5


@dataclass
class GuideState:
    """What the page is told of one guide: versions of the preview and the PDF, the error."""

    version: int = 0
    pdf_version: int = 0
    page: str = ""
    error: str | None = None
    html_seconds: float = 0.0
    pdf_seconds: float = 0.0
    changed_at: float = 0.0  # when the change being built was seen (time.monotonic)
    parts: Any = None  # the guide's PartwiseTypesetter
    press: Press | None = None

    def status(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "pdf_version": self.pdf_version,
            "error": self.error,
            "html_seconds": round(self.html_seconds, 3),
            "pdf_seconds": round(self.pdf_seconds, 3),
        }


@dataclass
class Previewer:
    """Builds the preview and PDF of the guides under ``content`` into ``output``."""

    content: Path
    output: Path
    states: dict[str, GuideState] = field(default_factory=dict)
    changed: threading.Condition = field(default_factory=threading.Condition)
    wanted: set[str] = field(default_factory=set)
    closed: bool = False
    #: Held while WeasyPrint lays out: the preview's PDF and a product's build never at once
    #: in this process (its fonts and Pango are shared, and not made for two threads).
    typesetting: threading.Lock = field(default_factory=threading.Lock)
    #: The hash of each file as the studio last wrote it (see :meth:`saved`).
    written: dict[Path, str] = field(default_factory=dict)

    def state(self, slug: str) -> GuideState:
        with self.changed:
            return self.states.setdefault(slug, GuideState())

    def want(self, slug: str) -> None:
        """Ask for a rebuild of ``slug`` (a file of it changed)."""
        with self.changed:
            self.states.setdefault(slug, GuideState()).changed_at = time.monotonic()
            self.wanted.add(slug)
            self.changed.notify_all()

    def saved(self, slug: str, path: Path, before: str, after: str) -> None:
        """The studio wrote ``path`` of ``slug`` (its hash ``before`` → ``after``): the preview
        is asked for at once, unless no byte changed. The watcher would see the write only
        after its poll and its wait for the end of a burst of changes; its word of this
        write, when it comes, is not a new change."""
        self.written[path] = after
        if after != before and slug in self.states:
            self.want(slug)

    def watch(self, stop: threading.Event) -> None:
        """The watcher thread: every other change of the content folder (a text editor's,
        another program's) asks for a rebuild of its guide, until ``stop``."""
        from watchfiles import DefaultFilter, watch

        only_content = DefaultFilter()
        for changes in watch(
            self.content,
            stop_event=stop,
            step=10,
            debounce=200,
            watch_filter=lambda change, path: (
                only_content(change, path)
                and Path(path).suffix in (".yaml", ".yml", ".md", ".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp")
            ),
        ):
            for _, path in changes:
                relative = Path(path).relative_to(self.content).parts
                if relative and relative[0] in self.states and not self._own(Path(path)):
                    self.want(relative[0])

    def _own(self, path: Path) -> bool:
        """Whether ``path`` holds what the studio itself wrote last."""
        written = self.written.get(path)
        try:
            return written is not None and digest(path.read_bytes()) == written
        except OSError:
            return False

    def close(self) -> None:
        with self.changed:
            self.closed = True
            self.changed.notify_all()

    def run(self) -> None:
        """The builder thread: the HTML of every guide asked for, then their PDFs."""
        from generator.content.files import remember_parsed
        from generator.content.markup import remember_converted

        untidy: set[str] = set()  # guides whose last PDF left garbage to collect
        with remember_parsed(), remember_converted():
            while True:
                with self.changed:
                    asked = self.changed.wait_for(
                        lambda: self.closed or bool(self.wanted), _TIDY_AFTER if untidy else None
                    )
                    if self.closed:
                        return
                    slugs, self.wanted = sorted(self.wanted), set()
                if not asked:  # idle since the last PDF: the page has it by now
                    for slug in untidy:
                        self.states[slug].parts.settle()
                    untidy.clear()
                    continue
                for slug in slugs:
                    self._html(slug)
                for slug in slugs:
                    with self.changed:
                        newer = slug in self.wanted  # a newer change: its HTML first, then one PDF
                    if not newer and self._pdf(slug):
                        untidy.add(slug)

    def _publish(self, state: GuideState, **values: Any) -> None:
        with self.changed:
            for name, value in values.items():
                setattr(state, name, value)
            self.changed.notify_all()

    def _message(self, error: ContentError) -> str:
        """The error's lines with each file named from the content folder (``demo/people.yaml:3: …``),
        as the page shows them: wherever the studio was started, the guide's own names."""
        content = self.content.resolve()
        lines = []
        for problem in error.problems:
            where = problem.path.parent.resolve() / problem.path.name
            if where.is_relative_to(content):
                problem = Problem(where.relative_to(content), problem.line, problem.message)
            lines.append(str(problem))
        return "\n".join(lines)

    def _html(self, slug: str) -> None:
        state, root = self.state(slug), self.content / slug
        started = time.perf_counter()
        try:
            press = Press.load(root)
            built = build_guide(root, self.output, RenderOptions(), html_only=True, press=press)
        except ContentError as exc:
            self._publish(state, error=self._message(exc), press=None)
            return
        page = built.page.replace(TEMPLATES.as_uri() + "/", f"/preview/{slug}/templates/")
        page = page.replace(root.resolve().as_uri() + "/", f"/preview/{slug}/guide/")
        seconds = time.perf_counter() - started
        self._publish(state, page=page, error=None, press=press, html_seconds=seconds, version=state.version + 1)

    def _pdf(self, slug: str) -> bool:
        """Typeset the PDF of the guide the last HTML loaded; whether a PDF was written."""
        from generator.render.parts import PartwiseTypesetter  # WeasyPrint loads slowly

        state, root = self.state(slug), self.content / slug
        if state.press is None:
            return False  # the HTML failed: the last good PDF stays
        started = time.perf_counter()
        if state.parts is None:
            state.parts = PartwiseTypesetter()
        parts = state.parts
        press, state.press = state.press, None

        def render(*args: Any, **options: Any) -> Any:
            return parts.render_pdf(*args, **options, pdf_options=PREVIEW_PDF_OPTIONS)

        try:
            with self.typesetting:
                build_guide(root, self.output, RenderOptions(), render=render, press=press)
        except ContentError as exc:
            self._publish(state, error=self._message(exc))
            return False
        self._publish(state, pdf_seconds=time.perf_counter() - started, pdf_version=state.pdf_version + 1)
        return True
