"""Deterministic positions for the entity network: every node placed, labels apart, components apart."""

from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Mapping

import networkx as nx
import pytest

from civickg.builder import library
from civickg.explore.layout import GAP, LABEL_HEIGHT, positions
from civickg.explore.network import entity_network
from civickg.explore.vis import label_px
from tests.conftest import copy_project

#: Positions are rounded to 0.1 px, so two of them may be 0.1 px closer than the layout made them.
ROUNDING = 0.11
HUB = {"civil-affairs-bureau": "济南市民政局", "anqing-studio": "安晴工作室", "xiaoli-studio": "小利工作室",
       "minziqian-community": "闵子骞社区", "shandalu": "山大路街道", "licheng": "历城区", "jinan": "济南市",
       "china-charity-award": "中华慈善奖", "wang-yong": "王勇", "charity-role-model": "慈善楷模",
       "winners": "第四届山东慈善奖获奖者代表"}


def star() -> tuple[nx.MultiDiGraph, dict[str, float]]:
    """A hub and ten leaves with Chinese labels, as the explorer draws them, and their label widths."""
    graph = nx.MultiDiGraph()
    for name, label in HUB.items():
        graph.add_node(name, label_zh=label)
    for leaf in list(HUB)[1:]:
        graph.add_edge("civil-affairs-bureau", leaf, key="civic:relatedTo")
    return graph, {n: label_px(d["label_zh"]) for n, d in graph.nodes(data=True)}


def half_width(node: Hashable, label: Mapping[Hashable, float]) -> float:
    """Half the width of the box layout keeps free for a node and its label (see layout._unoverlap)."""
    return max(label.get(node, 0.0), LABEL_HEIGHT) / 2 + 4


def overlaps(where: Mapping[Hashable, tuple[float, float]], label: Mapping[Hashable, float]) -> list[tuple]:
    """Pairs of nodes whose label boxes (width x LABEL_HEIGHT) overlap."""
    found = []
    for u, v in itertools.combinations(sorted(where), 2):
        dx, dy = abs(where[u][0] - where[v][0]), abs(where[u][1] - where[v][1])
        if dx < half_width(u, label) + half_width(v, label) - ROUNDING and dy < LABEL_HEIGHT - ROUNDING:
            found.append((u, v, dx, dy))
    return found


@pytest.fixture(scope="module")
def seed_network(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    built = library.build(copy_project(tmp_path_factory.mktemp("seed")))
    return entity_network(built.union(), built.ontology.graph)


def test_the_same_seed_gives_the_same_positions():
    graph, label = star()
    first = positions(graph, seed=7, label_px=label)
    assert positions(graph, seed=7, label_px=label) == first
    assert positions(graph.copy(), seed=7, label_px=dict(label)) == first


def test_another_seed_gives_another_picture():
    graph, label = star()
    assert positions(graph, seed=7, label_px=label) != positions(graph, seed=8, label_px=label)


def test_every_node_is_placed_at_finite_coordinates():
    graph, label = star()
    graph.add_node("alone", label_zh="孤立")
    where = positions(graph, label_px=label)
    assert set(where) == set(graph.nodes)
    for x, y in where.values():
        assert isinstance(x, float) and isinstance(y, float)
        assert math.isfinite(x) and math.isfinite(y)


def test_no_two_nodes_share_a_place():
    graph, label = star()
    where = positions(graph, label_px=label)
    assert len(set(where.values())) == len(where)


@pytest.mark.parametrize("seed", [1, 7, 42])
def test_labels_of_a_star_do_not_overlap(seed: int):
    graph, label = star()
    where = positions(graph, seed=seed, label_px=label)
    assert overlaps(where, label) == []


def spread(where: Mapping[Hashable, tuple[float, float]]) -> float:
    xs = [x for x, _ in where.values()]
    return max(xs) - min(xs)


def test_wider_labels_spread_the_star():
    graph, label = star()
    narrow = positions(graph, label_px={n: 0.0 for n in graph})
    assert spread(positions(graph, label_px=label)) > spread(narrow)


#: The longest labels of the seed's entities (what the explorer draws in Chinese).
LONG_LABELS = ["2023年济南市民政局系统工作得到上级领导充分肯定", "济南市第二殡仪馆被推荐为全国殡葬先进集体",
               "悦立方旅游休闲街区获评山东省旅游休闲街区", "全市7个单位、个人和项目获评“山东慈善奖”",
               "获评“山东慈善奖”的单位、个人和项目数", "王勇获评第十二届“中华慈善奖”"]


def test_long_labels_of_a_small_star_do_not_overlap():
    graph = nx.Graph()
    graph.add_node("hub")
    label = {"hub": label_px("济南市民政局")}
    for i, text in enumerate(LONG_LABELS):
        graph.add_edge("hub", f"leaf-{i}")
        label[f"leaf-{i}"] = label_px(text)
    assert overlaps(positions(graph, label_px=label), label) == []


def test_parallel_edges_directions_and_loops_do_not_matter():
    graph, label = star()
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges())
    busy = graph.copy()
    for u, v in list(graph.edges()):
        busy.add_edge(u, v, key="civic:other")
        busy.add_edge(v, u, key="civic:back")
    busy.add_edge("wang-yong", "wang-yong", key="civic:self")
    assert positions(simple, label_px=label) == positions(graph, label_px=label)
    assert positions(busy, label_px=label) == positions(graph, label_px=label)


