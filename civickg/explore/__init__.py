"""Explore: the entity network (networkx), its layout and analysis, and the offline HTML explorer page.

Owns: ``network`` (entities and the links between them, read once from a built graph), ``layout``
(deterministic positions), ``analyze`` (centrality, components, communities), ``view`` (which part a page
shows), ``pagedata`` (what the page carries), ``vis`` (vis-network data via pyvis), ``assets`` and ``page``
(the self-contained HTML). May import the ground floor (project, errors, namespaces, evidence), the
``sparql`` package's packaged queries and the builder's atomic writer; never the server or the CLI.
"""

from civickg.explore.analyze import Analysis, analyze
from civickg.explore.network import entity_network
from civickg.explore.page import Explorer, build_explorer, write_explorer
from civickg.explore.view import View, explorer_network, select_view

__all__ = ["Analysis", "Explorer", "View", "analyze", "build_explorer", "entity_network", "explorer_network",
           "select_view", "write_explorer"]
