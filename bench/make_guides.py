"""Benchmark inputs made from a real guide: bigger copies, and the same text as plain Markdown.

``scaled_guide(source, target, factor)`` writes a guide with every section,
event, FAQ entry, term, person, source and question repeated ``factor``
times (renamed so ids and headings stay unique), so that "2×" means twice
the content, not twice one part of it.

``markdown_edition(source)`` writes the same content as one Markdown
document, for the comparison with ``pandoc --pdf-engine=weasyprint``.

Run directly to inspect the output:
``python bench/make_guides.py content/japan-ussr-ww2 /some/folder 4``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ruamel.yaml import YAML

from generator.content.files import load_markdown, load_yaml
from generator.content.load import section_slug
from generator.content.model import LIST_FILES

#: The field of each list entry that must stay unique, and so gets the copy's number.
RENAMED = {
    "timeline.yaml": ("id", "title"),
    "faq.yaml": ("question",),
    "glossary.yaml": ("term",),
    "people.yaml": ("name",),
    "sources.yaml": ("title",),
    "questions.yaml": ("question",),
    "debates.yaml": ("id", "title"),
}


def scaled_guide(source: Path, target: Path, factor: int) -> Path:
    """Write a copy of the guide in ``source`` with ``factor`` times its content into ``target``."""
    source, target = Path(source), Path(target)
    if target.exists():
        shutil.rmtree(target)
    # Everything not rewritten below (guide.yaml, images) is copied as it is.
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("sections", *LIST_FILES))
    (target / "sections").mkdir()
    for copy in range(1, factor + 1):
        for path in sorted((source / "sections").glob("*.md")):
            suffix = "" if copy == 1 else f"-{copy}"
            name = f"{copy}{path.stem}{suffix}.md"  # "1" + "05-pact" sorts the copies one after another
            text = path.read_text(encoding="utf-8")
            if copy > 1:
                title = load_markdown(path).front.data["title"]
                text = text.replace(str(title), f"{title} ({copy})", 1)
            (target / "sections" / name).write_text(text, encoding="utf-8")
    yaml = YAML()
    yaml.width = 4096
    for name in LIST_FILES:
        if not (source / name).is_file():
            continue
        entries = list(load_yaml(source / name).data)
        scaled = []
        for copy in range(1, factor + 1):
            for entry in entries:
                entry = dict(entry)
                if copy > 1:
                    for key in RENAMED.get(name, ()):
                        if entry.get(key):
                            entry[key] = f"{entry[key]}-{copy}" if key == "id" else f"{entry[key]} ({copy})"
                    if entry.get("section"):
                        entry["section"] = f"{entry['section']}-{copy}"
                scaled.append(entry)
        with open(target / name, "w", encoding="utf-8") as handle:
            yaml.dump(scaled, handle)
    return target


def markdown_edition(source: Path) -> str:
    """The guide's text as one Markdown document (pandoc's dialect), in the booklet's order."""
    source = Path(source)
    meta = load_yaml(source / "guide.yaml").data
    out = [
        "---",
        f"title: {_quoted(meta['title'])}",
        f"subtitle: {_quoted(meta.get('subtitle', ''))}",
        f"author: {_quoted(', '.join(meta.get('authors', [])))}",
        f"lang: {meta.get('language', 'en')}",
        "---",
        "",
    ]
    out += [meta.get("description", ""), ""]
    for path in sorted((source / "sections").glob("*.md")):
        document = load_markdown(path)
        out += [f"# {document.front.data['title']} {{#{section_slug(path)}}}", ""]
        out += [f"- {point}" for point in document.front.data.get("summary", [])] + [""]
        out += [document.body.strip(), ""]
    lists = {name: load_yaml(source / name).data for name in LIST_FILES if (source / name).is_file()}
    if "timeline.yaml" in lists:
        out += ["# Timeline", ""]
        out += [f"**{e['date']}**: {e['title']}. {e.get('detail') or ''}\n" for e in lists["timeline.yaml"]]
    if "people.yaml" in lists:
        out += ["# People", ""]
        out += [
            f"{p['name']} {p.get('native') or ''}\n:   {p.get('dates') or ''} {p.get('role') or ''}\n"
            for p in lists["people.yaml"]
        ]
    if "glossary.yaml" in lists:
        out += ["# Glossary", ""]
        out += [f"{t['term']} {t.get('native') or ''}\n:   {t['definition']}\n" for t in lists["glossary.yaml"]]
    if "faq.yaml" in lists:
        out += ["# Questions and answers", ""]
        out += [f"## {q['question']}\n\n{q['answer']}\n" for q in lists["faq.yaml"]]
    if "questions.yaml" in lists:
        out += ["# Check your understanding", ""]
        for number, q in enumerate(lists["questions.yaml"], start=1):
            out += [f"{number}. {q['question']}"] + [f"    - {c}" for c in q.get("choices", [])] + [""]
    if "sources.yaml" in lists:
        out += ["# Sources", ""]
        out += [
            f"- {s['author']}, *{s['title']}* ({s.get('year') or 'n.d.'}). {s.get('note') or ''}"
            for s in lists["sources.yaml"]
        ]
    return "\n".join(out) + "\n"


def _quoted(text: str) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: make_guides.py SOURCE_GUIDE TARGET_FOLDER FACTOR")
    folder = scaled_guide(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
    (folder.parent / f"{folder.name}.md").write_text(markdown_edition(folder), encoding="utf-8")
    print(folder)
