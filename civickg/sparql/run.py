"""Run a query given as a .rq file, a library name or SPARQL text, and show its answer.

    store = open_store("memory")
    result = run("awards", store)                       # a competency question from graph/queries/
    result = run("entity", store, {"entity": "jinan"})  # … with a parameter
    result = run("SELECT * { ?s civic:received ?o }", store)
    print(serialize(result, "csv")); df = to_dataframe(result)
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from rich import box
from rich.table import Table
from rich.text import Text

from civickg.errors import BadParameter, QueryError, UnknownQuery
from civickg.prefixes import PREFIX_IRIS, curie
from civickg.project import Project
from civickg.sparql import library as querylib
from civickg.sparql.results import Parts, QueryResult, python_value, serialize

if TYPE_CHECKING:  # stores depend on this package, not the other way round
    from civickg.stores import Store

if TYPE_CHECKING:
    import pandas

__all__ = ["QuerySource", "missing_entities", "notices", "resolve", "run", "serialize", "table", "to_dataframe"]


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


def _packaged(name: str) -> querylib.CompetencyQuestion:
    return querylib.parse(Path(str(resources.files("civickg.sparql").joinpath(f"{name}.rq"))))


CID = PREFIX_IRIS["cid"]


def _entity_id(term: str) -> str | None:
    """The id of an entity named by a parameter's term (``cid:x`` or its full IRI), else None."""
    if term.startswith("cid:"):
        return term[4:]
    if term.startswith(f"<{CID}") and term.endswith(">"):
        return term[len(CID) + 1:-1]
    return None


def close_entities(ident: str, store: Store, n: int = 3) -> list[str]:
    """The entities whose id or a name is closest to ``ident``, as ``cid:id (name)``."""
    names: dict[str, str] = {}  # each name, and the entity it names
    chinese: dict[str, str] = {}  # each entity's Chinese name, to show beside its id
    for entity_part, name_part in store.query(_packaged("entity-names").text).part_rows():
        assert entity_part is not None and name_part is not None  # both are bound in entity-names.rq
        entity, name = entity_part[1][len(CID):], name_part[1]
        names.setdefault(name, entity)
        if name_part[0] == "literal" and name_part[2] == "zh":
            chinese.setdefault(entity, name)
    found = difflib.get_close_matches(ident, sorted(set(names.values())), n=n)
    found += [names[m] for m in difflib.get_close_matches(ident, list(names), n=n)]
    return [f"cid:{e}" + (f" ({chinese[e]})" if e in chinese else "") for e in list(dict.fromkeys(found))[:n]]


def missing_entities(params: Mapping[str, str], store: Store) -> list[str]:
    """One line for each parameter that names an entity (cid:…) the graph does not hold, with the
    closest entities by id or name."""
    lines = []
    known = _packaged("entity-known")
    for name, value in sorted(params.items()):
        term = querylib.term(value)
        ident = _entity_id(term)
        if ident is None or store.query(known.sparql(entity=term)).boolean:
            continue
        close = close_entities(ident, store)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        lines.append(f"parameter {name}: the graph holds no entity cid:{ident}{hint}")
    return lines


def notices(result: QueryResult, store: Store, params: Mapping[str, str] | None = None) -> list[str]:
    """What a person should know about an answer besides its rows: parameters that name no entity, and
    that a SELECT found nothing (``0 rows``)."""
    lines = missing_entities(params or {}, store)
    if result.form == "SELECT" and not result.raw_rows:
        lines.append("0 rows: nothing in the graph matches the query")
    return lines


def cell(part: Parts | None) -> str:
    """How a term (its parts) reads in a table: IRIs as CURIEs, literals as their text."""
    if part is None:
        return ""
    kind, text = part[0], part[1]
    if kind == "uri":
        return curie(text)
    return text if kind == "literal" else f"_:{text}"


def table(result: QueryResult, title: str | None = None) -> Table:
    """A rich Table of a SELECT or ASK result; rich measures CJK characters as two columns wide."""
    grid = Table(title=title, box=box.SIMPLE_HEAD, show_lines=False, header_style="bold")
    if result.form == "ASK":
        grid.add_column("boolean")
        grid.add_row("true" if result.boolean else "false")
        return grid
    for name in result.variables:
        grid.add_column(name, overflow="fold")
    for row in result.part_rows():
        grid.add_row(*(Text(cell(p)) for p in row))
    return grid


def to_dataframe(result: QueryResult, *, curies: bool = True) -> pandas.DataFrame:
    """A SELECT result as a pandas DataFrame: numbers as numbers, IRIs as CURIEs (or full IRIs)."""
    import pandas

    if result.form != "SELECT":
        raise QueryError(f"a {result.form} result has no rows for a DataFrame")
    rows = [[python_value(t, curies=curies) for t in row] for row in result.rows]
    return pandas.DataFrame(rows, columns=list(result.variables))
