"""SPARQL: the query language side, independent of any engine.

Owns: ``text`` (checks on query text: form, updates refused, SERVICE refused, prefixes), ``library`` (the
competency questions in graph/queries/*.rq and their parameters), ``results`` (the result model and its
formats: JSON, XML, CSV, TSV, Turtle, JSON-LD), ``run`` (resolve a name, file or text, bind parameters,
run it on a store), ``stats`` (the counts of a graph) and the queries civickg itself runs, shipped here as
.rq files. May import the ground floor and the builder's serializers; ``run`` takes any store from
``stores``.
"""

from __future__ import annotations

from importlib import resources

from civickg.prefixes import sparql_prologue


def packaged_query(name: str) -> str:
    """A query shipped in civickg/sparql/, with civickg's prefixes predeclared."""
    text = resources.files("civickg.sparql").joinpath(f"{name}.rq").read_text(encoding="utf-8")
    return sparql_prologue() + text
