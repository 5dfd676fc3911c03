"""The visual explorer: the entity graph as one self-contained HTML page that works offline.

networkx holds the graph and computes node sizes (degree centrality) and positions
(:mod:`civickg.explore.layout`); pyvis turns it into vis-network's nodes, edges and options; our own
template inlines vis-network (the copy pyvis ships), our script and styles, and the data as JSON.
The page needs no server and no network, and the same graph gives the same bytes.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from rdflib import Graph

from civickg.builder.output import write_atomic
from civickg.errors import CivicError
from civickg.evidence import quote_index
from civickg.explore.assets import VIS_DIR, sha256_base64, text_resource, vis_css
from civickg.explore.pagedata import page_data
from civickg.explore.view import View, explorer_network, select_view


@dataclass(frozen=True)
class Explorer:
    """A rendered explorer page and what it holds."""

    html: str
    data: dict[str, Any]

    @property
    def entity_count(self) -> int:
        return len(self.data["nodes"])

    @property
    def link_count(self) -> int:
        """Facts between two entities drawn as arrows."""
        return len(self.data["edges"])


# --------------------------------------------------------------------------------------------
#  Public entry points
# --------------------------------------------------------------------------------------------

def build_explorer(graph: Graph, ontology: Graph, view: View | None = None) -> Explorer:
    """The explorer page for ``graph`` (the union graph) described by ``ontology``."""
    view = view or View()
    if view.lang not in ("zh", "en"):
        raise CivicError(f"unknown language {view.lang!r}", hint="use zh or en")
    if view.max_nodes < 1:
        raise CivicError(f"max_nodes must be at least 1, not {view.max_nodes}")
    quotes = quote_index(graph)
    full = explorer_network(graph, ontology, quotes)
    shown = select_view(full, ontology, view)
    data = page_data(graph, ontology, full, shown, view, quotes)
    return Explorer(render_page(data, view), data)


def write_explorer(explorer: Explorer, path: Path) -> Path:
    """Write the page as UTF-8 (atomically), whatever the platform's default encoding."""
    write_atomic(path, explorer.html.encode("utf-8"))
    return path




# --------------------------------------------------------------------------------------------
#  The page
# --------------------------------------------------------------------------------------------

def render_page(data: dict[str, Any], view: View) -> str:
    """The HTML page: our template with vis-network, our script and style, and the data inlined."""
    vis_js = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    page_js = text_resource("static", "explorer.js")
    for text in (vis_js, page_js):
        if "</script" in text.lower():
            raise CivicError("an inlined script contains </script", hint="fix civickg/explore/static/explorer.js")
    # Our script runs by its hash and draws the first picture itself; when a visitor first touches the graph it hands
    # vis-network's text to the browser as a blob: URL (compiled off the main thread). Only a script already running
    # in the page can make a blob: URL, so blob: lets in nothing new.
    csp = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
           f"script-src 'sha256-{sha256_base64(page_js)}' blob:")
    template = Template(prefill(text_resource("templates", "explorer.html"), data["ui"][view.lang]))
    return template.substitute(
        lang="zh-Hans" if view.lang == "zh" else "en",
        title=html.escape(data["meta"]["title"][view.lang], quote=True),
        counts=html.escape(data["ui"][view.lang]["counts"].format(n=data["meta"]["entities"], m=data["meta"]["facts"])),
        generator=html.escape(data["meta"]["generator"], quote=True),
        csp=csp,
        vis_css=vis_css(),
        page_css=text_resource("static", "explorer.css"),
        data=script_json(data),
        vis_js=vis_js,
        page_js=page_js,
    )


def prefill(template: str, words: dict[str, str]) -> str:
    """The template with the page's words written into its empty ``data-i18n`` elements, so the first paint
    has them and nothing moves when the script fills them in (the script still sets them on a language switch)."""
    def fill(match: re.Match[str]) -> str:
        return match.group(1) + html.escape(words[match.group(2)]).replace("$", "$$") + "<"
    return re.sub(r'(<[^<>]*\bdata-i18n="(\w+)"[^<>]*>)<', fill, template)


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no ``<``, ``>`` or ``&`` can close or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


