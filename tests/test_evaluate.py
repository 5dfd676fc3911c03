"""Evaluation of drafts: the metric on a hand-made gold/draft pair, and `civickg evaluate` on the seed and
the dev set."""

from __future__ import annotations

import hashlib
import json

import pytest

from civickg.cli import main
from civickg.extract.evaluate import evaluate, evaluate_many, normal_value, render_breakdown, render_table
from civickg.extract.misses import differences, render_differences
from tests.conftest import ROOT

TEXT = "济南市民政局在历城区建成幸福食堂，全市建成助餐点120处，老年助餐覆盖率20%。"


def entity(ident: str, cls: str, zh: str) -> dict:
    return {"id": ident, "class": cls, "zh": zh, "en": ident, "mention": zh}


GOLD = {
    "article": "tiny",
    "entities": [entity("jinan-bureau", "GovernmentBody", "济南市民政局"), entity("jinan", "City", "济南市"),
                 entity("licheng", "District", "历城区"), entity("canteen", "Facility", "幸福食堂"),
                 entity("meal-points", "Indicator", "助餐点")],
    "facts": [{"s": "jinan-bureau", "p": "built", "o": "canteen", "quote": "济南市民政局在历城区建成幸福食堂"},
              {"s": "canteen", "p": "locatedIn", "o": "licheng", "quote": "在历城区建成幸福食堂"},
              {"s": "jinan-bureau", "p": "locatedIn", "o": "jinan", "quote": "济南市民政局"}],
    "observations": [
        {"id": "o1", "indicator": "meal-points", "about": "jinan", "period": 2024, "value": 120, "unit": "处",
         "quote": "全市建成助餐点120处"},
        {"id": "o2", "indicator": "meal-points", "about": "jinan", "period": 2024, "value": 20.0, "unit": "%",
         "quote": "老年助餐覆盖率20%"}],
}

DRAFT = {
    "article": "tiny", "status": "draft",
    "entities": [entity("jinan-shi", "City", "济南市"),             # = jinan (overlap 1.0)
                 entity("minzhengju", "GovernmentBody", "民政局"),  # = jinan-bureau (overlap 0.5, inside it)
                 entity("lichengqu", "City", "历城区"),             # = licheng, but the class differs
                 entity("quanshi", "AdministrativeArea", "全市")],  # nothing in gold
    "mentions": [{"id": "known-canteen", "quote": "幸福食堂"}],      # a linked entity: = canteen, no class here
    "facts": [{"s": "minzhengju", "p": "civic:locatedIn", "o": "jinan-shi", "quote": "济南市民政局"},   # right
              {"s": "minzhengju", "p": "built", "o": "quanshi", "quote": "民政局在历城区建成"}],       # wrong
    "observations": [
        {"id": "d1", "indicator": "x", "about": "jinan-shi", "period": 2024, "value": 120.0, "unit": "处",
         "quote": "助餐点120处"},
        {"id": "d2", "indicator": "y", "about": "quanshi", "period": 2024, "value": 20, "unit": "％",
         "quote": "覆盖率20%"}],
}


def prf(score) -> tuple:
    return round(score.precision, 4), round(score.recall, 4), round(score.f1, 4)


def test_a_hand_made_pair_gives_exactly_the_expected_scores():
    scores = evaluate(DRAFT, GOLD, TEXT, split="dev").scores
    assert prf(scores["entities"]) == (0.8, 0.8, 0.8)                # 4 of 5 align, 4 of 5 found
    assert prf(scores["entities_typed"]) == (0.4, 0.4, 0.4)          # 济南市 and 民政局 only
    assert prf(scores["facts"]) == (0.5, 0.3333, 0.4)                # 1 of 2 right, 1 of 3 found
    assert prf(scores["indicator_values"]) == (1.0, 1.0, 1.0)        # 120 处 and 20 % (％, 20.0)
    assert prf(scores["indicators"]) == (0.5, 0.5, 0.5)              # the 20 % is about 全市, not 济南市
    reach = scores["facts_reachable"]                               # all three facts' ends were found
    assert (reach.matched_gold, reach.gold, reach.draft) == (3, 3, 0)


