"""The extractor's part-of-speech tagger (civickg/extract/segment.py) gives exactly jieba's words and tags."""

from __future__ import annotations

from pathlib import Path

import jieba.posseg
from hypothesis import given, settings
from hypothesis import strategies as st

from civickg.extract.segment import cut, tag, viterbi
from civickg.extract.text import tokenize

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted([*ROOT.glob("devset/texts/*.txt"), *ROOT.glob("graph/sources/*.txt")])


def jieba_tags(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text)]


def test_every_dev_and_seed_article_is_tagged_as_jieba_tags_it():
    assert len(TEXTS) >= 18       # the 17 dev-set articles and the seed source
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert tag(text) == jieba_tags(text), path.name


def test_unknown_names_are_found_by_the_search():
    # 刘小盼 and 侯佳 are not in jieba's dictionary: the search over the character states finds them
    words = tag("队长刘小盼带领队员走访。长沙市肾慈公益服务中心理事长侯佳自强不息")
    assert ("刘小盼", "nr") in words
    assert ("侯佳", "nr") in words
    assert [place for place, _ in viterbi("刘小盼")] == ["B", "M", "E"]


def test_tokens_carry_offsets_into_the_text():
    text = "星火社区“红管家”志愿服务队队长刘小盼"
    tokens = tokenize(text)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start:t.end] == t.word for t in tokens)
    assert [t.word for t in tokens if t.flag == "nr"] == ["刘小盼"]


# the characters of the dev articles (traditional ones too, which jieba also meets), so that runs of
# characters its dictionary does not know, and the search over them, are frequent
CHARS = st.sampled_from(sorted({ch for path in TEXTS for ch in path.read_text(encoding="utf-8") if not ch.isspace()}))


@settings(max_examples=150, deadline=None)
@given(st.lists(CHARS, min_size=1, max_size=60).map("".join))
def test_any_text_is_tagged_as_jieba_tags_it(text):
    assert tag(text) == jieba_tags(text)


def test_digits_letters_and_spaces_are_tagged_as_jieba_tags_them():
    # blocks of letters, digits and signs, runs left alone that mix them with Chinese, spaces and line breaks
    for text in ("2024年3月，张三丽在abc.com发布了1.5万元 ＃test\r\n第2期", "a1b2 c3.4.5+#&_%-x 　甲乙丙丁戊己庚",
                 "刘小盼abc12侯佳3.5\t\n\r\nＡＢＣ１２３"):
        assert tag(text) == jieba_tags(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(CHARS | st.sampled_from(list("abXY019+#&._%- \t\r\n")), max_size=40).map("".join))
def test_any_text_is_cut_as_jieba_cuts_it(text):
    assert cut(text) == jieba.lcut(text)


def test_every_dev_article_is_cut_as_jieba_cuts_it():
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert cut(text) == jieba.lcut(text), path.name


def test_past_its_bound_on_marks_of_absent_entries_the_cut_is_the_same(monkeypatch):
    # segment.MAX_ABSENT: the trie keeps marks of characters that continue no entry up to a bound; past it a miss is
    # looked up again, and the words and tags stay jieba's
    from civickg.extract import segment

    text = (ROOT / "devset" / "texts" / "zhuhai-civil-affairs-2022.txt").read_text(encoding="utf-8")
    table = segment._dictionary()
    kept = dict(table.trie)
    table.trie.clear()          # read afresh, with no room for a mark
    monkeypatch.setattr(segment, "MAX_ABSENT", table.absent[0])
    segment._block_words.cache_clear()
    try:
        assert tag(text) == jieba_tags(text)

        def marks(kids: dict) -> int:
            return sum(1 if node is segment._ABSENT else marks(node[1]) for node in kids.values())
        assert marks(table.trie) == 0 and table.trie
    finally:
        table.trie.clear()
        table.trie.update(kept)
        segment._block_words.cache_clear()
