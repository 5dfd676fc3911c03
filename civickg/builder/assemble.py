"""The whole-graph files written from each article's rendered piece, never from the whole graph.

N-Triples and N-Quads are the pieces' sorted lines merged; TriG is their blocks in graph order; Turtle and
JSON-LD are each subject's statement and node, put in the order rdflib's writers give them. A subject that
more than one graph describes is rendered again from all its triples, so the bytes are those of a rendering
of the union graph. The cost is linear in the number of triples.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from rdflib import Graph

from civickg.builder.cache import Piece
from civickg.builder.export import (
    join_jsonld,
    join_trig,
    join_turtle,
    jsonld_nodes,
    merge_lines,
    turtle_statements,
)
from civickg.namespaces import bind_prefixes
from civickg.project import DATA_STEM

GENERATED_PREFIX = re.compile(r"ns\d+")


def _shared_subjects(pieces: list[Piece]) -> set[str]:
    """Subjects (N-Triples form) that more than one piece describes."""
    seen: Counter[str] = Counter(subject for piece in pieces for subject in piece.turtle or ())
    return {subject for subject, count in seen.items() if count > 1}


def _scan(ntriples: str, shared: set[str]) -> tuple[Counter[str], dict[str, list[str]]]:
    """Times each IRI is an object in the union (what orders Turtle subjects), and the shared subjects' lines."""
    refs: Counter[str] = Counter()
    lines: dict[str, list[str]] = defaultdict(list)
    for line in ntriples.splitlines():
        end = line.find("> ") + 1
        if end <= 0:
            continue
        subject = line[:end]
        obj = line[line.index("> ", end + 1) + 2:-2]
        if obj.startswith("<"):
            refs[obj] += 1
        if subject in shared:
            lines[subject].append(line)
    return refs, lines


def _rendered_again(lines: dict[str, list[str]]) -> Piece | None:
    """The Turtle statements and JSON-LD nodes of the shared subjects, from all their triples."""
    graph = bind_prefixes(Graph())
    graph.parse(data="\n".join(line for group in lines.values() for line in group) + "\n", format="nt")
    statements = turtle_statements(graph)
    if statements is None:
        return None
    return Piece("", "", "", "", 0, statements[0], statements[1], jsonld_nodes(graph))


def _merged(pieces: Iterable[Piece]) -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]] | None:
    """Statements, prefixes and nodes of all pieces (a later piece's subject replaces an earlier one's)."""
    statements: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    nodes: dict[str, list[str]] = {}
    for piece in pieces:
        statements.update(piece.turtle or {})
        nodes.update(piece.jsonld)
        for prefix, namespace in piece.prefixes.items():
            if prefixes.setdefault(prefix, namespace) != namespace or GENERATED_PREFIX.fullmatch(prefix):
                return None  # prefixes rdflib made up per graph: only a rendering of the whole is right
    return statements, prefixes, nodes


def assemble(pieces: list[Piece]) -> dict[str, str] | None:
    """Turtle, N-Triples, N-Quads, TriG and JSON-LD of the union of ``pieces``, or None when a piece has no
    per-subject rendering (then the caller renders the whole graph)."""
    if any(piece.turtle is None for piece in pieces):
        return None
    ntriples = merge_lines(piece.ntriples for piece in pieces)
    shared = _shared_subjects(pieces)
    refs, lines = _scan(ntriples, shared)
    again = _rendered_again(lines) if lines else None
    if lines and again is None:
        return None
    merged = _merged([*pieces, *([again] if again else [])])
    if merged is None:
        return None
    statements, prefixes, nodes = merged
    order = sorted(statements, key=lambda subject: (refs[subject], subject[1:-1]))
    return {f"{DATA_STEM}.ttl": join_turtle((statements[s] for s in order), prefixes),
            f"{DATA_STEM}.nt": ntriples,
            f"{DATA_STEM}.nq": merge_lines(piece.nquads for piece in pieces),
            f"{DATA_STEM}.trig": join_trig({piece.graph: piece.trig for piece in pieces}),
            f"{DATA_STEM}.jsonld": join_jsonld(nodes.values())}
