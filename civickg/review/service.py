"""The review of a project's annotation files: what the routes call. Every answer is JSON-ready data.

A request carries the version of the file it started from and the list of actions taken since; the
actions are replayed on the file as it is on disk, checked, and (on save) written. A save whose version is
not the file's current one is a Conflict (409): another tab or person saved in between.
"""

from __future__ import annotations

import datetime
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from civickg.errors import CivicError
from civickg.ontology.model import Ontology, load_ontology
from civickg.project import Project
from civickg.review import catalog
from civickg.review.actions import apply
from civickg.review.checks import check_candidate
from civickg.review.document import Refused, Session, parse, version_of, write_with_backup
from civickg.sources.corpus import Corpus, load_corpus
from civickg.sources.keyed import kept
from civickg.sources.yamlio import parse_yaml

#: The name a check (nothing written) puts on checked items when the reviewer has not given one yet.
PREVIEW = "reviewer"


class Conflict(Exception):
    """The file changed since the client read it."""


class NotFound(Exception):
    """No such article, or it has no annotation file."""


@dataclass
class Answer:
    """A checked candidate: its items, problems and the version it was made from."""

    items: list[dict[str, Any]]
    problems: list[dict[str, str]]
    version: str
    progress: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "problems": self.problems, "version": self.version, "progress": self.progress}


class Review:
    """The project under review: its corpus, ontology and annotation files."""

    def __init__(self, project: Project, reviewer: str = "", today: str | None = None) -> None:
        self.project = project
        self.reviewer = reviewer
        self.today = today
        self.lock = threading.Lock()
        self._corpus: Corpus | None = None
        self._ontology: Ontology | None = None

    @property
    def corpus(self) -> Corpus:
        if self._corpus is None:
            self._corpus = load_corpus(self.project.sources)
        return self._corpus

    @property
    def ontology(self) -> Ontology:
        if self._ontology is None:
            self._ontology = load_ontology([self.project.ontology])
        return self._ontology

    def date(self) -> str:
        return self.today or datetime.date.today().isoformat()

    def path(self, article: str) -> Path:
        ids = {a.id for a in self.corpus.articles}
        path = self.project.annotations / f"{article}.yaml"
        if article not in ids or not path.is_file():
            raise NotFound(f"no article '{article}' with an annotation file in {self.project.annotations}")
        return path

    def session(self, article: str, reviewer: str = "") -> tuple[Session, str]:
        path = self.path(article)
        data = path.read_bytes()
        doc = parse(data.decode("utf-8"), path)
        return Session(doc, self.corpus.article(article).text, reviewer or self.reviewer, self.date()), \
            version_of(data)

    def articles(self) -> list[dict[str, Any]]:
        """Every article of the corpus with its annotation file's review progress."""
        rows = []
        for article in self.corpus.articles:
            row: dict[str, Any] = {"id": article.id, "title": article.title, "title_en": article.title_en or ""}
            path = self.project.annotations / f"{article.id}.yaml"
            row["progress"] = self._progress(path) if path.is_file() else None
            rows.append(row)
        return rows

    def _progress(self, path: Path) -> dict[str, Any] | None:
        """The review progress of one annotation file (None if it cannot be read), kept in build/cache/progress/
        by the hash of the file's bytes: the list of a thousand drafts is not parsed again for every visit."""
        data = path.read_bytes()

        def counted() -> dict[str, Any] | None:
            try:
                doc = parse_yaml(data.decode("utf-8"), path)
            except (CivicError, UnicodeDecodeError):
                return None
            return catalog.progress(doc) if isinstance(doc, dict) else None

        return kept(self.project.build / "cache" / "progress", data, counted)

    def article(self, article: str) -> dict[str, Any]:
        """The article's text and items, the file's version, and the ontology's classes."""
        session, version = self.session(article)
        meta = self.corpus.article(article)
        return {"id": article, "title": meta.title, "text": session.text, "version": version,
                "items": catalog.items_of(session), "progress": catalog.progress(session.doc),
                "classes": catalog.classes(self.ontology), "reviewer": self.reviewer, "known": self.known_classes()}

    def known_classes(self) -> dict[str, list[str]]:
        """The classes of every entity the annotation files declare (none while one of them cannot be read)."""
        try:
            return {ident: list(ent["classes"]) for ident, ent in self.known().entities.items()}
        except CivicError:
            return {}

    def _checked(self, article: str, version: str, actions: list[dict[str, Any]],
                 reviewer: str, shacl: bool = False) -> tuple[Session, str | None, list[dict[str, str]]]:
        """The session with the actions applied, its text (None when an action was refused) and its problems."""
        session, current = self.session(article, reviewer or self.reviewer or PREVIEW)
        if version != current:
            raise Conflict(f"the file changed since this page read it (version {version}, now {current})")
        try:
            apply(session, actions)
        except Refused as refused:
            return session, None, [{"check": "action", "message": refused.reason, "key": refused.key}]
        outcome = check_candidate(self.project, self.path(article), session, article, shacl=shacl)
        return session, outcome.text, [p.as_dict() for p in outcome.problems]

    def check(self, article: str, version: str, actions: list[dict[str, Any]], reviewer: str = "") -> Answer:
        """Replay the actions on the file and run the build's checks; nothing is written."""
        session, _, problems = self._checked(article, version, actions, reviewer, shacl=True)
        return Answer(catalog.items_of(session), problems, version, catalog.progress(session.doc))

    def save(self, article: str, version: str, actions: list[dict[str, Any]], reviewer: str) -> Answer:
        """Check, then write the file in place (the previous version kept as ``.bak``); 409 on a stale version.
        With a problem nothing is written and the answer lists it."""
        if not (reviewer or self.reviewer).strip():
            raise Refused("give the reviewer's name: it is written on every item you checked")
        with self.lock:
            session, text, problems = self._checked(article, version, actions, reviewer, shacl=True)
            if problems or text is None:
                return Answer(catalog.items_of(session), problems, version, catalog.progress(session.doc))
            write_with_backup(self.path(article), text)
            after, fresh = self.session(article)
            return Answer(catalog.items_of(after), [], fresh, catalog.progress(after.doc))

    def known(self) -> catalog.Known:
        return catalog.Known.read(self.project.annotations, {a.id for a in self.corpus.articles},
                                  self.project.declared_cache)
