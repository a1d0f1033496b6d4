"""The words, plurals, dates, order and direction of a guide in another language,
read back from real builds: catalogues, CLDR plurals and dates, collation, the check's
dates in prose, right to left, CJK line breaking, and exports with no English added."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import zipfile
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from conftest import ROOT, page_texts
from guide_factory import cli
from pdf_measure import read_glyphs

from generator.authoring.check import find_inconsistencies
from generator.authoring.prose import find_dates
from generator.build import build, build_guide
from generator.content.dates import format_span, parse_span
from generator.content.load import load_guide
from generator.errors import ContentError
from generator.i18n.catalog import LANGUAGES, catalogue_path
from generator.i18n.collation import initial, sort_key
from generator.i18n.extract import template
from generator.i18n.labels import merged_labels
from generator.i18n.messages import COUNTED, LABELS, PHRASES
from generator.jobs import Job
from generator.products.exports import FORMATS, exported

SKELETON = ROOT / "templates" / "skeleton"


def skeleton(parent: Path, lang: str, files: dict[str, str] | None = None, name: str = "guide") -> Path:
    root = parent / name
    shutil.copytree(SKELETON, root)
    meta = root / "guide.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("\nlanguage: en\n", f"\nlanguage: {lang}\n"), "utf-8")
    for relative, text in (files or {}).items():
        (root / relative).write_text(text, encoding="utf-8")
    return root


# ---- Catalogues ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogue_translates_every_message_with_the_languages_plural_forms(lang):
    with catalogue_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    for message in template():
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        assert found is not None and not found.fuzzy, message.context
        forms = found.string if isinstance(found.string, tuple) else (found.string,)
        assert all(forms), message.context
        if message.pluralizable:
            assert len(forms) == get_plural(lang).num_plurals
    # slots survive translation
    for name, english in PHRASES.items():
        assert set(re.findall(r"\{\w+\}", catalog.get(english, context=name).string)) == set(
            re.findall(r"\{\w+\}", english)
        ), name


def test_marks_are_counted_by_cldr_plural_rules():
    russian = merged_labels(None, "ru")
    assert [russian.count_marks(n) for n in (1, 2, 5, 21, 22, 25, 11)] == [
        "1 балл",
        "2 балла",
        "5 баллов",
        "21 балл",
        "22 балла",
        "25 баллов",
        "11 баллов",
    ]
    arabic = merged_labels(None, "ar")
    # zero, one, two, few (3–10), many (11–99) and other: six forms, two of them alike in the noun
    assert [arabic.count_marks(n) for n in (0, 1, 2, 3, 11, 100)] == [
        "0 درجة",
        "درجة واحدة",
        "درجتان",
        "3 درجات",
        "11 درجة",
        "100 درجة",
    ]
    assert merged_labels(None, "fr").labelled("total_marks", "17 points") == "Total\u202f: 17 points"
    assert merged_labels(None, "en").count_marks(1) == "1 mark"
    assert merged_labels(None, "qaa").count_marks(2) == "2 marks"  # no catalogue, no CLDR: English
    assert merged_labels(None, "fr-CA")["contents"] == "Sommaire"  # a region uses its language's words


def test_a_guides_own_labels_win_and_the_yaml_boolean_key_names_a_label(tmp_path):
    meta = "labels:\n  true: Vrai\n  false: Faux\n  contents: Table des matières\n"
    root = skeleton(tmp_path, "fr")
    (root / "guide.yaml").write_text((root / "guide.yaml").read_text() + meta)
    guide = load_guide(root)
    words = merged_labels(guide.meta.labels, guide.meta.language)
    assert (words["true"], words["false"], words["contents"], words["glossary"]) == (
        "Vrai",
        "Faux",
        "Table des matières",
        "Glossaire",
    )


def test_a_misspelt_label_is_reported_at_its_own_line_with_a_suggestion(tmp_path):
    root = skeleton(tmp_path, "fr")
    text = (root / "guide.yaml").read_text() + "labels:\n  contents: Table\n  glosary: Lexique\n"
    (root / "guide.yaml").write_text(text)
    with pytest.raises(ContentError) as caught:
        load_guide(root)
    line = text.splitlines().index("  glosary: Lexique") + 1
    assert f"guide.yaml:{line}:" in str(caught.value) and "'glossary'" in str(caught.value)


def test_the_schema_lists_every_label():
    schema = json.loads((ROOT / "schemas" / "guide.schema.json").read_text())
    labels = schema["$defs"]["LabelOverrides"]
    assert set(labels["properties"]) == set(LABELS) and labels["additionalProperties"] is False


# ---- Dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "date", "written"),
    [
        ("fr", "1945-08-08", "8 août 1945"),
        ("de", "1945-08-08", "8. August 1945"),
        ("ru", "1945-08-08", "8 августа 1945\u202fг."),
        ("ja", "1945-08-08", "1945年8月8日"),
        ("fr", "1900~", "vers 1900"),
        ("fr", "-0490", "490 av. J.-C."),
        ("ja", "-0490", "紀元前490年"),
        ("de", "-0490/-0479", "490–479 v. Chr."),
        ("fr", "-0031/0014", "31 av. J.-C. – 14 ap. J.-C."),
        ("ja", "-0031/0014", "紀元前31年〜西暦14年"),
        ("de", "1939-09/1939-11", "September – November 1939"),  # the month's whole name, not 'Sep'
        ("fr", "1793-09-05/1794-07-27", "5 septembre 1793 – 27 juillet 1794"),
        ("ja", "1939-05-11/1939-09-16", "1939年5月11日〜9月16日"),
        ("es", "1939-05-11/1939-09-16", "11 de mayo – 16 de septiembre de 1939"),
        ("ko", "1945-08-08", "1945년 8월 8일"),  # CLDR, without a catalogue of our words
        ("qaa", "1945-08-08", "8 August 1945"),  # a language CLDR does not know: English
    ],
)
def test_dates_are_written_as_cldr_writes_them(lang, date, written):
    assert format_span(parse_span(date), lang) == written


@pytest.mark.parametrize(
    ("lang", "prose", "date"),
    [
        ("fr", "Le 5 mai 1789, les états généraux s’ouvrent.", (1789, 5, 5)),
        ("fr", "Le 1er août 1914, la France mobilise.", (1914, 8, 1)),
        ("de", "Am 8. August 1945 erklärte die Sowjetunion den Krieg.", (1945, 8, 8)),
        ("es", "El 5 de mayo de 1789 se reunieron.", (1789, 5, 5)),
        ("ru", "8 августа 1945 г. СССР объявил войну.", (1945, 8, 8)),
        ("ja", "1945年8月8日、ソ連は宣戦した。", (1945, 8, 8)),
        ("zh", "1945年8月8日，苏联宣战。", (1945, 8, 8)),
        ("pl", "W sierpniu… 8 sierpnia 1945 ZSRR wypowiedział wojnę.", (1945, 8, 8)),
    ],
)
def test_dates_in_prose_are_read_in_the_guides_language(lang, prose, date):
    found = find_dates(prose, language=lang)
    assert [(m.date.year, m.date.month, m.date.day) for m in found][0] == date


def test_check_compares_french_prose_dates_with_the_timeline(tmp_path):
    body = "---\ntitle: Les débuts\nsummary:\n  - Premier point.\n  - Second point.\n---\n\n"
    body += "Tout commence en 1901. Le 14 juillet 1789, rien ne se passe ici.\n"
    root = skeleton(tmp_path, "fr", {"sections/01-background.md": body})
    messages = [str(finding.problem) for finding in find_inconsistencies(load_guide(root))]
    assert any("'14 juillet 1789' matches no timeline event" in message for message in messages), messages


# ---- Order --------------------------------------------------------------------------------


def test_collation_follows_each_language():
    french = ["Zèbre", "Ours", "Éléphant", "Écluse", "Âne", "Abeille"]
    assert sorted(french, key=lambda w: sort_key(w, "fr")) == ["Abeille", "Âne", "Écluse", "Éléphant", "Ours", "Zèbre"]
    assert sorted(["oso", "ñandú", "nube"], key=lambda w: sort_key(w, "es")) == ["nube", "ñandú", "oso"]
    assert sorted(["mapa", "łąka", "lody"], key=lambda w: sort_key(w, "pl")) == ["lody", "łąka", "mapa"]
    assert sorted(["ılık", "iğne", "hayat"], key=lambda w: sort_key(w, "tr")) == ["hayat", "ılık", "iğne"]
    # Japanese by reading, in kana order: ね (nenpyō) before め (meiji), whatever the kanji
    assert (
        sorted([("明治", "めいじ"), ("年表", "ねんぴょう")], key=lambda t: sort_key(t[0], "ja", t[1]))[0][0] == "年表"
    )
    assert (initial("Âne", "fr"), initial("Łódź", "pl"), initial("Ñandú", "es")) == ("A", "Ł", "Ñ")


def test_the_partial_table_orders_as_the_whole_ducet():
    from pyuca import Collator

    words = [
        "Zèbre",
        "l’Ours",
        "Key point",
        "Æsir",
        "Œuvre",
        "ŒIL",
        "Straße",
        "Strasse",
        "東京",
        "Москва",
        "1905",
        "-état",
    ]
    whole = Collator()
    assert sorted(words, key=lambda w: sort_key(w, "de")) == sorted(words, key=whole.sort_key)


def test_a_french_glossary_prints_in_french_order(tmp_path):
    terms = ["Zèbre", "Ours", "Éléphant", "Écluse", "Âne", "Abeille"]
    glossary = "".join(f'- term: "{term}"\n  definition: "Un mot."\n' for term in terms)
    root = skeleton(tmp_path, "fr", {"glossary.yaml": glossary})
    pdf = build_guide(root, tmp_path / "out").outputs[-1]
    page = next(text for text in page_texts(pdf) if "Glossaire" in text and "Zèbre" in text)
    positions = [page.index(term) for term in ["Abeille", "Âne", "Écluse", "Éléphant", "Ours", "Zèbre"]]
    assert positions == sorted(positions)
    assert not re.search(r"^Â$", page, re.MULTILINE)  # Âne is filed under A, not a letter of its own


# ---- Right to left and CJK ----------------------------------------------------------------------

ARABIC_PROSE = (
    "بدأت الحرب في عام ١٩٠١ واستمرت سنوات طويلة، وغيّرت حياة الناس في المدن والقرى. "
    "كتب المؤرخون كثيرًا عن أسبابها ونتائجها، واختلفوا في تفسير الأحداث التي سبقتها. "
) * 6


def test_an_arabic_guide_is_set_right_to_left_and_its_booklet_bound_on_the_right(tmp_path):
    body = "---\ntitle: الخلفية\nsummary:\n  - النقطة الأولى.\n  - النقطة الثانية.\n---\n\n" + ARABIC_PROSE + "\n"
    root = skeleton(tmp_path, "ar", {"sections/01-background.md": body})
    pdf = build_guide(root, tmp_path / "out").outputs[-1]
    pages = read_glyphs(pdf)
    page = next(p for p in pages if sum("\u0600" <= g.char <= "\u06ff" for g in p.glyphs) > 300)
    body = [
        g for g in page.glyphs if ("\u0621" <= g.char <= "\u064a" or "\u0660" <= g.char <= "\u0669") and g.size > 9.5
    ]
    lines: list[list] = []
    for glyph in sorted(body, key=lambda g: -(g.top + g.bottom)):  # dots and descenders move a box, not a line
        middle = (glyph.top + glyph.bottom) / 2
        if lines and abs(middle - sum((g.top + g.bottom) / 2 for g in lines[-1]) / len(lines[-1])) < 6:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    rights = [max(g.right for g in line) for line in lines if len(line) > 20]
    lefts = [min(g.left for g in line) for line in lines if len(line) > 20]
    assert len(rights) >= 6
    assert max(rights) - min(rights) < 1.5  # one right edge
    assert max(lefts) - min(lefts) > 20  # the short last line of a paragraph ends short of the left

    booklet = build(Job(root, "booklet", tmp_path / "out")).outputs[-1]
    document = pdfium.PdfDocument(str(booklet))
    try:
        first = document[0]
        width, height = first.get_size()
        text = first.get_textpage()
        left_half = text.get_text_bounded(0, 0, width / 2, height)
        right_half = text.get_text_bounded(width / 2, 0, width, height)
    finally:
        document.close()
    kicker = merged_labels(None, "ar")["study_guide"]
    assert kicker in left_half and kicker not in right_half  # the cover left of the fold


LATIN_AND_ARABIC_SOURCES = """\
- author: "The Governments of the Day"
  title: "The Treaty That Ended the First Event"
  year: 1901
  kind: primary
