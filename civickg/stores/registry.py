"""The engines a store can run on, chosen by name, and the one function that opens a store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import rdflib.plugins.sparql

from civickg.errors import QueryError
from civickg.project import Project
from civickg.stores.base import Store, StoreSources
from civickg.stores.memory import MemoryStore
from civickg.stores.oxigraph import OxigraphStore
from civickg.stores.remote import is_endpoint_url, open_remote

# rdflib would otherwise fetch any FROM <url> it does not hold: a query must never reach the network.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

#: The engines a store can run on, by the name the CLI and the server take.
ENGINES: dict[str, type[Store]] = {"memory": MemoryStore, "oxigraph": OxigraphStore}


def open_store(engine: str = "memory", root: Project | Path | str | None = None, *,
               location: Path | str | None = None, read_only: bool = False,
               include: Sequence[Path | str] = ()) -> Store:
    """A store on ``engine`` holding the project's last build and its ontology; ``engine`` may also be the URL
    of a SPARQL 1.1 endpoint the build was pushed to (``civickg push``), which is then queried remotely.

    ``location`` is where the engine keeps its data: a folder for an on-disk Oxigraph store, loaded once and
    reloaded when the build changes (a remote engine would take a URL here);
    ``read_only`` opens such a store for reading only, as the server's worker processes do;
    ``include`` names Turtle files to load beside the build (build/analysis.ttl is loaded when present).
    """
    if is_endpoint_url(engine):
        return open_remote(engine)
    try:
        kind = ENGINES[engine]
    except KeyError:
        raise QueryError(f"unknown store engine {engine!r}", hint=f"choose one of {', '.join(ENGINES)}") from None
    path = Path(location) if location is not None else None
    return kind.open(StoreSources.of(root, include), path=path, read_only=read_only)
