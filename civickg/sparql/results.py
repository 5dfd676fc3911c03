"""Query results the same on every engine, and their serializations.

SELECT and ASK results are written in the SPARQL 1.1 result formats (JSON, XML, CSV, TSV); CONSTRUCT and
DESCRIBE graphs as Turtle, JSON-LD, N-Triples or RDF/XML. Writing them here, not through an engine's
own serializer, keeps the bytes the same whichever engine answered.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from civickg.errors import QueryError
from civickg.prefixes import XSD_IRI, curie

if TYPE_CHECKING:  # rdflib is imported when a result needs its terms, not to write CSV from Oxigraph
    from rdflib import Graph
    from rdflib.term import Node

GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")
XSD_STRING = XSD_IRI + "string"

#: A term as the result formats read it: kind ("uri", "bnode" or "literal"), text, language tag and datatype
#: (None for a plain string).
Parts = tuple[str, str, str | None, str | None]


class Terms(Protocol):
    """How to read the terms of an engine's rows: their parts for the result formats, or as rdflib terms."""

    def parts(self, term: Any) -> Parts: ...

    def node(self, term: Any) -> Node: ...


@cache
def _rdflib_classes() -> tuple[type, type, type]:
    from rdflib import BNode, Literal, URIRef

    return URIRef, BNode, Literal


class RdflibTerms:
    """Rows of rdflib terms, as the rdflib engine and a remote server answer."""

    def parts(self, term: Any) -> Parts:
        uri, bnode, _ = _rdflib_classes()
        if isinstance(term, uri):
            return "uri", str(term), None, None
        if isinstance(term, bnode):
            return "bnode", str(term), None, None
        datatype = str(term.datatype) if term.datatype and str(term.datatype) != XSD_STRING else None
        return "literal", str(term), term.language, None if term.language else datatype

    def node(self, term: Any) -> Node:
        return term


RDFLIB_TERMS = RdflibTerms()


class QueryResult:
    """The answer to one query: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE).

    An engine may keep its rows in its own terms and say how to read them (``terms``): the result formats
    read them as they are, and ``rows`` turns them into rdflib terms on first use only.
    """

    def __init__(self, form: str, variables: tuple[str, ...] = (), rows: Sequence[tuple[Any, ...]] | None = None,
                 boolean: bool | None = None, graph: Graph | None = None, *, terms: Terms = RDFLIB_TERMS) -> None:
        self.form, self.variables, self.boolean, self.graph = form, tuple(variables), boolean, graph
        self.terms = terms
        self.raw_rows: list[tuple[Any, ...]] = list(rows or ())
        self._rows: list[tuple[Node | None, ...]] | None = self.raw_rows if terms is RDFLIB_TERMS else None

    @property
    def rows(self) -> list[tuple[Node | None, ...]]:
        """The rows as rdflib terms (None where a variable is unbound)."""
        if self._rows is None:
            node = self.terms.node
            self._rows = [tuple(None if t is None else node(t) for t in row) for row in self.raw_rows]
        return self._rows

    def __repr__(self) -> str:
        return f"QueryResult({self.form!r}, {self.variables!r}, {len(self)} answers)"

    @property
    def is_graph(self) -> bool:
        return self.form in GRAPH_FORMS

    def __len__(self) -> int:
        if self.graph is not None:
            return len(self.graph)
        return len(self.raw_rows) if self.form == "SELECT" else 1

    def bindings(self) -> Iterator[dict[str, Node]]:
        """Each row as ``{variable: term}``, unbound variables left out."""
        for row in self.rows:
            yield {v: t for v, t in zip(self.variables, row, strict=True) if t is not None}

    def part_rows(self) -> Iterator[list[Parts | None]]:
        """Each row as the parts of its terms (None where unbound), read without making rdflib terms."""
        parts = self.terms.parts
        for row in self.raw_rows:
            yield [None if t is None else parts(t) for t in row]

    def in_order(self, names: tuple[str, ...]) -> QueryResult:
        """The same result with its columns in the order of ``names`` (columns not named keep theirs, last)."""
        rank = {name: i for i, name in enumerate(names)}
        order = sorted(range(len(self.variables)), key=lambda i: (rank.get(self.variables[i], len(rank)), i))
        if order == list(range(len(self.variables))):
            return self
        rows = [tuple(row[i] for i in order) for row in self.raw_rows]
        return QueryResult(self.form, tuple(self.variables[i] for i in order), rows, self.boolean, self.graph,
                           terms=self.terms)

    def column(self, name: str) -> list[Node | None]:
        i = self.variables.index(name)
        return [row[i] for row in self.rows]


