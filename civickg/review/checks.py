"""Validation as the reviewer goes: the build's own checks on the article as it would be saved.

The candidate file is put beside the project's other annotation files in a scratch copy of the project's
inputs (links, not copies), built with the builder, and checked as ``civickg build`` and ``civickg validate``
check it: the schema, ids, terms and references (reading), every quote at its offsets (building and the
quote check), the terms the graph uses, and the SHACL shapes for the article's statements. Each problem is
given to the item at fault (by its line in the candidate file, or the entity it names).
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from civickg.builder.dataset import Built, build, draft_graph_iri
from civickg.errors import CivicError
from civickg.namespaces import CID, GRAPH, curie
from civickg.project import Project
from civickg.review.document import SECTIONS, Session, dump, yaml_io
from civickg.validate.checks import check_quotes, check_shacl, check_terms

CID_NAME = re.compile(r"\bcid:([A-Za-z0-9][A-Za-z0-9._-]*)")
ENTITY_IRI = re.compile(re.escape(str(CID)) + r"([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass
class Problem:
    """One problem and the item it belongs to ('' for the article as a whole)."""

    check: str
    message: str
    key: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"check": self.check, "message": self.message, "key": self.key}


@dataclass
class Outcome:
    """What the checks found in a candidate, and its text."""

    text: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _scratch(project: Project, folder: Path, name: str, text: str) -> Project:
    """A project in ``folder`` whose inputs are the project's, with ``name`` replaced by ``text``."""
    (folder / "graph").mkdir()
    # absolute targets: a project given by a relative root (Project(".") in a notebook) must not link to itself
    (folder / "ontology").symlink_to((project.root / "ontology").resolve(), target_is_directory=True)
    (folder / "graph" / "sources").symlink_to(project.sources.resolve(), target_is_directory=True)
    # the project's build cache, shared: its entries are keyed by the hash of all that makes them and written
    # atomically, so the articles the candidate leaves unchanged are read from it instead of built again
    (folder / "build").mkdir()
    cache = (project.build / "cache").resolve()
    cache.mkdir(parents=True, exist_ok=True)
    (folder / "build" / "cache").symlink_to(cache, target_is_directory=True)
    annotations = folder / "graph" / "annotations"
    annotations.mkdir()
    for path in project.annotations.iterdir():
        if path.name != name and (path.suffix == ".yaml" or path.name == project.annotation_schema.name):
            (annotations / path.name).symlink_to(path.resolve())
    (annotations / name).write_text(text, encoding="utf-8")
    return Project(folder)


def _line_keys(session: Session, text: str) -> list[tuple[int, str]]:
    """(first line, key) of every item of the candidate, in the order of the file."""
    reread = yaml_io().load(text)
    by_object = {id(item): key for key, item in session.items.items()}
    starts = []
    for section in SECTIONS:
        for index, item in enumerate(session.doc.get(section) or []):
            key = by_object.get(id(item))
            if key is not None:
                starts.append((reread[section][index].lc.line + 1, key))
    return sorted(starts)


def _key_at(starts: list[tuple[int, str]], line: int | None) -> str:
    found = ""
    for first, key in starts:
        if line is not None and first <= line:
            found = key
    return found


def _key_naming(session: Session, message: str) -> str:
    """The item a graph problem is about: the entity or figure whose id it names."""
    for name in CID_NAME.findall(message) + ENTITY_IRI.findall(message):
        for key, item in session.items.items():
            if item.get("id") == name and not key.startswith("mentions"):
                return key
    return ""


def _focus(session: Session) -> set[URIRef]:
    """The entities and figures the reviewer checked, changed or added (what SHACL looks at)."""
    names = set()
    for item in session.touched:
        names |= {str(item[k]) for k in ("id", "s", "o", "indicator", "about") if k in item and ":" not in str(item[k])}
    return {CID[name] for name in names}


def _shacl_data(built: Built, focus: set[URIRef]) -> Graph:
    """What the graph states about the focus nodes and about others pointing at them (in any article), and the
    classes of every node these statements name. The cached articles' graphs are not parsed whole: only their
    lines that name a focus node, then those that give a named node its class."""
    needles = tuple(f"<{node}>" for node in focus)
    sources = [built.fresh, built.cached_quads(lambda line: any(n in line for n in needles))]
    data = Graph()
    for source in sources:
        for node in focus:
            for s, p, o, _ in source.quads((node, None, None, None)):
                data.add((s, p, o))
            for s, p, o, _ in source.quads((None, None, node, None)):  # a range gives the node a type
                if p != RDF.object:
                    data.add((s, p, o))
    named = {n for n in (*data.subjects(), *data.objects()) if isinstance(n, URIRef)} | focus
    typed = tuple(f"<{node}> <{RDF.type}> " for node in named)
    sources[1] = built.cached_quads(lambda line: line.startswith(typed))
    for source in sources:
        for node in named:
            for s, p, o, _ in source.quads((node, RDF.type, None, None)):
                data.add((s, p, o))
    return data


def _about(problem: str, names: set[str]) -> bool:
    """Whether a SHACL problem is about a node the reviewer touched: its focus node, or a node its message
    names (a whole-graph shape such as the kind clash names the clashing node, by CURIE or full IRI)."""
    named = CID_NAME.findall(problem) + ENTITY_IRI.findall(problem)
    return problem.split(" ")[0].rstrip(":") in names or any(f"cid:{name}" in names for name in named)


def _graph_problems(built: Built, article: str, session: Session, shapes: Path | None) -> list[Problem]:
    """Quotes and terms of the article's statements; with ``shapes``, SHACL for the nodes the reviewer touched."""
    # the article was built afresh, unless the candidate is the file as it stands: then its graph is the cached one
    graphs = built.fresh
    if article in built.reused:
        graphs = Dataset()
        graphs.parse(data=built.pieces[article].nquads, format="nquads")
    named = graphs.graph(draft_graph_iri(article))
    if len(named) == 0:
        named = graphs.graph(GRAPH[article])
    problems = [Problem("quotes", p) for p in check_quotes(named).problems]
    problems += [Problem("terms", p) for p in check_terms(named, built.ontology).problems]
    focus = _focus(session)
    if shapes is not None and focus:
        names = {curie(node) for node in focus}
        shacl = check_shacl(_shacl_data(built, focus), shapes, built.ontology)
        problems += [Problem("shacl", p) for p in shacl.problems if _about(p, names)]
    for problem in problems:
        problem.key = _key_naming(session, problem.message)
    return problems


def check_candidate(project: Project, path: Path, session: Session, article: str, *, shacl: bool) -> Outcome:
    """Build the project with the session's document in place of ``path`` and run the checks on it (SHACL on
    the nodes the reviewer touched when ``shacl``)."""
    text = dump(session.doc)
    outcome = Outcome(text)
    with tempfile.TemporaryDirectory(prefix="civickg-review-") as scratch:
        try:
            built = build(_scratch(project, Path(scratch), path.name, text))
        except CivicError as exc:
            where = _key_at(_line_keys(session, text), exc.line)
            message = f"{exc.message}" + (f" — {exc.hint}" if exc.hint else "")
            outcome.problems.append(Problem("build", message, where))
            return outcome
        outcome.problems.extend(_graph_problems(built, article, session, project.shapes if shacl else None))
    return outcome
