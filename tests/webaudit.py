"""Lighthouse 12 on an explorer page served from 127.0.0.1, for the audit tests and the explorer benchmark.

Lighthouse and axe-core come from npm: ``scripts/install-web-audit.sh`` puts them in ``.web-audit/`` once,
and nothing is fetched while they run. Pages are served by a plain HTTP server that gzips what it sends
when the browser accepts it, as any web host would.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.browser import CHROMIUM

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / ".web-audit" / "node_modules"
#: The metrics Lighthouse's performance score weighs, as its report names them.
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index",
           "cumulative-layout-shift")


def install_tools() -> Path:
    """The npm-installed Lighthouse and axe-core (installed by the project's script when missing)."""
    if not (AUDIT / "lighthouse").is_dir() or not (AUDIT / "axe-core").is_dir():
        subprocess.run(["bash", str(ROOT / "scripts" / "install-web-audit.sh")], check=True)
    return AUDIT


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder quietly, gzip-compressed when the browser accepts it."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """``http://127.0.0.1:PORT/`` serving ``folder`` until the block ends."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def run_lighthouse(tools: Path, url: str, out: Path, categories: str) -> dict:
    """Lighthouse's JSON report on the page with its default (mobile) settings."""
    env = dict(os.environ, CHROME_PATH=str(CHROMIUM))
    subprocess.run([shutil.which("node") or "node", str(tools / "lighthouse" / "cli" / "index.js"), url,
                    "--quiet", "--output=json", f"--output-path={out}", f"--only-categories={categories}",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                   check=True, env=env, timeout=600)
    return json.loads(out.read_text(encoding="utf-8"))


def performance(report: dict) -> dict[str, float]:
    """The performance score (0–100), its metrics (ms; layout shift unitless) and the host's benchmark index."""
    audits = report["audits"]
    return {"score": round(report["categories"]["performance"]["score"] * 100),
            **{k: audits[k]["numericValue"] for k in METRICS},
            "benchmarkIndex": report["environment"]["benchmarkIndex"]}
