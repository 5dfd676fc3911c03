"""civickg ingest: real articles in other encodings into a copy of the project, drafted, built, validated, queried.

The test converts three dev-set articles (a simplified .txt, the saved .html page and the traditional-character
.txt) to GBK, Big5, UTF-16 with BOM and UTF-8 with BOM itself, ingests them, and follows them to a query answer.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from civickg.cli import main
from civickg.extract.annotate import ArticleDrafter
from civickg.extract.linking import declarations
from civickg.extract.writer import dump_draft, scalar
from civickg.project import Project
from civickg.sources.ingest import IngestOptions, dump_metadata, ingest_paths
from tests.conftest import ROOT, copy_project

DEVSET = ROOT / "devset" / "texts"
TIANJIN = (DEVSET / "tianjin-huaming-community-canteen-2026.txt").read_text(encoding="utf-8")
PAGE = (DEVSET / "zhongshan-financial-street-inspection-2019.html").read_text(encoding="utf-8")
PAGE_BODY = (DEVSET / "zhongshan-financial-street-inspection-2019.body.txt").read_text(encoding="utf-8")
HONG_KONG = (DEVSET / "hong-kong-swd-tang-ho-fund-spring-gathering-2025.txt").read_text(encoding="utf-8")
HEADLINE = "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作"

#: id -> (text, codec, suffix, the encoding's name in the metadata)
ARTICLES = {
    "tianjin-gbk": (TIANJIN, "gbk", ".txt", "GB18030/GBK"),
    "tianjin-utf16": (TIANJIN, "utf-16", ".txt", "UTF-16 LE with BOM"),
    "tianjin-utf8bom": (TIANJIN, "utf-8-sig", ".txt", "UTF-8 with BOM"),
    "zhongshan-gbk": (PAGE, "gbk", ".html", "GB18030/GBK"),
    "zhongshan-utf16": (PAGE, "utf-16", ".html", "UTF-16 LE with BOM"),
    "zhongshan-utf8bom": (PAGE, "utf-8-sig", ".html", "UTF-8 with BOM"),
    "hong-kong-big5": (HONG_KONG, "big5", ".txt", "Big5"),
    "hong-kong-utf16": (HONG_KONG, "utf-16", ".txt", "UTF-16 LE with BOM"),
    "hong-kong-utf8bom": (HONG_KONG, "utf-8-sig", ".txt", "UTF-8 with BOM"),
}


def snapshot(project: Project) -> dict[str, str]:
    """SHA-256 of every file under graph/."""
    graph = project.root / "graph"
    return {str(p.relative_to(graph)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(graph.rglob("*")) if p.is_file()}


def write_inputs(folder: Path, prefix: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for ident, (text, codec, suffix, _name) in ARTICLES.items():
        if ident.startswith(prefix):
            path = folder / f"{ident}{suffix}"
            path.write_bytes(text.encode(codec))
            paths.append(path)
    return paths


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory):
    """A project copy with the nine articles ingested: (project, {id: outcome}, inputs folder)."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    inputs = tmp_path_factory.mktemp("inputs")
    write_inputs(inputs / "mainland", "tianjin")
    write_inputs(inputs / "mainland", "zhongshan")
    write_inputs(inputs / "hong-kong", "hong-kong")
    first = ingest_paths([inputs / "mainland"], project, drafter=ArticleDrafter(project.annotations))
    second = ingest_paths([inputs / "hong-kong"], project, IngestOptions(date="2025-01-07"),
                          drafter=ArticleDrafter(project.annotations))
    outcomes = {o.article_id: o for o in first.outcomes + second.outcomes}
    return project, outcomes, inputs


def metadata(project: Project, ident: str) -> dict:
    return yaml.safe_load((project.sources / f"{ident}.yaml").read_text(encoding="utf-8"))


