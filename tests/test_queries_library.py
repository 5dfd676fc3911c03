"""Each competency question in graph/queries/ gives the answer the articles support.

One test per question (named after its file); the last tests check the library itself.
"""

from __future__ import annotations

import re
import sys

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from civickg.namespaces import CID, CIVIC, GRAPH, bind_prefixes
from civickg.sparql import library as querylib
from civickg.sparql.run import run
from civickg.stores.memory import MemoryStore
from tests.query_support import rows, stores

JINAN_ARTICLE = "济南民政开启“加速度”，多项工作走在前"
SHANDALU_ARTICLE = "济南市历城区山大路街道：党建引领风帆劲 凝心为民启新篇"


@pytest.fixture(scope="module")
def ask(built_project):
    """Run a library question (with optional parameters) on the rdflib store; rows as text dicts."""
    store = stores(str(built_project.root))["memory"]

    def answer(name: str, **params: str) -> list[dict[str, str]]:
        return rows(run(name, store, params, root=built_project))

    return answer


def cid(name: str) -> str:
    return str(CID[name])


def has(found: list[dict[str, str]], **expected: str) -> bool:
    """Whether some row has all the expected values."""
    return any(all(row.get(k) == v for k, v in expected.items()) for row in found)


def test_admin_chain(ask):
    found = ask("admin-chain")
    assert has(found, cityLabel="济南市", districtLabel="历城区", subdistrictLabel="山大路街道",
               communityLabel="百花公园社区", estateLabel="洪南小区")
    assert {r["communityLabel"] for r in found} >= {"闵子骞社区", "洪北社区", "建鑫社区", "百花公园社区"}
    assert all(r["subdistrict"] == cid("shandalu-subdistrict") for r in found)
    assert {r["level"] for r in found} == {str(CIVIC.District)}


def test_admin_chain_takes_a_county_where_a_district_stands():
    """A county (县) is on the district's level: the chain runs through it, and ?level names its class."""
    data = bind_prefixes(Dataset(default_union=True))
    graph = data.graph(GRAPH["county-chain"])
    chain = [("linyi-city", CIVIC.City, "临沂市"), ("yinan-county", CIVIC.County, "沂南县"),
             ("jiehu-subdistrict", CIVIC.Subdistrict, "界湖街道"), ("xinan-community", CIVIC.Community, "西安社区"),
             ("yinan-estate", CIVIC.ResidentialEstate, "锦绣小区")]
    for (ident, kind, label), upper in zip(chain, [None, *chain], strict=False):
        graph.add((CID[ident], RDF.type, kind))
        graph.add((CID[ident], RDFS.label, Literal(label, lang="zh")))
        if upper is not None:
            graph.add((CID[ident], CIVIC.partOf, CID[upper[0]]))
    graph.add((CID["mengyin-county"], RDF.type, CIVIC.County))  # no city above it: not a chain
    graph.add((CID["mengyin-county"], RDFS.label, Literal("蒙阴县", lang="zh")))
    found = rows(run("admin-chain", MemoryStore(data)))
    assert found == [{"city": cid("linyi-city"), "cityLabel": "临沂市", "district": cid("yinan-county"),
                      "districtLabel": "沂南县", "level": str(CIVIC.County),
                      "subdistrict": cid("jiehu-subdistrict"), "subdistrictLabel": "界湖街道",
                      "community": cid("xinan-community"), "communityLabel": "西安社区",
                      "estate": cid("yinan-estate"), "estateLabel": "锦绣小区"}]


def test_articles(ask):
    found = ask("articles")
    assert has(found, article="https://civickg.org/article/jinan-civil-affairs-2024", title=JINAN_ARTICLE,
               reporterLabel="史安琪")
    assert has(found, article="https://civickg.org/article/shandalu-subdistrict-2023", reporterLabel="宗兆洋",
               correspondentLabel="赵亮")


def test_awards(ask):
    found = ask("awards")
    assert has(found, recipientLabel="王勇", awardLabel="中华慈善奖", quote="王勇获评第十二届“中华慈善奖”",
               edition="12", statusLabel="已授予", articleTitle=JINAN_ARTICLE)
    assert has(found, recipientLabel="济南市第二殡仪馆", awardLabel="全国殡葬先进集体", statusLabel="被推荐")
    assert has(found, recipientLabel="悦立方旅游休闲街区", awardLabel="山东省旅游休闲街区", year="2023")


