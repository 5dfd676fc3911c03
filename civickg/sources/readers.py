"""Readers of source files, chosen by file suffix: each turns a file's bytes into the raw text of its article.

A reader takes the bytes and the file's name (for messages) and returns a ``Reading``: the decoded raw text,
the encoding found, and what the file itself says about the article (a web page's title, date, author, site).
A new kind of source is one more function and one more entry in ``READERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from civickg.errors import SourceError
from civickg.sources.encodings import decode_bytes, text_of_bytes


@dataclass(frozen=True)
class Reading:
    """The raw text of one file and what the file says about its article."""

    text: str
    encoding: str
    reader: str  # "text" or "html"
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    authors: tuple[str, ...] = ()
    url: str | None = None
    publisher: str | None = None


def read_plain_text(data: bytes, where: Path | str) -> Reading:
    """A plain-text (or Markdown) article: its decoded text, unchanged."""
    decoded = decode_bytes(data, where)
    return Reading(decoded.text, decoded.encoding, "text")


def read_html_page(data: bytes, where: Path | str) -> Reading:
    """A saved news page: the article body, title, date, author and site name (see ``html``)."""
    from civickg.sources.html import page_reading

    decoded = decode_bytes(data, where)
    return page_reading(decoded.text, decoded.encoding, where)


#: Readers by file suffix (lower case, with the dot).
READERS: dict[str, Callable[[bytes, Path | str], Reading]] = {
    ".txt": read_plain_text,
    ".md": read_plain_text,
    ".html": read_html_page,
    ".htm": read_html_page,
}


def reader_for(path: Path) -> Callable[[bytes, Path | str], Reading]:
    """The reader for a file's suffix; a one-line error naming the suffixes there are readers for."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SourceError(f"no reader for '{path.suffix or 'files without a suffix'}'", file=path,
                          hint=f"sources may be {', '.join(sorted(READERS))}")
    return reader


def read_file(path: Path) -> Reading:
    """Read any supported file, in any supported encoding."""
    return reader_for(path)(path.read_bytes(), path)


def read_source(path: Path, *, convert: bool = False) -> str:
    """The raw text of a source file the build reads: UTF-8, or converted on request (``decode_text``)."""
    return source_text(path.read_bytes(), path, convert=convert)


def source_text(data: bytes, path: Path, *, convert: bool = False) -> str:
    """``read_source`` of the bytes a file at ``path`` holds (or will hold), without reading it."""
    reader = reader_for(path)
    text = text_of_bytes(data, path, convert=convert)
    if reader is read_plain_text:
        return text
    return reader(text.encode("utf-8"), path).text