def draft(project: Project, ident: str) -> dict:
    return yaml.safe_load((project.annotations / f"{ident}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("ident", ARTICLES)
def test_each_article_is_stored_with_its_original_bytes_and_utf8_text(ingested, ident):
    project, outcomes, _inputs = ingested
    text, codec, suffix, name = ARTICLES[ident]
    assert outcomes[ident].status == "ingested", outcomes[ident].message
    meta = metadata(project, ident)
    original = project.sources / meta["original"]
    assert original.name == f"{ident}.original{suffix}"
    assert original.read_bytes() == text.encode(codec)
    assert meta["encoding"] == name and name in outcomes[ident].message
    stored = (project.sources / meta["source"]).read_text(encoding="utf-8")
    assert meta["sha256"] == hashlib.sha256(stored.encode("utf-8")).hexdigest()
    assert meta["original_sha256"] == hashlib.sha256(text.encode(codec)).hexdigest()
    if suffix == ".txt":
        assert stored == text  # the original's decoded text, character for character
        assert meta["reader"] == "text"
    else:
        assert meta["reader"] == "html"
        assert stored == f"{HEADLINE}\n\n{PAGE_BODY}\n"  # the headline and the body trafilatura extracts


def test_metadata_is_read_from_the_page_and_the_text(ingested):
    project, _outcomes, _inputs = ingested
    page = metadata(project, "zhongshan-utf16")["articles"][0]
    assert page["title"] == HEADLINE and page["begins"] == HEADLINE
    assert page["date"] == "2019-03-06" and page["year"] == 2019
    tianjin = metadata(project, "tianjin-gbk")["articles"][0]
    assert tianjin["title"] == TIANJIN.splitlines()[0]  # the first line, when no title is given
    assert tianjin["year"] == 2026
    hong_kong = metadata(project, "hong-kong-big5")["articles"][0]
    assert hong_kong["title"] == "社署與鄧何基金合辦春節聯歡會與長者共迎新春"
    assert hong_kong["date"] == "2025-01-07"


def test_drafts_are_valid_annotations_with_verbatim_quotes(ingested):
    project, outcomes, _inputs = ingested
    schema = json.loads(project.annotation_schema.read_text(encoding="utf-8"))
    for ident in ARTICLES:
        annotation = draft(project, ident)
        jsonschema.validate(annotation, schema)
        assert annotation["article"] == ident and annotation["status"] == "draft"
        text = (project.root / "graph" / "sources" / f"{ident}.txt").read_text(encoding="utf-8")
        quotes = [e["mention"] for e in annotation["entities"]] + [
            item["quote"] for kind in ("facts", "observations", "mentions") for item in annotation.get(kind) or []]
        assert all(q in text for q in quotes), ident
        assert outcomes[ident].drafted["entities"] == len(annotation["entities"])


def test_traditional_characters_stay_verbatim_in_quotes(ingested):
    project, _outcomes, _inputs = ingested
    annotation = draft(project, "hong-kong-big5")
    labels = {e["zh"] for e in annotation["entities"]}
    assert "鄧肇堅何添慈善基金管理委員會" in labels
    quotes = [o["quote"] for o in annotation["observations"]]
    # 宗 is a unit: the count opens its figure's words, 向 stays out; the sum after it is a figure of its own
    assert "468宗申請批核" in quotes and "申請批核195萬元" in quotes


def test_later_articles_link_to_entities_the_graph_already_knows(ingested):
    project, _outcomes, _inputs = ingested
    first = {e["zh"]: e["id"] for e in draft(project, "tianjin-gbk")["entities"]}
    assert "东丽区" in first
    later = draft(project, "tianjin-utf8bom")
    assert "东丽区" not in {e["zh"] for e in later["entities"]}
    assert first["东丽区"] in {m["id"] for m in later["mentions"]}


def test_ingesting_the_same_bytes_again_changes_nothing(ingested):
    project, _outcomes, inputs = ingested
    before = snapshot(project)
    report = ingest_paths([inputs / "mainland"], project, drafter=ArticleDrafter(project.annotations))
    assert {o.status for o in report.outcomes} == {"unchanged"}
    assert "already ingested as 'tianjin-gbk'" in report.outcomes[0].message
    assert report.summary().startswith("0 ingested, 6 skipped as unchanged, 0 refused")
    assert snapshot(project) == before


def run(project: Project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), *args],
                          capture_output=True, text=True, encoding="utf-8")


#: One article of each kind (GBK text, UTF-16 page, Big5 traditional text), each the first of its group ingested.
BUILT = ("tianjin-gbk", "zhongshan-gbk", "hong-kong-big5")


