"""The extraction rules: YAML files under ``rules/``, loaded once and checked against the ontology."""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from civickg.errors import CivicError
from civickg.project import Project

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when it is there: ten times faster
RULES_DIR = Path(__file__).parent / "rules"
RULE_FILES = ("places", "organizations", "people", "awards", "names", "events", "relations", "indicators", "phrases",
              "context")


class RuleError(CivicError):
    """A rule file is malformed or names a class or property the ontology does not define."""


@dataclass(frozen=True)
class OntologyTerms:
    """Names of the classes and properties civic.ttl declares, and each class's superclasses."""

    classes: frozenset[str]
    object_properties: frozenset[str]
    datatype_properties: frozenset[str]
    individuals: frozenset[str]
    parents: dict[str, tuple[str, ...]] = field(hash=False, compare=False)
    #: The civic: class each property's rdfs:domain and rdfs:range name, by property.
    domains: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    ranges: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: The kinds that exclude each other, as cs:KindShape in shapes.ttl lists them: (a kind, the classes it excludes).
    kinds: tuple[tuple[str, frozenset[str]], ...] = field(default=(), hash=False, compare=False)
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False, repr=False)
    _is_a: dict[tuple[Any, str], bool] = field(default_factory=dict, hash=False, compare=False, repr=False)
    _is_any: dict[tuple[Any, tuple[str, ...]], bool] = field(default_factory=dict, hash=False, compare=False,
                                                              repr=False)
    _excludes: dict[tuple[Any, str], bool] = field(default_factory=dict, hash=False, compare=False, repr=False)

    @property
    def known_ancestors(self) -> dict[str, frozenset[str]]:
        """The ancestors of the classes asked of so far (:meth:`ancestors`), to read without a call."""
        return self._ancestors

    def ancestors(self, name: str) -> frozenset[str]:
        """The class and every civic: class above it."""
        cache = self._ancestors
        if name in cache:
            return cache[name]
        seen, todo = {name}, [name]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        cache[name] = frozenset(seen)
        return cache[name]

    def is_a(self, classes: str | list[str], wanted: str) -> bool:
        key = (classes if isinstance(classes, str) else tuple(classes), wanted)
        found = self._is_a.get(key)
        if found is None:
            names = [classes] if isinstance(classes, str) else classes
            found = self._is_a[key] = any(wanted in self.ancestors(name) for name in names)
        return found

    def is_any(self, classes: str | list[str], wanted: tuple[str, ...]) -> bool:
        """Whether ``classes`` are (below) any of ``wanted``; cached, as the rules ask it of every mention. One class
        (most things have one) is read from its ancestors, without a key to make."""
        if isinstance(classes, str):
            return not (self._ancestors.get(classes) or self.ancestors(classes)).isdisjoint(wanted)
        if len(classes) == 1:
            return not (self._ancestors.get(classes[0]) or self.ancestors(classes[0])).isdisjoint(wanted)
        key = (tuple(classes), wanted)
        found = self._is_any.get(key)
        if found is None:
            found = self._is_any[key] = any(self.is_a(classes, w) for w in wanted)
        return found

    def has_property(self, term: str) -> bool:
        return term in self.object_properties or term in self.datatype_properties

    def excludes(self, classes: str | list[str], other: str) -> bool:
        """Whether a thing of ``classes`` cannot also be an ``other`` (cs:KindShape: a person is no place, an
        initiative no award); classes below one another never exclude each other. Cached: drafting asks it of
        every fact."""
        key = (classes if isinstance(classes, str) else tuple(classes), other)
        found = self._excludes.get(key)
        if found is None:
            found = self._excludes[key] = self._excluding(classes, other)
        return found

    def clash(self, predicate: str, end: str, classes: str | list[str]) -> str | None:
        """The class ``predicate``'s rdfs:domain (``end`` "s") or rdfs:range ("o") gives that end, when a thing of
        ``classes`` cannot be one (cs:KindShape: a group of people is no subject of partOf); else None."""
        wanted = (self.domains if end == "s" else self.ranges).get(predicate)
        return wanted if wanted is not None and self.excludes(classes, wanted) else None

    def _excluding(self, classes: str | list[str], other: str) -> bool:
        if self.is_a(classes, other) or self.is_a(other, classes if isinstance(classes, str) else classes[0]):
            return False
        for kind, others in self.kinds:
            if self.is_a(classes, kind) and any(self.is_a(other, o) for o in others):
                return True
            if self.is_a(other, kind) and self.is_any(classes, tuple(sorted(others))):
                return True
        return False


