"""A new guide's sample text in the language asked for: the one table of samples
(templates/skeleton-text.yaml) matches the skeleton, and the skeleton written in French,
German, Spanish, Japanese and Arabic builds, with its own words in the PDF read back."""

from __future__ import annotations

import re

import pypdfium2
import pytest

from generator.authoring.scaffold import SKELETON, new_guide, sample_languages, sample_text, translated
from generator.build import build_guide
from generator.content.load import load_guide

#: A few samples looked for in each built PDF: a section's title, a question, a glossary term.
LOOKED_FOR = ("Background", "In which year did the first event happen?", "Treaty")


def _skeleton() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SKELETON.rglob("*")) if path.is_file())


def _squeezed(text: str) -> str:
    """Text without spaces or soft hyphens, its hyphens plain: the language's typography
    (French thin spaces before ?, the typographic hyphen), line breaks and hyphenation do
    not count."""
    return re.sub(r"[\s\x02\xad]+", "", text).replace("\u2010", "-").replace("\u2011", "-")


def _pdf_text(path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return _squeezed("".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()


def test_every_sample_is_in_the_skeleton_and_translated_into_the_five_languages():
    skeleton = _skeleton()
    for entry in sample_text():
        english = entry["en"]
        found = f'"{english}"' in skeleton or f"'{english}'" in skeleton
        assert found or re.search(rf"(?m)^[ \t]*{re.escape(english)}$", skeleton), english
        assert {"fr", "de", "es", "ja", "ar"} <= set(entry), english
    assert {"fr", "de", "es", "ja", "ar"} <= sample_languages()


def test_a_language_without_samples_keeps_the_english_text():
    text = (SKELETON / "faq.yaml").read_text(encoding="utf-8")
    assert translated(text, "ko") == text
    assert translated(text, "fr") != text


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ja", "ar"])
def test_the_skeleton_is_written_and_built_in_its_language(tmp_path, lang):
    new_guide(tmp_path / "content", "guide", lang)
    folder = tmp_path / "content" / "guide"
    written = "\n".join(path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*")) if path.is_file())
    samples = {entry["en"]: entry[lang] for entry in sample_text()}
    left = [english for english, own in samples.items() if own != english and english in written]
    assert left == []
    guide = load_guide(folder)
    assert guide.meta.language == lang and guide.sections[0].title == samples["Background"]

    built = build_guide(folder, tmp_path / "out")
    text = _pdf_text(built.outputs[-1])
    for english in LOOKED_FOR:
        assert _squeezed(samples[english]) in text, (lang, samples[english])
        assert _squeezed(english) not in text, english
