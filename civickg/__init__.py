"""civickg: an evidence-backed knowledge graph of civic life from Chinese news articles.

A notebook or script uses the same functions as the command line::

    import civickg
    built = civickg.build()          # sources + annotations -> RDF dataset (in memory)
    graph = civickg.load_graph()     # the graph last written to build/
"""

from __future__ import annotations

__version__ = "0.1.0"

from civickg.library import build, load_dataset, load_graph, write

__all__ = ["__version__", "build", "load_dataset", "load_graph", "write"]
