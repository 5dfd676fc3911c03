"""Helpers for the query tests: stores shared across modules, result normalisation, a served endpoint."""

from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import httpx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from civickg.sparql.results import QueryResult
from civickg.stores import Store, open_store

NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.nonNegativeInteger, XSD.int, XSD.long,
           XSD.positiveInteger}


@functools.lru_cache(maxsize=4)
def stores(root: str) -> dict[str, Store]:
    """One store per engine over the project at ``root`` (loaded once per test session)."""
    return {"memory": open_store("memory", root), "oxigraph": open_store("oxigraph", root)}


def normal(term: object) -> object:
    """A term as engines agree on it: numbers by value (a computed number's text, and roqet's, is each
    engine's own), language tags in lower case, blank nodes all alike."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return ("bnode",)
    if isinstance(term, Literal):
        if term.datatype in NUMERIC:
            try:
                return ("number", Decimal(str(term)))
            except InvalidOperation:
                return ("literal", str(term), str(term.datatype))
        if term.language:
            return ("literal", str(term), term.language.lower())
        return ("literal", str(term), str(term.datatype or ""))
    assert isinstance(term, URIRef)
    return ("iri", str(term))


def canonical(result: QueryResult) -> Counter:
    """A result as a multiset of normalised rows (SELECT), triples (graphs) or the boolean (ASK)."""
    if result.form == "ASK":
        return Counter([result.boolean])
    if result.graph is not None:
        return Counter(tuple(normal(t) for t in triple) for triple in result.graph)
    return Counter(tuple(normal(t) for t in row) for row in result.rows)


def rows(result: QueryResult) -> list[dict[str, str]]:
    """Rows as ``{variable: text}`` (IRIs as full strings, literals as their lexical form)."""
    return [{k: str(v) for k, v in b.items()} for b in result.bindings()]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Served:
    """A running server: its base URL and its log file."""

    base: str
    log: Path

    @property
    def endpoint(self) -> str:
        return f"{self.base}/sparql"


@contextmanager
def running(root: Path, command: list[str], probe: str, *, ready: tuple[int, ...] = (200,),
            startup: float = 90.0) -> Iterator[tuple[str, Path]]:
    """Run ``civickg COMMAND… --port P`` on a free port in a subprocess until ``probe`` answers with a status in
    ``ready``; yield its base URL and log file; stop it afterwards."""
    port = free_port()
    log = root / f"{command[0]}-{port}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "civickg", "--root", str(root), *command,
                                    "--port", str(port)],
                                   stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"civickg {command[0]} exited ({process.returncode}):\n{log.read_text()}")
            try:
                if httpx.get(f"{base}{probe}", timeout=2).status_code in ready:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"civickg {command[0]} did not start within {startup:.0f}s:\n{log.read_text()}")
            time.sleep(0.2)
        yield base, log
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@contextmanager
def served(root: Path, *options: str, startup: float = 90.0) -> Iterator[Served]:
    """Run ``civickg serve`` on a free port in a subprocess; yield it; stop it afterwards."""
    with running(root, ["serve", *options], "/queries", startup=startup) as (base, log):
        yield Served(base, log)


def parse_graph(text: str, fmt: str) -> Graph:
    return Graph().parse(data=text, format=fmt)
