"""Lint the ontology: documentation, names, uses, shapes, alignments, data-cube structure, versions.

Each rule is a function that reads a :class:`Context` and yields :class:`Finding` records; a finding
renders as one line naming the file, the line, the term, the problem and the fix. ``lint(project)``
runs them all; the CLI prints the lines and exits 1 when there is any.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, QB, RDF, RDFS, XSD

from civickg.builder import library
from civickg.errors import CivicError
from civickg.namespaces import CID, CIVIC, GRAPH, SH, curie, sparql_prologue
from civickg.ontology.model import Ontology, load_ontology, read_turtle
from civickg.ontology.releases import check_releases, read_release, release_path, release_terms
from civickg.ontology.terms import Term, header, read_terms
from civickg.ontology.usage import Use, annotation_uses, data_classes, locate, query_uses, shape_uses
from civickg.ontology.vocabularies import Vocabularies, load_vocabularies
from civickg.project import Project

SHAPES = "https://civickg.org/shapes/"
#: Vocabularies whose terms describe RDF, OWL, datatypes and shapes: queries may use them freely.
LANGUAGE_VOCABULARIES = {"rdf", "rdfs", "owl", "xsd", "sh"}
LITERAL_RANGES = {RDF.langString, RDF.PlainLiteral, RDF.HTML, RDF.XMLLiteral, RDF.JSON, RDFS.Literal}
ALIGNMENT_PREDICATES = {
    RDFS.subClassOf: "class", RDFS.domain: "class", RDFS.subPropertyOf: "property",
    OWL.equivalentClass: "class", OWL.equivalentProperty: "property", OWL.inverseOf: "property",
    OWL.disjointWith: "class", RDFS.range: "class", RDF.type: None,
}
UPPER_CAMEL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
LOWER_CAMEL = re.compile(r"^[a-z][A-Za-z0-9]*$")


@dataclass(frozen=True)
class Finding:
    """One problem: which rule, which term, where, and what to do about it."""

    rule: str
    term: str
    file: str
    line: int | None
    problem: str
    fix: str

    def render(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        what = f"{self.term} {self.problem}" if self.term else self.problem
        return f"{where}: {what} — fix: {self.fix} [{self.rule}]"


@dataclass
class Context:
    """Everything the rules read, loaded once."""

    project: Project
    ontology: Ontology
    terms: list[Term]
    shapes: Graph
    vocab: Vocabularies
    data: Graph | None
    uses: list[Use]
    errors: list[CivicError] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_iri = {t.iri: t for t in self.terms}
        self.onto_lines = self.project.ontology.read_text(encoding="utf-8").splitlines()

    @property
    def graph(self) -> Graph:
        return self.ontology.graph

    def rel(self, path: Path | str) -> str:
        try:
            return str(Path(path).resolve().relative_to(self.project.root.resolve()))
        except ValueError:
            return str(path)

    @property
    def onto_file(self) -> str:
        return self.rel(self.project.ontology)

    def line_of(self, iri: URIRef) -> int | None:
        """The line in civic.ttl where the block of ``iri`` starts (or where it first appears)."""
        short = curie(iri)
        for number, text in enumerate(self.onto_lines, 1):
            if text.startswith((f"{short} ", f"<{iri}> ")):
                return number
        return locate(self.onto_lines, iri)

    def line_after(self, subject: URIRef, obj: URIRef) -> int | None:
        return locate(self.onto_lines, obj, self.line_of(subject) or 1) or self.line_of(subject)

    def at_term(self, rule: str, iri: URIRef, problem: str, fix: str) -> Finding:
        return Finding(rule, curie(iri), self.onto_file, self.line_of(iri), problem, fix)

    @property
    def civic(self) -> list[Term]:
        return [t for t in self.terms if t.is_civic]

    @property
    def classes(self) -> set[URIRef]:
        return {t.iri for t in self.terms if t.is_class}

    @property
    def properties(self) -> set[URIRef]:
        return {t.iri for t in self.terms if t.is_property}


Rule = Callable[[Context], Iterator[Finding]]


# ---------------------------------------------------------------------------------- documentation

def rule_labels(ctx: Context) -> Iterator[Finding]:
    """Every declared term has one rdfs:label and a skos:definition in Chinese and in English."""
    for term in ctx.terms:
        for lang in ("zh", "en"):
            count = len(term.labels.get(lang, []))
            if count != 1:
                problem = f"has no rdfs:label @{lang}" if not count else f"has {count} rdfs:labels @{lang}"
                yield ctx.at_term("labels", term.iri, problem,
                                  f'give it exactly one rdfs:label "…"@{lang}')
            if not term.definitions.get(lang):
                yield ctx.at_term("labels", term.iri, f"has no skos:definition @{lang}",
                                  f'add skos:definition "…"@{lang}: one sentence saying what it is')


def rule_duplicate_labels(ctx: Context) -> Iterator[Finding]:
    """No two terms share a label in the same language (a reader could not tell them apart)."""
    owners: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for term in ctx.terms:
        for lang, values in term.labels.items():
            for value in values:
                owners[(lang, value)].append(term)
    for (lang, value), terms in sorted(owners.items()):
        first, *others = sorted(terms, key=lambda t: ctx.line_of(t.iri) or 0)
        for term in others:
            yield ctx.at_term("duplicate-labels", term.iri,
                              f'has the same rdfs:label "{value}"@{lang} as {first.curie}',
                              f"give {term.curie} a label @{lang} that says how it differs from {first.curie}")


def rule_names(ctx: Context) -> Iterator[Finding]:
    """civic: classes are UpperCamelCase; properties and individuals lowerCamelCase."""
    for term in ctx.civic:
        if term.is_class and not UPPER_CAMEL.match(term.local):
            yield ctx.at_term("names", term.iri, "is a class but not UpperCamelCase",
                              f"rename it (e.g. civic:{term.local[:1].upper()}{term.local[1:]}), "
                              "deprecating the old IRI if it was released")
        elif not term.is_class and not LOWER_CAMEL.match(term.local):
            yield ctx.at_term("names", term.iri, f"is a{'n' if term.kind[0] in 'aio' else ''} {term.kind} "
                              "but not lowerCamelCase",
                              f"rename it (e.g. civic:{term.local[:1].lower()}{term.local[1:]}), "
                              "deprecating the old IRI if it was released")


# ---------------------------------------------------------------------------------- uses

def _suggest(name: str, candidates: set[URIRef]) -> str:
    locals_ = {str(c)[len(str(CIVIC)):]: c for c in candidates if str(c).startswith(str(CIVIC))}
    close = difflib.get_close_matches(name.split(":")[-1], list(locals_), n=1, cutoff=0.75)
    return f" (did you mean {close[0]}?)" if close else ""


def _used_in_ontology(ctx: Context) -> set[URIRef]:
    return {t for triple in ctx.graph for t in triple if isinstance(t, URIRef)}


def rule_undefined(ctx: Context) -> Iterator[Finding]:
    """Annotations, shapes and queries use only terms the ontology defines (and entities that exist)."""
    classes, properties = ctx.classes, ctx.properties
    declared = set(ctx.by_iri)
    in_ontology = _used_in_ontology(ctx)
    ids = {s for s in ctx.data.subjects() if isinstance(s, URIRef)} if ctx.data is not None else None
    reported: set[tuple[str, str]] = set()
    for use in ctx.uses:
        file = ctx.rel(use.file)
        if (file, use.written) in reported:
            continue
        finding = None
        if use.iri is None:
            finding = Finding("undefined", use.written, file, use.line, "has a prefix the ontology does not declare",
                              "use a civic: local name or a prefix declared in ontology/civic.ttl")
        elif use.role == "class" and use.iri not in classes:
            finding = Finding("undefined", use.written, file, use.line,
                              f"is not a class of {ctx.onto_file}{_suggest(use.written, classes)}",
                              "use a class defined there, or add one (ontology/README.md, 'Adding a class')")
        elif use.role == "property" and use.iri not in properties:
            finding = Finding("undefined", use.written, file, use.line,
                              f"is not a property of {ctx.onto_file}{_suggest(use.written, properties)}",
                              "use a property defined there, or add one (ontology/README.md, 'Adding a property')")
        elif use.role == "term":
            finding = _check_term_use(ctx, use, file, declared, in_ontology, ids)
        if finding is not None:
            reported.add((file, use.written))
            yield finding


def _check_term_use(ctx: Context, use: Use, file: str, declared: set[URIRef], in_ontology: set[URIRef],
                    ids: set[URIRef] | None) -> Finding | None:
    iri = use.iri
    assert iri is not None
    text = str(iri)
    if text == str(CIVIC) or text.startswith(SHAPES) or text.startswith(str(GRAPH)):  # shapes; a store's graphs
        return None
    if text.startswith(str(CIVIC)):
        if iri in declared:
            return None
        return Finding("undefined", use.written, file, use.line,
                       f"is not defined in {ctx.onto_file}{_suggest(use.written, declared)}",
                       "use a term defined there, or define it (ontology/README.md)")
    if text.startswith(str(CID)):
        if ids is None or iri in ids:
            return None
        return Finding("undefined", use.written, file, use.line, "is not an entity of the built graph",
                       "use an id declared in graph/annotations/*.yaml")
    vocab = ctx.vocab.owner(iri)
    if vocab is None:
        if use.file.suffix == ".rq" and not text.startswith("http"):
            return None
        return Finding("undefined", use.written, file, use.line,
                       "is in no vocabulary of ontology/vocab/",
                       "use a civic: term or a term of a vendored vocabulary (ontology/vocab/README.md)")
    if iri not in vocab:
        return Finding("undefined", use.written, file, use.line, f"is not a term of {vocab.prefix}: "
                       f"({ctx.rel(vocab.file)})", "check the spelling against the vocabulary")
    if use.file.suffix != ".rq" or iri in declared or iri in in_ontology or vocab.prefix in LANGUAGE_VOCABULARIES:
        return None
    return Finding("undefined", use.written, file, use.line,
                   f"is neither declared nor used in {ctx.onto_file}: the graph has no data for it",
                   "use the civic: term the data uses, or declare it in the 'Reused terms' section of civic.ttl")


def rule_deprecated(ctx: Context) -> Iterator[Finding]:
    """Deprecated terms name a declared replacement, and annotations and queries no longer use them."""
    deprecated = {t.iri: t for t in ctx.terms if t.deprecated}
    for term in deprecated.values():
        if not term.replaced_by:
            yield ctx.at_term("deprecated", term.iri, "is owl:deprecated but names no replacement",
                              "add dcterms:isReplacedBy <the term to use instead>")
        for rep in term.replaced_by:
            if rep not in ctx.by_iri or rep in deprecated:
                yield ctx.at_term("deprecated", term.iri,
                                  f"is replaced by {curie(rep)}, which is not a current term",
                                  "point dcterms:isReplacedBy at a declared, non-deprecated term")
    for use in ctx.uses:
        if use.iri in deprecated and use.file.suffix in (".yaml", ".rq"):
            reps = ", ".join(curie(r) for r in deprecated[use.iri].replaced_by) or "its replacement"
            yield Finding("deprecated", use.written, ctx.rel(use.file), use.line, "is deprecated",
                          f"use {reps}")


# ---------------------------------------------------------------------------------- shapes and data

def _shape_targets(shapes: Graph) -> set[URIRef]:
    targets = {o for o in shapes.objects(None, SH.targetClass) if isinstance(o, URIRef)}
    implicit = {s for s in shapes.subjects(RDF.type, SH.NodeShape) if (s, RDF.type, RDFS.Class) in shapes}
    return targets | implicit


def rule_shapes(ctx: Context) -> Iterator[Finding]:
    """Every class the data uses is the sh:targetClass of a shape in shapes.ttl."""
    used = {u.iri for u in ctx.uses if u.role == "class" and u.iri is not None}
    if ctx.data is not None:
        used |= data_classes(ctx.data)
    targets = _shape_targets(ctx.shapes)
    shapes_file = ctx.rel(ctx.project.shapes)
    for cls in sorted(used - targets):
        local = re.split(r"[/#]", str(cls))[-1]
        yield Finding("shapes", curie(cls), shapes_file, None, "is used by the data but no shape targets it",
                      f"add cs:{local}Shape with `sh:targetClass {curie(cls)}` to {shapes_file}")


def rule_unused(ctx: Context) -> Iterator[Finding]:
    """Every civic: property is used by the data, or carries a skos:editorialNote saying why not."""
    if ctx.data is None:
        return
    used = set(ctx.data.predicates()) | {u.iri for u in ctx.uses if u.role == "property"}
    for term in ctx.civic:
        if term.is_property and not term.deprecated and term.iri not in used and not term.notes.get("en"):
            yield ctx.at_term("unused", term.iri, "is declared but no annotation or build output uses it",
                              "use it in graph/annotations, or add skos:editorialNote \"why it is kept\"@en")


# ---------------------------------------------------------------------------------- alignment

def rule_alignment(ctx: Context) -> Iterator[Finding]:
    """Every standard term civic.ttl names exists, with the right kind, in the vocabulary it belongs to."""
    reported: set[tuple[URIRef, URIRef]] = set()
    for s, p, o in sorted(ctx.graph, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        if not isinstance(s, URIRef):
            continue
        checks = [(p, "property", s)]
        if isinstance(o, URIRef):
            checks.append((o, ALIGNMENT_PREDICATES.get(p, "any"), s))
        for iri, kind, subject in checks:
            if str(iri).startswith(str(CIVIC)) or (subject, iri) in reported:
                continue
            finding = _check_alignment(ctx, subject, p, iri, kind)
            if finding is not None:
                reported.add((subject, iri))
                yield finding
    for term, defined_by in ((t, d) for t in ctx.terms for d in t.defined_by):
        vocab = ctx.vocab.named(defined_by)
        if vocab is None:
            yield Finding("alignment", term.curie, ctx.onto_file, ctx.line_after(term.iri, defined_by),
                          f"says rdfs:isDefinedBy <{defined_by}>, a vocabulary not kept in ontology/vocab/",
                          "add its term list to ontology/vocab/ (see its README) or fix the IRI")
        elif term.iri not in vocab:
            yield Finding("alignment", term.curie, ctx.onto_file, ctx.line_of(term.iri),
                          f"is not a term of {vocab.prefix}: ({ctx.rel(vocab.file)}), which rdfs:isDefinedBy names",
                          "fix the spelling or the rdfs:isDefinedBy vocabulary")


def _check_alignment(ctx: Context, subject: URIRef, predicate: URIRef, iri: URIRef, kind: str | None) -> Finding | None:
    vocab = ctx.vocab.owner(iri)
    line = ctx.line_after(subject, iri)
    where = f"(in the block of {curie(subject)})"
    if vocab is None:
        if kind == "any":
            return None  # e.g. the license IRI: not a vocabulary term
        return Finding("alignment", curie(iri), ctx.onto_file, line,
                       f"{where} is in no vocabulary kept in ontology/vocab/",
                       "align to a vendored vocabulary, or add this one's term list (ontology/vocab/README.md)")
    if iri == vocab.iri or iri in vocab.names:
        return None
    if iri not in vocab:
        return Finding("alignment", curie(iri), ctx.onto_file, line,
                       f"{where} is not a term of {vocab.prefix}: ({ctx.rel(vocab.file)})",
                       "check the spelling against the vocabulary, or pick a term it has")
    actual = vocab.kinds[iri]
    if kind in ("class", "property") and actual not in (kind, "other"):
        return Finding("alignment", curie(iri), ctx.onto_file, line,
                       f"{where} is a {actual} of {vocab.prefix}:, but {curie(predicate)} needs a {kind}",
                       f"pick a {kind} of {vocab.prefix}: or use another relation")
    return None


def rule_ranges(ctx: Context) -> Iterator[Finding]:
    """Datatype properties have one datatype range; object properties do not range over datatypes."""
    for term in ctx.civic:
        datatypes = [r for r in term.ranges if str(r).startswith(str(XSD)) or r in LITERAL_RANGES]
        if term.kind == "datatype property":
            if len(term.ranges) != 1 or not datatypes:
                yield ctx.at_term("ranges", term.iri, "is a datatype property without a single datatype range",
                                  "add `rdfs:range xsd:string` (plain text), `rdf:langString` (text with a "
                                  "language tag) or another XSD datatype such as xsd:decimal")
        elif term.kind == "object property" and datatypes:
            yield ctx.at_term("ranges", term.iri,
                              f"is an object property with the datatype range {curie(datatypes[0])}",
                              "make it an owl:DatatypeProperty, or give it a class as range")


# ---------------------------------------------------------------------------------- structure

def rule_cube(ctx: Context) -> Iterator[Finding]:
    """RDF Data Cube structures are well formed: one measure unless a measure dimension is used."""
    g = ctx.graph
    roles = {QB.dimension: QB.DimensionProperty, QB.measure: QB.MeasureProperty, QB.attribute: QB.AttributeProperty}
    in_structure: dict[URIRef, set[URIRef]] = defaultdict(set)
    for dsd in sorted(s for s in g.subjects(RDF.type, QB.DataStructureDefinition) if isinstance(s, URIRef)):
        found: dict[URIRef, list[URIRef]] = defaultdict(list)
        for component in g.objects(dsd, QB.component):
            for role in roles:
                for prop in g.objects(component, role):
                    if isinstance(prop, URIRef):
                        found[role].append(prop)
                        in_structure[prop].add(roles[role])
        measures = sorted(found[QB.measure])
        if len(measures) > 1 and QB.measureType not in found[QB.dimension]:
            yield ctx.at_term("cube", dsd, f"has {len(measures)} measures ({', '.join(map(curie, measures))}) and "
                              "no qb:measureType dimension, so every observation must carry all of them",
                              "keep one qb:measure and make the others qb:attribute components typed "
                              "qb:AttributeProperty")
        for role, props in found.items():
            for prop in props:
                if prop != QB.measureType and (prop, RDF.type, roles[role]) not in g:
                    yield ctx.at_term("cube", prop,
                                      f"is a {curie(role)} of {curie(dsd)} but not a {curie(roles[role])}",
                                      f"type it {curie(roles[role])}, or change its role in {curie(dsd)}")
    for term in ctx.civic:
        for qb_type in set(roles.values()) & set(term.types):
            if qb_type not in in_structure.get(term.iri, set()):
                yield ctx.at_term("cube", term.iri, f"is a {curie(qb_type)} but no data structure uses it so",
                                  "add it to the qb:component list of the structure, or drop the type")


def _kind_query(shapes: Graph) -> str | None:
    shape = URIRef(SHAPES + "KindShape")
    for constraint in shapes.objects(shape, SH.sparql):
        select = shapes.value(constraint, SH.select)
        if select is not None:
            return str(select)
    return None


def rule_disjointness(ctx: Context) -> Iterator[Finding]:
    """Every owl:disjointWith pair of civic.ttl is a clash that shapes.ttl's cs:KindShape reports too."""
    pairs = sorted((s, o) for s, o in ctx.graph.subject_objects(OWL.disjointWith)
                   if isinstance(s, URIRef) and isinstance(o, URIRef))
    if not pairs:
        return
    query = _kind_query(ctx.shapes)
    if query is None:
        yield Finding("disjointness", "cs:KindShape", ctx.rel(ctx.project.shapes), None,
                      "is missing, so nothing checks the disjoint classes of civic.ttl in SHACL",
                      "restore cs:KindShape (see ontology/README.md)")
        return
    probe = Graph()
    for triple in ctx.graph.triples((None, RDFS.subClassOf, None)):
        probe.add(triple)
    nodes = {}
    for a, b in pairs:
        node = URIRef(f"urn:civickg:lint:{curie(a)}--{curie(b)}")
        probe.add((node, RDF.type, a))
        probe.add((node, RDF.type, b))
        nodes[node] = (a, b)
    result = probe.query(sparql_prologue() + query.replace("$this", "?this"))
    reported = {row.asdict().get("value") for row in result}  # type: ignore[union-attr]
    for node, (a, b) in nodes.items():
        if node not in reported:
            yield Finding("disjointness", f"{curie(a)} owl:disjointWith {curie(b)}", ctx.onto_file,
                          ctx.line_after(a, b), "is not a clash cs:KindShape reports",
                          f"add {curie(b)} to the ?other list of the {curie(a)} block of cs:KindShape in "
                          f"{ctx.rel(ctx.project.shapes)} (or drop the axiom if they may overlap)")


