"""The Oxigraph engine: pyoxigraph in memory or on disk, reloaded only when the build changes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from civickg.errors import QueryError, QuerySyntaxError
from civickg.namespaces import PREFIXES, bind_prefixes
from civickg.sparql.results import QueryResult
from civickg.stores.base import ONTOLOGY_GRAPH, Store, StoreSources, capped

_PREFIX_IRIS = {p: str(ns) for p, ns in PREFIXES.items()}
#: The file in an on-disk store that records which build it holds.
STAMP = "civickg-build.json"

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


def oxigraph_syntax_error(exc: SyntaxError, file: Path | str | None) -> QuerySyntaxError:
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
            record = {"sha256": fingerprint, "dataset": str(sources.dataset), "ontology": str(sources.ontology),
                      "extras": [str(p) for p, _ in sources.extras]}
            stamp.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
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
        for path, graph in sources.extras:
            try:
                load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(graph)))
            except SyntaxError as exc:
                raise QueryError(f"{path} is not valid Turtle: {' '.join(str(exc).split())[:200]}",
                                 hint="include only Turtle files") from None

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
                for t in capped(answer, max_rows, "triples"):
                    graph.add((_from_oxigraph(t.subject), _from_oxigraph(t.predicate), _from_oxigraph(t.object)))
                return QueryResult(form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT", graph=graph)
            variables = tuple(v.value for v in answer.variables)
            rows = capped(answer, max_rows, "rows")
            return QueryResult("SELECT", variables,
                               [tuple(_from_oxigraph(sol[v]) for v in variables) for sol in rows])
        except SyntaxError as exc:
            raise oxigraph_syntax_error(exc, file) from None
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
