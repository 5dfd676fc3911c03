"""The library entry points a notebook, a test or the CLI calls."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from civickg import builder as _build
from civickg.errors import CivicError
from civickg.namespaces import bind_prefixes
from civickg.output import DATA_STEM, write_build
from civickg.project import Project


def _project(root: Project | Path | str | None) -> Project:
    return root if isinstance(root, Project) else Project.find(root)


def build(root: Project | Path | str | None = None, *, convert: bool = False) -> _build.Built:
    """Build the dataset in memory from the project's sources and annotations."""
    return _build.build(_project(root), convert=convert)


def write(built: _build.Built, root: Project | Path | str | None = None) -> list[Path]:
    """Write a build's outputs into the project's build/ folder (atomically)."""
    return write_build(built, _project(root).build)


def built_file(root: Project | Path | str | None = None, suffix: str = "trig") -> Path:
    """The path of a build output; a clear error when it has not been built yet."""
    path = _project(root).build / f"{DATA_STEM}.{suffix}"
    if not path.exists():
        raise CivicError(f"{path} does not exist", hint="run `civickg build` first")
    return path


def load_dataset(root: Project | Path | str | None = None) -> Dataset:
    """The dataset last built (one named graph per article), read from build/civickg.trig."""
    ds = Dataset(default_union=True)
    ds.parse(built_file(root, "trig"), format="trig")
    return bind_prefixes(ds)


def load_graph(root: Project | Path | str | None = None) -> Graph:
    """The union of all article graphs last built, read from build/civickg.nt."""
    graph = bind_prefixes(Graph())
    graph.parse(built_file(root, "nt"), format="nt")
    return graph
