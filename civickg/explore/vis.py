"""vis-network's nodes, edges and options for the drawn part of the network, built with pyvis."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from typing import Any

import networkx as nx
from pyvis.network import Network

from civickg.explore.assets import json_resource
from civickg.explore.layout import LABEL_FONT, label_levels, positions
from civickg.explore.view import View


def vis_data(shown: nx.MultiDiGraph, view: View, style: dict[str, Any], classes: dict[str, dict[str, Any]],
         centrality: dict[str, float], edge_of: dict[tuple[str, str, str], str],
         predicates: dict[str, dict[str, str]]) -> tuple[list[dict], list[dict], dict[str, Any]]:
    """pyvis nodes (position, size, class group), edges (fact id, predicate label) and options."""
    label = "label_" + view.lang
    face = style["font"]
    where = _placed(shown, view)
    top = max((centrality[n] for n in shown), default=1.0) or 1.0
    low, high = style["size"]["min"], style["size"]["max"]
    sizes = {n: round(low + (high - low) * math.sqrt(centrality[n] / top), 1) for n in shown}
    net = Network(directed=True, cdn_resources="in_line")
    for node, d in shown.nodes(data=True):
        x, y = where[node]
        net.add_node(node, label=d[label], shape=classes[d["class"]]["shape"], group=d["class"], size=sizes[node],
                     x=x, y=y)
    pairs: dict[frozenset, int] = defaultdict(int)
    for u, v, _key in edge_of:
        pairs[frozenset((u, v))] += 1
    seen: dict[frozenset, int] = defaultdict(int)
    for (u, v, key), fid in sorted(edge_of.items(), key=lambda item: int(item[1][1:])):
        extra: dict[str, Any] = {}
        pair = frozenset((u, v))
        if pairs[pair] > 1:  # parallel or opposite facts: bend them apart
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.18 * (seen[pair] + 1), 2)}
            seen[pair] += 1
        net.add_edge(u, v, id=fid, label=predicates[shown.edges[u, v, key]["predicate"]][view.lang], **extra)
    net.toggle_physics(False)
    net.toggle_hide_edges_on_drag(len(shown) > 1500)
    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    for node in nodes:
        node.pop("font", None)
    options = merge_options(json.loads(options_json), json_resource("explorer-options.json"))
    options["nodes"]["font"]["face"] = face
    options["edges"]["font"]["face"] = face
    options["groups"] = {name: _group(info) for name, info in sorted(classes.items())
                         if name in {d["class"] for _, d in shown.nodes(data=True)}}
    return nodes, edges, options


def _placed(shown: nx.MultiDiGraph, view: View) -> dict[str, tuple[float, float]]:
    """Positions of the linked entities (the picture), and of the unlinked ones in rows below it."""
    label = "label_" + view.lang
    alone = [n for n in shown if shown.degree(n) == 0]
    linked = shown.subgraph([n for n in shown if shown.degree(n) > 0])
    where = positions(linked, seed=view.seed, label_px={n: label_px(d[label]) for n, d in linked.nodes(data=True)})
    below = max((y for _, y in where.values()), default=0.0) + 400.0
    apart = positions(shown.subgraph(alone), seed=view.seed,
                      label_px={n: label_px(shown.nodes[n][label]) for n in alone})
    where.update({n: (x, round(y + below, 1)) for n, (x, y) in apart.items()})
    return where


def label_plan(shown: nx.MultiDiGraph, nodes: list[dict], order: list[str]) -> dict[str, dict[str, float]]:
    """Per language, the zoom from which each linked entity's label is drawn (see layout.label_levels)."""
    linked = [n for n in order if n in shown and shown.degree(n) > 0]
    where = {n["id"]: (n["x"], n["y"]) for n in nodes}
    sizes = {n["id"]: n["size"] for n in nodes}
    plan = {}
    for lang in ("zh", "en"):
        widths = {n: label_px(shown.nodes[n]["label_" + lang], LABEL_FONT) for n in linked}
        levels = label_levels(where, sizes, widths, linked)
        plan[lang] = {n: level for n, level in sorted(levels.items()) if level is not None}
    return plan


def _group(info: dict[str, Any]) -> dict[str, Any]:
    """vis-network group style of one class."""
    color = info["color"]
    return {"shape": info["shape"],
            "color": {"background": color, "border": mix(color, "#000000", 0.3),
                      "highlight": {"background": mix(color, "#ffffff", 0.25), "border": "#e4572e"},
                      "hover": {"background": mix(color, "#ffffff", 0.2), "border": "#1b1f24"}}}



def label_px(text: str, size: float = 14.0) -> float:
    """Rough width of a label: CJK characters and curly quotes about one em, others a little over half."""
    return sum(size if ord(ch) > 0x2E80 or 0x2010 <= ord(ch) <= 0x206F else size * 0.62 for ch in text)


def shade(color: str, index: int) -> str:
    """The ``index``-th shade of a family colour: the colour itself, then lighter and darker."""
    steps = (0.0, 0.32, -0.28, 0.52, -0.45, 0.66, -0.15, 0.18, 0.42, -0.36, 0.6, -0.52)
    t = steps[index % len(steps)]
    return mix(color, "#ffffff", t) if t >= 0 else mix(color, "#000000", -t)


def mix(color: str, other: str, t: float) -> str:
    a = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(a, b, strict=True))


def merge_options(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` laid over it, recursively (keys starting with _ are comments)."""
    merged = dict(base)
    for key, value in extra.items():
        if key.startswith("_"):
            continue
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_options(merged[key], value)
        else:
            merged[key] = value
    return merged

