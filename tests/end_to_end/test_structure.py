"""The shape of the code: the modules import one way (no circles, function-level imports
included), and Markdown is converted once, when the guide is loaded."""

from __future__ import annotations

import ast

from conftest import DEFAULT_GUIDE, ROOT

from generator.content.load import load_guide
from generator.content.markup import MarkdownRenderer
from generator.render.html import RenderOptions, render_html

PACKAGE = ROOT / "generator"


def imports() -> dict[str, set[str]]:
    """Each module of the package → the package's modules it imports, anywhere in it."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
                found |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
            elif isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names if alias.name.startswith("generator")}
        graph[name] = found
    return {name: {other for other in found if other in graph and other != name} for name, found in graph.items()}


def reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        here = todo.pop()
        if here == goal:
            return True
        if here not in seen:
            seen.add(here)
            todo += graph.get(here, ())
    return False


def test_no_circle_between_the_jobs_and_one_job() -> None:
    graph = imports()
    assert "generator.jobs" in graph["generator.build"]
    assert not reaches(graph, "generator.jobs", "generator.build")
    assert not reaches(graph, "generator.build", "generator.runner")


def test_no_circle_between_the_model_and_the_teaching_records() -> None:
    graph = imports()
    assert "generator.content.teaching" in graph["generator.content.model"]
    assert not reaches(graph, "generator.content.teaching", "generator.content.model")


def test_markdown_is_converted_once_when_the_guide_is_loaded(monkeypatch) -> None:
    renderer = MarkdownRenderer()
    guide = load_guide(DEFAULT_GUIDE, renderer)
    assert guide.markup and any("<" in html for html in guide.markup.values())
    converted: list[str] = []
    convert = MarkdownRenderer._convert_now
    monkeypatch.setattr(
        MarkdownRenderer, "_convert_now", lambda self, text: converted.append(text) or convert(self, text)
    )
    html = render_html(guide, RenderOptions(), renderer)
    assert converted == []
    assert all(fragment in html for fragment in guide.markup.values())
