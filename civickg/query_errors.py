"""What can go wrong with a query, as typed errors: each a QueryError the CLI prints as one line."""

from __future__ import annotations

from pathlib import Path

from civickg.errors import QueryError


class QuerySyntaxError(QueryError):
    """The text is not SPARQL the engine can parse; ``line`` and ``column`` are 1-based."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None,
                 file: Path | str | None = None, hint: str | None = None) -> None:
        self.column = column
        super().__init__(message, file=file, line=line, hint=hint)

    def render(self) -> str:
        """``file:line:column: message`` (or ``line L, column C: message`` for inline text)."""
        where = ""
        if self.line is not None:
            pos = f"{self.line}:{self.column}" if self.column else f"{self.line}"
            where = f"{self.file}:{pos}: " if self.file else f"line {self.line}, column {self.column or 1}: "
        elif self.file:
            where = f"{self.file}: "
        tail = f" — {self.hint}" if self.hint else ""
        return f"{where}{self.message}{tail}"


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
