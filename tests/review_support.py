"""Run ``civickg review`` on a project in a subprocess, as a reviewer would, for the API and browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.query_support import running

REVIEWER = "Li Hua"


@contextmanager
def reviewing(root: Path, *options: str, startup: float = 90.0) -> Iterator[str]:
    """Start ``civickg review`` on a free port; yield its base URL; stop it afterwards."""
    probe = "/static/review/review.js"  # answered 401 when the server asks for a token
    with running(root, ["review", *options], probe, ready=(200, 401), startup=startup) as (base, _):
        yield base
