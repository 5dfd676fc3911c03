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


# The same kinds of artifact anywhere in a text: found by what the text says, not by where it stands.
SPLIT_AROUND_FURNITURE = """街道党工委

这一年，街道坚持党建引领，持续推进老旧小区改造和便民服务

3

中心建设，群众满意度明显提升。

街道党工委

记者 张华
"""


def test_a_page_number_between_split_halves_is_dropped_and_the_halves_joined():
    cleaned = clean(SPLIT_AROUND_FURNITURE)
    paragraphs = [p.text for p in cleaned.paragraphs]
    assert "这一年，街道坚持党建引领，持续推进老旧小区改造和便民服务中心建设，群众满意度明显提升。" in paragraphs
    assert "3" not in paragraphs
    assert paragraphs[0] == paragraphs[-2] == "街道党工委"  # a header outside a split stays
    assert [(r.kind, r.text) for r in cleaned.repairs] == [("drop-furniture", "3"),
                                                          ("join", "区改造和便民服务|中心建设，群众满")]


def test_a_running_header_between_split_halves_is_dropped():
    raw = ("济南日报 2024年1月5日\n\n社区开展关爱独居老人活动，志愿者上门送去\n\n济南日报 2024年1月5日\n\n"
           "米面油等生活物资。\n")
    cleaned = clean(raw)
    assert [p.text for p in cleaned.paragraphs] == ["济南日报 2024年1月5日",
                                                    "社区开展关爱独居老人活动，志愿者上门送去米面油等生活物资。"]
    assert [r.kind for r in cleaned.repairs] == ["drop-furniture", "join"]


def test_a_paragraph_repeated_after_another_is_dropped():
    sentence = "街道新建党群服务中心，面积达3000平方米，为居民提供一站式服务。"
    raw = f"{sentence}\n\n小标题\n\n{sentence}\n\n新的一段，继续介绍。\n"
    cleaned = clean(raw)
    assert [p.text for p in cleaned.paragraphs] == [sentence, "小标题", "新的一段，继续介绍。"]
    assert [(r.kind, r.lines) for r in cleaned.repairs] == [("drop-repeat", (5,))]


def test_words_repeated_at_the_start_of_the_next_page_are_dropped():
    first, repeat = "社区组建了8支志愿服务队，开展助老助残、环境整治、文明宣传", "开展助老助残、环境整治、文明宣传"
    cleaned = clean(f"{first}\n\n{repeat}等活动200余场。\n")
    assert [p.text for p in cleaned.paragraphs] == [f"{first}等活动200余场。"]
    assert [(r.kind, r.text) for r in cleaned.repairs] == [("drop-repeat", "开展助老助残、环境整治、文明宣传"),
                                                          ("join", "境整治、文明宣传|等活动200余场")]


def test_short_repeats_and_headings_far_apart_are_kept():
    sentence = "今年，社区工作取得新进展，群众满意度不断提升。"
    paragraphs = ["工作成效", sentence, "工作计划", "一", "二", "三", sentence, "工作成效"]
    cleaned = clean("\n\n".join(paragraphs) + "\n")
    assert [p.text for p in cleaned.paragraphs] == paragraphs
    assert cleaned.repairs == []
