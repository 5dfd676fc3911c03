"""The extractor dev set (devset/): every gold file checks out, and it says what the articles say."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.script_support import script

DEVSET = ROOT / "devset"
SCRIPT = ROOT / "scripts" / "check_devset.py"
PART_A = ("changshuo-subdistrict-2022", "hangzhou-civil-affairs-2023", "kaiyuan-subdistrict-2023",
          "shenzhen-civil-affairs-2014", "wujiaochang-subdistrict-2015")


def _checker():
    return script("check_devset")


def gold(article: str) -> dict:
    return yaml.safe_load((DEVSET / "gold" / f"{article}.yaml").read_text(encoding="utf-8"))


def text(article: str) -> str:
    return (DEVSET / "texts" / f"{article}.txt").read_text(encoding="utf-8")


def meta(article: str) -> dict:
    return yaml.safe_load((DEVSET / "meta" / f"{article}.yaml").read_text(encoding="utf-8"))


def run_check(devset: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), "--devset", str(devset)],
                          capture_output=True, text=True, encoding="utf-8", check=False)


def test_check_script_passes_on_the_dev_set():
    result = run_check(DEVSET)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("devset ok: ")
    assert result.stderr == ""


@pytest.mark.parametrize("article", PART_A)
def test_every_article_has_text_meta_and_gold(article):
    info = meta(article)
    assert info["id"] == article
    assert info["script"] == "simplified" and info["kind"] == "txt"
    assert text(article).splitlines()[0].startswith(info["title"])
    assert gold(article)["article"] == article


def test_split_rule_last_two_ids_in_alphabetical_order_are_heldout():
    splits = {article: meta(article)["split"] for article in sorted(PART_A)}
    assert [a for a, s in splits.items() if s == "heldout"] == sorted(PART_A)[-2:]


def test_zhu_hailin_received_the_national_funeral_award():
    doc = gold("shenzhen-civil-affairs-2014")
    person = next(e for e in doc["entities"] if e["id"] == "zhu-hailin")
    assert person["class"] == "Person" and person["zh"] == "朱海林"
    fact = next(f for f in doc["facts"] if f["s"] == "zhu-hailin" and f["p"] == "received")
    assert fact["o"] == "national-funeral-advanced-individual"
    assert fact["quote"] == "朱海林被授予“全国殡葬工作先进个人”称号"
    assert fact["quote"] in text("shenzhen-civil-affairs-2014")


def test_hangzhou_family_beds_are_a_lower_bound():
    doc = gold("hangzhou-civil-affairs-2023")
    obs = next(o for o in doc["observations"] if o["id"] == "hangzhou-2023-family-elderly-care-beds-built")
    assert (obs["value"], obs["unit"], obs["at_least"], obs["about"]) == (6800, "张", True, "hangzhou")
    assert obs["quote"] == "累计建成家庭养老床位6800余张"


def test_kaiyuan_drafted_its_action_plan():
    doc = gold("kaiyuan-subdistrict-2023")
    plan = next(e for e in doc["entities"] if e["id"] == "kaiyuan-sanzheng-action-plan")
    assert plan["class"] == "PolicyDocument"
    assert plan["mention"] == "《开元街道“深学争优、敢为争先、实干争效”行动方案》"
    assert {"s": "kaiyuan-subdistrict", "p": "drafted", "o": "kaiyuan-sanzheng-action-plan",
            "quote": "制定《开元街道“深学争优、敢为争先、实干争效”行动方案》"} in doc["facts"]


def test_changshuo_fiscal_revenue_and_wujiaochang_employment_rate():
    changshuo = {o["id"]: o for o in gold("changshuo-subdistrict-2022")["observations"]}
    assert changshuo["changshuo-2022-fiscal-revenue"]["value"] == 12.8
    assert changshuo["changshuo-2022-fiscal-revenue"]["change"] == 25
    wujiaochang = {o["id"]: o for o in gold("wujiaochang-subdistrict-2015")["observations"]}
    assert wujiaochang["wujiaochang-2015-community-employment-rate"]["value"] == 96.5


def test_place_chains_are_annotated():
    facts = gold("kaiyuan-subdistrict-2023")["facts"]
    assert {"s": "kaiyuan-subdistrict", "p": "partOf", "o": "quanzhou-licheng-district",
            "quote": "鲤城区开元街道"} in facts


@pytest.fixture
def devset_copy(tmp_path: Path) -> Path:
    target = tmp_path / "devset"
    shutil.copytree(DEVSET, target)
    return target


def test_a_quote_not_in_the_text_is_one_clear_line(devset_copy: Path):
    path = devset_copy / "gold" / "shenzhen-civil-affairs-2014.yaml"
    source = path.read_text(encoding="utf-8")
    path.write_text(source.replace("quote: 朱海林被授予“全国殡葬工作先进个人”称号",
                                   "quote: 朱海林荣获“全国殡葬工作先进个人”称号", 1), encoding="utf-8")
    result = run_check(devset_copy)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    line_no = source.splitlines().index("    quote: 朱海林被授予“全国殡葬工作先进个人”称号") + 1
    assert lines[0].startswith(f"error: {path}:{line_no - 3}: fact 'zhu-hailin received")
    assert "“朱海林荣获“全国殡葬工作先进个人”称号” is not in" in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_class_and_property_are_reported(devset_copy: Path):
    path = devset_copy / "gold" / "hangzhou-civil-affairs-2023.yaml"
    source = path.read_text(encoding="utf-8")
    source = source.replace("    class: Alliance\n", "    class: Consortium\n", 1)
    source = source.replace("    p: established\n    o: kangyang-consortia\n",
                            "    p: setUp\n    o: kangyang-consortia\n", 1)
    path.write_text(source, encoding="utf-8")
    problems = _checker().check_devset(devset_copy, ROOT / "ontology" / "civic.ttl",
                                       ROOT / "graph" / "annotations" / "annotation.schema.json")
    assert any("class 'Consortium' is not defined in ontology/civic.ttl" in p for p in problems)
    assert any("property 'setUp' is not defined in ontology/civic.ttl" in p for p in problems)
    assert len(problems) == 2


def test_a_fact_whose_ends_its_property_cannot_hold_is_reported(devset_copy: Path):
    """cs:KindShape checked before any build: a subset of a group of people is a component of it, not partOf it
    (partOf joins places); the Taicang gold once said so, and the graph of every curated article was invalid."""
    path = devset_copy / "gold" / "taicang-model-workers-honours-2016.yaml"
    source = path.read_text(encoding="utf-8")
    fixed = ("  - s: taicang-advanced-individuals-2016\n    p: hasComponent\n"
             "    o: taicang-jiangsu-model-workers-2016\n")
    assert fixed in source
    path.write_text(source.replace(fixed, "  - s: taicang-jiangsu-model-workers-2016\n    p: partOf\n"
                                          "    o: taicang-advanced-individuals-2016\n", 1), encoding="utf-8")
    result = run_check(devset_copy)
    assert result.returncode == 1
    line_no = source[:source.index(fixed)].count("\n") + 1
    assert result.stderr.strip().splitlines() == [
        f"error: {path}:{line_no}: fact 'taicang-jiangsu-model-workers-2016 partOf taicang-advanced-individuals-2016': "
        f"{end} '{name}' is a PersonGroup, which is no Place (the {which} of partOf) — use the property the "
        "ontology has for it, or fix the class"
        for end, name, which in (("subject", "taicang-jiangsu-model-workers-2016", "domain"),
                                 ("object", "taicang-advanced-individuals-2016", "range"))]


def test_an_id_the_seed_declares_is_reported(devset_copy: Path):
    """The dev set and the seed join one graph (scripts/corpus_graph.py), so an id is declared once in both."""
    path = devset_copy / "gold" / "hangzhou-civil-affairs-2023.yaml"
    source = path.read_text(encoding="utf-8")
    path.write_text(source.replace("  - id: hangzhou\n", "  - id: jinan\n", 1), encoding="utf-8")
    result = run_check(devset_copy)
    assert result.returncode == 1
    line_no = source.splitlines().index("  - id: hangzhou") + 1
    seed = ROOT / "graph" / "annotations" / "jinan-civil-affairs-2024.yaml"
    assert (f"error: {path}:{line_no}: entity id 'jinan' is already used in {seed} — ids are unique within the "
            "dev set and the seed's annotations") in result.stderr.splitlines()


def test_missing_metadata_key_is_reported(devset_copy: Path):
    path = devset_copy / "meta" / "kaiyuan-subdistrict-2023.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("publisher: 泉州市鲤城区人民政府\n", ""),
                    encoding="utf-8")
    result = run_check(devset_copy)
    assert result.returncode == 1
    assert f"error: {path}:1: missing key 'publisher'" in result.stderr


def _posts_script():
    return script("gold_ontology_030")


def test_posts_in_gold_notes_are_org_facts_since_ontology_030():
    """scripts/gold_ontology_030.py: 副局长 is a member, 局长 and 秘书长 lead; the quote is the printed mention."""
    facts = {(f["s"], f["p"], f.get("o")): f["quote"]
             for f in gold("zhongshan-financial-street-inspection-2019")["facts"]}
    assert facts[("liu-dongsheng", "org:memberOf", "zhongshan-financial-bureau")] == "市金融局副局长刘东升"
    federation = "shunde-financial-industry-federation"
    assert facts[("chen-yifen", "org:headOf", federation)] == "顺德区金融业联合会陈伊芬秘书长"
    assert facts[("pan-zhuohui", "org:headOf", "daliang-economy-technology-bureau")] == "街道经济和科技促进局局长潘卓辉"


def test_post_mapping_needs_a_body_printed_in_full_and_runs_once():
    posts = _posts_script()
    annotation = {"entities": [
        {"id": "bureau", "class": "GovernmentBody", "zh": "济南市民政局", "aliases": ["市民政局"]},
        {"id": "wang", "class": "Person", "zh": "王勇", "mention": "市民政局局长王勇", "note": "Head (局长) of it."},
        {"id": "li", "class": "Person", "zh": "李明", "mention": "民政局副局长李明", "note": "Deputy (副局长)."}]}
    found = posts.post_facts(annotation)
    assert found == [{"s": "wang", "p": "org:headOf", "o": "bureau", "quote": "市民政局局长王勇"}]
    annotation["facts"] = found
    assert posts.post_facts(annotation) == []


def test_a_convened_meeting_is_also_hosted_since_ontology_030():
    posts = _posts_script()
    facts = {(f["s"], f["p"], f.get("o")) for f in gold("kaiyuan-subdistrict-2023")["facts"]}
    assert ("kaiyuan-subdistrict", "hosted", "sanzheng-mobilisation-meeting") in facts
    assert ("kaiyuan-subdistrict", "participatedIn", "sanzheng-mobilisation-meeting") in facts
    annotation = {"entities": [{"id": "street", "zh": "开元街道"}, {"id": "meeting", "zh": "动员部署会"}],
                  "facts": [{"s": "street", "p": "participatedIn", "o": "meeting", "quote": "出席动员部署会"}]}
    assert posts.host_facts(annotation) == []      # taking part is not hosting
    annotation["facts"][0]["quote"] = "开元街道召开动员部署会"
    hosted = {"s": "street", "p": "hosted", "o": "meeting", "quote": "开元街道召开动员部署会"}
    assert posts.host_facts(annotation) == [hosted]


def _judged_row(batch: int) -> list[str]:
    """The cells of the README's row for a batch of judged facts."""
    readme = (DEVSET / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith(f"| {batch}: `") and "drafted" not in line
               and line.count("|") == 13)
    return [cell.strip() for cell in row.strip("|").split("|")]