def test_the_new_articles_build_validate_and_answer_queries(ingested, tmp_path):
    ingested_project, _outcomes, _inputs = ingested
    project = Project(tmp_path / "project")
    shutil.copytree(ingested_project.root / "graph", project.root / "graph")
    shutil.copytree(ingested_project.root / "ontology", project.root / "ontology")
    for ident in set(ARTICLES) - set(BUILT):  # the other encodings of the same articles: built once is enough
        for path in [*project.sources.glob(f"{ident}.*"), project.annotations / f"{ident}.yaml"]:
            path.unlink()
    built = run(project, "build")
    assert built.returncode == 0, built.stderr
    assert "built 5 articles" in built.stdout
    valid = run(project, "validate")
    assert valid.returncode == 0, valid.stdout + valid.stderr
    query = ("SELECT ?label WHERE { article:tianjin-gbk schema:mentions ?e . ?e rdfs:label ?label "
             "FILTER (lang(?label) = 'zh') }")
    answer = run(project, "query", query, "--format", "csv")
    assert answer.returncode == 0, answer.stderr
    assert "东丽区" in answer.stdout and "华明街道" in answer.stdout
    titles = run(project, "query", "SELECT ?t WHERE { article:hong-kong-big5 dcterms:title ?t }", "--format", "csv")
    assert "社署與鄧何基金合辦春節聯歡會與長者共迎新春" in titles.stdout


# ---------------------------------------------------------------- replacing, merging, refusing


@pytest.fixture
def small_project(tmp_path: Path) -> Project:
    return copy_project(tmp_path / "project")


def cli(capsys, project: Project, *args: str) -> tuple[int, str, str]:
    code = main(["--root", str(project.root), "ingest", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_reviewed_item_is_kept_and_a_curated_file_never_touched(small_project, tmp_path, capsys):
    article = tmp_path / "tianjin-canteen.txt"
    article.write_text(TIANJIN, encoding="utf-8")
    assert cli(capsys, small_project, str(article))[0] == 0
    path = small_project.annotations / "tianjin-canteen.yaml"
    annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
    annotation["entities"][0].update(status="reviewed", en="Dongli District")
    path.write_text(yaml.safe_dump(annotation, allow_unicode=True, sort_keys=False), encoding="utf-8")
    article.write_text(TIANJIN + "\n社区食堂每天中午开放。\n", encoding="utf-8")
    code, _out, err = cli(capsys, small_project, str(article))
    assert code == 2 and "article id 'tianjin-canteen' is taken by tianjin-canteen.yaml" in err
    code, out, _err = cli(capsys, small_project, str(article), "--replace")
    assert code == 0 and "replaced as 'tianjin-canteen'" in out
    merged = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert merged["entities"][0]["en"] == "Dongli District" and merged["entities"][0]["status"] == "reviewed"
    assert sum(e["zh"] == "东丽区" for e in merged["entities"]) == 1
    merged["status"] = "reviewed"  # a person has checked the whole file
    path.write_text(yaml.safe_dump(merged, allow_unicode=True, sort_keys=False), encoding="utf-8")
    before = path.read_bytes()
    article.write_text(TIANJIN + "\n社区食堂每天中午和晚上开放。\n", encoding="utf-8")
    code, out, _err = cli(capsys, small_project, str(article), "--replace")
    assert code == 0 and "kept its reviewed annotation" in out
    assert path.read_bytes() == before


def test_a_later_ingest_links_through_the_declarations_cache_which_follows_every_change(small_project, tmp_path,
                                                                                         capsys):
    first, later = tmp_path / "tianjin-first.txt", tmp_path / "tianjin-later.txt"
    first.write_text(TIANJIN, encoding="utf-8")
    assert cli(capsys, small_project, str(first))[0] == 0
    path = small_project.annotations / "tianjin-first.yaml"
    cache = small_project.build / "cache" / "declared"
    entry = cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()}.json"
    remembered = json.loads(entry.read_text(encoding="utf-8"))  # written with the draft, not parsed from it
    assert remembered == declarations(path)  # what parsing the file gives
    dongli = next(e for e in remembered["entities"] if e["zh"] == "东丽区")
    assert remembered["article"] == "tianjin-first" and dongli["id"] in remembered["taken"]
    # a person renames the district's entity: the cache is keyed by the file's bytes, so the change is seen
    annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
    next(e for e in annotation["entities"] if e["zh"] == "东丽区")["id"] = "dongli-district"
    path.write_text(yaml.safe_dump(annotation, allow_unicode=True, sort_keys=False), encoding="utf-8")
    later.write_text(TIANJIN.replace("华明", "华明镇"), encoding="utf-8")
    assert cli(capsys, small_project, str(later))[0] == 0
    linked = yaml.safe_load((small_project.annotations / "tianjin-later.yaml").read_text(encoding="utf-8"))
    assert "东丽区" not in {e["zh"] for e in linked["entities"]}
    assert "dongli-district" in {m["id"] for m in linked["mentions"]}
    # a damaged entry is made again from the file
    changed = cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()}.json"
    changed.write_text("{", encoding="utf-8")
    assert declarations(path, cache) == declarations(path)
    assert json.loads(changed.read_text(encoding="utf-8"))["article"] == "tianjin-first"


