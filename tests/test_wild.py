"""Real articles nobody tuned a rule on (devset/wild/): ingested with their table, drafted, built and validated.

Also the table itself (``--meta``): each file's own date, url and id, and one line for each way a table is wrong.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from civickg.cli import main
from civickg.project import Project
from tests.conftest import ROOT, copy_project
from tests.test_ingest import HONG_KONG, TIANJIN, snapshot

WILD = ROOT / "devset" / "wild"
#: The files that print no date and no year, at an address that holds none: the stored excerpts begin below the
#: page's date line.
UNDATED = ("01-keqiao-longcheng-little-volunteers", "04-ningbo-small-charity-fund-signing",
           "06-bazhou-disabled-home-visits", "16-beitou-wenhua-village-chief-activities",
           "18-shaoyang-veterans-station-inspection", "19-zhushan-shenhe-veterans-annual-check",
           "21-yinping-chenlou-village-volunteer-trad", "31-malin-subdistrict-beautiful-families",
           "32-guangzhou-district-mayday-rally-masked", "43-ruzhou-runan-xijiao-party-day",
           "54-chuzhou-yingfang-veterans-forum", "59-penghu-guangming-community-association-trad",
           "60-taichung-shengang-shenzhou-activity-centre-trad", "74-anqing-kangxihe-community-elderly-canteen",
           "77-chongqing-dadukou-charity-enterprise-donation", "80-wenshang-nanchen-village-party-led-cooperative",
           "83-huangmei-geohazard-evacuation-drills", "85-hk-wanchai-mid-autumn-elderly-visits")
#: …and those that print none either but whose address does, each in one of the forms news sites use.
DATED_BY_URL = {"07-jingzhou-disabled-new-year-visits": "2022-01-30",          # /html/2022-01/30/content_…
                "08-cangnan-disability-day-visits": "2024-05-16",              # /art/2024/5/16/art_…
                "09-xian-disabled-spring-festival-aid": "2007-01-24",          # /20070124/n247816916.shtml
                "24-zhidan-zhifang-village-sages-association": "2021-04-29",   # /content/202104/29/content_…
                "33-gansu-mayday-labor-awards": "2019-04-26",
                "34-weishan-zhanglou-flood-evacuation-drill": "2025-07-23",
                "37-macau-taipa-community-centre-anniversary": "2023-12-11",
                "44-yinchuan-qingshan-grid-knock-doors": "2024-11-13",
                "50-hk-north-district-care-teams-launch-trad": "2024-02-02",
                "51-hk-lunar-new-year-home-visits-officials-trad": "2026-02-16",
                "62-jincheng-tielu-village-pear-cooperative": "2022-11-24",
                "68-siping-erli-community-veterans-visits": "2025-08-01",       # /html/2025-08/01/content_…
                "69-kunming-zhuangyuanlou-disability-aid": "2020-05-20",        # /c/2020-05-20/…
                "70-ordos-household-liaison-micro-grids": "2025-05-29",         # /20250529/…
                "76-ningbo-zhangjiatan-village-charity-week": "2018-09-18"}     # /2018/09/18/…
#: The pages whose paragraphs were run together into one line.
ONE_LINE = ("10-pingxiang-disabled-visits-trad", "49-taixing-disability-aids-distribution",
            "81-yunxiao-spring-employment-festival")


def run(project: Project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), *args],
                          capture_output=True, text=True, encoding="utf-8")


def cli(capsys, project: Project, *args: str) -> tuple[int, str, str]:
    code = main(["--root", str(project.root), "ingest", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def wild(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, subprocess.CompletedProcess]:
    """A copy of the project with devset/wild ingested as the README shows: (project, what ingest printed)."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    done = run(project, "ingest", str(WILD), "--meta", str(WILD / "sources.tsv"))
    return project, done