def plain(term: Node | None) -> Node | None:
    """A literal typed xsd:string as the plain literal it equals (RDF 1.1); other terms unchanged."""
    from rdflib import Literal

    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == XSD_STRING:
        return Literal(str(term))
    return term


def python_value(term: Node | None, *, curies: bool = True) -> Any:
    """A value for pandas: numbers as int/float, booleans as bool, IRIs as CURIEs, other text as str."""
    from rdflib import Literal, URIRef

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

def _json_term(part: Parts) -> dict[str, str]:
    kind, text, language, datatype = part
    out = {"type": kind, "value": text}
    if language:
        out["xml:lang"] = language
    elif datatype:
        out["datatype"] = datatype
    return out


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON Format."""
    if result.form == "ASK":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        names = result.variables
        doc = {"head": {"vars": list(names)},
               "results": {"bindings": [{v: _json_term(p) for v, p in zip(names, row, strict=True) if p is not None}
                                        for row in result.part_rows()]}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _xml_term(part: Parts) -> str:
    from xml.sax.saxutils import escape, quoteattr  # imported here: it loads urllib and http

    kind, text, language, datatype = part
    if kind != "literal":
        return f"<{kind}>{escape(text)}</{kind}>"
    attr = ""
    if language:
        attr = f" xml:lang={quoteattr(language)}"
    elif datatype:
        attr = f" datatype={quoteattr(datatype)}"
    return f"<literal{attr}>{escape(text)}</literal>"


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format."""
    from xml.sax.saxutils import quoteattr

    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.form == "ASK":
        lines += ["  <head/>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        lines.append("  <head>")
        lines += [f"    <variable name={quoteattr(v)}/>" for v in result.variables]
        lines += ["  </head>", "  <results>"]
        for row in result.part_rows():
            lines.append("    <result>")
            lines += [f"      <binding name={quoteattr(v)}>{_xml_term(p)}</binding>"
                      for v, p in zip(result.variables, row, strict=True) if p is not None]
            lines.append("    </result>")
        lines.append("  </results>")
    lines.append("</sparql>")
    return "\n".join(lines) + "\n"


def _csv_value(part: Parts | None) -> str:
    if part is None:
        return ""
    return f"_:{part[1]}" if part[0] == "bnode" else part[1]


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: lexical values only, CRLF line ends. ASK gives one ``boolean`` column."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
    else:
        writer.writerow(result.variables)
        writer.writerows([_csv_value(p) for p in row] for row in result.part_rows())
    return buffer.getvalue()


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv_term(part: Parts | None) -> str:
    if part is None:
        return ""
    kind, text, language, datatype = part
    if kind == "uri":
        return f"<{text}>"
    if kind == "bnode":
        return f"_:{text}"
    quoted = f'"{text.translate(_TSV_ESCAPES)}"'
    if language:
        return f"{quoted}@{language}"
    if datatype:
        return f"{quoted}^^<{datatype}>"
    return quoted


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: terms in SPARQL syntax. ASK gives one ``?boolean`` column."""
    if result.form == "ASK":
        return f"?boolean\n{'true' if result.boolean else 'false'}\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(p) for p in row) for row in result.part_rows()]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- graphs

def _graph(result: QueryResult) -> Graph:
    from rdflib import Graph

    from civickg.namespaces import bind_prefixes

    return result.graph if result.graph is not None else bind_prefixes(Graph())


def _turtle(result: QueryResult) -> str:
    from civickg.builder.export import to_turtle

    return to_turtle(_graph(result))


def _jsonld(result: QueryResult) -> str:
    from civickg.builder.export import to_jsonld

    return to_jsonld(_graph(result))


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
    Format("ttl", "text/turtle", True, _turtle, ("turtle",)),
    Format("jsonld", "application/ld+json", True, _jsonld, ("json-ld",)),
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
