"""The command line: ``studyguide build`` and ``studyguide check``.

This is the only module that prints or exits. Exit codes: 0 success,
1 a content error (printed as ``path:line: message``, never a traceback),
2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import __version__
from generator.errors import ContentError, display_path
from generator.html import RenderOptions

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyguide", description="Build printable study-guide booklets from structured content.")
    parser.add_argument("--version", action="version", version=f"studyguide {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="validate guides and build their PDF booklets")
    build.add_argument("folders", nargs="+", type=Path, metavar="CONTENT_DIR", help="a guide's folder")
    build.add_argument("--output", "-o", type=Path, default=Path("output"), help="where to write (default: output)")
    build.add_argument("--paper", choices=["A4", "Letter"], help="override the guides' paper size")
    build.add_argument("--edition", choices=["student", "teacher"], default="student",
                       help="teacher: answers printed beside the questions")
    build.add_argument("--html-only", action="store_true", help="write the HTML preview only")
    products = build.add_mutually_exclusive_group()
    products.add_argument("--booklet", dest="product", action="store_const", const="booklet",
                          help="a half-size booklet imposed for saddle stitching (<slug>-booklet.pdf)")
    products.add_argument("--handout", dest="product", action="store_const", const="handout",
                          help="a one-sheet, two-page handout (<slug>-handout.pdf)")
    products.add_argument("--cards", dest="product", action="store_const", const="cards",
                          help="flashcards with cut marks, backs mirrored for duplex (<slug>-cards.pdf)")

    check = commands.add_parser("check", help="validate guides without building them")
    check.add_argument("folders", nargs="+", type=Path, metavar="CONTENT_DIR")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        if args.command == "check":
            return _check(args.folders)
        return _build(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _check(folders: list[Path]) -> int:
    from generator.build import check_guide

    failed = False
    for folder in folders:
        try:
            guide = check_guide(folder)
        except ContentError as exc:
            failed = True
            print(exc, file=sys.stderr)
            continue
        print(f"{display_path(folder)}: ok ({len(guide.sections)} sections, {len(guide.events)} events)")
    return EXIT_CONTENT if failed else EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from generator.build import build_guide

    options = RenderOptions(paper=args.paper, edition=args.edition)
    if args.product:
        if args.html_only:
            print("studyguide build: --html-only cannot be combined with --" + args.product, file=sys.stderr)
            return EXIT_USAGE
        return _build_products(args, options)
    failed = False
    for folder in args.folders:
        try:
            result = build_guide(folder, args.output, options, html_only=args.html_only)
        except ContentError as exc:
            failed = True
            print(exc, file=sys.stderr)
            print(f"{display_path(folder)}: not built (the previous output, if any, is unchanged)", file=sys.stderr)
            continue
        if result.pdf:
            print(f"{result.slug}: {result.pages} pages, {result.size / 1024:.0f} KB, "
                  f"{result.seconds:.1f} s → {display_path(result.pdf)}")
        else:
            print(f"{result.slug}: {result.seconds:.2f} s → {display_path(result.html)}")
    return EXIT_CONTENT if failed else EXIT_OK


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
        print(f"{result.slug}: {result.pages} pages, {result.size / 1024:.0f} KB, "
              f"{result.seconds:.1f} s → {display_path(result.pdf)}")
        for line in _product_notes(args.product, result):
            print(f"  {line}")
    return EXIT_CONTENT if failed else EXIT_OK


def _product_notes(product: str, result) -> list[str]:
    """How to print each product; what the handout had to leave out."""
    if product == "booklet":
        return [f"To print: {result.sheets} {result.paper} sheets ({result.logical_pages} booklet pages), "
                "double-sided, flip on short edge, actual size; fold the stack in half and staple the fold."]
    if product == "cards":
        return [f"To print: {result.paper}, double-sided, flip on long edge, actual size; cut along the marks."]
    notes = ["To print: one sheet, double-sided, actual size."]
    if result.dropped:
        notes.append("Left out to fit one sheet: " + "; ".join(result.dropped))
    return notes
