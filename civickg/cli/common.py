"""What every command module shares: consoles, the project, output files, a status spinner."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from civickg.project import Project

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


@contextlib.contextmanager
def progress_count(title: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr for work told as (done, total); yields the function to tell it."""
    if not stderr.is_terminal:
        yield lambda _done, _total: None
        return
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
