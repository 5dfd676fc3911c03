"""Browsable HTML reference of the ontology, generated from civic.ttl, shapes.ttl and the built graph.

``write_docs(project, out)`` writes ``index.html`` (overview, class tree, property and individual
tables, reused terms), one page per term (``class-Award.html``, ``property-award.html``, …) and
``style.css``. Pages work offline; every text is escaped by the templates (Jinja2 autoescape).
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from civickg import __version__
from civickg.builder import library
from civickg.evidence import quote_index
from civickg.namespaces import SH, curie, labels
from civickg.ontology.model import load_ontology, read_turtle
from civickg.ontology.terms import KINDS, Term, header, read_terms
from civickg.ontology.usage import SHAPES_NS, sparql_iris
from civickg.ontology.vocabularies import Vocabularies, load_vocabularies
from civickg.project import Project

TEMPLATES = Path(__file__).parent / "templates"
EXAMPLES = 8
PAGE_PREFIX = {"class": "class", "individual": "individual"}
GENERATED_PAGES = ("class-", "property-", "individual-", "reused-")


@dataclass
class Link:
    """A term as a link: its page inside the docs, or its IRI outside them."""

    iri: str
    text: str
    href: str
    zh: str = ""
    en: str = ""
    note: str = ""
    internal: bool = False


@dataclass
class Example:
    """An instance of a class, or a triple of a property, with the quote that supports it."""

    subject: Link
    value: Link | None = None
    literal: str | None = None
    quote: str = ""
    article: str = ""


@dataclass
class ShapeNote:
    name: str
    comment: str
    messages: list[str]


@dataclass
class Question:
    file: str
    zh: str
    en: str


@dataclass
class TermPage:
    """Everything one term page shows."""

    term: Term
    page: str
    supers: list[Link] = field(default_factory=list)
    subs: list[Link] = field(default_factory=list)
    ancestors: list[Link] = field(default_factory=list)
    domains: list[Link] = field(default_factory=list)
    ranges: list[Link] = field(default_factory=list)
    disjoint: list[Link] = field(default_factory=list)
    alignments: list[Link] = field(default_factory=list)
    replaced_by: list[Link] = field(default_factory=list)
    used_as_domain: list[Link] = field(default_factory=list)
    used_as_range: list[Link] = field(default_factory=list)
    shapes: list[ShapeNote] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    count: int = 0
    count_with_subclasses: int = 0


def page_name(term: Term) -> str:
    """The file name of a term's page: kind prefix, then prefix and local name for reused terms."""
    if not term.is_civic:
        return "reused-" + re.sub(r"[^A-Za-z0-9_-]", "-", term.curie.replace(":", "-")) + ".html"
    kind = PAGE_PREFIX.get(term.kind, "property")
    return f"{kind}-{term.local}.html"


class _Linker:
    """Turns IRIs into links, to term pages where the docs have one."""

    def __init__(self, terms: dict[URIRef, Term], vocab: Vocabularies) -> None:
        self.terms, self.vocab = terms, vocab

    def __call__(self, iri: URIRef) -> Link:
        term = self.terms.get(iri)
        if term is not None:
            return Link(str(iri), term.curie, page_name(term), term.label("zh"), term.label("en"), internal=True)
        note = self.vocab.comment(iri)
        return Link(str(iri), curie(iri), str(iri), note=note[:300] + ("…" if len(note) > 300 else ""))


