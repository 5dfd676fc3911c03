"""Every file, folder and module the documentation names exists, so the docs cannot point at old places."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted([ROOT / "README.md", *ROOT.glob("docs/*.md"), *ROOT.glob("graph/*/README.md"),
               ROOT / "ontology" / "README.md", *ROOT.glob("ontology/*/README.md")])
TOP = ("civickg/", "scripts/", "tests/", "graph/", "ontology/", "docs/", "notebooks/")
PATH = re.compile(r"(?<![\w./-])((?:{})[\w./-]*)".format("|".join(re.escape(t) for t in TOP)))
MODULE = re.compile(r"(?<![\w/.-])(civickg(?:\.[a-z_]+)+)\b")
NOT_MODULES = {"civickg.org", "civickg.ttl", "civickg.nt", "civickg.nq", "civickg.trig", "civickg.jsonld",
               "civickg.graphml"}


def named_paths(text: str) -> set[str]:
    found = set()
    for match in PATH.finditer(text):
        path = match.group(1).rstrip(".")
        if any(ch in path for ch in "<*{"):
            continue
        found.add(path)
    return found


def named_modules(text: str) -> set[str]:
    return {m for m in MODULE.findall(text) if m not in NOT_MODULES and not m.startswith("civickg.org")}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_path_a_document_names_exists(doc):
    text = doc.read_text(encoding="utf-8")
    missing = [p for p in sorted(named_paths(text)) if not (ROOT / p).exists() and not list(ROOT.glob(p + "*"))]
    assert not missing, f"{doc.relative_to(ROOT)} names paths that do not exist: {missing}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_a_document_names_imports(doc):
    problems = []
    for name in sorted(named_modules(doc.read_text(encoding="utf-8"))):
        parts = name.split(".")
        for cut in range(len(parts), 0, -1):
            try:
                obj = importlib.import_module(".".join(parts[:cut]))
            except ModuleNotFoundError:
                continue
            try:
                for attr in parts[cut:]:
                    obj = getattr(obj, attr)
            except AttributeError:
                problems.append(name)
            break
        else:
            problems.append(name)
    assert not problems, f"{doc.relative_to(ROOT)} names modules or functions that do not exist: {problems}"


def test_the_readme_module_table_matches_the_tree():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| step | package | what it does |"):text.index("### Counting")]
    named = set(re.findall(r"`(civickg/[\w/.]+)`", table))
    packages = {f"civickg/{p.name}/" for p in (ROOT / "civickg").iterdir()
                if p.is_dir() and (p / "__init__.py").exists()}
    modules = {f"civickg/{p.name}" for p in (ROOT / "civickg").glob("*.py") if p.name not in ("__init__.py",
                                                                                                "__main__.py")}
    assert named == packages | modules


def test_each_subpackage_says_what_it_owns_and_may_import():
    for init in sorted((ROOT / "civickg").glob("*/__init__.py")):
        doc = importlib.import_module(f"civickg.{init.parent.name}").__doc__ or ""
        assert "Owns" in doc or "owns" in doc, init
        assert "import" in doc, init


def test_only_the_ground_floor_sits_at_the_top_of_the_package():
    top = {p.name for p in (ROOT / "civickg").glob("*.py")}
    assert top == {"__init__.py", "__main__.py", "project.py", "errors.py", "prefixes.py", "namespaces.py",
                   "evidence.py"}