def test_components_are_laid_out_apart():
    graph, label = star()
    triangle = {"a": "山东大学", "b": "山大路街道办事处", "c": "科技城"}
    for name, text in triangle.items():
        graph.add_node(name, label_zh=text)
        label[name] = label_px(text)
    graph.add_edges_from([("a", "b"), ("b", "c"), ("c", "a")])
    graph.add_edge("d", "e")
    graph.add_node("alone")
    where = positions(graph, label_px=label)
    parts = [sorted(c) for c in nx.connected_components(graph.to_undirected())]
    assert len(parts) == 4

    def box(nodes):
        return (min(where[n][0] - half_width(n, label) for n in nodes),
                max(where[n][0] + half_width(n, label) for n in nodes),
                min(where[n][1] - LABEL_HEIGHT / 2 for n in nodes),
                max(where[n][1] + LABEL_HEIGHT / 2 for n in nodes))

    for one, other in itertools.combinations(parts, 2):
        a, b = box(one), box(other)
        apart_x = a[1] <= b[0] or b[1] <= a[0]
        apart_y = a[3] <= b[2] or b[3] <= a[2]
        assert apart_x or apart_y, (one, other, a, b)


def test_components_keep_a_gap():
    graph = nx.Graph()
    graph.add_nodes_from(["x", "y"])
    where = positions(graph)
    assert abs(where["x"][0] - where["y"][0]) >= LABEL_HEIGHT + GAP - ROUNDING or \
        abs(where["x"][1] - where["y"][1]) >= GAP - ROUNDING


def test_small_graphs():
    assert positions(nx.Graph()) == {}
    one = nx.Graph()
    one.add_node("jinan")
    assert set(positions(one)) == {"jinan"}
    two = nx.Graph()
    two.add_edge("jinan", "licheng")
    where = positions(two)
    assert where["jinan"][1] == where["licheng"][1]
    assert where["jinan"][0] != where["licheng"][0]


def test_the_seed_network_is_placed_deterministically(seed_network: nx.MultiDiGraph):
    label = {n: label_px(d["label_zh"]) for n, d in seed_network.nodes(data=True)}
    where = positions(seed_network, seed=7, label_px=label)
    assert set(where) == set(seed_network.nodes)
    assert "anqing-studio" in where
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in where.values())
    assert len(set(where.values())) == len(where)
    assert positions(seed_network, seed=7, label_px=label) == where
