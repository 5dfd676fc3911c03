"""Typed errors with messages a user can act on."""

from __future__ import annotations

from pathlib import Path


class CivicError(Exception):
    """Base class: a problem the user can fix, reported as one line by the CLI."""

    def __init__(self, message: str, *, file: Path | str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        """One line: ``file:line: message (hint)``."""
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        tail = f" — {self.hint}" if self.hint else ""
        return f"{where}{self.message}{tail}"


class SourceError(CivicError):
    """A source text or its metadata is unusable."""


class AnnotationError(CivicError):
    """An annotation file is malformed or refers to something that does not exist."""


class QuoteNotFoundError(AnnotationError):
    """A quote is not a verbatim part of its article."""


class OntologyError(CivicError):
    """The ontology does not define a term, or defines it badly."""


class ValidationFailed(CivicError):
    """The built graph breaks a SHACL shape, a quote check or the OWL RL closure."""


class QueryError(CivicError):
    """A SPARQL query cannot be parsed or run."""
