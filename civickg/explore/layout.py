"""Deterministic 2-D positions for an entity graph, computed ahead of drawing with networkx.

Small components get ``nx.spring_layout`` (its numpy method, seeded). Large ones are split into
Louvain communities, each laid out on its own and placed where the layout of the community graph
puts it, so the cost grows with the size of the largest community, not with the square of the graph.
Components are then packed in rows, largest first, so isolated entities do not scatter.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

import networkx as nx
import numpy as np

#: Pixels between an entity and its nearest neighbour (the median over a component).
SPACING = 55.0
#: Largest graph given to spring_layout's dense method (networkx needs scipy beyond 500 nodes).
DENSE_LIMIT = 400
#: Graphs up to this size get more spring iterations (a better picture for a modest cost).
SMALL_GRAPH = 1000
#: Gap between packed components, in pixels.
GAP = 60.0
#: Height of the box a node and its label take, in pixels (labels sit below their node).
LABEL_HEIGHT = 52.0

Positions = dict[Hashable, np.ndarray]


def positions(graph: nx.Graph, *, seed: int = 7, label_px: Mapping[Hashable, float] | None = None,
              ) -> dict[Hashable, tuple[float, float]]:
    """Pixel positions for every node of ``graph`` (directions and parallel edges are ignored).

    ``label_px`` (node -> width of its label in pixels) widens the boxes of small components so
    their labels do not overlap. The result depends only on the graph, its node order and the seed.
    """
    simple = _simple(graph)
    if not simple:
        return {}
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    widths = {n: max(float((label_px or {}).get(n, 0.0)), LABEL_HEIGHT) for n in simple}
    iterations = 300 if len(simple) <= SMALL_GRAPH else 80  # big graphs: speed over polish
    placed = [_centred(_layout(_induced(simple, c), seed, widths, iterations)) for c in components]
    packed = _pack(placed, widths)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in sorted(packed.items())}


def _simple(graph: nx.Graph) -> nx.Graph:
    """An undirected simple graph with sorted nodes; parallel edges become an edge weight."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    for u, v in graph.edges():
        if u == v:
            continue
        a, b = sorted((u, v))
        weight = simple[a][b]["weight"] + 1 if simple.has_edge(a, b) else 1
        simple.add_edge(a, b, weight=weight)
    return simple


def _induced(graph: nx.Graph, nodes: list[Hashable]) -> nx.Graph:
    """The subgraph on ``nodes`` with nodes and edges in sorted order.

    (``graph.subgraph`` iterates in set order, which changes with Python's hash seed, and the
    seeded layout depends on the order it gets the nodes in.)
    """
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(keep))
    pairs = {(min(u, v), max(u, v)): d for u, v, d in graph.edges(keep, data=True) if u in keep and v in keep}
    sub.add_edges_from((u, v, pairs[(u, v)]) for u, v in sorted(pairs))
    return sub


def _layout(graph: nx.Graph, seed: int, widths: Mapping[Hashable, float], iterations: int) -> Positions:
    """Positions (pixels, arbitrary origin) of a graph that may or may not be connected."""
    n = graph.number_of_nodes()
    nodes = list(graph.nodes)
    if n == 1:
        return {nodes[0]: np.zeros(2)}
    if n == 2:
        return {nodes[0]: np.array([-SPACING / 2, 0.0]), nodes[1]: np.array([SPACING / 2, 0.0])}
    if n <= DENSE_LIMIT:
        return _unoverlap(_to_pixels(_spring(graph, seed, iterations)), widths)
    return _community_layout(graph, seed, widths, iterations)


def _spring(graph: nx.Graph, seed: int, iterations: int) -> dict[Hashable, np.ndarray]:
    """Fruchterman-Reingold with hub edges weakened, so that the leaves of a hub get room."""
    degree = dict(graph.degree())
    weighted = nx.Graph()
    weighted.add_nodes_from(graph)
    for u, v in graph.edges():
        weighted.add_edge(u, v, pull=max(degree[u], degree[v]) ** -1.5)
    n = graph.number_of_nodes()
    return nx.spring_layout(weighted, seed=seed, weight="pull", k=1.5 / math.sqrt(n),
                            iterations=iterations if n <= 150 else min(iterations, 120))