def test_the_fact_ceiling_counts_the_gold_facts_whose_ends_the_draft_found():
    """Without 历城区 the fact that the canteen lies in it cannot be drafted, whatever the relation rules: two of the
    three gold facts remain within reach, though the draft states none of them."""
    draft = {"article": "tiny", "entities": [entity("a", "City", "济南市"),
                                             entity("b", "GovernmentBody", "济南市民政局"),
                                             entity("c", "Facility", "幸福食堂")]}
    scores = evaluate(draft, GOLD, TEXT).scores
    reach = scores["facts_reachable"]
    assert (reach.matched_gold, reach.gold) == (2, 3) and round(reach.recall, 4) == 0.6667
    assert scores["facts"].matched_gold == 0


def test_a_shared_id_without_overlapping_spans_is_no_match():
    draft = {"article": "tiny", "entities": [entity("jinan", "City", "全市")]}
    score = evaluate(draft, GOLD, TEXT).scores["entities"]
    assert (score.matched_draft, score.draft, score.matched_gold, score.gold) == (0, 1, 0, 5)


def test_a_second_draft_entity_for_the_same_words_still_carries_its_facts():
    """济南市 drafted twice (a city and a seat of government): the fact on the second copy is right, the
    entity count stays one to one (the copy is an unmatched draft entity)."""
    draft = {"article": "tiny",
             "entities": [entity("jinan-shi", "City", "济南市"), entity("jinan-seat", "AdministrativeArea", "济南市"),
                          entity("bureau", "GovernmentBody", "济南市民政局"), entity("canteen", "Facility", "幸福食堂"),
                          entity("licheng-canteen", "Facility", "历城区建成幸福食堂")],
             "facts": [{"s": "bureau", "p": "locatedIn", "o": "jinan-seat", "quote": "济南市民政局"},
                       {"s": "bureau", "p": "locatedIn", "o": "jinan-shi", "quote": "济南市民政局"},
                       {"s": "licheng-canteen", "p": "locatedIn", "o": "jinan-shi", "quote": "济南市民政局"}]}
    scores = evaluate(draft, GOLD, TEXT).scores
    entities = scores["entities"]
    assert (entities.matched_draft, entities.draft, entities.matched_gold) == (4, 5, 4)
    facts = scores["facts"]   # two drafted facts say one gold fact; 历城区建成幸福食堂 (aligned to 历城区) is wrong
    assert (facts.matched_draft, facts.draft, facts.matched_gold, facts.gold) == (1, 2, 1, 3)


def test_a_group_and_its_count_printed_alike_align_each_to_its_own_class():
    """等10个村镇 is both a group (received the title) and an indicator (how many): among equal overlaps a draft
    entity goes to the gold entity of its class, whatever the ids' order, so the group's facts count."""
    text = "左权县辽阳镇等10个村镇继续保留全国文明村镇荣誉称号。"
    gold = {"article": "t",
            "entities": [entity("a-group", "Organization", "等10个村镇"), entity("b-count", "Indicator", "等10个村镇"),
                         entity("liaoyang", "Town", "辽阳镇")],
            "facts": [{"s": "a-group", "p": "hasComponent", "o": "liaoyang", "quote": "辽阳镇等10个村镇"}]}
    draft = {"article": "t",
             "entities": [entity("z-group", "Organization", "10个村镇"), entity("y-count", "Indicator", "10个村镇"),
                          entity("liaoyang-zhen", "Town", "辽阳镇")],
             "facts": [{"s": "z-group", "p": "hasComponent", "o": "liaoyang-zhen", "quote": "辽阳镇等10个村镇"}]}
    scores = evaluate(draft, gold, text).scores
    assert prf(scores["entities_typed"]) == (1.0, 1.0, 1.0)
    assert prf(scores["facts"]) == (1.0, 1.0, 1.0)


