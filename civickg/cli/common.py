"""What every command module shares: consoles, the project, output files, a status spinner."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.markup import escape

from civickg.project import Project

if TYPE_CHECKING:
    from rdflib import Graph

#: The width of a console writing to a pipe or a file: lines and tables are never cut or folded there.
UNBOUNDED = 100_000


class _Console(Console):
    """A console that leaves a closed pipe to ``cli.main`` (which ends quietly with 0), not rich's exit 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def make_console(*, stderr: bool = False, file: TextIO | None = None) -> Console:
    """A console that prints text as given (no emoji codes, no highlighting) and folds only on a terminal."""
    out = _Console(highlight=False, emoji=False, stderr=stderr, file=file)
    if not out.is_terminal:
        out.width = UNBOUNDED
    return out


console = make_console()
stderr = make_console(stderr=True)


def literal(value: object) -> str:
    """``value`` as text for a console message with markup: user text (quotes, paths) is never read as markup."""
    return escape(str(value))


def project_of(args: argparse.Namespace) -> Project:
    """The project the command works on (``--root`` or found from the working folder)."""
    return Project.find(getattr(args, "root", None))


@contextlib.contextmanager
def status(message: str) -> Iterator[None]:
    """A spinner on stderr while a long step runs (silent when stderr is not a terminal)."""
    if stderr.is_terminal:
        with stderr.status(message):
            yield
    else:
        yield


@contextlib.contextmanager
def progress_steps(title: str, total: int) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr over ``total`` named steps; yields a function to call per step."""
    if not stderr.is_terminal:
        yield lambda _name: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=stderr, transient=True) as bar:
        task = bar.add_task(title, total=total)
        started = False

        def step(name: str) -> None:
            nonlocal started
            if started:
                bar.advance(task)
            started = True
            bar.update(task, description=f"{title}: {name}")

        yield step
        bar.advance(task)


def store_options(p: argparse.ArgumentParser, *, path: bool = True) -> None:
    """Add --store (an engine or an endpoint URL) and, unless ``path`` is false, --store-path."""
    from civickg.stores import DEFAULT_ENGINE

    p.add_argument("--store", type=engine_or_url, default=DEFAULT_ENGINE, metavar="ENGINE|URL",
                   help="engine: oxigraph (default: pyoxigraph, on disk in build/oxigraph/, loaded once per build) "
                        "or memory (rdflib, the reference engine); or the URL of a SPARQL endpoint the build was "
                        "pushed to with `civickg push`")
    if path:
        p.add_argument("--store-path", metavar="DIR",
                       help="keep the Oxigraph store in DIR instead (loaded once, reloaded when the build changes)")


def engine_or_url(value: str) -> str:
    """An engine name or an http(s) endpoint URL."""
    from civickg.stores import ENGINES, is_endpoint_url

    if value in ENGINES or is_endpoint_url(value):
        return value
    raise argparse.ArgumentTypeError(f"{value!r} is neither an engine ({', '.join(sorted(ENGINES))}) nor an "
                                     "http(s):// endpoint URL")


def build_graph(args: argparse.Namespace, project: Project) -> Graph:
    """The build as one graph, read from the store that ``--store`` and ``--store-path`` name."""
    from civickg.stores import open_store

    with open_store(args.store, project, location=getattr(args, "store_path", None)) as store:
        return store.build_graph()


@contextlib.contextmanager
def progress_stages(title: str) -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar on stderr for work told as (stage, done, total): one bar, its label the current stage."""
    if not stderr.is_terminal:
        yield lambda _stage, _done, _total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=stderr, transient=True) as bar:
        task = bar.add_task(title, total=None)

        def tell(stage: str, done: int, total: int) -> None:
            bar.update(task, description=f"{title}: {stage}", completed=done, total=total)

        yield tell


@contextlib.contextmanager
def progress_count(title: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr for work told as (done, total); yields the function to tell it."""
    if not stderr.is_terminal:
        yield lambda _done, _total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=stderr, transient=True) as bar:
        task = bar.add_task(title, total=None)

        def tell(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield tell


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """A UTF-8 text stream: the file at ``path`` (written atomically), or stdout."""
    if path is None:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        yield sys.stdout
        sys.stdout.flush()
        return
    import io

    from civickg.builder.output import write_atomic

    buffer = io.StringIO()
    yield buffer
    write_atomic(Path(path), buffer.getvalue().encode("utf-8"))
