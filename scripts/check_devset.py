"""Check the extractor dev set in devset/: metadata, texts and gold annotations.

Every gold file must match the annotation schema, name only classes and properties of
ontology/civic.ttl, give each fact ends of the kinds its property's domain and range allow (cs:KindShape),
and quote its article verbatim. Prints one line per problem and exits 1 on any.

    python scripts/check_devset.py [--devset DIR] [--ontology FILE]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, Namespace
from rdflib.namespace import OWL, RDF

from civickg.annotations.read import read_file
from civickg.annotations.schema import load_schema
from civickg.errors import CivicError
from civickg.extract.devset import DevArticle
from civickg.extract.rules import OntologyTerms, read_ontology_terms
from civickg.sources.yamlio import load_yaml

ROOT = Path(__file__).resolve().parent.parent
CIVIC = Namespace("https://civickg.org/ontology/")
ORG = Namespace("http://www.w3.org/ns/org#")   # W3C ORG terms the ontology declares are written org:<name>
FOAF = Namespace("http://xmlns.com/foaf/0.1/")   # and FOAF's (foaf:member) foaf:<name>
META_KEYS = ("id", "url", "publisher", "city", "date", "script", "kind", "split", "title")
META_CHOICES = {"script": {"simplified", "traditional"}, "kind": {"txt", "html"}, "split": {"dev", "heldout"}}
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
XSD_NAMES = {"gYear", "integer", "decimal", "date", "string", "boolean"}


@dataclass(frozen=True)
class Vocabulary:
    """The classes, properties and individuals ontology/civic.ttl defines, by local name or CURIE."""

    classes: frozenset[str]
    properties: frozenset[str]
    individuals: frozenset[str]


def load_vocabulary(path: Path) -> Vocabulary:
    """Read the civic: terms, and the org: and foaf: terms it declares, from the ontology with rdflib."""
    graph = Graph().parse(path, format="turtle")

    def names(kinds: tuple) -> frozenset[str]:
        found = set()
        for kind in kinds:
            for term in graph.subjects(RDF.type, kind):
                if str(term).startswith(str(CIVIC)):
                    local = str(term)[len(str(CIVIC)):]
                    found.update({local, f"civic:{local}"})
                elif str(term).startswith(str(ORG)):
                    found.add(f"org:{str(term)[len(str(ORG)):]}")
                elif str(term).startswith(str(FOAF)):
                    found.add(f"foaf:{str(term)[len(str(FOAF)):]}")
        return frozenset(found)

    return Vocabulary(classes=names((OWL.Class,)),
                      properties=names((OWL.ObjectProperty, OWL.DatatypeProperty)),
                      individuals=names((OWL.NamedIndividual,)))


def count(text: str, quote: str) -> int:
    """How many times ``quote`` occurs in ``text`` (overlaps included)."""
    return sum(1 for i in range(len(text)) if text.startswith(quote, i))


def check_meta(path: Path, devset: Path) -> list[str]:
    """Problems with one metadata file."""
    try:
        meta = load_yaml(path, error=CivicError)
    except CivicError as exc:
        return [str(exc)]
    if not isinstance(meta, dict):
        return [f"{path}:1: expected a mapping with keys {', '.join(META_KEYS)}"]
    problems = []
    for key in META_KEYS:
        if key not in meta:
            problems.append(f"{path}:1: missing key '{key}' — add it (date and title may be null)")
        elif meta[key] in (None, "") and key not in ("date", "title"):
            problems.append(f"{path}:1: key '{key}' is empty — fill it in")
    if meta.get("id") != path.stem:
        problems.append(f"{path}:1: id '{meta.get('id')}' does not match the file name — name the file <id>.yaml")
    elif not ID_PATTERN.match(str(meta["id"])):
        problems.append(f"{path}:1: id '{meta['id']}' is not lowercase ascii words joined by '-'")
    for key, choices in META_CHOICES.items():
        if key in meta and meta[key] not in choices:
            problems.append(f"{path}:1: {key} '{meta[key]}' is not one of {', '.join(sorted(choices))}")
    date = meta.get("date")
    if date is not None and not DATE_PATTERN.match(str(date)):
        problems.append(f"{path}:1: date '{date}' is not YYYY-MM-DD or null")
    text = DevArticle(path.stem, meta, devset).text_path
    if not text.exists():
        problems.append(f"{path}:1: no text {text} — save the article text there (UTF-8)")
    if not (devset / "gold" / f"{path.stem}.yaml").exists():
        problems.append(f"{path}:1: no gold annotations devset/gold/{path.stem}.yaml — write them")
    return problems


def kind_problems(fact: Any, classes: dict[str, set[str]], terms: OntologyTerms) -> list[str]:
    """The ends of a fact whose classes the property's rdfs:domain or rdfs:range excludes (cs:KindShape: a group of
    people is no place, so it is no subject of partOf)."""
    predicate = str(fact.p).removeprefix("civic:")
    found = []
    for end, key, name in (("subject", "s", fact.s), ("object", "o", fact.o)):
        wanted = terms.clash(predicate, key, sorted(classes[name])) if name in classes else None
        if wanted is not None:
            found.append(f"{end} '{name}' is a {'/'.join(sorted(classes[name]))}, which is no {wanted} "
                         f"(the {'domain' if end == 'subject' else 'range'} of {fact.p}) — use the property "
                         "the ontology has for it, or fix the class")
    return found


def check_gold(path: Path, devset: Path, schema: dict, vocab: Vocabulary, seen: dict[str, str],
               terms: OntologyTerms) -> list[str]:
    """Problems with one gold file: schema, article, ids, terms, the kinds of facts' ends, references, quotes."""
    try:
        article, entities, facts, observations, mentions = read_file(path, schema)
    except CivicError as exc:
        return [str(exc)]
    problems = []
    meta_path = devset / "meta" / f"{article}.yaml"
    meta = load_yaml(meta_path, error=CivicError) if meta_path.exists() else {}
    text_path = DevArticle(article, dict(meta) if isinstance(meta, dict) else {}, devset).text_path
    if article != path.stem:
        problems.append(f"{path}:1: article '{article}' does not match the file name — use the dev-set id")
    if not text_path.exists():
        return [*problems, f"{path}:1: no text {text_path} for article '{article}'"]
    try:
        text = text_path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [*problems, f"{text_path}: not UTF-8 — save it as UTF-8"]

    def quoted(words: str, occurrence: int, line: int | None, what: str) -> None:
        found = count(text, words)
        if found < occurrence:
            tail = "" if found == 0 else f" {occurrence} times (only {found})"
            problems.append(f"{path}:{line}: {what}: “{words}” is not in {text_path}{tail} — copy the words "
                            "verbatim (full-width punctuation as printed, one paragraph)")

    classes = {}
    for entity in entities:
        where = f"{path}:{entity.line}"
        if entity.id in seen:
            problems.append(f"{where}: entity id '{entity.id}' is already used in {seen[entity.id]} — ids are "
                            "unique within the dev set and the seed's annotations")
        seen[entity.id] = str(path)
        classes[entity.id] = set(entity.classes)
        problems += [f"{where}: class '{c}' is not defined in ontology/civic.ttl — use one of its classes"
                     for c in entity.classes if c not in vocab.classes]
        quoted(entity.mention, entity.occurrence, entity.line, f"mention of '{entity.id}'")
    for fact in facts:
        where = f"{path}:{fact.line}"
        label = f"fact '{fact.s} {fact.p} {fact.o if fact.o is not None else fact.value}'"
        if fact.p not in vocab.properties:
            problems.append(f"{where}: {label}: property '{fact.p}' is not defined in ontology/civic.ttl")
        if fact.s not in classes:
            problems.append(f"{where}: {label}: subject '{fact.s}' is not an entity of this file")
        if fact.o is not None and fact.o not in classes and fact.o not in vocab.individuals:
            problems.append(f"{where}: {label}: object '{fact.o}' is not an entity of this file")
        if fact.datatype is not None and fact.datatype not in XSD_NAMES:
            problems.append(f"{where}: {label}: datatype '{fact.datatype}' is not one of {sorted(XSD_NAMES)}")
        problems += [f"{where}: {label}: {problem}" for problem in kind_problems(fact, classes, terms)]
        quoted(fact.quote, fact.occurrence, fact.line, label)
    for obs in observations:
        where = f"{path}:{obs.line}"
        if obs.id in seen:
            problems.append(f"{where}: observation id '{obs.id}' is already used in {seen[obs.id]}")
        seen[obs.id] = str(path)
        if "Indicator" not in classes.get(obs.indicator, set()):
            problems.append(f"{where}: observation '{obs.id}': indicator '{obs.indicator}' is not an Indicator "
                            "entity of this file")
        if obs.about not in classes:
            problems.append(f"{where}: observation '{obs.id}': about '{obs.about}' is not an entity of this file")
        quoted(obs.quote, obs.occurrence, obs.line, f"observation '{obs.id}'")
    for mention in mentions:
        if mention.id not in classes:
            problems.append(f"{path}:{mention.line}: mention of '{mention.id}' is not an entity of this file")
        quoted(mention.quote, mention.occurrence, mention.line, f"mention of '{mention.id}'")
    return problems


