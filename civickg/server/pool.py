"""Run queries in worker processes, so a query past its time limit can be stopped.

Neither rdflib nor pyoxigraph can interrupt a running query from another thread. Each worker is a
process holding its own read-only store; a query that outlives the time limit is ended by killing its
worker, and a fresh one is started in the background while the others keep answering.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from civickg.errors import CivicError, QueryError, QueryTimeout
from civickg.sparql.results import serialize
from civickg.stores import DEFAULT_ENGINE, Store, is_endpoint_url, open_store

log = logging.getLogger("civickg.server.pool")

#: How long a new worker may take to load its store before it counts as failed.
STARTUP_SECONDS = 120.0


@dataclass(frozen=True)
class StoreSpec:
    """How a worker opens its store (picklable: it crosses into the worker process)."""

    engine: str
    root: str
    path: str | None = None

    @property
    def remote(self) -> bool:
        """Whether the store is a SPARQL server this one fronts (its workers must reach the network)."""
        return is_endpoint_url(self.engine)

    def open(self) -> Store:
        return open_store(self.engine, self.root, location=self.path, read_only=self.path is not None)


@dataclass(frozen=True)
class Answer:
    """A serialized result: its body, how many rows (or triples) it has, and the query form."""

    body: str
    rows: int
    form: str


class PoolBusy(QueryError):
    """No worker became free in time."""


class WorkerFailed(QueryError):
    """A worker died while answering (for instance, out of memory)."""


def _deny_network(event: str, args: tuple[Any, ...]) -> None:
    # Defence in depth: a query never needs the network (SERVICE is refused, rdflib's FROM loading off).
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        raise PermissionError(f"civickg query workers have no network access ({event})")


def _worker_main(conn: Connection, spec: StoreSpec) -> None:
    """A worker: open the store, say so, then answer (text, format, max_rows) requests until told to stop."""
    try:
        store = spec.open()
    except CivicError as exc:
        conn.send(("failed", exc.render()))
        return
    if not spec.remote:
        sys.addaudithook(_deny_network)
    conn.send(("ready", len(store)))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        text, fmt, max_rows = request
        try:
            result = store.query(text, max_rows=max_rows)
            conn.send(("ok", serialize(result, fmt), len(result), result.form))
        except CivicError as exc:  # pickles as its type and its rendered message
            conn.send(("error", exc))
        except Exception as exc:  # an engine bug must not take the worker down silently
            conn.send(("error", QueryError(f"the query failed: {exc}")))


class _Worker:
    def __init__(self, context: Any, spec: StoreSpec) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, spec), daemon=True,
                                       name="civickg-query-worker")
        self.process.start()
        child.close()
        self.quads = 0

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise WorkerFailed(f"a query worker did not load its store within {timeout:.0f}s")
        message = self.conn.recv()
        if message[0] != "ready":
            self.kill()
            raise WorkerFailed(f"a query worker could not open its store: {message[1]}")
        self.quads = message[1]

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(2)
        self.kill()


class QueryPool:
    """A fixed number of query worker processes with a time limit and a row cap per query."""

    def __init__(self, spec: StoreSpec, *, size: int = 2, timeout: float = 10.0, max_rows: int = 10_000) -> None:
        if size < 1 or timeout <= 0 or max_rows < 1:
            raise CivicError("the query pool needs at least one worker, a positive time limit and row cap")
        self.spec = spec
        self.size = size
        self.timeout = timeout
        self.max_rows = max_rows
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = threading.Event()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self.replacing = 0  # workers being started in place of stopped ones
        self.quads = 0

    def start(self) -> QueryPool:
        """Start every worker and wait until they have loaded the store (a clear error if one cannot)."""
        workers = [_Worker(self._context, self.spec) for _ in range(self.size)]
        try:
            for worker in workers:
                worker.wait_ready(STARTUP_SECONDS)
        except QueryError:
            for worker in workers:
                worker.kill()
            raise
        self.quads = workers[0].quads
        for worker in workers:
            self._track(worker)
            self._idle.put(worker)
        return self

    def _track(self, worker: _Worker) -> None:
        with self._lock:
            self._all.add(worker)

    def _forget(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)

    def _replace(self, dead: _Worker) -> None:
        """Kill ``dead`` and start a replacement in the background; it joins the idle queue when ready."""
        self._forget(dead)
        dead.kill()
        with self._lock:
            self.replacing += 1

        def spawn() -> None:
            delay = 0.5
            while not self._closed.is_set():
                worker = _Worker(self._context, self.spec)
                try:
                    worker.wait_ready(STARTUP_SECONDS)
                except QueryError as exc:
                    log.error("%s; retrying in %.1fs", exc, delay)
                    time.sleep(delay)
                    delay = min(delay * 2, 30.0)
                    continue
                if self._closed.is_set():
                    worker.stop()
                    return
                self._track(worker)
                self._idle.put(worker)
                with self._lock:
                    self.replacing -= 1
                return

        threading.Thread(target=spawn, name="civickg-worker-spawner", daemon=True).start()

    def _take(self) -> _Worker:
        """A free worker: wait up to the time limit while all are busy, and for as long as a replacement may take
        to start while one is being replaced (a stopped query must not make the next ones fail)."""
        start = time.monotonic()
        while True:
            try:
                return self._idle.get(timeout=0.1)
            except queue.Empty:
                waited = time.monotonic() - start
            if waited >= self.timeout and not (self.replacing and waited < STARTUP_SECONDS):
                raise PoolBusy(f"all {self.size} query workers stayed busy for {waited:.0f}s",
                               hint="try again shortly")

    def run(self, text: str, fmt: str, *, max_rows: int | None = None) -> Answer:
        """Answer ``text`` serialized as ``fmt``; QueryTimeout past the time limit, RowLimitExceeded past the cap
        (the pool's, or ``max_rows`` for the server's own pages).

        Errors from the query itself come back as the same CivicError types the store raises.
        """
        worker = self._take()
        try:
            worker.conn.send((text, fmt, max_rows or self.max_rows))
            ready = worker.conn.poll(self.timeout)
        except (OSError, ValueError, EOFError):
            self._replace(worker)
            raise WorkerFailed("a query worker stopped unexpectedly; it is being restarted") from None
        if not ready:
            self._replace(worker)
            raise QueryTimeout(f"the query ran longer than the time limit of {self.timeout:g}s and was stopped",
                               hint="narrow it (bind a variable, add LIMIT) or ask for a longer --timeout")
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            raise WorkerFailed("a query worker died while answering; it is being restarted") from None
        self._idle.put(worker)
        if message[0] == "ok":
            return Answer(message[1], message[2], message[3])
        raise message[1]

    def close(self) -> None:
        """Stop every worker."""
        self._closed.set()
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


def store_spec(engine: str, root: Path | str, path: Path | str | None = None) -> StoreSpec:
    """A StoreSpec; an on-disk Oxigraph store is loaded (or refreshed) here first, so workers open it read-only."""
    if path is not None or engine == DEFAULT_ENGINE == "oxigraph":
        open_store(engine, root, location=path).close()
    return StoreSpec(engine, str(root), str(path) if path is not None else None)
