"""The ``civickg`` command line: a thin layer over the library.

Owns: one module per command group, each with a ``register(subparsers)`` function; this module collects
them, parses arguments, and turns a CivicError into one line on stderr and exit code 2. May import any
part of the library (each command imports what it uses when it runs); nothing in the library imports it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from rich.text import Text

from civickg import __version__
from civickg.cli.common import stderr as errors
from civickg.errors import CivicError

#: Modules that add commands, in the order they appear in ``--help``.
COMMAND_MODULES = (
    "civickg.cli.graph_commands",
    "civickg.cli.source_commands",
    "civickg.cli.ingest_commands",
    "civickg.cli.review_commands",
    "civickg.cli.query_commands",
    "civickg.cli.remote_commands",
    "civickg.cli.extract_commands",
    "civickg.cli.explore_commands",
    "civickg.cli.ontology_commands",
)


def make_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="civickg",
        description="Build, check, query and explore an evidence-backed knowledge graph of civic life "
                    "from Chinese news articles.",
        epilog="Start with `civickg build && civickg validate`; `civickg COMMAND --help` for details.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"civickg {__version__}")
    parser.add_argument("--root", metavar="DIR", help="project folder (default: the current folder, "
                        "or $CIVICKG_ROOT)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()
        return code
    except CivicError as exc:
        error_line(exc.render())
        return 2
    except KeyboardInterrupt:
        errors.print("interrupted")
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except OSError as exc:  # a file the command needed: name it, never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        error_line(f"{where}{exc.strerror or exc} — check that the path exists and that you may read and write it")
        return 2


def error_line(message: str) -> None:
    """Print ``error: message`` on stderr as one line, the message exactly as written (never markup)."""
    errors.print(Text.assemble(("error:", "bold red"), " ", message), soft_wrap=True)


def _quiet_stdout() -> None:
    """The reader of stdout went away (``civickg stats | head``): send what is left nowhere, so exit is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
