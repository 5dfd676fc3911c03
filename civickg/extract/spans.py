"""Spans of text looked up by where they lie, so that a long article is read in time that grows with its length.

Many readings ask of a name "which names lie inside this span, or cross it?" or "is this name inside another?".
Asked by scanning every name, each question costs the article's whole length, and an article of 80,000
characters takes minutes. :class:`SpanIndex` answers from names sorted by their start, and
:func:`inside_others` answers for every span at once.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, NamedTuple, Protocol, TypeVar


class Spanned(Protocol):
    """Anything with a start and an end in the text (a mention)."""

    start: int
    end: int


S = TypeVar("S", bound=Spanned)


class SpanIndex:
    """The spans of a fixed list, found by position; answers keep the list's order."""

    def __init__(self, items: Sequence[S]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.starts = [items[i].start for i in self.order]
        self.longest = max((m.end - m.start for m in items), default=0)
        self.ends: dict[int, list[S]] = {}
        for m in items:
            self.ends.setdefault(m.end, []).append(m)

    def overlapping(self, start: int, end: int) -> list[int]:
        """The positions in the list of the spans that share a character with ``start:end``, in list order."""
        lo = bisect_left(self.starts, start - self.longest + 1)
        hi = bisect_left(self.starts, end, lo=lo)
        items = self.items
        return sorted(i for i in self.order[lo:hi] if items[i].end > start)

    def starting(self, start: int, end: int) -> list[S]:
        """The spans that start at ``start`` up to ``end`` (excluded), in list order."""
        lo = bisect_left(self.starts, start)
        return [self.items[i] for i in sorted(self.order[lo:bisect_left(self.starts, end, lo=lo)])]

    def holding(self, start: int, end: int) -> list[S]:
        """The spans that hold ``start:end`` (itself included), in list order."""
        lo = bisect_left(self.starts, end - self.longest)
        hi = bisect_right(self.starts, start, lo=lo)
        items = self.items
        return [items[i] for i in sorted(self.order[lo:hi]) if items[i].end >= end]

    def ending(self, end: int) -> list[S]:
        """The spans that end at ``end``, in list order."""
        return self.ends.get(end, [])

    def within(self, start: int, end: int) -> list[S]:
        """The spans that lie inside ``start:end`` (itself included), in list order."""
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.starts, end, lo=lo)
        items = self.items
        return [items[i] for i in sorted(self.order[lo:hi]) if items[i].end <= end]

    def crossing(self, start: int, end: int) -> list[S]:
        """The spans that share a character with ``start:end`` but do not lie inside it, in list order."""
        items = self.items
        return [items[i] for i in self.overlapping(start, end) if items[i].start < start or items[i].end > end]


def inside_others(spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that lie inside another, different span of ``spans`` (ends included)."""
    out: set[tuple[int, int]] = set()
    reach = -1          # the furthest end of the spans before, in the order (start, longest first)
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if reach >= end:
            out.add((start, end))
        reach = max(reach, end)
    return out


class Cover(Generic[S]):
    """Spans by the positions they hold (an empty span by its start): the ones at a position, or sharing a
    character with a span, found without going through them all."""

    def __init__(self, items: Iterable[S] = ()) -> None:
        self._at: dict[int, list[S]] = {}
        for item in items:
            self.add(item)

    def add(self, item: S) -> None:
        """Record ``item`` at its positions (again after it grew: an item listed twice at a position does no harm)."""
        for pos in range(item.start, max(item.end, item.start + 1)):
            self._at.setdefault(pos, []).append(item)

    def at(self, pos: int) -> list[S]:
        """The spans that hold ``pos``, in the order they were added."""
        return self._at.get(pos, [])

    def near(self, start: int, end: int) -> list[S]:
        """The spans at the positions of ``start:end`` (at ``start``, for an empty span), each once."""
        return list({id(m): m for pos in range(start, max(end, start + 1)) for m in self._at.get(pos, ())}.values())


class Span(NamedTuple):
    """A span of text and nothing else (what :class:`Taken` holds)."""

    start: int
    end: int


class Taken:
    """Spans taken so far, asked whether a span shares a character with one. Up to ``scan`` spans a question goes
    through them all (cheaper than indexing for the few questions of an article of usual length); beyond, the
    spans are indexed by the positions they hold (:class:`Cover`), on the first question."""

    def __init__(self, spans: Iterable[tuple[int, int]] = (), scan: int = 256) -> None:
        self.spans = [Span(*span) for span in spans]
        self.scan = scan
        self.cover: Cover[Span] | None = None

    def add(self, start: int, end: int) -> None:
        self.spans.append(Span(start, end))
        if self.cover is not None:
            self.cover.add(self.spans[-1])

    def _near(self, start: int, end: int) -> list[Span]:
        if self.cover is None:
            if len(self.spans) <= self.scan:
                return self.spans
            self.cover = Cover(self.spans)
        return self.cover.near(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether the span shares a character with a taken span (itself included)."""
        return any(a < end and start < b for a, b in self._near(start, end))

    def crosses(self, start: int, end: int) -> bool:
        """Whether the span crosses or holds a taken span other than itself."""
        return any(a < end and start < b and (a, b) != (start, end) for a, b in self._near(start, end))
