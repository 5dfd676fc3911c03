"""The server's HTML pages: the query page and a page per entity with every fact and its quote."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib.namespace import RDF, RDFS

from civickg.namespaces import CID, curie
from civickg.server.paths import TEMPLATES

#: The row cap for the server's own entity pages (an article page lists every entity it mentions).
PAGE_ROWS = 50_000
ENTITY_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
IRI = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", re.IGNORECASE)


def environment() -> Environment:
    """The Jinja2 environment of the pages (HTML autoescaped; templates share base.html)."""
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def link(iri: str) -> str:
    """Where the page for ``iri`` is: /entity/<id> for civickg entities, /resource?iri=… for the rest."""
    if iri.startswith(str(CID)) and ENTITY_ID.match(iri[len(str(CID)):]):
        return f"/entity/{iri[len(str(CID)):]}"
    return f"/resource?iri={quote(iri, safe='')}"


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Labels, classes and notes of the entity, taken from its outgoing description rows."""
    labels = {r.get("valueLang", ""): r["value"] for r in rows
              if r["direction"] == "out" and r["property"] == str(RDFS.label)}
    classes = sorted({r.get("valueLabel") or curie(r["value"]) for r in rows
                      if r["direction"] == "out" and r["property"] == str(RDF.type)})
    return {"label_zh": labels.get("zh", ""), "label_en": labels.get("en", ""), "classes": classes}


def entity_page(env: Environment, iri: str, rows: list[dict[str, Any]]) -> str:
    """The HTML page of one entity from the rows of the entity-page query."""
    return env.get_template("entity.html").render(iri=iri, curie=curie, rows=rows, **summary(rows), link=link,
                                                  quote=quote)


def query_page(env: Environment) -> str:
    """The query editor page (its script loads the competency questions from /queries)."""
    return env.get_template("query.html").render()