_BLOCK = re.compile(r"^((?:civic|org|schema|foaf):[A-Za-z][A-Za-z0-9_]*) a ([^;.\n]+)[;.]", re.M)
_KIND = re.compile(r"\?value rdf:type/rdfs:subClassOf\* civic:(\w+) \.\s+BIND \(civic:\w+ AS \?kind\).*?"
                   r"FILTER \(\?other IN \(([^)]*)\)\)", re.S)


def read_kinds(path: Path) -> tuple[tuple[str, frozenset[str]], ...]:
    """The kinds that exclude each other, read from cs:KindShape's query in ``path`` (shapes.ttl); none when the
    file is not there."""
    if not path.exists():
        return ()
    text = path.read_text(encoding="utf-8")
    return tuple((kind, frozenset(re.findall(r"civic:(\w+)", others))) for kind, others in _KIND.findall(text))


def read_ontology_terms(path: Path) -> OntologyTerms:
    """Scan civic.ttl for its declared terms (a plain text scan: fast, and enough for names)."""
    if not path.exists():
        raise RuleError("ontology file not found", file=path, hint="run from the project folder")
    text = path.read_text(encoding="utf-8")
    classes: set[str] = set()
    objects: set[str] = set()
    datas: set[str] = set()
    individuals: set[str] = set()
    parents: dict[str, tuple[str, ...]] = {}
    domains: dict[str, str] = {}
    ranges: dict[str, str] = {}
    matches = list(_BLOCK.finditer(text))
    for i, match in enumerate(matches):
        prefix, local = match.group(1).split(":", 1)
        name = local if prefix == "civic" else match.group(1)     # other vocabularies keep their CURIE
        kinds = match.group(2)
        body = text[match.end(): matches[i + 1].start() if i + 1 < len(matches) else len(text)]
        if "owl:Class" in kinds:
            classes.add(name)
            sub = re.search(r"rdfs:subClassOf ([^;.]+)", body)
            if sub:
                parents[name] = tuple(p.split(":", 1)[1] for p in re.findall(r"civic:[A-Za-z]+", sub.group(1)))
        if "owl:ObjectProperty" in kinds:
            objects.add(name)
            for key, into in (("domain", domains), ("range", ranges)):
                end = re.search(rf"rdfs:{key} civic:([A-Za-z]+)\s*[;.]", body)
                if end:
                    into[name] = end.group(1)
        if "owl:DatatypeProperty" in kinds:
            datas.add(name)
        if "owl:NamedIndividual" in kinds:
            individuals.add(name)
    return OntologyTerms(frozenset(classes), frozenset(objects), frozenset(datas), frozenset(individuals), parents,
                         domains, ranges, read_kinds(path.parent / "shapes.ttl"))


@dataclass(frozen=True)
class Area:
    """One row of the gazetteer: a province, city or district with its code."""

    name: str
    code: str
    level: str          # province | city | district

    @property
    def parent_code(self) -> str | None:
        if self.level == "province":
            return None
        if self.level == "city":
            return self.code[:2] + "0000"
        return self.code[:4] + "00"

    @property
    def province_code(self) -> str:
        """The code of the province (or the municipality, region) the area lies in."""
        return self.code[:2] + "0000"


def _gazetteer_path() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuleError("the gazetteer (the cpca package) is not installed", hint="pip install cpca")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


#: Areas cpca's table lacks: the cities, counties and districts of Taiwan, and the districts of Hong Kong and
#: Macau, under cpca's codes for them (71, 81, 82), in the same columns; and districts made or renamed since,
#: under their new codes (太谷区, 叙州区, 临安区, 赣县区 …).
EXTRA_AREAS = Path(__file__).parent / "rules" / "gazetteer-extra.csv"


def read_gazetteer() -> list[Area]:
    """cpca's area table (without importing cpca, which would pull in pandas) and ``EXTRA_AREAS``."""
    areas = []
    for path in (_gazetteer_path(), EXTRA_AREAS):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                code = row["adcode"][:6]
                level = "province" if code.endswith("0000") else "city" if code.endswith("00") else "district"
                areas.append(Area(row["name"], code, level))
    return sorted(areas, key=lambda a: (a.code, a.name))


@dataclass
class Rules:
    """Every rule file, the ontology's terms, the gazetteer, and the rules the ontology disables."""

    data: dict[str, Any]
    terms: OntologyTerms
    areas: list[Area]
    disabled: list[str]

    def __getitem__(self, name: str) -> Any:
        return self.data[name]


