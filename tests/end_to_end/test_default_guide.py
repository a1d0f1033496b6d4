"""The default guide, built for real and read back from the PDF."""

from __future__ import annotations

import re
import unicodedata

import pytest
from conftest import DEFAULT_GUIDE, PLAIN_QUOTES, flat, page_texts, pdf_fonts, pdftotext
from pypdf import PdfReader

pytestmark = pytest.mark.usefixtures("default_build")


def squash(text: str) -> str:
    """Text with hyphenation and line breaks undone, for searching extracted pages."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").translate(PLAIN_QUOTES)
    text = re.sub(r"-\n(?=[a-z])", "", text)
    return re.sub(r"\s+", " ", text)


def no_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def built(default_build):
    result, guide = default_build
    return result, guide, page_texts(result.pdf), PdfReader(result.pdf)


def contents_entries(pages: list[str]) -> list[tuple[str, int]]:
    """(title, printed page number) for every line of the contents page."""
    entries = []
    for line in pages[1].splitlines():
        match = re.match(r"^(?:\d+\s+)?(.+?)[\s.]*\s(\d+)$", line.strip())
        if match and "Contents" not in line:
            entries.append((match.group(1).strip(" ."), int(match.group(2))))
    return entries


def test_booklet_has_a_plausible_length(built):
    result, guide, pages, reader = built
    assert len(reader.pages) == result.pages == len(pages)
    # ten sections and the reference parts take about forty pages; the questions
    # (39, with writing space) and the answer key add some twenty more
    assert 20 <= result.pages <= 70


def test_contents_page_numbers_are_where_sections_start(built):
    _, guide, pages, _ = built
    entries = dict(contents_entries(pages))
    for section in guide.sections:
        printed = entries.get(section.title)
        assert printed, f"{section.title!r} missing from contents: {entries}"
        page_text = pages[printed - 1]
        assert page_text.lstrip().splitlines()[0:4], "empty page"
        marker = f"SECTION {section.number}\n"  # the label is set in capitals
        assert marker in page_text and no_space(section.title) in no_space(page_text)
        assert marker not in "".join(pages[: printed - 1]), "the section starts earlier"


def test_contents_entries_are_clickable_links_to_the_right_page(built):
    _, _, pages, reader = built
    entries = contents_entries(pages)
    annotations = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    targets = []
    for annotation in annotations:
        dest = annotation.get("/Dest") or annotation.get("/A", {}).get("/D")
        if dest is not None:
            if isinstance(dest, (str, bytes)) or not hasattr(dest, "__getitem__"):
                dest = reader.named_destinations[str(dest)]
                targets.append(reader.get_destination_page_number(dest) + 1)
            else:
                targets.append(reader.get_page_number(dest[0]) + 1)
    printed = [number for _, number in entries]
    assert sorted(set(targets)) == sorted(set(printed))


def test_outline_matches_the_contents(built):
    _, _, pages, reader = built
    outline = [
        (item.title, reader.get_destination_page_number(item) + 1)
        for item in reader.outline
        if not isinstance(item, list)
    ]
    expected = [("Contents", 2)] + contents_entries(pages)
    assert [(t.replace("\n", " "), p) for t, p in outline] == expected


def test_timeline_is_chronological_whatever_the_file_order(built):
    _, guide, pages, _ = built
    timeline_start = next(i for i, text in enumerate(pages) if text.lstrip().startswith("Timeline"))
    text = squash(" ".join(pages[timeline_start:]))
    by_id = {event.id: event for event in guide.events if event.id}
    order = ["khalkhin-gol", "neutrality-pact", "yalta", "soviet-declaration-of-war"]
    positions = [text.find(squash(by_id[key].title)) for key in order]
    assert -1 not in positions, positions
    assert positions == sorted(positions)
    timeline_pages = [text for text in pages[timeline_start:] if text.lstrip().startswith("Timeline")]
    years = [int(y) for y in re.findall(r"^(1[89]\d\d)$", "\n".join(timeline_pages), re.M)]
    assert years == sorted(years) and len(years) >= 8


def test_faq_glossary_and_people_are_printed(built):
    _, guide, pages, _ = built
    text = squash(" ".join(pages))
    for entry in guide.faq:
        assert squash(entry.question) in text
    for term in guide.glossary:
        assert squash(term.term) in text
    for person in guide.people:
        assert squash(person.name) in text


def test_japanese_and_russian_names_print_as_real_text(built):
    _, _, pages, _ = built
    text = " ".join(pages)
    assert "日ソ中立条約" in text
    assert re.search(r"[А-Яа-я]{4,}", text)


def test_pdf_metadata_describes_the_guide(built):
    _, guide, _, reader = built
    assert reader.metadata.title == guide.meta.title
    assert reader.metadata.author == ", ".join(guide.meta.authors) or reader.metadata.author in guide.meta.authors
    assert reader.metadata.subject == guide.meta.description
    assert reader.trailer["/Root"]["/Lang"] == guide.meta.language


def test_every_font_is_embedded(built):
    result, _, _, _ = built
    fonts = pdf_fonts(result.pdf)
    assert fonts
    for name, embedded in fonts:
        assert embedded, name
    names = " ".join(name for name, _ in fonts)
    assert "Guide-Serif" in names and "Guide-Sans" in names and "Guide-CJK" in names


def test_letter_paper_lays_out_on_letter_pages(tmp_path):
    from generator.build import build_guide
    from generator.render.html import RenderOptions

    result = build_guide(DEFAULT_GUIDE, tmp_path, RenderOptions(paper="Letter"))
    reader = PdfReader(result.pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Contents" in pdftotext(result.pdf, 2, 2)


def loose(text: str) -> str:
    """``flat`` text without hyphens either, so a phrase is found whether or not a
    line break fell inside one of its words (PDFium marks a break it hyphenated with
    U+0002 or U+FFFE)."""
    return re.sub("[-\u0002\ufffe]", "", flat(text))


#: The second historian's review, corrections 1–12: for each, phrases the printed guide
#: must carry (in its sections, questions, answer key, timeline or sources) and the
#: wrong or ambiguous wording it must no longer print.
REVIEWED = {
    "1 Matsuoka true/false has one defensible answer": (
        ["Matsuoka signed the Neutrality Pact on the day he arrived back in Tokyo", "reached Tokyo again on 22 April"],
        ["on the last day of Matsuoka's journey"],
    ),
    "2 neutrality as the smaller commitment": (
        [
            "In November 1940 Molotov made a counter-offer",
            'the return of southern Sakhalin and of "some islands", meaning the Kurils',
            "a neutrality pact was the smaller one",
            "Article II of the Molotov–Ribbentrop Pact",
        ],
        ["It went beyond a promise not to attack", "but Article 2 goes further (1)"],
    ),
    "3 the Kurils' documentary record and the reason for Yalta's wording": (
        [
            "Treaty of Shimoda",
            "Treaty of Saint Petersburg",
            "Tokyo Declaration",
            "Singapore summit",
            "Kurils had not been taken from Russia in that war (1)",
        ],
        ["with no claim of former rights: they are simply to be transferred"],
    ),
    "4 Japan's decision of 9–14 August is taught": (
        [
            'the six members of the Supreme Council for the Direction of the War, the "Big Six", met',
            "Hirohito sided with Tōgō, the first of his two",
            "James Byrnes, answered for the Allies on 11 August",
            "On 14 August a second imperial conference met",
            "The leaders' meetings: the Big Six deadlocked three to three on 9 August",
        ],
        [],
    ),
    "5 the mediation request went through Satō": (
        [
            "Do not credit the Hirota–Malik talks of June as the mediation request",
            "This was Japan's formal request for Soviet mediation",
        ],
        ["made through the Hirota–Malik talks and the proposed Konoe mission of July 1945"],
    ),
    "6 several reasons for shelving the northern attack": (
        [
            "Historians give several reasons for that decision",
            "That reduction did not happen on the scale they required",
            "they were not reduced as required",
        ],
        ["The decisive push came from Washington"],
    ),
    "7 Ozaki arrested on 15 October 1941": (
        ["Ozaki Hotsumi, on 15 October 1941", "three days after detaining his informant Ozaki"],
        ["Ozaki on 14 October", "four days after detaining"],
    ),
    "8 the Anti-Comintern secret protocol in its own terms": (
        [
            '"no measures which would tend to ease the situation of the USSR"',
            '"contrary to the spirit" of the agreement without each other\'s consent',
            "The protocol did not forbid every political agreement with Moscow",
        ],
        ["neither would make political agreements with Moscow", "rules out political treaties with Moscow."],
    ),
    "9 one translation of the 5 April 1945 statement": (
        [
            'the Neutrality Pact "has lost its sense"',
            "the neutrality pact between Japan and the USSR has lost its sense",
        ],
        ["lost its meaning"],
    ),
    "10 no expiry date claimed for the 1945 statement": (
        ["of the 1945 statement names an expiry date"],
        ["the Soviet statement of 1945 and some reference works give 13 April 1946"],
    ),
    "11 Hasegawa: Soviet entry more decisive than the bombs": (
        [
            "the Soviet declaration of war was more decisive than the atomic bombs",
            "Soviet entry was more decisive than the atomic bombs",
        ],
        ["at least as much as the atomic bombs", "at least as heavily as the"],
    ),
    "12 Asada stresses the shock of Hiroshima": (
        ["the shock of the Hiroshima bomb, and the Emperor's reaction to it"],
        ["Nagasaki included"],
    ),
}


@pytest.mark.parametrize("correction", list(REVIEWED))
def test_the_reviewed_facts_are_printed(built, correction):
    _, _, pages, _ = built
    text = loose("\n".join(pages))
    printed, withdrawn = REVIEWED[correction]
    for phrase in printed:
        assert loose(phrase) in text, f"{correction}: {phrase!r} is not in the PDF"
    for phrase in withdrawn:
        assert loose(phrase) not in text, f"{correction}: {phrase!r} is still in the PDF"
