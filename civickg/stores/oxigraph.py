"""The Oxigraph engine: pyoxigraph in memory or on disk, reloaded only when the build changes.

The default store (``open_store()``, ``civickg query``) is kept in build/oxigraph/<key>/, where the key is
the start of the SHA-256 of what it holds (the build's TriG, the ontology, build/analysis.ttl and any
included file): loaded once by the first command after a build, under a lock, into a folder that is renamed
into place when complete, then opened read-only by every command and server worker, any number at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
from collections.abc import Iterator
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
#: How many hex digits of the fingerprint name a managed store's folder.
KEY_DIGITS = 16
#: Managed stores kept besides the newest (a server may still read the one before).
KEEP_PREVIOUS = 1

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
            _write_stamp(stamp, sources, fingerprint)
            if not read_only:
                return cls(store, path)
            del store
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
