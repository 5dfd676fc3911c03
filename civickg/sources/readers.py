"""Readers of source files, chosen by file suffix: each turns a file into the raw text of its articles.

A new kind of source (a saved web page, say) is one more function and one more entry in ``READERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from civickg.errors import SourceError
from civickg.sources.encodings import decode_text


def read_plain_text(path: Path, *, convert: bool = False) -> str:
    """A plain-text source: its decoded text, unchanged."""
    return decode_text(path, convert=convert)


#: Readers by file suffix (lower case, with the dot).
READERS: dict[str, Callable[..., str]] = {".txt": read_plain_text}


def read_source(path: Path, *, convert: bool = False) -> str:
    """The raw text of a source file, read by the reader for its suffix."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SourceError(f"no reader for '{path.suffix or 'files without a suffix'}'", file=path,
                          hint=f"sources may be {', '.join(sorted(READERS))}")
    return reader(path, convert=convert)
