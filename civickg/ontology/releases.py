"""Released terms: the civic: term IRIs of each ontology version, and the check that none vanished.

``ontology/releases/<version>.txt`` lists, one IRI a line, every civic: term of that release. A term
of any release must stay declared in ``civic.ttl``; to retire or rename it, mark it
``owl:deprecated true`` with ``dcterms:isReplacedBy`` its replacement, never delete it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL

from civickg.namespaces import curie
from civickg.ontology.terms import civic_terms, declared

VERSION = re.compile(r"^\d+\.\d+\.\d+$")


@dataclass(frozen=True)
class ReleaseProblem:
    """A released term that is gone, or deprecated without a usable replacement."""

    iri: URIRef
    version: str
    problem: str
    fix: str


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def release_path(folder: Path, version: str) -> Path:
    return folder / f"{version}.txt"


def read_release(path: Path) -> list[URIRef]:
    """The IRIs of one release record (blank lines and # comments skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [URIRef(line.strip()) for line in lines if line.strip() and not line.startswith("#")]


def releases(folder: Path) -> dict[str, list[URIRef]]:
    """Every release record in ``folder``, oldest first."""
    found = {p.stem: p for p in folder.glob("*.txt") if VERSION.match(p.stem)} if folder.is_dir() else {}
    return {v: read_release(found[v]) for v in sorted(found, key=version_key)}


def release_terms(graph: Graph) -> list[URIRef]:
    """The civic: term IRIs a release of this ontology graph consists of."""
    return [t.iri for t in civic_terms(graph)]


def render_release(graph: Graph, version: str) -> str:
    """The text of a release record for ``graph`` at ``version``."""
    head = (f"# civic: terms of ontology release {version}, one IRI a line.\n"
            "# Written by `civickg ontology release`. Terms listed here are never removed: deprecate them\n"
            "# (owl:deprecated true ; dcterms:isReplacedBy <new term>) instead.\n")
    return head + "".join(f"{iri}\n" for iri in release_terms(graph))


def _deprecated(graph: Graph, iri: URIRef) -> bool:
    return any(isinstance(v, Literal) and v.toPython() is True for v in graph.objects(iri, OWL.deprecated))


def check_releases(graph: Graph, folder: Path) -> list[ReleaseProblem]:
    """Every term of every release is still declared, or deprecated with a declared replacement."""
    live = set(declared(graph))
    problems: list[ReleaseProblem] = []
    reported: set[URIRef] = set()
    for version, iris in releases(folder).items():
        for iri in iris:
            if iri in reported:
                continue
            replacements = [r for r in graph.objects(iri, DCTERMS.isReplacedBy) if isinstance(r, URIRef)]
            if _deprecated(graph, iri):
                if not replacements:
                    problems.append(ReleaseProblem(
                        iri, version, "is deprecated but names no replacement",
                        f"add `dcterms:isReplacedBy <new term>` to {curie(iri)}"))
                for rep in replacements:
                    if rep not in live:
                        problems.append(ReleaseProblem(
                            iri, version, f"is replaced by {curie(rep)}, which the ontology does not declare",
                            f"declare {curie(rep)} or point dcterms:isReplacedBy at a declared term"))
            elif iri not in live:
                problems.append(ReleaseProblem(
                    iri, version, f"was released in {version} but is no longer declared (removed or renamed)",
                    f"declare {curie(iri)} again with `owl:deprecated true ; dcterms:isReplacedBy <its replacement>`"))
            else:
                continue
            reported.add(iri)
    return problems


@dataclass(frozen=True)
class ReleaseRecord:
    """A release record to write: its path, its text, and how it differs from the release before it."""

    path: Path
    text: str
    terms: int
    added: list[URIRef]
    dropped: list[URIRef]
    previous: str | None

    @property
    def up_to_date(self) -> bool:
        return self.path.exists() and self.path.read_text(encoding="utf-8") == self.text


def plan_release(graph: Graph, folder: Path, version: str) -> ReleaseRecord:
    """The record of ``graph`` at ``version``, compared with the latest earlier release in ``folder``."""
    earlier = {v: iris for v, iris in releases(folder).items() if version_key(v) < version_key(version)}
    previous = max(earlier, key=version_key) if earlier else None
    before = set(earlier[previous]) if previous else set()
    after = release_terms(graph)
    return ReleaseRecord(release_path(folder, version), render_release(graph, version), len(after),
                         sorted(set(after) - before), sorted(before - set(after)), previous)