def bad_inputs(folder: Path) -> dict[str, tuple[Path, list[str], str]]:
    """name -> (path, extra options, words the one-line message must hold)."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin.txt").write_bytes("Café déjà vu, naïve façade, résumé\nSecond line.\n".encode("latin-1"))
    (folder / "index.html").write_text("<html><head><title>首页</title></head><body><nav><a href='/'>首页</a>"
                                       "</nav></body></html>", encoding="utf-8")
    (folder / "large.txt").write_text(TIANJIN, encoding="utf-8")
    (folder / "taken.txt").write_text(TIANJIN.replace("华明", "华明镇"), encoding="utf-8")
    (folder / "nothing").mkdir()
    (folder / "nothing" / "notes.docx").write_bytes(b"PK")
    return {
        "empty": (folder / "empty.txt", [], "empty.txt: the file is empty"),
        "binary": (folder / "picture.txt", [], "picture.txt:3: a binary file, not text"),
        "undecidable": (folder / "latin.txt", [], "latin.txt:1: undecidable encoding"),
        "no body": (folder / "index.html", [], "index.html: the page has no article body"),
        "too large": (folder / "large.txt", ["--max-size", "1000"], "over the limit of 1,000 — "),
        "duplicate id": (folder / "taken.txt", ["--id", "shandalu-subdistrict-2023"],
                         "article id 'shandalu-subdistrict-2023' is taken by 000_914b0a86cd06571a.yaml"),
        "missing": (folder / "missing.txt", [], "missing.txt: no such file or folder"),
        "no articles": (folder / "nothing", [], "nothing: the folder holds no articles"),
    }


@pytest.mark.parametrize("case", ["empty", "binary", "undecidable", "no body", "too large", "duplicate id",
                                  "missing", "no articles"])
def test_bad_input_is_one_line_and_leaves_graph_unchanged(small_project, tmp_path, capsys, case):
    path, options, words = bad_inputs(tmp_path / "in")[case]
    before = snapshot(small_project)
    code, out, err = cli(capsys, small_project, str(path), *options)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and str(path) in err
    assert words in err
    assert " — " in err  # what to do
    assert snapshot(small_project) == before


def test_a_page_run_together_into_one_line_is_read_as_the_body_of_the_title_given(small_project, tmp_path, capsys):
    # devset/wild/49: a real page whose paragraphs (and headline) were run together into one line
    page = ROOT / "devset" / "wild" / "49-taixing-disability-aids-distribution.txt"
    before = snapshot(small_project)
    code, _out, err = cli(capsys, small_project, str(page), "--date", "2016-05-12")
    assert code == 2 and err.count("\n") == 1 and "49-taixing-disability-aids-distribution.txt:1: the article is " \
        "one line: nothing follows its title — put the title on the first line and the text below it, or give " \
        "its title with --title (or in a table's title column) to read the line as its body" in err
    assert snapshot(small_project) == before
    title = "全市残疾人辅助器具发放启动仪式"    # a title in the article's own words: nothing is added to what it says
    code, out, err = cli(capsys, small_project, str(page), "--date", "2016-05-12", "--title", title)
    assert code == 0 and "ingested as '49-taixing-disability-aids-distribution' (UTF-8, text reader" in out, err
    ident = "49-taixing-disability-aids-distribution"
    entry = metadata(small_project, ident)["articles"][0]
    assert (entry["title"], entry["begins"]) == (title, title)
    stored = (small_project.sources / f"{ident}.txt").read_text(encoding="utf-8")
    assert stored == f"{title}\n\n{page.read_text(encoding='utf-8')}"          # the title given heads the line
    assert (small_project.sources / f"{ident}.original.txt").read_bytes() == page.read_bytes()
    drafted = {(str(e.get("mention")), str(e["class"])) for e in draft(small_project, ident)["entities"]}
    assert {("田之本", "Person"), ("李帅", "Reporter")} <= drafted             # the body is drafted


def test_a_folder_reports_each_refusal_and_a_summary(small_project, tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b-tianjin.txt").write_bytes(TIANJIN.encode("gbk"))
    code, out, err = cli(capsys, small_project, str(folder))
    assert code == 1
    assert "a-empty.txt: the file is empty" in err
    assert "ingested as 'b-tianjin' (GB18030/GBK, text reader" in out
    assert "1 ingested, 0 skipped as unchanged, 1 refused; drafted" in out


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "zh", "en", "note", "quote", "mention"]),
                       st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=False), st.booleans(),
                                 st.none(), st.lists(st.text(max_size=10), max_size=3)), min_size=1))
def test_the_draft_writer_reads_back_what_it_wrote(entity: dict):
    annotation = {"article": "a", "status": "draft", "entities": [entity]}
    assert yaml.safe_load(dump_draft(annotation)) == annotation


@settings(max_examples=500, deadline=None)
@given(st.fixed_dictionaries({"source": st.text(max_size=20), "original_name": st.text(max_size=20)},
                             optional={"title": st.text(max_size=40), "publisher": st.text(max_size=20),
                                       "reporters": st.lists(st.text(max_size=8), max_size=3)}))
def test_the_metadata_file_reads_back_what_ingest_wrote(meta: dict):
    # any title or name a page prints, a next line (\x85) or a line separator in it too, comes back as it was
    # (PyYAML's own emitter writes some of these so that they read back changed; libyaml's does not)
    assert yaml.safe_load(dump_metadata(meta)) == meta


GOVERNMENT_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>暖冬行动走访慰问_部门动态_福州市鼓楼区人民政府</title>
<meta name="SiteName" content="福州市鼓楼区人民政府"><meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="鼓楼区民政局开展“暖冬行动”走访慰问困难群众">
<meta name="PubDate" content="2024/1/18 10:32"><meta name="ContentSource" content="鼓楼区民政局">
</head><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="article"><div class="content">
<p>为切实做好困难群众冬季生活保障工作，鼓楼区民政局联合东街街道办事处开展“暖冬行动”走访慰问活动。</p>
<p>慰问组先后走访了东街街道文藻社区、安泰街道朱紫坊社区的12户低保家庭，送上大米、食用油、棉被等生活物资。</p>
</div><div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="#">关闭窗口</a>】</div></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/a1.html">鼓楼区召开民政工作会议</a></li>
<li><a href="/a2.html">温泉街道开展养老服务设施安全检查</a></li></ul></div>
<div class="footer"><p>主办单位：福州市鼓楼区人民政府办公室</p><p>闽ICP备05000001号</p></div></body></html>"""