def test_community_setups(ask):
    found = ask("community-setups")
    assert has(found, communityLabel="闵子骞社区", thingLabel="安晴工作室", kindLabel="工作室",
               quote="闵子骞社区安晴工作室")
    assert has(found, communityLabel="洪北社区", thingLabel="小利工作室")
    assert has(found, communityLabel="建鑫社区", thingLabel="小田工作室")
    assert has(found, communityLabel="百花公园社区", thingLabel="“百花邻聚力”", kindLabel="品牌")
    assert has(found, communityLabel="百花公园社区", thingLabel="红色物业阵地", whereLabel="洪南小区")
    assert has(found, communityLabel="百花公园社区", quote="成立5支志愿服务队")


def test_components(ask):
    found = ask("components")
    assert [r["partLabel"] for r in found] == ["街道大工委", "社区大党委", "网格党支部", "楼栋党小组", "党员中心户"]
    assert found[0]["quote"] == "街道大工委揽全局"
    maps = ask("components", whole="quancheng-culture-map-series")
    assert [r["partLabel"] for r in maps] == ["济南市乡村地名图", "济南沿黄专题地图", "济南市历史城区地图"]


def test_connection(ask):
    found = ask("connection")
    chain = [(r["stepLabel"], r["nextLabel"], r["position"]) for r in found]
    assert chain == [("安晴工作室", "闵子骞社区", "1"), ("闵子骞社区", "山大路街道", "2"),
                     ("山大路街道", "历城区", "3"), ("历城区", "济南市", "4"), ("济南市", "山东", "5")]
    assert found[0]["property"] == str(CIVIC.locatedIn) and found[0]["quote"] == "闵子骞社区安晴工作室"
    via_award = ask("connection", **{"from": "wang-yong", "to": "shandong"})
    assert (via_award[0]["stepLabel"], via_award[0]["nextLabel"]) == ("王勇", "济南市")
    assert via_award[0]["quote"] == "济南市推荐的慈善楷模候选对象王勇"


def test_entity_graph(built_project):
    graph = run("entity-graph", stores(str(built_project.root))["memory"], root=built_project).graph
    studio = CID["anqing-studio"]
    assert (studio, CIVIC.locatedIn, CID["minziqian-community"]) in graph
    assert (CID["shandalu-subdistrict"], CIVIC.established, studio) in graph
    assert (CID["minziqian-community"], RDFS.label, Literal("闵子骞社区", lang="zh")) in graph
    assert not any(str(s).startswith("https://civickg.org/evidence/") for s in graph.subjects())


def test_entity(ask):
    found = ask("entity")
    assert has(found, direction="out", property=str(CIVIC.received), valueLabel="中华慈善奖",
               quote="王勇获评第十二届“中华慈善奖”", articleTitle=JINAN_ARTICLE)
    assert has(found, direction="out", property=str(CIVIC.recommendedBy), valueLabel="济南市",
               quote="济南市推荐的慈善楷模候选对象王勇")
    assert has(found, direction="in", property=str(CIVIC.recipient), value=cid("wang-yong-china-charity-award-12"))
    jinan = ask("entity", entity="cid:jinan")
    assert has(jinan, direction="in", property=str(CIVIC.partOf), valueLabel="历城区", quote="济南市历城区")


def test_events(ask):
    found = ask("events")
    assert has(found, eventLabel="银发经济分论坛", participantLabel="济南市", roleLabel="发言于",
               parentLabel="第六届虹桥国际经济论坛")
    assert has(found, eventLabel="银发经济分论坛", parentLabel="第六届进博会")  # two levels up: subEventOf+
    assert has(found, eventLabel="全省养老护理职业技能竞赛", participantLabel="济南市所派选手", roleLabel="参加")


def test_fact_evidence(ask, built_project):
    [found] = ask("fact-evidence")
    assert found["quote"] == "王勇获评第十二届“中华慈善奖”"
    assert found["articleTitle"] == JINAN_ARTICLE
    assert found["graph"] == str(GRAPH["jinan-civil-affairs-2024"])
    text = (built_project.build / "text" / "jinan-civil-affairs-2024.txt").read_text(encoding="utf-8")
    start, end = int(found["start"]), int(found["end"])
    assert text[start:end] == found["quote"]
    assert text[:start].endswith(found["prefix"]) and text[end:].startswith(found["suffix"])
    [address] = ask("fact-evidence", subject="shandabei-road-grid-station", predicate="civic:address",
                    object='"山大北路46号"@zh')
    assert address["quote"] == "在山大北路46号打造党建+全科网格站"


