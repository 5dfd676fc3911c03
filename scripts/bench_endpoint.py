"""Load-test `civickg serve` on loopback: many clients asking a competency question, then the same with one
more client sending a runaway query, for each store engine.

    .venv/bin/python scripts/bench_endpoint.py [--clients 50] [--seconds 30] [--question awards] [--root DIR]

Starts the endpoint on 127.0.0.1 (a free port) per engine, runs each phase for a bounded time with a bounded
number of clients (wrk, the HTTP load generator from Debian, so that the clients cost the machine little; the
runaway client is httpx), and prints a Markdown table: requests/s, p50/p95/p99 latency and errors
of the question's clients, the server process's CPU time per answer (which depends little on other load on the
machine), and ratios to the measurement in the "Hardening" issue. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import httpx

from civickg.project import Project
from civickg.sparql import library as querylib

HOST = "127.0.0.1"
#: Never ends: the product of the store with itself, three times over; the endpoint stops it at its time limit.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
#: The issue's measurement before the endpoint was hardened (requests/s, p99 in seconds), 50 clients.
#: The Lua script that makes wrk print its figures as JSON.
SUMMARY = Path(__file__).resolve().with_name("wrk-summary.lua")
BEFORE = {"memory": (10.0, 9.4), "oxigraph": (118.0, 1.9)}


@dataclass
class Phase:
    """What the question's clients saw during one phase."""

    seconds: float
    answers: int = 0
    quantiles: dict[int, float] = field(default_factory=dict)  # percentile -> latency in seconds
    errors: int = 0
    runaway: int = 0  # answers the runaway client got (503 at the time limit)
    cpu: float = 0.0  # CPU seconds the server process used (its workers not counted)

    def percentile(self, p: int) -> float:
        return self.quantiles.get(p, float("nan"))

    @property
    def rate(self) -> float:
        return self.answers / self.seconds


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@contextmanager
def endpoint(root: Path, engine: str, extra: list[str]):
    """``civickg serve`` with ``engine`` on a free loopback port; yields its /sparql URL."""
    port = free_port()
    command = [sys.executable, "-m", "civickg", "--root", str(root), "serve", "--host", HOST, "--port", str(port),
               "--store", engine, *extra]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/queries", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            raise SystemExit(f"the {engine} endpoint did not start")
        yield f"{base}/sparql", process.pid
    finally:
        process.terminate()
        process.wait(30)


def wrk_command(url: str, query: str, clients: int, seconds: float, timeout: float) -> list[str]:
    """wrk with ``clients`` keep-alive connections on one thread, asking ``query`` by GET for ``seconds``."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed: run scripts/install-system-deps.sh (Debian package wrk)")
    return [wrk, "--threads", "1", "--connections", str(clients), "--duration", f"{max(1, round(seconds))}s",
            "--timeout", f"{timeout + 30:g}s", "--script", str(SUMMARY), f"{url}?{urlencode({'query': query})}"]


def read_summary(output: str, seconds: float) -> Phase:
    """The Phase from the JSON line scripts/wrk-summary.lua prints at the end of wrk's report."""
    line = next((line for line in reversed(output.splitlines()) if line.startswith("{")), None)
    if line is None:
        raise SystemExit(f"wrk printed no summary:\n{output}")
    got = json.loads(line)
    errors = sum(got[kind] for kind in ("connect", "read", "write", "status", "timeout"))
    return Phase(got["duration_us"] / 1e6 or seconds, answers=got["requests"] - got["status"] - got["timeout"],
                 quantiles={p: got[f"p{p}_us"] / 1e6 for p in (50, 95, 99)}, errors=errors)


def ask_runaway(url: str, until: float, timeout: float, stopped: list[int]) -> None:
    """Send the runaway query again and again until ``until``, counting the answers (each a stop at the limit)."""
    with httpx.Client(timeout=timeout + 30) as http:
        while time.monotonic() < until:
            with suppress(httpx.HTTPError):
                http.get(url, params={"query": RUNAWAY})
            stopped[0] += 1


async def load(url: str, query: str, clients: int, seconds: float, runaway: bool, timeout: float) -> Phase:
    """One phase: wrk's ``clients`` connections asking ``query``, and with ``runaway`` one more client beside them."""
    process = await asyncio.create_subprocess_exec(*wrk_command(url, query, clients, seconds, timeout),
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    stopped = [0]
    beside = (asyncio.to_thread(ask_runaway, url, time.monotonic() + seconds, timeout, stopped) if runaway
              else asyncio.sleep(0))
    output, _ = (await asyncio.gather(process.communicate(), beside))[0]
    if process.returncode != 0:
        raise SystemExit(f"wrk failed:\n{output.decode(errors='replace')}")
    phase = read_summary(output.decode(errors="replace"), seconds)
    phase.runaway = stopped[0]
    return phase


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process ``pid`` (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured(pid: int, url: str, query: str, args: argparse.Namespace, runaway: bool) -> Phase:
    before = cpu_seconds(pid)
    phase = asyncio.run(load(url, query, args.clients, args.seconds, runaway, args.timeout))
    phase.cpu = cpu_seconds(pid) - before
    return phase


def row(engine: str, name: str, phase: Phase, steady: Phase | None) -> str:
    rate_before, p99_before = BEFORE[engine]
    p99 = phase.percentile(99)
    versus = f"{phase.percentile(99) / steady.percentile(99):.1f}×" if steady else "—"
    return (f"| {engine} | {name} | {phase.answers:,} | {phase.rate:,.0f} | {phase.percentile(50) * 1000:,.0f} "
            f"| {phase.percentile(95) * 1000:,.0f} | {p99 * 1000:,.0f} | {phase.errors} | "
            f"{phase.cpu * 1000 / max(1, phase.answers + phase.runaway):,.1f} | "
            f"{phase.rate / rate_before:,.1f}× | {p99_before / p99:,.1f}× | {versus} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients asking the question (50)")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each phase (30)")
    parser.add_argument("--question", default="awards", help="the competency question asked (awards)")
    parser.add_argument("--engines", nargs="+", default=["memory", "oxigraph"], choices=["memory", "oxigraph"])
    parser.add_argument("--timeout", type=float, default=10.0, help="the endpoint's time limit (10)")
    parser.add_argument("--cache-size", type=int, default=256, help="the endpoint's answer cache (256; 0: none)")
    parser.add_argument("--root", help="project folder (default: this checkout; it must be built)")
    args = parser.parse_args()
    if not (1 <= args.clients <= 200 and 0 < args.seconds <= 600):
        raise SystemExit("choose 1–200 clients and at most 600 seconds a phase")
    project = Project.find(args.root)
    query = querylib.load(project)[args.question].sparql()
    extra = ["--timeout", f"{args.timeout:g}", "--cache-size", str(args.cache_size)]
    lines = ["| engine | phase | answers | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/answer "
             "| req/s now/before | p99 before/now | p99 vs steady |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for engine in args.engines:
        with endpoint(project.root, engine, extra) as (url, pid):
            httpx.get(url, params={"query": query}, timeout=args.timeout + 30)  # warm up
            steady = measured(pid, url, query, args, False)
            runaway = measured(pid, url, query, args, True)
        lines.append(row(engine, f"{args.clients} clients", steady, None))
        lines.append(row(engine, f"+ 1 runaway ({runaway.runaway} stopped)", runaway, steady))
        print(lines[-2], lines[-1], sep="\n", file=sys.stderr)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
