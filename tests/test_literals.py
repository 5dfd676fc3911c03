"""Literals in one canonical form: XSD 1.1 lexical forms that rdflib and Oxigraph both keep as written."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from civickg.builder.dataset import literal
from civickg.evidence import Review, review_triples
from civickg.namespaces import CIVIC, LiteralFormError, canonical, decimal, is_canonical


@pytest.mark.parametrize(("lexical", "datatype", "expected"), [
    ("100.0", XSD.decimal, Literal("100", datatype=XSD.decimal)),
    ("+8.40", XSD.decimal, Literal("8.4", datatype=XSD.decimal)),
    ("-0.050", XSD.decimal, Literal("-0.05", datatype=XSD.decimal)),
    (".5", XSD.decimal, Literal("0.5", datatype=XSD.decimal)),
    ("-0", XSD.decimal, Literal("0", datatype=XSD.decimal)),
    ("012", XSD.integer, Literal("12", datatype=XSD.integer)),
    ("+3", XSD.integer, Literal("3", datatype=XSD.integer)),
    ("158", XSD.nonNegativeInteger, Literal("158", datatype=XSD.integer)),
    ("1", XSD.boolean, Literal("true", datatype=XSD.boolean)),
    ("0", XSD.boolean, Literal("false", datatype=XSD.boolean)),
    ("02024", XSD.gYear, Literal("2024", datatype=XSD.gYear)),
    ("山大北路46号", XSD.string, Literal("山大北路46号")),
])
def test_canonical_form(lexical, datatype, expected):
    got = canonical(lexical, datatype)
    assert got == expected and got.datatype == expected.datatype
    assert is_canonical(got) and not is_canonical(Literal(lexical, datatype=datatype, normalize=False))


@pytest.mark.parametrize(("lexical", "datatype", "message"), [
    ("1e3", XSD.decimal, "not a decimal"),
    ("12.5", XSD.integer, "not an integer"),
    ("-1", XSD.nonNegativeInteger, "out of the range of xsd:nonNegativeInteger"),
    ("yes", XSD.boolean, "not a boolean"),
    ("二〇二三", XSD.gYear, "not a year"),
    ("2024-02-30", XSD.date, "not a day of the calendar"),
    ("1.5", XSD.double, "no one canonical form"),
])
def test_a_value_not_of_its_datatype_is_refused(lexical, datatype, message):
    with pytest.raises(LiteralFormError, match=message):
        canonical(lexical, datatype)


def test_yaml_numbers_become_canonical_literals():
    assert literal(100) == Literal("100", datatype=XSD.integer)
    assert literal(8.4) == Literal("8.4", datatype=XSD.decimal)
    assert literal(100.0) == decimal(100) == decimal(Decimal("100.00")) == Literal("100", datatype=XSD.decimal)
    assert literal(1e-7) == Literal("0.0000001", datatype=XSD.decimal)
    assert literal(2023, "gYear") == Literal("2023", datatype=XSD.gYear)
    assert literal(True) == Literal("true", datatype=XSD.boolean)


@pytest.mark.parametrize("term", [
    Literal("100", datatype=XSD.decimal), Literal("8.4", datatype=XSD.decimal), Literal("-0.05", datatype=XSD.decimal),
    Literal("158", datatype=XSD.integer), Literal("true", datatype=XSD.boolean), Literal("2024", datatype=XSD.gYear),
])
def test_oxigraph_stores_a_canonical_literal_as_written(term):
    store = ox.Store()
    node = ox.NamedNode("https://civickg.org/id/x")
    store.add(ox.Quad(node, node, ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))))
    (quad,) = list(store)
    assert (quad.object.value, quad.object.datatype.value) == (str(term), str(term.datatype))


def test_oxigraph_rewrites_the_forms_civickg_avoids():
    """Why the canonical form: Oxigraph would turn these into other terms than the files hold."""
    store = ox.Store()
    node = ox.NamedNode("https://civickg.org/id/x")
    for lexical, datatype in (("100.0", XSD.decimal), ("158", XSD.nonNegativeInteger)):
        store.add(ox.Quad(node, node, ox.Literal(lexical, datatype=ox.NamedNode(str(datatype)))))
    assert sorted(str(q.object) for q in store) == [f'"100"^^<{XSD.decimal}>', f'"158"^^<{XSD.integer}>']


def test_review_figures_are_canonical_too():
    ev = URIRef("https://civickg.org/evidence/a/x--p--y")
    triples = dict(((p, o) for _, p, o in review_triples(ev, Review(status="reviewed", confidence=1.0,
                                                                    reviewer="Li", date="2026-01-20"))))
    assert triples[CIVIC.confidence] == Literal("1", datatype=XSD.decimal)
    assert triples[DCTERMS.date] == Literal("2026-01-20", datatype=XSD.date)
