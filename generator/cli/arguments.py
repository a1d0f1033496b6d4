"""The command line's parser: every command and flag, and the argument types that check a value as it is read."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator import __version__
from generator.products import PRODUCTS
from generator.render.options import PDF_VARIANTS, PRINT_OPTIONS

_THEME_HELP = "a theme folder over the built-in templates (default: theme in studyguide.toml beside content/)"


def argument_parser() -> argparse.ArgumentParser:
    """``studyguide`` and its commands, each with its flags."""
    parser = argparse.ArgumentParser(
        prog="studyguide", description="Build printable study-guide booklets from structured content."
    )
    parser.add_argument("--version", action="version", version=f"studyguide {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="validate guides and build their PDF booklets")
    build.add_argument("folders", nargs="+", type=Path, metavar="CONTENT_DIR", help="a guide's folder")
    # A string, not a Path: Path("") would quietly become the current folder.
    build.add_argument("--output", "-o", default="output", metavar="DIR", help="where to write (default: output)")
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
        help="jobs (a guide as one product) built at once, each in its own process (default: one per core)",
    )
    build.add_argument("--force", action="store_true", help="rebuild even the outputs that are up to date")
    build.add_argument("--theme", type=Path, metavar="DIR", help=_THEME_HELP)
    build.add_argument("--strict", action="store_true", help="fail on warnings too, the layout preflight's among them")
    build.add_argument(
        "--shard",
        type=_shard,
        metavar="I/N",
        help="build shard I of N (1-based): a stable share of the guides, for a CI matrix",
    )
    build.add_argument(
        "--shards",
        type=_positive,
        metavar="N",
        help="N shards, this one chosen by JOB_COMPLETION_INDEX (a Kubernetes Indexed Job); "
        "default: $STUDYGUIDE_SHARDS",
    )
    for product in (p for p in PRODUCTS.values() if p.flag):  # any number of them; without one, the guide
        build.add_argument(
            f"--{product.name}", dest="products", action="append_const", const=product.name, help=product.help
        )

    _forms_arguments(build)
    for option in PRINT_OPTIONS.values():  # docs/printing.md; guide.yaml's print: block turns them on too
        build.add_argument(
            f"--{option.name}", dest="print_options", action="append_const", const=option.name, help=option.help
        )

    check = commands.add_parser("check", help="validate guides without building them")
    check.add_argument("folders", nargs="+", type=Path, metavar="CONTENT_DIR")
    check.add_argument(
        "--strict",
        action="store_true",
        help="fail on warnings about inconsistencies too, and lay the guide out to run the layout preflight",
    )
    _authoring_commands(commands)
    _export_command(commands)
    return parser


def _authoring_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = commands.add_parser("new", help="start a guide from a working example of every file")
    new.add_argument("slug", help="the guide's folder name, e.g. cold-war-1947")
    new.add_argument("--content", type=Path, default=Path("content"), help="where guides live (default: content)")
    new.add_argument("--language", default="en", help="the guide's language, e.g. fr, de, ja, ar (default: en)")

    article = commands.add_parser(
        "import",
        help="start a guide from an article: Markdown, plain text, Word (.docx), OpenDocument (.odt) or a web page",
    )
    article.add_argument("article", type=Path, metavar="ARTICLE")
    article.add_argument("--slug", required=True, help="the guide's folder name, e.g. cold-war-1947")
    article.add_argument("--content", type=Path, default=Path("content"), help="where guides live (default: content)")

    watch = commands.add_parser("watch", help="rebuild on every save and serve a live preview")
    watch.add_argument("folder", type=Path, metavar="CONTENT_DIR")
    watch.add_argument("--port", type=_port, default=8000, help="preview port on 127.0.0.1 (default: 8000)")
    watch.add_argument("--output", "-o", type=Path, default=Path("output"), help="where to write (default: output)")
    watch.add_argument("--theme", type=Path, metavar="DIR", help=_THEME_HELP)

    studio = commands.add_parser("studio", help="write and print guides in the browser, in forms")
    studio.add_argument(
        "content",
        type=Path,
        nargs="?",
        default=Path("content"),
        metavar="CONTENT_DIR",
        help="the folder of guides (default: content)",
    )
    studio.add_argument("--port", type=int, default=8100, help="port on 127.0.0.1 (default: 8100; 0 picks one)")
    studio.add_argument("--output", "-o", type=Path, default=Path("output"), help="where to write (default: output)")
    studio.add_argument("--no-browser", action="store_true", help="do not open the browser")

    schema = commands.add_parser("schema", help="check (or --write) the JSON Schemas for editors in schemas/")
    schema.add_argument("--write", action="store_true", help="regenerate the schemas from the content model")


def _forms_arguments(build: argparse.ArgumentParser) -> None:
    build.add_argument(
        "--forms",
        type=_forms_count,
        metavar="N",
        help="test forms A, B, C … of the questions, shuffled, and a teacher's key (<slug>-form-A.pdf …)",
    )
    build.add_argument("--seed", type=int, metavar="N", help="the shuffle for --forms (default: 1)")
    build.add_argument(
        "--mix-sections", action="store_true", help="--forms: shuffle the questions across sections, not within them"
    )
    build.add_argument(
        "--bubble-sheet",
        action="store_true",
        help="--forms: a bubble answer sheet for the multiple-choice and true/false questions, and its key overlay",
    )
    build.add_argument(
        "--class-list",
        type=_class_list,
        metavar="NAMES.csv",
        help="--forms: one named copy per student (the first column), forms in turn by row (<slug>-named-copies.pdf)",
    )


def _export_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from generator.products.exports import FORMATS

    export = commands.add_parser("export", help="write the questions and cards for Moodle, Canvas, Anki, Quizlet")
    export.add_argument("folders", nargs="+", type=Path, metavar="CONTENT_DIR")
    export.add_argument(
        "--format",
        "-f",
        dest="formats",
        action="append",
        choices=[*FORMATS, "all"],
        help="repeat for several; default all: " + "; ".join(f"{name}: {what}" for name, (_s, what) in FORMATS.items()),
    )
    export.add_argument("--output", "-o", type=Path, default=Path("output"), help="where to write (default: output)")


def _class_list(text: str) -> tuple[str, ...]:
    from generator.products.class_list import BadClassList, read_class_list

    try:
        return read_class_list(Path(text))
    except BadClassList as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _forms_count(text: str) -> int:
    from generator.products import MAX_FORMS

    value = _positive(text)
    if value > MAX_FORMS:
        raise argparse.ArgumentTypeError(f"at most {MAX_FORMS} forms (A to {chr(ord('A') + MAX_FORMS - 1)})")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number: give 1 to 65535") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number: give 1 to 65535 (0: any free port)")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _shard(text: str) -> tuple[int, int]:
    index, _, count = text.partition("/")
    try:
        i, n = int(index), int(count)
    except ValueError:
        raise argparse.ArgumentTypeError("give I/N, e.g. 2/4") from None
    if not 1 <= i <= n:
        raise argparse.ArgumentTypeError(f"{text}: I must be between 1 and N")
    return i, n
