"""The commands for authors: ``check``, ``new``, ``import``, ``watch``, ``studio`` and ``schema``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from generator.cli.building import theme_folder
from generator.cli.exits import EXIT_CONTENT, EXIT_OK, EXIT_USAGE
from generator.errors import ContentError, display_path, plural


def check(folders: list[Path], strict: bool = False) -> int:
    """``studyguide check``: each guide validated and its findings printed, without building it."""
    from generator.authoring.check import ACCEPTED, WARNING, Finding, find_inconsistencies
    from generator.authoring.glyphs import missing_glyphs
    from generator.build import check_guide, layout_check
    from generator.render.html import RenderOptions, render_html

    failed = False
    for folder in folders:
        try:
            options = RenderOptions(theme=theme_folder(None, [folder]))  # the catalogue's theme is checked too
            guide = check_guide(folder)
            refused = missing_glyphs(guide)  # build would refuse them: so does check
            if refused:
                raise ContentError(refused)
            findings = find_inconsistencies(guide, guide.warnings)
            if options.theme:  # its templates, rendered in their sandbox: a fault is found here, not at build
                render_html(guide, options)
            if strict:  # lay the guide out too: the preflight's warnings count
                findings += [Finding(WARNING, problem) for problem in layout_check(folder, options)]
        except ContentError as exc:
            failed = True
            print(exc, file=sys.stderr)
            continue
        for finding in findings:
            print(finding)
        warnings = sum(f.level == WARNING for f in findings)
        accepted = sum(f.level == ACCEPTED for f in findings)
        failed = failed or (strict and warnings > 0)
        print(
            f"{display_path(folder)}: ok ({len(guide.sections)} sections, {len(guide.events)} events; "
            f"{plural(warnings, 'warning')}, {plural(len(findings) - warnings - accepted, 'note')}"
            + (f", {accepted} accepted" if accepted else "")
            + ")"
        )
    return EXIT_CONTENT if failed else EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from generator.authoring.scaffold import new_guide

    try:
        files = new_guide(args.content, args.slug, args.language)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CONTENT
    folder = args.content / args.slug
    print(f"created {display_path(folder)} with {len(files)} files:")
    for path in files:
        print(f"  {display_path(path)}")
    print(f"next: {_command()} watch {display_path(folder)}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from generator.authoring.importer import import_article

    try:
        report = import_article(args.article, args.content, args.slug)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CONTENT
    made = report.proposal
    print(f"created {display_path(report.folder)} ({len(report.written)} files) from {display_path(args.article)}:")
    print(f"  {len(made.sections)} sections: {'; '.join(made.sections)}")
    print(f"  {plural(made.faq, 'FAQ entry', 'FAQ entries')}")
    print(f"  {plural(len(made.events), 'proposed timeline event')}:")
    for event in made.events:
        print(f"    {event.date}  {event.title}")
    from generator.authoring.importing.review import total

    print(
        f"to review, shortest first (about {round(total(report.tasks))} min in all; `check --strict` fails until done):"
    )
    for task in report.tasks:
        print(f"  {display_path(report.folder / task.path)}:{task.line}: {task.what} (about {task.minutes:g} min)")
    command, folder = _command(), display_path(report.folder)
    print(f"next: {command} watch {folder}, then {command} check {folder}")
    return EXIT_OK


def _watch(args: argparse.Namespace) -> int:
    from generator.authoring.watch import Watcher

    try:
        watcher = Watcher(
            args.folder,
            args.output,
            args.port,
            report=lambda message: print(message, flush=True),
            theme=theme_folder(args.theme, [args.folder]),
        )
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CONTENT
    except OSError as exc:
        print(f"cannot serve on 127.0.0.1:{args.port} ({exc.strerror}): choose another --port", file=sys.stderr)
        return EXIT_USAGE
    try:
        watcher.run()
    except KeyboardInterrupt:
        watcher.stop()
    return EXIT_OK


def _studio(args: argparse.Namespace) -> int:
    from generator.studio.server import serve

    try:
        serve(args.content, args.output, args.port, lambda message: print(message, flush=True), not args.no_browser)
    except OSError as exc:
        print(f"cannot serve on 127.0.0.1:{args.port} ({exc.strerror}): choose another --port", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from generator.authoring import schema as schema

    if args.write:
        written = schema.write()
        print(f"{len(written)} schema files updated" if written else "schemas are current")
        return EXIT_OK
    stale = schema.stale()
    for name in stale:
        print(f"schemas/{name}: out of date with the content model: run studyguide schema --write", file=sys.stderr)
    return EXIT_CONTENT if stale else EXIT_OK


#: The commands that take their parsed arguments whole, by name (``check`` takes its folders).
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _new,
    "import": _import,
    "watch": _watch,
    "studio": _studio,
    "schema": _schema,
}


def _command() -> str:
    """This command as the user can type it again: ``studyguide`` when that is the one on
    the PATH, else its path (``.venv/bin/studyguide`` when make ran it)."""
    import shutil

    running = Path(sys.argv[0])
    if running.name != "studyguide":  # python -m generator, or a test
        return "studyguide"
    found = shutil.which("studyguide")
    return "studyguide" if found and Path(found).resolve() == running.resolve() else display_path(running)
