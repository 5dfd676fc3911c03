"""The visual explorer: the entity graph as one self-contained HTML page that works offline.

networkx holds the graph and computes node sizes (degree centrality) and positions
(:mod:`civickg.layout`); pyvis turns it into vis-network's nodes, edges and options; our own
template inlines vis-network (the copy pyvis ships), our script and styles, and the data as JSON.
The page needs no server and no network, and the same graph gives the same bytes.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import html
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from civickg import __version__
from civickg.errors import CivicError
from civickg.layout import positions
from civickg.namespaces import ARTICLE, CID, CIVIC, PREFIXES, curie
from civickg.network import entity_network, evidence_index, labels, local_id, superclasses
from civickg.output import write_atomic
from civickg.sparql import packaged_query

VIS_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
#: Predicates shown elsewhere than in an entity's property list.
NOT_PROPERTIES = {RDF.type, RDFS.label, SKOS.altLabel, RDFS.comment}
#: Which evidence of an observation to quote, best first.
OBSERVATION_QUOTE_ORDER = ("civic:value", "civic:rank", "civic:yearOnYearChange", "civic:refArea")
OBSERVATION_FIELDS = {"refPeriod": "period", "value": "value", "unit": "unit", "yearOnYearChange": "change",
                      "rank": "rank", "atLeast": "atLeast", "planned": "planned", "indicator": "ind"}


@dataclass(frozen=True)
class View:
    """What part of the graph a page shows and how it opens."""

    focus: str | None = None          # entity id, CURIE or exact label: show its neighbourhood only
    depth: int = 1                    # neighbourhood radius around ``focus``
    classes: tuple[str, ...] = ()     # only entities of these classes (and their subclasses)
    lang: str = "zh"                  # language of the labels when the page opens
    max_nodes: int = 2500             # draw at most this many entities at first (the most central)
    seed: int = 7                     # layout seed


@dataclass(frozen=True)
class Explorer:
    """A rendered explorer page and what it holds."""

    html: str
    data: dict[str, Any]

    @property
    def entity_count(self) -> int:
        return len(self.data["nodes"])

    @property
    def fact_count(self) -> int:
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
    full = explorer_network(graph, ontology)
    shown = select_view(full, ontology, view)
    data = page_data(graph, ontology, full, shown, view)
    return Explorer(render(data, view), data)


def write_explorer(explorer: Explorer, path: Path) -> Path:
    """Write the page as UTF-8 (atomically), whatever the platform's default encoding."""
    write_atomic(path, explorer.html.encode("utf-8"))
    return path


def explorer_network(graph: Graph, ontology: Graph) -> nx.MultiDiGraph:
    """The entity network without nodes outside the civic ontology (such as the qb:DataSet)."""
    net = entity_network(graph, ontology)
    known = {curie(c).split(":")[-1] for c in _civic_classes(ontology)}
    net.remove_nodes_from([n for n, d in net.nodes(data=True) if d["class"] not in known])
    return net


def select_view(net: nx.MultiDiGraph, ontology: Graph, view: View) -> nx.MultiDiGraph:
    """The part of ``net`` a view shows: its classes, then the neighbourhood of its focus."""
    keep = set(net)
    if view.classes:
        wanted = resolve_classes(ontology, view.classes)
        keep = {n for n in keep if set(net.nodes[n]["classes"]) & wanted}
    if view.focus:
        if view.depth < 1:
            raise CivicError(f"depth must be at least 1, not {view.depth}")
        centre = resolve_entity(net, view.focus)
        around = nx.ego_graph(net.to_undirected(as_view=True), centre, radius=view.depth)
        keep = (keep & set(around)) | {centre}
    return _induced(net, keep)


def resolve_entity(net: nx.MultiDiGraph, name: str) -> str:
    """The node an id, CURIE, IRI or exact label (zh, en or alias) names."""
    for prefix in ("", "cid:", str(CID)):
        if name.startswith(prefix) and name[len(prefix):] in net:
            return name[len(prefix):]
    found = sorted(n for n, d in net.nodes(data=True) if name in (d["label_zh"], d["label_en"], *d["aliases"]))
    if len(found) == 1:
        return found[0]
    if found:
        raise CivicError(f"{name!r} names {len(found)} entities", hint="use one of the ids " + ", ".join(found))
    names = sorted({str(n) for n in net} | {d["label_zh"] for _, d in net.nodes(data=True)})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.4)
    hint = f"did you mean {', '.join(close)}?" if close else "give an entity id such as anqing-studio or its label"
    raise CivicError(f"no entity {name!r} in the graph", hint=hint)


