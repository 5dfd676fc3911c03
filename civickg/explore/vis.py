"""vis-network's nodes, edges and options for the drawn part of the network, built with pyvis."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from typing import Any

import networkx as nx
from pyvis.network import Network

from civickg.explore.assets import json_resource
from civickg.explore.layout import positions
from civickg.explore.view import View


def vis_data(shown: nx.MultiDiGraph, view: View, style: dict[str, Any], classes: dict[str, dict[str, Any]],
         centrality: dict[str, float], edge_of: dict[tuple[str, str, str], str],
         predicates: dict[str, dict[str, str]]) -> tuple[list[dict], list[dict], dict[str, Any]]:
    """pyvis nodes (position, size, class group), edges (fact id, predicate label) and options."""
    label = "label_" + view.lang
    face = style["font"]
    where = positions(shown, seed=view.seed,
                      label_px={n: label_px(d[label]) for n, d in shown.nodes(data=True)})
    top = max((centrality[n] for n in shown), default=1.0) or 1.0
    low, high = style["size"]["min"], style["size"]["max"]
    net = Network(directed=True, cdn_resources="in_line")
    for node, d in shown.nodes(data=True):
        x, y = where[node]
        weight = math.sqrt(centrality[node] / top)
        size = round(low + (high - low) * weight, 1)
        font = {"size": round(14 + 26 * weight)}  # hubs keep a readable label when zoomed out
        net.add_node(node, label=d[label], shape=classes[d["class"]]["shape"], group=d["class"], size=size,
                     font=font, x=x, y=y)
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
    options = merge_options(json.loads(options_json), json_resource("explorer-options.json"))
    options["nodes"]["font"]["face"] = face
    options["edges"]["font"]["face"] = face
    options["groups"] = {name: _group(info) for name, info in sorted(classes.items())
                         if name in {d["class"] for _, d in shown.nodes(data=True)}}
    return nodes, edges, options


def _group(info: dict[str, Any]) -> dict[str, Any]:
    """vis-network group style of one class."""
    color = info["color"]
    return {"shape": info["shape"],
            "color": {"background": color, "border": mix(color, "#000000", 0.3),
                      "highlight": {"background": mix(color, "#ffffff", 0.25), "border": "#e4572e"},
                      "hover": {"background": mix(color, "#ffffff", 0.2), "border": "#1b1f24"}}}



def label_px(text: str, size: float = 14.0) -> float:
    """Rough width of a label: CJK characters are about one em, others half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.55 for ch in text)


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

