"""The command line: ``studyguide build``, ``check``, ``new``, ``import``, ``watch`` and ``schema``.

This is the only module that prints or exits. Exit codes: 0 success,
1 a content error (printed as ``path:line: message``, never a traceback),
2 a usage error.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.errors import ContentError, Problem, display_path, plural
from generator.products import PRODUCTS
from generator.render.options import PDF_VARIANTS, PRINT_OPTIONS

if TYPE_CHECKING:
    from generator.jobs import Plan, Shard  # imported lazily: a no-op build must stay cheap

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


def _warn(problems: list[Problem]) -> None:
    """Content warnings (an image without alt text): printed, not fatal."""
    for problem in problems:
        print(Problem(problem.path, problem.line, f"warning: {problem.message}"), file=sys.stderr)


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
    from generator.authoring.check import ACCEPTED, WARNING, Finding, find_inconsistencies
    from generator.authoring.glyphs import missing_glyphs
    from generator.build import check_guide, layout_check
    from generator.render.html import RenderOptions, render_html

    failed = False
    for folder in folders:
        try:
            options = RenderOptions(theme=_theme(None, [folder]))  # the catalogue's theme is checked too
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


def _export(args: argparse.Namespace) -> int:
    """``studyguide export``: one job per guide on the build path, stamped like every output."""
    from generator.jobs import plan
    from generator.outputs import check_output_folder
    from generator.products.exports import FORMATS

    formats = tuple(FORMATS) if not args.formats or "all" in args.formats else tuple(dict.fromkeys(args.formats))
    refusal = check_output_folder(args.output)
    if refusal:
        print(f"studyguide export: {refusal}", file=sys.stderr)
        return EXIT_USAGE
    planned = plan(args.folders, ["export"], None, output=Path(args.output), formats=formats)
    return _run(planned, None, force=False)


_AUTHORING = {
    "new": _new,
    "import": _import,
    "watch": _watch,
    "studio": _studio,
    "schema": _schema,
    "export": _export,
}


def _build(args: argparse.Namespace) -> int:
    # Imports nothing heavy until a guide needs building: a no-op run stays fast.
    from generator.jobs import plan
    from generator.outputs import check_output_folder
    from generator.render.options import BadSourceDate, document_date

    try:
        document_date(None)  # a malformed SOURCE_DATE_EPOCH is the caller's mistake, found before any work
        shard = _chosen_shard(args)
    except (BadSourceDate, ValueError) as exc:
        print(f"studyguide build: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        theme = _theme(args.theme, args.folders)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CONTENT
    products = list(dict.fromkeys([*(args.products or []), *(["forms"] if args.forms else [])] or ["guide"]))
    for name in products:
        for flag, used, applies, to in (
            ("--pdf-variant", args.pdf_variant, PRODUCTS[name].pdf_variant, "the main PDF"),
            ("--html-only", args.html_only, PRODUCTS[name].html_only, "the guide"),
        ):
            if used and not applies:
                print(f"studyguide build: {flag} applies to {to}, not to --{name}", file=sys.stderr)
                return EXIT_USAGE
    for flag, used in (
        ("--mix-sections", args.mix_sections),
        ("--bubble-sheet", args.bubble_sheet),
        ("--class-list", args.class_list),
    ):
        if used and "forms" not in products:
            print(f"studyguide build: {flag} applies to --forms N", file=sys.stderr)
            return EXIT_USAGE
    for option in args.print_options or []:
        if not any(option in PRODUCTS[name].print_options for name in products):
            takers = ", ".join(f"--{p.name}" for p in PRODUCTS.values() if option in p.print_options)
            print(f"studyguide build: --{option} applies to {takers}", file=sys.stderr)
            return EXIT_USAGE
    refusal = check_output_folder(args.output)
    if args.seed is not None and not args.forms:
        refusal = "--seed chooses the shuffle of test forms: use it with --forms N"
    if refusal:
        print(f"studyguide build: {refusal}", file=sys.stderr)
        return EXIT_USAGE
    planned = plan(
        args.folders,
        products,
        shard,
        output=Path(args.output),
        paper=args.paper,
        edition=args.edition,
        html_only=args.html_only,
        pdf_variant=args.pdf_variant,
        forms=args.forms or 0,
        seed=1 if args.seed is None else args.seed,
        theme=str(theme) if theme else None,
        print_options=tuple(dict.fromkeys(args.print_options or [])),
        mix_sections=args.mix_sections,
        bubble_sheet=args.bubble_sheet,
        class_list=args.class_list or (),
    )
    return _run(planned, args.jobs, args.force, args.strict)


def _run(planned: Plan, workers: int | None, force: bool, strict: bool = False) -> int:
    """Run the planned jobs and print one line per output (and its notes) as each is known."""
    from generator.jobs import Built, Failed, Fresh
    from generator.runner import run_all

    failed = False
    # A chain, not a list: each result is printed as soon as it is known.
    for result in itertools.chain(planned.refused, run_all(planned.jobs, workers=workers, force=force)):
        if isinstance(result, Failed):
            failed = True
            print(result.message, file=sys.stderr)
            unchanged = " (the previous output, if any, is unchanged)" if result.outputs_unchanged else ""
            print(f"{display_path(result.job.folder)}: not built{unchanged}", file=sys.stderr)
        elif isinstance(result, Fresh):
            print(f"{result.job.slug}: up to date → {display_path(result.outputs[-1])}")
        elif isinstance(result, Built):
            _warn(list(result.warnings))
            failed = failed or (strict and bool(result.warnings))
            main = result.outputs[-1]
            if result.job.product == "export":  # many files, none of them the main one: name the folder
                print(
                    f"{result.slug}: {plural(len(result.outputs), 'file')} for classroom platforms, "
                    f"{result.seconds:.2f} s → {display_path(main.parent)}/"
                )
            elif result.pages:
                print(
                    f"{result.slug}: {plural(result.pages, 'page')}, {result.size / 1024:.0f} KB, "
                    f"{result.seconds:.1f} s → {display_path(main)}"
                )
            else:
                print(f"{result.slug}: {result.seconds:.2f} s → {display_path(main)}")
            for note in result.notes:
                print(f"  {note}")
    return EXIT_CONTENT if failed else EXIT_OK


def _command() -> str:
    """This command as the user can type it again: ``studyguide`` when that is the one on
    the PATH, else its path (``.venv/bin/studyguide`` when make ran it)."""
    import shutil

    running = Path(sys.argv[0])
    if running.name != "studyguide":  # python -m generator, or a test
        return "studyguide"
    found = shutil.which("studyguide")
    return "studyguide" if found and Path(found).resolve() == running.resolve() else display_path(running)


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


def _theme(given: Path | None, folders: list[Path]) -> Path | None:
    """The theme folder: ``--theme``, else the catalogue's ``studyguide.toml``, else none."""
    from generator.render.theme import catalogue_theme, checked
    from generator.render.theme_check import check_theme

    theme = checked(given) if given else catalogue_theme(folders)
    if theme:
        check_theme(theme)  # a theme's fault is told before any guide is built
    return theme


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


def _chosen_shard(args: argparse.Namespace) -> Shard | None:
    """--shard I/N; else --shards N with the index from JOB_COMPLETION_INDEX (0-based, as Kubernetes counts)."""
    from generator.jobs import Shard

    if args.shard:
        return Shard(*args.shard)
    count = args.shards
    if count is None:
        text = os.environ.get("STUDYGUIDE_SHARDS", "").strip()
        if not text:
            return None
        if not (text.isascii() and text.isdigit() and int(text) > 0):
            raise ValueError(f"STUDYGUIDE_SHARDS={text!r} is not a number of shards: set it to 1 or more, or unset it")
        count = int(text)
    index = os.environ.get("JOB_COMPLETION_INDEX", "").strip()
    if not (index.isascii() and index.isdigit()) or int(index) >= count:
        raise ValueError(
            f"--shards {count} needs JOB_COMPLETION_INDEX set to 0 … {count - 1} "
            f"(it is {index!r}): use --shard I/N outside a Kubernetes Indexed Job"
        )
    return Shard(int(index) + 1, count)
