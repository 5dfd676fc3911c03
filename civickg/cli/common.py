"""What every command module shares: consoles, the project, output files, a status spinner."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from rich.console import Console

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
def open_output(path: str | None) -> Iterator[TextIO]:
    """A UTF-8 text stream: the file at ``path`` (written atomically), or stdout."""
    if path is None:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        yield sys.stdout
        sys.stdout.flush()
        return
    import io

    from civickg.output import write_atomic

    buffer = io.StringIO()
    yield buffer
    write_atomic(Path(path), buffer.getvalue().encode("utf-8"))