def _to_pixels(pos: Mapping[Hashable, np.ndarray]) -> Positions:
    """Scale a layout so that the median distance from an entity to its nearest one is SPACING."""
    nodes = list(pos)
    xy = np.array([pos[n] for n in nodes], dtype=float)
    gaps = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    np.fill_diagonal(gaps, np.inf)
    nearest = float(np.median(gaps.min(axis=1)))
    factor = SPACING / nearest if nearest > 1e-9 else SPACING
    return {node: xy[i] * factor for i, node in enumerate(nodes)}


def _community_layout(graph: nx.Graph, seed: int, widths: Mapping[Hashable, float], iterations: int,
                      ) -> Positions:
    """Lay out Louvain communities one by one, then place them by the community graph's layout."""
    parts = [sorted(p) for p in nx.community.louvain_communities(graph, seed=seed)]
    if len(parts) == 1:  # no structure to split on: cut the breadth-first order into pieces
        order = [n for c in nx.connected_components(graph) for n in nx.bfs_tree(graph, min(c))]
        parts = [sorted(order[i:i + DENSE_LIMIT]) for i in range(0, len(order), DENSE_LIMIT)]
    parts.sort(key=lambda p: (-len(p), p[0]))
    inner = [_centred(_layout(_induced(graph, p), seed, widths, iterations)) for p in parts]
    radii = np.array([max((float(np.hypot(*xy)) for xy in pos.values()), default=0.0) + SPACING / 2
                      for pos in inner])
    where = {node: i for i, part in enumerate(parts) for node in part}
    quotient = nx.Graph()
    quotient.add_nodes_from(range(len(parts)))
    for u, v in graph.edges():
        a, b = where[u], where[v]
        if a != b:
            w = quotient[a][b]["weight"] + 1 if quotient.has_edge(a, b) else 1
            quotient.add_edge(a, b, weight=w)
    if len(parts) <= DENSE_LIMIT:
        unit = nx.spring_layout(quotient, seed=seed, iterations=100, weight="weight")
        centres = np.array([unit[i] for i in range(len(parts))], dtype=float)
    else:
        laid = _layout(quotient, seed, {}, iterations)
        centres = np.array([laid[i] for i in range(len(parts))], dtype=float)
    spread = float(np.abs(centres).max()) or 1.0
    centres = centres / spread * math.sqrt(float((radii ** 2).sum()))
    centres = _separate(centres, radii)
    return {node: centres[i] + xy for i, pos in enumerate(inner) for node, xy in pos.items()}


def _unoverlap(pos: Positions, widths: Mapping[Hashable, float], rounds: int = 600) -> Positions:
    """Nudge nodes apart until their label boxes (width x LABEL_HEIGHT) stop overlapping.

    Each round moves clashing pairs half their overlap plus a pixel, so long labels around a hub,
    which push each other back and forth, still settle well within ``rounds``.
    """
    nodes = list(pos)
    if len(nodes) > 100:  # each round costs n²: big communities get the rounds they always had
        rounds = min(rounds, 60)
    xy = np.array([pos[n] for n in nodes], dtype=float)
    half = np.array([[widths.get(n, LABEL_HEIGHT) / 2 + 4, LABEL_HEIGHT / 2] for n in nodes])
    order = np.arange(len(nodes))
    tie = np.where(order[:, None] > order[None, :], 1.0, -1.0)  # which way coincident nodes part
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        room = half[:, None, :] + half[None, :, :] - np.abs(delta)
        clash = (room[..., 0] > 0) & (room[..., 1] > 0)
        np.fill_diagonal(clash, False)
        if not clash.any():
            break
        # move along the axis that needs the smaller push; ties and coincident nodes go sideways
        along_x = room[..., 0] <= room[..., 1]
        sign = np.where(delta >= 0, 1.0, -1.0)
        sign[..., 0] = np.where(delta[..., 0] == 0, tie, sign[..., 0])
        push = np.zeros_like(delta)
        push[..., 0] = np.where(clash & along_x, sign[..., 0] * (room[..., 0] / 2 + 1.0), 0.0)
        push[..., 1] = np.where(clash & ~along_x, sign[..., 1] * (room[..., 1] / 2 + 1.0), 0.0)
        xy += push.sum(axis=1) * 0.5
    return {n: xy[i] for i, n in enumerate(nodes)}


