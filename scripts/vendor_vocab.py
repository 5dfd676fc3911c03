"""Regenerate ontology/vocab/*.ttl: local term lists of the standard vocabularies civic.ttl aligns to.

Nothing is fetched: each file is written from the closed term list rdflib ships for the vocabulary
(``rdflib.namespace.ORG``, ``SDO``, ``FOAF``, …), which records every term's name, its kind (the
``# <type IRI>`` section it is listed under) and its comment. The files say which terms exist and of
what kind; they do not copy the vocabularies' hierarchies. ``oa.ttl`` (Web Annotation) is written
by hand, because rdflib has no term list for it; this script leaves it alone.

    .venv/bin/python scripts/vendor_vocab.py            # rewrite ontology/vocab/<prefix>.ttl
    .venv/bin/python scripts/vendor_vocab.py --check    # exit 1 if a file differs from what it would write
    .venv/bin/python scripts/vendor_vocab.py -o DIR     # write elsewhere
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib import Literal

ROOT = Path(__file__).resolve().parent.parent
RDF_PROPERTY = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property"
RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class"
RDFS_DATATYPE = "http://www.w3.org/2000/01/rdf-schema#Datatype"
RDFS_RESOURCE = "http://www.w3.org/2000/01/rdf-schema#Resource"


@dataclass(frozen=True)
class Source:
    """One vocabulary: its prefix, rdflib term list, ontology IRI and how to type unsectioned terms."""

    prefix: str
    module: str
    name: str
    ontology: str
    default_type: str = RDFS_RESOURCE
    by_case: bool = False  # schema.org: Capitalised names are classes, the others properties


SOURCES = (
    Source("rdf", "_RDF", "RDF", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    Source("rdfs", "_RDFS", "RDFS", "http://www.w3.org/2000/01/rdf-schema#"),
    Source("owl", "_OWL", "OWL", "http://www.w3.org/2002/07/owl"),
    Source("xsd", "_XSD", "XSD", "http://www.w3.org/2001/XMLSchema#", default_type=RDFS_DATATYPE),
    Source("skos", "_SKOS", "SKOS", "http://www.w3.org/2004/02/skos/core"),
    Source("dcterms", "_DCTERMS", "DCTERMS", "http://purl.org/dc/terms/"),
    Source("org", "_ORG", "ORG", "http://www.w3.org/ns/org#"),
    Source("schema", "_SDO", "SDO", "https://schema.org/", by_case=True),
    Source("foaf", "_FOAF", "FOAF", "http://xmlns.com/foaf/0.1/"),
    Source("prov", "_PROV", "PROV", "http://www.w3.org/ns/prov-o#"),
    Source("qb", "_QB", "QB", "http://purl.org/linked-data/cube"),
    Source("sh", "_SH", "SH", "http://www.w3.org/ns/shacl#"),
    Source("vann", "_VANN", "VANN", "http://purl.org/vocab/vann/"),
)

SECTION = re.compile(r"^\s*#\s*(https?://\S+)\s*$")
TERM = re.compile(r"^\s*(#\s*)?([A-Za-z0-9_][\w\-]*)\s*:\s*(\(|URIRef)\s*(#\s?(.*))?$")
CONTINUED = re.compile(r"^\s*URIRef\s*#\s?(.*)$")


@dataclass(frozen=True)
class VocabTerm:
    name: str
    rdf_type: str
    comment: str


def terms_of(source: Source) -> tuple[str, str, list[VocabTerm]]:
    """(namespace, title, terms) read from rdflib's term list for ``source``."""
    module = importlib.import_module(f"rdflib.namespace.{source.module}")
    cls = getattr(module, source.name)
    names = set(getattr(cls, "__annotations__", {})) | set(getattr(cls, "_extras", []))
    lines = inspect.getsource(cls).splitlines()
    section, comments, types = source.default_type, {}, {}
    for i, line in enumerate(lines):
        if match := SECTION.match(line):
            section = match.group(1)
            continue
        match = TERM.match(line)
        if match is None:
            if line.strip().startswith("#") and "non-python" not in line:
                section = RDFS_RESOURCE  # a section rdflib names in prose (XSD facets): kind unknown
            continue
        commented, name, opener, _, comment = match.groups()
        if commented and name not in names:
            names.add(name)  # schema.org terms that are not Python identifiers (3DModel, True, yield)
        if opener == "(" and i + 1 < len(lines) and (cont := CONTINUED.match(lines[i + 1])):
            comment = cont.group(1)
        comments[name] = (comment or "").strip()
        types[name] = section
    terms = []
    for name in sorted(names):
        rdf_type = types.get(name, source.default_type)
        if source.by_case:
            rdf_type = RDFS_CLASS if name[:1].isupper() or name[:1].isdigit() else RDF_PROPERTY
        elif name not in types:
            rdf_type = RDF_PROPERTY if name[:1].islower() and "-" not in name else RDFS_RESOURCE
        terms.append(VocabTerm(name, rdf_type, comments.get(name, "")))
    title = (cls.__doc__ or source.name).strip().splitlines()[0].strip()
    return str(cls._NS), title, terms


STANDARD = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "owl": "http://www.w3.org/2002/07/owl#", "vann": "http://purl.org/vocab/vann/"}


def short(iri: str, prefixes: dict[str, str]) -> str:
    """``rdfs:Class`` for an IRI in one of ``prefixes`` whose local part is a plain name, else ``<iri>``."""
    for prefix, namespace in prefixes.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and re.fullmatch(r"[A-Za-z_]\w*", local):
            return f"{prefix}:{local}"
    return f"<{iri}>"


def render(source: Source) -> str:
    """The Turtle text of one vocabulary's term list."""
    namespace, title, terms = terms_of(source)
    prefixes = {source.prefix: namespace, **{p: ns for p, ns in STANDARD.items() if p != source.prefix}}
    out = [
        f"# {title}: local term list for civickg's ontology lint. Do not edit by hand.",
        f"# Written by scripts/vendor_vocab.py from rdflib {rdflib.__version__} "
        f"(rdflib.namespace.{source.name}): term names, kinds and comments, no hierarchy.",
        "",
        *(f"@prefix {p}: <{ns}> ." for p, ns in prefixes.items()),
        "",
        f"<{source.ontology}> a owl:Ontology ;",
        f"    rdfs:label {Literal(title, lang='en').n3()} ;",
        f"    vann:preferredNamespacePrefix {Literal(source.prefix).n3()} ;",
        f"    vann:preferredNamespaceUri {Literal(namespace).n3()} .",
        "",
    ]
    for term in terms:
        out.append(f"{short(namespace + term.name, prefixes)} a {short(term.rdf_type, prefixes)} ;")
        if term.comment:
            out.append(f"    rdfs:comment {Literal(term.comment, lang='en').n3()} ;")
        out.append(f"    rdfs:isDefinedBy <{source.ontology}> .")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "ontology" / "vocab", help="target folder")
    parser.add_argument("--check", action="store_true", help="report files that differ; write nothing")
    args = parser.parse_args(argv)
    stale = []
    for source in SOURCES:
        path = args.output / f"{source.prefix}.ttl"
        text = render(source)
        rdflib.Graph().parse(data=text, format="turtle")  # refuse to write a file that does not parse
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {text.count('rdfs:isDefinedBy')} terms")
    for path in stale:
        print(f"{path} is out of date: run scripts/vendor_vocab.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
