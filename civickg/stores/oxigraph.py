"""The Oxigraph engine: pyoxigraph in memory or on disk, reloaded only when the build changes.

The default store (``open_store()``, ``civickg query``) is kept in build/oxigraph/<key>/, where the key is
the start of the SHA-256 of what it holds (the build's TriG, the ontology, build/analysis.ttl and any
included file): loaded once by the first command after a build, under a lock, into a folder that is renamed
into place when complete, then opened read-only by every command and server worker, any number at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from civickg.errors import QueryError, QuerySyntaxError
from civickg.prefixes import ONTOLOGY_GRAPH_IRI, PREFIX_IRIS, XSD_IRI
from civickg.sparql.results import Parts, QueryResult
from civickg.stores.base import Store, StoreSources, capped

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

#: The file in an on-disk store that records which build it holds.
STAMP = "civickg-build.json"
#: How many hex digits of the fingerprint name a managed store's folder.
KEY_DIGITS = 16
#: Managed stores kept besides the newest (a server may still read the one before).
KEEP_PREVIOUS = 1
#: Quads per bulk-load step into an on-disk store: bounds the loader's memory (about 300 MB) at a small cost in time.
LOAD_CHUNK = 200_000

_OX_WHERE = re.compile(r"^error at (\d+):(\d+):\s*", re.IGNORECASE)


def _from_oxigraph(term: Any) -> Node | None:
    from rdflib import BNode, Literal, URIRef

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
        return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    raise QueryError(f"unsupported term in a result: {term!r}")


XSD_STRING = XSD_IRI + "string"
#: Typed literals whose text rdflib keeps as it is when it is in this form (the form Oxigraph stores them in);
#: any other typed literal is read through rdflib, so every engine's answer has the same bytes.
_KEPT_AS_WRITTEN = {XSD_IRI + name: re.compile(form) for name, form in (
    ("integer", r"(?:0|-?[1-9][0-9]*)\Z"), ("decimal", r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?\Z"),
    ("boolean", r"(?:true|false)\Z"), ("gYear", r"-?[0-9]{4,}\Z"), ("date", r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"))}


class OxigraphTerms:
    """How civickg reads pyoxigraph's terms: straight into the result formats, or as rdflib terms."""

    def parts(self, term: Any) -> Parts:
        kind = type(term)
        if kind is ox.NamedNode:
            return "uri", term.value, None, None
        if kind is ox.Literal:
            if term.language:
                return "literal", term.value, term.language, None
            datatype = term.datatype.value
            if datatype == XSD_STRING:
                return "literal", term.value, None, None
            form = _KEPT_AS_WRITTEN.get(datatype)
            if form is not None and form.match(term.value):
                return "literal", term.value, None, datatype
            return "literal", str(_from_oxigraph(term)), None, datatype
        if kind is ox.BlankNode:
            return "bnode", term.value, None, None
        raise QueryError(f"unsupported term in a result: {term!r}")

    def node(self, term: Any) -> Node:
        return _from_oxigraph(term)  # type: ignore[return-value]


