"""The booklet's fixed words: kept here for code that imports them from the render stage;
the table and its translations live in :mod:`generator.i18n`."""

from __future__ import annotations

from generator.i18n.labels import DEFAULT_LABELS, Labels, merged_labels

__all__ = ["DEFAULT_LABELS", "Labels", "merged_labels"]
