"""The "Print and share" buttons: every product and export of a guide, on the one build path.

A press of Build plans its jobs with :func:`generator.jobs.plan` (stamped, skipped when up
to date, like ``studyguide build``) and runs them in a thread of the studio; the page asks
for the :class:`BuildRun`'s progress and downloads its files. The jobs hold the studio's
typesetting lock: WeasyPrint never lays out two documents at once in this process.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Products the buttons build, in the order shown.
BUILDS = ("guide", "teacher", "booklet", "handout", "cards", "forms", "export")


@dataclass
class BuildRun:
    """One press of Build: its products, how far it is, what it made."""

    products: list[str]
    total: int = 0
    done: int = 0
    files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    finished: bool = False

    def status(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "done": self.done,
            "files": self.files,
            "errors": self.errors,
            "finished": self.finished,
        }


def start_build(
    folder: Path, output: Path, products: list[str], options: dict[str, Any], typesetting: threading.Lock
) -> BuildRun:
    """Start building ``products`` of the guide in ``folder``; returns the run to follow."""
    run = BuildRun(products)
    threading.Thread(target=_build, args=(run, folder, output, options, typesetting), daemon=True).start()
    return run


def _build(run: BuildRun, folder: Path, output: Path, options: dict[str, Any], typesetting: threading.Lock) -> None:
    from generator.jobs import Built, Failed, Fresh, plan
    from generator.products.exports import FORMATS
    from generator.runner import run_all

    try:
        planned = plan([folder], run.products, output=output, formats=tuple(FORMATS), **options)
        run.total = len(planned.jobs)
        with typesetting:
            for result in run_all(planned.jobs, workers=1):
                run.done += 1
                if isinstance(result, (Built, Fresh)):
                    run.files += [path.name for path in result.outputs]
                elif isinstance(result, Failed):
                    run.errors.append(result.message)
    except Exception:  # the page must learn that the run ended, whatever ended it
        run.errors.append("internal error, please report it:\n" + traceback.format_exc())
    finally:
        run.finished = True