def test_a_government_page_gives_its_site_title_and_date_from_its_meta_tags(small_project, tmp_path, capsys):
    """SiteName, ArticleTitle and PubDate (the government website norm's <meta> tags) name the publisher, the
    headline (not the <title>, cut short and followed by the column and the site) and the date; the body is the
    article's paragraphs, without the menu, the related links or the footer."""
    page = tmp_path / "gulou-warm-winter.html"
    page.write_text(GOVERNMENT_PAGE, encoding="utf-8")
    code, out, _err = cli(capsys, small_project, str(page))
    assert code == 0, out
    entry = metadata(small_project, "gulou-warm-winter")["articles"][0]
    assert entry["title"] == "鼓楼区民政局开展“暖冬行动”走访慰问困难群众"
    assert entry["publisher"] == "福州市鼓楼区人民政府"
    assert entry["date"] == "2024-01-18" and entry["year"] == 2024
    text = (small_project.sources / "gulou-warm-winter.txt").read_text(encoding="utf-8")
    assert text.startswith("鼓楼区民政局开展“暖冬行动”走访慰问困难群众\n")
    assert "送上大米、食用油、棉被等生活物资。" in text
    for boilerplate in ("新闻中心", "打印本页", "相关新闻", "鼓楼区召开民政工作会议", "闽ICP备", "主办单位"):
        assert boilerplate not in text


@pytest.mark.parametrize("value, date", [("2024-01-18 10:32", "2024-01-18"), ("2024/1/8", "2024-01-08"),
                                         ("2024年1月18日 09:00", "2024-01-18"), ("2024.12.3", "2024-12-03"),
                                         ("2024-13-01", None), ("昨天 10:32", None), ("", None)])
def test_a_site_date_is_read_in_the_forms_sites_print_it(value, date):
    # a page's PubDate is read as a date printed in the text is (sources/bylines.py printed_date)
    from civickg.sources.bylines import printed_date
    assert printed_date([value]) == date


def _libyaml(value: object) -> str:
    text = yaml.dump(value, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True, width=1 << 20)
    return text.removesuffix("\n...\n").rstrip("\n")