- author: "أحمد المؤرخ"
  title: "تاريخ الحرب"
  year: 1999
"""


def test_a_latin_reference_in_an_arabic_guide_keeps_its_reading_order_inside_the_text_block(tmp_path):
    root = skeleton(tmp_path, "ar", {"sources.yaml": LATIN_AND_ARABIC_SOURCES})
    made = build_guide(root, tmp_path / "out")
    assert [w for w in made.warnings if "wider than its box" in w.message] == []
    pdf = made.outputs[-1]
    pages = read_glyphs(pdf)
    texts = page_texts(pdf)
    number = next(i for i, text in enumerate(texts) if "Governments" in text)
    # brackets left out: a PDF maps each glyph to one character, and the Arabic entry's
    # mirrored "(1999)" draws "(" with the glyph of ")", so a text layer reads them swapped
    flat = " ".join(texts[number].translate(str.maketrans("", "", "()")).split())
    assert "The Governments of the Day 1901. The Treaty That Ended the First Event." in flat
    assert "تاريخ الحرب"[::-1] in flat  # the Arabic entry beside it (a text layer reads it left to right)
    page = pages[number]
    latin = [g for g in page.glyphs if g.char.isascii() and g.char.isalpha() and g.size > 9]
    assert latin
    # inside the text block: clear of the margins (18 mm the narrower)
    assert min(g.left for g in latin) > 17.5 * 72 / 25.4
    assert max(g.right for g in latin) < page.width - 17.5 * 72 / 25.4
    # set as a left-to-right paragraph: its first line begins, at the left, with the author
    top = max((g.top + g.bottom) / 2 for g in latin)
    first_line = sorted((g for g in latin if abs((g.top + g.bottom) / 2 - top) < 4), key=lambda g: g.left)
    assert "".join(g.char for g in first_line).startswith("TheGovernments")


JAPANESE_PROSE = "".join(
    f"{'日本' * (i % 5 + 1)}は一九四{i % 10}年に{'大きな' * (i % 3)}変化を経験し、{'人々の生活' * (i % 4 + 1)}は変わった。"
    for i in range(60)
)


def test_a_japanese_guide_starts_no_line_with_a_full_stop_or_comma(tmp_path):
    body = "---\ntitle: 背景\nsummary:\n  - 最初の要点。\n  - 二つ目の要点。\n---\n\n" + JAPANESE_PROSE + "\n"
    root = skeleton(tmp_path, "ja", {"sections/01-background.md": body})
    pdf = build_guide(root, tmp_path / "out").outputs[-1]
    lines = [line.strip() for text in page_texts(pdf) for line in text.splitlines() if line.strip()]
    assert sum("変わった" in line for line in lines) > 10  # the prose is there, over many lines
    assert [line for line in lines if line[0] in "。、」）"] == []


# ---- Exports ------------------------------------------------------------------------------------


def _words_added_in_english() -> list[str]:
    """What the exports add in English (their phrases, labels and marks), without the slots."""
    pieces = [*LABELS.values(), *PHRASES.values(), *(form for forms in COUNTED.values() for form in forms)]
    words = {part.strip(" :?") for text in pieces for part in re.split(r"\{\w+\}", text)}
    content = "\n".join(
        line.split(" #")[0]
        for path in sorted(SKELETON.rglob("*"))
        if path.is_file()
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
    )
    return sorted(w for w in words if len(w) > 2 and not re.search(rf"\b{re.escape(w)}\b", content))


def _export_text(name: str, data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    if name.endswith(".apkg"):
        return _anki_text(data)
    if zipfile.is_zipfile(BytesIO(data)):
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    return data.decode("utf-8")


def _anki_text(data: bytes) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            archive.extract("collection.anki2", folder)
        connection = sqlite3.connect(Path(folder) / "collection.anki2")
        try:
            notes = [row[0] for row in connection.execute("select flds from notes")]
            models = [json.loads(row[0]) for row in connection.execute("select models from col")]
        finally:
            connection.close()
    # the words a student sees: the note type's name, its fields' and its card types' names
    names = [
        name
        for by_id in models
        for model in by_id.values()
        for name in [model["name"], *(f["name"] for f in model["flds"]), *(t["name"] for t in model["tmpls"])]
    ]
    return "\n".join(notes + names)


def test_the_exports_of_a_french_guide_add_no_english(tmp_path):
    guide = load_guide(skeleton(tmp_path, "fr"))
    english = _words_added_in_english()
    assert "Model answer" in english and "What happened in" in english  # the list is not empty
    for format in FORMATS:
        _result, files = exported(guide, format)
        for name, data in files.items():
            if name.endswith("-report.txt"):  # the command's own report to the teacher
                continue
            text = _export_text(name, data)
            left = [w for w in english if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
            assert left == [], (format, left)
            assert not re.search(r"\b1[0-9]{3}-[01][0-9]\b", text), format  # dates as the booklet writes them


def test_new_writes_the_skeleton_in_the_language_asked_for(tmp_path):
    result = cli(["new", "revolution", "--content", str(tmp_path), "--language", "fr"])
    assert result.returncode == 0, result.stderr
    meta = (tmp_path / "revolution" / "guide.yaml").read_text(encoding="utf-8")
    assert "\nlanguage: fr\n" in meta and '#   contents: "Sommaire"' in meta
    assert load_guide(tmp_path / "revolution").meta.language == "fr"


def test_check_finds_a_japanese_term_in_prose_without_spaces(tmp_path):
    body = "---\ntitle: 背景\nsummary:\n  - 最初の要点。\n  - 二つ目の要点。\n---\n\n1901年、ソ連は満州に侵攻した。\n"
    glossary = '- term: "満州"\n  reading: "まんしゅう"\n  definition: "中国東北部。"\n'
    glossary += '- term: "年表"\n  reading: "ねんぴょう"\n  definition: "出来事の一覧。"\n'
    root = skeleton(tmp_path, "ja", {"sections/01-background.md": body, "glossary.yaml": glossary})
    unused = [
        str(f.problem) for f in find_inconsistencies(load_guide(root)) if "the glossary defines" in str(f.problem)
    ]
    assert len(unused) == 1 and "'年表'" in unused[0]  # 満州 is used, 年表 is not


@pytest.mark.parametrize(
    ("lang", "text", "finished"),
    [
        ("de", "Er sagte “ja” und ‘nein’.", "Er sagte „ja“ und ‚nein’."),
        ("fr", "Il dit : “non” ! Vraiment?", "Il dit\u202f: «\u202fnon\u202f»\u202f! Vraiment\u202f?"),
        ("fr", "Voir https://example.org/a?b=1 à 10:30.", "Voir https://example.org/a?b=1 à 10:30."),
        ("ja", "彼は“はい”と言った。", "彼は「はい」と言った。"),
        ("ar", "الدرجات 9–12", "الدرجات 9\u200e–\u200e12"),
        ("en", "“Yes”, 9–12.", "“Yes”, 9–12."),
    ],
)
def test_each_language_gets_its_typography(lang, text, finished):
    from generator.i18n.typography import localise_text

    assert localise_text(text, lang) == finished


def test_an_arabic_card_deck_backs_each_card_behind_its_front(tmp_path):
    """Flipped on the long edge, a card's back lies in the mirrored column of the same row."""
    cards = build(Job(skeleton(tmp_path, "ar"), "cards", tmp_path / "out")).outputs[-1]
    document = pdfium.PdfDocument(str(cards))
    try:
        width, height = document[0].get_size()

        def where(page: int, text: str) -> tuple[float, float]:
            found = document[page].get_textpage().search(text)
            first = found.get_next()
            assert first is not None, (page, text)
            index, count = first
            left, bottom, right, top = document[page].get_textpage().get_charbox(index)
            return left, bottom

        front, back = where(0, "Key point"), where(1, "Key point")
    finally:
        document.close()
    assert (front[0] < width / 2) != (back[0] < width / 2)  # mirrored column
    assert abs(front[1] - back[1]) < height / 4  # same row
