"""Query results the same on every engine, and their serializations.

SELECT and ASK results are written in the SPARQL 1.1 result formats (JSON, XML, CSV, TSV); CONSTRUCT and
DESCRIBE graphs as Turtle, JSON-LD, N-Triples or RDF/XML. Writing them here, not through an engine's
own serializer, keeps the bytes the same whichever engine answered.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from civickg.builder.export import to_jsonld, to_turtle
from civickg.errors import QueryError
from civickg.namespaces import bind_prefixes, curie

GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")


@dataclass
class QueryResult:
    """The answer to one query: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE)."""

    form: str
    variables: tuple[str, ...] = ()
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    @property
    def is_graph(self) -> bool:
        return self.form in GRAPH_FORMS

    def __len__(self) -> int:
        if self.graph is not None:
            return len(self.graph)
        return len(self.rows) if self.form == "SELECT" else 1

    def bindings(self) -> Iterator[dict[str, Node]]:
        """Each row as ``{variable: term}``, unbound variables left out."""
        for row in self.rows:
            yield {v: t for v, t in zip(self.variables, row, strict=True) if t is not None}

    def in_order(self, names: tuple[str, ...]) -> QueryResult:
        """The same result with its columns in the order of ``names`` (columns not named keep theirs, last)."""
        rank = {name: i for i, name in enumerate(names)}
        order = sorted(range(len(self.variables)), key=lambda i: (rank.get(self.variables[i], len(rank)), i))
        if order == list(range(len(self.variables))):
            return self
        rows = [tuple(row[i] for i in order) for row in self.rows]
        return QueryResult(self.form, tuple(self.variables[i] for i in order), rows, self.boolean, self.graph)

    def column(self, name: str) -> list[Node | None]:
        i = self.variables.index(name)
        return [row[i] for row in self.rows]


def plain(term: Node | None) -> Node | None:
    """A literal typed xsd:string as the plain literal it equals (RDF 1.1); other terms unchanged."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def python_value(term: Node | None, *, curies: bool = True) -> Any:
    """A value for pandas: numbers as int/float, booleans as bool, IRIs as CURIEs, other text as str."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return curie(term) if curies else str(term)
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (bool, int, float)):
            return value
        return str(term)
    return str(term)


# ---------------------------------------------------------------- SPARQL 1.1 results: JSON, XML, CSV, TSV

def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON Format."""
    if result.form == "ASK":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        doc = {"head": {"vars": list(result.variables)},
               "results": {"bindings": [{v: _json_term(t) for v, t in b.items()} for b in result.bindings()]}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    attr = ""
    if term.language:
        attr = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.datatype != XSD.string:
        attr = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attr}>{escape(str(term))}</literal>"


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.form == "ASK":
        lines += ["  <head/>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        lines.append("  <head>")
        lines += [f"    <variable name={quoteattr(v)}/>" for v in result.variables]
        lines += ["  </head>", "  <results>"]
        for binding in result.bindings():
            lines.append("    <result>")
            lines += [f"      <binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in binding.items()]
            lines.append("    </result>")
        lines.append("  </results>")
    lines.append("</sparql>")
    return "\n".join(lines) + "\n"


def _csv_value(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: lexical values only, CRLF line ends. ASK gives one ``boolean`` column."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
    else:
        writer.writerow(result.variables)
        writer.writerows([_csv_value(t) for t in row] for row in result.rows)
    return buffer.getvalue()


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    text = f'"{str(term).translate(_TSV_ESCAPES)}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: terms in SPARQL syntax. ASK gives one ``?boolean`` column."""
    if result.form == "ASK":
        return f"?boolean\n{'true' if result.boolean else 'false'}\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- graphs

def _graph(result: QueryResult) -> Graph:
    return result.graph if result.graph is not None else bind_prefixes(Graph())


@dataclass(frozen=True)
class Format:
    """A way to write a result: its name, media type, and which query forms it suits."""

    name: str
    media_type: str
    for_graphs: bool
    write: Callable[[QueryResult], str]
    aliases: tuple[str, ...] = ()


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("json", "application/sparql-results+json", False, to_json),
    Format("xml", "application/sparql-results+xml", False, to_xml),
    Format("csv", "text/csv", False, to_csv),
    Format("tsv", "text/tab-separated-values", False, to_tsv),
    Format("ttl", "text/turtle", True, lambda r: to_turtle(_graph(r)), ("turtle",)),
    Format("jsonld", "application/ld+json", True, lambda r: to_jsonld(_graph(r)), ("json-ld",)),
    Format("nt", "application/n-triples", True,
           lambda r: "".join(sorted(_graph(r).serialize(format="nt11").splitlines(keepends=True))),
           ("ntriples", "n-triples")),
    Format("rdfxml", "application/rdf+xml", True, lambda r: _graph(r).serialize(format="pretty-xml"),
           ("rdf+xml", "rdf")),
)}


def find_format(name: str) -> Format | None:
    """The format called ``name`` (or one of its aliases), case-insensitively."""
    key = name.strip().lower()
    for fmt in FORMATS.values():
        if key == fmt.name or key in fmt.aliases:
            return fmt
    return None


def serialize(result: QueryResult, name: str) -> str:
    """``result`` in the format called ``name``; graphs asked for as ``json``/``xml`` give JSON-LD/RDF-XML."""
    if result.is_graph and name in ("json", "xml"):
        name = {"json": "jsonld", "xml": "rdfxml"}[name]
    fmt = find_format(name)
    if fmt is None:
        raise QueryError(f"unknown result format {name!r}", hint=f"use one of {', '.join(FORMATS)}")
    if fmt.for_graphs != result.is_graph:
        kinds = "CONSTRUCT and DESCRIBE" if fmt.for_graphs else "SELECT and ASK"
        raise QueryError(f"{fmt.name} is a format for {kinds} results, and this is a {result.form} query")
    return fmt.write(result)
