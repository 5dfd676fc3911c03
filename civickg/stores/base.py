"""The store API: what every engine answers, and the files a store is loaded from.

A store holds the last build (build/civickg.trig, one named graph per article), the ontology (in the
named graph ``https://civickg.org/graph/ontology``), the network figures of ``civickg analyze --write``
when build/analysis.ttl exists (``https://civickg.org/graph/analysis``) and any Turtle file included by
name (``https://civickg.org/graph/include/<file stem>``); the default graph is the union of them all. The
engine is chosen by name from ``ENGINES``, so it is a setting, not a code path:

    store = open_store("oxigraph", location="build/oxigraph")
    result = store.query("SELECT ?award WHERE { cid:wang-yong civic:received ?award }")

Every store is read-only: updates, SERVICE and unknown prefixes are refused before the engine runs.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from civickg.errors import CivicError, RowLimitExceeded
from civickg.prefixes import ANALYSIS_GRAPH_IRI, GRAPH_BASE, ONTOLOGY_GRAPH_IRI
from civickg.project import Project
from civickg.sparql.results import QueryResult
from civickg.sparql.text import check, star_order

if TYPE_CHECKING:  # a query on Oxigraph imports no rdflib
    from rdflib import Graph, URIRef


def __getattr__(name: str) -> URIRef:
    """``ONTOLOGY_GRAPH`` and ``ANALYSIS_GRAPH`` (the named graph of build/analysis.ttl, written by
    `civickg analyze --write`) as rdflib terms, made when first asked for."""
    if name in ("ONTOLOGY_GRAPH", "ANALYSIS_GRAPH"):
        from rdflib import URIRef

        return URIRef(ONTOLOGY_GRAPH_IRI if name == "ONTOLOGY_GRAPH" else ANALYSIS_GRAPH_IRI)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_endpoint_url(text: str) -> bool:
    """Whether a ``--store`` value names a remote endpoint rather than an embedded engine."""
    return text.startswith(("http://", "https://"))


def is_build_graph(name: object) -> bool:
    """Whether a named graph is part of the build (not the ontology, figures, included files or a manifest),
    as civickg/sparql/build-graph.rq selects them."""
    from rdflib import URIRef

    if not isinstance(name, URIRef):
        return False
    return (str(name) not in (ONTOLOGY_GRAPH_IRI, ANALYSIS_GRAPH_IRI, GRAPH_BASE + "manifest")
            and not name.startswith(GRAPH_BASE + "include/"))


def included_graph(path: Path) -> str:
    """The named graph (its IRI) a Turtle file included by name is loaded into."""
    return f"{GRAPH_BASE}include/{path.stem}"


@dataclass(frozen=True)
class StoreSources:
    """The files a store is loaded from: the built dataset (TriG), the ontology and extra Turtle files."""

    dataset: Path
    ontology: Path
    #: Turtle files loaded beside the build, each into its own named graph (its IRI).
    extras: tuple[tuple[Path, str], ...] = ()

    @classmethod
    def of(cls, root: Project | Path | str | None = None, include: Sequence[Path | str] = ()) -> StoreSources:
        """The project's last build, its ontology, its network figures if written, and ``include``d files."""
        project = Project.of(root)
        extras = [(project.analysis, ANALYSIS_GRAPH_IRI)] if project.analysis.exists() else []
        for name in include:
            path = Path(name)
            if not path.is_file():
                raise CivicError(f"{path} does not exist", hint="--include takes a Turtle file (.ttl)")
            extras.append((path, included_graph(path)))
        return cls(project.built_file("trig"), project.ontology, tuple(extras))

    def fingerprint(self) -> str:
        """A digest of every file and its graph, to tell whether an on-disk store still holds them."""
        digest = hashlib.sha256()
        for path in (self.dataset, self.ontology):
            _digest_file(digest, path)
        for path, graph in self.extras:
            digest.update(f"\n{graph}\n".encode())
            _digest_file(digest, path)
        return digest.hexdigest()


def _digest_file(digest: Any, path: Path) -> None:
    """Feed a file to ``digest`` a megabyte at a time (a large build is never held in memory whole)."""
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)


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
        ``file`` names the query's file in error messages. ``SELECT *`` lists its columns in the order
        the variables first appear in the query, on every engine.
        """
        form = check(text, file=file)
        result = self._run(text, form, max_rows, file)
        order = star_order(text) if form == "SELECT" else None
        return result.in_order(order) if order else result

    def build_graph(self) -> Graph:
        """The build's triples as one rdflib Graph (civickg/sparql/build-graph.rq): what build/civickg.nt holds."""
        from civickg.sparql import packaged_query

        graph = self.query(packaged_query("build-graph")).graph
        assert graph is not None
        return graph

    def close(self) -> None:  # noqa: B027 — stores in memory have nothing to release
        """Release the store (a no-op for stores in memory)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def capped(items: Iterable[Any], max_rows: int | None, noun: str) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if max_rows is not None and len(out) >= max_rows:
            raise RowLimitExceeded(f"the result has more than {max_rows:,} {noun}, the limit",
                                   hint="add LIMIT (and OFFSET to page through it) or narrow the query")
        out.append(item)
    return out
