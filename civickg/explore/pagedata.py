"""The data an explorer page carries: entities, facts with their quotes, articles, figures, legend."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, SKOS

from civickg import __version__
from civickg.evidence import QuoteIndex, draft_only, records, targets
from civickg.explore.assets import json_resource
from civickg.explore.layout import LABEL_FONT, LABEL_GAP, LABEL_SCALES
from civickg.explore.network import superclasses
from civickg.explore.view import View, civic_classes, resolve_entity
from civickg.explore.vis import label_plan, shade, vis_data
from civickg.namespaces import ARTICLE, CID, CIVIC, OA, curie, expand_curie, labels, local_id
from civickg.sparql import packaged_query

#: Predicates shown elsewhere than in an entity's property list.
NOT_PROPERTIES = {RDF.type, RDFS.label, SKOS.altLabel, RDFS.comment}
#: Which evidence of an observation to quote, best first.
OBSERVATION_QUOTE_ORDER = ("civic:value", "civic:rank", "civic:yearOnYearChange", "civic:refArea")
OBSERVATION_FIELDS = {"refPeriod": "period", "value": "value", "unit": "unit", "yearOnYearChange": "change",
                      "rank": "rank", "atLeast": "atLeast", "planned": "planned", "indicator": "ind"}



def page_data(graph: Graph, ontology: Graph, full: nx.MultiDiGraph, shown: nx.MultiDiGraph,
              view: View, quotes: QuoteIndex) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data: vis-network's part built with pyvis."""
    style = json_resource("explorer-style.json")
    classes = class_table(ontology, style)
    centrality = nx.degree_centrality(full) if len(full) > 1 else dict.fromkeys(full, 1.0)
    rank = {n: i for i, n in enumerate(sorted(full, key=lambda n: (-centrality[n], n)))}
    evidence = _evidence(quotes)
    articles = _articles(graph, set(full))
    facts, edge_of = _facts(full, shown, evidence)
    observations = _observations(graph, full, shown, evidence)
    stubs = _stubs(graph, full, shown, facts, observations)
    drafts = draft_only(graph)
    entities = {n: _entity(graph, ontology, full, n, rank[n], evidence, drafts) for n in shown}
    mark_drafts(graph, full, drafts, entities, facts)
    predicates = _predicate_labels(ontology, [f["p"] for f in facts]
                                   + [p["p"] for e in entities.values() for p in e["props"]]
                                   + [r["p"] for e in entities.values() for r in e["refs"]])
    nodes, edges, options = vis_data(shown, view, style, classes, centrality, edge_of, predicates)
    counts: dict[str, int] = defaultdict(int)   # entities drawn with this class (their first, most specific)
    for _, d in shown.nodes(data=True):
        counts[d["class"]] += 1
    used = set(counts) | {c for _, d in shown.nodes(data=True) for c in d["classes"]}
    used |= {s["class"] for s in stubs.values()}
    used &= set(classes)
    title = page_title(shown, view)
    return {
        "meta": {"generator": f"civickg {__version__}", "lang": view.lang, "title": title,
                 "entities": len(full), "links": full.number_of_edges(), "facts": len(facts), "cap": view.max_nodes,
                 "view": {"focus": resolve_entity(full, view.focus) if view.focus else None,
                          "depth": view.depth if view.focus else None, "classes": sorted(view.classes)},
                 "centrality": "degree", "seed": view.seed,
                 "labels": {"scales": list(LABEL_SCALES), "font": LABEL_FONT, "gap": LABEL_GAP}},
        "families": _families(style, classes, set(counts)),
        "classes": {c: dict(classes[c], count=counts.get(c, 0)) for c in sorted(used)},
        "predicates": predicates,
        "articles": articles,
        "entities": entities,
        "stubs": stubs,
        "facts": facts,
        "observations": observations,
        "nodes": nodes,
        "labels": label_plan(shown, nodes, sorted(shown, key=lambda n: rank[n])),
        "edges": edges,
        "options": options,
        "ui": {lang: words for lang, words in json_resource("explorer-ui.json").items() if lang != "_comment"},
    }