# ---------------------------------------------------------------------------------- versions

def rule_releases(ctx: Context) -> Iterator[Finding]:
    """No term of an earlier release disappears: it is declared, or deprecated with a replacement."""
    for problem in check_releases(ctx.graph, ctx.project.releases):
        yield Finding("releases", curie(problem.iri), ctx.onto_file, ctx.line_of(problem.iri),
                      problem.problem, problem.fix)


def rule_version(ctx: Context) -> Iterator[Finding]:
    """owl:versionInfo and owl:versionIRI agree; the version has a changelog entry and a release record."""
    head = header(ctx.graph)
    if head.iri is None:
        yield Finding("version", "civic:", ctx.onto_file, None, "has no owl:Ontology header", "restore the header")
        return
    version = head.version or ""
    line = locate(ctx.onto_lines, OWL.versionInfo)
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        yield Finding("version", "owl:versionInfo", ctx.onto_file, line, f'is "{version}", not MAJOR.MINOR.PATCH',
                      'write the version as "0.2.0"')
        return
    expected = URIRef(f"{head.iri}{version}")
    if head.version_iri != expected:
        yield Finding("version", "owl:versionIRI", ctx.onto_file, locate(ctx.onto_lines, OWL.versionIRI),
                      f"is {head.version_iri} but owl:versionInfo is {version}",
                      f"set owl:versionIRI <{expected}>")
    changelog = ctx.project.changelog
    entry = re.compile(rf"^##\s+\[?{re.escape(version)}\]?", re.MULTILINE)
    if not changelog.exists() or not entry.search(changelog.read_text(encoding="utf-8")):
        yield Finding("version", version, ctx.rel(changelog), None, "has no changelog entry",
                      f"add a '## {version}' section saying what changed")
    record = release_path(ctx.project.releases, version)
    if not record.exists():
        yield Finding("version", version, ctx.rel(record), None, "has no release record",
                      "run `civickg ontology release`")
        return
    listed, current = set(read_release(record)), set(release_terms(ctx.graph))
    for iri in sorted(current - listed):
        yield ctx.at_term("version", iri, f"is not in {ctx.rel(record)}",
                          f"bump owl:versionInfo if {version} was published, then run `civickg ontology release`")
    for iri in sorted(listed - current):
        yield Finding("version", curie(iri), ctx.rel(record), locate(read_record_lines(record), iri),
                      f"is listed for {version} but not declared", "run `civickg ontology release` to rewrite it")


