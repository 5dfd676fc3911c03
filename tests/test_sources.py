"""The sources package: readers by suffix, encodings, the seed corpus and its cleaning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from civickg.errors import SourceError
from civickg.sources.clean import clean
from civickg.sources.corpus import check_source, load_corpus, load_source
from civickg.sources.encodings import convert_to_utf8, decode_text
from civickg.sources.readers import READERS, read_source
from tests.conftest import ROOT

SOURCES = ROOT / "graph" / "sources"
SEED = SOURCES / "000_914b0a86cd06571a.txt"
GB_TEXT = "记者 史安琪\n济南民政开启“加速度”，多项工作走在前\n"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(SOURCES)


def test_txt_has_a_reader_and_is_read(tmp_path: Path):
    assert ".txt" in READERS
    path = tmp_path / "article.txt"
    path.write_text("第一行\n第二行\n", encoding="utf-8")
    assert read_source(path) == "第一行\n第二行\n"


def test_txt_suffix_is_case_insensitive(tmp_path: Path):
    path = tmp_path / "ARTICLE.TXT"
    path.write_text("王勇获评第十二届“中华慈善奖”\n", encoding="utf-8")
    assert read_source(path) == "王勇获评第十二届“中华慈善奖”\n"


@pytest.mark.parametrize("name", ["article.docx", "article"])
def test_unknown_suffix_is_refused_in_one_line(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_text("text", encoding="utf-8")
    with pytest.raises(SourceError) as info:
        read_source(path)
    message = info.value.render()
    assert "\n" not in message
    assert str(path) in message
    assert "no reader" in message
    assert ".txt" in message  # the hint lists what sources may be


def test_utf8_is_read_as_is(tmp_path: Path):
    path = tmp_path / "seed.txt"
    shutil.copyfile(SEED, path)
    assert decode_text(path) == SEED.read_text(encoding="utf-8")
    assert not path.with_suffix(".txt.orig").exists()


def test_gb18030_is_detected_and_refused_with_a_hint(tmp_path: Path):
    path = tmp_path / "gb.txt"
    data = GB_TEXT.encode("gb18030")
    path.write_bytes(data)
    with pytest.raises(SourceError) as info:
        decode_text(path)
    error = info.value
    message = error.render()
    assert "\n" not in message
    assert message.startswith(f"{path}:1: ")
    assert "GB18030" in message
    assert "--convert-encoding" in error.hint
    assert path.read_bytes() == data  # left untouched
    assert not (tmp_path / "gb.txt.orig").exists()


def test_gb18030_is_refused_through_the_reader_too(tmp_path: Path):
    path = tmp_path / "gb.txt"
    path.write_bytes(GB_TEXT.encode("gb18030"))
    with pytest.raises(SourceError, match="GB18030"):
        read_source(path)


def test_gb18030_is_decoded_on_request_and_converted_keeping_the_original(tmp_path: Path):
    path = tmp_path / "gb.txt"
    data = GB_TEXT.encode("gb18030")
    path.write_bytes(data)
    assert decode_text(path, convert=True) == GB_TEXT
    assert path.read_bytes() == data  # decoding alone writes nothing
    assert convert_to_utf8(path, GB_TEXT)
    assert path.read_text(encoding="utf-8") == GB_TEXT
    assert (tmp_path / "gb.txt.orig").read_bytes() == data
    assert decode_text(path) == GB_TEXT  # now plain UTF-8
    assert not convert_to_utf8(path, GB_TEXT)  # nothing left to convert


def test_bytes_neither_utf8_nor_gb18030_are_refused(tmp_path: Path):
    path = tmp_path / "bad.txt"
    path.write_bytes("第一行\n".encode() + b"\x81\x20\xff\n")
    with pytest.raises(SourceError) as info:
        decode_text(path, convert=True)
    assert info.value.line == 2
    assert "UTF-8" in info.value.render()
    assert not (tmp_path / "bad.txt.orig").exists()


def test_seed_corpus_has_its_two_articles(corpus):
    assert [a.id for a in corpus.articles] == ["jinan-civil-affairs-2024", "shandalu-subdistrict-2023"]
    civil, shandalu = corpus.articles
    assert civil.title == "济南民政开启“加速度”，多项工作走在前"
    assert shandalu.title == "济南市历城区山大路街道：党建引领风帆劲 凝心为民启新篇"
    assert civil.reporters == ("史安琪",)
    assert civil.correspondents == ()
    assert shandalu.reporters == ("宗兆洋",)
    assert shandalu.correspondents == ("赵亮",)
    assert civil.year == shandalu.year == 2024
    assert civil.source == shandalu.source == SEED.name
    assert civil.publication_zh == "济南底气 · 2024济南市两会特别策划"


def test_article_text_starts_with_its_begins_line(corpus):
    civil = corpus.article("jinan-civil-affairs-2024")
    assert civil.text.startswith("牢牢守住民生底线 持续增进民生福祉\n")
    shandalu = corpus.article("shandalu-subdistrict-2023")
    assert shandalu.text.startswith("济南市历城区山大路街道：\n")
    assert civil.raw_lines == (9, 39)
    assert shandalu.raw_lines == (41, 71)


def test_articles_hold_the_repaired_text(corpus):
    civil = corpus.article("jinan-civil-affairs-2024")
    shandalu = corpus.article("shandalu-subdistrict-2023")
    assert "王勇获评第十二届“中华慈善奖”" in civil.text
    assert "持之以恒抓好项目突破" in shandalu.text
    assert civil.text.count("率先建立区划调整联审机制") == 1


def test_corpus_records_the_source_digest_and_repairs(corpus):
    assert corpus.sources == {SEED.name: "8926f2465d4d106dc798758e421c2d4158fe87581cb45e162818283fcaa7665b"}
    assert list(corpus.repairs) == ["000_914b0a86cd06571a.yaml"]
    kinds = sorted(r.kind for r in corpus.repairs["000_914b0a86cd06571a.yaml"])
    assert kinds == ["drop-repeat", "join", "join", "join", "join", "join"]


def test_unknown_article_id_is_a_key_error(corpus):
    with pytest.raises(KeyError):
        corpus.article("no-such-article")


def test_page_break_join_is_recorded():
    repairs = clean(SEED.read_text(encoding="utf-8")).repairs
    joins = [r for r in repairs if r.kind == "join"]
    join = next(r for r in joins if r.text.endswith("持之以|恒抓好项目突破。"))
    assert join.text == "山大路街道持之以|恒抓好项目突破。"
    assert join.lines == (63, 65)
    assert join.as_dict() == {"kind": "join", "lines": [63, 65], "text": "山大路街道持之以|恒抓好项目突破。"}


def test_repeated_fragment_drop_is_recorded():
    repairs = clean(SEED.read_text(encoding="utf-8")).repairs
    drops = [r for r in repairs if r.kind == "drop-repeat"]
    assert len(drops) == 1
    assert drops[0].lines == (25,)
    assert "率先建立区划调整联审机制" in drops[0].text


def test_clean_of_a_small_text():
    raw = "标题\n\n这是一段被分页，切开的\n\n\n文字，到这里结束。\n文字，到这里结束。\n"
    cleaned = clean(raw)
    assert [p.text for p in cleaned.paragraphs] == ["标题", "这是一段被分页，切开的文字，到这里结束。"]
    assert [p.lines for p in cleaned.paragraphs] == [(1,), (3, 6)]
    assert [(r.kind, r.lines) for r in cleaned.repairs] == [("drop-repeat", (7,)), ("join", (3, 6))]


def test_a_source_is_checked_in_memory_exactly_as_it_is_loaded_from_its_files():
    meta = SOURCES / "000_914b0a86cd06571a.yaml"
    meta_text, data = meta.read_text(encoding="utf-8"), SEED.read_bytes()
    assert check_source(meta, meta_text, data) == load_source(meta)
    assert check_source(meta, meta_text, data) == load_source(meta)
    articles, _repairs, _digest = check_source(meta, meta_text, data)
    assert [(a.id, a.text[:8]) for a in articles] == [("jinan-civil-affairs-2024", "牢牢守住民生底线"),
                                                      ("shandalu-subdistrict-2023", "济南市历城区山大")]
    with pytest.raises(SourceError, match=r"SHA-256 is [0-9a-f]{64}, not the one recorded"):
        check_source(meta, meta_text, data + "又一行\n".encode())
    with pytest.raises(SourceError, match="duplicate key 'source'"):
        check_source(meta, meta_text + "source: other.txt\n", data)


def test_a_byline_line_names_people_not_the_outlet_or_the_dateline():
    from civickg.sources.bylines import bylines

    # a Nanjing paper's closing byline, and a Taiwanese paper's opening one (full-width slash)
    assert bylines(["通讯员 李慧  扬子晚报/紫牛新闻记者  周晓青"]) == {"reporters": ["周晓青"],
                                                          "correspondents": ["李慧"]}
    assert bylines(["記者黃秋儒／新北報導"]) == {"reporters": ["黃秋儒"], "correspondents": []}
    assert bylines(["记者 宗兆洋 通讯员 赵亮"]) == {"reporters": ["宗兆洋"], "correspondents": ["赵亮"]}
    # a photo credit under a Chongqing paper's page (dev set): the reporter took the photos, 摄 is no part of her name
    assert bylines(["(本版图片除署名外均由记者张莎摄) |"]) == {"reporters": ["张莎"], "correspondents": []}
    assert bylines(["記者 林玉樹 攝影"]) == {"reporters": ["林玉樹"], "correspondents": []}


ROSTER_PAGE = """<html><head><title>2023年度温州市志愿服务最美典型名单公布</title></head><body><div class="article">
<h1>2023年度温州市志愿服务最美典型名单公布</h1>
<p>中共温州市委宣传部、温州市民政局组织开展了2023年度温州市志愿服务最美(最佳)典型宣传活动。经申报推选、专家评审和网络公示,现已公布获奖名单。</p>
<p>最美温州人·最美志愿者</p>
<table><tr><td>罗小双</td><td>温州市“管妈妈”志愿服务队</td></tr><tr><td>刘华明</td><td>鹿城区复兴亭公益慈善服务中心</td></tr></table>
<p>最佳志愿服务组织</p>
<ul><li>温州技师学院“四叶草”志愿者服务队</li><li>温州市鹿城区双拥志愿者协会</li></ul>
<p>希望获奖的组织和个人珍惜荣誉、再接再厉,不断创新、再创佳绩,为谱写中国式现代化温州篇章贡献志愿力量。</p>
</div></body></html>"""


def test_a_pages_tables_and_lists_inside_its_body_are_read_as_lines():
    # html.with_inner_tables: trafilatura's balanced mode leaves out a roster printed as a table or a list (the
    # Wenzhou 2024 list of honourees, lcwmw.66wz.net, laid out as a page would print it); each row is a line of its
    # cells, each item a line of its own, in their place between the body's paragraphs
    from civickg.sources.html import page_reading

    text = page_reading(ROSTER_PAGE, "utf-8", "roster.html").text
    lines = text.split("\n")
    assert "罗小双 温州市“管妈妈”志愿服务队" in lines and "温州技师学院“四叶草”志愿者服务队" in lines
    assert lines.index("最美温州人·最美志愿者") < lines.index("罗小双 温州市“管妈妈”志愿服务队") \
        < lines.index("最佳志愿服务组织") < lines.index("温州市鹿城区双拥志愿者协会")
    assert not any(line.startswith(("|", "- ")) for line in lines)
    from civickg.extract import draft_annotation
    doc = draft_annotation("roster", text, None, year=2024)
    names = {e["id"]: e["zh"] for e in doc["entities"]}
    received = {(names[f["s"]], names[f["o"]]) for f in doc["facts"] if f["p"] == "received"}
    assert ("罗小双", "最美温州人·最美志愿者") in received and ("鹿城区双拥志愿者协会", "最佳志愿服务组织") in received
