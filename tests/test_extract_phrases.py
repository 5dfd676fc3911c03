"""The work-phrase and context rules of the extractor (rules/phrases.yaml, rules/context.yaml), each on a
sentence of the seed articles or of a work report of the same kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from civickg.extract import draft_annotation, dump_draft
from civickg.extract.rules import load_rules

from .test_extract_rules import entity, has_fact

TITLE = "山大路街道2023年工作总结\n"


def draft(text: str, ontology: Path | None = None) -> dict:
    return draft_annotation("test-article", text, None, year=2024, ontology=ontology)


def test_main_actor_from_the_title_and_a_list_after_a_work_verb():
    # phrase.implements: one object per list item, the title's body as the subject
    doc = draft(TITLE + "精益求精为民提供上门服务、延时服务、帮办代办服务。")
    for item in ("上门服务", "延时服务", "帮办代办服务"):
        assert entity(doc, item)["class"] == "Initiative"
        assert has_fact(doc, "山大路街道", "implements", item)
    quote = next(f["quote"] for f in doc["facts"] if f["p"] == "implements" and f["o"] == entity(doc, "延时服务")["id"])
    assert quote == "提供上门服务、延时服务"


def test_main_actor_from_the_first_sentence_when_there_is_no_title():
    doc = draft("历城区山大路街道全面推进基层治理，持续提升精细化服务水平。")
    assert has_fact(doc, "山大路街道", "promotes", "基层治理")


def test_promotes_and_a_list_joined_by_and():
    # phrase.promotes with join_words: A与B are two objects
    doc = draft(TITLE + "统筹推进山大南院危房拆迁改造任务与地铁6号线站点建设工作。")
    assert has_fact(doc, "山大路街道", "promotes", "山大南院危房拆迁改造任务")
    assert has_fact(doc, "山大路街道", "promotes", "地铁6号线站点建设工作")


def test_frame_as_and_frame_by_with_its_goal():
    # phrase.frame.as, phrase.frame.by, the chain 历城区山大路街道 ends at the subject
    doc = draft("2023年，历城区山大路街道以区委“4433”工作体系为主题主线。以阵地建设激发治理活力。")
    assert has_fact(doc, "山大路街道", "implements", "“4433”工作体系")
    assert not has_fact(doc, "历城区", "implements", "“4433”工作体系")
    assert has_fact(doc, "阵地建设", "goal", value="激发治理活力")


def test_goal_after_a_work_phrase():
    # phrase.goal: the clause after the last object, opened by 确保
    doc = draft(TITLE + "常态化开展安全生产“审计式”监督检查，抓好教育培训和应急演练，确保民政服务机构安全。")
    assert has_fact(doc, "应急演练", "goal", value="确保民政服务机构安全")
    assert has_fact(doc, "山大路街道", "implements", "教育培训")


def test_established_team_is_part_of_the_body_and_plans():
    # phrase.established (+ subOrganizationOf); a plan marker turns the predicate into plans
    doc = draft(TITLE + "成立楼宇发展联盟，以楼宇招商推动企业发展。新的一年，街道将实施社会组织积分制管理。")
    assert has_fact(doc, "山大路街道", "established", "楼宇发展联盟")
    assert has_fact(doc, "楼宇发展联盟", "subOrganizationOf", "山大路街道")
    assert has_fact(doc, "楼宇招商", "goal", value="推动企业发展")
    assert has_fact(doc, "山大路街道", "plans", "社会组织积分制管理")


def test_built_facility_first_of_its_kind():
    # phrase.built (a new name is a Facility), phrase.first
    doc = draft("济南民政2024年工作总结\n率先建立区划调整联审机制，建成全国首个地名文化主题社区。")
    assert has_fact(doc, "济南民政", "built", "地名文化主题社区")
    assert has_fact(doc, "地名文化主题社区", "firstOfItsKind", value="全国首个")
    assert has_fact(doc, "济南民政", "established", "区划调整联审机制")


def test_verbs_inside_names_are_not_work_verbs():
    # a verb inside a quoted name or before an office word (促进局) starts no phrase
    doc = draft(TITLE + "深化“引进来”战略。街道经济和科技促进局局长到社区调研。")
    assert has_fact(doc, "山大路街道", "implements", "“引进来”战略")
    assert not [e for e in doc["entities"] if e["method"] == "phrase.promotes"]


def test_brand_after_a_work_verb():
    doc = draft(TITLE + "不断擦亮“洪楼金街”招牌，持续打响“幸福山大路”品牌。")
    assert has_fact(doc, "山大路街道", "hasBrand", "“幸福山大路”")


def test_whole_areas_and_bodies_named_by_their_level():
    # context.whole-area, context.level-body
    doc = draft(TITLE + "在县委县政府、街道党工委的坚强领导下，在街道人大工委的监督支持下，"
                        "全县、全市、全省各项工作稳步推进。")
    assert entity(doc, "全县")["class"] == "AdministrativeArea" and entity(doc, "全市")["class"] == "City"
    assert has_fact(doc, "全县", "partOf", "全市") and has_fact(doc, "全市", "partOf", "全省")
    assert has_fact(doc, "山大路街道", "partOf", "全县")
    assert has_fact(doc, "县委", "governs", "全县") and has_fact(doc, "县政府", "governs", "全县")
    assert has_fact(doc, "街道党工委", "governs", "山大路街道")
    assert has_fact(doc, "街道人大工委", "locatedIn", "山大路街道")
    governs = next(f for f in doc["facts"] if f["p"] == "governs" and f["s"] == entity(doc, "街道党工委")["id"])
    assert governs["quote"] == "街道党工委的坚强领导" and governs["method"] == "context.level-body"


def test_level_body_governs_the_one_district_named():
    doc = draft("济南市历城区山大路街道：党建引领风帆劲 凝心为民启新篇\n以区委“4433”工作体系为主题主线。")
    assert has_fact(doc, "区委", "governs", "历城区")


def test_speaker_is_the_main_actor_and_its_area():
    # context.speaker, context.actor-area
    doc = draft("济南民政2024年工作总结\n全市民政系统新建长者助餐站点，为老年人提供助餐服务。")
    actor = entity(doc, "济南民政")
    assert actor["aliases"] == ["全市民政系统"]
    assert has_fact(doc, "济南民政", "built", "长者助餐站点")
    assert not [e for e in doc["entities"] if e["zh"] == "全市民政系统"]
    doc = draft("济南民政2024年工作总结\n济南被公开表扬激励，济南民政新建长者助餐站点。")
    assert has_fact(doc, "济南民政", "governs", "济南")
    assert has_fact(doc, "长者助餐站点", "locatedIn", "济南")


def test_adjacent_place_names_within_and_components():
    # context.adjacent-place, context.name-within, context.components
    doc = draft("百花公园社区2023年工作总结\n其中百花公园社区“红色驿站”为新就业群体提供服务。"
                "街道在全省率先制定《困境儿童关爱服务规范》，关爱困境儿童。成功招引智慧养老平台、社区食堂等3个亿元以上项目。")
    assert has_fact(doc, "红色驿站", "locatedIn", "百花公园社区")
    assert has_fact(doc, "困境儿童关爱服务规范", "serves", "困境儿童")
    assert has_fact(doc, "亿元以上项目", "hasComponent", "智慧养老平台")
    assert has_fact(doc, "亿元以上项目", "hasComponent", "社区食堂")


def test_figure_goes_to_the_facility_named_before_it():
    doc = draft(TITLE + "建成运营“青年驿站”，累计服务青年4600余人。")
    obs = doc["observations"][0]
    assert (obs["value"], obs["unit"], obs["about"]) == (4600, "人", entity(doc, "“青年驿站”")["id"])


def test_new_rules_are_deterministic():
    text = TITLE + "在县委县政府的坚强领导下，全面推进基层治理、城市更新，确保各项工作落到实处。"
    assert dump_draft(draft(text)) == dump_draft(draft(text))


@pytest.fixture(scope="module")
def ontology_without_hosts_and_posts(tmp_path_factory) -> Path:
    """civic.ttl without civic:hosted, org:headOf and org:memberOf (as before they were added)."""
    path = tmp_path_factory.mktemp("onto") / "civic.ttl"
    base = (Path(__file__).parent.parent / "ontology" / "civic.ttl").read_text(encoding="utf-8")
    for term in ("civic:hosted", "org:headOf", "org:memberOf"):
        base = re.sub(rf"^{term} a [^\n]*(?:\n(?!\n).*)*", "", base, flags=re.M)
    path.write_text(base, encoding="utf-8")
    return path


def test_rules_waiting_for_terms_switch_on_when_the_ontology_has_them(ontology_without_hosts_and_posts):
    disabled = load_rules(ontology_without_hosts_and_posts).disabled
    assert "rel.hosted" in disabled and any(d.startswith("person.role.head") for d in disabled)
    assert load_rules().disabled == []
    doc = draft("济南市民政局主办第六届养老护理职业技能竞赛。济南市民政局局长王勇表示，将持续推进养老服务。")
    assert has_fact(doc, "济南市民政局", "hosted", "第六届养老护理职业技能竞赛")
    assert has_fact(doc, "王勇", "org:headOf", "济南市民政局")
    doc = draft("济南市民政局主办第六届养老护理职业技能竞赛。", ontology=ontology_without_hosts_and_posts)
    assert not [f for f in doc["facts"] if f["p"] == "hosted"]