def read_record_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


#: Every rule, in the order findings are reported.
RULES: tuple[tuple[str, Rule], ...] = (
    ("labels", rule_labels), ("duplicate-labels", rule_duplicate_labels), ("names", rule_names),
    ("undefined", rule_undefined), ("deprecated", rule_deprecated), ("shapes", rule_shapes),
    ("unused", rule_unused), ("alignment", rule_alignment), ("ranges", rule_ranges), ("cube", rule_cube),
    ("disjointness", rule_disjointness), ("releases", rule_releases), ("version", rule_version),
)


#: Rules that read the built data (the others run without building).
NEEDS_DATA = {"undefined", "shapes", "unused"}


def load_context(project: Project, *, with_data: bool = True) -> Context:
    """Read the ontology, shapes, vocabularies, uses and (if it builds) the data of a project."""
    ontology = load_ontology([project.ontology])
    shapes = read_turtle(project.shapes, "shapes")
    errors: list[CivicError] = []
    data: Graph | None = None
    if with_data:
        try:
            data = library.current_graph(project)
        except CivicError as exc:
            errors.append(exc)
    uses: list[Use] = []
    try:
        uses += annotation_uses(project.annotations, ontology)
    except CivicError as exc:
        errors.append(exc)
    uses += shape_uses(project.shapes, shapes)
    queries = sorted(project.queries.glob("*.rq")) + sorted((Path(__file__).parent.parent / "sparql").glob("*.rq"))
    for item in query_uses(queries):
        (errors if isinstance(item, CivicError) else uses).append(item)  # type: ignore[arg-type]
    return Context(project, ontology, read_terms(ontology.graph), shapes,
                   load_vocabularies(project.vocab), data, uses, errors)


def lint(project: Project, rules: tuple[str, ...] | None = None) -> list[Finding]:
    """Every finding of the named rules (all by default) on the project."""
    ctx = load_context(project, with_data=rules is None or bool(NEEDS_DATA & set(rules)))
    findings = [Finding("build", "", ctx.rel(e.file or project.root), e.line, e.message.strip(),
                        e.hint or "see the message") for e in ctx.errors]
    for name, rule in RULES:
        if rules is None or name in rules:
            findings.extend(rule(ctx))
    return findings


__all__ = ["RULES", "Context", "Finding", "lint", "load_context"]
