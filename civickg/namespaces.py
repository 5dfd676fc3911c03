"""The namespaces civickg mints and reuses, as rdflib Namespace objects, and the helpers for RDF terms.

Literals are written in one canonical form, so every output file and every engine holds the same terms.

A typed literal is written in the XSD 1.1 canonical lexical form of its value: a decimal without a
fractional part has no decimal point ("100", XSD 1.1 §3.3.3.2; XSD 1.0 wrote "100.0"), other decimals
have no trailing zeros ("8.4"), integers no sign or leading zeros, booleans are ``true``/``false``, a
gYear has four digits or more. That is the form Oxigraph stores every such literal in (it reads
"100.0"^^xsd:decimal as "100") and the form rdflib keeps as written, so a term means the same bytes
everywhere. Integer types derived from xsd:integer (``nonNegativeInteger``, ``int`` …) are written as
xsd:integer, because Oxigraph stores all of them as xsd:integer: the value is unchanged.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG as ORG  # re-exported: callers take every namespace from here
from rdflib.namespace import RDF as RDF  # re-exported
from rdflib.namespace import RDFS, XSD
from rdflib.namespace import SDO as SDO

from civickg.errors import AnnotationError
from civickg.prefixes import BASE, PREFIX_IRIS
from civickg.prefixes import curie as curie  # re-exported: callers take every name from here
from civickg.prefixes import sparql_prologue as sparql_prologue

CIVIC = Namespace(BASE + "ontology/")
CID = Namespace(BASE + "id/")
ARTICLE = Namespace(BASE + "article/")
EVIDENCE = Namespace(BASE + "evidence/")
GRAPH = Namespace(BASE + "graph/")
PUBLICATION = Namespace(BASE + "publication/")
SOURCE = Namespace(BASE + "source/")
AGENT = Namespace(BASE + "agent/")     # reviewers of drafted statements
OA = Namespace(PREFIX_IRIS["oa"])
VANN = Namespace(PREFIX_IRIS["vann"])
SH = Namespace(PREFIX_IRIS["sh"])

#: Prefixes bound in every graph civickg writes and predeclared in every query (``civickg.prefixes``).
PREFIXES: dict[str, Namespace] = {prefix: Namespace(iri) for prefix, iri in PREFIX_IRIS.items()}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind civickg's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def expand_curie(name: str) -> URIRef:
    """The full IRI of a CURIE in a known namespace (``civic:locatedIn``); anything else as an IRI."""
    prefix, _, local = name.partition(":")
    return URIRef(str(PREFIXES[prefix]) + local) if prefix in PREFIXES else URIRef(name)


def local_id(iri: URIRef) -> str:
    """The id part of an entity IRI (``cid:anqing-studio`` -> ``anqing-studio``)."""
    return str(iri)[len(str(CID)):] if str(iri).startswith(str(CID)) else str(iri)


def labels(graph: Graph, node: URIRef) -> dict[str, str]:
    """The node's rdfs:label by language tag (zh, en)."""
    found: dict[str, str] = {}
    for value in sorted(graph.objects(node, RDFS.label)):
        if isinstance(value, Literal) and value.language and value.language not in found:
            found[value.language] = str(value)
    return found


# ---------------------------------------------------------------- literals in one canonical form

_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_GYEAR = re.compile(r"^-?\d{4,}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Integer types derived from xsd:integer, with the least and greatest value each allows (None: no bound).
INTEGER_TYPES: dict[URIRef, tuple[int | None, int | None]] = {
    XSD.integer: (None, None),
    XSD.nonNegativeInteger: (0, None), XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0), XSD.negativeInteger: (None, -1),
    XSD.long: (-2**63, 2**63 - 1), XSD.int: (-2**31, 2**31 - 1),
    XSD.short: (-2**15, 2**15 - 1), XSD.byte: (-2**7, 2**7 - 1),
    XSD.unsignedLong: (0, 2**64 - 1), XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1), XSD.unsignedByte: (0, 2**8 - 1),
}
#: The datatypes a literal of the graph may have (besides plain and language-tagged strings).
DATATYPES = (XSD.decimal, XSD.boolean, XSD.gYear, XSD.date, XSD.string, *INTEGER_TYPES)


