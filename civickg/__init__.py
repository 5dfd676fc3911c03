"""civickg: an evidence-backed knowledge graph of civic life from Chinese news articles.

A notebook or script uses the same functions as the command line::

    import civickg
    built = civickg.build()          # sources + annotations -> RDF dataset (in memory)
    graph = civickg.load_graph()     # the graph last written to build/
    store = civickg.open_store()     # SPARQL on Oxigraph (build/oxigraph/, loaded once per build)

The functions are imported on first use, so ``import civickg`` (and every command) stays quick.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "build", "load_dataset", "load_graph", "open_store", "write"]


def __getattr__(name: str) -> Any:
    if name in ("build", "load_dataset", "load_graph", "write"):
        from civickg.builder import library

        return getattr(library, name)
    if name == "open_store":
        from civickg.stores import open_store

        return open_store
    raise AttributeError(f"module 'civickg' has no attribute {name!r}")