@pytest.mark.parametrize("batch", [1, 2, 3, 4])
def test_the_readmes_table_of_judged_facts_says_what_the_verdicts_say(batch):
    import csv

    judged = DEVSET / "wild" / "judged"
    with (judged / f"facts{batch}.tsv").open(encoding="utf-8") as f:
        facts = list(csv.DictReader(f, delimiter="\t"))
    with (judged / f"missed{batch}.tsv").open(encoding="utf-8") as f:
        missed = list(csv.DictReader(f, delimiter="\t"))
    verdicts = [fact["verdict"] for fact in facts]
    right = verdicts.count("right")
    no_years = [fact for fact in facts if fact["predicate"] != "year"]
    cells = _judged_row(batch)
    articles = {fact["article"] for fact in facts}
    assert cells[0].count("`") == 4 and len(cells[0].split("`")[1].split()) == len(articles) == int(cells[1])
    assert [int(c) for c in cells[2:9]] == [len(facts), right, *(verdicts.count(v) for v in (
        "wrong-subject", "wrong-object", "wrong-predicate", "not-a-fact", "unsure"))]
    assert cells[9] == f"{right / len(facts):.2f}"
    assert cells[10] == f"{sum(f['verdict'] == 'right' for f in no_years) / len(no_years):.2f}"
    assert int(cells[11]) == len(missed) and all(m["quote"] for m in missed)
    assert all(name.split("-")[0] in cells[0] for name in articles)


@pytest.mark.parametrize("batch", [1, 2, 3, 4])
def test_every_missed_fact_quotes_its_article(batch):
    import csv

    with (DEVSET / "wild" / "judged" / f"missed{batch}.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            text = (DEVSET / "wild" / f"{row['article']}.txt").read_text(encoding="utf-8")
            pieces = [p.strip() for p in row["quote"].split("…") if p.strip()]     # (… stands for words left out)
            assert pieces and all(p in text for p in pieces), (row["article"], row["quote"])
