"""Real SPARQL servers for the tests: Oxigraph server (from PyPI) and Virtuoso Open Source (from Debian).

Each is started once per test session on 127.0.0.1, on free ports, with its files in a temporary
folder, and stopped at the end. Readiness is found by polling the SPARQL endpoint, never by sleeping
a fixed time, with generous deadlines for a slow, loaded machine. ``python -m tests.servers`` starts
both and waits, to try things by hand.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

import httpx
import pytest

from tests.query_support import free_port

HERE = Path(__file__).resolve().parent
VIRTUOSO_INI = HERE / "virtuoso.ini"
STARTUP_SECONDS = 300.0  # Virtuoso creates its database on first start: ~15 s idle, much more on a busy machine
STOP_SECONDS = 60.0


ATTEMPTS = 3  # a free port can be taken by another process before the server binds it: then try new ports


class ServerMissing(RuntimeError):
    """The server's program is not installed."""


class ExitedEarly(RuntimeError):
    """The server exited before it was ready (most often: its port was taken meanwhile)."""


@dataclass(frozen=True)
class RunningServer:
    """A server the tests started: where to query it, where its Graph Store is, and who may write to it."""

    name: str
    endpoint: str
    graph_store: str
    log: Path
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    process: subprocess.Popen | None = field(default=None, repr=False, compare=False)

    def stop(self) -> None:
        """Stop the server now (tests of what a client says when its server goes away)."""
        if self.process is not None:
            stop(self.process)

    @property
    def environ(self) -> dict[str, str]:
        """Environment variables carrying this server's credentials (and no netrc)."""
        env = {"NETRC": os.devnull}
        if self.user and self.password:
            env.update(CIVICKG_SPARQL_USER=self.user, CIVICKG_SPARQL_PASSWORD=self.password)
        return env


def oxigraph_program() -> str:
    """The ``oxigraph`` CLI installed with the test extra (next to this Python, or on PATH)."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise ServerMissing("the oxigraph CLI is not installed: pip install -e '.[test]'")
    return found


def virtuoso_program() -> str:
    """Debian's ``virtuoso-t``."""
    found = shutil.which("virtuoso-t")
    if not found:
        raise ServerMissing("virtuoso-t is not installed: run scripts/install-system-deps.sh")
    return found


def _log_tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_until(ready: Callable[[], bool], process: subprocess.Popen, log: Path, what: str,
               deadline: float = STARTUP_SECONDS) -> None:
    """Poll ``ready`` until it says yes; fail at once when the process exits, or after ``deadline`` seconds."""
    end = time.monotonic() + deadline
    pause = 0.1
    while not ready():
        if process.poll() is not None:
            raise ExitedEarly(f"{what} exited ({process.returncode}):\n{_log_tail(log)}")
        if time.monotonic() > end:
            raise RuntimeError(f"{what} was not ready within {deadline:.0f}s:\n{_log_tail(log)}")
        time.sleep(pause)
        pause = min(pause * 1.5, 1.0)


def answers(endpoint: str, server: str) -> Callable[[], bool]:
    """A readiness check: the endpoint answers a SPARQL query with 200, and is the server we started."""
    def check() -> bool:
        try:
            response = httpx.get(endpoint, params={"query": "ASK { ?s ?p ?o }"}, timeout=5,
                                 headers={"Accept": "application/sparql-results+json"})
            return response.status_code == 200 and response.headers.get("server", "").startswith(server)
        except httpx.HTTPError:
            return False
    return check


def distinct_ports(count: int) -> list[int]:
    ports: list[int] = []
    while len(ports) < count:
        port = free_port()
        if port not in ports:
            ports.append(port)
    return ports


