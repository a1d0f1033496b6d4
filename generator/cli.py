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
    build.add_argument("--jobs", "-j", type=_positive, metavar="N",
                       help="guides built at once, each in its own process (default: one per core)")
    build.add_argument("--force", action="store_true", help="rebuild even the guides that are up to date")

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
    # Imports nothing heavy until a guide needs building: a no-op run stays fast.
    from generator.parallel import build_all

    options = {"paper": args.paper, "edition": args.edition}
    failed = False
    for outcome in build_all(args.folders, args.output, options, html_only=args.html_only,
                             jobs=args.jobs, force=args.force):
        folder = display_path(outcome.folder)
        if outcome.failed:
            failed = True
            print(outcome.error or f"{folder}: internal error, please report it:\n{outcome.crash}", file=sys.stderr)
            print(f"{folder}: not built (the previous output, if any, is unchanged)", file=sys.stderr)
        elif outcome.fresh:
            print(f"{outcome.fresh.slug}: up to date → {display_path(outcome.fresh.outputs[-1])}")
        elif outcome.result.pdf:
            result = outcome.result
            print(f"{result.slug}: {result.pages} pages, {result.size / 1024:.0f} KB, "
                  f"{result.seconds:.1f} s → {display_path(result.pdf)}")
        else:
            print(f"{outcome.result.slug}: {outcome.result.seconds:.2f} s → {display_path(outcome.result.html)}")
    return EXIT_CONTENT if failed else EXIT_OK


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value