SCALAR_CHARACTERS = "甲乙aZ19 -“”‘’《》「」（）【】，、。：；·…—　.%+()/_,:#'\"!&*|>@`[]{}?~\t"


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.tuples(st.sampled_from("甲aY“《「（-:#'1"),
                           st.lists(st.sampled_from([*SCALAR_CHARACTERS, " #", ": "]), max_size=4).map("".join),
                           st.sampled_from(SCALAR_CHARACTERS + "乙" * 20)).map("".join),
                 st.floats(allow_nan=False).filter(lambda x: x not in (0.0, 1.0))))
def test_the_draft_writer_writes_a_scalar_as_libyaml_does(value: str | float):
    # the writer's own plain text and decimals (quotation marks, CJK punctuation, 12.5) are libyaml's choice
    assert scalar(value) == _libyaml(value)


def test_a_decimal_equal_to_a_boolean_is_written_as_a_decimal():
    # True == 1.0 in Python: a cache keyed on the value once wrote a change of 1.0 after a boolean as `true`
    text = dump_draft({"status": True, "change": 1.0, "draft": False, "rank": 0.0, "count": 1})
    assert "change: 1.0\n" in text and "rank: 0.0\n" in text and "status: true\n" in text
    read = yaml.safe_load(text)
    assert type(read["change"]) is float and type(read["rank"]) is float and read["status"] is True
    # -0.0 == 0.0 too: a negative zero written first does not make every later zero negative (nor the other way)
    assert "rank: -0.0\n" in dump_draft({"rank": -0.0}) and "rank: 0.0\n" in dump_draft({"rank": 0.0})
    assert "rank: -0.0\n" in dump_draft({"rank": -0.0})


def test_a_date_that_cannot_be_in_source_metadata_is_one_line_with_its_line(small_project, tmp_path, capsys):
    """year: 2024-13-45 reads as a YAML date that does not exist: one line with the file and line, no traceback."""
    (small_project.sources / "odd.yaml").write_text("source: odd.txt\nyear: 2024-13-45\narticles: []\n",
                                                    encoding="utf-8")
    before = snapshot(small_project)
    article = tmp_path / "tianjin.txt"
    article.write_text(TIANJIN, encoding="utf-8")
    code, out, err = cli(capsys, small_project, str(article))
    assert code == 2 and out == ""
    assert err.strip() == (f"error: {small_project.sources / 'odd.yaml'}:2: malformed YAML: 2024-13-45 is not a real "
                           "date (month must be in 1..12) — write a date that exists, as YYYY-MM-DD, or quote the "
                           "value to keep it as text")
    assert snapshot(small_project) == before


def test_a_malformed_source_metadata_file_is_one_line_with_its_line(small_project, tmp_path, capsys):
    """The source index reads metadata with libyaml's loader; a file it cannot read is still named with its line."""
    (small_project.sources / "broken.yaml").write_text("id: x\narticles: [\n  - id: y\n", encoding="utf-8")
    before = snapshot(small_project)
    article = tmp_path / "tianjin.txt"
    article.write_text(TIANJIN, encoding="utf-8")
    code, out, err = cli(capsys, small_project, str(article))
    assert code == 2 and out == ""
    assert err.startswith(f"error: {small_project.sources / 'broken.yaml'}:3: malformed YAML")
    assert len(err.strip().splitlines()) == 1 and snapshot(small_project) == before


def test_two_publishers_of_one_pinyin_get_two_publications_and_one_publisher_one(small_project, tmp_path, capsys):
    """Two Taiwanese pages of the dev set carried by one portal, each credited to its own reporter, gave one
    publication id (the pinyin of the name's first characters) with two labels, which the graph's shapes refuse:
    the second publisher gets the id with -2; an article of the first publisher again gets the first id."""
    names = {"a": "Yahoo奇摩新聞，轉載中央社記者甲的報導", "b": "Yahoo奇摩新聞，轉載中央社記者乙的報導",
             "c": "Yahoo奇摩新聞，轉載中央社記者甲的報導"}
    for key, publisher in names.items():
        page = tmp_path / f"portal-{key}.txt"
        page.write_text(f"高雄社區獲獎{key}\n\n高雄市政府今天表揚{key}社區。\n", encoding="utf-8")
        assert cli(capsys, small_project, str(page), "--publisher", publisher, "--date", "2025-12-16")[0] == 0
    ids = {key: metadata(small_project, f"portal-{key}")["articles"][0]["publication_id"] for key in names}
    assert ids == {"a": "yahoo-qi", "b": "yahoo-qi-2", "c": "yahoo-qi"}
