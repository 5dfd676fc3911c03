"""Benchmark the explorer on synthetic civic graphs of 500, 2,000 and 10,000 entities.

For each size the script generates an RDF graph shaped like the real one (articles with a hub body
that establishes, implements and plans most of what the article names, places shared between
articles, people and award conferrals, indicators with observations, an evidence record with a quote
for every fact and mention), builds the explorer page, opens it in headless Debian Chromium and
reports, in one table with ratios to the smallest size:

- the page's size and the time to build it from the RDF graph (networkx layout, pyvis data, HTML);
- the time from navigation to the first picture (drawn by the page itself from the precomputed layout), and
  to the frame where vis-network, loaded right after it as a visitor's first touch would load it, has taken
  over the whole view (the page's ``firstDrawMs`` and ``drawnMs``);
- how interactive it is once drawn: selecting an entity (panel and redraw), and a zoom redraw.

A second table is Lighthouse 12's performance audit of the seed explorer (built from graph/ into the output
folder, served gzipped from 127.0.0.1) with its default mobile settings, run a few times: the score, the
metrics it weighs, and the host's ``benchmarkIndex``. Lighthouse simulates a mid-tier phone by slowing down the
work it times on this machine fourfold, so a busy machine scores lower (it warns below an index of 1,000).

Pages above the explorer's cap (2,500 entities by default) open with the most central entities drawn
and a message saying so; search, the side panel and the path finder still reach every entity.

    .venv/bin/python scripts/bench_explorer.py                   # 500, 2000, 10000
    .venv/bin/python scripts/bench_explorer.py --sizes 500 2000  # a quicker run
    .venv/bin/python scripts/bench_explorer.py --sizes --lighthouse-runs 5   # Lighthouse only
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SDO, SKOS, XSD
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civickg.builder import library  # noqa: E402
from civickg.evidence import EvidenceWriter, Span  # noqa: E402
from civickg.explore import View, build_explorer, write_explorer  # noqa: E402
from civickg.namespaces import ARTICLE, CID, CIVIC  # noqa: E402
from civickg.ontology.model import load_ontology  # noqa: E402
from civickg.project import Project  # noqa: E402
from tests.browser import chromium, open_explorer  # noqa: E402
from tests.webaudit import install_tools, performance, run_lighthouse, serve  # noqa: E402

#: Share of the non-hub entities of an article by class, and how each links to the article's hub
#: (predicate, direction): roughly the mix of the two real articles.
MIX: list[tuple[str, float, str, str]] = [
    ("Initiative", 0.17, "implements", "hub->"), ("Indicator", 0.12, "", ""),
    ("PersonGroup", 0.07, "serves", "hub->"), ("Facility", 0.06, "built", "hub->"),
    ("ServiceModel", 0.05, "promotes", "hub->"), ("Strategy", 0.04, "plans", "hub->"),
    ("Project", 0.05, "plans", "hub->"), ("PartyOrganization", 0.04, "established", "hub->"),
    ("Community", 0.05, "partOf", "->hub"), ("BusinessDistrict", 0.03, "governs", "hub->"),
    ("UrbanArea", 0.02, "governs", "hub->"), ("Studio", 0.03, "established", "hub->"),
    ("Mechanism", 0.03, "established", "hub->"), ("Platform", 0.02, "established", "hub->"),
    ("Meeting", 0.02, "participatedIn", "hub->"), ("Forum", 0.02, "participatedIn", "hub->"),
    ("Map", 0.02, "issued", "hub->"), ("PolicyDocument", 0.02, "issued", "hub->"),
    ("Company", 0.02, "locatedIn", "->hub"), ("Person", 0.04, "recommendedBy", "->hub"),
    ("Honour", 0.02, "", ""), ("AwardConferral", 0.04, "", ""), ("ResidentialEstate", 0.02, "locatedIn", "->hub"),
]
#: Extra links among an article's own entities: (subject class, predicate, object class, probability).
LINKS = [("Initiative", "serves", "PersonGroup", 0.25), ("Facility", "locatedIn", "Community", 0.5),
         ("Studio", "locatedIn", "Community", 0.8), ("Project", "hasComponent", "Initiative", 0.3),
         ("Platform", "hasComponent", "Initiative", 0.5), ("Company", "manages", "ResidentialEstate", 0.4),
         ("Strategy", "about", "Initiative", 0.3)]
ENTITIES_PER_ARTICLE = 90
SYLLABLES = "安晴山大路百花洪楼闵子骞幸福汇邻聚力红色物业党建网格服务中心社区街道济南历城泉城文化长者助餐慈善楷模"


@dataclass
class Row:
    entities: int
    facts: int
    triples: int
    drawn: int
    html_bytes: int
    generate_s: float
    first_draw_s: float
    all_drawn_s: float
    select_ms: float
    zoom_ms: float
    search_ms: float


class Synthetic:
    """A civic graph generator (seeded, so every run builds the same graphs)."""

    def __init__(self, entities: int, seed: int = 1) -> None:
        self.target = entities
        self.rng = random.Random(seed)
        self.graph = Graph()
        self.count = 0
        self.facts = 0
        self.evidence = 0
        self.writer = EvidenceWriter()

    def name(self, cls: str) -> tuple[str, str]:
        self.count += 1
        zh = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(3, 7)))
        return f"{zh}{self.count}", f"Synthetic {cls} {self.count}"

    def entity(self, cls: str, article: URIRef) -> URIRef:
        zh, en = self.name(cls)
        iri = CID[f"syn-{cls.lower()}-{self.count}"]
        g = self.graph
        g.add((iri, RDF.type, CIVIC[cls]))
        g.add((iri, RDFS.label, Literal(zh, lang="zh")))
        g.add((iri, RDFS.label, Literal(en, lang="en")))
        if self.rng.random() < 0.1:
            g.add((iri, SKOS.altLabel, Literal("别名" + zh, lang="zh")))
        self.fact(article, SDO.mentions, iri, article, zh)
        return iri

    def fact(self, s: URIRef, p: URIRef, o: object, article: URIRef, quote: str | None = None) -> None:
        g = self.graph
        g.add((s, p, o))
        if p != SDO.mentions:
            self.facts += 1
        self.evidence += 1
        text = quote or "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(8, 24)))
        self.writer.assert_fact(g, str(article).rsplit("/", 1)[-1], s, p, o, Span(0, len(text), text, "", ""))

    def build(self) -> Graph:
        shared = self.shared_places()
        awards = [self.entity("Award", ARTICLE["syn-awards"]) for _ in range(max(2, self.target // 400))]
        number = 0
        while self.count < self.target:
            number += 1
            self.article(number, shared, awards)
        return self.graph

    def shared_places(self) -> list[URIRef]:
        """Province, cities, districts and subdistricts that several articles name."""
        home = ARTICLE["syn-places"]
        self.graph.add((home, DCTERMS.title, Literal("地名", lang="zh")))
        province = self.entity("Province", home)
        places = [province]
        for _ in range(max(1, self.target // 2000)):
            city = self.entity("City", home)
            self.fact(city, CIVIC.partOf, province, home)
            places.append(city)
            for _ in range(4):
                district = self.entity("District", home)
                self.fact(district, CIVIC.partOf, city, home)
                places.append(district)
        return places

    def article(self, number: int, shared: list[URIRef], awards: list[URIRef]) -> None:
        art = ARTICLE[f"syn-{number}"]
        g = self.graph
        g.add((art, RDF.type, CIVIC.Article))
        g.add((art, DCTERMS.title, Literal(f"合成报道 {number}", lang="zh")))
        g.add((art, DCTERMS.title, Literal(f"Synthetic article {number}", lang="en")))
        hub = self.entity("GovernmentBody", art)
        self.fact(hub, CIVIC.locatedIn, self.rng.choice(shared), art)
        size = min(ENTITIES_PER_ARTICLE, self.target - self.count)
        classes = [c for c, *_ in MIX]
        weights = [w for _, w, *_ in MIX]
        rules = {c: (p, d) for c, _, p, d in MIX}
        made: dict[str, list[URIRef]] = {}
        for _ in range(size - 1):
            cls = self.rng.choices(classes, weights)[0]
            iri = self.entity(cls, art)
            made.setdefault(cls, []).append(iri)
            predicate, direction = rules[cls]
            if predicate:
                s, o = (hub, iri) if direction == "hub->" else (iri, hub)
                self.fact(s, CIVIC[predicate], o, art)
            if cls == "Indicator":
                self.observation(iri, self.rng.choice([hub, *shared[:3]]), art)
            if cls == "AwardConferral":
                person = self.rng.choice(made["Person"]) if made.get("Person") else hub
                award = self.rng.choice(awards + made.get("Honour", []))
                self.fact(iri, CIVIC.recipient, person, art)
                self.fact(iri, CIVIC.award, award, art)
                self.fact(person, CIVIC.received, award, art)
        for s_cls, predicate, o_cls, chance in LINKS:
            for s in made.get(s_cls, []):
                if made.get(o_cls) and self.rng.random() < chance:
                    self.fact(s, CIVIC[predicate], self.rng.choice(made[o_cls]), art)

    def observation(self, indicator: URIRef, area: URIRef, article: URIRef) -> None:
        obs = CID[f"syn-observation-{indicator.split('-')[-1]}"]
        g = self.graph
        g.add((obs, RDF.type, CIVIC.IndicatorObservation))
        for p, o in ((CIVIC.refArea, area), (CIVIC.indicator, indicator),
                     (CIVIC.refPeriod, Literal("2023", datatype=XSD.gYear)), (CIVIC.unit, Literal("亿元", lang="zh")),
                     (CIVIC.yearOnYearChange, Literal(str(round(self.rng.uniform(-5, 20), 2)), datatype=XSD.decimal))):
            g.add((obs, p, o))
        self.fact(obs, CIVIC.value, Literal(str(round(self.rng.uniform(1, 100), 1)), datatype=XSD.decimal), article)


def measure(browser, path: Path) -> tuple[float, float, float, float, float, int]:
    """First picture (s), vis-network in charge (s), select an entity and redraw (ms), zoom redraw (ms), slowest search
    keystroke (ms), entities drawn."""
    watched = open_explorer(browser, path, timeout_ms=600_000)
    page = watched.page
    first = page.evaluate("window.civickg.firstDrawMs") / 1000
    whole = page.evaluate("window.civickg.drawnMs") / 1000
    select = page.evaluate("""() => new Promise(done => {
        const c = window.civickg, id = c.nodes.getIds()[Math.floor(c.nodes.length / 2)];
        const t0 = performance.now();
        c.network.once('afterDrawing', () => done(performance.now() - t0));
        c.selectEntity(id);
        c.network.redraw();
    })""")
    zoom = page.evaluate("""() => new Promise(done => {
        const net = window.civickg.network, t0 = performance.now();
        net.once('afterDrawing', () => done(performance.now() - t0));
        net.moveTo({scale: net.getScale() * 1.5, animation: false});
    })""")
    search = page.evaluate("""() => {
        // type a label one character at a time into the search box: the slowest keystroke (filter + list)
        const input = document.getElementById('search'), word = '社区服务中心党建';
        let worst = 0;
        for (let i = 1; i <= word.length; i++) {
            const t0 = performance.now();
            input.value = word.slice(0, i);
            input.dispatchEvent(new Event('input'));
            worst = Math.max(worst, performance.now() - t0);
        }
        return worst;
    }""")
    drawn = page.evaluate("window.civickg.nodes.length")
    problems = watched.problems()
    page.close()
    if problems:
        raise SystemExit(f"{path}: {problems}")
    return first, whole, select, zoom, search, drawn


def size_table(sizes: list[int], out: Path, console: Console) -> Table:
    """The explorer on synthetic graphs of each size: file, build, first draw, interaction (ratios to the first)."""
    ontology = load_ontology([ROOT / "ontology" / "civic.ttl"]).graph
    rows: list[Row] = []
    with chromium() as browser:
        for size in sizes:
            synthetic = Synthetic(size)
            graph = synthetic.build()
            started = time.perf_counter()
            explorer = build_explorer(graph, ontology, View())
            generate = time.perf_counter() - started
            path = write_explorer(explorer, out / f"explorer-{size}.html")
            first, whole, select, zoom, search, drawn = measure(browser, path)
            rows.append(Row(len(explorer.data["entities"]), explorer.data["meta"]["facts"], len(graph), drawn,
                            path.stat().st_size, generate, first, whole, select, zoom, search))
            console.print(f"  {size:,} entities done", style="dim")
    base = rows[0]
    table = Table(title=f"explorer benchmark (cap: {View.max_nodes:,} entities drawn at first)")
    for column in ("entities", "facts", "triples", "drawn", "HTML MB", "×", "build s", "×", "first draw s", "×",
                   "vis-network s", "select+redraw ms", "zoom redraw ms", "search ms/key",
                   "draw < 2 s, key < 100 ms, < 10 MB"):
        table.add_column(column, justify="right")
    for r in rows:
        table.add_row(f"{r.entities:,}", f"{r.facts:,}", f"{r.triples:,}", f"{r.drawn:,}",
                      f"{r.html_bytes / 1e6:.1f}", f"{r.html_bytes / base.html_bytes:.1f}",
                      f"{r.generate_s:.1f}", f"{r.generate_s / base.generate_s:.1f}",
                      f"{r.first_draw_s:.2f}", f"{r.first_draw_s / base.first_draw_s:.1f}", f"{r.all_drawn_s:.2f}",
                      f"{r.select_ms:.0f}", f"{r.zoom_ms:.0f}", f"{r.search_ms:.0f}",
                      "yes" if r.first_draw_s < 2 and r.search_ms < 100 and r.html_bytes < 10e6 else "no")
    return table


def seed_explorer(out: Path) -> Path:
    """The seed explorer, built from a copy of the project's ontology/ and graph/ under ``out``."""
    project = out / "seed"
    shutil.rmtree(project, ignore_errors=True)
    for name in ("ontology", "graph"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    library.write(library.build(Project(project), cache=False), Project(project))
    graph = library.load_graph(Project(project))
    ontology = load_ontology([project / "ontology" / "civic.ttl"]).graph
    return write_explorer(build_explorer(graph, ontology, View()), project / "served" / "explorer.html")


def lighthouse_table(page: Path, runs: int) -> Table:
    """Lighthouse's performance audit of ``page`` (mobile defaults), ``runs`` times, with the median."""
    tools = install_tools()
    results = []
    with serve(page.parent) as base:
        for run in range(runs):
            report = run_lighthouse(tools, base + page.name, page.parent / f"lighthouse-{run + 1}.json",
                                    "performance")
            results.append(performance(report) | {"load": os.getloadavg()[0],
                                                  "sent": report["audits"]["total-byte-weight"]["numericValue"]})
    table = Table(title=f"Lighthouse 12 on the seed explorer, mobile defaults ({page.stat().st_size / 1e3:,.0f} kB, "
                        f"{results[0]['sent'] / 1e3:,.0f} kB gzipped)")
    for column in ("run", "load avg", "benchmark index", "performance", "first paint s", "largest paint s",
                   "blocking ms", "speed index s", "layout shift", "≥ 90"):
        table.add_column(column, justify="right")

    def row(name: str, r: dict[str, float]) -> None:
        table.add_row(name, f"{r['load']:.1f}", f"{r['benchmarkIndex']:,.0f}", f"{r['score']:.0f}",
                      f"{r['first-contentful-paint'] / 1e3:.2f}", f"{r['largest-contentful-paint'] / 1e3:.2f}",
                      f"{r['total-blocking-time']:.0f}", f"{r['speed-index'] / 1e3:.2f}",
                      f"{r['cumulative-layout-shift']:.3f}", "yes" if r["score"] >= 90 else "no")

    for number, r in enumerate(results, 1):
        row(str(number), r)
    if runs > 1:
        row("median", {k: statistics.median(r[k] for r in results) for k in results[0]})
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 2000, 10000],
                        help="entities in each synthetic graph (none: only the Lighthouse table)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench", help="where to keep the pages")
    parser.add_argument("--lighthouse-runs", type=int, default=3, metavar="N",
                        help="Lighthouse performance runs on the seed explorer (0: none; default 3)")
    args = parser.parse_args()
    console = Console(width=170)
    if args.sizes:
        console.print(size_table(args.sizes, args.out, console))
        console.print("build: RDF graph → HTML (networkx layout, pyvis data, template); first draw: navigation → "
                      "the page's own first picture of the view in headless Chromium (software rendering); "
                      "vis-network: loaded right after it, built and drawn at the same view; pages in "
                      f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    if args.lighthouse_runs > 0:
        console.print(lighthouse_table(seed_explorer(args.out), args.lighthouse_runs))
        console.print("paints and speed index: Lighthouse's simulation of a mid-tier phone on slow 4G from this "
                      "run's trace; blocking: total blocking time; benchmark index: this machine's CPU as Lighthouse "
                      "measured it at the start of the run (higher is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
