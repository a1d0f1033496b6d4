"""``studyguide build`` and ``export``: the flags checked together, the outputs planned as jobs
and run, one line printed for each output as it is known."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cli.exits import EXIT_CONTENT, EXIT_OK, EXIT_USAGE
from generator.errors import ContentError, Problem, display_path, plural
from generator.products import PRODUCTS

if TYPE_CHECKING:
    from generator.jobs import Plan, Shard  # imported lazily: a no-op build must stay cheap


def build(args: argparse.Namespace) -> int:
    """``studyguide build``: the flags checked together, then every output planned as a job and run."""
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
        theme = theme_folder(args.theme, args.folders)
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


def export(args: argparse.Namespace) -> int:
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


def _warn(problems: list[Problem]) -> None:
    """Content warnings (an image without alt text): printed, not fatal."""
    for problem in problems:
        print(Problem(problem.path, problem.line, f"warning: {problem.message}"), file=sys.stderr)


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


def theme_folder(given: Path | None, folders: list[Path]) -> Path | None:
    """The theme folder: ``--theme``, else the catalogue's ``studyguide.toml``, else none."""
    from generator.render.theme import catalogue_theme, checked
    from generator.render.theme_check import check_theme

    theme = checked(given) if given else catalogue_theme(folders)
    if theme:
        check_theme(theme)  # a theme's fault is told before any guide is built
    return theme
