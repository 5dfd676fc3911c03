"""What every command module shares: consoles, the project, output files, a status spinner."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from civickg.project import Project

console = Console(highlight=False, stderr=False)
stderr = Console(highlight=False, stderr=True)


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
