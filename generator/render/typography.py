"""Typographic and accessibility finishing of the HTML the templates produce.

Text that comes from YAML (key points, the timeline, the glossary, FAQ
questions …) is typed with straight quotes; the Markdown prose already gets
curly ones from Python-Markdown's smarty extension. :func:`smart_quotes` gives
the YAML text the same treatment (with the SmartyPants library); :func:`mark_scripts`
then gives the whole document the marks of the guide's language.

Words in another script (Japanese, Russian …) are marked with ``lang`` so that
screen readers switch voice and WeasyPrint picks the right glyph forms:
:func:`lang_attr` for a field that holds only such a word, :func:`mark_scripts`
for runs inside running text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import smartypants
from markupsafe import Markup

from generator.i18n.catalog import is_rtl
from generator.i18n.typography import localise_text, native_scripts

_STRAIGHT = re.compile("['\"]")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*:\S*$", re.IGNORECASE)
_ELIDED_YEAR = re.compile(r"‘(?=\d\d\b)")  # ’25: SmartyPants opens a quote there


@functools.lru_cache(maxsize=8192)  # a warm watch, or a guide's several products, ask again
def smart_quotes(text: str, lang: str = "en") -> str:
    """``text`` with typographic quotes and apostrophes; URLs are left alone.

    The quotes are English's here, as Markdown's are: :func:`mark_scripts` gives the
    whole document the marks of ``lang`` in one pass (two would turn German's closing “
    into an opening one)."""
    if not _STRAIGHT.search(text) or _URL.match(text):
        return text
    return _ELIDED_YEAR.sub("’", smartypants.smartypants(text, smartypants.Attr.q | smartypants.Attr.u))


#: Scripts that name their language well enough to mark it: (first, last code
#: point, language). Han alone is read as Japanese: the guides are about Japan.
SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x3040, 0x30FF, "ja"),  # hiragana, katakana
    (0x31F0, 0x31FF, "ja"),
    (0x4E00, 0x9FFF, "ja"),  # CJK ideographs
    (0xFF66, 0xFF9F, "ja"),
    (0x0400, 0x04FF, "ru"),  # Cyrillic
    (0x0370, 0x03FF, "el"),
    (0xAC00, 0xD7AF, "ko"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
)


def script_language(char: str) -> str | None:
    """The language a character's script suggests, or None for Latin and punctuation."""
    code = ord(char)
    return next((lang for first, last, lang in SCRIPTS if first <= code <= last), None)


def text_language(text: str | None) -> str | None:
    """The language of the first character in a non-Latin script in ``text``."""
    return next((lang for lang in map(script_language, text or "") if lang), None)


def text_direction(text: str | None) -> str | None:
    """ "ltr" or "rtl" after the first strongly directional character of ``text`` (the rule
    of HTML's ``dir="auto"``, which WeasyPrint does not apply), or None if it has none."""
    for char in text or "":
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def dir_attr(text: str | None, lang: str) -> Markup:
    """` dir="ltr"` for an entry written in the other direction from a ``lang`` page's (a
    Jinja filter): a Latin reference in an Arabic guide keeps its own reading order and
    punctuation, instead of being reordered as Arabic."""
    direction = text_direction(text)
    page_direction = "rtl" if is_rtl(lang) else "ltr"
    return Markup(f' dir="{direction}"') if direction and direction != page_direction else Markup("")


def lang_attr(text: str | None) -> Markup:
    """` lang="ja"` for a native-script field (a Jinja filter), or nothing."""
    lang = text_language(text)
    return Markup(f' lang="{lang}"') if lang else Markup("")


_RUN_CHARS = "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last, _ in SCRIPTS)
# a run: script characters, with the spaces and punctuation between them
_RUN = re.compile(f"[{_RUN_CHARS}](?:[{_RUN_CHARS}\\s;:,.()・ー]*[{_RUN_CHARS}])?")
_TEXT = re.compile(r">([^<]+)<")


def mark_scripts(html: str, lang: str = "en") -> str:
    """Wrap runs of another script in the ``<body>`` of ``html`` in ``<span lang>``.

    Only text between tags is touched (attribute values never hold a ``<`` or
    ``>``: Jinja escapes them), so the head (title, metadata) keeps plain text.
    A run inside an element that already says its language is wrapped again,
    harmlessly. Text in the document's own script (Cyrillic in a Ukrainian guide) is
    left as it is, and each piece of text gets the language's quotes and spacing."""
    start = html.find("<body")
    if start < 0:
        return html
    own = native_scripts(lang)

    def wrap(run: re.Match) -> str:
        return run.group(0) if {script_language(c) for c in run.group(0)} - {None} <= own else _wrap_run(run)

    def in_text(match: re.Match) -> str:
        return ">" + _RUN.sub(wrap, localise_text(match.group(1), lang)) + "<"

    return html[:start] + _TEXT.sub(in_text, html[start:])


def _wrap_run(match: re.Match) -> str:
    run = match.group(0)
    languages = {lang for lang in map(script_language, run) if lang}
    lang = text_language(run) if len(languages) == 1 else None
    if lang is None:  # two scripts in one run: mark each part on its own
        return re.sub(
            f"[{_RUN_CHARS}]+", lambda m: f'<span lang="{text_language(m.group(0))}">{m.group(0)}</span>', run
        )
    return f'<span lang="{lang}">{run}</span>'


_TH = re.compile(r"<th(?=[\s>])(?![^>]*\bscope=)")


def scope_headers(html: str) -> str:
    """Give every table header cell a scope (Markdown tables have column headers only)."""
    return _TH.sub('<th scope="col"', html)


_NOTE_LIST = re.compile(r'<div class="footnote">.*?</div>', re.DOTALL)
_NOTE = re.compile(r'<li id="fn:([^"]+)">(.*?)</li>', re.DOTALL)
_BACKREF = re.compile(r'(?:&nbsp;|\s)*<a class="footnote-backref"[^>]*>.*?</a>')
_CALL = re.compile(r'<sup id="fnref:([^"]+)"><a class="footnote-ref"[^>]*>[^<]*</a></sup>')
_PARAGRAPH_TAG = re.compile(r"\s*</?p>\s*")


def page_footnotes(html: str) -> str:
    """Move each Markdown footnote to its call, as a ``float: footnote`` span.

    Python-Markdown collects the notes at the end of the text; printed, they
    belong at the foot of the page that calls them. A note's paragraphs run
    on in one inline span, and the list at the end is removed."""
    notes = {}
    for block in _NOTE_LIST.findall(html):
        for key, body in _NOTE.findall(block):
            notes[key] = _PARAGRAPH_TAG.sub(" ", _BACKREF.sub("", body)).strip()
    if not notes:
        return html
    html = _CALL.sub(
        lambda m: f'<span class="fn">{notes[m.group(1)]}</span>' if m.group(1) in notes else m.group(0), html
    )
    return _NOTE_LIST.sub("", html)
