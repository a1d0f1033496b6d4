"""How long `studyguide import` takes on a long real article (the target: under 1 s for 10,000 words).

The article is the three real test articles one after another (about 13,500
words of Markdown with figures, captions, lists and front matter), imported into
a temporary folder five times; the median is printed beside the word count.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from generator.authoring.importer import import_article

    # One long Markdown article: the textbook section, the three essays without their front
    # matter, and the pasted plain text as a part of its own.
    markdown = (ARTICLES / "unstable-peace.md").read_text(encoding="utf-8")
    essays = (ARTICLES / "us-japan-ussr-1937-1945.md").read_text(encoding="utf-8").split("---", 2)[2]
    pasted = (ARTICLES / "theaters-of-war.txt").read_text(encoding="utf-8")
    text = f"{markdown}\n\n{essays}\n\n## Theaters of War\n\n{pasted}"
    words = len(text.split())
    times = []
    with tempfile.TemporaryDirectory() as work:
        article = Path(work) / "long-article.md"
        article.write_text(text, encoding="utf-8")
        for run in range(5):
            start = time.perf_counter()
            report = import_article(article, Path(work) / "content", f"run-{run}")
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(
        f"| import of a {words:,}-word article | {median:.2f} s (median of 5; "
        f"{len(report.proposal.events)} events, {len(report.proposal.sections)} sections) | ≤ 1 s "
        f"{'met' if median <= 1 else '**not met**'} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
