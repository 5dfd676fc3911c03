"""Find quotes in article text and describe them as Web Annotation selectors."""

from __future__ import annotations

from dataclasses import dataclass

from civickg.errors import QuoteNotFoundError

CONTEXT = 16  # characters of prefix and suffix kept around each quote


@dataclass(frozen=True)
class Span:
    """A quote located in an article's clean text: [start, end) in code points."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def locate(text: str, quote: str, occurrence: int = 1) -> Span | None:
    """The ``occurrence``-th place ``quote`` appears in ``text``, or None."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            return None
    end = start + len(quote)
    return Span(start, end, quote, text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def require(text: str, quote: str, occurrence: int, *, article: str, what: str, file: str,
            line: int) -> Span:
    """Locate a quote or raise a QuoteNotFoundError naming the fact and the quote."""
    span = locate(text, quote, occurrence)
    if span is None:
        nth = f" (occurrence {occurrence})" if occurrence > 1 else ""
        raise QuoteNotFoundError(f"{what}: quote “{quote}”{nth} is not in article '{article}'",
                                 file=file, line=line,
                                 hint="copy the words verbatim from build/text/"
                                      f"{article}.txt (full-width punctuation, one paragraph)")
    return span


def verify(text: str, span: Span) -> bool:
    """True when the selectors agree with the text."""
    return (text[span.start:span.end] == span.exact
            and text[max(0, span.start - len(span.prefix)):span.start] == span.prefix
            and text[span.end:span.end + len(span.suffix)] == span.suffix)
