"""Every real article of the tests (tests/data, tests/fixtures/articles) imports and builds.

The articles are of different shapes (tests/data/README.md): a textbook module with
quiz, short answers, further research and references (Word), an encyclopedia article
with a year-by-year chronology (Word), a saved web page with menus and a footer, the
same text as OpenDocument, and three Markdown and plain-text articles. Each import
must build as written; the HTML is built for all of them and one PDF is built and
read back, to keep the test's CPU modest.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import TESTS, pdftotext
from ruamel.yaml import YAML

from generator.cli import main
from generator.content.dates import MONTHS

ARTICLES = sorted(
    p
    for folder in (TESTS / "data", TESTS / "fixtures" / "articles")
    for p in folder.iterdir()
    if p.suffix in (".docx", ".odt", ".html", ".md", ".txt") and p.stem != "README"
)
PDF_ARTICLE = "history-of-sociology.docx"


def _slug(article: Path) -> str:
    return f"{article.stem}-{article.suffix[1:]}"


class _Imported(dict):
    """Each article imported once, when a test first asks for it: no one test waits for
    all hundred imports (on a loaded machine that passed two minutes)."""

    def __init__(self, content: Path) -> None:
        super().__init__()
        self.content = content

    def __missing__(self, name: str) -> Path:
        article = next(a for a in ARTICLES if a.name == name)
        assert main(["import", str(article), "--slug", _slug(article), "--content", str(self.content)]) == 0, article
        self[name] = self.content / _slug(article)
        return self[name]


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> _Imported:
    return _Imported(tmp_path_factory.mktemp("content"))


def _yaml(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8")) or []


# A textbook module's parts that are not its own matter: what the importer makes objectives, a summary,
# questions or a glossary of.
_BACK_MATTER = re.compile(
    r"^## (?:Learning Objectives|Section Summary|Review Questions|Critical Thinking Questions|Key Terms)\s*$", re.M
)


def _two_headed_parts(name: str) -> bool:
    """Whether the article's text (its source, else itself) has exactly two headed parts of its own."""
    source = TESTS / "data" / "sources" / f"{Path(name).stem}.txt"
    if not source.is_file() or not name.endswith((".docx", ".odt", ".html")):
        source = TESTS / "data" / name
    if source.suffix not in (".txt", ".md") or not source.is_file():
        return False
    text = source.read_text(encoding="utf-8")
    return len(re.findall(r"^## ", text, re.M)) - len(_BACK_MATTER.findall(text)) == 2


def test_there_are_at_least_six_articles_of_different_forms():
    assert len(ARTICLES) >= 6
    assert {p.suffix for p in ARTICLES} >= {".docx", ".odt", ".html", ".md", ".txt"}


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_each_import_builds_as_written(name, imported, tmp_path, capsys):
    guide = imported[name]
    assert main(["check", str(guide)]) == 0
    args = ["build", str(guide), "--output", str(tmp_path)]
    if name != PDF_ARTICLE:
        args.append("--html-only")
    assert main(args) == 0, capsys.readouterr().err
    sections = list((guide / "sections").glob("*.md"))
    # Articles get 4–12 sections (a narrative without headings is cut at its natural
    # breaks); the three-part State Department texts keep their own shape (a Word chapter of
    # two or three headed articles is that many sections), and a short article (under 1,500
    # words, a single web page's) may be fewer: one section's worth; a module under 2,000 words
    # with two headed parts (the forty-seventh set's "Political Divides") keeps three, and so does a
    # longer module of two headed parts ("Homesteading: Dreams and Realities"): its opening and its parts.
    words = sum(len(path.read_text(encoding="utf-8").split()) for path in sections)
    source = TESTS / "data" / "sources" / f"{Path(name).stem}.txt"
    word_chapter = name.endswith(".docx") and source.is_file()
    articles = len(re.findall(r"^## ", source.read_text(encoding="utf-8"), re.M)) if word_chapter else 0
    fewest = 1 if words < 1500 or name.startswith("us-japan") else min(4, articles) if 0 < articles < 4 else 4
    fewest = min(fewest, 3) if words < 2000 or _two_headed_parts(name) else fewest
    assert fewest <= len(sections) <= 12, (words, sections)
    if name == PDF_ARTICLE:
        text = " ".join(pdftotext(tmp_path / f"{guide.name}.pdf").split())
        assert "Karl Marx and Friedrich Engels coauthored the Communist Manifesto" in text
        assert "Which field of study most influenced Auguste Comte?" in text


def test_word_import_keeps_headings_pictures_quiz_and_references(imported):
    guide = imported["history-of-sociology.docx"]
    titles = [re.search(r'^title: "(.*)"$', p.read_text(), re.M).group(1) for p in sorted(guide.glob("sections/*.md"))]
    assert "Karl Marx" in titles and "Max Weber" in titles
    assert not any(t in ("Section Quiz", "Short Answer", "Further Research", "References") for t in titles)
    assert [p.suffix for p in (guide / "images").iterdir()] == [".png"]
    questions = _yaml(guide / "questions.yaml")
    assert [q["answer"] for q in questions] == [
        "The study of society and social interaction",
        "Karl Marx",
        "Physics",
    ]
    assert questions[2]["choices"] == ["Astrology", "Economics", "Physics", "History"]
    sources = _yaml(guide / "sources.yaml")
    weber = next(s for s in sources if s["author"] == "Weber, Max")
    assert weber["year"] == 2002 and weber["title"] == "The Protestant Ethic and the Spirit of Capitalism"
    assert weber["publisher"] == "Los Angeles: Roxbury Publishing"
    morris = next(s for s in sources if s["author"] == "Morris, Aldon")
    assert morris["title"] == "The Scholar Denied: W. E. B. Du Bois and the Birth of Modern Sociology"
    assert morris["url"].endswith("the-scholar-denied")
    assert any(s.get("url") == "https://www.asanet.org/about/what-is-sociology/" for s in sources)
    assert len({(s["author"], s["title"]) for s in sources}) == len(sources)  # each reference once


