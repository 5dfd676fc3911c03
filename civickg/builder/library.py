"""The library entry points a notebook, a test or the CLI calls."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from civickg.builder import dataset as _build
from civickg.builder.output import write_build
from civickg.namespaces import bind_prefixes
from civickg.project import DATA_STEM, Project


def build(root: Project | Path | str | None = None, *, convert: bool = False) -> _build.Built:
    """Build the dataset in memory from the project's sources and annotations."""
    return _build.build(Project.of(root), convert=convert)


def write(built: _build.Built, root: Project | Path | str | None = None) -> list[Path]:
    """Write a build's outputs into the project's build/ folder; it switches to the new build as a whole."""
    return write_build(built, Project.of(root).build)


def load_dataset(root: Project | Path | str | None = None) -> Dataset:
    """The dataset last built (one named graph per article), read from build/civickg.trig."""
    ds = Dataset(default_union=True)
    ds.parse(Project.of(root).built_file("trig"), format="trig")
    return bind_prefixes(ds)


def load_graph(root: Project | Path | str | None = None) -> Graph:
    """The union of all article graphs last built, read from build/civickg.nt."""
    graph = bind_prefixes(Graph())
    graph.parse(Project.of(root).built_file("nt"), format="nt")
    return graph


def current_graph(root: Project | Path | str | None = None) -> Graph:
    """The union graph of the last build when it is newer than every input, else a fresh build in memory."""
    project = Project.of(root)
    built = project.build / f"{DATA_STEM}.nt"
    inputs = [project.ontology, project.shapes, *project.sources.glob("*"), *project.annotations.glob("*")]
    if built.exists() and all(p.stat().st_mtime <= built.stat().st_mtime for p in inputs if p.is_file()):
        return load_graph(project)
    return build(project).union()
