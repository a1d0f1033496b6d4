"""The command line: ``studyguide build``, ``check``, ``new``, ``import``, ``watch`` and ``schema``.

This is the only module that prints or exits. Exit codes: 0 success,
1 a content error (printed as ``path:line: message``, never a traceback),
2 a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.errors import ContentError, Problem, display_path
from generator.render.options import PDF_VARIANTS

if TYPE_CHECKING:
    from generator.render.html import RenderOptions  # imported lazily: a no-op build must stay cheap

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2
_THEME_HELP = "a theme folder over the built-in templates (default: theme in studyguide.toml beside content/)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyguide", description="Build printable study-guide booklets from structured content."
    )
    parser.add_argument("--version", action="version", version=f"studyguide {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="validate guides and build their PDF booklets")
    build.add_argument("folders", nargs="+", type=Path, metavar="CONTENT_DIR", help="a guide's folder")
    build.add_argument("--output", "-o", type=Path, default=Path("output"), help="where to write (default: output)")
    build.add_argument("--paper", choices=["A4", "Letter"], help="override the guides' paper size")
    build.add_argument(
        "--edition",
        choices=["student", "teacher"],
        default="student",
        help="teacher: answers printed beside the questions",
    )
    build.add_argument("--html-only", action="store_true", help="write the HTML preview only")
    build.add_argument(
        "--pdf-variant",
        choices=PDF_VARIANTS,
        metavar="VARIANT",
        help="an archival PDF standard: " + ", ".join(PDF_VARIANTS),
    )
    build.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        metavar="N",
        help="guides built at once, each in its own process (default: one per core)",
    )
    build.add_argument("--force", action="store_true", help="rebuild even the guides that are up to date")
    build.add_argument("--theme", type=Path, metavar="DIR", help=_THEME_HELP)
    products = build.add_mutually_exclusive_group()
    products.add_argument(
        "--booklet",
        dest="product",
        action="store_const",
        const="booklet",
        help="a half-size booklet imposed for saddle stitching (<slug>-booklet.pdf)",
    )
    products.add_argument(
        "--handout",
        dest="product",
        action="store_const",
        const="handout",
        help="a one-sheet, two-page handout (<slug>-handout.pdf)",
    )
    products.add_argument(
        "--cards",
        dest="product",
        action="store_const",
        const="cards",
        help="flashcards with cut marks, backs mirrored for duplex (<slug>-cards.pdf)",
    )

    check = commands.add_parser("check", help="validate guides without building them")
    check.add_argument("folders", nargs="+", type=Path, metavar="CONTENT_DIR")
    check.add_argument("--strict", action="store_true", help="fail on warnings about inconsistencies too")
    _authoring_commands(commands)
    return parser


def _warn(problems: list[Problem]) -> None:
    """Content warnings (an image without alt text): printed, not fatal."""
    for problem in problems:
        print(Problem(problem.path, problem.line, f"warning: {problem.message}"), file=sys.stderr)


def _authoring_commands(commands) -> None:
    new = commands.add_parser("new", help="start a guide from a working example of every file")
    new.add_argument("slug", help="the guide's folder name, e.g. cold-war-1947")
    new.add_argument("--content", type=Path, default=Path("content"), help="where guides live (default: content)")

    article = commands.add_parser("import", help="start a guide from a plain-text or Markdown article")
    article.add_argument("article", type=Path, metavar="ARTICLE")
    article.add_argument("--slug", required=True, help="the guide's folder name, e.g. cold-war-1947")
    article.add_argument("--content", type=Path, default=Path("content"), help="where guides live (default: content)")

    watch = commands.add_parser("watch", help="rebuild on every save and serve a live preview")
    watch.add_argument("folder", type=Path, metavar="CONTENT_DIR")
    watch.add_argument("--port", type=int, default=8000, help="preview port on 127.0.0.1 (default: 8000)")
    watch.add_argument("--output", "-o", type=Path, default=Path("output"), help="where to write (default: output)")
    watch.add_argument("--theme", type=Path, metavar="DIR", help=_THEME_HELP)

    schema = commands.add_parser("schema", help="check (or --write) the JSON Schemas for editors in schemas/")
    schema.add_argument("--write", action="store_true", help="regenerate the schemas from the content model")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        if args.command == "check":
            code = _check(args.folders, args.strict)
        elif args.command in _AUTHORING:
            code = _AUTHORING[args.command](args)
        else:
            code = _build(args)
        sys.stdout.flush()  # here, not at exit, so a closed pipe is caught below
        return code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`studyguide import … | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _check(folders: list[Path], strict: bool = False) -> int:
    from generator.authoring.check import WARNING, Finding, find_inconsistencies
    from generator.build import check_guide

    failed = False
    for folder in folders:
        try:
            guide = check_guide(folder)
            findings = [Finding(WARNING, problem) for problem in guide.warnings] + find_inconsistencies(guide)
        except ContentError as exc:
            failed = True
            print(exc, file=sys.stderr)
            continue
        for finding in findings:
            print(finding)
        warnings = sum(f.level == WARNING for f in findings)
        failed = failed or (strict and warnings > 0)
        print(
            f"{display_path(folder)}: ok ({len(guide.sections)} sections, {len(guide.events)} events; "
            f"{warnings} warnings, {len(findings) - warnings} notes)"
        )
    return EXIT_CONTENT if failed else EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from generator.authoring.scaffold import new_guide

    try:
        files = new_guide(args.content, args.slug)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CONTENT
    folder = args.content / args.slug
    print(f"created {display_path(folder)} with {len(files)} files:")
    for path in files:
        print(f"  {display_path(path)}")
    print(f"next: studyguide watch {display_path(folder)}")
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
    print(f"  {made.faq} FAQ entries")
    print(f"  {len(made.events)} proposed timeline events:")
    for event in made.events:
        print(f"    {event.date}  {event.title}")
    print("needs a human look (marked REVIEW in the files):")
    for item in made.review:
        print(f"  - {item}")
    print(f"next: studyguide watch {display_path(report.folder)}, then studyguide check {display_path(report.folder)}")
    return EXIT_OK


def _watch(args: argparse.Namespace) -> int:
    from generator.authoring.watch import Watcher

    try:
        watcher = Watcher(
            args.folder,
            args.output,
            args.port,
            report=lambda message: print(message, flush=True),
            theme=_theme(args.theme, [args.folder]),
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


_AUTHORING = {"new": _new, "import": _import, "watch": _watch, "schema": _schema}


def _build(args: argparse.Namespace) -> int:
    # Imports nothing heavy until a guide needs building: a no-op run stays fast.
    from generator.parallel import build_all
    from generator.render.options import BadSourceDate, document_date

    try:
        document_date(None)  # a malformed SOURCE_DATE_EPOCH is the caller's mistake, found before any work
    except BadSourceDate as exc:
        print(f"studyguide: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        theme = _theme(args.theme, args.folders)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CONTENT
    options = {"paper": args.paper, "edition": args.edition, "theme": theme}
    if args.product and args.pdf_variant:
        print(f"studyguide build: --pdf-variant applies to the main PDF, not to --{args.product}", file=sys.stderr)
        return EXIT_USAGE
    if args.product:
        if args.html_only:
            print("studyguide build: --html-only cannot be combined with --" + args.product, file=sys.stderr)
            return EXIT_USAGE
        from generator.render.html import RenderOptions

        return _build_products(args, RenderOptions(**options))
    failed = False
    for outcome in build_all(
        args.folders,
        args.output,
        options,
        html_only=args.html_only,
        pdf_variant=args.pdf_variant,
        jobs=args.jobs,
        force=args.force,
    ):
        folder = display_path(outcome.folder)
        if outcome.failed:
            failed = True
            print(outcome.error or f"{folder}: internal error, please report it:\n{outcome.crash}", file=sys.stderr)
            print(f"{folder}: not built (the previous output, if any, is unchanged)", file=sys.stderr)
        elif outcome.fresh:
            print(f"{outcome.fresh.slug}: up to date → {display_path(outcome.fresh.outputs[-1])}")
        else:
            result = outcome.result
            _warn(result.warnings)
            if result.pdf:
                print(
                    f"{result.slug}: {result.pages} pages, {result.size / 1024:.0f} KB, "
                    f"{result.seconds:.1f} s → {display_path(result.pdf)}"
                )
            else:
                print(f"{result.slug}: {result.seconds:.2f} s → {display_path(result.html)}")
    return EXIT_CONTENT if failed else EXIT_OK


def _theme(given: Path | None, folders: list[Path]) -> Path | None:
    """The theme folder: ``--theme``, else the catalogue's ``studyguide.toml``, else none."""
    from generator.render.theme import catalogue_theme, checked

    return checked(given) if given else catalogue_theme(folders)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _build_products(args: argparse.Namespace, options: RenderOptions) -> int:
    from generator.build import build_booklet, build_cards, build_handout

    build = {"booklet": build_booklet, "handout": build_handout, "cards": build_cards}[args.product]
    failed = False
    for folder in args.folders:
        try:
            result = build(folder, args.output, options)
        except ContentError as exc:
            failed = True
            print(exc, file=sys.stderr)
            print(f"{display_path(folder)}: not built (the previous output, if any, is unchanged)", file=sys.stderr)
            continue
        print(
            f"{result.slug}: {result.pages} pages, {result.size / 1024:.0f} KB, "
            f"{result.seconds:.1f} s → {display_path(result.pdf)}"
        )
        for line in _product_notes(args.product, result):
            print(f"  {line}")
    return EXIT_CONTENT if failed else EXIT_OK


def _product_notes(product: str, result) -> list[str]:
    """How to print each product; what the handout had to leave out."""
    if product == "booklet":
        return [
            f"To print: {result.sheets} {result.paper} sheets ({result.logical_pages} booklet pages), "
            "double-sided, flip on short edge, actual size; fold the stack in half and staple the fold."
        ]
    if product == "cards":
        return [f"To print: {result.paper}, double-sided, flip on long edge, actual size; cut along the marks."]
    notes = ["To print: one sheet, double-sided, actual size."]
    if result.dropped:
        notes.append("Left out to fit one sheet: " + "; ".join(result.dropped))
    return notes
