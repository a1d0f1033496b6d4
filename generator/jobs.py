"""The one build path: every output is a (guide, product, options) job.

:func:`plan` turns the command line into jobs (a shard of the guides, each
guide once per product), and the typed results of running them are here;
:mod:`generator.runner` runs them (:mod:`generator.build` makes one), so this
module imports neither: the arrows run runner → build → jobs, never back.
The products are listed in :mod:`generator.products`.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import ContentError, Problem, display_path
from generator.outputs import OutputError
from generator.products import PRODUCTS

if TYPE_CHECKING:
    from generator.render.html import RenderOptions


@dataclass(frozen=True)
class Job:
    """One output to make: a guide folder, a product, and the options that change its bytes."""

    folder: Path
    product: str = "guide"
    output: Path = Path("output")
    paper: str | None = None  # None: the guide's own setting
    edition: str = "student"
    html_only: bool = False
    pdf_variant: str | None = None
    forms: int = 0  # the forms product: how many forms (A, B, C …)
    seed: int = 1  # the forms product: the shuffle
    mix_sections: bool = False  # the forms product: shuffle across sections
    bubble_sheet: bool = False  # the forms product: a bubble answer sheet and its key overlay
    class_list: tuple[str, ...] = ()  # the forms product: one named copy per student
    formats: tuple[str, ...] = ()  # the export product: which platforms' files
    theme: str | None = None  # a theme folder over the built-in templates
    print_options: tuple[str, ...] = ()  # --no-key, --compact …: generator.render.options.PRINT_OPTIONS

    @property
    def slug(self) -> str:
        """The guide's name, as the loader will give it: its folder's name."""
        return Path(self.folder).resolve().name

    def settings(self) -> dict[str, Any]:
        """Everything that changes the bytes of the output; a stamp is kept per distinct set."""
        return {
            "product": self.product,
            "paper": self.paper,
            "edition": self.edition,
            "html_only": self.html_only,
            "pdf_variant": self.pdf_variant,
            **(self._forms_settings() if self.product == "forms" else {}),
            **({"formats": list(self.formats)} if self.product == "export" else {}),
            "theme": self.theme,
            **({"print": list(self.print_options)} if self.print_options else {}),
            "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH", "").strip() or None,
        }

    def _forms_settings(self) -> dict[str, Any]:
        extra = {"mix_sections": self.mix_sections, "bubble_sheet": self.bubble_sheet, "class_list": self.class_list}
        return {
            "forms": self.forms,
            "seed": self.seed,
            **{k: list(v) if isinstance(v, tuple) else v for k, v in extra.items() if v},
        }

    def render_options(self) -> RenderOptions:
        from generator.render.html import RenderOptions  # Jinja loads slowly: only when rendering

        theme = Path(self.theme) if self.theme else None
        return RenderOptions(paper=self.paper, edition=self.edition, theme=theme, print=self.print_options)


@dataclass(frozen=True)
class Built:
    """A job that ran and wrote its outputs."""

    job: Job
    outputs: tuple[Path, ...]  # the main output (the PDF, where there is one) last
    pages: int
    size: int  # bytes of the main output
    seconds: float
    warnings: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()  # how to print it
    left_out: tuple[str, ...] = ()  # what the product had to leave out to fit
    read: tuple[Path, ...] = ()  # every guide file the build read: the stamp fingerprints these
    page: str = ""  # the guide's HTML as typeset, with linked stylesheets: what the live preview serves

    @property
    def slug(self) -> str:
        return self.job.slug

    @property
    def pdf(self) -> Path | None:
        return next((p for p in self.outputs if p.suffix == ".pdf"), None)

    @property
    def html(self) -> Path | None:
        return next((p for p in self.outputs if p.suffix == ".html"), None)


@dataclass(frozen=True)
class Fresh:
    """A job whose outputs were up to date and left alone."""

    job: Job
    outputs: tuple[Path, ...]


@dataclass(frozen=True)
class Failed:
    """A job that stopped: a mistake in the content or the output folder, or a fault of ours."""

    job: Job
    error: ContentError | None = None
    crash: str = ""  # a traceback, or a worker that died

    @property
    def message(self) -> str:
        if self.error is not None:
            return str(self.error)
        return f"{display_path(self.job.folder)}: internal error, please report it:\n{self.crash}"

    @property
    def outputs_unchanged(self) -> bool:
        """False only when some outputs were replaced before the failure (the message names them)."""
        return not (isinstance(self.error, OutputError) and self.error.replaced)


Result = Built | Fresh | Failed


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``: a stable subset of the guides."""

    index: int
    count: int

    def holds(self, folder: Path) -> bool:
        # A hash of the guide's name alone: adding or removing other guides moves no guide to another shard.
        digest = hashlib.sha256(Path(folder).resolve().name.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1


@dataclass
class Plan:
    """The jobs to run, and the folders refused before any work (two guides of the same name)."""

    jobs: list[Job] = field(default_factory=list)
    refused: list[Failed] = field(default_factory=list)


def plan(folders: list[Path], products: list[str], shard: Shard | None = None, **options: Any) -> Plan:
    """One job per guide and product; ``options`` are :class:`Job` fields (output, paper …)."""
    # The same folder named twice (content/a, ./content/a/, an absolute path) would race with itself.
    unique: dict[Path, Path] = {}
    for folder in folders:
        unique.setdefault(Path(folder).resolve(), Path(folder))
    by_slug: dict[str, list[Path]] = {}
    for folder in unique.values():
        if shard is None or shard.holds(folder):
            by_slug.setdefault(folder.resolve().name, []).append(folder)
    result = Plan()
    for slug, same in by_slug.items():
        if len(same) > 1:
            # Outputs are named after the folder: the second guide would silently overwrite the first.
            names = " and ".join(display_path(f) for f in same)
            message = (
                f"{len(same)} guide folders named '{slug}' in one build ({names}) would write the same "
                f"{slug}.pdf: rename one folder, or build them into different --output folders"
            )
            result.refused += [Failed(Job(f, products[0], **options), ContentError.at(f, None, message)) for f in same]
            continue
        made: set[tuple[str, str]] = set()
        for product in products:
            offered = PRODUCTS[product].print_options
            job = Job(
                same[0],
                product,
                **{
                    **options,
                    "edition": PRODUCTS[product].edition or options.get("edition", "student"),
                    "print_options": tuple(o for o in options.get("print_options", ()) if o in offered),
                },
            )
            # --teacher with --edition teacher asks twice for <slug>-teacher.pdf: two workers would race for it.
            if (PRODUCTS[product].maker, job.edition) not in made:
                made.add((PRODUCTS[product].maker, job.edition))
                result.jobs.append(job)
    return result


def default_jobs() -> int:
    """The cores this process may use (fewer than the machine's inside a container)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
