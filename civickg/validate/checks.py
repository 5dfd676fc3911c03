"""Check a built graph: SHACL shapes, quotes at their offsets, terms defined, OWL RL consistency."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import owlrl
import pyshacl
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from civickg.evidence import targets, verify
from civickg.namespaces import CIVIC, SDO, SH, curie
from civickg.ontology.model import Ontology, read_turtle

#: Where owlrl records the inconsistencies it finds.
OWLRL_ERRORS = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
BUILTIN_TERMS = {RDF.type}


@dataclass
class Check:
    """One named check and the problems it found."""

    name: str
    description: str
    problems: list[str] = field(default_factory=list)
    checked: int = 0
    warnings: list[str] = field(default_factory=list)
    found_in: dict[str, str] = field(default_factory=dict)  # problem or warning -> the named graph it is about

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Report:
    """The outcome of every check."""

    checks: list[Check]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def where(self, line: str) -> str | None:
        """The named graph (an article's, by IRI) a line of ``problems`` or ``warnings`` was found in, if known."""
        name, _, text = line.partition("] ")
        check = next((c for c in self.checks if f"[{c.name}" == name), None)
        return check.found_in.get(text) if check is not None else None

    def problems(self) -> list[str]:
        return [f"[{c.name}] {p}" for c in self.checks for p in c.problems]

    def warnings(self) -> list[str]:
        """Findings that do not fail validation (SHACL sh:Warning and sh:Info)."""
        return [f"[{c.name}] {w}" for c in self.checks for w in c.warnings]

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (``civickg validate --json``)."""
        return {"ok": self.ok, "checks": [
            {"name": c.name, "description": c.description, "checked": c.checked, "problems": c.problems,
             "warnings": c.warnings, **({"found_in": c.found_in} if c.found_in else {})} for c in self.checks]}


def check_shacl(data: Graph, shapes_path: Path, ontology: Ontology) -> Check:
    """Validate the data against the SHACL shapes, with RDFS inference over the ontology."""
    check = Check("shacl", f"SHACL shapes in {shapes_path.name}")
    shapes = read_turtle(shapes_path, "shapes")
    check.checked = len(set(shapes.subjects(RDF.type, SH.NodeShape)))
    conforms, results = shacl_results(data, shapes, ontology)
    for _, violation, line in results:
        (check.problems if violation else check.warnings).append(line)
    check.problems.sort()
    check.warnings.sort()
    if not conforms and not check.problems:
        check.problems.append("the data does not conform (no detail reported)")
    return check


def shacl_results(data: Graph, shapes: Graph, ontology: Ontology) -> tuple[bool, list[tuple[Node, bool, str]]]:
    """pyshacl's verdict and each result as (focus node, is a violation, the line the report prints)."""
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology.graph,
                                            inference="rdfs", advanced=True, allow_warnings=True)
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        shape = results.value(result, SH.sourceShape)
        where = curie(focus) if isinstance(focus, URIRef) else str(focus)
        via = f" {curie(path)}" if isinstance(path, URIRef) else ""
        source = curie(shape) if isinstance(shape, URIRef) else "anonymous"
        found.append((focus, severity in (None, SH.Violation), f"{where}{via}: {message} (shape {source})"))
    return bool(conforms), found


def check_quotes(data: Graph) -> Check:
    """Every evidence quote is found verbatim at its offsets, with matching prefix and suffix."""
    check = Check("quotes", "every quote verbatim at its offsets in its article's clean text")
    texts = {a: str(t) for a, t in data.subject_objects(SDO.text)}
    for target in targets(data):
        check.checked += 1
        text = texts.get(target.source)
        if text is None or target.span is None:
            check.problems.append(f"{curie(target.iri)}: {target.problem or 'missing article text'}")
            continue
        span = target.span
        if not verify(text, span):
            found = text[span.start:span.end]
            check.problems.append(f"{curie(target.iri)}: quote “{span.exact}” is not at {span.start}–{span.end} "
                                  f"of {curie(target.source)} (found “{found}”)")
    return check


def check_terms(data: Graph, ontology: Ontology) -> Check:
    """Every predicate and class the data uses is declared in the ontology."""
    check = Check("terms", "every class and property used is defined in the ontology")
    defined = ontology.classes | ontology.properties | BUILTIN_TERMS
    used_props = set(data.predicates())
    used_classes = {o for o in data.objects(None, RDF.type) if isinstance(o, URIRef)}
    check.checked = len(used_props | used_classes)
    for term in sorted(used_props - defined):
        check.problems.append(f"property {curie(term)} is used but not defined in {ontology.path.name}")
    for term in sorted(used_classes - ontology.classes):
        check.problems.append(f"class {curie(term)} is used but not defined in {ontology.path.name}")
    return check


def check_owl_rl(data: Graph, ontology: Ontology) -> tuple[Check, Graph]:
    """Expand data + ontology to their OWL RL closure and report any inconsistency."""
    check = Check("owl-rl", "the OWL RL closure of data and ontology is consistent")
    closure = Graph()
    closure += ontology.graph
    closure += data
    before = len(closure)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False,
                           datatype_axioms=False).expand(closure)
    check.checked = len(closure) - before
    errors = closure.subjects(RDF.type, OWLRL_ERRORS.ErrorMessage)
    for message in sorted(str(m) for e in errors for m in closure.objects(e, OWLRL_ERRORS.error)):
        check.problems.append(message)
    for node in sorted(closure.subjects(RDF.type, OWL.Nothing)):
        check.problems.append(f"{curie(node)} is inferred to be owl:Nothing (disjoint classes)")
    return check, closure


def check_labels(ontology: Ontology) -> Check:
    """Every civic: term has a Chinese and an English label and a definition."""
    check = Check("ontology-labels", "every civic: term has @zh and @en labels and a definition")
    g = ontology.graph
    terms = {t for t in ontology.classes | ontology.properties | ontology.individuals if str(t).startswith(str(CIVIC))}
    check.checked = len(terms)
    for term in sorted(terms):
        langs = {getattr(v, "language", None) for v in g.objects(term, RDFS.label) if isinstance(v, Literal)}
        missing = [lang for lang in ("zh", "en") if lang not in langs]
        if missing:
            check.problems.append(f"{curie(term)} has no rdfs:label in {', '.join(missing)}")
        if g.value(term, SKOS.definition) is None:
            check.problems.append(f"{curie(term)} has no skos:definition")
    return check


def validate(data: Graph, ontology: Ontology, shapes_path: Path,
             progress: Callable[[str], None] | None = None) -> Report:
    """Run every check on a built graph; ``progress`` is told the name of each check as it starts."""
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("terms", lambda: check_terms(data, ontology)),
        ("ontology-labels", lambda: check_labels(ontology)),
        ("quotes", lambda: check_quotes(data)),
        ("shacl", lambda: check_shacl(data, shapes_path, ontology)),
        ("owl-rl", lambda: check_owl_rl(data, ontology)[0]),
    ]
    checks = []
    for name, run in steps:
        if progress is not None:
            progress(name)
        checks.append(run())
    return Report(checks)