def resolve_classes(ontology: Graph, names: tuple[str, ...] | list[str]) -> set[str]:
    """Local names of the classes ``names`` (local names, CURIEs or labels) denote, with subclasses."""
    classes = _civic_classes(ontology)
    by_name: dict[str, URIRef] = {}
    for iri in classes:
        by_name[curie(iri).split(":")[-1].lower()] = iri
        by_name[curie(iri).lower()] = iri
        for label in labels(ontology, iri).values():
            by_name.setdefault(label.lower(), iri)
    supers = superclasses(ontology)
    wanted: set[str] = set()
    for name in names:
        iri = by_name.get(name.strip().lower())
        if iri is None:
            known = sorted(curie(c).split(":")[-1] for c in classes)
            close = difflib.get_close_matches(name, known, n=3)
            hint = f"did you mean {', '.join(close)}?" if close else "known classes: " + ", ".join(known)
            raise CivicError(f"no class {name!r} in the ontology", hint=hint)
        wanted |= {curie(c).split(":")[-1] for c in classes if iri in supers.get(c, {c})}
    return wanted


# --------------------------------------------------------------------------------------------
#  The page's data
# --------------------------------------------------------------------------------------------

def page_data(graph: Graph, ontology: Graph, full: nx.MultiDiGraph, shown: nx.MultiDiGraph,
              view: View) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data: vis-network's part built with pyvis."""
    style = _json_resource("explorer-style.json")
    classes = class_table(ontology, style)
    centrality = nx.degree_centrality(full) if len(full) > 1 else dict.fromkeys(full, 1.0)
    rank = {n: i for i, n in enumerate(sorted(full, key=lambda n: (-centrality[n], n)))}
    evidence = _evidence(graph)
    articles = _articles(graph)
    facts, edge_of = _facts(full, shown, evidence)
    observations = _observations(graph, full, shown, evidence)
    stubs = _stubs(graph, full, shown, facts, observations)
    entities = {n: _entity(graph, ontology, full, n, rank[n], evidence) for n in shown}
    predicates = _predicate_labels(ontology, [f["p"] for f in facts]
                                   + [p["p"] for e in entities.values() for p in e["props"]]
                                   + [r["p"] for e in entities.values() for r in e["refs"]])
    nodes, edges, options = _vis(shown, view, style, classes, centrality, edge_of, predicates)
    counts: dict[str, int] = defaultdict(int)   # entities drawn with this class (their first, most specific)
    for _, d in shown.nodes(data=True):
        counts[d["class"]] += 1
    used = set(counts) | {c for _, d in shown.nodes(data=True) for c in d["classes"]}
    used |= {s["class"] for s in stubs.values()}
    used &= set(classes)
    title = _title(shown, view)
    return {
        "meta": {"generator": f"civickg {__version__}", "lang": view.lang, "title": title,
                 "entities": len(full), "facts": full.number_of_edges(), "cap": view.max_nodes,
                 "view": {"focus": resolve_entity(full, view.focus) if view.focus else None,
                          "depth": view.depth if view.focus else None, "classes": sorted(view.classes)},
                 "centrality": "degree", "seed": view.seed},
        "families": _families(style, classes, set(counts)),
        "classes": {c: dict(classes[c], count=counts.get(c, 0)) for c in sorted(used)},
        "predicates": predicates,
        "articles": articles,
        "entities": entities,
        "stubs": stubs,
        "facts": facts,
        "observations": observations,
        "nodes": nodes,
        "edges": edges,
        "options": options,
    }


