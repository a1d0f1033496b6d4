"""How much of each test article's dated events ``studyguide import`` proposes, measured
against a hand-made annotation (tests/data/truth/<article>.yaml).

Every article of tests/data and tests/fixtures/articles that has an annotation is
imported with the real ``studyguide import`` into a temporary folder, checked and built
(PDF, unless ``--html-only``), and its ``timeline.yaml`` is matched to the annotation.

Matching rule (one place: :func:`match`). Words are lower-cased, stripped of a plural or
possessive "s", and short or common words are left out. The truth's *key words* are the
words of its title and of its ``keywords``. A proposal may match a truth event when

- the proposal falls in the truth's year(s) and its title or detail shares a key word, or
- (another year) its title shares two key words, or one while title and detail share three.

Each proposal goes to the truth event it fits best (score: 2 per key word in its title,
1 per key word in title or detail, 2 for the same year, 3 for the exact date). Of the
proposals that go to one event, the one with the right date (the truth's own date before
an ``also`` date, then the best score) is
*matched*; the others are *duplicates* (the same event proposed again). A proposal that
fits no event is *not in truth* (an event the annotation leaves out, or no event).
*Left untitled* counts the dated sentences the import wrote commented out, without a
title, for the teacher to name; they are not proposals, and neither are the births it
writes commented out (life dates, which the annotation leaves out too). A proposal whose
detail holds a text listed under ``not_events`` (a caption, a citation) and is dated by it
(its day is that text's day, where the text gives one; else its years are among that text's years, or that
text names none), or begins with "Figure"
or holds "(credit", is counted as *from captions/citations*: "In 1890, Mahan published The
Influence of Sea Power upon History, 1660–1783" dated 1890 takes nothing from the book's title. "Right date" means
the proposal's date is the truth's date as written (``1765-11-01``, ``1766-03``,
``1915/1934``), or one of its ``also`` dates.

Usage: ``python bench/import_quality.py [--html-only] [--titles] [ARTICLE-NAME ...]``
(``make import-quality``). ``--titles`` lists every truth title beside the proposal
matched to it, and the proposals that matched nothing, so a person can judge whether a
teacher would print each title unchanged.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRUTH = ROOT / "tests" / "data" / "truth"
FOLDERS = (ROOT / "tests" / "data", ROOT / "tests" / "fixtures" / "articles")
SUFFIXES = (".docx", ".odt", ".html", ".md", ".txt")
_STOP = set(
    "the and for with from that this was were his her their its into over under after before about "
    "between during which who whom when where while than then them they there these those have has had "
    "not but also been being became become one two three first second new old all any some more most "
    "other such only same own made make upon out off onto per via did does would could should may might "
    "will shall can are was is be it as at by in of on or to an a"
    # common to every article about the United States: they tell no event from another
    " united states state".split()
)


@dataclass
class Truth:
    """One event of an article's hand annotation."""

    date: str
    title: str
    keywords: list[str] = field(default_factory=list)
    also: list[str] = field(default_factory=list)

    def words(self) -> set[str]:
        return words(" ".join([self.title, *self.keywords]))

    def dates(self) -> set[str]:
        return {self.date, *self.also}


@dataclass
class Proposed:
    """One entry of the imported guide's timeline.yaml."""

    date: str
    title: str
    detail: str


@dataclass
class Measure:
    """What matching one article's proposals to its annotation found."""

    truth: int
    proposed: int
    matched: list[tuple[Truth, Proposed]]
    right_date: int
    duplicates: list[Proposed]
    from_captions: list[Proposed]
    unmatched: list[Proposed]


def words(text: str) -> set[str]:
    """Content words, lower-cased, with a plural, possessive or past-tense ending cut off
    ("grants", "granted" and "grant" are one word)."""
    out = set()
    for word in re.findall(r"[^\W\d_]+(?:['’]s)?", text.lower()):
        word = re.sub(r"['’]s$", "", word)
        if word in _STOP or len(word) < 3:
            continue
        if len(word) > 4:
            word = re.sub(r"(?:ing|ed|es|s)$", "", word)
        if len(word) > 3:
            word = re.sub(r"e$", "", word)
        out.add(word)
    return out