def check_devset(devset: Path, ontology: Path, schema_path: Path) -> list[str]:
    """Every problem in the dev set, one line each; empty when it is sound."""
    vocab = load_vocabulary(ontology)
    terms = read_ontology_terms(ontology)
    schema = load_schema(schema_path)
    metas = sorted((devset / "meta").glob("*.yaml"))
    if not metas:
        return [f"{devset}/meta: no metadata files — see devset/README.md"]
    problems = [p for meta in metas for p in check_meta(meta, devset)]
    known = {meta.stem for meta in metas}
    # the seed's ids too: every article can join one graph (scripts/corpus_graph.py), where an id is declared once
    seen: dict[str, str] = {str(e["id"]): str(path) for path in sorted(schema_path.parent.glob("*.yaml"))
                            for e in (load_yaml(path, error=CivicError) or {}).get("entities") or []}
    for gold in sorted((devset / "gold").glob("*.yaml")):
        if gold.stem not in known:
            problems.append(f"{gold}:1: no metadata devset/meta/{gold.stem}.yaml — write it")
        problems += check_gold(gold, devset, schema, vocab, seen, terms)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT / "devset")
    parser.add_argument("--ontology", type=Path, default=ROOT / "ontology" / "civic.ttl")
    parser.add_argument("--schema", type=Path, default=ROOT / "graph" / "annotations" / "annotation.schema.json")
    args = parser.parse_args(argv)
    problems = check_devset(args.devset, args.ontology, args.schema)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 1
    golds = len(list((args.devset / "gold").glob("*.yaml")))
    print(f"devset ok: {golds} gold files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