def test_the_wild_folder_is_ingested_each_refusal_in_one_line(wild):
    project, done = wild
    assert done.returncode == 1, done.stderr  # some files refused
    assert "64 ingested, 0 skipped as unchanged, 21 refused; drafted" in done.stdout
    refusals = done.stderr.strip().splitlines()
    assert len(refusals) == 21 and "Traceback" not in done.stderr
    for name in UNDATED:
        line = next(r for r in refusals if f"/{name}.txt" in r)
        assert line.endswith("the article names no date and no year — give its date with --date YYYY-MM-DD, "
                             "or in a table's date column (--meta)")
    for name in ONE_LINE:
        assert any(f"/{name}.txt:1: the article is one line" in r for r in refusals)
    sources = {row["file"]: row["url"] for row in csv.DictReader((WILD / "sources.tsv").open(encoding="utf-8"),
                                                                 delimiter="\t")}
    meta = yaml.safe_load((project.sources / "26-taiyuan-hanxiguan-elevator-retrofit.yaml").read_text("utf-8"))
    assert meta["articles"][0]["url"] == sources["26-taiyuan-hanxiguan-elevator-retrofit.txt"]
    assert not (project.sources / f"{UNDATED[0]}.yaml").exists()
    for name, date in DATED_BY_URL.items():
        entry = yaml.safe_load((project.sources / f"{name}.yaml").read_text("utf-8"))["articles"][0]
        assert (entry["date"], entry["year"], entry["date_from"]) == (date, int(date[:4]), "url"), name
    # a date the address holds comes before the latest year the text names (2000年以前建成的老旧小区, in 2020)
    entry = yaml.safe_load((project.sources / "26-taiyuan-hanxiguan-elevator-retrofit.yaml").read_text("utf-8"))
    assert (entry["articles"][0]["date"], entry["articles"][0]["year"]) == ("2020-08-26", 2020)
    # with no date anywhere, the year is the latest the text names, and the metadata says so
    entry = yaml.safe_load((project.sources / "38-macau-kaifong-festival-2019.yaml").read_text("utf-8"))
    assert "date" not in entry["articles"][0]
    assert (entry["articles"][0]["year"], entry["articles"][0]["year_from"]) == (2019, "text")
    # a date printed at the article's head is kept, and said by no field
    entry = yaml.safe_load((project.sources / "65-nanjing-hongyuan-volunteer-teams-flag.yaml").read_text("utf-8"))
    assert "date_from" not in entry["articles"][0] and "year_from" not in entry["articles"][0]


def test_the_wild_drafts_build_and_validate_and_credit_their_reporters(wild):
    project, _done = wild
    built = run(project, "build")
    assert built.returncode == 0, built.stderr
    assert "built 66 articles" in built.stdout
    valid = run(project, "validate")
    assert valid.returncode == 0, valid.stdout + valid.stderr
    # a dateline's reporters (新华社太原8月25日电(记者吕梦琦、解园)) are drafted; the metadata lists none, and the build
    # credits them on the article, as drafts
    meta = yaml.safe_load((project.sources / "26-taiyuan-hanxiguan-elevator-retrofit.yaml").read_text("utf-8"))
    assert meta["articles"][0]["reporters"] == []
    query = ("SELECT ?name ?quote ?status WHERE { article:26-taiyuan-hanxiguan-elevator-retrofit civic:reporter ?p . "
             "?p rdfs:label ?name . FILTER (lang(?name) = 'zh') "
             "?ev rdf:subject article:26-taiyuan-hanxiguan-elevator-retrofit ; rdf:predicate civic:reporter ; "
             "rdf:object ?p ; civic:quote ?quote ; civic:reviewStatus ?status }")
    answer = run(project, "query", query, "--format", "csv")
    assert answer.returncode == 0, answer.stderr
    rows = sorted(answer.stdout.strip().splitlines()[1:])
    assert rows == ["吕梦琦,吕梦琦,https://civickg.org/ontology/draft", "解园,解园,https://civickg.org/ontology/draft"]
    # “好爸爸”, drafted an Initiative by one rule, is the honour 文小平 received: one kind, an Award
    kinds = run(project, "query", "SELECT ?c WHERE { cid:hao-baba a ?c }", "--format", "csv")
    assert "https://civickg.org/ontology/Award" in kinds.stdout
    assert "Initiative" not in kinds.stdout
    # a Nanjing paper's closing byline (通讯员 李慧  扬子晚报/紫牛新闻记者  周晓青): the paper is no correspondent
    meta = yaml.safe_load((project.sources / "53-suzhou-ximei-community-free-clinic.yaml").read_text("utf-8"))
    assert (meta["articles"][0]["reporters"], meta["articles"][0]["correspondents"]) == (["周晓青"], ["李慧"])


