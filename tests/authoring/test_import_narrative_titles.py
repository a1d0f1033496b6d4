"""The titles proposed for the sections of a narrative cut without headings.

A made-up history of a harbour town in four parts, each with its own subject and years,
and with the traps a title falls into: the town itself named everywhere (most of all in
the last part), a people named more often than the section's own subject, a year named in
passing far from the others, a name only ever written next to another ("the Harbour
Charter the Pilots"), and one name the two last parts share. The article is imported
as a user would, and each rule is checked on the titles it proposes.
"""

from __future__ import annotations

import re

import pytest

from generator.authoring.importing.guide_files import REVIEW_TITLE
from generator.authoring.importing.topics import core_years
from generator.authoring.prose import find_dates
from generator.cli import main
from generator.content.files import load_markdown

_CHARTER = [
    "In 1821 the merchants of Port Avelin asked the crown for a charter of their own, so that the town "
    "could keep its harbour dues and repair the old quay, first built in 1702, without waiting for the "
    "capital. The town clerk drafted the charter over a long winter.",
    "Under the Harbour Charter the Pilots lost their old right to fix the fees of every ship; the new "
    "harbour board set them instead, and the pilots grumbled in their taverns. Some of them left for "
    "the fishing towns of the coast, and their sons went to sea on the merchant ships.",
    "In 1823, by the Harbour Charter the Wardens of the quay dredged the channel and built a new "
    "breakwater of grey stone, and by 1824 the harbour dues of Port Avelin paid for a lighthouse on the point.",
]
_COMPACT = [
    "In 1830 Portuguese traders arrived with cargoes of cork and wine, and the Portuguese captains "
    "asked Port Avelin for a warehouse of their own. Portuguese sailors crowded the quays, and "
    "Portuguese coins passed in every shop of the lower town.",
    "The Tallow Compact of 1831 settled the price of candles and soap between the chandlers of the "
    "town and the Portuguese buyers, who shipped the tallow south. Portuguese ships came every month, and the chandlers built new vats behind the quay.",
    "By 1833 the Tallow Compact had doubled the trade of Port Avelin, though the Portuguese houses kept "
    "the profit of the carrying trade, and Portuguese clerks wrote the ledgers of the quay.",
]
_ROAD = [
    "In 1840 the carters of Port Avelin began to haul salt inland along the Salt Road, a track over the "
    "moor that the county had never paved, and the Salt Road soon carried forty wagons a week.",
    "Tolls on the Salt Road paid for bridges over three rivers in 1842, and the inns along the Salt Road "
    "grew into villages with their own chapels and markets, where drovers sold their cattle.",
    "When the county took over the Salt Road in 1844, the carters of Port Avelin lost their tolls, and "
    "many of them sold their teams and took work at the docks instead.",
]
_MILL = [
    "In 1850 a company of Port Avelin built a smelting works beside the river mouth, and ore came down "
    "the Salt Road from the hill mines. The works of Port Avelin hired two hundred men, and the foreman, "
    "a miner called Perry, ran its furnaces day and night.",
    "Smoke from the works blackened the roofs of Port Avelin by 1852, and the council of Port Avelin "
    "forbade any new furnace within a mile of the market. The Salt Road was widened for the ore, and the "
    "carters complained of the ruts.",
    "The works closed in 1853 when the mines ran out, and old Perry left Port Avelin by the Salt Road "
    "with the last wagon of ore, while the tall chimney stood for a generation over the town.",
]
_PARTS = {"charter": _CHARTER, "compact": _COMPACT, "road": _ROAD, "mill": _MILL}
_YEARS = {"charter": (1821, 1824), "compact": (1830, 1833), "road": (1840, 1844), "mill": (1850, 1853)}