def test_a_chronology_under_year_headings_gives_its_days_their_year(imported):
    events = {(e["date"], e["title"]) for e in _yaml(imported["spanish-civil-war.docx"] / "timeline.yaml")}
    assert ("1937-04-26", "German Condor Legion’s bombing of Guernica") in events
    assert ("1939-03-28", "Madrid fell") in events
    assert ("1936-02-16", "General election") in events  # under "1936 election"; the date is not repeated
    assert ("1933-11-19", "General election") in events  # under "1933 election and aftermath"
    assert len({(date[:4], title) for date, title in events}) == len(events)  # no event twice in a year


def test_bracketed_years_count_and_citations_do_not(imported):
    for name in ("second-empire.html", "second-empire.odt"):
        events = _yaml(imported[name] / "timeline.yaml")
        dated = {e["date"]: e["title"] for e in events}
        assert dated["1877"] == "Russia intervened in the Balkans"
        assert dated["1866"] in ("Prussia defeated Austria at Sadowa", "The French left")
        assert "2001" not in dated and "1985" not in dated  # "(Price, 2001)" and the references
        assert dated["1850"] == "University commission"  # its year is the date, not the title
        assert dated["1878-06"] == "A congress assembled in Berlin under Bismarck"
        assert not any("Treaty of Berlin" in title for title in dated.values())


def test_a_web_page_gives_its_main_content_only(imported):
    guide = imported["second-empire.html"]
    text = " ".join(p.read_text(encoding="utf-8") for p in guide.rglob("*") if p.suffix in (".md", ".yaml"))
    for chrome in ("cookies", "Random article", "Privacy policy", "last edited", "Printable version"):
        assert chrome not in text
    assert (guide / "images" / "napoleon-iii.png").is_file()
    assert _yaml(guide / "guide.yaml")["title"] == "The Second French Empire"


def test_no_date_from_captions_or_citations(imported):
    for name in (article.name for article in ARTICLES):
        for event in _yaml(imported[name] / "timeline.yaml"):
            detail = event["detail"]
            assert not re.match(r"(?i)figure|photo|\(credit", detail), (name, detail)
            # "(Price, 2001)" is a citation; "(December, 1852)" is the event's date
            citation = r"\((?!" + "|".join(MONTHS["en"]) + r")[A-Z][a-z]+(?: et al\.)?, " + event["date"][:4]
            assert not re.search(citation, detail), (name, detail)


def test_the_review_list_points_at_lines_shortest_task_first(tmp_path, capsys):
    article = TESTS / "data" / "spanish-civil-war.docx"
    assert main(["import", str(article), "--slug", "war", "--content", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    listed = re.findall(r"^  (\S+):(\d+): (.+) \(about ([\d.]+) min\)$", out, re.M)
    assert len(listed) >= 5
    minutes = [float(m) for *_, m in listed]
    assert minutes == sorted(minutes)
    total = int(re.search(r"about (\d+) min in all", out).group(1))
    assert abs(total - sum(minutes)) <= 1
    for path, line, what, _ in listed:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
        assert 1 <= int(line) <= len(lines), (path, line)
        if "REVIEW" in lines[int(line) - 1]:
            continue
        assert "placeholder" in what or lines[int(line) - 1].startswith("# - "), (path, line, what)
    assert main(["check", "--strict", str(tmp_path / "war")]) == 1  # until every marker is gone


def test_a_date_whose_year_the_sentence_does_not_give_is_a_task_of_its_own(tmp_path, capsys):
    """A saved web page whose days ("On August 28") take their year from the text around them:
    each such date is marked on its own line, listed as a half-minute task, and keeps
    `check --strict` failing until the teacher has looked at it."""
    article = TESTS / "data" / "gulf-war-1991.html"
    assert main(["import", str(article), "--slug", "gulf", "--content", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    timeline = tmp_path / "gulf" / "timeline.yaml"
    lines = timeline.read_text(encoding="utf-8").split("\n")
    marked = [n for n, line in enumerate(lines, start=1) if "the sentence gives no year" in line]
    assert marked
    for number in marked:
        assert lines[number - 1].startswith("- date: ")
        detail = lines[number + 1]
        year = re.search(r'date: "(\d{4})', lines[number - 1]).group(1)
        assert year not in detail.split("#")[0], detail  # the sentence itself names no year of the date
        assert f"{timeline}:{number}: check the year of a date the sentence gives without one" in out
    unmarked = [line for line in lines if line.startswith("- date: ") and "gives no year" not in line]
    assert unmarked  # dates whose sentence gives the year carry no such mark

    def strict_warnings() -> str:
        capsys.readouterr()
        assert main(["check", "--strict", str(tmp_path / "gulf")]) == 1  # the other markers are still there
        captured = capsys.readouterr()
        return captured.out + captured.err

    before = strict_warnings()
    assert all(f"timeline.yaml:{number}: warning: a '# REVIEW' marker" in before for number in marked)
    for number in marked:  # the teacher has checked each year
        lines[number - 1] = lines[number - 1].split("  #")[0]
    timeline.write_text("\n".join(lines), encoding="utf-8")
    after = strict_warnings()
    assert not any(f"timeline.yaml:{number}: warning" in after for number in marked)