class LiteralFormError(AnnotationError, ValueError):
    """A lexical form that is not a value of its datatype, or a datatype the graph does not use."""


def canonical_decimal(value: Decimal) -> str:
    """The XSD 1.1 canonical form of a decimal: ``100``, ``8.4``, ``-0.05`` (never an exponent)."""
    if not value.is_finite():
        raise LiteralFormError(f"{value} is not a decimal number")
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _integer(lexical: str, datatype: URIRef) -> str:
    if not _INTEGER.match(lexical):
        raise LiteralFormError(f"{lexical!r} is not an integer")
    number = int(lexical)
    low, high = INTEGER_TYPES[datatype]
    if (low is not None and number < low) or (high is not None and number > high):
        raise LiteralFormError(f"{lexical} is out of the range of xsd:{datatype.removeprefix(str(XSD))}")
    return str(number)


def _boolean(lexical: str) -> str:
    forms = {"true": "true", "1": "true", "false": "false", "0": "false"}
    if lexical not in forms:
        raise LiteralFormError(f"{lexical!r} is not a boolean (true, false, 1 or 0)")
    return forms[lexical]


def _gyear(lexical: str) -> str:
    if not _GYEAR.match(lexical):
        raise LiteralFormError(f"{lexical!r} is not a year of four digits or more (without a time zone)")
    year = int(lexical)
    if year == 0:
        raise LiteralFormError("0000 is not a year (XSD has no year zero)")
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def _date(lexical: str) -> str:
    if not _DATE.match(lexical):
        raise LiteralFormError(f"{lexical!r} is not a date YYYY-MM-DD (without a time zone)")
    try:
        datetime.date.fromisoformat(lexical)
    except ValueError:
        raise LiteralFormError(f"{lexical} is not a day of the calendar") from None
    return lexical


def canonical(lexical: str, datatype: URIRef | None = None) -> Literal:
    """The literal ``lexical^^datatype`` in canonical form; LiteralFormError when it is not one."""
    lexical = lexical.strip() if datatype not in (None, XSD.string) else lexical
    if datatype is None or datatype == XSD.string:
        return Literal(lexical)  # RDF 1.1: a plain literal is an xsd:string; written without the type
    if datatype == XSD.decimal:
        if not _DECIMAL.match(lexical):
            raise LiteralFormError(f"{lexical!r} is not a decimal number")
        return Literal(canonical_decimal(Decimal(lexical)), datatype=XSD.decimal)
    if datatype in INTEGER_TYPES:
        return Literal(_integer(lexical, datatype), datatype=XSD.integer)
    if datatype == XSD.boolean:
        return Literal(_boolean(lexical), datatype=XSD.boolean)
    if datatype == XSD.gYear:
        return Literal(_gyear(lexical), datatype=XSD.gYear)
    if datatype == XSD.date:
        return Literal(_date(lexical), datatype=XSD.date)
    # Not xsd:double or xsd:float: each engine writes them its own way ("1.5", "1.5E0", 1.5e+00).
    names = ", ".join(sorted({f"xsd:{d.removeprefix(str(XSD))}" for d in DATATYPES}))
    raise LiteralFormError(f"datatype <{datatype}> has no one canonical form in civickg; use xsd:decimal for "
                           f"numbers with a fraction, or one of {names}")


def decimal(value: int | float | Decimal) -> Literal:
    """A number as an xsd:decimal in canonical form (``100`` and ``100.0`` both give "100")."""
    if isinstance(value, bool):
        raise LiteralFormError(f"{value} is a boolean, not a number")
    # repr() gives the shortest digits that read back as the same float: 8.4, not 8.4000000000000004
    digits = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return Literal(canonical_decimal(digits), datatype=XSD.decimal)


def is_canonical(term: Literal) -> bool:
    """Whether ``term`` is already in the one form ``canonical`` gives."""
    if term.language:
        return term.language == term.language.lower()
    try:
        return canonical(str(term), term.datatype) == term
    except LiteralFormError:
        return False
