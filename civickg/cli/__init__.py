"""The ``civickg`` command line: a thin layer over the library.

Owns: one module per command group, each with a ``register(subparsers)`` function; this module lists
the commands (``COMMANDS``: name, module, one-line help), parses arguments, and turns a CivicError into one
line on stderr and exit code 2. Only the module of the command being run is imported, so ``civickg --help``
and every command start without loading what other commands need. May import any part of the library
(each command imports what it uses when it runs); nothing in the library imports it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from civickg import __version__
from civickg.errors import CivicError

_GRAPH, _SOURCES, _INGEST = "civickg.cli.graph_commands", "civickg.cli.source_commands", "civickg.cli.ingest_commands"
_REVIEW = "civickg.cli.review_commands"
_QUERY, _REMOTE, _EXTRACT = "civickg.cli.query_commands", "civickg.cli.remote_commands", "civickg.cli.extract_commands"
_EXPLORE, _ONTOLOGY = "civickg.cli.explore_commands", "civickg.cli.ontology_commands"

#: Every command, in the order ``--help`` lists them: its name, the module that registers it, its help line
#: (the same line the module gives ``add_parser``; tests/test_cli_startup.py checks that they agree).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("build", _GRAPH, "build the graph from the sources and annotations"),
    ("validate", _GRAPH, "check the built graph (SHACL, quotes, terms, OWL RL)"),
    ("export", _GRAPH, "write the graph as ttl, nt, trig, jsonld, graphml or csv"),
    ("stats", _GRAPH, "count entities by class, triples by predicate, evidenced facts"),
    ("sources", _SOURCES, "check the SHA-256 of every source text, or record a new one"),
    ("ingest", _INGEST, "take new articles (.txt, .md, .html) into graph/ and draft their annotations"),
    ("review", _REVIEW, "review drafted annotations in the browser (accept, fix, add, save)"),
    ("query", _QUERY, "run SPARQL: a .rq file, a library query name, or inline text"),
    ("queries", _QUERY, "list the competency questions in graph/queries/"),
    ("serve", _QUERY, "serve a SPARQL 1.1 endpoint and a query page over HTTP"),
    ("push", _REMOTE, "load the build into a SPARQL server (Graph Store Protocol)"),
    ("evaluate", _EXTRACT, "score the extractor's drafts against gold annotations (P, R, F1)"),
    ("explore", _EXPLORE, "write the graph as one offline HTML page to explore in a browser"),
    ("analyze", _EXPLORE, "network figures: central entities, components, communities"),
    ("ontology", _ONTOLOGY, "document, lint and release the ontology"),
)
#: Modules that add commands, in the order they appear in ``--help``.
COMMAND_MODULES = tuple(dict.fromkeys(module for _, module, _ in COMMANDS))


class _OnlyOne:
    """Stands in for the subparsers while a module registers its commands: only ``name`` is really added."""

    def __init__(self, sub: argparse._SubParsersAction, name: str) -> None:
        self.sub, self.name = sub, name

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return self.sub.add_parser(name, **kwargs) if name == self.name else argparse.ArgumentParser(add_help=False)


def command_in(argv: Sequence[str]) -> str | None:
    """The command named on a command line (the first word that is not a top-level option), if any."""
    words = iter(argv)
    for word in words:
        if word == "--root":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def make_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command listed; ``command`` (or, without one, every command) registered
    in full, which imports its module."""
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
    if command is None:
        for module in COMMAND_MODULES:
            importlib.import_module(module).register(sub)
        return parser
    for name, module, about in COMMANDS:
        if name == command:
            importlib.import_module(module).register(_OnlyOne(sub, name))
        else:
            sub.add_parser(name, help=about, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = make_parser(command_in(argv) or "")
    args = parser.parse_args(argv)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()
        return code
    except CivicError as exc:
        error_line(exc.render())
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
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
    from rich.text import Text

    from civickg.cli.common import stderr as errors

    errors.print(Text.assemble(("error:", "bold red"), " ", message), soft_wrap=True)


def _quiet_stdout() -> None:
    """The reader of stdout went away (``civickg stats | head``): send what is left nowhere, so exit is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
