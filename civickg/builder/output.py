"""Write a build's files to build/ so that the whole build switches at once.

Layout of build/ (the stable paths users and the other commands read stay where they were)::

    build/gen-7/                 one complete build: civickg.ttl, .nt, .nq, .trig, .jsonld, text/, ...
    build/current -> gen-7       the build in force
    build/civickg.ttl -> current/civickg.ttl   (one such link per output name, text/ included)

Every file is rendered in memory first; then the new build is written into ``build/gen-N.partial/``,
renamed to ``gen-N`` when complete, and switched in by renaming a fresh symbolic link over
``build/current``: one rename(2). A reader or a kill therefore sees the old build or the new one, never
a mix. The generation replaced is kept until the next build starts, so a reader that resolved it can
finish; that start also removes what a killed build left (``*.partial``, temporary links). Files other
commands write into build/ (explorer.html, civickg.graphml, ontology/, an Oxigraph store) are not touched.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from civickg.builder.assemble import assemble
from civickg.builder.dataset import CORPUS_GRAPH, Built, render_piece
from civickg.builder.export import (
    jsonld_context,
    to_jsonld,
    to_nquads,
    to_ntriples,
    to_trig,
    to_turtle,
)
from civickg.errors import CivicError
from civickg.project import DATA_STEM

CURRENT = "current"
LOCK = ".build.lock"
GENERATION = re.compile(r"^gen-(\d+)(\.partial)?$")
#: Tests stop the writer at a named point (``after:civickg.jsonld``, ``before:switch``) to kill or inspect it.
PAUSE_AT, PAUSE_DIR = "CIVICKG_TEST_PAUSE_AT", "CIVICKG_TEST_PAUSE_DIR"


def render_outputs(built: Built) -> dict[str, bytes]:
    """Every output file of a build, by path relative to build/, as bytes."""
    files: dict[str, str] = {
        **_graph_files(built),
        "context.jsonld": json.dumps(jsonld_context(), ensure_ascii=False, indent=1) + "\n",
        "ontology.ttl": built.ontology.path.read_text(encoding="utf-8"),
    }
    for article in built.corpus.articles:
        files[f"text/{article.id}.txt"] = article.text
    repairs = {name: [r.as_dict() for r in reps] for name, reps in sorted(built.corpus.repairs.items())}
    files["text/repairs.json"] = json.dumps(repairs, ensure_ascii=False, indent=1) + "\n"
    return {name: text.encode("utf-8") for name, text in files.items()}


def _graph_files(built: Built) -> dict[str, str]:
    """Turtle, N-Triples, N-Quads, TriG and JSON-LD: assembled from each article's rendered graph when the
    build has them all (cached or fresh), else rendered from the whole graph; both ways give the same bytes."""
    pieces = list(built.pieces.values())
    graphs = {str(ctx.identifier) for ctx in built.fresh.graphs() if len(ctx)}
    if pieces and not graphs - {p.graph for p in pieces} - {str(CORPUS_GRAPH)}:
        assembled = assemble([*pieces, render_piece(built.fresh, CORPUS_GRAPH, 0)])
        if assembled is not None:
            return assembled
    union = built.union()
    return {f"{DATA_STEM}.ttl": to_turtle(union), f"{DATA_STEM}.nt": to_ntriples(union),
            f"{DATA_STEM}.nq": to_nquads(built.dataset), f"{DATA_STEM}.trig": to_trig(built.dataset),
            f"{DATA_STEM}.jsonld": to_jsonld(union)}


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place (one file)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        problem = "a part of its path is not a folder" if isinstance(exc, (FileExistsError, NotADirectoryError)) \
            else exc.strerror or str(exc)
        raise CivicError(f"cannot write the file: {problem}", file=path,
                         hint="write into a folder that you may write to") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_build(built: Built, folder: Path) -> list[Path]:
    """Render every output, then switch ``folder`` to the new build; nothing changes if rendering fails."""
    return write_files(render_outputs(built), folder)


def write_files(files: dict[str, bytes], folder: Path) -> list[Path]:
    """Write ``files`` as a new generation in ``folder`` and switch to it; return the stable paths."""
    names = sorted({name.split("/")[0] for name in files})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with _locked(folder):
            _clean_leftovers(folder, names)
            _adopt_legacy(folder, names)
            generation = _write_generation(folder, files)
            _link_names(folder, names)
            _pause("before:switch")
            previous = _switch(folder, generation)
            _pause("after:switch")
            _unlink_stale_names(folder, names)
            _drop_generations(folder, keep={generation, previous})
    except OSError as exc:
        where = exc.filename or folder
        raise CivicError(f"cannot write the build: {exc.strerror or exc}", file=where,
                         hint=f"make {folder} a writable folder (check its permissions and free space), "
                              "then run `civickg build` again") from None
    return [folder / name for name in sorted(files)]


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold build/.build.lock while writing, so two builds never interleave (released when the process dies)."""
    with open(folder / LOCK, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CivicError("another `civickg build` is writing this folder", file=folder,
                             hint="wait for it to finish, then build again") from None
        yield


def _pause(point: str) -> None:
    """If $CIVICKG_TEST_PAUSE_AT is ``point``: write ``paused`` in $CIVICKG_TEST_PAUSE_DIR, wait for ``resume``."""
    if os.environ.get(PAUSE_AT) != point:
        return
    meeting = Path(os.environ.get(PAUSE_DIR, "."))
    (meeting / "paused.partial").write_text(point, encoding="utf-8")
    os.replace(meeting / "paused.partial", meeting / "paused")  # whoever sees ``paused`` sees its whole text
    while not (meeting / "resume").exists():
        time.sleep(0.02)


def _generations(folder: Path) -> dict[str, int]:
    """Every generation folder (complete or partial) by name, with its number."""
    found = {}
    for entry in folder.iterdir():
        match = GENERATION.match(entry.name)
        if match and entry.is_dir() and not entry.is_symlink():
            found[entry.name] = int(match.group(1))
    return found


def _current(folder: Path) -> str | None:
    """The generation build/current points to, if any."""
    link = folder / CURRENT
    return os.readlink(link) if link.is_symlink() else None


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _clean_leftovers(folder: Path, names: list[str]) -> None:
    """Remove what a killed build left: partial generations, temporary links, older generations."""
    current = _current(folder)
    for name in _generations(folder):
        if name != current:
            _remove(folder / name)
    for pattern in (f".{CURRENT}.*.tmp", *(f".{name}.*.tmp" for name in names)):
        for path in folder.glob(pattern):
            _remove(path)
    text = folder / "text"
    if text.is_dir() and not text.is_symlink():  # a build written before generations existed
        for path in text.glob(".*.tmp"):
            path.unlink(missing_ok=True)


def _adopt_legacy(folder: Path, names: list[str]) -> None:
    """Turn outputs written as plain files (before generations) into generation 0, with no visible change."""
    legacy = [name for name in names if (folder / name).exists() and not (folder / name).is_symlink()]
    if _current(folder) is not None or not legacy:
        return
    partial = folder / "gen-0.partial"
    partial.mkdir()
    for name in legacy:
        source = folder / name
        if source.is_dir():
            shutil.copytree(source, partial / name, copy_function=_link_or_copy)
        else:
            _link_or_copy(source, partial / name)
    os.rename(partial, folder / "gen-0")
    _switch(folder, "gen-0")
    _link_names(folder, legacy)


def _link_or_copy(source: Path | str, target: Path | str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _write_generation(folder: Path, files: dict[str, bytes]) -> str:
    """Write every file into ``gen-N.partial``, then rename it ``gen-N``; return that name."""
    number = 1 + max(_generations(folder).values(), default=0)
    partial = folder / f"gen-{number}.partial"
    partial.mkdir()
    for name, data in sorted(files.items()):
        path = partial / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(path, 0o644)
        _pause(f"after:{name}")
    os.rename(partial, folder / f"gen-{number}")
    return f"gen-{number}"


def _replace_with_link(folder: Path, name: str, target: str) -> None:
    """Make ``folder/name`` a symbolic link to ``target`` by renaming a fresh link over it."""
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    path = folder / name
    if path.is_dir() and not path.is_symlink():  # rename cannot replace a folder: move the old one aside
        aside = folder / f".{name}.{os.getpid()}.old.tmp"
        os.rename(path, aside)
        os.replace(tmp, path)
        shutil.rmtree(aside)
        return
    os.replace(tmp, path)


def _switch(folder: Path, generation: str) -> str | None:
    """Point build/current at ``generation`` with one rename; return the generation it pointed to."""
    previous = _current(folder)
    tmp = folder / f".{CURRENT}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(generation, tmp)
    os.replace(tmp, folder / CURRENT)
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return previous


def _link_names(folder: Path, names: list[str]) -> None:
    """Make each stable name (build/civickg.ttl, build/text, ...) a link into build/current."""
    for name in names:
        target = f"{CURRENT}/{name}"
        path = folder / name
        if not (path.is_symlink() and os.readlink(path) == target):
            _replace_with_link(folder, name, target)


def _unlink_stale_names(folder: Path, names: list[str]) -> None:
    """Remove links into build/current for outputs the new build no longer has."""
    for path in folder.iterdir():
        if path.is_symlink() and path.name not in names and os.readlink(path).startswith(f"{CURRENT}/"):
            path.unlink()


def _drop_generations(folder: Path, keep: set[str | None]) -> None:
    for name in _generations(folder):
        if name not in keep:
            _remove(folder / name)
