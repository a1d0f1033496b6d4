"""PDF choices the command line needs without loading WeasyPrint: the archival
variants on offer, the print options (docs/printing.md), and the date stamped into a PDF.

The date is never the clock, so rebuilding gives the same bytes:
``SOURCE_DATE_EPOCH`` (https://reproducible-builds.org/specs/source-date-epoch/)
wins when it is set; otherwise the guide's own ``date:`` is used, and a guide
without one gets a PDF without a date.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable
from dataclasses import dataclass

#: The archival standards ``--pdf-variant`` offers. WeasyPrint's PDF/X variants are
#: left out: they stamp the clock and a random id into the file.
PDF_VARIANTS = ("pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/a-2a", "pdf/a-3a", "pdf/ua-1", "pdf/ua-2")


@dataclass(frozen=True)
class PrintOption:
    """One print option: ``--<name>`` on ``build``, ``<name>: true`` under ``print:`` in guide.yaml.

    Which products take it is each product's own list (:mod:`generator.products`)."""

    name: str
    help: str

    @property
    def key(self) -> str:
        """Its key in guide.yaml's ``print:`` block: no_key, large_print …"""
        return self.name.replace("-", "_")


#: The print options teachers ask for, in one table: the command line, guide.yaml's
#: ``print:`` block, the templates' classes (``opt-<name>``) and docs/printing.md follow it.
PRINT_OPTIONS: dict[str, PrintOption] = {
    option.name: option
    for option in [
        PrintOption("no-key", "the student edition without the answer key (forms: no key file)"),
        PrintOption("compact", "sections run on instead of each starting a new page"),
        PrintOption("one-sided", "the handout on one side of one sheet; what does not fit is left out and listed"),
        PrintOption(
            "photocopy", "photocopier-safe: no tints, and rules and answer lines dark enough for a cheap copier"
        ),
        PrintOption(
            "large-print",
            "large print: 14 pt sans body, 1.5 line spacing, left-aligned, no italics "
            "(the British Dyslexia Association's style guide)",
        ),
    ]
}


def chosen_options(given: Iterable[str], settings: object, offered: Iterable[str]) -> tuple[str, ...]:
    """The print options a product is built with: those given on the command line and those
    guide.yaml's ``print:`` block turns on (``settings``), that the product offers; in table order."""
    on = set(given) | {name for name, option in PRINT_OPTIONS.items() if getattr(settings, option.key, False)}
    return tuple(name for name in PRINT_OPTIONS if name in on and name in set(offered))


class BadSourceDate(ValueError):
    """SOURCE_DATE_EPOCH is set but is not a number of seconds."""


def document_date(content_date: str | None) -> str | None:
    """``SOURCE_DATE_EPOCH`` as an ISO timestamp when set, else ``content_date``."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return content_date
    # ASCII digits only: int() would also take '-1', '+5', '1_000', Arabic-Indic and
    # full-width digits, none of which the specification allows.
    bad = BadSourceDate(
        f"SOURCE_DATE_EPOCH={epoch.encode('ascii', 'backslashreplace').decode()!r} is not a number of "
        "seconds since 1970: use ASCII digits only, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)"
    )
    if not (epoch.isascii() and epoch.isdigit()):
        raise bad
    try:
        moment = _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise bad from None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
