"""The guide itself, in the student's or the teacher's edition: ``<slug>.pdf`` and the
HTML it was typeset from (kept as a preview, and the only output with ``--html-only``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.products import Made

if TYPE_CHECKING:
    from generator.build import Press
    from generator.content.model import Guide
    from generator.jobs import Job


def make_guide(guide: Guide, job: Job, press: Press) -> Made:
    """The HTML, and unless ``job.html_only`` the PDF (last: the main output)."""
    from generator.render.share import shareable_html

    options = job.render_options()
    html = press.html(options)
    # What is written is the copy that works anywhere (styles and images inside it); the
    # preview serves the page as typeset.
    shared = shareable_html(html, guide.root, options.theme)
    if job.html_only:
        return Made({".html": shared}, pages=0, page=html)
    rendered = press.typeset(html, job.pdf_variant)
    return Made(
        {".html": shared, ".pdf": rendered.data},
        pages=rendered.pages,
        preflight=tuple(rendered.preflight),
        page=html,
    )