def test_firsts(ask):
    found = ask("firsts")
    assert has(found, measureLabel="地名文化主题社区", first="全国首个", doerLabel="济南市民政局",
               quote="建成全国首个地名文化主题社区")
    assert has(found, measureLabel="未成年人监护工作指引", first="全省率先", relationLabel="印发")


def test_groups_served(ask):
    found = ask("groups-served")
    assert has(found, groupLabel="老年群体", serverLabel="家庭养老床位", goal="确保老年群体老有所依，老有所乐")
    assert has(found, groupLabel="居民", serverLabel="“15分钟服务圈”", goal="提升居民生活便利度")
    assert has(found, groupLabel="独居老人", serverLabel="“窗帘行动”")


def test_growth(ask, built_project):
    found = ask("growth")
    changes = [float(r["change"]) for r in found]
    assert changes == sorted(changes, reverse=True)
    # the seed's largest growth (another article may report a larger one)
    seed_text = "".join((built_project.build / "text" / f"{article}.txt").read_text(encoding="utf-8")
                        for article in ("jinan-civil-affairs-2024", "shandalu-subdistrict-2023"))
    seed = [r for r in found if r["quote"] in seed_text]
    assert seed[0]["indicatorLabel"] == "服务业营收" and float(seed[0]["change"]) == 13.7
    assert has(found, indicatorLabel="财源建设", quote="街道财源建设完成8.4亿元，同比增长6.92%")


def test_indicator_ranks(ask):
    found = ask("indicator-ranks")
    assert has(found, areaLabel="济南市", indicatorLabel="困难群众保障标准", rank="全省首位", unit="项")
    assert has(found, indicatorLabel="养老护理职业技能竞赛名次", rank="前三名")
    assert has(found, indicatorLabel="多项工作位次", rank="山东首位")


def test_indicators(ask):
    found = ask("indicators")
    [fiscal] = [r for r in found if r["indicatorLabel"] == "财源建设"]
    assert (float(fiscal["value"]), fiscal["unit"], float(fiscal["change"])) == (8.4, "亿元", 6.92)
    assert fiscal["period"] == "2023"
    assert fiscal["quote"] == "街道财源建设完成8.4亿元，同比增长6.92%"
    assert has(found, indicatorLabel="山大系企业入驻科创城", atLeast="true")
    city = ask("indicators", area="jinan")
    assert has(city, indicatorLabel="规范提升的长者助餐站点数", period="2024", planned="true", unit="处")
    assert not has(city, indicatorLabel="财源建设")


def test_organizations(ask):
    found = ask("organizations")
    assert has(found, organizationLabel="山东大学党委", relationLabel="下属于", otherLabel="山东大学",
               quote="山东大学党委")
    assert has(found, organizationLabel="区委", relationLabel="管辖", otherLabel="历城区")
    assert has(found, organizationLabel="历城城发鑫盛物业", classLabel="企业",
               other=cid("previously-unmanaged-estates"))


def test_people(ask):
    found = ask("people")
    assert has(found, personLabel="王勇", personLabelEn="Wang Yong", roleLabel="评选候选对象", otherLabel="中华慈善奖",
               quote="慈善楷模候选对象王勇")
    assert has(found, personLabel="史安琪", roleLabel="记者", otherLabel=JINAN_ARTICLE, quote="记者 史安琪")
    assert has(found, personLabel="赵亮", roleLabel="通讯员", quote="通讯员 赵亮")


def test_plans(ask):
    found = ask("plans")
    assert has(found, actorLabel="济南市民政局", planLabel="“阳光慈善”工程", quote="实施“阳光慈善”工程")
    assert has(found, actorLabel="济南市", planLabel="泉城文化特色系列地图", classLabel="地图")
    assert has(found, actorLabel="山大路街道", planLabel="山大路街道现代服务业产业园")


def test_policy_documents(ask):
    found = ask("policy-documents")
    assert has(found, documentLabel="街道(镇)社工站服务指南", classLabel="地方标准", authorLabel="济南市民政局",
               first="全省率先", aboutLabel="街道(镇)社工站")
    assert has(found, documentLabel="未成年人监护工作指引", roleLabel="印发", quote="率先印发《未成年人监护工作指引》")
    assert has(found, documentLabel="《感谢信》", authorLabel="山东大学党委", quote="山东大学党委为街道送来《感谢信》")
    [plan] = [r for r in found if r["documentLabel"] == "《征收补偿方案》"]
    assert "authorLabel" not in plan and plan["aboutLabel"] == "一期地块"


