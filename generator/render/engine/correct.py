"""What a correct PDF needs from the engine, for every build: tags with languages, header
scopes and artifacts (:mod:`~generator.render.engine.tags`), and fonts subset the same
way on every machine (:mod:`~generator.render.engine.fonts`).

:func:`install` is called by the typesetting (``render/pdf.py``) before its first
layout; a change that cannot be made stops the build with a message saying which and
why, rather than writing a PDF without it.
"""

from __future__ import annotations

from typing import Any

from generator.render.engine import fonts, patching, tags, versions


def install() -> None:
    """Make the changes a correct PDF needs (once per process)."""
    try:
        tags.install()
        fonts.install()
    except (patching.EngineMismatch, ImportError) as exc:
        found = versions.installed("weasyprint")
        raise patching.EngineMismatch(
            f"WeasyPrint {found} cannot be used for this project's PDFs ({exc}): "
            f"install weasyprint=={versions.VERIFIED['weasyprint']}, the version pyproject.toml names"
        ) from None


def finisher(document: Any, pdf: Any) -> None:
    """Everything done to the PDF between WeasyPrint building it and writing it."""
    tags.finisher(document, pdf)