def test_a_figure_aligns_with_a_figure_before_a_thing_whatever_the_overlap():
    """A dev sentence of Qingdao: the draft prints its count as 10条公交线路 and the routes as 公交线路; the gold prints
    the routes as 10条公交线路 and the count longer. A count is never the routes: each goes to its own kind first,
    so the routes' parts count; the overlap metric still aligns both."""
    text = "城运集团选择了25路、26路共10条公交线路进行慈善公益宣传。"
    gold = {"article": "t",
            "entities": [entity("routes", "Facility", "10条公交线路"), entity("route-25", "Facility", "25路"),
                         entity("a-count", "Indicator", "10条公交线路进行慈善公益宣传")],
            "facts": [{"s": "routes", "p": "hasComponent", "o": "route-25", "quote": "25路、26路共10条公交线路"}]}
    draft = {"article": "t",
             "entities": [entity("count", "Indicator", "10条公交线路"), entity("lines", "Facility", "公交线路"),
                          entity("r25", "Facility", "25路")],
             "facts": [{"s": "lines", "p": "hasComponent", "o": "r25", "quote": "25路、26路共10条公交线路"}]}
    scores = evaluate(draft, gold, text).scores
    assert prf(scores["facts"]) == (1.0, 1.0, 1.0)
    assert prf(scores["entities"]) == (1.0, 1.0, 1.0)


def test_totals_are_micro_averaged_and_kept_per_split():
    empty = {"article": "empty"}
    evaluation = evaluate_many([(DRAFT, GOLD, TEXT, "dev"), (empty, GOLD, TEXT, "heldout")])
    assert prf(evaluation.splits["heldout"]["entities"]) == (0.0, 0.0, 0.0)
    assert evaluation.splits["heldout"]["entities"].as_dict()["precision"] is None   # nothing drafted
    overall = evaluation.overall["entities"]
    assert (overall.matched_draft, overall.draft, overall.matched_gold, overall.gold) == (4, 5, 4, 10)
    assert prf(overall) == (0.8, 0.4, 0.5333)
    table = render_table(evaluation)
    assert "all heldout articles (micro)" in table and "all articles (micro)" in table
    assert "tiny" in table and "     –" in table


def test_the_breakdown_scores_facts_by_predicate_and_entities_by_class():
    by = evaluate(DRAFT, GOLD, TEXT, split="dev").by
    located, built = by["predicate"]["locatedIn"], by["predicate"]["built"]
    assert (located.matched_draft, located.draft, located.matched_gold, located.gold) == (1, 1, 1, 2)
    assert (built.matched_draft, built.draft, built.matched_gold, built.gold) == (0, 1, 0, 1)
    # classes by the overlap alignment: 历城区 is a draft City aligned to a gold District
    city, district = by["class"]["City"], by["class"]["District"]
    assert (city.matched_draft, city.draft, city.matched_gold, city.gold) == (2, 2, 1, 1)
    assert (district.matched_draft, district.draft, district.matched_gold, district.gold) == (0, 0, 1, 1)
    indicator = by["class"]["Indicator"]            # 助餐点: no draft entity overlaps it
    assert (indicator.matched_gold, indicator.gold) == (0, 1)
    assert by["class"]["(none)"].draft == 1         # the linked mention of 幸福食堂 has no class of its own


def test_the_breakdown_adds_up_per_split_and_overall():
    evaluation = evaluate_many([(DRAFT, GOLD, TEXT, "dev"), (DRAFT, GOLD, TEXT, "heldout")])
    per = evaluation.breakdown("predicate")
    assert list(per) == ["dev", "heldout", "all"]
    assert per["all"]["locatedIn"].gold == 4 and per["heldout"]["locatedIn"].gold == 2
    assert next(iter(per["all"])) == "locatedIn"        # the most common in the gold first
    table = render_breakdown(evaluation, "predicate").splitlines()
    assert table[0].split()[:2] == ["split", "predicate"]
    assert "all      built                     0.000  0.000  0.000      2     2" in table


