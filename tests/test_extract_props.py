"""Any text the extractor is given, however short or odd, drafts without an error, and every drafted fact stands
between entities of the draft (or an entity and a value, or an individual of the ontology such as civic:conferred)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from civickg.extract import draft_annotation

#: pieces of the genre's sentences and the marks between them: the drafts they make exercise most rules
PIECES = ["社区", "街道", "志愿者", "组织", "开展", "举办", "活动", "的", "、", "，", "。", "\n", "“", "”", "「", "」",
          "——", "该", "服务站", "最美家庭", "15户", "评选出", "为", "老人", "参加", "仪式", "2025年", "记者", "讯",
          "(", ")", "王芳", "主任", "以及", "等", "齐聚一堂", "邀请", "荣获", "称号", "市民政局", "村", "在", " "]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_any_text_drafts_and_every_fact_stands_between_its_entities(text: str):
    doc = draft_annotation("x", text)
    ids = {e["id"] for e in doc["entities"]} | {m["id"] for m in doc.get("mentions", [])}
    for fact in doc["facts"]:
        assert fact["s"] in ids, fact
        assert "o" not in fact or fact["o"] in ids or fact["o"].startswith("civic:"), fact


def test_a_text_of_marks_alone_drafts_nothing():
    doc = draft_annotation("x", "。")
    assert doc["entities"] == [] and doc["facts"] == []
