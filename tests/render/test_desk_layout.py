"""Layout and wording slips, each read back from what the user sees: the running head on a
right-hand section opener, a layout warning at the file its text came from, planning lines
never split two and two, matching tables kept whole, counts in the singular, export's first line, an editor's
temporary files, card prompts, a range kept whole in the cover title, 'c.' under capitals, and
the era named where a cover bar or a timeline runs from BC into AD."""

from __future__ import annotations

from pathlib import Path

from conftest import page_image, page_texts
from guide_factory import cli, make_guide, section
from pdf_measure import PageGlyphs, horizontal_rules, read_glyphs

from generator.authoring.watch import editor_temporary
from generator.build import build_guide, layout_check
from generator.errors import plural

FILLER = "The committee sat late into the night and argued over every clause of the decree. " * 5


def test_the_running_head_of_a_right_hand_section_opener_names_that_section(tmp_path):
    pdf = build_guide(make_guide(tmp_path), tmp_path / "out").pdf
    pages = page_texts(pdf)
    opener = next(i for i, text in enumerate(pages) if "SECTION 2" in text.upper() and "Contents" not in text)
    assert opener % 2 == 0, "the test wants section 2 to open on a right-hand page"  # page 5, 7 …
    assert pages[opener].splitlines()[0] == "The Pact"


def test_a_layout_warning_points_at_the_section_not_the_timeline_that_shares_its_words(tmp_path):
    # a token too long for the measure (dots do not break), written in the timeline too
    token = ".".join(["Committee", "of", "Public", "Safety", "decree", "of", "the", "fifth", "of", "September"] * 2)
    timeline = f'- date: "1793-09-05"\n  title: Reign of Terror\n  detail: "{token}"\n'
    body = f"{FILLER}\n\nThe decree was {token}.\n"
    root = make_guide(tmp_path, files={"timeline.yaml": timeline, "sections/01-background.md": section("Terror", body)})
    warnings = [w for w in layout_check(root) if "wider than its box" in w.message or "runs off" in w.message]
    assert warnings, "the long token should overflow"
    line = (root / "sections/01-background.md").read_text().split("\n").index(f"The decree was {token}.") + 1
    assert (warnings[0].path.name, warnings[0].line) == ("01-background.md", line)


ESSAYS = "".join(
    f"- type: essay\n  question: Essay {n}. How far was the Terror necessary?\n  marks: 12\n  planning_lines: 10\n"
    for n in range(1, 5)
)
MATCHINGS = "".join(
    f"- type: matching\n  question: Matching {n}. Match each name to a role.\n  pairs:\n"
    + "".join(f"    - {{left: Name {n}{k}, right: Role {n}{k} of the committee}}\n" for k in range(1, 9))
    for n in range(1, 5)
)


def _label_tops(page: PageGlyphs, label: str) -> list[float]:
    """The tops (pt from the page's top) of each ``label`` on a page (spaces aside, any case)."""
    glyphs = page.glyphs
    joined = "".join(glyph.char for glyph in glyphs).casefold()
    wanted = label.replace(" ", "").casefold()
    starts = [i for i in range(len(joined)) if joined.startswith(wanted, i)]
    return [page.height - glyphs[i].top for i in starts]


def test_planning_lines_go_over_a_page_only_four_or_more_on_each_side(tmp_path):
    root = make_guide(tmp_path, files={"questions.yaml": ESSAYS})
    pdf = build_guide(root, tmp_path / "out").pdf
    pages = page_texts(pdf)
    first = next(i for i, text in enumerate(pages) if "Check your understanding" in text and "Essay 1" in text)
    last = next(i for i, text in enumerate(pages) if i > first and "Sources and further reading" in text)
    glyph_pages = read_glyphs(pdf)
    runs: list[int] = []  # the planning lines of each essay, page by page
    for index in range(first, last):
        image = page_image(pdf, index + 1, scale=3)
        rules = horizontal_rules(image, min_width=0.3, white=245)
        # writing lines are indented under their question; part and group rules are not
        indent = max((rule.left for rule in rules), default=0)
        lines = [rule.top / 3 for rule in rules if rule.left > indent - 4]  # pt from the top
        labels = _label_tops(glyph_pages[index], "Plan your answer")
        runs.append(sum(y < labels[0] for y in lines) if labels else len(lines))  # the last essay's, continued
        for k, top in enumerate(labels):
            end = labels[k + 1] if k + 1 < len(labels) else float("inf")
            runs.append(sum(top < y < end for y in lines))
    essays, current = [], 0
    for run in runs:  # a run after a label starts an essay's lines; a leading run continues one
        current += run
        if current >= 10:
            essays.append(current)
            current = 0
    assert essays == [10, 10, 10, 10], runs
    assert all(run == 0 or run >= 4 for run in runs), runs


