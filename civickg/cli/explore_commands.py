"""Commands for looking at the graph as a network: explore (an HTML page) and analyze (figures)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.table import Table

from civickg.builder import library
from civickg.cli.common import build_graph, console, literal, open_output, project_of, status, store_options
from civickg.explore import View, build_explorer, explorer_network, write_explorer
from civickg.explore.analyze import Analysis, analysis_turtle, analyze
from civickg.ontology.model import load_ontology


def register(sub: argparse._SubParsersAction) -> None:
    """Add explore and analyze."""
    p = sub.add_parser("explore", help="write the graph as one offline HTML page to explore in a browser",
                       description="Write a self-contained HTML page (no server, no internet) showing the entities "
                                   "as nodes and the facts as labelled arrows: search, class filters, a side panel "
                                   "with every fact's quote and the entity's figures, neighbourhood focus and a "
                                   "path finder. --focus and --class write smaller pages.")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the page (default: build/explorer.html)")
    p.add_argument("--focus", metavar="ENTITY",
                   help="only this entity's neighbourhood (an id such as anqing-studio, a CURIE or an exact label)")
    p.add_argument("--depth", type=int, choices=(1, 2, 3), default=1,
                   help="radius of the --focus neighbourhood in links (default: 1)")
    p.add_argument("--class", dest="classes", metavar="CLASS", nargs="+", action="extend", default=[],
                   help="only entities of these classes and their subclasses (local names such as Person, "
                        "CURIEs or labels such as 人物)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the labels on opening (default: zh)")
    p.add_argument("--max-nodes", type=int, default=View.max_nodes, metavar="N",
                   help=f"draw at most N entities at first, the most central (default: {View.max_nodes}); "
                        "search and selection still reach all")
    store_options(p)
    p.set_defaults(handler=cmd_explore)

    p = sub.add_parser("analyze", help="network figures: central entities, components, communities",
                       description="Compute with networkx: the entities with the highest degree and betweenness "
                                   "centrality, the connected components, and communities found by Louvain "
                                   "modularity optimisation (fixed seed). --write saves them as RDF (terms in "
                                   "ontology/civic.ttl, section 'Network analysis') to query with SPARQL "
                                   "together with the graph.")
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many entities to list (default: 10)")
    p.add_argument("--seed", type=int, default=0, help="seed of the community detection (default: 0)")
    p.add_argument("--resolution", type=float, default=1.0,
                   help="Louvain resolution: above 1 gives more, smaller communities (default: 1)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the figures as JSON")
    out.add_argument("--write", metavar="FILE", nargs="?", const="",
                     help="write the figures as Turtle, to build/analysis.ttl unless FILE is given; `civickg query` "
                          "and `civickg serve` load build/analysis.ttl into the graph "
                          "https://civickg.org/graph/analysis")
    p.set_defaults(handler=cmd_analyze)


def cmd_explore(args: argparse.Namespace) -> int:
    project = project_of(args)
    view = View(focus=args.focus, depth=args.depth, classes=tuple(args.classes), lang=args.lang,
                max_nodes=args.max_nodes)
    with status(f"loading the graph ({args.store})"):
        graph = build_graph(args, project)
        ontology = load_ontology([project.ontology]).graph
    with status("laying out and writing the explorer"):
        explorer = build_explorer(graph, ontology, view)
        target = write_explorer(explorer, Path(args.output) if args.output else project.build / "explorer.html")
    console.print(f"wrote {literal(target)} ({explorer.entity_count} entities, {explorer.link_count} links, "
                  f"{target.stat().st_size:,} bytes): open it in a browser, no server needed", soft_wrap=True)
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    project = project_of(args)
    with status("loading the built graph"):
        graph = library.load_graph(project)
        ontology = load_ontology([project.ontology]).graph
    with status("computing network figures"):
        net = explorer_network(graph, ontology)
        result = analyze(net, seed=args.seed, resolution=args.resolution)
    if args.json:
        print(json.dumps(result.as_dict(args.top), ensure_ascii=False, indent=1))
        return 0
    if args.write is not None:
        target = Path(args.write) if args.write else project.analysis
        with open_output(str(target)) as handle:
            handle.write(analysis_turtle(result))
        loaded = target.resolve() == project.analysis.resolve()
        where = ("`civickg query` and `civickg serve` load it (graph https://civickg.org/graph/analysis)" if loaded
                 else f"load it with `civickg query --include {target}`")
        console.print(f"wrote {literal(target)} ({target.stat().st_size:,} bytes): {where}; query civic:degree, "
                      "civic:betweennessCentrality, skos:member of civic:NetworkCommunity", soft_wrap=True)
        return 0
    _print(result, args.top)
    return 0


def _print(result: Analysis, top: int) -> None:
    """The figures as tables."""
    largest = result.components[0].size if result.components else 0
    console.print(f"[bold]{len(result.entities)}[/] entities, [bold]{result.links}[/] links; "
                  f"{len(result.components)} connected components (largest {largest}); "
                  f"{len(result.communities)} communities, modularity {result.modularity:.3f} "
                  f"(Louvain, seed {result.seed})")
    for note in result.notes:
        console.print(f"  note: {literal(note)}")
    for key, title in (("degree", "top entities by degree"), ("betweenness", "top entities by betweenness")):
        table = Table(title=title)
        for column in ("#", "entity", "class", "degree", "betweenness", "community"):
            table.add_column(column, justify="right" if column in ("#", "degree", "betweenness", "community")
                             else "left")
        for i, e in enumerate(result.top(key, top), start=1):
            table.add_row(str(i), literal(f"{e.label_zh} ({e.id})"), literal(e.cls), str(e.degree),
                          f"{e.betweenness:.3f}", str(e.community))
        console.print(table)
    for title, clusters in (("connected components", result.components), ("communities", result.communities)):
        table = Table(title=f"{title} (with two or more entities)")
        for column in ("#", "size", "members (highest degree first)"):
            table.add_column(column, justify="left" if column.startswith("members") else "right")
        singletons = 0
        for c in clusters:
            if c.size < 2:
                singletons += 1
                continue
            members = sorted(c.members, key=lambda m: (-result.entities[m].degree, m))
            names = "、".join(result.entities[m].label_zh for m in members[:6])
            table.add_row(str(c.number), str(c.size), literal(names + ("…" if c.size > 6 else "")))
        console.print(table)
        if singletons:
            console.print(f"  and {singletons} single entities with no links to others")


__all__ = ["register"]