def stop(process: subprocess.Popen) -> None:
    """Ask the process to stop (SIGTERM), then kill it if it has not within STOP_SECONDS."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[RunningServer]:
    """``oxigraph serve`` with its store in ``folder``; no authentication."""
    program = oxigraph_program()
    for attempt in range(1, ATTEMPTS + 1):
        here = folder if attempt == 1 else folder / f"attempt-{attempt}"
        here.mkdir(parents=True, exist_ok=True)
        [port] = distinct_ports(1)
        log = here / "oxigraph.log"
        with open(log, "wb") as out:
            process = subprocess.Popen([program, "serve", "--location", str(here / "store"),
                                        "--bind", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until(answers(f"{base}/query", "Oxigraph/"), process, log, "oxigraph serve")
            break
        except ExitedEarly:
            if attempt == ATTEMPTS:
                raise
        except BaseException:
            stop(process)
            raise
    try:
        yield RunningServer("oxigraph", f"{base}/query", f"{base}/store", log, process=process)
    finally:
        stop(process)


def _isql(sql_port: int, statements: str, password: str = "dba") -> None:
    """Run SQL statements through isql-vt (on stdin, so no password but the default ever reaches argv)."""
    program = shutil.which("isql-vt") or shutil.which("isql")
    if not program:
        raise ServerMissing("isql-vt is not installed: run scripts/install-system-deps.sh")
    done = subprocess.run([program, f"127.0.0.1:{sql_port}", "dba", password, "VERBOSE=OFF", "ERRORS=STDOUT"],
                          input=statements, text=True, capture_output=True, timeout=STARTUP_SECONDS, check=False)
    if done.returncode != 0 or "Error" in done.stdout:
        raise RuntimeError(f"isql-vt failed ({done.returncode}): {done.stdout.strip()} {done.stderr.strip()}")


@contextmanager
def virtuoso_server(folder: Path) -> Iterator[RunningServer]:
    """``virtuoso-t +foreground`` with a generated virtuoso.ini in ``folder`` and a fresh dba password."""
    program = virtuoso_program()
    for attempt in range(1, ATTEMPTS + 1):
        here = folder if attempt == 1 else folder / f"attempt-{attempt}"
        (here / "vsp").mkdir(parents=True, exist_ok=True)
        http_port, sql_port = distinct_ports(2)
        ini = here / "virtuoso.ini"
        ini.write_text(Template(VIRTUOSO_INI.read_text(encoding="utf-8")).substitute(
            dir=str(here), http_port=http_port, sql_port=sql_port), encoding="utf-8")
        log = here / "virtuoso-t.log"
        with open(log, "wb") as out:
            process = subprocess.Popen([program, "+foreground", "+configfile", str(ini)], cwd=here,
                                       stdout=out, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{http_port}"
        try:
            wait_until(answers(f"{base}/sparql", "Virtuoso/"), process, log, "virtuoso-t")
            break
        except ExitedEarly:
            if attempt == ATTEMPTS:
                raise
        except BaseException:
            stop(process)
            raise
    try:
        password = "pw-" + secrets.token_hex(12)
        _isql(sql_port, f"USER_SET_PASSWORD('dba', '{password}');\n")
        yield RunningServer("virtuoso", f"{base}/sparql", f"{base}/sparql-graph-crud-auth", log, "dba", password,
                            process)
    finally:
        stop(process)


STARTERS = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}


def _serve(name: str, factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    try:
        with STARTERS[name](factory.mktemp(name)) as server:
            yield server
    except ServerMissing as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """An Oxigraph server for the whole session."""
    yield from _serve("oxigraph", tmp_path_factory)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A Virtuoso server for the whole session."""
    yield from _serve("virtuoso", tmp_path_factory)


@pytest.fixture(scope="session", params=sorted(STARTERS))
def sparql_server(request: pytest.FixtureRequest) -> RunningServer:
    """Each server in turn (started when first asked for)."""
    return request.getfixturevalue(request.param)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    """Start both servers and wait for Ctrl-C (or SIGTERM), printing where they are."""
    signal.signal(signal.SIGTERM, _interrupt)
    with tempfile.TemporaryDirectory(prefix="civickg-servers-") as tmp, \
            oxigraph_server(Path(tmp) / "oxigraph") as ox, virtuoso_server(Path(tmp) / "virtuoso") as vt:
        secrets_file = Path(tmp) / "virtuoso.env"
        secrets_file.touch(mode=0o600)
        secrets_file.write_text("".join(f"export {k}={v}\n" for k, v in vt.environ.items()), encoding="utf-8")
        for server in (ox, vt):
            print(f"{server.name}: query {server.endpoint}  graph store {server.graph_store}")
        print(f"Virtuoso's credentials: source {secrets_file}; Ctrl-C stops both servers")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
