"""Typed errors with messages a user can act on: each renders as one line, ``file:line: message — hint``."""

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

    def where(self) -> str:
        """The place: ``file:line: ``, ``file: `` or nothing."""
        if self.file:
            return f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        return ""

    def render(self) -> str:
        """One line: ``file:line: message — hint``."""
        tail = f" — {self.hint}" if self.hint else ""
        text = f"{self.where()}{self.message}{tail}"
        return text.replace("\r", "\\r").replace("\n", "\\n")  # user text with a line break stays on one line


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


class QuerySyntaxError(QueryError):
    """The text is not SPARQL the engine can parse; ``line`` and ``column`` are 1-based."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None,
                 file: Path | str | None = None, hint: str | None = None) -> None:
        self.column = column
        super().__init__(message, file=file, line=line, hint=hint)

    def where(self) -> str:
        """``file:line:column: `` (or ``line L, column C: `` for inline text)."""
        if self.line is None:
            return super().where()
        pos = f"{self.line}:{self.column}" if self.column else f"{self.line}"
        return f"{self.file}:{pos}: " if self.file else f"line {self.line}, column {self.column or 1}: "


class UpdateRefused(QueryError):
    """A SPARQL Update (INSERT, DELETE, LOAD, …) sent to a read-only store or endpoint."""


class UnsupportedQuery(QueryError):
    """A query civickg will not run, such as SERVICE, which would reach out to the network."""


class QueryTimeout(QueryError):
    """A query ran past the time limit and was stopped."""


class RowLimitExceeded(QueryError):
    """A result has more rows (or triples) than the configured cap."""


class UnknownQuery(QueryError):
    """A name that is neither a file, a library query, nor SPARQL text."""


class BadParameter(QueryError):
    """A query parameter that is not declared, or whose value is not one RDF term."""
