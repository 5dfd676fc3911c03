"""Turn sources and annotations into an RDF dataset with an evidence record for every fact."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, QB, RDF, RDFS, SDO, SKOS, XSD

from civickg.annotations import Annotations, Entity, Fact, Mention, Observation, Value, load_annotations
from civickg.builder.cache import ArticleCache, Piece
from civickg.builder.export import (
    join_turtle,
    jsonld_nodes,
    to_nquads_lines,
    to_ntriples,
    trig_block,
    turtle_statements,
)
from civickg.errors import AnnotationError
from civickg.evidence import EvidenceWriter, Review, Span, require
from civickg.namespaces import (
    ARTICLE,
    CID,
    CIVIC,
    GRAPH,
    PUBLICATION,
    SOURCE,
    LiteralFormError,
    bind_prefixes,
    canonical,
    decimal,
)
from civickg.ontology.model import Ontology, load_ontology
from civickg.project import Project
from civickg.sources.corpus import Article, Corpus, load_corpus

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CORPUS_GRAPH = GRAPH["corpus"]
INDICATORS = CID["indicators"]


@dataclass
class Built:
    """The result of a build: the dataset and what it was made from."""

    fresh: Dataset  # the graphs built in this run and the corpus graph; ``dataset`` adds the cached ones
    ontology: Ontology
    corpus: Corpus
    annotations: Annotations
    evidence_count: int = 0
    pieces: dict[str, Piece] = field(default_factory=dict)  # article id -> its rendered named graph
    reused: list[str] = field(default_factory=list)  # articles read from the cache, not rebuilt
    _loaded: bool = field(default=False, repr=False)

    @property
    def dataset(self) -> Dataset:
        """Every named graph; the graphs of articles read from the cache are parsed in on first use only
        (writing the outputs needs their rendered pieces, not their triples)."""
        if not self._loaded:
            for article_id in self.reused:
                self.fresh.parse(data=self.pieces[article_id].nquads, format="nquads")
            self._loaded = True
        return self.fresh

    def cached_quads(self, keep: Callable[[str], bool]) -> Dataset:
        """The quads of the articles read from the cache whose N-Quads line ``keep`` accepts, parsed on their own
        (to look a few nodes up in a large corpus without parsing every cached graph); empty once ``dataset``
        has parsed them all into ``fresh``."""
        picked = Dataset()
        if not self._loaded:
            lines = [line for a in self.reused for line in self.pieces[a].nquads.splitlines(keepends=True)
                     if keep(line)]
            if lines:
                picked.parse(data="".join(lines), format="nquads")
        return picked

    def unannotated(self) -> list[str]:
        """One line for each article without an annotation file (it builds, but states nothing)."""
        return [f"article '{a.id}' has no annotation file: write graph/annotations/{a.id}.yaml "
                "(graph/annotations/README.md)" for a in self.corpus.articles if a.id not in self.annotations.files]

    def union(self) -> Graph:
        """All named graphs merged into one graph (what Turtle and N-Triples hold)."""
        merged = bind_prefixes(Graph())
        for quad in self.dataset.quads((None, None, None, None)):
            merged.add(quad[:3])
        return merged

    def triple_count(self) -> int:
        """The number of triples in the union graph (counted from the pieces when every article has one)."""
        if len(self.pieces) != len(self.corpus.articles):
            return len(self.union())
        corpus = set(to_ntriples(self.fresh.graph(CORPUS_GRAPH)).splitlines(keepends=True))
        return len(corpus.union(*(piece.ntriples.splitlines(keepends=True) for piece in self.pieces.values())))


def draft_graph_iri(article_id: str) -> URIRef:
    """The named graph of an article whose annotation file is a draft."""
    return GRAPH[f"draft/{article_id}"]


def article_iri(article_id: str) -> URIRef:
    return ARTICLE[article_id]


def literal(value: Value, datatype: str | None = None) -> Literal:
    """An RDF literal for a YAML value, following the rules in graph/annotations/README.md, in canonical
    form (``literals``); LiteralFormError when the value is not one of its datatype."""
    if datatype:
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        return canonical(text, XSD[datatype])
    if isinstance(value, bool):
        return canonical("true" if value else "false", XSD.boolean)
    if isinstance(value, int):
        return canonical(str(value), XSD.integer)
    if isinstance(value, float):
        return decimal(value)
    text = str(value)
    return Literal(text, lang="zh") if CJK.search(text) else Literal(text)


class _Builder:
    """Accumulates one dataset; each method adds one kind of annotation."""

    def __init__(self, ontology: Ontology, corpus: Corpus, ann: Annotations) -> None:
        self.ontology, self.corpus, self.ann = ontology, corpus, ann
        self.dataset = Dataset(default_union=False)
        bind_prefixes(self.dataset)
        self.writer = EvidenceWriter()
        self.parts: ArticleParts | None = None  # the article being built, while add_parts runs

    def add_parts(self, article: Article, parts: ArticleParts) -> None:
        """Everything one article states: its metadata, entities, mentions, facts and observations."""
        self.parts = parts
        self.add_article(article)
        for ent in parts.entities:
            self.add_entity(article, ent)
        self.add_mentions(article, parts.mentions)
        self.add_facts(article, parts.facts)
        self.add_observations(article, parts.observations)
        self.parts = None

    def graph(self, article_id: str) -> Graph:
        """The article's named graph: ``graph/<article>``, or ``graph/draft/<article>`` for a draft."""
        return self.dataset.graph(draft_graph_iri(article_id) if self.ann.is_draft(article_id) else GRAPH[article_id])

    def evidence(self, article: Article, s: URIRef, p: URIRef, o: URIRef | Literal, span: Span,
                 review: Review | None = None) -> None:
        """Assert ``s p o`` in the article's graph with its evidence record (and review marks, if drafted)."""
        if review is None and self.ann.is_draft(article.id):
            review = Review(status="draft")
        self.writer.assert_fact(self.graph(article.id), article.id, s, p, o, span, review)

    def span(self, article: Article, quote: str, occurrence: int, what: str, file: str, line: int) -> Span:
        return require(article.text, quote, occurrence, article=article.id, what=what, file=file, line=line)

    def add_corpus(self) -> None:
        g = self.dataset.graph(CORPUS_GRAPH)
        for article in self.corpus.articles:
            pub = PUBLICATION[slug_of_publication(article)]
            g.add((pub, RDF.type, CIVIC.Publication))
            g.add((pub, RDFS.label, Literal(article.publication_zh, lang="zh")))
            if article.publication_en:
                g.add((pub, RDFS.label, Literal(article.publication_en, lang="en")))
            src = SOURCE[article.source]
            g.add((src, RDF.type, CIVIC.SourceText))
            g.add((src, RDFS.label, Literal(article.source)))
            g.add((src, SDO.sha256, Literal(self.corpus.sources[article.source])))
        if self.ann.observations:
            g.add((INDICATORS, RDF.type, QB.DataSet))
            g.add((INDICATORS, QB.structure, CIVIC.indicatorStructure))
            g.add((INDICATORS, RDFS.label, Literal("市民生活指标", lang="zh")))
            g.add((INDICATORS, RDFS.label, Literal("Civic indicators", lang="en")))

    def add_article(self, article: Article) -> None:
        g = self.graph(article.id)
        art = article_iri(article.id)
        g.add((art, RDF.type, CIVIC.Article))
        g.add((art, RDFS.label, Literal(article.title, lang="zh")))
        g.add((art, DCTERMS.title, Literal(article.title, lang="zh")))
        if article.title_en:
            g.add((art, DCTERMS.title, Literal(article.title_en, lang="en")))
        if article.section:
            g.add((art, CIVIC.sectionLine, Literal(article.section, lang="zh")))
        g.add((art, CIVIC.year, canonical(str(article.year), XSD.gYear)))
        g.add((art, SDO.text, Literal(article.text, lang="zh")))
        g.add((art, SDO.isPartOf, PUBLICATION[slug_of_publication(article)]))
        g.add((art, PROV.wasDerivedFrom, SOURCE[article.source]))
        for names, prop in ((article.reporters, CIVIC.reporter), (article.correspondents, CIVIC.correspondent)):
            for name in names:
                person = self.person_named(article, name, prop)
                span = self.span(article, person.mention, person.occurrence, f"{prop} {name}",
                                 person.file, person.line)
                self.evidence(article, art, prop, CID[person.id], span)
        for person, prop in self.credited_in_text(article):
            span = self.span(article, person.mention, person.occurrence, f"entity '{person.id}' mention",
                             person.file, person.line)
            self.evidence(article, art, prop, CID[person.id], span, person.review)

    def entities_of(self, article: Article) -> list[Entity]:
        """The entities the article's annotation declares (its parts while ``add_parts`` runs)."""
        entities = self.ann.entities.values() if self.parts is None else self.parts.entities
        return [ent for ent in entities if ent.article == article.id]

    def credited_in_text(self, article: Article) -> list[tuple[Entity, URIRef]]:
        """The article's own Reporter and Correspondent entities its metadata does not list (a byline inside the
        text, such as 新华社太原8月25日电(记者吕梦琦、解园)): each is credited on the article as its class says, at
        its mention and with its review marks, so that a Reporter is always someone's reporter."""
        listed = {*article.reporters, *article.correspondents}
        found = []
        for ent in self.entities_of(article):
            if ent.zh in listed or listed.intersection(ent.aliases):
                continue
            for cls, prop in (("Reporter", CIVIC.reporter), ("Correspondent", CIVIC.correspondent)):
                if cls in ent.classes:
                    found.append((ent, prop))
        return found

    def person_named(self, article: Article, name: str, prop: URIRef) -> Entity:
        for ent in self.entities_of(article):
            if ent.zh == name or name in ent.aliases:
                return ent
        role = "reporter" if prop == CIVIC.reporter else "correspondent"
        raise AnnotationError(f"the metadata names {role} '{name}' of article '{article.id}', "
                              "but no entity of its annotations is labelled so",
                              file=self.ann.files.get(article.id, "graph/annotations"),
                              hint=f"declare '{name}' under entities: (class Reporter/Correspondent)")

    def add_entity(self, article: Article, ent: Entity) -> None:
        g = self.graph(article.id)
        node = CID[ent.id]
        span = self.span(article, ent.mention, ent.occurrence, f"entity '{ent.id}' mention", ent.file, ent.line)
        for name in ent.classes:
            self.evidence(article, node, RDF.type, self.ontology.expand(name), span, ent.review)
        self.evidence(article, article_iri(article.id), SDO.mentions, node, span, ent.review)
        g.add((node, RDFS.label, Literal(ent.zh, lang="zh")))
        g.add((node, RDFS.label, Literal(ent.en, lang="en")))
        for alias in ent.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        for alias in ent.en_aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang="en")))
        if ent.note:
            g.add((node, RDFS.comment, Literal(ent.note, lang="en")))

    def add_mentions(self, article: Article, mentions: list[Mention]) -> None:
        for men in mentions:
            span = self.span(article, men.quote, men.occurrence, f"mention of '{men.id}'", men.file, men.line)
            self.evidence(article, article_iri(article.id), SDO.mentions, CID[men.id], span, men.review)

    def add_facts(self, article: Article, facts: list[Fact]) -> None:
        for fact in facts:
            span = self.span(article, fact.quote, fact.occurrence, f"fact '{fact.describe()}'", fact.file, fact.line)
            obj: URIRef | Literal
            if fact.o is not None:
                obj = self.ontology.expand(fact.o) if ":" in fact.o else CID[fact.o]
            else:
                try:
                    obj = literal(fact.value, fact.datatype)  # type: ignore[arg-type]
                except LiteralFormError as exc:
                    raise AnnotationError(f"fact '{fact.describe()}': {exc}", file=fact.file, line=fact.line,
                                          hint="give a value of the datatype, or another datatype") from None
            self.evidence(article, CID[fact.s], self.ontology.expand(fact.p), obj, span, fact.review)

    def add_observations(self, article: Article, observations: list[Observation]) -> None:
        for obs in observations:
            g = self.graph(article.id)
            node = CID[obs.id]
            span = self.span(article, obs.quote, obs.occurrence, f"observation '{obs.id}'", obs.file, obs.line)
            about, indicator = self.label_of(obs.about), self.label_of(obs.indicator)
            g.add((node, RDFS.label, Literal(obs.zh or f"{about[0]}{obs.period}年{indicator[0]}", lang="zh")))
            g.add((node, RDFS.label, Literal(obs.en or f"{indicator[1]}, {about[1]}, {obs.period}", lang="en")))
            if obs.note:
                g.add((node, RDFS.comment, Literal(obs.note, lang="en")))
            g.add((node, QB.dataSet, INDICATORS))
            values: list[tuple[URIRef, URIRef | Literal]] = [
                (RDF.type, CIVIC.IndicatorObservation),
                (CIVIC.refArea, CID[obs.about]),
                (CIVIC.refPeriod, canonical(str(obs.period), XSD.gYear)),
                (CIVIC.indicator, CID[obs.indicator]),
            ]
            if obs.value is not None:
                values.append((CIVIC.value, decimal(obs.value)))
            if obs.unit is not None:
                values.append((CIVIC.unit, literal(obs.unit)))
            if obs.change is not None:
                values.append((CIVIC.yearOnYearChange, decimal(obs.change)))
            if obs.rank is not None:
                values.append((CIVIC.rank, literal(obs.rank)))
            if obs.at_least is not None:
                values.append((CIVIC.atLeast, literal(obs.at_least)))
            if obs.planned is not None:
                values.append((CIVIC.planned, literal(obs.planned)))
            for p, o in values:
                self.evidence(article, node, p, o, span, obs.review)

    def label_of(self, ident: str) -> tuple[str, str]:
        ent = self.ann.entities.get(ident)
        if ent is not None:
            return ent.zh, ent.en
        return ident, ident