def years(date: str) -> set[int]:
    """Every year a date (``1765``, ``1765-11-01``, ``1915/1934``, ``-490/-479``) or a text
    ("An 1802 portrait") spans."""
    written = re.fullmatch(r"-?\d{1,6}(?:-\d\d){0,2}~?(?:/-?\d{1,6}(?:-\d\d){0,2}~?)?", date.strip())
    pattern = r"(?:^|/)(-?\d{1,6})" if written else r"(?<!\d)(\d{3,4})(?!\d)"
    found = [int(y) for y in re.findall(pattern, date)]
    return set(range(min(found), max(found) + 1)) if found else set()


def timeline_date(written: str) -> str:
    """A truth date as a timeline writes it: "333 BCE" → ``-333``, "490–479 BCE" and
    "264 BCE/146 BCE" → ``-490/-479`` and ``-264/-146``, "11,000 BCE" → ``-11000``, "40 CE/54 CE" → ``40/54``,
    "2000 BCE/900 CE" → ``-2000/900``."""
    before = re.fullmatch(
        r"(?:c\.\s*)?(\d{1,5})(?:\s*(?:BCE|BC))?(?:\s*[–/-]\s*(\d{1,5}))?\s*(?:BCE|BC)",
        written.strip().replace(",", ""),
    )
    across = re.fullmatch(
        r"(?:c\.\s*)?(\d{1,5})\s*(?:BCE|BC)\s*[–/-]\s*(\d{1,4})\s*(?:CE|AD)", written.strip().replace(",", "")
    )
    if across is not None:  # "2000 BCE/900 CE" → ``-2000/900``
        return f"-{across.group(1)}/{across.group(2)}"
    if before is None:
        # "500 CE" → ``500``, "40 CE/54 CE" → ``40/54``
        common_era = re.fullmatch(r"(\d{1,4})(?:\s*(?:CE|AD))?(?:\s*[–/-]\s*(\d{1,4}))?\s*(?:CE|AD)", written.strip())
        if common_era is None:
            return written
        return common_era.group(1) + (f"/{common_era.group(2)}" if common_era.group(2) else "")
    return f"-{before.group(1)}" + (f"/-{before.group(2)}" if before.group(2) else "")


def _score(truth: Truth, proposal: Proposed) -> int | None:
    """How well a proposal fits a truth event (higher is better), or None when they cannot
    be the same event."""
    key = truth.words()
    in_title = len(key & words(proposal.title))
    anywhere = len(key & (words(proposal.title) | words(proposal.detail)))
    same_year = any(years(d) & years(proposal.date) for d in truth.dates())
    if not (anywhere >= 1 if same_year else in_title >= 2 or (in_title >= 1 and anywhere >= 3)):
        return None
    return 2 * in_title + anywhere + 2 * same_year + 3 * (proposal.date in truth.dates())


def _from_captions(proposal: Proposed, not_events: Sequence[str]) -> bool:
    detail = " ".join(proposal.detail.split()).lower()
    if re.match(r"(?:fig(?:ure|\.)|photo)\b", detail) or "(credit" in detail:
        return True
    return any(" ".join(text.split()).lower() in detail and _dated_by(proposal, text) for text in not_events)


def _dated_by(proposal: Proposed, text: str) -> bool:
    """Whether the proposal takes its date from ``text``: its day, where the text gives one ("his death
    on May 24, 1959" dates no "April of 1959"), else one of its years, or any date when it names none."""
    from generator.authoring.prose import find_dates, iso

    days = {iso(m.date) for m in find_dates(text) if m.date.day}
    if days:
        return proposal.date.split("/")[0] in days
    return not years(text) or bool(years(text) & years(proposal.date))