def class_table(ontology: Graph, style: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every civic class with its labels, family, shape and colour (stable across views)."""
    supers = superclasses(ontology)
    families = list(style["families"])
    members: dict[str, list[str]] = defaultdict(list)
    info: dict[str, dict[str, Any]] = {}
    for iri in sorted(_civic_classes(ontology)):
        name = curie(iri).split(":")[-1]
        above = {curie(c).split(":")[-1] for c in supers.get(iri, {iri})}
        family = next((f for f in families if f in above), None)
        lab = labels(ontology, iri)
        info[name] = {"zh": lab.get("zh", name), "en": lab.get("en", name), "family": family}
        members[family or ""].append(name)
    for family, names in members.items():
        base = style["families"].get(family, style["fallback"])
        ordered = sorted(names, key=lambda n: (n != family, n))
        for i, name in enumerate(ordered):
            info[name]["shape"] = base["shape"]
            info[name]["color"] = _shade(base["color"], i)
    return info


def _families(style: dict[str, Any], classes: dict[str, dict[str, Any]], used: set[str]) -> list[dict[str, Any]]:
    """Legend groups: each family with the classes of it that the page uses, in style order."""
    groups = []
    for family in [*style["families"], None]:
        names = sorted((c for c in used if classes[c]["family"] == family), key=lambda c: (c != family, c))
        if names:
            head = classes.get(family or "", {"zh": "其他", "en": "Other"})
            groups.append({"key": family or "", "zh": head["zh"], "en": head["en"], "classes": names})
    return groups


def _entity(graph: Graph, ontology: Graph, net: nx.MultiDiGraph, node: str, rank: int,
            evidence: dict[tuple, list[list[str]]]) -> dict[str, Any]:
    """One entity's details: labels, classes, aliases, note, properties and article references."""
    d = net.nodes[node]
    iri = URIRef(d["iri"])
    props = []
    for p, o in sorted(graph.predicate_objects(iri)):
        if p in NOT_PROPERTIES or (isinstance(o, URIRef) and local_id(o) in net):
            continue
        value: Any = str(o)
        if isinstance(o, URIRef):
            lab = labels(ontology, o) or labels(graph, o)
            value = {"zh": lab.get("zh", curie(o)), "en": lab.get("en", curie(o))}
        props.append({"p": curie(p), "v": value, "ev": evidence.get((iri, p, o), [])})
    refs = []
    for s, p in sorted(graph.subject_predicates(iri)):
        if str(s).startswith(str(ARTICLE)):
            refs.append({"a": _article_key(s), "p": curie(p), "ev": evidence.get((s, p, iri), [])})
    notes = sorted(str(c) for c in graph.objects(iri, RDFS.comment))
    return {"iri": d["iri"], "zh": d["label_zh"], "en": d["label_en"], "class": d["class"],
            "classes": list(d["classes"]), "aliases": list(d["aliases"]), "note": notes[0] if notes else "",
            "in": net.in_degree(node), "out": net.out_degree(node), "rank": rank, "props": props, "refs": refs}


def _evidence(graph: Graph) -> dict[tuple, list[list[str]]]:
    """(s, p, o) -> sorted [quote, article key] pairs, from every evidence record."""
    return {key: [list(pair) for pair in sorted({(quote, _article_key(article)) for quote, article in found})]
            for key, found in evidence_index(graph).items()}


def _articles(graph: Graph) -> dict[str, dict[str, str]]:
    """Article key -> title by language."""
    titles: dict[str, dict[str, str]] = defaultdict(dict)
    for row in sorted(graph.query(packaged_query("explorer-articles"))):
        lang = getattr(row.title, "language", None) or "zh"
        titles[_article_key(row.article)].setdefault(lang, str(row.title))
    return {key: {"zh": t.get("zh", t.get("en", key)), "en": t.get("en", t.get("zh", key))}
            for key, t in sorted(titles.items())}


def _facts(full: nx.MultiDiGraph, shown: nx.MultiDiGraph, evidence: dict[tuple, list[list[str]]],
           ) -> tuple[list[dict[str, Any]], dict[tuple[str, str, str], str]]:
    """Every fact touching a shown entity, with all its evidence; and the ids of drawn ones."""
    touching = set()
    for node in shown:
        touching.update(full.out_edges(node, keys=True))
        touching.update(full.in_edges(node, keys=True))
    facts, drawn = [], {}
    for i, (u, v, key) in enumerate(sorted(touching)):
        d = full.edges[u, v, key]
        s, o = URIRef(full.nodes[u]["iri"]), URIRef(full.nodes[v]["iri"])
        fid = f"f{i}"
        facts.append({"id": fid, "s": u, "p": d["predicate"], "o": v,
                      "ev": evidence.get((s, _expand(d["predicate"]), o), [])})
        if u in shown and v in shown:
            drawn[(u, v, key)] = fid
    return facts, drawn


def _observations(graph: Graph, full: nx.MultiDiGraph, shown: nx.MultiDiGraph,
                  evidence: dict[tuple, list[list[str]]]) -> list[dict[str, Any]]:
    """Indicator observations about a shown entity or of a shown indicator, with their quote."""
    rows: dict[URIRef, dict[str, Any]] = defaultdict(dict)
    for row in graph.query(packaged_query("explorer-observations")):
        obs = rows[row.obs]
        obs["area"] = local_id(row.area)
        field = OBSERVATION_FIELDS.get(curie(row.p).split(":")[-1]) if curie(row.p).startswith("civic:") else None
        if field == "ind":
            obs[field] = local_id(row.v)
        elif field in ("atLeast", "planned"):
            obs[field] = bool(row.v.toPython()) if isinstance(row.v, Literal) else False
        elif field:
            obs[field] = str(row.v)
    quotes: dict[URIRef, dict[str, list[list[str]]]] = defaultdict(dict)
    for (s, p, _o), ev in evidence.items():
        if s in rows:
            quotes[s][curie(p)] = ev
    found = []
    for iri, obs in rows.items():
        if obs["area"] not in shown and obs.get("ind") not in shown:
            continue
        best = next((quotes[iri][p] for p in OBSERVATION_QUOTE_ORDER if p in quotes[iri]), [])
        found.append({"id": local_id(iri), **obs, "ev": best})
    return sorted(found, key=lambda o: (o["area"], o.get("ind", ""), o.get("period", ""), o["id"]))


def _stubs(graph: Graph, full: nx.MultiDiGraph, shown: nx.MultiDiGraph, facts: list[dict[str, Any]],
           observations: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Labels and class of entities the page mentions (in facts or figures) but does not show."""
    ids = {f[k] for f in facts for k in ("s", "o")} | {o[k] for o in observations for k in ("area", "ind") if k in o}
    stubs = {}
    for node in sorted(ids - set(shown)):
        if node in full:
            d = full.nodes[node]
            stubs[node] = {"zh": d["label_zh"], "en": d["label_en"], "class": d["class"]}
        else:
            lab = labels(graph, CID[node])
            stubs[node] = {"zh": lab.get("zh", node), "en": lab.get("en", node), "class": "Indicator"}
    return stubs


def _predicate_labels(ontology: Graph, names: list[str]) -> dict[str, dict[str, str]]:
    """CURIE -> zh and en label of each predicate used."""
    found = {}
    for name in sorted(set(names)):
        lab = labels(ontology, _expand(name))
        found[name] = {"zh": lab.get("zh", name), "en": lab.get("en", name)}
    return found


# --------------------------------------------------------------------------------------------
#  vis-network data, built with pyvis
# --------------------------------------------------------------------------------------------

def _vis(shown: nx.MultiDiGraph, view: View, style: dict[str, Any], classes: dict[str, dict[str, Any]],
         centrality: dict[str, float], edge_of: dict[tuple[str, str, str], str],
         predicates: dict[str, dict[str, str]]) -> tuple[list[dict], list[dict], dict[str, Any]]:
    """pyvis nodes (position, size, class group), edges (fact id, predicate label) and options."""
    label = "label_" + view.lang
    face = style["font"]
    where = positions(shown, seed=view.seed,
                      label_px={n: _label_px(d[label]) for n, d in shown.nodes(data=True)})
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
    options = _merge(json.loads(options_json), _json_resource("explorer-options.json"))
    options["nodes"]["font"]["face"] = face
    options["edges"]["font"]["face"] = face
    options["groups"] = {name: _group(info) for name, info in sorted(classes.items())
                         if name in {d["class"] for _, d in shown.nodes(data=True)}}
    return nodes, edges, options


def _group(info: dict[str, Any]) -> dict[str, Any]:
    """vis-network group style of one class."""
    color = info["color"]
    return {"shape": info["shape"],
            "color": {"background": color, "border": _mix(color, "#000000", 0.3),
                      "highlight": {"background": _mix(color, "#ffffff", 0.25), "border": "#e4572e"},
                      "hover": {"background": _mix(color, "#ffffff", 0.2), "border": "#1b1f24"}}}


# --------------------------------------------------------------------------------------------
#  The page
# --------------------------------------------------------------------------------------------

def render(data: dict[str, Any], view: View) -> str:
    """The HTML page: our template with vis-network, our script and style, and the data inlined."""
    vis_js = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    page_js = _text_resource("static", "explorer.js")
    scripts = [vis_js, page_js]
    for text in scripts:
        if "</script" in text.lower():
            raise CivicError("an inlined script contains </script", hint="fix civickg/static/explorer.js")
    csp = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src "
           + " ".join(f"'sha256-{_sha256(text)}'" for text in scripts))
    template = Template(_text_resource("templates", "explorer.html"))
    return template.substitute(
        lang="zh-Hans" if view.lang == "zh" else "en",
        title=html.escape(data["meta"]["title"][view.lang], quote=True),
        generator=html.escape(data["meta"]["generator"], quote=True),
        csp=csp,
        vis_css=(VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        page_css=_text_resource("static", "explorer.css"),
        data=script_json(data),
        vis_js=vis_js,
        page_js=page_js,
    )


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no ``<``, ``>`` or ``&`` can close or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _title(shown: nx.MultiDiGraph, view: View) -> dict[str, str]:
    zh, en = "civickg 市民生活知识图谱", "civickg civic knowledge graph"
    if view.focus:
        d = shown.nodes[resolve_entity(shown, view.focus)]
        zh, en = f"{zh} · {d['label_zh']}", f"{en} · {d['label_en']}"
    if view.classes:
        zh, en = f"{zh} · {'、'.join(view.classes)}", f"{en} · {', '.join(view.classes)}"
    return {"zh": zh, "en": en}


# --------------------------------------------------------------------------------------------
#  Small helpers
# --------------------------------------------------------------------------------------------

def _induced(net: nx.MultiDiGraph, keep: set[str]) -> nx.MultiDiGraph:
    """The subgraph on ``keep`` as a new graph, nodes and edges in the original (sorted) order."""
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, net.nodes[n]) for n in net if n in keep)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in net.edges(keys=True, data=True) if u in keep and v in keep)
    return sub


def _civic_classes(ontology: Graph) -> set[URIRef]:
    return {c for c in ontology.subjects(RDF.type, OWL.Class)
            if isinstance(c, URIRef) and str(c).startswith(str(CIVIC))}


def _expand(name: str) -> URIRef:
    prefix, _, local = name.partition(":")
    return URIRef(str(PREFIXES[prefix]) + local) if prefix in PREFIXES else URIRef(name)


def _article_key(iri: object) -> str:
    text = str(iri)
    return text[len(str(ARTICLE)):] if text.startswith(str(ARTICLE)) else text


def _label_px(text: str, size: float = 14.0) -> float:
    """Rough width of a label: CJK characters are about one em, others half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.55 for ch in text)


def _shade(color: str, index: int) -> str:
    """The ``index``-th shade of a family colour: the colour itself, then lighter and darker."""
    steps = (0.0, 0.32, -0.28, 0.52, -0.45, 0.66, -0.15, 0.18, 0.42, -0.36, 0.6, -0.52)
    t = steps[index % len(steps)]
    return _mix(color, "#ffffff", t) if t >= 0 else _mix(color, "#000000", -t)


def _mix(color: str, other: str, t: float) -> str:
    a = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(a, b, strict=True))


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` laid over it, recursively (keys starting with _ are comments)."""
    merged = dict(base)
    for key, value in extra.items():
        if key.startswith("_"):
            continue
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _text_resource(folder: str, name: str) -> str:
    return resources.files("civickg").joinpath(folder, name).read_text(encoding="utf-8")


def _json_resource(name: str) -> dict[str, Any]:
    return json.loads(_text_resource("static", name))
