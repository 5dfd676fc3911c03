"""Stores: the engines that answer SPARQL over a build, behind one API, and remote SPARQL servers.

Owns: ``base`` (the Store API and the files a store is loaded from), one module per engine (``memory``:
rdflib, the reference engine; ``oxigraph``: pyoxigraph, the default, on disk in build/oxigraph/ and loaded
once per build), ``registry`` (engines by name, imported on first use; ``open_store``),
``remote`` (a read-only store over any SPARQL 1.1 Protocol endpoint), ``push`` (loading a build into a
server through the SPARQL 1.1 Graph Store Protocol) and ``credentials`` (from the environment or netrc,
never from the command line). May import the ground floor (project, errors, namespaces) and the
``sparql`` package's query checks and result model; never the builder, the server, the explorer or the CLI.
"""

from typing import Any

from civickg.stores.base import Store, StoreSources, is_endpoint_url
from civickg.stores.registry import DEFAULT_ENGINE, ENGINES, open_store


def __getattr__(name: str) -> Any:
    """``ONTOLOGY_GRAPH`` and ``ANALYSIS_GRAPH`` as rdflib terms, made on first use (see ``base``)."""
    from civickg.stores import base

    return getattr(base, name)


__all__ = ["ANALYSIS_GRAPH", "DEFAULT_ENGINE", "ENGINES", "ONTOLOGY_GRAPH", "Store", "StoreSources",
           "is_endpoint_url", "open_store"]
