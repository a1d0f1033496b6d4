"""Create a new guide folder: ``studyguide new`` and the writer the importer shares.

The starter files live in ``templates/skeleton/``: a short working example of
every content file, with comments. They are copied with three substitutions:
the title, the sample text in the guide's language (``templates/skeleton-text.yaml``,
one table of each English sample with its translations), and the relative path to
``schemas/`` in each file's ``yaml-language-server`` comment, so editors find the
schema wherever the guide folder lies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache, partial
from pathlib import Path

from ruamel.yaml import YAML

from generator.authoring.schema import modeline
from generator.content.model import _LANGUAGE as LANGUAGE_PATTERN
from generator.content.model import _SLUG as SLUG_PATTERN
from generator.errors import ContentError
from generator.i18n.catalog import LANGUAGES, base_language
from generator.i18n.labels import merged_labels
from generator.resources import TEMPLATES

SKELETON = TEMPLATES / "skeleton"
SAMPLE_TEXT = TEMPLATES / "skeleton-text.yaml"
_MODELINE = re.compile(r"^# yaml-language-server: \$schema=.*$", re.MULTILINE)


def check_slug(slug: str) -> None:
    """Refuse a folder name that is not a slug (the guide's slug names its PDF)."""
    if not SLUG_PATTERN.match(slug):
        raise ContentError.at(
            Path(slug), None, "a guide's name must be lowercase letters, digits and hyphens, e.g. cold-war-1947"
        )


def write_guide(folder: Path, files: Mapping[str, str]) -> list[Path]:
    """Create ``folder`` with ``files`` (relative path → text); never overwrites.

    Each YAML file and each section's front matter gets the ``yaml-language-server``
    comment pointing at its schema (any placeholder comment is replaced).
    """
    if folder.exists():
        raise ContentError.at(
            folder, None, "already exists: choose another name or delete the folder first; nothing was changed"
        )
    if not files:
        raise ContentError.at(folder, None, "nothing to write: the generator's files are missing; reinstall it")
    return write_files(folder, {relative: _with_modeline(folder / relative, text) for relative, text in files.items()})


def write_files(folder: Path, files: Mapping[str, str | bytes]) -> list[Path]:
    """Write ``files`` (path relative to ``folder`` → text or bytes), making folders
    as needed and replacing what is there; returns the paths written."""
    written = []
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        # Report only what is really on disk: a success message for files that are not there misleads.
        on_disk = path.read_bytes() if path.is_file() else None
        if on_disk != (content if isinstance(content, bytes) else content.encode("utf-8")):
            raise ContentError.at(path, None, "could not be written: check the disk and the folder's permissions")
        written.append(path)
    return written


def new_guide(content: Path, slug: str, language: str = "en") -> list[Path]:
    """Create ``content/<slug>/`` from the skeleton, in ``language``; returns the files made."""
    check_slug(slug)
    if not LANGUAGE_PATTERN.match(language):
        raise ContentError.at(
            Path(slug), None, f"--language '{language}' is not a language tag: use e.g. en, fr, de, ja, ar"
        )
    if not (SKELETON / "guide.yaml").is_file():
        # An installation without its package data: say so rather than create an empty folder.
        raise ContentError.at(
            SKELETON, None, "the starter files of a new guide are missing from this installation: reinstall studyguide"
        )
    title = slug.replace("-", " ").capitalize()
    files = {}
    for path in sorted(SKELETON.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            files[path.relative_to(SKELETON).as_posix()] = text.replace('"TITLE"', f'"{title}"')
    if language != "en":
        files = {path: translated(text, base_language(language)) for path, text in files.items()}
        files["guide.yaml"] = in_language(files["guide.yaml"], language)
    return write_guide(content / slug, files)


@cache
def sample_text() -> list[dict[str, str]]:
    """The skeleton's sample texts, each with its translations by language."""
    entries = YAML(typ="safe").load(SAMPLE_TEXT.read_text(encoding="utf-8")) if SAMPLE_TEXT.is_file() else []
    return [{str(k): str(v) for k, v in entry.items()} for entry in entries or []]


def sample_languages() -> frozenset[str]:
    """The languages the skeleton's sample text is written in (besides English)."""
    return frozenset(lang for entry in sample_text() for lang in entry if lang != "en")


def translated(text: str, lang: str) -> str:
    """A skeleton file's text with each sample in ``lang`` (English where the table has none).

    A sample is matched whole: as a quoted YAML value, or as whole lines (a folded value,
    a Markdown paragraph); the longest first, so a sentence is never half replaced."""
    for entry in sorted(sample_text(), key=lambda e: -len(e["en"])):
        english, own = entry["en"], entry.get(lang)
        if not own:
            continue
        text = text.replace(f'"{english}"', json.dumps(own, ensure_ascii=False))
        text = text.replace(f"'{english}'", "'" + own.replace("'", "''") + "'")
        # A function as the replacement: the sample is text, never a pattern (a backslash stays one).
        text = re.sub(rf"(?m)^([ \t]*){re.escape(english)}$", partial(_indented, own), text)
    return text


def in_language(guide_yaml: str, language: str) -> str:
    """The skeleton's ``guide.yaml`` set to ``language``, with the booklet's words in that
    language listed (commented out) under ``labels:``, ready to change one."""
    words = merged_labels(None, language)
    known = base_language(language) in LANGUAGES
    lines = [
        "",
        "# The booklet's fixed words, from the built-in translation"
        if known
        else f"# No built-in translation for '{language}' yet: these print in English; translate them here",
        "# (uncomment a line to change it; the schema lists every name):",
        "# labels:",
        *(f"#   {name}: {json.dumps(text, ensure_ascii=False)}" for name, text in words.items()),
    ]
    set_language = guide_yaml.replace("\nlanguage: en\n", f"\nlanguage: {language}\n", 1)
    return set_language.rstrip("\n") + "\n".join(lines) + "\n"


def _indented(text: str, line: re.Match[str]) -> str:
    return line.group(1) + text


def _with_modeline(path: Path, text: str) -> str:
    if path.suffix not in (".yaml", ".yml", ".md"):
        return text
    line = modeline(path)
    if _MODELINE.findall(text):
        return _MODELINE.sub(lambda _: line, text, count=1)
    if path.suffix == ".md":
        return text.replace("---\n", f"---\n{line}\n", 1) if text.startswith("---\n") else text
    return f"{line}\n{text}"
