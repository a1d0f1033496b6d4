"""The command line: ``studyguide build``, ``check``, ``new``, ``import``, ``watch`` and ``schema``.

This package is the only place that prints or exits. Exit codes: 0 success,
1 a content error (printed as ``path:line: message``, never a traceback),
2 a usage error.

``arguments`` (the parser and the argument types), ``building`` (``build`` and ``export``:
the jobs planned and run, a line per output), ``authoring`` (``check``, ``new``, ``import``,
``watch``, ``studio``, ``schema``), ``exits`` (the exit codes).
"""

from __future__ import annotations

import os
import sys

from generator.cli import authoring, building
from generator.cli.arguments import argument_parser
from generator.cli.exits import EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argument_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        if args.command == "check":
            code = authoring.check(args.folders, args.strict)
        elif args.command in _AUTHORING:
            code = _AUTHORING[args.command](args)
        else:
            code = building.build(args)
        sys.stdout.flush()  # here, not at exit, so a closed pipe is caught below
        return code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`studyguide import … | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


_AUTHORING = {**authoring.COMMANDS, "export": building.export}
