"""Property-based tests of the annotation reader: any file is accepted, or refused with one CivicError line that
names the file (and the line where there is one); never another exception, and never more than linear work."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civickg.annotations import load_annotations
from civickg.errors import AnnotationError, CivicError
from civickg.ontology.model import load_ontology
from civickg.sources import yamlio
from tests.conftest import ROOT

ARTICLE = "jinan-civil-affairs-2024"
SCHEMA = ROOT / "graph" / "annotations" / "annotation.schema.json"
CLASSES = ("Person", "Initiative", "Indicator", "PersonGroup", "Facility")
PREDICATES = ("implements", "plans", "locatedIn", "partOf", "promotes")  # object properties
SETTINGS = settings(max_examples=1000, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

ids = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}\Z")
words = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)
huge = st.builds(lambda word, times: word * times, words, st.integers(300, 600))  # up to 7,200 characters
odd_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), words,
                       st.lists(st.integers(), max_size=3), st.dictionaries(words, st.integers(), max_size=2),
                       huge, st.just("2024-01-31"), st.just("x\ny"))


@st.composite
def valid_docs(draw: st.DrawFn) -> dict[str, Any]:
    """A small annotation file that reads without error."""
    names = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    entities = [{"id": name, "class": draw(st.sampled_from(CLASSES)), "zh": draw(words), "en": draw(words),
                 "mention": "记者"} for name in names]
    facts = [{"s": draw(st.sampled_from(names)), "p": draw(st.sampled_from(PREDICATES)),
              "o": draw(st.sampled_from(names)), "quote": "记者"} for _ in range(draw(st.integers(0, 3)))]
    return {"article": ARTICLE, "entities": entities, "facts": facts}


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside a parsed document."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


@st.composite
def mutated_docs(draw: st.DrawFn) -> str:
    """A valid file, changed: a value of the wrong type, a key too many or too few, a bad id, deep nesting."""
    doc = draw(valid_docs())
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(doc)))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        kind = draw(st.sampled_from(["value", "unknown-key", "drop", "bad-id", "deep"]))
        if not path or not isinstance(parent, (dict, list)):
            continue
        if kind == "value":
            parent[path[-1]] = draw(odd_values)
        elif kind == "unknown-key" and isinstance(parent, dict):
            parent[draw(st.one_of(words, st.integers()))] = draw(odd_values)
        elif kind == "drop" and isinstance(parent, dict):
            del parent[path[-1]]
        elif kind == "bad-id":
            parent[path[-1]] = draw(st.sampled_from(["Wang Yong", "-x", "x--y", "济南", "a_b", ""]))
        elif kind == "deep":
            parent[path[-1]] = nested(draw(st.integers(1, 200)))
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def nested(depth: int) -> Any:
    node: Any = "x"
    for level in range(depth):
        node = [node] if level % 2 else {"k": node}
    return node


@st.composite
def broken_texts(draw: st.DrawFn) -> str:
    """A valid file's text with characters inserted, removed or cut off: YAML syntax errors of every kind."""
    text = yaml.safe_dump(draw(valid_docs()), allow_unicode=True, sort_keys=False)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "cut"]))
        if edit == "insert":
            piece = draw(st.one_of(st.sampled_from(['"', "'", "[", "{", ":", "- ", "\t", "&a ", "*a", "!!binary ",
                                                    "\x00", "\x1b", "\ufeff", "? ", "%YAML 1.1\n", "---\n", "|"]),
                                   st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=5)))
            text = text[:at] + piece + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 5)):]
        else:
            text = text[:at]
    return text


@pytest.fixture(scope="module")
def ontology():
    return load_ontology([ROOT / "ontology" / "civic.ttl"])


def read(text: str, folder: Path, ontology) -> AnnotationError | None:
    """Read ``text`` as the only annotation file; the error it is refused with, checked to be one good line."""
    path = folder / "a.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_annotations(folder, SCHEMA, ontology, {ARTICLE})
    except CivicError as exc:
        assert isinstance(exc, AnnotationError), exc.render()
        message = exc.render()
        assert message.startswith(f"{path}:") and "\n" not in message and " — " in message
        if exc.line is not None:
            assert 1 <= exc.line <= text.count("\n") + 2, message
        if "malformed YAML" in message or "YAML does not allow" in message:
            assert exc.line is not None, message
        return exc
    return None


@settings(SETTINGS, max_examples=200)
@given(doc=valid_docs())
def test_valid_files_are_accepted(tmp_path, ontology, doc):
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    assert read(text, tmp_path, ontology) is None


