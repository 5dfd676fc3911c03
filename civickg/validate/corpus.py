"""Validate a whole build in linear time: SHACL and OWL RL per article, cached, plus the corpus-wide checks.

The articles' graphs (and the corpus graph), in units of a few (``units``), are checked against every shape
except the corpus-wide ones, and their OWL RL closure with the ontology is computed; results are kept in
``build/cache/validate/<key>.json`` by the SHA-256 of the unit's triples, the shapes, the ontology and this
code, so a second run only checks the units whose articles changed. The corpus-wide shapes (kinds that exclude each
other, cycles) run once on a graph of the nodes' types and the links they follow. Terms and quotes are
checked on the union in one pass. The report is the one ``checks.validate`` gives for the whole graph.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import owlrl
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL, RDF

from civickg.namespaces import SH, curie
from civickg.ontology.model import Ontology, read_turtle
from civickg.validate.checks import (
    OWLRL_ERRORS,
    Check,
    Report,
    check_labels,
    check_quotes,
    check_terms,
    shacl_results,
)
from civickg.validate.units import (
    Context,
    Unit,
    corpus_graph,
    inverse_properties,
    queried_properties,
    split_shapes,
    units,
)

#: Bump when a unit's results change in a way the code files do not show.
VALIDATOR_VERSION = "1"
_CODE = ("validate/checks.py", "validate/units.py", "validate/corpus.py")
_PACKAGE = Path(__file__).resolve().parent.parent
IRI = re.compile(r"https?://[^\s<>\"{}|^`]+")

#: Told (step, done, total) as validation goes.
Progress = Callable[[str, int, int], None]


class UnitCache:
    """Each unit's results by the hash of what they depend on; missing or unreadable entries are recomputed."""

    def __init__(self, folder: Path | None, shapes: Path, ontology: Path) -> None:
        self.folder = folder / "validate" if folder is not None else None
        digest = hashlib.sha256(VALIDATOR_VERSION.encode())
        for path in (*(_PACKAGE / name for name in _CODE), shapes, ontology):
            digest.update(path.read_bytes() + b"\0")
        self.base = digest.hexdigest()
        self.hits = 0

    def key(self, unit: Unit) -> str:
        lines = sorted(unit.graph.serialize(format="nt11").splitlines())
        return hashlib.sha256((self.base + " ".join(unit.names) + "\n".join(lines)).encode()).hexdigest()

    def get(self, key: str) -> dict | None:
        if self.folder is None:
            return None
        try:
            found = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        self.hits += 1
        return found

    def put(self, key: str, results: dict) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(results, handle, ensure_ascii=False)
            os.replace(tmp, self.folder / f"{key}.json")
        except OSError:
            return


def owl_rl_closure(base: Graph, data: Graph) -> tuple[list[str], int]:
    """The inconsistencies OWL RL finds in ``base`` (the ontology, already closed) with ``data``, and the
    number of triples it inferred."""
    closure = Graph()
    closure += base
    closure += data
    before = len(closure)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False,
                           datatype_axioms=False).expand(closure)
    errors = closure.subjects(RDF.type, OWLRL_ERRORS.ErrorMessage)
    problems = sorted(str(m) for e in errors for m in closure.objects(e, OWLRL_ERRORS.error))
    problems += [f"{curie(node)} is inferred to be owl:Nothing (disjoint classes)"
                 for node in sorted(closure.subjects(RDF.type, OWL.Nothing))]
    return problems, len(closure) - before


def check_unit(unit: Unit, shapes: Graph, ontology: Ontology, base: Graph) -> dict:
    """SHACL results about the nodes the unit owns and its OWL RL findings, each with the graph it is about
    (a finding of OWL RL: the graph owning the first node it names), JSON-ready."""
    _, results = shacl_results(unit.graph, shapes, ontology)
    owl, inferred = owl_rl_closure(base, unit.graph)
    shacl = [[focus.n3(), violation, line, unit.owned[focus]] for focus, violation, line in results
             if focus in unit.owned]
    return {"shacl": shacl, "owl": [[line, _about(line, unit)] for line in owl], "inferred": inferred}


def _about(line: str, unit: Unit) -> str:
    """The graph of ``unit`` that owns the first node ``line`` names (else the unit's first graph)."""
    for iri in IRI.findall(line):
        if URIRef(iri) in unit.owned:
            return unit.owned[URIRef(iri)]
    return unit.names[0]


def _check_units(dataset: Dataset, context: Context, shapes: Graph, ontology: Ontology, cache: UnitCache,
                 tell: Progress) -> tuple[list[tuple[bool, str]], dict[str, str], dict[str, str], int]:
    """Every unit's SHACL results (a node's from the unit that owns it) and OWL RL findings, each line with
    the graph it is about."""
    base = Graph()
    base += ontology.graph
    # close the ontology once; each unit starts from its closure
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False,
                           datatype_axioms=False).expand(base)
    total = sum(1 for ctx in dataset.graphs() if len(ctx))
    shacl: list[tuple[bool, str]] = []
    where: dict[str, str] = {}
    owl: dict[str, str] = {}
    inferred = done = 0
    for unit in units(dataset, context):
        key = cache.key(unit)
        results = cache.get(key)
        if results is None:
            results = check_unit(unit, shapes, ontology, base)
            cache.put(key, results)
        for _, violation, line, graph in results["shacl"]:
            shacl.append((violation, line))
            where.setdefault(line, graph)
        for line, graph in results["owl"]:
            owl.setdefault(line, graph)
        inferred += results["inferred"]
        done += len(unit.names)
        tell("SHACL and OWL RL per article", done, total)
    return shacl, where, owl, inferred


def validate_build(dataset: Dataset, ontology: Ontology, shapes_path: Path, cache: Path | None = None,
                   progress: Progress | None = None) -> Report:
    """Every check of ``checks.validate`` on a built dataset, article by article (cached under ``cache``,
    normally build/cache) and corpus-wide; the same problems and warnings as on the whole graph."""
    tell = progress or (lambda _step, _done, _total: None)
    shapes = read_turtle(shapes_path, "shapes")
    per_unit, corpus_wide = split_shapes(shapes)
    tell("indexing the dataset", 0, 1)
    context = Context(dataset, ontology, inverse_properties(shapes))
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    checks = [check_terms(union, ontology), check_labels(ontology), check_quotes(union)]
    shacl = Check("shacl", f"SHACL shapes in {shapes_path.name}")
    shacl.checked = len(set(shapes.subjects(RDF.type, SH.NodeShape)))
    found, where, owl_where, inferred = _check_units(dataset, context, per_unit, ontology,
                                                 UnitCache(cache, shapes_path, ontology.path), tell)
    tell("corpus-wide shapes", 0, 1)
    _, wide = shacl_results(corpus_graph(context, queried_properties(corpus_wide, ontology)), corpus_wide, ontology)
    for violation, line in [*found, *((v, line) for _, v, line in wide)]:
        (shacl.problems if violation else shacl.warnings).append(line)
    shacl.problems.sort()
    shacl.warnings.sort()
    shacl.found_in = {line: where[line] for line in shacl.problems + shacl.warnings if line in where}
    owl = Check("owl-rl", "the OWL RL closure of data and ontology is consistent", checked=inferred)
    owl.problems, owl.found_in = sorted(owl_where), owl_where
    return Report([*checks, shacl, owl])
