"""Stores that answer SPARQL: rdflib in memory, or Oxigraph in memory or on disk, behind one API.

A store holds the last build (build/civickg.trig, one named graph per article) and the ontology (in the
named graph ``https://civickg.org/graph/ontology``); the default graph is the union of them all. The
engine is chosen by name from ``ENGINES``, so it is a setting, not a code path:

    store = open_store("oxigraph", path="build/oxigraph")
    result = store.query("SELECT ?award WHERE { cid:wang-yong civic:received ?award }")

Every store is read-only: updates, SERVICE and unknown prefixes are refused before the engine runs.
"""

from __future__ import annotations

import hashlib
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pyoxigraph as ox
import rdflib.plugins.sparql
from pyparsing import ParseBaseException
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from civickg import library
from civickg.errors import QueryError
from civickg.namespaces import GRAPH, PREFIXES, bind_prefixes
from civickg.project import Project
from civickg.query_errors import QuerySyntaxError, RowLimitExceeded
from civickg.querytext import check
from civickg.results import QueryResult, plain

# rdflib would otherwise fetch any FROM <url> it does not hold: a query must never reach the network.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

ONTOLOGY_GRAPH = GRAPH["ontology"]
_PREFIX_IRIS = {p: str(ns) for p, ns in PREFIXES.items()}
STAMP = "civickg-build.json"


@dataclass(frozen=True)
class StoreSources:
    """The files a store is loaded from: the built dataset (TriG) and the ontology (Turtle)."""

    dataset: Path
    ontology: Path

    @classmethod
    def of(cls, root: Project | Path | str | None = None) -> StoreSources:
        """The project's last build and its ontology (a clear error when it has not been built)."""
        project = root if isinstance(root, Project) else Project.find(root)
        return cls(library.built_file(project, "trig"), project.ontology)

    def fingerprint(self) -> str:
        """A digest of both files, to tell whether an on-disk store still holds this build."""
        digest = hashlib.sha256()
        for path in (self.dataset, self.ontology):
            digest.update(path.read_bytes())
        return digest.hexdigest()


class Store(ABC):
    """A read-only SPARQL store over one build."""

    engine: ClassVar[str]

    @classmethod
    @abstractmethod
    def open(cls, sources: StoreSources, *, path: Path | None = None, read_only: bool = False) -> Store:
        """Load ``sources`` (or reuse an on-disk store at ``path`` that already holds them)."""

    @abstractmethod
    def __len__(self) -> int:
        """The number of quads held (article graphs and the ontology graph)."""

    @abstractmethod
    def _run(self, text: str, form: str | None, max_rows: int | None, file: Path | str | None) -> QueryResult:
        """Run a checked query on the engine."""

    @property
    def description(self) -> str:
        return self.engine

    def query(self, text: str, *, max_rows: int | None = None, file: Path | str | None = None) -> QueryResult:
        """Answer a SPARQL query; civickg's prefixes are predeclared.

        ``max_rows`` caps the rows (or triples) of the answer: one more raises RowLimitExceeded.
        ``file`` names the query's file in error messages.
        """
        form = check(text, file=file)
        return self._run(text, form, max_rows, file)

    def close(self) -> None:  # noqa: B027 — stores in memory have nothing to release
        """Release the store (a no-op for stores in memory)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _capped(items: Iterable[Any], max_rows: int | None, noun: str) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if max_rows is not None and len(out) >= max_rows:
            raise RowLimitExceeded(f"the result has more than {max_rows:,} {noun}, the limit",
                                   hint="add LIMIT (and OFFSET to page through it) or narrow the query")
        out.append(item)
    return out


# ---------------------------------------------------------------- rdflib


_PYPARSING_WHERE = re.compile(r"\s*\(at char \d+\),?\s*\(line:\d+, col:\d+\)\s*$")


class MemoryStore(Store):
    """rdflib's Dataset in memory; the default graph is the union of the named graphs."""

    engine = "memory"

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    @classmethod
    def open(cls, sources: StoreSources, *, path: Path | None = None, read_only: bool = False) -> MemoryStore:
        if path is not None:
            raise QueryError("the memory store has no on-disk form", hint="use --store oxigraph with a path")
        dataset = bind_prefixes(Dataset(default_union=True))
        dataset.parse(sources.dataset, format="trig")
        dataset.graph(ONTOLOGY_GRAPH).parse(sources.ontology, format="turtle")
        return cls(dataset)

    @property
    def description(self) -> str:
        return "rdflib in memory"

    def __len__(self) -> int:
        return sum(len(g) for g in self.dataset.graphs())

    def _run(self, text: str, form: str | None, max_rows: int | None, file: Path | str | None) -> QueryResult:
        try:
            answer = self.dataset.query(text, initNs=PREFIXES)
            kind = str(answer.type)
            if kind == "ASK":
                return QueryResult("ASK", boolean=bool(answer.askAnswer))
            if kind in ("CONSTRUCT", "DESCRIBE"):
                graph = bind_prefixes(Graph())
                for triple in _capped(answer.graph or (), max_rows, "triples"):
                    graph.add(tuple(plain(t) for t in triple))  # type: ignore[arg-type]
                return QueryResult(kind, graph=graph)
            variables = tuple(str(v) for v in answer.vars or ())
            rows = _capped(answer, max_rows, "rows")
            return QueryResult("SELECT", variables, [tuple(plain(t) for t in row) for row in rows])  # type: ignore[union-attr]
        except ParseBaseException as exc:
            message = _PYPARSING_WHERE.sub("", str(exc)).strip()
            raise QuerySyntaxError(message, line=exc.lineno, column=exc.col, file=file) from None
        except QueryError:
            raise
        except Exception as exc:  # rdflib raises bare Exceptions for semantic errors
            raise QueryError(f"rdflib could not run the query: {exc}", file=file) from None