@SETTINGS
@given(text=mutated_docs())
def test_wrong_types_keys_ids_and_nesting_are_one_line(tmp_path, ontology, text):
    read(text, tmp_path, ontology)


@SETTINGS
@given(text=broken_texts())
def test_yaml_syntax_errors_are_one_line_with_the_line(tmp_path, ontology, text):
    read(text, tmp_path, ontology)


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_at_all(tmp_path, ontology, text):
    read(text, tmp_path, ontology)


def test_deep_nesting_and_aliases_are_refused_with_their_line(tmp_path, ontology):
    deep = "article: " + ARTICLE + "\nentities:\n" + "  - " + "[" * 5000 + "]" * 5000 + "\n"
    assert "nest more than 64 levels" in read(deep, tmp_path, ontology).render()
    bomb = "article: " + ARTICLE + "\nentities: []\nfacts:\n  - &a [x, x]\n" + "".join(
        f"  - &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20))
    err = read(bomb, tmp_path, ontology)
    assert "an alias (*a) refers to another node" in err.render() and err.line == 5


def test_a_date_that_cannot_be_is_refused_with_its_line(tmp_path, ontology):
    text = "article: " + ARTICLE + "\nentities: []\nreviewed: 2024-02-30\n"
    err = read(text, tmp_path, ontology)
    assert err is not None and err.line == 3 and "2024-02-30 is not a real date (day is out of range" in err.render()


def test_nesting_libyaml_composes_is_refused_like_nesting_pyyaml_composes(tmp_path, ontology):
    """100 brackets deep: few enough for libyaml's composer, so its loader reads the file and its constructor
    stops at 65 levels; the message and line are those of PyYAML's own loader."""
    deep = "article: " + ARTICLE + "\nentities:\n" + "  - " + "[" * 100 + "]" * 100 + "\n"
    assert yamlio._plain_enough(deep)
    err = read(deep, tmp_path, ontology)
    assert "nest more than 64 levels" in err.render() and err.line == 3


def test_libyaml_reads_the_annotation_files_as_pyyaml_does_values_and_lines():
    files = sorted((ROOT / "graph" / "annotations").glob("*.yaml")) + sorted((ROOT / "devset").rglob("*.yaml"))
    assert len(files) > 60

    def same(a: Any, b: Any, where: str) -> None:
        assert type(a) is type(b) and getattr(a, "line", None) == getattr(b, "line", None), where
        if isinstance(a, dict):
            assert list(a) == list(b), where
            for key in a:
                same(a[key], b[key], f"{where}/{key}")
        elif isinstance(a, list):
            assert len(a) == len(b), where
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                same(x, y, f"{where}[{i}]")
        else:
            assert a == b, where

    for path in files:
        text = path.read_text(encoding="utf-8")
        if not yamlio._plain_enough(text):   # an & (in a URL): PyYAML's own loader reads it
            assert "&" in text and "annotations" not in path.parts, path
            continue
        same(yaml.load(text, Loader=yamlio._CLineLoader), yaml.load(text, Loader=yamlio._Loader), path.name)
    text = (ROOT / "graph" / "annotations" / "shandalu-subdistrict-2023.yaml").read_text(encoding="utf-8")
    first = yaml.load(text, Loader=yamlio._CLineLoader)["entities"][0]
    assert first.line == 1 + next(n for n, line in enumerate(text.splitlines()) if f"id: {first['id']}" in line)


def calls(text: str, folder: Path, ontology) -> int:
    """How many Python function calls reading ``text`` takes: a measure of work that does not depend on speed."""
    count = 0

    def profile(_frame, event, _arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        read(text, folder, ontology)
    finally:
        sys.setprofile(None)
    return count


def document(entities: int, *, error: str = "") -> str:
    lines = [f"article: {ARTICLE}", "entities:"]
    for i in range(entities):
        lines += [f"  - id: e{i}", "    class: Person", f"    zh: 人{i}", f"    en: Person {i}", "    mention: 记者"]
    lines += ["facts:"] + [f"  - {{s: e{i}, p: partOf, o: e{i + 1}, quote: 记者}}" for i in range(entities - 1)]
    return "\n".join(lines) + "\n" + error


@pytest.mark.parametrize("error", ["", "mentions:\n  - {id: nobody, quote: 记者}\n", "observations: 'unclosed\n",
                                   "status: [draft\n", "entities: []\n"])
def test_reading_takes_linear_work(tmp_path, ontology, error):
    """Twice the entities and facts take at most about twice the work (a quadratic step would take four times)."""
    small, large = (calls(document(n, error=error), tmp_path, ontology) for n in (40, 80))
    assert small > 10_000
    assert large <= 2.2 * small, (small, large)
