"""Fast start: each command imports only what it uses; the command table agrees with the command modules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from civickg.cli import COMMANDS, make_parser

HEAVY = ("numpy", "pyshacl", "networkx", "fastapi", "civickg.explore", "civickg.validate", "civickg.server")
#: What a query on the default engine must not load either: rdflib's SPARQL engine and the HTTP client.
NOT_FOR_A_QUERY = (*HEAVY, "rdflib.plugins.sparql", "httpx", "civickg.stores.memory", "civickg.stores.remote")


def loaded_after(root: Path, *argv: str) -> set[str]:
    """The modules a fresh process holds after running ``civickg argv`` (its output is dropped)."""
    record = root / "modules.json"
    script = ("import sys, json, contextlib\nfrom civickg.cli import main\n"
              "with contextlib.suppress(SystemExit):\n"
              f"    main({list(argv)!r})\n"
              f"open({str(record)!r}, 'w').write(json.dumps(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=600)
    assert done.returncode == 0, done.stderr
    return set(json.loads(record.read_text()))


def heavy_in(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_help_loads_no_command_module(built_project):
    modules = loaded_after(built_project.root, "--help")
    assert heavy_in(modules, (*NOT_FOR_A_QUERY, "rdflib", "pyoxigraph", "rich")) == []
    assert not any(m.startswith("civickg.cli.") and m.endswith("_commands") for m in modules)


def test_a_query_on_oxigraph_loads_only_what_it_uses(built_project):
    modules = loaded_after(built_project.root, "query", "awards", "-f", "csv")
    assert "pyoxigraph" in modules and "civickg.stores.oxigraph" in modules
    assert heavy_in(modules, NOT_FOR_A_QUERY) == []
    # The answer is written from pyoxigraph's own terms: no rdflib, and no urllib behind xml.sax.
    assert heavy_in(modules, ("rdflib", "urllib.request", "civickg.namespaces", "civickg.builder")) == []
    help_modules = loaded_after(built_project.root, "query", "awards", "--help")
    assert heavy_in(help_modules, NOT_FOR_A_QUERY) == []


def test_the_command_table_lists_each_command_with_its_modules_help():
    parser = make_parser()
    [sub] = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    registered = {choice.dest: choice.help for choice in sub._choices_actions}
    assert registered == {name: about for name, _, about in COMMANDS}
    assert [name for name, _, _ in COMMANDS] == list(sub.choices)


def test_help_lists_every_command_in_table_order(built_project):
    done = subprocess.run([sys.executable, "-m", "civickg", "--help"], capture_output=True, text=True, timeout=600)
    listed = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("    ")
              and not line.startswith("     ")]
    assert listed == [name for name, _, _ in COMMANDS]
    assert "run SPARQL: a .rq file, a library query name, or inline text" in done.stdout


def test_a_commands_own_help_still_shows_its_options():
    done = subprocess.run([sys.executable, "-m", "civickg", "stats", "--help"], capture_output=True, text=True,
                          timeout=600)
    assert "--store ENGINE|URL" in done.stdout and "--json" in done.stdout
