"""Run ``civickg review`` on a project in a subprocess, as a reviewer would, for the API and browser tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.query_support import free_port

REVIEWER = "Li Hua"


@contextmanager
def reviewing(root: Path, *options: str, startup: float = 90.0) -> Iterator[str]:
    """Start ``civickg review`` on a free port; yield its base URL; stop it afterwards."""
    port = free_port()
    log = root / f"review-{port}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "civickg", "--root", str(root), "review", "--port", str(port),
                                    *options], stdout=out, stderr=subprocess.STDOUT,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the review server exited ({process.returncode}):\n{log.read_text()}")
            try:
                if httpx.get(f"{base}/static/review/review.js", timeout=2).status_code in (200, 401):  # 401: a token
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the review server did not start within {startup:.0f}s:\n{log.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
