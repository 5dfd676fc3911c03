"""The word patterns the extractor compiles: one pattern shared by common beginnings matches exactly what a plain
alternation of the words, longest first, matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civickg.extract.recognize import _alternation

CHARS = "社区街道服务中心.+*(?"


def longest_first(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))


def test_the_longest_word_printed_at_a_place_is_matched():
    pattern = _alternation(["社区", "社区服务中心", "社区服务", "街道", "服务中心"])
    text = "街道社区服务中心和社区服务站、社区"
    assert [m.group(0) for m in pattern.finditer(text)] == ["街道", "社区服务中心", "社区服务", "社区"]
    # inside a longer pattern, a shorter word is tried when the longest leaves the rest unmatched
    tail = re.compile(f"(?:{pattern.pattern})站")
    assert tail.search(text).group(0) == "社区服务站"


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(CHARS, min_size=1, max_size=4), min_size=1, max_size=12),
       text=st.text(CHARS + "和", max_size=60))
def test_the_shared_pattern_matches_as_a_longest_first_alternation(words: list[str], text: str):
    shared, plain = _alternation(words), longest_first(words)
    assert [m.span() for m in shared.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for suffix in ("区", "(?:心)?"):         # inside a longer pattern too, with backtracking
        assert ([m.span() for m in re.finditer(f"(?:{shared.pattern}){suffix}", text)]
                == [m.span() for m in re.finditer(f"(?:{plain.pattern}){suffix}", text)])