# ---------------------------------------------------------------- Oxigraph

_OX_WHERE = re.compile(r"^error at (\d+):(\d+):\s*", re.IGNORECASE)


def _from_oxigraph(term: Any) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))
    raise QueryError(f"unsupported term in a result: {term!r}")


def _oxigraph_syntax_error(exc: SyntaxError, file: Path | str | None) -> QuerySyntaxError:
    text = " ".join(str(exc).split())
    match = _OX_WHERE.match(text)
    line = column = None
    if match:
        line, column = int(match.group(1)), int(match.group(2))
        text = text[match.end():]
    if text.startswith("expected one of "):
        options = text[len("expected one of "):].split(", ")
        text = "expected one of " + ", ".join(options[:8]) + (", …" if len(options) > 8 else "")
    return QuerySyntaxError(text, line=line, column=column, file=file)


class OxigraphStore(Store):
    """pyoxigraph's Store, in memory or on disk (RocksDB); queried with the union as default graph."""

    engine = "oxigraph"

    def __init__(self, store: ox.Store, path: Path | None = None, *, read_only: bool = False) -> None:
        self.store = store
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, sources: StoreSources, *, path: Path | None = None, read_only: bool = False) -> OxigraphStore:
        if path is None:
            store = ox.Store()
            cls._load(store, sources)
            return cls(store)
        path = Path(path)
        stamp = path / STAMP
        fingerprint = sources.fingerprint()
        if not _stamp_matches(stamp, fingerprint):
            if read_only:
                raise QueryError(f"the Oxigraph store at {path} does not hold the current build",
                                 hint="open it once read-write to load it")
            path.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(path))
            store.clear()
            cls._load(store, sources, bulk=True)
            store.flush()
            stamp.write_text(json.dumps({"sha256": fingerprint, "dataset": str(sources.dataset),
                                         "ontology": str(sources.ontology)}, indent=1) + "\n", encoding="utf-8")
            if not read_only:
                return cls(store, path)
            del store
        if read_only:
            return cls(ox.Store.read_only(str(path)), path, read_only=True)
        return cls(ox.Store(str(path)), path)

    @staticmethod
    def _load(store: ox.Store, sources: StoreSources, *, bulk: bool = False) -> None:
        load = store.bulk_load if bulk else store.load
        load(path=str(sources.dataset), format=ox.RdfFormat.TRIG)
        load(path=str(sources.ontology), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))

    @property
    def description(self) -> str:
        return f"Oxigraph on disk at {self.path}" if self.path else "Oxigraph in memory"

    def __len__(self) -> int:
        return len(self.store)

    def _run(self, text: str, form: str | None, max_rows: int | None, file: Path | str | None) -> QueryResult:
        try:
            answer = self.store.query(text, prefixes=_PREFIX_IRIS, use_default_graph_as_union=True)
            if isinstance(answer, ox.QueryBoolean):
                return QueryResult("ASK", boolean=bool(answer))
            if isinstance(answer, ox.QueryTriples):
                graph = bind_prefixes(Graph())
                for t in _capped(answer, max_rows, "triples"):
                    graph.add((_from_oxigraph(t.subject), _from_oxigraph(t.predicate), _from_oxigraph(t.object)))
                return QueryResult(form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT", graph=graph)
            variables = tuple(v.value for v in answer.variables)
            rows = _capped(answer, max_rows, "rows")
            return QueryResult("SELECT", variables,
                               [tuple(_from_oxigraph(sol[v]) for v in variables) for sol in rows])
        except SyntaxError as exc:
            raise _oxigraph_syntax_error(exc, file) from None
        except QueryError:
            raise
        except Exception as exc:
            raise QueryError(f"Oxigraph could not run the query: {exc}", file=file) from None

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            self.store.flush()


def _stamp_matches(stamp: Path, fingerprint: str) -> bool:
    try:
        return json.loads(stamp.read_text(encoding="utf-8")).get("sha256") == fingerprint
    except (OSError, ValueError):
        return False


#: The engines a store can run on, by the name the CLI and the server take.
ENGINES: dict[str, type[Store]] = {"memory": MemoryStore, "oxigraph": OxigraphStore}


def open_store(engine: str = "memory", root: Project | Path | str | None = None, *,
               path: Path | str | None = None, read_only: bool = False) -> Store:
    """A store on ``engine`` holding the project's last build and its ontology.

    ``path`` keeps an Oxigraph store on disk (loaded once, reloaded when the build changes);
    ``read_only`` opens such a store for reading only, as the server's worker processes do.
    """
    try:
        kind = ENGINES[engine]
    except KeyError:
        raise QueryError(f"unknown store engine {engine!r}", hint=f"choose one of {', '.join(ENGINES)}") from None
    return kind.open(StoreSources.of(root), path=Path(path) if path is not None else None, read_only=read_only)