def _questions(queries: Path) -> dict[URIRef, list[Question]]:
    """Which competency questions (graph/queries/*.rq) use which IRIs."""
    found: dict[URIRef, list[Question]] = defaultdict(list)
    for path in sorted(queries.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        head = dict(re.findall(r"^#\s*(zh|en):\s*(.+)$", text, re.MULTILINE))
        try:
            iris = sparql_iris(text, path)
        except Exception:  # a broken query is the lint's business, not the docs'
            continue
        for iri in iris:
            found[iri].append(Question(path.name, head.get("zh", ""), head.get("en", path.stem)))
    return found


def shape_name(shape: object) -> str:
    """``cs:VolunteerTeamShape`` for a shape IRI."""
    if isinstance(shape, URIRef):
        text = str(shape)
        return "cs:" + text[len(SHAPES_NS):] if text.startswith(SHAPES_NS) else curie(shape)
    return "anonymous shape"


def _shape_notes(shapes: Graph) -> tuple[dict[URIRef, list[ShapeNote]], dict[URIRef, list[ShapeNote]]]:
    """Shapes by the class they target, and property-shape messages by the property they constrain."""
    by_class: dict[URIRef, list[ShapeNote]] = defaultdict(list)
    by_property: dict[URIRef, list[ShapeNote]] = defaultdict(list)
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        comment = str(shapes.value(shape, RDFS.comment) or "")
        props = list(shapes.objects(shape, SH.property))
        messages = sorted({str(m) for p in props for m in shapes.objects(p, SH.message)})
        name = shape_name(shape)
        for cls in shapes.objects(shape, SH.targetClass):
            if isinstance(cls, URIRef):
                by_class[cls].append(ShapeNote(name, comment, messages))
        for prop_shape in props:
            path = shapes.value(prop_shape, SH.path)
            if isinstance(path, URIRef):
                msgs = sorted(str(m) for m in shapes.objects(prop_shape, SH.message))
                notes = by_property[path]
                if notes and notes[-1].name == name:
                    notes[-1].messages.extend(m for m in msgs if m not in notes[-1].messages)
                else:
                    notes.append(ShapeNote(name, "", msgs))
    return by_class, by_property


class _Evidence:
    """Quotes from the built graph's evidence records, by triple."""

    def __init__(self, data: Graph) -> None:
        self.data = data
        self.quotes: dict[tuple, tuple[str, str]] = {}
        titles = {a: str(t) for a, t in data.subject_objects(DCTERMS.title)
                  if isinstance(t, Literal) and t.language == "zh"}
        for key, found in quote_index(data).items():
            quote, article = found[0]
            self.quotes[key] = (quote, titles.get(URIRef(article), ""))

    def node(self, iri: URIRef) -> Link:
        names = labels(self.data, iri)
        return Link(str(iri), curie(iri), "", names.get("zh", ""), names.get("en", ""))

    def class_examples(self, cls: URIRef) -> tuple[int, list[Example]]:
        members = sorted((s for s in self.data.subjects(RDF.type, cls) if isinstance(s, URIRef)), key=str)
        examples = []
        for node in members[:EXAMPLES]:
            quote, article = self.quotes.get((node, RDF.type, cls), ("", ""))
            examples.append(Example(self.node(node), quote=quote, article=article))
        return len(members), examples

    def property_examples(self, prop: URIRef) -> tuple[int, list[Example]]:
        pairs = sorted(self.data.subject_objects(prop), key=lambda so: (str(so[0]), str(so[1])))
        with_quote = [so for so in pairs if (so[0], prop, so[1]) in self.quotes]
        chosen = (with_quote or pairs)[:EXAMPLES]
        examples = []
        for s, o in chosen:
            if not isinstance(s, URIRef):
                continue
            quote, article = self.quotes.get((s, prop, o), ("", ""))
            value = self.node(o) if isinstance(o, URIRef) else None
            literal = None if isinstance(o, URIRef) else _short(str(o))
            examples.append(Example(self.node(s), value, literal, quote, article))
        return len(pairs), examples


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _ancestors(term: Term, terms: dict[URIRef, Term]) -> list[URIRef]:
    """Superclasses (or superproperties) up the civic: hierarchy, nearest first."""
    seen: list[URIRef] = []
    frontier = [s for s in term.supers if s in terms]
    while frontier:
        nxt = frontier.pop(0)
        if nxt not in seen:
            seen.append(nxt)
            frontier.extend(s for s in terms[nxt].supers if s in terms)
    return seen


@dataclass
class Docs:
    """The whole documentation set, ready to render."""

    title_zh: str
    title_en: str
    description: str
    version: str
    version_iri: str
    ontology_iri: str
    prior: str
    pages: list[TermPage]
    tree: list[tuple[int, TermPage]]  # class hierarchy in display order, with depth
    has_data: bool
    generator: str = f"civickg {__version__}"

    def of_kind(self, kind: str, civic: bool = True) -> list[TermPage]:
        return [p for p in self.pages if p.term.kind == kind and p.term.is_civic == civic]

    @property
    def reused(self) -> list[TermPage]:
        return [p for p in self.pages if not p.term.is_civic]

    @property
    def kinds(self) -> tuple[str, ...]:
        return KINDS

    @property
    def standard_targets(self) -> list[tuple[Link, list[Link]]]:
        """Each standard term the ontology aligns to, with the civic: terms that specialise it."""
        found: dict[str, tuple[Link, list[Link]]] = {}
        for page in self.pages:
            if page.term.is_civic:
                for link in page.alignments:
                    found.setdefault(link.iri, (link, []))[1].append(
                        Link(str(page.term.iri), page.term.curie, page.page, internal=True))
        return [found[k] for k in sorted(found, key=lambda k: found[k][0].text)]


def build_docs(ontology: Graph, shapes: Graph, vocab: Vocabularies, data: Graph | None,
               queries: Path | None = None) -> Docs:
    """The documentation model of an ontology, with examples from ``data`` when given."""
    terms = {t.iri: t for t in read_terms(ontology)}
    link = _Linker(terms, vocab)
    shapes_by_class, shapes_by_property = _shape_notes(shapes)
    questions = _questions(queries) if queries is not None else {}
    evidence = _Evidence(data) if data is not None else None
    pages: dict[URIRef, TermPage] = {}
    domains: dict[URIRef, list[URIRef]] = defaultdict(list)
    ranges: dict[URIRef, list[URIRef]] = defaultdict(list)
    for term in terms.values():
        for d in term.domains:
            domains[d].append(term.iri)
        for r in term.ranges:
            ranges[r].append(term.iri)
    for iri, term in sorted(terms.items(), key=lambda kv: (not kv[1].is_civic, kv[1].curie)):
        page = TermPage(term, page_name(term))
        page.supers = [link(s) for s in term.supers]
        page.subs = [link(s) for s in term.subs]
        page.ancestors = [link(a) for a in _ancestors(term, terms)]
        page.domains = [link(d) for d in term.domains]
        page.ranges = [link(r) for r in term.ranges]
        page.disjoint = [link(d) for d in term.disjoint]
        page.alignments = [link(a) for a in term.alignments]
        page.replaced_by = [link(r) for r in term.replaced_by]
        page.used_as_domain = [link(p) for p in sorted(domains.get(iri, []))]
        page.used_as_range = [link(p) for p in sorted(ranges.get(iri, []))]
        page.shapes = shapes_by_class.get(iri, []) if term.is_class else shapes_by_property.get(iri, [])
        page.questions = questions.get(iri, [])
        if evidence is not None:
            if term.is_class:
                page.count, page.examples = evidence.class_examples(iri)
            elif term.is_property:
                page.count, page.examples = evidence.property_examples(iri)
            else:
                page.count = len(set(evidence.data.subjects(None, iri)))
        pages[iri] = page
    if evidence is not None:
        for iri, page in pages.items():
            if page.term.is_class:
                page.count_with_subclasses = page.count + sum(
                    pages[s].count for s in _descendants(iri, terms) if s in pages)
    return Docs(**_header_fields(ontology), pages=list(pages.values()), tree=_tree(pages, terms),
                has_data=data is not None)


def _descendants(iri: URIRef, terms: dict[URIRef, Term]) -> set[URIRef]:
    found: set[URIRef] = set()
    frontier = list(terms[iri].subs)
    while frontier:
        nxt = frontier.pop()
        if nxt not in found and nxt in terms:
            found.add(nxt)
            frontier.extend(terms[nxt].subs)
    return found


def _tree(pages: dict[URIRef, TermPage], terms: dict[URIRef, Term]) -> list[tuple[int, TermPage]]:
    """civic: classes depth first, roots being those without a civic: superclass."""
    civic = {i: p for i, p in pages.items() if p.term.is_civic and p.term.is_class}
    order: list[tuple[int, TermPage]] = []

    def visit(iri: URIRef, depth: int, path: set[URIRef]) -> None:
        order.append((depth, civic[iri]))
        for sub in sorted((s for s in terms[iri].subs if s in civic and s not in path), key=str):
            visit(sub, depth + 1, path | {sub})

    roots = [i for i, p in civic.items() if not any(s in civic for s in p.term.supers)]
    for root in sorted(roots, key=str):
        visit(root, 0, {root})
    return order


def _header_fields(graph: Graph) -> dict[str, str]:
    head = header(graph)
    prior = graph.value(head.iri, OWL.priorVersion) if head.iri is not None else None
    return {
        "title_zh": (head.titles.get("zh") or [""])[0], "title_en": (head.titles.get("en") or ["ontology"])[0],
        "description": (head.descriptions.get("en") or [""])[0], "version": head.version or "",
        "version_iri": str(head.version_iri or ""), "ontology_iri": str(head.iri or ""),
        "prior": str(prior or ""),
    }


def environment() -> Environment:
    """The Jinja2 environment of the documentation templates (HTML autoescaped)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["curie"] = curie
    return env


def render_docs(docs: Docs, out: Path) -> list[Path]:
    """Write index.html, one page per term and style.css into ``out``; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.html"):  # pages of terms that no longer exist; other files are left alone
        if stale.name == "index.html" or stale.name.startswith(GENERATED_PAGES):
            stale.unlink()
    env = environment()
    written = []
    index = out / "index.html"
    index.write_text(env.get_template("index.html").render(docs=docs), encoding="utf-8")
    written.append(index)
    template = env.get_template("term.html")
    for page in docs.pages:
        path = out / page.page
        path.write_text(template.render(docs=docs, page=page), encoding="utf-8")
        written.append(path)
    css = out / "style.css"
    shutil.copyfile(TEMPLATES / "style.css", css)
    written.append(css)
    return written


def write_docs(project: Project, out: Path, *, data: Graph | None = None, with_data: bool = True) -> list[Path]:
    """Generate the documentation of a project's ontology into ``out``, with examples from the current graph."""
    ontology = load_ontology([project.ontology]).graph
    shapes = read_turtle(project.shapes, "shapes")
    vocab = load_vocabularies(project.vocab)
    if data is None and with_data:
        data = library.current_graph(project)
    return render_docs(build_docs(ontology, shapes, vocab, data, project.queries), out)
