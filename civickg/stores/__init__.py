"""Stores: the engines that answer SPARQL over a build, behind one API.

Owns: ``base`` (the Store API and the files a store is loaded from), one module per engine (``memory``:
rdflib; ``oxigraph``: pyoxigraph in memory or on disk) and ``registry`` (engines by name, ``open_store``).
A new engine, such as a remote SPARQL server, is one more module and one more entry in ``ENGINES``.
May import the ground floor (project, errors, namespaces) and the ``sparql`` package's query checks and
result model; never the builder, the server, the explorer or the CLI.
"""

from civickg.stores.base import ANALYSIS_GRAPH, ONTOLOGY_GRAPH, Store, StoreSources
from civickg.stores.registry import ENGINES, open_store

__all__ = ["ANALYSIS_GRAPH", "ENGINES", "ONTOLOGY_GRAPH", "Store", "StoreSources", "open_store"]