def class_table(ontology: Graph, style: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every civic class with its labels, family, shape and colour (stable across views)."""
    supers = superclasses(ontology)
    families = list(style["families"])
    members: dict[str, list[str]] = defaultdict(list)
    info: dict[str, dict[str, Any]] = {}
    for iri in sorted(civic_classes(ontology)):
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
            info[name]["color"] = shade(base["color"], i)
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
            evidence: dict[tuple, list[list[str]]], drafts: set[tuple] = frozenset()) -> dict[str, Any]:
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
        props.append({"p": curie(p), "v": value, "ev": evidence.get((iri, p, o), []),
                      **({"draft": True} if (iri, p, o) in drafts else {})})
    refs = []
    for s, p in sorted(graph.subject_predicates(iri)):
        if str(s).startswith(str(ARTICLE)):
            refs.append({"a": article_key(s), "p": curie(p), "ev": evidence.get((s, p, iri), [])})
    notes = sorted(str(c) for c in graph.objects(iri, RDFS.comment))
    return {"iri": d["iri"], "zh": d["label_zh"], "en": d["label_en"], "class": d["class"],
            "classes": list(d["classes"]), "aliases": list(d["aliases"]), "note": notes[0] if notes else "",
            "in": net.in_degree(node), "out": net.out_degree(node), "rank": rank, "props": props, "refs": refs}


def mark_drafts(graph: Graph, net: nx.MultiDiGraph, drafts: set[tuple], entities: dict[str, dict[str, Any]],
                facts: list[dict[str, Any]]) -> None:
    """Put ``draft: true`` on entities and facts whose evidence is only drafted (not reviewed, not curated)."""
    if not drafts:
        return
    for ent in entities.values():
        iri = URIRef(ent["iri"])
        types = list(graph.objects(iri, RDF.type))
        if types and all((iri, RDF.type, c) in drafts for c in types):
            ent["draft"] = True
    for fact in facts:
        s, o = URIRef(net.nodes[fact["s"]]["iri"]), URIRef(net.nodes[fact["o"]]["iri"])
        if (s, expand_curie(fact["p"]), o) in drafts:
            fact["draft"] = True


def _evidence(quotes: QuoteIndex) -> dict[tuple, list[list[str]]]:
    """(s, p, o) -> sorted [quote, article key] pairs, from the quote index of every evidence record."""
    return {key: [list(pair) for pair in sorted({(quote, article_key(article)) for quote, article in found})]
            for key, found in quotes.items()}


def _articles(graph: Graph, known: set[str]) -> dict[str, dict[str, Any]]:
    """Article key -> title by language, year, publisher, clean text and its mentions of known entities."""
    titles: dict[str, dict[str, str]] = defaultdict(dict)
    for row in sorted(graph.query(packaged_query("explorer-articles"))):
        lang = getattr(row.title, "language", None) or "zh"
        titles[article_key(row.article)].setdefault(lang, str(row.title))
    mentions = _mentions(graph, known)
    found = {}
    for key, t in sorted(titles.items()):
        iri = ARTICLE[key]
        publisher = labels(graph, graph.value(iri, SDO.isPartOf)) if graph.value(iri, SDO.isPartOf) else {}
        found[key] = {"zh": t.get("zh", t.get("en", key)), "en": t.get("en", t.get("zh", key)),
                      "year": str(graph.value(iri, CIVIC.year) or ""),
                      "publisher": {"zh": publisher.get("zh", ""), "en": publisher.get("en", publisher.get("zh", ""))},
                      "text": str(graph.value(iri, SDO.text) or ""), "mentions": mentions.get(key, [])}
    return found


def _mentions(graph: Graph, known: set[str]) -> dict[str, list[list[Any]]]:
    """Article key -> sorted [start, end, entity] of every schema:mentions evidence record (offsets in the
    clean text, from the record's TextPositionSelector)."""
    spans = {t.iri: t.span for t in targets(graph) if t.span is not None}
    found: dict[str, set[tuple[int, int, str]]] = defaultdict(set)
    for rec in records(graph):
        if rec.predicate != SDO.mentions or rec.object is None or local_id(rec.object) not in known:
            continue
        for target in graph.objects(rec.iri, OA.hasTarget):
            span = spans.get(target)
            if span is not None:
                found[article_key(rec.subject)].add((span.start, span.end, local_id(rec.object)))
    return {key: [list(m) for m in sorted(spans_)] for key, spans_ in sorted(found.items())}


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
                      "ev": evidence.get((s, expand_curie(d["predicate"]), o), [])})
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
        lab = labels(ontology, expand_curie(name))
        found[name] = {"zh": lab.get("zh", name), "en": lab.get("en", name)}
    return found



def page_title(shown: nx.MultiDiGraph, view: View) -> dict[str, str]:
    zh, en = "civickg 市民生活知识图谱", "civickg civic knowledge graph"
    if view.focus:
        d = shown.nodes[resolve_entity(shown, view.focus)]
        zh, en = f"{zh} · {d['label_zh']}", f"{en} · {d['label_en']}"
    if view.classes:
        zh, en = f"{zh} · {'、'.join(view.classes)}", f"{en} · {', '.join(view.classes)}"
    return {"zh": zh, "en": en}



def article_key(iri: object) -> str:
    text = str(iri)
    return text[len(str(ARTICLE)):] if text.startswith(str(ARTICLE)) else text