def _separate(centres: np.ndarray, radii: np.ndarray, rounds: int = 80) -> np.ndarray:
    """Push overlapping circles apart (deterministic, vectorised)."""
    centres = centres.copy()
    for _ in range(rounds):
        delta = centres[:, None, :] - centres[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(dist, np.inf)
        overlap = radii[:, None] + radii[None, :] - dist
        if (overlap <= 0).all():
            break
        overlap = np.clip(overlap, 0, None)
        # coincident centres: separate along a fixed direction
        safe = np.where(np.isfinite(dist) & (dist > 1e-6), dist, 1.0)
        direction = np.where((dist > 1e-6)[..., None], delta / safe[..., None], np.array([1.0, 0.0]))
        centres += 0.5 * (direction * overlap[..., None]).sum(axis=1)
    return centres


def _centred(pos: Positions) -> Positions:
    """The same layout moved so that its bounding box is centred on the origin."""
    xy = np.array(list(pos.values()))
    middle = (xy.min(axis=0) + xy.max(axis=0)) / 2
    return {node: p - middle for node, p in pos.items()}


def _pack(layouts: list[Positions], widths: Mapping[Hashable, float]) -> Positions:
    """Place centred component layouts in rows, left to right, largest first."""
    boxes = []
    for pos in layouts:
        xy = np.array(list(pos.values()))
        half_label = max((widths.get(n, 0.0) / 2 for n in pos), default=0.0)
        width = float(xy[:, 0].max() - xy[:, 0].min()) + 2 * max(half_label, SPACING / 3) + GAP
        height = float(xy[:, 1].max() - xy[:, 1].min()) + SPACING / 2 + GAP
        boxes.append((width, height))
    row_width = max(boxes[0][0], math.sqrt(sum(w * h for w, h in boxes)) * 1.2)
    placed: Positions = {}
    x = y = row_height = 0.0
    for pos, (width, height) in zip(layouts, boxes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        offset = np.array([x + width / 2, y + height / 2])
        for node, p in pos.items():
            placed[node] = p + offset
        x += width
        row_height = max(row_height, height)
    return placed


#: Zoom levels at which labels are planned: a label shown at one level stays shown at every higher one.
LABEL_SCALES = (0.15, 0.22, 0.32, 0.45, 0.65, 1.0, 1.5, 2.2)
#: Size of a label on screen (CSS pixels) and the gap between a node and its label (graph units).
LABEL_FONT = 14.0
LABEL_GAP = 3.0

Box = tuple[float, float, float, float]   # left, top, right, bottom


def label_box(x: float, y: float, size: float, width_px: float, scale: float) -> Box:
    """Canvas box of a label drawn centred under its node at a fixed screen size for ``scale``."""
    half = (width_px + 6.0) / 2 / scale
    top = y + size + LABEL_GAP   # a fixed gap in graph units: the box only shrinks as the zoom grows
    return (x - half, top, x + half, top + (LABEL_FONT + 4.0) / scale)


def node_box(x: float, y: float, size: float) -> Box:
    return (x - size, y - size, x + size, y + size)


def boxes_meet(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Grid:
    """Boxes hashed into square cells, for quick 'does anything meet this box' questions."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[Hashable, Box]]] = {}

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        c = self.cell
        return [(i, j) for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1)
                for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1)]

    def add(self, key: Hashable, box: Box) -> None:
        for k in self._keys(box):
            self.cells.setdefault(k, []).append((key, box))

    def meets(self, box: Box, ignore: Hashable) -> bool:
        return any(other != ignore and boxes_meet(box, b)
                   for k in self._keys(box) for other, b in self.cells.get(k, ()))


def label_levels(where: Mapping[Hashable, tuple[float, float]], sizes: Mapping[Hashable, float],
                 widths: Mapping[Hashable, float], order: list[Hashable]) -> dict[Hashable, float | None]:
    """The smallest zoom of LABEL_SCALES at which each node's label is drawn (None: only on hover).

    Labels are placed greedily in ``order`` (most central first): at each zoom a label is taken when its
    box (fixed screen size) meets no node and no label already taken. Boxes only shrink as the zoom
    grows, so labels taken at one zoom never overlap at a higher one.
    """
    nodes = [n for n in order if n in where]
    solid = _Grid(120.0)
    for n in nodes:
        solid.add(n, node_box(*where[n], sizes[n]))
    level: dict[Hashable, float | None] = dict.fromkeys(nodes)
    for scale in LABEL_SCALES:
        taken = _Grid(max(120.0, 160.0 / scale))
        for n in nodes:
            if level[n] is not None:
                taken.add(n, label_box(*where[n], sizes[n], widths[n], scale))
        for n in nodes:
            box = label_box(*where[n], sizes[n], widths[n], scale)
            if level[n] is None and not solid.meets(box, n) and not taken.meets(box, n):
                level[n] = scale
                taken.add(n, box)
    return level