@pytest.fixture(scope="module")
def sections(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The imported article's proposed titles, by the part of the story each section holds."""
    folder = tmp_path_factory.mktemp("harbour")
    article = folder / "harbour.txt"
    paragraphs = [p for part in _PARTS.values() for p in part]
    article.write_text("Port Avelin, 1821–1853\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert main(["import", str(article), "--slug", "harbour", "--content", str(folder / "content")]) == 0
    files = sorted((folder / "content" / "harbour" / "sections").glob("*.md"))
    assert len(files) == len(_PARTS)  # one section for each part of the story
    found = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert re.search(r'^title: ".*"  # REVIEW', text, re.M) and REVIEW_TITLE in text, path
        body = load_markdown(path).body
        part = next(key for key, paras in _PARTS.items() if paras[0] in body)
        assert all(p in body for p in _PARTS[part])  # the cut fell between the parts
        found[part] = str(load_markdown(path).front.data["title"])
    return found


def _subject(title: str) -> str:
    return re.sub(r",\s*\d{4}(?:–\d{4})?$", "", title)


def test_each_title_names_the_sections_own_subject_and_its_years(sections):
    expected = {"charter": "Harbour Charter", "compact": "Tallow Compact", "road": "Salt Road", "mill": "Perry"}
    for part, title in sections.items():
        first, last = _YEARS[part]
        assert title == f"{expected[part]}, {first}–{last}", title


def test_a_people_alone_is_no_title(sections):
    # "Portuguese" is the name the second part uses most, but names no subject by itself
    assert all(_subject(title) != "Portuguese" for title in sections.values()), sections
    assert _subject(sections["compact"]) == "Tallow Compact"


def test_the_whole_articles_subject_is_not_repeated_as_a_sections_title(sections):
    # the town is named in every part, and in the last more often than anything else
    assert not any("Avelin" in title for title in sections.values()), sections
    assert _subject(sections["mill"]) == "Perry"  # a man's name that starts like a country's ("Peru") is no people


def test_a_year_named_in_passing_is_left_out_of_the_span(sections):
    # the quay "first built in 1702" is named once, a century before the rest of the part
    assert "1702" not in sections["charter"]
    assert sections["charter"].endswith("1821–1824")


def test_two_names_side_by_side_are_not_glued_into_one(sections):
    # the charter is only ever named next to another name: "Under the Harbour Charter the Pilots …"
    assert not any(re.search(r"[A-Z]\w* the [A-Z]", title) for title in sections.values()), sections
    assert _subject(sections["charter"]) == "Harbour Charter"


def test_no_two_sections_get_the_same_subject(sections):
    # the Salt Road is named most in the last two parts: it titles the one it is most about
    subjects = [_subject(title) for title in sections.values()]
    assert len(set(subjects)) == len(subjects), subjects
    assert _subject(sections["road"]) == "Salt Road"
    assert "Salt Road" not in sections["mill"]


def test_a_german_narrative_is_titled_by_the_subjects_of_its_parts(tmp_path):
    # German capitalises every noun: the nouns of every part ("Stadt", "Rat") are no subject
    themen = ["Kupferhütte", "Salzstraße", "Hafenmole", "Tuchmesse"]
    teile = [
        "Im Jahr {j} sprach die ganze Stadt Neuhafen von der {thema}, und die Fischer der Stadt zogen ihre "
        "Boote an den neuen Strand. Der Rat der Stadt bezahlte die Arbeit mit dem Zoll der Schiffe.",
        "Der Handel wuchs im Jahr {j}, und die {thema} brachte jede Woche vierzig Wagen in die Stadt. Die "
        "Fuhrleute der Stadt verdienten gut an dem Weg ins Land, und die Wirte an der Straße auch.",
    ]
    paragraphs = [
        t.format(j=1800 + 20 * i + 2 * k + half, thema=thema)
        for i, thema in enumerate(themen)
        for half in (0, 1)
        for k, t in enumerate(teile)
    ]
    article = tmp_path / "neuhafen.txt"
    article.write_text("Neuhafen\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert main(["import", str(article), "--slug", "neuhafen", "--content", str(tmp_path / "content")]) == 0
    files = sorted((tmp_path / "content" / "neuhafen" / "sections").glob("*.md"))
    titles = [str(load_markdown(path).front.data["title"]) for path in files]
    assert titles == [f"{thema}, {1800 + 20 * i}–{1800 + 20 * i + 3}" for i, thema in enumerate(themen)]


def test_a_year_named_once_beside_a_tight_run_of_years_is_left_out():
    text = (
        "In March 1861 the envoys sailed, and in May 1861 they reached the court. The treaty was "
        "signed in June 1861, though the last of its payments was only made in 1865."
    )
    assert core_years(find_dates(text)) == "1861"
    # spread over a decade, the same year is part of the story
    text = text.replace("May 1861", "May 1858").replace("June 1861", "June 1862")
    assert core_years(find_dates(text)) == "1858–1865"


def test_the_year_of_the_event_a_title_names_stays_in_its_span():
    text = (
        "The Battle of Greyford was fought in 1790. In 1815 the valley was at peace, in 1816 the mills "
        "reopened, in 1817 the bridge was rebuilt, and in 1818 the market returned."
    )
    assert core_years(find_dates(text)) == "1815–1818"  # in passing, the battle's year is left out …
    assert core_years(find_dates(text), own={1790}) == "1790–1818"  # … but not when the title names it