def match(truth: list[Truth], proposals: list[Proposed], not_events: Sequence[str] = ()) -> Measure:
    """Pair proposals with truth events as the module docstring says, and count."""
    caption = [p for p in proposals if _from_captions(p, not_events)]
    rest = [p for p in proposals if p not in caption]
    chosen: dict[int, list[tuple[int, int]]] = {}  # truth event -> (score, proposal) that chose it
    for p, proposal in enumerate(rest):
        # the event told at the proposal's date before one that shares more words at another date
        ranks = [
            (score + 100 * (proposal.date in event.dates()) + 50 * (proposal.date == event.date), -t)
            for t, event in enumerate(truth)
            if (score := _score(event, proposal)) is not None
        ]
        if ranks:
            rank, t = max(ranks)
            chosen.setdefault(-t, []).append((rank, -p))
    taken = {t: -max(choices)[1] for t, choices in chosen.items()}
    could_match = {-p for choices in chosen.values() for _, p in choices}
    matched = [(truth[t], rest[p]) for t, p in sorted(taken.items())]
    taken_proposal = set(taken.values())
    return Measure(
        truth=len(truth),
        proposed=len(proposals),
        matched=matched,
        right_date=sum(p.date in t.dates() for t, p in matched),
        duplicates=[q for i, q in enumerate(rest) if i in could_match and i not in taken_proposal],
        from_captions=caption,
        unmatched=[q for i, q in enumerate(rest) if i not in could_match],
    )


def load_truth(path: Path) -> tuple[list[Truth], list[str]]:
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    events = [
        Truth(
            timeline_date(str(e["date"])),
            e["title"],
            [str(k) for k in e.get("keywords", [])],
            [timeline_date(str(a)) for a in e.get("also", [])],
        )
        for e in data.get("events") or []
    ]
    return events, [str(n["text"]) for n in data.get("not_events") or []]


def truth_for(article: Path) -> Path:
    """tests/data/truth/<stem>.yaml: the same text in two forms shares one annotation."""
    return TRUTH / f"{article.stem}.yaml"


def articles(names: list[str]) -> list[Path]:
    found = sorted(p for folder in FOLDERS for p in folder.iterdir() if p.suffix in SUFFIXES and truth_for(p).is_file())
    return [p for p in found if not names or p.name in names or p.stem in names]


def _yaml_list(path: Path) -> list[dict]:
    from ruamel.yaml import YAML

    if not path.is_file():
        return []
    return list(YAML(typ="safe").load(path.read_text(encoding="utf-8")) or [])


@dataclass
class Imported:
    article: Path
    guide: Path
    seconds: float
    events: list[Proposed]
    sections: int
    questions: int
    sources: int
    builds: bool
    error: str = ""
    untitled: int = 0  # dated sentences the import left commented out, without a title


def import_and_build(article: Path, work: Path, pdf: bool = True) -> Imported:
    """``studyguide import`` then ``check`` and ``build``, as a user runs them."""
    from generator.cli import main as cli

    slug = re.sub(r"[^a-z0-9]+", "-", f"{article.stem}-{article.suffix[1:]}".lower())
    guide = work / "content" / slug
    out = io.StringIO()
    start = time.process_time()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = cli(["import", str(article), "--slug", slug, "--content", str(work / "content")])
    except Exception as error:  # a crash is a finding to report, not a reason to stop measuring
        return Imported(article, guide, 0.0, [], 0, 0, 0, False, f"import crashed: {error!r}")
    seconds = time.process_time() - start
    if status != 0:
        return Imported(article, guide, seconds, [], 0, 0, 0, False, f"import exited {status}: {out.getvalue()[-300:]}")
    events = [
        Proposed(str(e.get("date", "")), str(e.get("title", "")), str(e.get("detail", "")))
        for e in _yaml_list(guide / "timeline.yaml")
    ]
    args = ["build", str(guide), "--output", str(work / "output" / slug)] + ([] if pdf else ["--html-only"])
    build_log = io.StringIO()
    try:
        with contextlib.redirect_stdout(build_log), contextlib.redirect_stderr(build_log):
            builds = cli(["check", str(guide)]) == 0 and cli(args) == 0
        # "builds" means a PDF with pages came out (or the HTML, with --html-only)
        builds = builds and (not pdf or _pages(work / "output" / slug / f"{slug}.pdf") > 0)
    except Exception as error:
        builds, build_log = False, io.StringIO(f"build crashed: {error!r}")
    return Imported(
        article,
        guide,
        seconds,
        events,
        len(list((guide / "sections").glob("*.md"))),
        len(_yaml_list(guide / "questions.yaml")),
        len(_yaml_list(guide / "sources.yaml")),
        builds,
        "" if builds else build_log.getvalue().strip()[-300:],
        len(re.findall(r'^#   title: ""$', (guide / "timeline.yaml").read_text(encoding="utf-8"), re.M)),
    )


