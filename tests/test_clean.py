"""Repairing print artifacts: page-break splits and the repeated fragment."""

from civickg.sources.clean import clean, is_split, raw_paragraphs
from tests.conftest import ROOT

RAW = (ROOT / "graph/sources/000_914b0a86cd06571a.txt").read_text(encoding="utf-8")


def test_page_break_splits_are_joined():
    text = "\n".join(p.text for p in clean(RAW).paragraphs)
    assert "这一年，山大路街道持之以恒抓好项目突破。" in text
    assert "优化提升基本公共服务等方面工作" in text
    assert "“为民、品牌、活力、实干、整体、忠诚”等“六个民政”" in text
    assert "坚定“做山东大学全方位服务提供者”" in text
    assert "《街道(镇)社工站服务指南》《困境儿童关爱服务规范》两项地方标准" in text


def test_repeated_fragment_is_dropped_once():
    cleaned = clean(RAW)
    text = "\n".join(p.text for p in cleaned.paragraphs)
    assert text.count("率先建立区划调整联审机制") == 1
    drops = [r for r in cleaned.repairs if r.kind == "drop-repeat"]
    assert [r.lines for r in drops] == [(25,)]
    assert drops[0].text.startswith("务指南》《困境儿童关爱服务规范》")


def test_headings_and_bylines_are_not_joined():
    paragraphs = [p.text for p in clean(RAW).paragraphs]
    assert "济南民政开启“加速度”，多项工作走在前" in paragraphs
    assert "记者 史安琪" in paragraphs
    assert "记者 宗兆洋 通讯员 赵亮" in paragraphs
    assert "持之以恒抓好项目突破" in paragraphs


def test_no_text_is_lost_or_invented():
    cleaned = clean(RAW)
    dropped = "".join(r.text for r in cleaned.repairs if r.kind == "drop-repeat")
    raw_chars = "".join(p.text for p in raw_paragraphs(RAW))
    clean_chars = "".join(p.text for p in cleaned.paragraphs)
    assert len(raw_chars) == len(clean_chars) + len(dropped)
    assert raw_chars.replace(dropped, "", 1) == clean_chars


def test_split_rule():
    assert is_split("这一年，山大路街道持之以", "恒抓好项目突破。以优质服务助力项目落地。")
    assert not is_split("济南民政开启“加速度”，多项工作走在前", "记者 史安琪")
    assert not is_split("解决居民身边的问题。", "以品牌创设塑造优质形象，")
