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
    build.add_argument("--pdf-variant", choices=_pdf_variants(), metavar="VARIANT",
                       help="an archival PDF standard: " + ", ".join(_pdf_variants()))

    check = commands.add_parser("check", help="validate guides without building them")
    check.add_argument("folders", nargs="+", type=Path, metavar="CONTENT_DIR")
    return parser


def _pdf_variants() -> tuple[str, ...]:
    # Kept in step with generator.pdf.PDF_VARIANTS (a test checks), without
    # importing WeasyPrint just to parse the arguments.
    return ("pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/a-2a", "pdf/a-3a", "pdf/ua-1", "pdf/ua-2")


def _warn(problems) -> None:
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)


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
        _warn(guide.warnings)
        print(f"{display_path(folder)}: ok ({len(guide.sections)} sections, {len(guide.events)} events)")
    return EXIT_CONTENT if failed else EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from generator.build import build_guide
    from generator.pdf import BadSourceDate

    options = RenderOptions(paper=args.paper, edition=args.edition)
    failed = False
    for folder in args.folders:
        try:
            result = build_guide(folder, args.output, options, html_only=args.html_only,
                                 pdf_variant=args.pdf_variant)
        except BadSourceDate as exc:
            print(f"studyguide: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except ContentError as exc:
            failed = True
            print(exc, file=sys.stderr)
            print(f"{display_path(folder)}: not built (the previous output, if any, is unchanged)", file=sys.stderr)
            continue
        _warn(result.warnings)
        if result.pdf:
            print(f"{result.slug}: {result.pages} pages, {result.size / 1024:.0f} KB, "
                  f"{result.seconds:.1f} s → {display_path(result.pdf)}")
        else:
            print(f"{result.slug}: {result.seconds:.2f} s → {display_path(result.html)}")
    return EXIT_CONTENT if failed else EXIT_OK
