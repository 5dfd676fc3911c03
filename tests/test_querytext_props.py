"""Properties of the query text checks (civickg.sparql.text) over thousands of generated texts: every text is
accepted or refused with a one-line QueryError, and the work grows linearly with the length of the text."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civickg.errors import QueryError, QuerySyntaxError, UnsupportedQuery, UpdateRefused
from civickg.sparql.text import MAX_QUERY_CHARS, QUERY_FORMS, Scanner, check, inspect

CJK = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=200)
PIECES = st.one_of(
    st.text(max_size=40),                                                    # any unicode, controls included
    CJK,
    st.sampled_from(["{", "}", "{{{", "}}}", "(", ")", ".", ";", ",", "*", "<", ">", "@zh", "^^xsd:integer",
                     '"', "'", '"""', "'''", "\\", "\\\"", "#", "\n", "\r\n", "\t", "\u3000", "_:", "?", "$", ":"]),
    st.sampled_from(["SELECT", "select", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "PREFIX", "BASE", "SERVICE",
                     "INSERT", "DELETE", "LOAD", "FILTER", "OPTIONAL", "GRAPH", "LIMIT 10", "VALUES"]),
    st.builds(lambda p, local: f"{p}:{local}", st.sampled_from(["cid", "civic", "rdfs", "foo", "济南", ""]),
              st.text(st.characters(categories=["L", "N"]), max_size=12)),
    st.builds(lambda body: f"<{body}>", st.text(max_size=30)),
    st.builds(lambda body: f'"{body}"', st.text(max_size=30)),
    st.builds(lambda body: f"# {body}\n", st.text(max_size=30)),
    st.builds(lambda p, iri: f"PREFIX {p}: <{iri}>\n", st.sampled_from(["x", "ex", "济", "a.b"]),
              st.text(max_size=20)),
    st.builds(lambda depth: "{" * depth + " ?s ?p ?o " + "}" * depth, st.integers(0, 100)),
)
QUERY_TEXTS = st.lists(PIECES, max_size=16).map(" ".join)


def one_line(error: QueryError) -> bool:
    return "\n" not in error.render() and "\r" not in error.render()


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERY_TEXTS)
def test_every_text_is_accepted_or_refused_in_one_line(text):
    try:
        form = check(text)
    except QueryError as error:
        assert one_line(error), error.render()
        assert isinstance(error, (QuerySyntaxError, UnsupportedQuery, UpdateRefused))
    else:
        assert form in (*QUERY_FORMS, None)
        info = inspect(text)
        assert not info.is_update and not any(t.kind == "word" and t.text.upper() == "SERVICE" for t in info.tokens)


@settings(max_examples=300, deadline=None)
@given(QUERY_TEXTS)
def test_tokens_cover_the_text_in_order_without_overlap(text):
    tokens = list(Scanner(text))
    ends = [t.start + len(t.text) for t in tokens]
    assert all(t.text and text.startswith(t.text, t.start) for t in tokens)
    assert all(end <= nxt.start for end, nxt in zip(ends, tokens[1:], strict=False))


@settings(max_examples=300, deadline=None)
@given(QUERY_TEXTS, st.integers(1, 40))
def test_the_scanner_examines_each_character_a_bounded_number_of_times(text, times):
    # the work of a repeated text is counted in characters examined, so it does not depend on the machine
    repeated = text * times
    scanner = Scanner(repeated)
    for _ in scanner:
        pass
    assert scanner.steps <= 6 * len(repeated) + 8


@pytest.mark.parametrize("unit", ["济", "a-", "a.", "_:.", "<a", "?", "'''", "\"\n", "1e", "济南.", "{ ?s "])
def test_runs_that_used_to_backtrack_take_linear_steps(unit):
    counts = []
    for n in (2_000, 16_000):
        scanner = Scanner(unit * n)
        tokens = list(scanner)
        counts.append(scanner.steps)
        assert "".join(t.text for t in tokens).replace(" ", "") in (unit * n).replace(" ", "")
    assert counts[1] <= 8 * counts[0] + 16 and counts[1] <= 6 * len(unit) * 16_000


def work(text: str) -> float:
    """The least process time of a few runs of ``inspect`` (the least is the least disturbed by other load)."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        inspect(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", ["济", "a-"])
def test_inspect_time_grows_linearly_on_runs_of_chinese(unit):
    # quadratic work would make 8 times the text cost 64 times the time; linear costs 8 (bound 24: generous)
    small, large = work(unit * 2_000), work(unit * 16_000)
    assert large <= 24 * max(small, 1e-4)


def test_a_text_longer_than_the_bound_is_refused_before_it_is_read():
    with pytest.raises(QueryError) as caught:
        check("SELECT * { ?s ?p ?o } #" + "济" * MAX_QUERY_CHARS)
    assert f"more than the {MAX_QUERY_CHARS:,}" in caught.value.render() and one_line(caught.value)


def test_chinese_outside_strings_is_one_token_and_prefixed_names_still_count():
    tokens = list(Scanner("SELECT ?x { ?x 济南:名字 济南市人民政府 ; cid:wang-yong. }"))
    assert [(t.kind, t.text) for t in tokens if t.kind in ("pname", "other")] == [
        ("other", "{"), ("pname", "济南:名字"), ("other", "济南市人民政府"), ("other", ";"),
        ("pname", "cid:wang-yong"), ("other", "."), ("other", "}")]
    with pytest.raises(QuerySyntaxError, match="unknown prefix '济南:'"):
        check("SELECT ?x { ?x 济南:名字 ?y }")


def test_an_unterminated_string_ends_the_tokens_and_leaves_the_message_to_the_parser():
    tokens = list(Scanner('SELECT ?x { ?x rdfs:label "王勇 }\nfoo:bar'))
    assert tokens[-1].kind == "unterminated" and tokens[-1].text == '"'
    assert check('SELECT ?x { ?x foo:label "王勇 }') == "SELECT"