def test_projects(ask):
    found = ask("projects")
    assert has(found, projectLabel="洪楼广场片区城市更新项目", actorLabel="山大路街道", relationLabel="推进",
               placeLabel="洪楼广场片区", progress="二期地块已冻结")
    assert has(found, projectLabel="山大南院危房拆迁改造任务", placeLabel="山大南院",
               quote="统筹推进山大南院危房拆迁改造任务")
    assert has(found, projectLabel="民生实事项目", actorLabel="济南市民政局", relationLabel="计划")
    assert has(found, projectLabel="地铁6号线")


def test_quote_search(ask):
    found = ask("quote-search")
    assert found and all("慈善" in r["quote"] for r in found)
    assert has(found, subject=cid("wang-yong"), object=cid("china-charity-award"), quote="王勇获评第十二届“中华慈善奖”")
    elderly = ask("quote-search", term='"养老"')
    assert elderly and all("养老" in r["quote"] for r in elderly)
    assert has(elderly, subjectLabel="家庭养老床位")


def test_shared_entities(ask):
    found = ask("shared-entities")
    assert {r["entityLabel"] for r in found} >= {"济南市", "山东"}
    jinan = [r for r in found if r["entity"] == cid("jinan")]
    assert {r["articleTitle"] for r in jinan} == {JINAN_ARTICLE, SHANDALU_ARTICLE}
    assert all("济南" in r["quote"] for r in jinan)


def test_volunteer_teams(ask):
    found = ask("volunteer-teams")
    assert has(found, communityLabel="百花公园社区", brandLabel="“百花邻聚力”", number="5")


def test_within_area(ask):
    found = ask("within-area")
    assert has(found, placeLabel="安晴工作室", parentLabel="闵子骞社区")
    assert has(found, placeLabel="红色物业阵地", parentLabel="洪南小区")
    assert has(found, placeLabel="历城区", classLabel="区", parentLabel="济南市")
    subdistrict = ask("within-area", area="shandalu-subdistrict")
    assert has(subdistrict, placeLabel="洪南小区") and not has(subdistrict, placeLabel="历城区")


def test_work_by_actor(ask):
    found = ask("work-by-actor")
    assert has(found, relationLabel="成立", thingLabel="安晴工作室", classLabel="工作室",
               quote="成立闵子骞社区安晴工作室")
    assert has(found, relationLabel="建设", thingLabel="党群服务中心", quote="新建街道1500平米党群服务中心")
    assert has(found, relationLabel="引进", thingLabel="历城城发鑫盛物业")
    bureau = ask("work-by-actor", actor="jinan-civil-affairs-bureau")
    assert has(bureau, relationLabel="制定", thingLabel="街道(镇)社工站服务指南")
    assert has(bureau, relationLabel="印发", thingLabel="未成年人监护工作指引")


# ---------------------------------------------------------------- the library itself

def test_reviewed_facts(ask):
    # the seed is curated by hand: every fact is kept, with or without drafts, and carries no review marks
    kept, everything = ask("reviewed-facts"), ask("reviewed-facts", keep="civic:draft")
    assert kept == everything
    assert {r["status"] for r in kept} == {"curated"} and not any(r.get("rule") or r.get("reviewer") for r in kept)
    assert has(kept, subject=cid("wang-yong"), predicate=str(CIVIC.received), object=cid("china-charity-award"),
               quote="王勇获评第十二届“中华慈善奖”")
    # (drafted and reviewed facts: tests/test_drafts.py)


def test_every_question_has_a_test(built_project):
    names = set(querylib.load(built_project))
    tested = {n[len("test_"):].replace("_", "-") for n in dir(sys.modules[__name__]) if n.startswith("test_")}
    assert names - tested == set(), "add a test named test_<query name> for each new competency question"


def test_the_library_has_at_least_twenty_questions_in_chinese_and_english(built_project):
    library = querylib.load(built_project)
    assert len(library) >= 20
    for question in library.values():
        assert re.search(r"[\u4e00-\u9fff]", question.zh), question.name
        assert re.search(r"[A-Za-z]{3}", question.en) and question.en.endswith(("?", ".")), question.name
        assert len(question.note) > 20, question.name


def test_no_question_only_counts(built_project):
    """Every SELECT answer names things (IRIs or text), not just numbers."""
    store = stores(str(built_project.root))["memory"]
    for name in querylib.load(built_project):
        result = run(name, store, root=built_project)
        if result.form != "SELECT":
            continue
        values = [t for row in result.rows for t in row if t is not None]
        assert any(isinstance(t, URIRef) or (isinstance(t, Literal) and not str(t).replace(".", "").isdigit())
                   for t in values), name
