"""PDF choices the command line needs without loading WeasyPrint: the archival
variants on offer, and the date stamped into a PDF.

The date is never the clock, so rebuilding gives the same bytes:
``SOURCE_DATE_EPOCH`` (https://reproducible-builds.org/specs/source-date-epoch/)
wins when it is set; otherwise the guide's own ``date:`` is used, and a guide
without one gets a PDF without a date.
"""

from __future__ import annotations

import datetime as _dt
import os

#: The archival standards ``--pdf-variant`` offers. WeasyPrint's PDF/X variants are
#: left out: they stamp the clock and a random id into the file.
PDF_VARIANTS = ("pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/a-2a", "pdf/a-3a", "pdf/ua-1", "pdf/ua-2")


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
