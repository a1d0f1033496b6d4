"""Running the planned jobs: :func:`run_all` skips the jobs whose stamp says they are up
to date, runs the rest in worker processes and yields one small typed result per job,
in the order planned, each as soon as it and all before it are done. A job that fails
never hides the others' results.

WeasyPrint lays out one document on one core, so the only way to use more cores is more
processes. Workers come from a ``forkserver`` (or ``spawn``) context rather than a plain
fork of this process, and each keeps its own :class:`FontConfiguration` (see
:func:`generator.render.pdf.font_config`).

Nothing here imports the rendering stack until a job actually needs building: a run
where everything is up to date stays cheap. One job is made by :mod:`generator.build`.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from generator import stamps
from generator.errors import ContentError, Problem
from generator.jobs import Built, Failed, Fresh, Job, Result, default_jobs
from generator.outputs import OutputError

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future


def run_all(jobs: list[Job], *, workers: int | None = None, force: bool = False) -> Iterator[Result]:
    """Run every job that is not up to date; yields one result per job, in order."""
    shared = stamps.shared_inputs(jobs[0].theme if jobs else None)  # one theme per command
    fresh: dict[Job, Fresh] = {}
    pending: dict[Job, stamps.Snapshot] = {}
    refused: dict[Job, Failed] = {}
    for job in jobs:
        try:
            stamps.check_writable(job.output, job.folder, job.settings())
        except OutputError as exc:  # found now, not after a render whose result could not be recorded
            refused[job] = Failed(job, exc)
            continue
        outputs = None if force else stamps.check(job.folder, job.output, job.settings(), shared)
        if outputs is not None:
            fresh[job] = Fresh(job, outputs)
        else:
            # Taken before building, so an edit made while the build runs is seen by the next run.
            pending[job] = stamps.snapshot(job.folder)

    count = max(1, min(workers or default_jobs(), len(pending)))
    futures: dict[Job, Future] = {}
    executor = None
    if count > 1:
        from concurrent.futures import ProcessPoolExecutor  # a no-op run never starts a worker

        executor = ProcessPoolExecutor(count, mp_context=_context())
        futures = {job: executor.submit(run_job, job) for job in pending}
    try:
        for job in jobs:
            if job in fresh or job in refused:
                yield fresh.get(job) or refused[job]
                continue
            result = _collect(job, futures.get(job))
            if isinstance(result, Built):
                result = _record(result, pending[job], shared)
            yield result
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def run_job(job: Job) -> Built | Failed:
    """Run one job and report how it went (in a worker, so it never raises)."""
    try:
        from generator.build import build

        return build(job)
    except ContentError as exc:  # OutputError included; both pickle with their problems
        return Failed(job, exc)
    except Exception:
        return Failed(job, crash=traceback.format_exc())


def _collect(job: Job, future: Future[Built | Failed] | None) -> Built | Failed:
    if future is None:
        return run_job(job)
    try:
        result: Built | Failed = future.result()
        return result
    except Exception as exc:
        return Failed(job, crash=f"the worker process failed: {exc!r}")


def _record(result: Built, before: stamps.Snapshot, shared: list[Path]) -> Built | Failed:
    job = result.job
    try:
        stamps.write_stamp(job.folder, job.output, job.settings(), result.read, before, shared, list(result.outputs))
    except OutputError as exc:
        # The outputs are written; only the record of them is not, so the next run builds again.
        problem = exc.problems[0]
        message = f"{problem.message} (the outputs were written, but will be rebuilt next time)"
        return Failed(job, OutputError(Problem(problem.path, None, message), replaced=list(result.outputs)))
    return result


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where there is one (workers start with WeasyPrint already imported), else spawn."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["generator.render.pdf"])
        return context
    return multiprocessing.get_context("spawn")
