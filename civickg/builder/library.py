"""The library entry points a notebook, a test or the CLI calls."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from rdflib import Dataset, Graph

from civickg.builder import dataset as _build
from civickg.builder.output import write_build
from civickg.errors import CivicError
from civickg.namespaces import bind_prefixes
from civickg.project import DATA_STEM, Project


def build(root: Project | Path | str | None = None, *, convert: bool = False, cache: bool = True,
          progress: Callable[[int, int], None] | None = None) -> _build.Built:
    """Build the dataset in memory from the project's sources and annotations; an article whose inputs have
    not changed since a build with ``cache`` is read from build/cache/ (the outputs are the same bytes)."""
    return _build.build(Project.of(root), convert=convert, cache=cache, progress=progress)


def write(built: _build.Built, root: Project | Path | str | None = None) -> list[Path]:
    """Write a build's outputs into the project's build/ folder; it switches to the new build as a whole."""
    return write_build(built, Project.of(root).build)


def load_dataset(root: Project | Path | str | None = None) -> Dataset:
    """The dataset last built (one named graph per article), read from build/civickg.trig."""
    ds = Dataset(default_union=True)
    path = Project.of(root).built_file("trig")
    with _readable(path):
        ds.parse(path, format="trig")
    return bind_prefixes(ds)


def load_graph(root: Project | Path | str | None = None) -> Graph:
    """The union of all article graphs last built, read from build/civickg.nt."""
    graph = bind_prefixes(Graph())
    path = Project.of(root).built_file("nt")
    with _readable(path):
        graph.parse(path, format="nt")
    return graph


@contextlib.contextmanager
def _readable(path: Path) -> Iterator[None]:
    """Turn a build file that cannot be read or parsed into one line that says to build again."""
    try:
        yield
    except OSError as exc:
        raise CivicError(f"cannot read the build: {exc.strerror or exc}", file=path,
                         hint="make build/ readable, or run `civickg build` again") from None
    except Exception as exc:  # rdflib raises several parser exception types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CivicError(f"the build is damaged: {first}", file=path, hint="run `civickg build` again") from None


def current_graph(root: Project | Path | str | None = None) -> Graph:
    """The union graph of the last build when it is newer than every input, else a fresh build in memory."""
    project = Project.of(root)
    built = project.build / f"{DATA_STEM}.nt"
    inputs = [project.ontology, project.shapes, *project.sources.glob("*"), *project.annotations.glob("*")]
    if built.exists() and all(p.stat().st_mtime <= built.stat().st_mtime for p in inputs if p.is_file()):
        return load_graph(project)
    return build(project).union()
