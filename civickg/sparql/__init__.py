"""SPARQL queries the library itself runs (statistics, explorer data), shipped as .rq files."""

from __future__ import annotations

from importlib import resources

from civickg.namespaces import sparql_prologue


def packaged_query(name: str) -> str:
    """A query shipped in civickg/sparql/, with civickg's prefixes predeclared."""
    text = resources.files("civickg.sparql").joinpath(f"{name}.rq").read_text(encoding="utf-8")
    return sparql_prologue() + text
