"""Run a query given as a .rq file, a library name or SPARQL text, and show its answer.

    store = open_store("memory")
    result = run("awards", store)                       # a competency question from graph/queries/
    result = run("entity", store, {"entity": "jinan"})  # … with a parameter
    result = run("SELECT * { ?s civic:received ?o }", store)
    print(serialize(result, "csv")); df = to_dataframe(result)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rich import box
from rich.table import Table
from rich.text import Text

from civickg.errors import BadParameter, QueryError, UnknownQuery
from civickg.namespaces import curie
from civickg.project import Project
from civickg.sparql import library as querylib
from civickg.sparql.results import QueryResult, python_value, serialize

if TYPE_CHECKING:  # stores depend on this package, not the other way round
    from civickg.stores import Store

if TYPE_CHECKING:
    import pandas

__all__ = ["QuerySource", "resolve", "run", "serialize", "table", "to_dataframe"]


@dataclass(frozen=True)
class QuerySource:
    """A query's text and where it came from (for messages and headings)."""

    text: str
    label: str
    file: Path | None = None
    question: querylib.CompetencyQuestion | None = None


def _looks_like_sparql(spec: str) -> bool:
    return any(ch.isspace() for ch in spec.strip()) or "{" in spec


def resolve(spec: str, root: Project | Path | str | None = None,
            params: Mapping[str, str] | None = None) -> QuerySource:
    """A query from a .rq file path, a library name (graph/queries/NAME.rq) or inline SPARQL."""
    params = dict(params or {})
    path = Path(spec)
    if not _looks_like_sparql(spec) and path.suffix == ".rq":
        if not path.is_file():
            raise UnknownQuery(f"{spec} does not exist")
        if params:
            question = querylib.parse(path)
            return QuerySource(question.sparql(params), str(path), path, question)
        return QuerySource(path.read_text(encoding="utf-8"), str(path), path)
    if _looks_like_sparql(spec):
        if params:
            raise BadParameter("parameters apply to library queries and .rq files, not to inline SPARQL")
        return QuerySource(spec, "inline query")
    question = querylib.get(spec, root)
    return QuerySource(question.sparql(params), f"{spec} ({question.path.name})", question.path, question)


def run(query: str | QuerySource, store: Store, params: Mapping[str, str] | None = None, *,
        root: Project | Path | str | None = None, max_rows: int | None = None) -> QueryResult:
    """Answer ``query`` (a QuerySource, or anything ``resolve`` takes) on ``store``."""
    source = query if isinstance(query, QuerySource) else resolve(query, root, params)
    return store.query(source.text, max_rows=max_rows, file=source.file)


def cell(term: object) -> str:
    """How a term reads in a table: IRIs as CURIEs, literals as their text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return curie(term)
    if isinstance(term, Literal):
        return str(term)
    return f"_:{term}"


def table(result: QueryResult, title: str | None = None) -> Table:
    """A rich Table of a SELECT or ASK result; rich measures CJK characters as two columns wide."""
    grid = Table(title=title, box=box.SIMPLE_HEAD, show_lines=False, header_style="bold")
    if result.form == "ASK":
        grid.add_column("boolean")
        grid.add_row("true" if result.boolean else "false")
        return grid
    for name in result.variables:
        grid.add_column(name, overflow="fold")
    for row in result.rows:
        grid.add_row(*(Text(cell(t)) for t in row))
    return grid


def to_dataframe(result: QueryResult, *, curies: bool = True) -> pandas.DataFrame:
    """A SELECT result as a pandas DataFrame: numbers as numbers, IRIs as CURIEs (or full IRIs)."""
    import pandas

    if result.form != "SELECT":
        raise QueryError(f"a {result.form} result has no rows for a DataFrame")
    rows = [[python_value(t, curies=curies) for t in row] for row in result.rows]
    return pandas.DataFrame(rows, columns=list(result.variables))
