"""scripts/corpus_graph.py: the dev set's curated articles join the seed's in a project folder of their own, which
builds, validates and answers queries with the words of its articles (`make corpus` runs it on all of them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "corpus_graph.py"
#: a simplified article (Nanning's families), a traditional one (Tainan) and the saved web page (Zhongshan)
ARTICLES = ("nanning-most-beautiful-families-2017", "tainan-outstanding-volunteers-2025",
            "zhongshan-financial-street-inspection-2019")
CIVICKG = Path(sys.executable).parent / "civickg"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "corpus"
    done = run(sys.executable, str(SCRIPT), "--out", str(out), "--only", *ARTICLES)
    assert done.returncode == 0, done.stderr
    assert "the seed and 3 dev-set articles" in done.stdout
    built = run(str(CIVICKG), "--root", str(out), "build")
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("built 5 articles:"), built.stdout
    return out


def test_each_article_is_taken_in_as_ingest_takes_it_with_its_gold_in_place_of_a_draft(corpus):
    sources = corpus / "graph" / "sources"
    page = (ROOT / "devset" / "texts" / "zhongshan-financial-street-inspection-2019.html").read_bytes()
    assert (sources / "zhongshan-financial-street-inspection-2019.original.html").read_bytes() == page
    meta = yaml.safe_load((sources / "tainan-outstanding-volunteers-2025.yaml").read_text(encoding="utf-8"))
    entry = meta["articles"][0]
    assert entry["date"] == "2025-11-22" and entry["url"].startswith("https://tw.news.yahoo.com/")
    for ident in ARTICLES:
        gold = (ROOT / "devset" / "gold" / f"{ident}.yaml").read_bytes()
        assert (corpus / "graph" / "annotations" / f"{ident}.yaml").read_bytes() == gold
    assert (corpus / "graph" / "annotations" / "jinan-civil-affairs-2024.yaml").exists()


def test_the_corpus_validates(corpus):
    done = run(str(CIVICKG), "--root", str(corpus), "validate")
    assert done.returncode == 0, done.stdout[-3000:]
    assert done.stdout.rstrip().endswith("valid")


def test_a_query_answers_with_the_quote_of_the_article(corpus):
    done = run(str(CIVICKG), "--root", str(corpus), "query", "entity", "-p", "entity=qin-lijuan-family",
               "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert ("out,http://xmlns.com/foaf/0.1/member,成员,https://civickg.org/id/qin-lijuan,覃丽娟,覃丽娟家庭,"
            "我市7户家庭获评广西“最美家庭”") in rows
    assert any(",https://civickg.org/ontology/received," in r and "广西“最美家庭”" in r for r in rows)


def test_an_unknown_article_is_one_line_and_the_last_folder_stays(corpus):
    before = sorted(p.name for p in (corpus / "graph" / "annotations").iterdir())
    done = run(sys.executable, str(SCRIPT), "--out", str(corpus), "--only", "no-such-article")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"error: {ROOT / 'devset' / 'meta'}: no dev-set article 'no-such-article' — give ids of devset/meta/*.yaml"]
    assert sorted(p.name for p in (corpus / "graph" / "annotations").iterdir()) == before