# ---------------------------------------------------------------- the table


def test_a_table_gives_each_file_of_a_folder_its_own_id_date_and_url(tmp_path, capsys):
    project = copy_project(tmp_path / "project")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hk.txt").write_text(HONG_KONG, encoding="utf-8")
    (folder / "tianjin.txt").write_text(TIANJIN, encoding="utf-8")
    code, _out, err = cli(capsys, project, str(folder / "hk.txt"))
    assert code == 2 and "hk.txt: the article names no date and no year" in err  # the Hong Kong text prints none
    table = folder / "sources.csv"
    table.write_text("\ufeffFile,id,date,url\n"      # a spreadsheet's byte-order mark and a capital are fine
                     "hk.txt,hong-kong-spring-gathering,2025-01-07,https://www.swd.gov.hk/\n"
                     "tianjin.txt,,,https://example.org/tianjin\n", encoding="utf-8")
    code, out, err = cli(capsys, project, str(folder), "--meta", str(table), "--publisher", "某报")
    assert code == 0, err
    assert "ingested as 'hong-kong-spring-gathering'" in out and "ingested as 'tianjin'" in out
    hk = yaml.safe_load((project.sources / "hong-kong-spring-gathering.yaml").read_text("utf-8"))["articles"][0]
    assert (hk["date"], hk["url"], hk["publisher"], hk["year"]) == ("2025-01-07", "https://www.swd.gov.hk/",
                                                                     "某报", 2025)
    tianjin = yaml.safe_load((project.sources / "tianjin.yaml").read_text("utf-8"))["articles"][0]
    assert tianjin["url"] == "https://example.org/tianjin" and tianjin.get("date") != "2025-01-07"


BAD_TABLES = {
    "unknown column": ("file,date,notes\nhk.txt,2025-01-07,x\n",
                       "sources.csv:1: unknown column 'notes' — the columns are file, id, title, date, url, publisher"),
    "no file column": ("name,date\nhk.txt,2025-01-07\n", "sources.csv:1: the table has no 'file' column"),
    "impossible date": ("file,date\nhk.txt,2025-02-30\n", "sources.csv:2: '2025-02-30' is not a date"),
    "date in another form": ("file,date\nhk.txt,2025/01/07\n", "sources.csv:2: '2025/01/07' is not a date"),
    "missing file": ("file,date\n\nhx.txt,2025-01-07\n", "sources.csv:3: the row names hx.txt, which does not exist"),
    "second row": ("file,date\nhk.txt,2025-01-07\nhk.txt,2025-01-08\n", "sources.csv:3: a second row for hk.txt"),
    "bad id": ("file,id\nhk.txt,Hong Kong\n", "sources.csv:2: 'Hong Kong' is not an article id"),
    "shared id": ("file,id\nhk.txt,same\ntianjin.txt,same\n", "sources.csv: the table gives the id 'same' to two"),
    "too many cells": ("file,date\nhk.txt,2025-01-07,x\n", "sources.csv:2: the row has 3 cells, the header 2"),
    "not utf-8": ("file,title\nhk.txt,社署\n".encode("big5"), "sources.csv:2: the table is not UTF-8"),
    "no table": (None, "sources.csv: no such table"),
}


@pytest.mark.parametrize("case", sorted(BAD_TABLES))
def test_a_bad_table_is_one_line_with_its_row_and_nothing_is_ingested(tmp_path, capsys, case):
    project = copy_project(tmp_path / "project")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hk.txt").write_text(HONG_KONG, encoding="utf-8")
    (folder / "tianjin.txt").write_text(TIANJIN, encoding="utf-8")
    body, words = BAD_TABLES[case]
    table: Path = folder / "sources.csv"
    if isinstance(body, bytes):
        table.write_bytes(body)
    elif body is not None:
        table.write_text(body, encoding="utf-8")
    before = snapshot(project)
    code, out, err = cli(capsys, project, str(folder), "--meta", str(table))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and words in err and " — " in err
    assert snapshot(project) == before
