"""civickg.extract.spans answers exactly what a scan of every span answers, in the same order."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from civickg.extract.spans import Cover, SpanIndex, Taken, inside_others


@dataclass
class Span:
    start: int
    end: int


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: Span(p[0], p[0] + p[1])),
                 max_size=30)
query = st.tuples(st.integers(0, 50), st.integers(0, 14)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(spans, query)
def test_the_index_finds_what_a_scan_finds_in_list_order(items: list[Span], q: tuple[int, int]) -> None:
    index, (start, end) = SpanIndex(items), q
    assert index.within(start, end) == [m for m in items if start <= m.start and m.end <= end]
    assert index.crossing(start, end) == [m for m in items if m.start < end and start < m.end
                                          and not (start <= m.start and m.end <= end)]
    assert index.starting(start, end) == [m for m in items if start <= m.start < end]
    assert index.holding(start, end) == [m for m in items if m.start <= start and end <= m.end]
    assert index.ending(end) == [m for m in items if m.end == end]


@settings(max_examples=300, deadline=None)
@given(spans, query)
def test_a_cover_finds_the_spans_at_a_position_and_near_a_span(items: list[Span], q: tuple[int, int]) -> None:
    cover, (start, end) = Cover(items), q
    assert cover.at(start) == [m for m in items if m.start <= start < max(m.end, m.start + 1)]
    near = cover.near(start, end)
    assert len({id(m) for m in near}) == len(near)
    assert {id(m) for m in items if m.start < end and start < m.end} <= {id(m) for m in near}


@settings(max_examples=300, deadline=None)
@given(spans)
def test_inside_others_is_a_span_held_by_a_different_one(items: list[Span]) -> None:
    pairs = [(m.start, m.end) for m in items]
    assert inside_others(pairs) == {(s, e) for s, e in pairs
                                    if any(a <= s and e <= b and (a, b) != (s, e) for a, b in pairs)}


@settings(max_examples=300, deadline=None)
@given(spans, st.lists(query, max_size=20), st.sampled_from([0, 5, 256]))
def test_taken_spans_answer_as_a_scan_does_while_they_grow(items: list[Span], asked: list[tuple[int, int]],
                                                           scan: int) -> None:
    # scan 0: indexed from the first question; 5: indexed once more than five are taken; 256: scanned
    taken, seen = Taken(((m.start, m.end) for m in items), scan=scan), [(m.start, m.end) for m in items]
    for start, end in asked:
        assert taken.overlaps(start, end) == any(a < end and start < b for a, b in seen)
        assert taken.crosses(start, end) == any(a < end and start < b and (a, b) != (start, end) for a, b in seen)
        taken.add(start, end)
        seen.append((start, end))


def test_the_names_of_a_sentence_are_found_by_where_they_lie() -> None:
    """山东省济南市历城区山大路街道: the chain's names, each found inside the whole and holding the street's name."""
    text = "山东省济南市历城区山大路街道党工委"
    names = [Span(0, 3), Span(3, 6), Span(6, 9), Span(9, 14), Span(0, 17)]
    index = SpanIndex(names)
    assert [text[m.start:m.end] for m in index.within(3, 14)] == ["济南市", "历城区", "山大路街道"]
    assert [text[m.start:m.end] for m in index.holding(9, 14)] == ["山大路街道", "山东省济南市历城区山大路街道党工委"]
    assert [text[m.start:m.end] for m in index.crossing(4, 12)] == ["济南市", "山大路街道", text]
    assert inside_others((m.start, m.end) for m in names) == {(0, 3), (3, 6), (6, 9), (9, 14)}