def test_the_confidence_breakdown_says_how_often_a_draft_item_of_each_confidence_is_right():
    draft = json.loads(json.dumps(DRAFT))
    for item, confidence in zip(draft["entities"], (0.85, 0.8, 0.9, 0.45), strict=True):   # 全市: no gold
        item["confidence"] = confidence
    draft["facts"][0]["confidence"], draft["facts"][1]["confidence"] = 0.75, 1.0   # the second one is wrong
    evaluation = evaluate_many([(draft, GOLD, TEXT, "dev")])
    bands = evaluation.breakdown("confidence")["dev"]
    assert list(bands) == ["entities 0.4–0.5", "entities 0.8–0.9", "entities 0.9–1.0", "facts 0.7–0.8",
                           "facts 0.9–1.0"]
    assert [(b.matched_draft, b.draft) for b in bands.values()] == [(0, 1), (2, 2), (1, 1), (1, 1), (0, 1)]
    table = render_breakdown(evaluation, "confidence").splitlines()
    assert "dev      entities 0.8–0.9          1.000      –      –      2     –" in table
    assert "all      facts 0.9–1.0             0.000      –      –      1     –" in table
    assert evaluate(DRAFT, GOLD, TEXT).by["confidence"]["facts none"].draft == 2   # no confidence printed


def test_the_seed_split_leaves_drafts_out_by_what_each_file_declares(tmp_path, capsys):
    from civickg.extract.annotate import ArticleDrafter
    from civickg.extract.evaluate import seed_articles
    from civickg.sources.ingest import ingest_paths
    from tests.conftest import copy_project

    project = copy_project(tmp_path / "project")
    article = tmp_path / "tianjin-canteen.txt"
    article.write_text((ROOT / "devset" / "texts" / "tianjin-huaming-community-canteen-2026.txt").read_text(
        encoding="utf-8"), encoding="utf-8")
    assert ingest_paths([article], project, drafter=ArticleDrafter(project.annotations)).count("ingested") == 1
    assert [a.id for a in seed_articles(project)] == ["jinan-civil-affairs-2024", "shandalu-subdistrict-2023"]
    draft = project.annotations / "tianjin-canteen.yaml"
    entry = project.build / "cache" / "declared" / f"{hashlib.sha256(draft.read_bytes()).hexdigest()}.json"
    assert json.loads(entry.read_text(encoding="utf-8"))["status"] == "draft"   # known as a draft without parsing
    draft.write_text("article: tianjin-canteen\nstatus: draft\nentities:\n  - id: [unclosed\n", encoding="utf-8")
    assert main(["--root", str(project.root), "evaluate", "--split", "seed"]) != 0
    err = capsys.readouterr().err
    assert "tianjin-canteen.yaml:4" in err and "malformed YAML" in err and "Traceback" not in err


def test_numbers_are_compared_by_exact_value():
    assert normal_value(120) == normal_value(120.0) == "120"
    assert normal_value(8.40) == "8.4"
    assert normal_value(1234567) != normal_value(1234568)


def test_cli_prints_the_seed_table(built_project, capsys):
    assert main(["--root", str(built_project.root), "evaluate", "--split", "seed"]) == 0
    out = capsys.readouterr().out
    header, *lines = out.splitlines()
    assert header.split()[:4] == ["article", "split", "what", "P"]
    jinan = [line for line in lines if line.startswith("jinan-civil-affairs-2024")]
    assert [line.split()[1] for line in jinan] == ["seed"] * 6
    assert any("entities (overlap)" in line for line in jinan)
    assert any(line.startswith("all seed articles (micro)") for line in lines)