def slug_of_publication(article: Article) -> str:
    """A readable id for the publication an article appeared in."""
    if article.publication_id:
        return f"{article.publication_id}-{article.year}"
    words = re.findall(r"[A-Za-z0-9]+", (article.publication_en or "").replace("'s", ""))
    return "-".join(w.lower() for w in words[:3]) + f"-{article.year}"


def load_inputs(project: Project, *, convert: bool = False) -> tuple[Ontology, Corpus, Annotations]:
    """Load and check the ontology, the sources and the annotations."""
    ontology = load_ontology([project.ontology])
    corpus = load_corpus(project.sources, convert=convert)
    ann = load_annotations(project.annotations, project.annotation_schema, ontology,
                           {a.id for a in corpus.articles})
    return ontology, corpus, ann


@dataclass
class ArticleParts:
    """One article's annotations: what its named graph is built from."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)


def parts_by_article(ann: Annotations) -> dict[str, ArticleParts]:
    """Group the annotations by article (entities by id, the rest in file order), in one pass each."""
    parts: dict[str, ArticleParts] = {}
    for ent in sorted(ann.entities.values(), key=lambda e: e.id):
        parts.setdefault(ent.article, ArticleParts()).entities.append(ent)
    for men in ann.mentions:
        parts.setdefault(men.article, ArticleParts()).mentions.append(men)
    for fact in ann.facts:
        parts.setdefault(fact.article, ArticleParts()).facts.append(fact)
    for obs in ann.observations.values():
        parts.setdefault(obs.article, ArticleParts()).observations.append(obs)
    return parts


def render_piece(dataset: Dataset, graph: URIRef, evidence: int) -> Piece:
    """One named graph of ``dataset`` rendered as a cache piece."""
    ctx = dataset.graph(graph)
    if not len(ctx):
        return Piece(str(graph), "", "", "", evidence, {}, {}, {})
    statements = turtle_statements(ctx)
    turtle, prefixes = statements if statements is not None else (None, {})
    # the statements joined are the graph's Turtle (join_turtle writes what to_turtle writes): written once
    text = join_turtle(turtle.values(), prefixes) if turtle is not None else None
    return Piece(str(graph), to_nquads_lines(dataset, graph), to_ntriples(ctx), trig_block(ctx, text), evidence,
                 turtle, prefixes, jsonld_nodes(ctx) if statements is not None else {})


def build(project: Project, *, convert: bool = False, cache: bool = True,
          progress: Callable[[int, int], None] | None = None) -> Built:
    """Build the dataset in memory; raise a CivicError on any bad input, before anything is written.

    With ``cache``, an article whose inputs are unchanged is read from build/cache/ instead of rebuilt;
    ``progress`` is told (articles done, articles in all) as the build goes."""
    ontology, corpus, ann = load_inputs(project, convert=convert)
    builder = _Builder(ontology, corpus, ann)
    builder.add_corpus()
    store = ArticleCache(project.build / "cache", ontology.path) if cache else None
    parts, pieces, keys, reused = parts_by_article(ann), {}, set(), []
    for done, article in enumerate(corpus.articles, start=1):
        key = store.key(article, ann) if store else ""
        piece = store.get(key) if store else None
        if piece is None:
            before = builder.writer.count
            builder.add_parts(article, parts.get(article.id, ArticleParts()))
            graph = draft_graph_iri(article.id) if ann.is_draft(article.id) else GRAPH[article.id]
            piece = render_piece(builder.dataset, graph, builder.writer.count - before)
            if store:
                store.put(key, piece)
        else:
            builder.writer.count += piece.evidence
            reused.append(article.id)
        pieces[article.id] = piece
        keys.add(key)
        if progress is not None:
            progress(done, len(corpus.articles))
    if store:
        store.prune(keys)
    if convert:  # only now that every input has passed its checks
        corpus.convert_sources()
    return Built(builder.dataset, ontology, corpus, ann, builder.writer.count, pieces, reused)
