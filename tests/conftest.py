"""Shared fixtures: a copy of the project in a temporary folder, built once per session."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from civickg.builder import library
from civickg.builder.dataset import Built
from civickg.project import Project

#: The real SPARQL servers (Oxigraph server, Virtuoso), started when a test first asks for one.
pytest_plugins = ["tests.servers"]

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ("ontology", "graph")


def copy_project(target: Path) -> Project:
    """Copy the project's inputs (ontology/, graph/) into ``target``; return it as a Project."""
    for name in INPUTS:
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return Project(target)


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A copy of the project, built (outputs in its build/)."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    library.write(library.build(project), project)
    return project


@pytest.fixture(scope="session")
def built(built_project: Project) -> Built:
    """The in-memory build of the real project."""
    return library.build(built_project)


@pytest.fixture(scope="session")
def graph(built_project: Project):
    """The union graph read back from the build output."""
    return library.load_graph(built_project)


@pytest.fixture
def project_copy(tmp_path: Path) -> Project:
    """A fresh, unbuilt copy of the project a test may change."""
    return copy_project(tmp_path)


def ontology_version(root: Path = ROOT) -> str:
    """The current owl:versionInfo of the ontology (tests derive versions from it, never pin one)."""
    text = (root / "ontology" / "civic.ttl").read_text(encoding="utf-8")
    return re.search(r'owl:versionInfo "([0-9.]+)"', text).group(1)


def next_minor(version: str) -> str:
    """The version after ``version`` when terms are added: 0.3.0 -> 0.4.0."""
    major, minor, _ = (int(part) for part in version.split("."))
    return f"{major}.{minor + 1}.0"


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace ``old`` by ``new`` in a file, insisting that ``old`` is there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