def test_cli_json_for_the_seed_counts_every_curated_item(built_project, capsys):
    assert main(["--root", str(built_project.root), "evaluate", "--split", "seed", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(a["article"], a["split"]) for a in data["articles"]] == [
        ("jinan-civil-affairs-2024", "seed"), ("shandalu-subdistrict-2023", "seed")]
    overall = data["overall"]
    assert overall["indicator_values"]["gold"] == 36       # the seed's 36 figures
    assert overall["facts"]["gold"] == 252                 # its 252 distinct facts
    for kind in ("entities", "facts", "indicator_values"):
        score = overall[kind]
        assert score["recall"] == round(score["matched_gold"] / score["gold"], 4)
        assert 0 < score["matched_draft"] <= score["draft"]
    assert data["splits"]["seed"] == overall


def test_cli_breaks_the_seed_scores_down_by_predicate_and_by_class(built_project, capsys):
    assert main(["--root", str(built_project.root), "evaluate", "--split", "seed", "--by", "predicate"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[1]: line.split() for line in lines[1:] if line.startswith("seed")}
    assert {"partOf", "received", "locatedIn"} <= set(rows)
    assert main(["--root", str(built_project.root), "evaluate", "--split", "seed", "--by", "class", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["seed", "all"] and data["seed"] == data["all"]
    person = data["seed"]["Person"]
    assert person["gold"] > 0 and person["recall"] == round(person["matched_gold"] / person["gold"], 4)
    assert sum(score["gold"] for score in data["seed"].values()) >= 2 * 100   # every gold entity under its class


@pytest.mark.parametrize("gold", ["devset", "devset/gold"])
def test_cli_scores_the_heldout_split_of_the_dev_set(built_project, capsys, gold):
    assert main(["--root", str(built_project.root), "evaluate", "--gold", str(ROOT / gold),
                 "--split", "heldout", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(a["article"], a["split"]) for a in data["articles"]] == [
        ("anxin-linlihui-party-building-2025", "heldout"),
        ("beijing-xiangheyuan-chongyang-elderly-service-fair-2025", "heldout"),
        ("chengjiang-fenglu-red-property-2022", "heldout"), ("chengwu-wenting-volunteer-service-2026", "heldout"),
        ("chenzhou-beihu-laoquwei-old-compound-renovation-2020", "heldout"),
        ("chongqing-party-members-community-report-2025", "heldout"), ("dayanta-subdistrict-2025", "heldout"),
        ("fuquan-civil-affairs-winter-spring-relief-2017", "heldout"),
        ("gaoming-charity-day-rice-noodle-banquet-2023", "heldout"),
        ("golmud-jinfenglu-party-building-grid-governance-2022", "heldout"),
        ("hami-huikangyuan-community-ethnic-unity-2024", "heldout"),
        ("hong-kong-swd-tang-ho-fund-spring-gathering-2025", "heldout"),
        ("jiangmen-zhongfu-community-party-volunteer-service-2024", "heldout"),
        ("luoyang-wuhanlu-community-neighbourhood-centre-2025", "heldout"),
        ("macau-elderly-affairs-commission-2025", "heldout"),
        ("pingtung-wanquan-kugualiao-care-points-2025", "heldout"), ("quanzhou-civil-affairs-2012", "heldout"),
        ("shenzhen-civil-affairs-2014", "heldout"), ("taichung-volunteer-service-awards-2025", "heldout"),
        ("tainan-outstanding-volunteers-2025", "heldout"), ("tianjin-civil-affairs-14th-five-year-2025", "heldout"),
        ("wujiaochang-subdistrict-2015", "heldout"), ("wulong-civil-affairs-2024", "heldout"),
        ("xiamen-ruijing-longshan-volunteer-communities-2021", "heldout"),
        ("xunyang-guankou-first-secretaries-2024", "heldout"),
        ("yaohai-moral-models-commendation-2017", "heldout"),
        ("yilan-community-care-points-exhibition-2025", "heldout"), ("yixiu-civil-affairs-2022", "heldout"),
        ("yuyao-grassroots-mediation-2026", "heldout"),
        ("zhangjiagang-volunteer-service-exhibition-awards-2020", "heldout"), ("zhushan-civil-affairs-2024", "heldout")]
    hong_kong = next(a for a in data["articles"] if a["article"].startswith("hong-kong"))
    assert hong_kong["indicator_values"]["gold"] == 4


def test_cli_names_a_missing_dev_set_in_one_line(built_project, tmp_path, capsys):
    assert main(["--root", str(built_project.root), "evaluate", "--gold", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert "no dev set here" in err and "Traceback" not in err


def test_the_misses_list_each_missed_and_extra_item_in_words():
    diff = differences(DRAFT, GOLD, TEXT)
    assert [e["zh"] for e in diff["entities"]["missed"]] == ["助餐点"]
    assert [(e["zh"], e["class"]) for e in diff["entities"]["extra"]] == [("全市", "AdministrativeArea")]
    missed = {(f["s"], f["p"], f["o"], f["quote"]) for f in diff["facts"]["missed"]}
    assert missed == {("济南市民政局", "built", "幸福食堂", "济南市民政局在历城区建成幸福食堂"),
                      ("幸福食堂", "locatedIn", "历城区", "在历城区建成幸福食堂")}
    assert [(f["s"], f["p"], f["o"]) for f in diff["facts"]["extra"]] == [("民政局", "built", "全市")]
    assert diff["figures"] == {"missed": [], "extra": []}             # 120 处 and 20 % both found
    text = render_differences([("tiny", "dev", diff)])
    assert text.splitlines()[0] == ("== tiny (dev): 1 missed and 1 extra entities, 2 missed and 1 extra facts, "
                                    "0 missed and 0 extra figures")
    assert "  missed entity  助餐点 (Indicator)" in text
    assert "  extra  fact    民政局 —built→ 全市  «民政局在历城区建成»" in text


def test_a_figure_counts_once_against_the_other_side():
    gold = {"article": "tiny", "observations": [{"value": 120, "unit": "处", "quote": "助餐点120处"},
                                                 {"value": 120, "unit": "处", "quote": "建成助餐点120处"}]}
    draft = {"article": "tiny", "observations": [{"value": 120.0, "unit": "处", "quote": "120处", "method": "m"}]}
    diff = differences(draft, gold, TEXT)
    assert [f["quote"] for f in diff["figures"]["missed"]] == ["建成助餐点120处"]
    assert diff["figures"]["extra"] == []


def test_cli_lists_the_misses_of_one_seed_article(built_project, capsys):
    args = ["--root", str(built_project.root), "evaluate", "--split", "seed", "--misses",
            "--article", "shandalu-subdistrict-2023"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("== shandalu-subdistrict-2023 (seed): ")
    assert not any(line.startswith("== jinan") for line in lines)
    assert any(line.startswith("  missed fact") for line in lines)
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["article"] for d in data] == ["shandalu-subdistrict-2023"]
    # the lists are the scores' counts item by item
    assert main(["--root", str(built_project.root), "evaluate", "--split", "seed", "--json"]) == 0
    scores = next(a for a in json.loads(capsys.readouterr().out)["articles"]
                  if a["article"] == "shandalu-subdistrict-2023")
    diff = data[0]
    assert len(diff["facts"]["missed"]) == scores["facts"]["gold"] - scores["facts"]["matched_gold"]
    assert len(diff["facts"]["extra"]) == scores["facts"]["draft"] - scores["facts"]["matched_draft"]
    figures = scores["indicator_values"]
    assert len(diff["figures"]["missed"]) == figures["gold"] - figures["matched_gold"]
    assert all({"s", "p", "o", "quote"} <= set(f) for f in diff["facts"]["missed"])


def test_cli_names_an_unknown_article_in_one_line(built_project, capsys):
    assert main(["--root", str(built_project.root), "evaluate", "--split", "seed", "--misses",
                 "--article", "no-such-article"]) == 2
    err = capsys.readouterr().err
    assert "no article 'no-such-article' in the seed split" in err and "Traceback" not in err