def _pages(pdf: Path) -> int:
    import pypdfium2 as pdfium

    if not pdf.is_file():
        return 0
    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def _pc(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def row(result: Imported, measure: Measure) -> str:
    m = measure
    return (
        f"| {result.article.name} | {m.truth} | {m.proposed} | {len(m.matched)} ({_pc(len(m.matched), m.truth)}) "
        f"| {m.right_date}/{len(m.matched)} ({_pc(m.right_date, len(m.matched))}) | {len(m.duplicates)} "
        f"| {len(m.from_captions)} | {len(m.unmatched)} | {result.untitled} | {result.sections} | {result.questions} | {result.sources} "
        f"| {'yes' if result.builds else '**no**'} | {result.seconds:.1f} |"
    )


HEADER = (
    "| article | dated events (truth) | proposed | matched (% of truth) | right date | duplicates "
    "| from captions/citations | not in truth | left untitled | sections | questions | sources | builds "
    "| import CPU s |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def titles(truth: list[Truth], measure: Measure) -> str:
    """Truth titles beside the proposals matched to them, then the proposals left over."""
    by_truth = {id(t): p for t, p in measure.matched}
    lines = []
    for event in truth:
        p = by_truth.get(id(event))
        mark = "  -" if p is None else ("  =" if p.date in event.dates() else "  ≠")
        got = "(not proposed)" if p is None else f"{p.date} {p.title}"
        lines.append(f"{mark} {event.date} {event.title}  ←  {got}")
    for label, group in (
        ("duplicate", measure.duplicates),
        ("caption/citation", measure.from_captions),
        ("not in truth", measure.unmatched),
    ):
        lines += [f"  + [{label}] {p.date} {p.title}" for p in group]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="article file names or stems (default: every annotated article)")
    parser.add_argument("--html-only", action="store_true", help="build HTML only (faster; 'builds' then means HTML)")
    parser.add_argument("--titles", action="store_true", help="list truth titles beside the proposed ones")
    options = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    chosen = articles(options.names)
    if not chosen:
        print("no annotated article matches", file=sys.stderr)
        return 2
    print(HEADER)
    details = []
    measures: list[Measure] = []
    with tempfile.TemporaryDirectory(prefix="import-quality-") as work:
        for article in chosen:
            truth, not_events = load_truth(truth_for(article))
            result = import_and_build(article, Path(work), pdf=not options.html_only)
            measure = match(truth, result.events, not_events)
            print(row(result, measure), flush=True)
            measures.append(measure)
            if result.error:
                details.append(f"{article.name}: {result.error}")
            if options.titles:
                details.append(f"{article.name} (= right date, ≠ other date, - not proposed, + left over):\n")
                details[-1] += titles(truth, measure)
    truth_count, found = sum(m.truth for m in measures), sum(len(m.matched) for m in measures)
    right = sum(m.right_date for m in measures)
    print(
        f"\nIn all: {found} of {truth_count} dated events proposed ({_pc(found, truth_count)}), {right} of them "
        f"with the right date ({_pc(right, found)}); {sum(len(m.duplicates) for m in measures)} duplicates, "
        f"{sum(len(m.from_captions) for m in measures)} from captions or citations."
    )
    for detail in details:
        print(f"\n{detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