def test_matching_tables_are_never_split(tmp_path):
    root = make_guide(tmp_path, files={"questions.yaml": MATCHINGS})
    pages = page_texts(build_guide(root, tmp_path / "out").pdf)
    first = next(i for i, text in enumerate(pages) if "Check your understanding" in text and "Matching 1" in text)
    for n in range(1, 5):
        holding = {i for i, text in enumerate(pages[first:]) for k in (1, 8) if f"Name {n}{k}" in text}
        assert len(holding) == 1, f"matching {n} runs over pages {holding}"


def test_counts_are_singular_for_one(tmp_path):
    assert [plural(1, "page"), plural(2, "page"), plural(1, "person", "people")] == ["1 page", "2 pages", "1 person"]
    result = cli(["build", str(make_guide(tmp_path)), "--handout", "--one-sided", "-o", str(tmp_path / "out")])
    assert result.returncode == 0 and ": 1 page, " in result.stdout and "1 pages" not in result.stdout


def test_export_names_the_folder_on_its_first_line(tmp_path):
    result = cli(["export", str(make_guide(tmp_path)), "-o", str(tmp_path / "out")])
    first = result.stdout.splitlines()[0]
    assert first.startswith("guide: ") and "files for classroom platforms" in first and first.endswith("out/")
    assert "report" not in first


def test_editor_temporary_files_are_not_content():
    for name in ("01-intro.md.swp", ".01-intro.md.swx", "guide.yaml~", ".#timeline.yaml", "4913", "#faq.yaml#"):
        assert editor_temporary(Path("content/g/sections") / name), name
    for name in ("01-intro.md", "timeline.yaml", "map.png", "2024-map.svg"):
        assert not editor_temporary(Path("content/g") / name), name


def test_a_range_in_the_cover_title_and_circa_dates_print_whole(tmp_path):
    guide = "title: The French Revolution and the Provinces of France, 1789–1799\nauthors: [A. Teacher]\n"
    timeline = '- date: "1788~"\n  title: Harvest failure\n- date: "1789-07-14"\n  title: Storming of the Bastille\n'
    root = make_guide(tmp_path, files={"guide.yaml": guide, "timeline.yaml": timeline})
    pages = page_texts(build_guide(root, tmp_path / "out").pdf)
    cover = pages[0].splitlines()
    assert not [line for line in cover if line.rstrip().endswith("–")], cover
    assert any("1789–1799" in line for line in cover)
    timeline_page = next(text for text in pages if "Harvest failure" in text and "Contents" not in text)
    assert "c. 1788" in timeline_page and "C. 1788" not in timeline_page


def test_a_cover_bar_and_a_timeline_from_bc_into_ad_name_the_era(tmp_path):
    timeline = '- date: "-0031-09-02"\n  title: Battle of Actium\n- date: "0014-08-19"\n  title: Augustus dies\n'
    guide = "title: The Age of Augustus\nauthors: [Ann Author]\n"
    root = make_guide(tmp_path, files={"guide.yaml": guide, "timeline.yaml": timeline})
    pages = page_texts(build_guide(root, tmp_path / "out").pdf)
    assert "31 BC" in pages[0] and "AD 14" in pages[0], pages[0]
    timeline = next(page for page in pages if "Augustus dies" in page)
    assert "AD 14" in timeline.splitlines(), "the first marker of the common era names it"


def test_a_guide_that_chooses_bce_and_ce_prints_them_on_cover_timeline_and_cards(tmp_path):
    import csv
    import io

    from generator.content.load import load_guide
    from generator.products.exports import export

    timeline = '- date: "-0031-09-02"\n  title: Battle of Actium\n- date: "0014-08-19"\n  title: Augustus dies\n'
    guide = "title: The Age of Augustus\nauthors: [Ann Author]\neras: BCE/CE\n"
    root = make_guide(tmp_path, files={"guide.yaml": guide, "timeline.yaml": timeline})
    pages = page_texts(build_guide(root, tmp_path / "out").pdf)
    assert "31 BCE" in pages[0] and "14 CE" in pages[0] and "AD" not in pages[0].split(), pages[0]
    timeline_page = next(page for page in pages if "Augustus dies" in page)
    assert "14 CE" in timeline_page.splitlines(), "the first marker of the common era names it, after the year"
    assert "2 september 31 bce" in timeline_page.lower().splitlines(), timeline_page
    written = export(load_guide(root), "csv", tmp_path / "csv").paths[0]
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8"))))
    assert ["What happened on 2 September 31 BCE?", "Battle of Actium", "timeline"] in rows, rows