def _check_class(terms: OntologyTerms, value: Any, where: str) -> None:
    for name in [value] if isinstance(value, str) else value:
        if name not in terms.classes:
            raise RuleError(f"unknown class '{name}'", file=where,
                            hint="use a class defined in ontology/civic.ttl")


def _names_classes(key: str, value: Any) -> bool:
    """Whether a rule key holds class names: ``class``, a list of names under ``…classes``, or ``demonstratives``
    (a word and the classes it stands for)."""
    if key == "class":
        return True
    if key.endswith("classes") or key == "demonstratives":
        items = value.values() if isinstance(value, dict) else [value]
        return all(isinstance(v, list) and all(isinstance(n, str) for n in v) for v in items)
    return False


def _walk_classes(node: Any, terms: OntologyTerms, where: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if _names_classes(str(key), value):
                for names in value.values() if isinstance(value, dict) else [value]:
                    _check_class(terms, names, where)
            else:
                _walk_classes(value, terms, where)
    elif isinstance(node, list):
        for item in node:
            _walk_classes(item, terms, where)


def _check_predicates(data: dict[str, Any], terms: OntologyTerms) -> list[str]:
    """Drop relation rules whose predicate the ontology lacks; return their ids."""
    disabled = []
    rel = data["relations"]
    kept = []
    for rule in rel["triggers"]:
        if terms.has_property(rule["predicate"]):
            kept.append(rule)
        else:
            disabled.append(rule["id"])
    rel["triggers"] = kept
    phrase_verbs = []
    for rule in data["phrases"]["verbs"]:
        (phrase_verbs if terms.has_property(rule["predicate"]) else disabled).append(
            rule if terms.has_property(rule["predicate"]) else rule["id"])
    data["phrases"]["verbs"] = phrase_verbs
    for office in data["people"]["offices"]:
        if office.get("predicate") and not terms.has_property(office["predicate"]):
            disabled.append(f"{office['id']} ({office['predicate']})")
            office["predicate"] = None
    parties = data["context"]["model_parties"]
    if not terms.has_property(parties["member"]):
        disabled.append(f"{parties['id']} ({parties['member']})")
        parties["member"] = None
    fixed = [rel["plan"]["predicate"], *(n["predicate"] for n in rel["nested"])]
    fixed += [rel["conferral"][k] for k in ("recipient", "award", "status", "edition", "year")]
    fixed += [rel["brand"]["has"], rel["brand"]["under"], rel["team_count"]["predicate"],
              rel["theme"]["predicate"], rel["address"]["predicate"], rel["goal"]["predicate"],
              data["phrases"]["part_of_body"], data["phrases"]["goal"]["predicate"], data["phrases"]["goal"]["served"],
              data["phrases"]["brand_predicate"],
              data["phrases"]["first"]["predicate"], data["context"]["whole_areas"]["predicate"],
              data["context"]["level_bodies"]["governs"], data["context"]["level_bodies"]["located"],
              data["context"]["adjacent_place"]["predicate"], data["context"]["opened_in"]["predicate"],
              data["context"]["located_at"]["part_of"],
              data["context"]["names_within"]["serves"],
              data["context"]["names_within"]["about"], data["context"]["components"]["predicate"],
              data["context"]["model_parties"]["component"],
              data["awards"]["recommended_by"]["predicate"], *(t["predicate"] for t in data["awards"]["triggers"])]
    for name in fixed:
        if not terms.has_property(name):
            raise RuleError(f"unknown property '{name}'", file=RULES_DIR,
                            hint="use a property defined in ontology/civic.ttl")
    for trig in data["awards"]["triggers"]:
        status = trig["status"].split(":", 1)[1]
        if status not in terms.individuals:
            raise RuleError(f"unknown individual '{trig['status']}'", file=RULES_DIR / "awards.yaml")
    return disabled


@lru_cache(maxsize=4)
def load_rules(ontology: Path | None = None) -> Rules:
    """Read every rule file once; check classes and properties against civic.ttl."""
    path = ontology or Project.find().ontology
    terms = read_ontology_terms(path)
    data: dict[str, Any] = {}
    for name in RULE_FILES:
        file = RULES_DIR / f"{name}.yaml"
        try:
            data[name] = yaml.load(file.read_text(encoding="utf-8"), Loader=_LOADER)
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", None)
            raise RuleError(f"cannot read the rule file: {getattr(exc, 'problem', exc)}", file=file,
                            line=line + 1 if line is not None else None, hint="fix the YAML syntax") from None
        _walk_classes(data[name], terms, str(file))
    disabled = _check_predicates(data, terms)
    return Rules(data, terms, read_gazetteer(), sorted(disabled))
