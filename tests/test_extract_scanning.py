"""Patterns searching a whole article behind a lookahead of their first characters (civickg/extract/scanning.py)
find exactly what the patterns themselves find."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from civickg.extract.recognize import _grouped_trie_pattern, _trie_pattern
from civickg.extract.scanning import prefixed, scanning

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("devset/texts/*.txt"))]

PATTERNS = [
    "(?:全国)?义务植树节|植树节|(?:全国)?爱国卫生月|世界环境日",
    r"(?<![0-9A-Za-z])[0-9]{1,3}路(?=[、和及与共]|等|公交|专线)",
    r"(同比|(?:比|较)(?:上年度|上年|去年)(?:同期|末|底)?)?(增长|增加|提高|下降)([0-9]+(?:\.[0-9]+)?)(%|％|个百分点)",
    r"(?:\d+|[一二三四五六七八九十]+)周?岁的",
    r"(?P<year>(?:于|在)?(?:19|20)[0-9]{2})年(?:[0-9]{1,2}月)?",
    "(?<=[\u4e00-\u9fff])[·•・](?=[\u4e00-\u9fff])",
    "((?:全国|全省|全市)?(?:首家|首个|第一家))",
    "^(?:第[一二三]|[0-9]+、)",
]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_a_pattern_without_a_fixed_opening_gets_a_lookahead_and_finds_the_same():
    for source in PATTERNS:
        pattern = re.compile(source, re.M)
        fast = prefixed(pattern)
        assert fast.pattern.startswith("(?=[") and fast.groupindex == pattern.groupindex, source
        for text in TEXTS:
            assert spans(fast, text) == spans(pattern, text), source


def test_patterns_whose_openings_cannot_be_listed_are_kept():
    for source in ("社区|街道", "[^，。]{0,8}?(合作|签约)", "(?:全国)?", ".{2}会", "[\u4e00-\u9fff]{2,4}村", r"(\d)\1",
                   "(?i)abc|def", "x*y?"):
        pattern = re.compile(source)
        assert prefixed(pattern) is pattern, source
    assert scanning("社区|街道").pattern == "社区|街道"


CHARS = st.sampled_from(list("全国义务植树节爱卫生月世界环境日0123456789路、和等公交同比较上年去增长下降.%％"
                             "个百分点岁周的一二三首家第于在,，。\n·•・社区"))


@settings(max_examples=200, deadline=None)
@given(st.lists(CHARS, max_size=40).map("".join))
def test_any_text_gives_the_same_matches(text):
    for source in PATTERNS:
        pattern = re.compile(source, re.M)
        assert spans(prefixed(pattern), text) == spans(pattern, text)


#: words opening with enough characters (up to 100) that the alternation goes in groups
LETTERS = "".join(chr(0x4E00 + i) for i in range(100))
WORDS = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=3), min_size=60, max_size=150)


@settings(max_examples=60, deadline=None)
@given(WORDS, st.text(alphabet=LETTERS[::3] + "，的", max_size=60))
def test_a_long_alternation_in_groups_finds_what_the_plain_one_finds(words, text):
    words = sorted(set(words))
    plain, grouped = re.compile(_trie_pattern(words)), re.compile(_grouped_trie_pattern(words))
    for pos in range(len(text) + 1):
        found, expected = grouped.search(text, pos), plain.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_an_alternation_opening_with_many_characters_is_grouped():
    words = [LETTERS[i] + LETTERS[(i * 7) % 100] for i in range(100)]
    assert _grouped_trie_pattern(words).startswith("(?=[") and _grouped_trie_pattern(words[:20]) == _trie_pattern(
        words[:20])
