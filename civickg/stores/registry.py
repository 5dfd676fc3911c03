"""The engines a store can run on, chosen by name, and the one function that opens a store.

Each engine's module is imported when it is first used, so a query on Oxigraph loads neither rdflib's SPARQL
engine nor the HTTP client.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import ClassVar

from civickg.errors import QueryError
from civickg.project import Project
from civickg.stores.base import Store, StoreSources, is_endpoint_url

#: The engine every command and ``open_store()`` use unless told otherwise.
DEFAULT_ENGINE = "oxigraph"
#: Where the default Oxigraph store is kept, inside the project's build/ folder (see ``stores.oxigraph``).
MANAGED_FOLDER = "oxigraph"


def managed_store_folder(root: Project | Path | str | None = None) -> Path:
    """The folder under build/ that holds the project's default Oxigraph store (remove it to force a reload)."""
    return Project.of(root).build / MANAGED_FOLDER


_WHERE = {"memory": "civickg.stores.memory:MemoryStore", "oxigraph": "civickg.stores.oxigraph:OxigraphStore"}


class _Engines(Mapping[str, type[Store]]):
    """Engine name -> Store class, importing the engine's module on first use."""

    _where: ClassVar[dict[str, str]] = _WHERE

    def __getitem__(self, name: str) -> type[Store]:
        module, _, cls = self._where[name].partition(":")
        return getattr(importlib.import_module(module), cls)

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


#: The engines a store can run on, by the name the CLI and the server take.
ENGINES: Mapping[str, type[Store]] = _Engines()


def open_store(engine: str = DEFAULT_ENGINE, root: Project | Path | str | None = None, *,
               location: Path | str | None = None, read_only: bool = False,
               include: Sequence[Path | str] = ()) -> Store:
    """A store on ``engine`` holding the project's last build and its ontology; ``engine`` may also be the URL
    of a SPARQL 1.1 endpoint the build was pushed to (``civickg push``), which is then queried remotely.

    ``location`` is where the engine keeps its data: a folder for an on-disk Oxigraph store, loaded once and
    reloaded when the build changes. Without one, Oxigraph keeps its store in build/oxigraph/, loaded by the
    first command after a build and then opened read-only by every command, any number at once;
    ``read_only`` opens a store at ``location`` for reading only, as the server's worker processes do;
    ``include`` names Turtle files to load beside the build (build/analysis.ttl is loaded when present).
    """
    if is_endpoint_url(engine):
        from civickg.stores.remote import open_remote

        return open_remote(engine)
    if engine not in ENGINES:
        raise QueryError(f"unknown store engine {engine!r}", hint=f"choose one of {', '.join(ENGINES)}")
    kind = ENGINES[engine]
    project = Project.of(root)
    sources = StoreSources.of(project, include)
    if location is None and engine == "oxigraph":
        from civickg.stores.oxigraph import OxigraphStore

        return OxigraphStore.open_managed(sources, managed_store_folder(project))
    path = Path(location) if location is not None else None
    return kind.open(sources, path=path, read_only=read_only)
