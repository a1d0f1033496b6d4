"""Many guides at once: skip what is up to date, render the rest in worker processes.

WeasyPrint lays out one document on one core, so the only way to use more
cores is more processes. Workers come from a ``forkserver`` (or ``spawn``)
context rather than a plain fork of this process, and each keeps its own
:class:`FontConfiguration` (see :func:`generator.render.pdf.font_config`).

Outcomes are yielded in the order the folders were given, each as soon as it
and all before it are done, so the command line prints one tidy line per
guide; a guide that fails never hides the others' results.

Nothing here imports the rendering stack until a guide actually needs
building: a run where everything is up to date stays cheap.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import stamps
from generator.errors import ContentError, Problem

if TYPE_CHECKING:
    from generator.build import BuildResult


@dataclass
class Outcome:
    """What happened to one guide folder: built, up to date, or failed."""

    folder: Path
    result: BuildResult | None = None
    fresh: stamps.Stamp | None = None  # set when the guide was up to date and not rebuilt
    error: ContentError | None = None  # a mistake in the content
    crash: str | None = None  # a fault of ours (a traceback), or a worker that died
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.error is not None or self.crash is not None


def default_jobs() -> int:
    """The cores this process may use (fewer than the machine's inside a container)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def build_all(
    folders: list[Path],
    output: Path,
    options: dict[str, Any],
    *,
    html_only: bool = False,
    pdf_variant: str | None = None,
    jobs: int | None = None,
    force: bool = False,
) -> Iterator[Outcome]:
    """Build every folder that needs it; ``options`` are the fields of :class:`RenderOptions`."""
    output = Path(output)
    folders = list(dict.fromkeys(Path(f) for f in folders))  # the same guide twice would race
    # Everything that changes the bytes of an output belongs in its stamp.
    settings = {
        **options,
        "html_only": html_only,
        "pdf_variant": pdf_variant,
        "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH", "").strip() or None,
    }
    build_settings = {"html_only": html_only, "pdf_variant": pdf_variant}
    shared = stamps.shared_inputs(options.get("theme"))
    pending: list[tuple[Path, stamps.Fingerprint | None]] = []
    fresh: dict[Path, stamps.Stamp] = {}
    for folder in folders:
        try:
            stamp, inputs = stamps.check(folder, output, settings, shared)
        except OSError:  # a missing folder: let the build report it properly
            stamp, inputs = None, None
        if stamp and not force:
            fresh[folder] = stamp
        else:
            pending.append((folder, inputs))

    workers = max(1, min(jobs or default_jobs(), len(pending)))
    futures: dict[Path, Future] = {}
    executor = None
    if workers > 1:
        executor = ProcessPoolExecutor(workers, mp_context=_context())
        futures = {folder: executor.submit(build_one, folder, output, options, build_settings) for folder, _ in pending}
    inputs_of = dict(pending)
    try:
        for folder in folders:
            if folder in fresh:
                yield Outcome(folder, fresh=fresh[folder])
                continue
            outcome = _collect(folder, futures.get(folder), output, options, build_settings)
            if outcome.result is not None and inputs_of.get(folder) is not None:
                written = [p for p in (outcome.result.html, outcome.result.pdf) if p is not None]
                stamps.write_stamp(folder, output, settings, inputs_of[folder], outcome.result.slug, written)
            yield outcome
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def build_one(folder: Path, output: Path, options: dict[str, Any], settings: dict[str, Any]) -> Outcome:
    """Build one guide and report how it went (runs in a worker, so it never raises)."""
    try:
        from generator.build import build_guide
        from generator.render.html import RenderOptions

        result = build_guide(folder, output, RenderOptions(**options), **settings)
        return Outcome(folder, result=result)
    except ContentError as exc:
        # ContentError does not survive pickling intact; its problems (plain data) do.
        return Outcome(folder, problems=exc.problems, crash=None)
    except Exception:
        return Outcome(folder, crash=traceback.format_exc())


def _collect(
    folder: Path, future: Future | None, output: Path, options: dict[str, Any], settings: dict[str, Any]
) -> Outcome:
    if future is None:
        outcome = build_one(folder, output, options, settings)
    else:
        try:
            outcome = future.result()
        except Exception as exc:
            return Outcome(folder, crash=f"the worker process failed: {exc!r}")
    if outcome.problems:
        outcome.error = ContentError(outcome.problems)
    return outcome


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where there is one (workers start with WeasyPrint already imported), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["generator.render.pdf"])
        return context
    return multiprocessing.get_context("spawn")