OXIGRAPH_TERMS = OxigraphTerms()


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
            if not read_only:
                _write_stamp(stamp, sources, fingerprint)
                return cls(store, path)
            del store  # closes RocksDB (and its background compactions) before a reader may open the folder
            _write_stamp(stamp, sources, fingerprint)
        if read_only:
            return cls(ox.Store.read_only(str(path)), path, read_only=True)
        return cls(ox.Store(str(path)), path)

    @classmethod
    def open_managed(cls, sources: StoreSources, folder: Path) -> OxigraphStore:
        """The store in ``folder``/<key> for ``sources``, loaded first if no complete one is there; read-only."""
        fingerprint = sources.fingerprint()
        target = folder / fingerprint[:KEY_DIGITS]
        if not _stamp_matches(target / STAMP, fingerprint):
            folder.mkdir(parents=True, exist_ok=True)
            with _locked(folder / ".lock"):
                if not _stamp_matches(target / STAMP, fingerprint):
                    cls._load_into(sources, fingerprint, target)
                    _remove_stale(folder, keep=target.name)
        try:
            return cls(ox.Store.read_only(str(target)), target, read_only=True)
        except OSError as exc:
            raise QueryError(f"cannot open the Oxigraph store at {target}: {exc}",
                             hint=f"delete {folder} and run the command again") from None

    @classmethod
    def _load_into(cls, sources: StoreSources, fingerprint: str, target: Path) -> None:
        """Bulk-load ``sources`` into a fresh folder and rename it to ``target`` once complete."""
        partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
        shutil.rmtree(partial, ignore_errors=True)
        store = ox.Store(str(partial))
        try:
            cls._load(store, sources, bulk=True)
            store.flush()
        except BaseException:
            del store
            shutil.rmtree(partial, ignore_errors=True)
            raise
        del store  # closes RocksDB before the folder is renamed
        _write_stamp(partial / STAMP, sources, fingerprint)
        shutil.rmtree(target, ignore_errors=True)
        partial.rename(target)

    @staticmethod
    def _load(store: ox.Store, sources: StoreSources, *, bulk: bool = False) -> None:
        load = store.bulk_load if bulk else store.load
        if bulk:
            _bulk_load_in_chunks(store, sources.dataset)
        else:
            load(path=str(sources.dataset), format=ox.RdfFormat.TRIG)
        load(path=str(sources.ontology), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH_IRI))
        for path, graph in sources.extras:
            try:
                load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(graph)))
            except SyntaxError as exc:
                raise QueryError(f"{path} is not valid Turtle: {' '.join(str(exc).split())[:200]}",
                                 hint="include only Turtle files") from None

    @property
    def description(self) -> str:
        return f"Oxigraph on disk at {self.path}" if self.path else "Oxigraph in memory"

    def _engine(self) -> ox.Store:
        """The open pyoxigraph store; a closed one is a clear error, not an attribute of None."""
        if self.store is None:
            raise QueryError(f"the Oxigraph store at {self.path} was closed", hint="open it again with open_store()")
        return self.store

    def __len__(self) -> int:
        return len(self._engine())

    def _run(self, text: str, form: str | None, max_rows: int | None, file: Path | str | None) -> QueryResult:
        engine = self._engine()
        try:
            answer = engine.query(text, prefixes=PREFIX_IRIS, use_default_graph_as_union=True)
            if isinstance(answer, ox.QueryBoolean):
                return QueryResult("ASK", boolean=bool(answer))
            if isinstance(answer, ox.QueryTriples):
                return QueryResult(form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT",
                                   graph=_graph(capped(answer, max_rows, "triples")))
            variables = tuple(v.value for v in answer.variables)
            width = range(len(variables))
            rows = [tuple(solution[i] for i in width) for solution in capped(answer, max_rows, "rows")]
            return QueryResult("SELECT", variables, rows, terms=OXIGRAPH_TERMS)
        except SyntaxError as exc:
            raise oxigraph_syntax_error(exc, file) from None
        except QueryError:
            raise
        except Exception as exc:
            raise QueryError(f"Oxigraph could not run the query: {exc}", file=file) from None

    def close(self) -> None:
        """Flush a writable on-disk store and let go of the engine's handle: RocksDB closes (stopping its
        background compactions) once nothing holds it, so the folder can be opened again, read-only too."""
        if self.path is not None and not self.read_only:
            self.store.flush()
        if self.path is not None:
            self.store = None  # type: ignore[assignment]


def _bulk_load_in_chunks(store: ox.Store, dataset: Path) -> None:
    """Bulk-load a TriG file LOAD_CHUNK quads at a time: pyoxigraph's bulk loader holds a whole batch in
    memory (about 1 GB for a million quads), a chunk at a time holds a fraction of that."""
    quads = ox.parse(path=str(dataset), format=ox.RdfFormat.TRIG)
    while chunk := list(itertools.islice(quads, LOAD_CHUNK)):
        store.bulk_extend(chunk)


def _graph(triples: list[Any]) -> Graph:
    """CONSTRUCT or DESCRIBE triples as an rdflib Graph with civickg's prefixes bound."""
    from rdflib import Graph

    from civickg.namespaces import bind_prefixes

    graph = bind_prefixes(Graph())
    for t in triples:
        graph.add((_from_oxigraph(t.subject), _from_oxigraph(t.predicate), _from_oxigraph(t.object)))
    return graph


def _write_stamp(stamp: Path, sources: StoreSources, fingerprint: str) -> None:
    record = {"sha256": fingerprint, "dataset": str(sources.dataset), "ontology": str(sources.ontology),
              "extras": [str(p) for p, _ in sources.extras]}
    stamp.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (one loader at a time; the others wait, then find it loaded)."""
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_stale(folder: Path, keep: str) -> None:
    """Remove managed stores of older builds (all but ``keep`` and the newest previous) and failed loads."""
    others = sorted((p for p in folder.iterdir() if p.is_dir() and p.name != keep),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    complete = [p for p in others if ".partial-" not in p.name]
    for path in [p for p in others if ".partial-" in p.name] + complete[KEEP_PREVIOUS:]:
        shutil.rmtree(path, ignore_errors=True)


def _stamp_matches(stamp: Path, fingerprint: str) -> bool:
    try:
        return json.loads(stamp.read_text(encoding="utf-8")).get("sha256") == fingerprint
    except (OSError, ValueError):
        return False
