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


def entity_by_id(doc: dict, ident: str) -> dict:
    return next(e for e in doc["entities"] if e["id"] == ident)


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
    assert has_fact(doc, "“红色驿站”", "locatedIn", "百花公园社区")     # the quotation marks stay in the name
    assert has_fact(doc, "困境儿童关爱服务规范", "about", "困境儿童")     # a document is about them (seed gold)
    assert has_fact(doc, "亿元以上项目", "hasComponent", "智慧养老平台")
    assert has_fact(doc, "亿元以上项目", "hasComponent", "社区食堂")


def test_the_parties_of_a_model_are_its_components_and_a_teams_its_members():
    # context.model-party: the pieces between the joins that the article names as bodies or groups
    doc = draft("团庄村通过推行“党支部+合作社+农户”发展模式,带动农户增收。")
    assert has_fact(doc, "“党支部+合作社+农户”发展模式", "hasComponent", "党支部")
    assert has_fact(doc, "“党支部+合作社+农户”发展模式", "hasComponent", "农户")
    assert not has_fact(doc, "“党支部+合作社+农户”发展模式", "serves", "农户")
    doc = draft("社区组建“党员+志愿者”服务队,党员和志愿者每周入户走访。")
    assert has_fact(doc, "党员", "org:memberOf", "“党员+志愿者”服务队")
    assert has_fact(doc, "志愿者", "org:memberOf", "“党员+志愿者”服务队")
    # a piece that only opens a longer piece is no party (党员示范 is not 党员)
    doc = draft("扁牙村创新\"支部领航+党员示范+产业矩阵\"发展模式,党员带头。")
    assert not any(f["method"] == "context.model-party" for f in doc["facts"])


def test_a_number_opening_a_set_phrase_counts_nothing():
    # indicators.yaml number_phrase_tags: 五位一体/l names a kind of team, not five people
    doc = draft("扁牙村构建“党支部+党员+社干+公益性岗位+农户”五位一体整治队伍。")
    assert doc["observations"] == []
    doc = draft("扁牙村组建5位党员组成的整治队伍。")
    assert [(o["value"], o["unit"]) for o in doc["observations"]] == [(5, "位")]


def test_a_place_of_service_named_after_a_group_serves_it():
    # context.name-within serves_outer: facilities, platforms and models serve the group their name holds
    doc = draft("成华区在高校设立拓展型退役军人服务站,为退役军人提供服务。")
    assert has_fact(doc, "退役军人服务站", "serves", "退役军人")
    doc = draft("社区建起居民议事厅,居民有事好商量。")     # 建起 opens no name (organizations.yaml not_name_start)
    assert entity(doc, "居民议事厅")["class"] == "Facility"
    assert has_fact(doc, "居民议事厅", "serves", "居民")
    assert not any(e["zh"].startswith("社区建起") for e in doc["entities"])


def test_a_whole_area_word_inside_a_name_frames_no_area():
    # context.whole-area: 全国 inside a ceremony's name is no area the story speaks of (real sentence, 烟台 2009)
    doc = draft("11月26日,曹家王庄社区举行全国和谐社区创建示范社区揭牌仪式。")
    assert not has_fact(doc, "曹家王庄社区", "partOf", "全国")
    doc = draft("曹家王庄社区工作成绩位列全国前列。")
    assert has_fact(doc, "曹家王庄社区", "partOf", "全国")


def test_the_bodies_that_host_an_event_printed_in_full_and_bare_in_a_list():
    # organizations.yaml: 精神文明建设委员会 printed in full; 妇联 bare as a list's item (bare_listed);
    # context.hosted-by (real sentence, 汉台区 2019)
    doc = draft("9月22日下午,“汉台区第五届道德模范暨第二届十佳美德少年表彰大会”在汉台中学举行。"
                "此次活动由汉台区精神文明建设委员会主办,汉台区委宣传部、文明办、教体局、文旅局、团区委、妇联承办。")
    event = "“汉台区第五届道德模范暨第二届十佳美德少年表彰大会”"
    for host in ("汉台区精神文明建设委员会", "汉台区委宣传部", "教体局", "妇联"):
        assert has_fact(doc, host, "hosted", event), host
    assert not any(e["zh"] == "妇联" for e in draft("妇联是群团组织。")["entities"])


def test_companies_a_body_brings_in_are_companies():
    # phrases.yaml classes: 引入餐饮企业参与… names companies of a kind, no work (real sentence, 蓝山县 2024)
    doc = draft("蓝山县民政局引入餐饮企业参与助餐点建设和运营。")
    assert entity(doc, "餐饮企业")["class"] == "Company"
    assert has_fact(doc, "蓝山县民政局", "introduced", "餐饮企业")


def test_real_new_year_visits_a_festival_to_come_plans_nothing_and_the_groups_visited():
    # real sentences of the genre's new-year visits (泰州 六尺巷社区, 重庆 惠民社区, 汉滨区 区委编办):
    # 春节将至 says when, no plan (relations.yaml plan_not); 等几部分困难群体 counts the groups listed, no work, and
    # goods handed out are no work (context.yaml components); 区委编办 is one body, a department of the committee
    doc = draft("春节将至,为让辖区困难群众度过一个温暖祥和的新年,近日,"
                "文昌街道六尺巷社区联合市爱心企业华润苏果开展春节前夕走访慰问活动。")
    assert has_fact(doc, "六尺巷社区", "implements", "春节前夕走访慰问活动")
    assert not any(f["p"] == "plans" for f in doc["facts"])
    doc = draft("1月28日,惠民社区组织志愿者针对辖区低收入困难妇女、空巢老人、贫困党员、群众等几部分困难群体"
                "进行了分类慰问,为他们送上了米、面、油等慰问物资和慰问金。")
    assert has_fact(doc, "困难群体", "hasComponent", "空巢老人")
    assert not [e for e in doc["entities"] if e["class"] == "Initiative"]
    doc = draft("1月25日,区委编办领导带领办机关党员干部到老城街道大北街社区开展节前慰问活动。")
    assert has_fact(doc, "区委编办", "subOrganizationOf", "区委")


def test_work_of_two_characters_listed_after_a_verb_and_closed_by_a_kind():
    # phrase.implements with the list's shortest length: 开展义诊、义剪等便民服务 names 义诊 and 义剪 (typical
    # wording of the genre, as 义诊、义卖等慈善便民服务 is read without a verb); words for kinds of work stay no work
    doc = draft("街道开展义诊、义剪等便民服务。")
    assert entity(doc, "义诊")["class"] == "Initiative" and entity(doc, "义剪")["class"] == "Initiative"
    doc = draft("街道开展服务、管理等工作。")
    assert not [e for e in doc["entities"] if e["zh"] in ("服务", "管理")]


def test_a_meetings_speakers_speak_on_work_they_do_not_do_there():
    # real sentence of a district's civil-affairs meeting (金坛区 2019): 分别就A、B、C工作进行了交流发言 names the
    # topics of their speeches (context.yaml orphan_work aim_words, phrases.yaml list topic_leads), and a speech is no
    # work (phrases.yaml speeches)
    doc = draft("4月11日下午,金坛区召开2019年全区民政工作会议。"
                "随后,朱林镇、尧塘街道、西城街道分别就养老服务、殡葬改革、社区治理工作进行了交流发言。")
    assert not any(f["p"] == "implements" and f["s"] == entity(doc, "朱林镇")["id"] for f in doc["facts"])
    assert not [e for e in doc["entities"] if e["zh"] == "交流发言"]


def test_how_long_ago_a_thing_was_built_is_no_thing_built():
    # phrases.yaml not_objects lead_words 已有: 建成已有20余年 says how long ago (real sentence, 长沙 2025 红色物业)
    doc = draft("在繁华的五一商圈,丰泉家园小区建成已有20余年,其中党员占比达80%。")
    assert not [e for e in doc["entities"] if e["zh"].startswith("已有")]
    assert not any(f["p"] == "built" for f in doc["facts"])


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


def test_work_with_no_doer_is_done_by_the_main_actor():
    # context.orphan-work: an event no work verb stands before is the report's body's
    doc = draft("昌硕街道2022年工作总结\n以节促旅,开启“城市露营带”建设,"
                "第二届“小城大爱·昌硕之夏”夜市活动吸引线下流量突破20万人次。")
    event = entity(doc, "第二届“小城大爱·昌硕之夏”夜市活动")
    fact = next(f for f in doc["facts"] if f.get("o") == event["id"] and f["p"] == "implements")
    assert fact["s"] == entity(doc, "昌硕街道")["id"]
    assert fact["method"] == "context.orphan-work" and fact["confidence"] == 0.35
    assert fact["quote"] == "第二届“小城大爱·昌硕之夏”夜市活动"
    # under a plan heading it is planned, not done
    doc = draft("昌硕街道2022年工作总结\n二、2023年工作计划\n第三届“昌硕之夏”夜市活动如期举行。")
    assert has_fact(doc, "昌硕街道", "plans", "第三届“昌硕之夏”夜市活动")
    assert not has_fact(doc, "昌硕街道", "implements", "第三届“昌硕之夏”夜市活动")


VISIT = ("2019年2月27日下午，佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉，"
         "顺德区金融业联合会陈伊芬秘书长等一行八人到众创金融街进行实地考察调研，市金融局副局长刘东升，区党工委副书记蓝海斌陪同调研。")


def test_people_on_a_visit_take_part_in_it_with_those_accompanying():
    # context.participants, rel.in-place (到), the Event ending 调研, and 等一行 is no list of components
    doc = draft(VISIT)
    visit = entity(doc, "实地考察调研")
    assert visit["class"] == "Event"
    for person in ("潘卓辉", "陈伊芬", "刘东升", "蓝海斌"):
        assert has_fact(doc, person, "participatedIn", "实地考察调研"), person
        assert not has_fact(doc, person, "implements", "实地考察调研")
    quote = next(f["quote"] for f in doc["facts"]
                 if f["p"] == "participatedIn" and f["s"] == entity(doc, "刘东升")["id"])
    assert quote == "刘东升，区党工委副书记蓝海斌陪同"
    assert has_fact(doc, "实地考察调研", "locatedIn", "众创金融街")
    assert not any(f["p"] == "hasComponent" for f in doc["facts"])
    assert not any("行八人" in e["zh"] for e in doc["entities"])


def test_a_place_name_does_not_take_the_verb_before_it():
    # organizations.yaml boundary_words: 带头, 到, 响应, 明确 end a name on its left
    doc = draft("开元街道2023年工作总结\n街道班子成员带头到挂点社区开展党的二十大精神宣讲12场次。"
                "积极响应区委区政府“活古城、战江南”号召。")
    assert entity(doc, "挂点社区")["class"] == "Community"
    assert entity(doc, "区委")["class"] == "PartyOrganization"
    assert not any(e["zh"].startswith(("带头", "积极响应")) for e in doc["entities"])
    # places.yaml not_places: a verb and 社区 is what is done for communities; 餐厅 is no government office
    doc = draft("肯定他們長年投入地方服務、守護社區的努力與貢獻。到达餐厅后,只需要在门口“刷脸”认证。")
    assert not any(e["class"] in ("Community", "GovernmentBody") for e in doc["entities"])


def test_short_forms_of_a_facility_name_are_that_facility():
    # name.head-reference: 社区惠民食堂 (read as a name before the full one), 惠民食堂 and 食堂 after it
    text = ("东丽区华明街道第一社区扎实推进社区惠民食堂项目建设。第一社区惠民食堂正式落户建邦时代汇核心商圈。"
            "惠民食堂建筑面积300平方米。食堂投用后,将辐射周边3个老龄化片区。")
    doc = draft(text)
    canteen = entity(doc, "第一社区惠民食堂")
    assert canteen["class"] == "Facility"
    assert not any(e["zh"] in ("社区惠民食堂", "惠民食堂") for e in doc["entities"])
    quotes = {m["quote"] for m in doc.get("mentions") or [] if m["id"] == canteen["id"]}
    assert {"社区惠民食堂", "惠民食堂", "食堂"} <= quotes | set(canteen.get("aliases") or [])


def test_people_called_by_surname_and_kinship_and_estate_names_with_two_suffixes():
    # person.kinship; place.suffix.estate keeps 平建苑小区 whole; a place name does not run back over 排查
    doc = draft("“今天我们排查兴融花园小区,平建苑小区独居老人罗姨、张叔需要走访……”")
    assert entity(doc, "罗姨")["class"] == entity(doc, "张叔")["class"] == "Person"
    assert entity(doc, "平建苑小区")["class"] == entity(doc, "兴融花园小区")["class"] == "ResidentialEstate"
    assert not any(e["zh"] in ("平建苑", "排查兴融花园小区") for e in doc["entities"])


def test_a_post_printed_with_a_name_is_the_position():
    # person.position: the word as printed, before or after the name
    doc = draft("近日,队长刘小盼布置完任务后,15名“红管家”成员迅速穿上红马甲。")
    fact = next(f for f in doc["facts"] if f["p"] == "position")
    assert (fact["s"], fact["value"], fact["quote"]) == (entity(doc, "刘小盼")["id"], "队长", "队长刘小盼")
    doc = draft("龍潭區百年里長張銘純自99年起擔任里長，14年來秉持「活力服務、凝聚社區」理念，"
                "他長期關懷長者與弱勢族群。")
    assert has_fact(doc, "張銘純", "position", value="里長")
    # context.pronoun: 他 opens the clause, so 張銘純 is the one who cares for the elderly (rel.serves)
    assert has_fact(doc, "張銘純", "serves", "長者")


def test_a_list_of_work_before_a_kind_of_work_is_done_by_the_subject():
    # phrase.list: no work verb stands before the list
    doc = draft("“红管家”志愿服务队\n翻开“红管家”厚厚的工作日记,"
                "安全巡查、规范电动自行车摆放、政策宣传、走访独居老人等服务内容密密麻麻。")
    team = entity(doc, "“红管家”志愿服务队")
    assert team["class"] == "VolunteerTeam"
    for item in ("安全巡查", "规范电动自行车摆放", "政策宣传"):
        assert has_fact(doc, "“红管家”志愿服务队", "implements", item), item
    assert not any(e["zh"].startswith("服务内容") for e in doc["entities"])


def test_a_facility_of_a_facility_and_the_whole_city_named_by_its_full_name():
    # context.facility-part; context.whole-area-named (全市 is 珠海市); 2000余人 is a count, not a year
    doc = draft("陈阿姨是珠海市金湾区三灶镇中心村村民,每天中午她都在村居家养老服务站的长者饭堂吃午餐。"
                "珠海统一对全市60岁以上的老人(不限户籍)给予配餐补贴3元。惠及群众2000余人。")
    assert has_fact(doc, "村居家养老服务站", "hasComponent", "长者饭堂")
    city = entity(doc, "珠海市")
    assert "全市" in city.get("aliases", []) and not any(e["zh"] == "全市" for e in doc["entities"])
    assert any(o["value"] == 2000 and o["unit"] == "人" and o["at_least"] for o in doc["observations"])


def test_a_county_short_name_right_after_its_province():
    # place.gazetteer.district via chained_short_form_levels: 屯昌 after 海南; a name does not run over 让
    doc = draft("海南屯昌多舉措讓新時代文明實踐站“活”起來\n位於海南省屯昌縣的城北社區新時代文明實踐站。")
    county = entity(doc, "屯昌縣")
    assert county["class"] == "County" and "屯昌" in county.get("aliases", [])
    assert not any(e["zh"].startswith("舉措") for e in doc["entities"])
    # alone, 屯昌 is no place: a short county name needs its parent before it
    assert not any(e["zh"] == "屯昌" for e in draft("屯昌多舉措讓實踐站活起來。")["entities"])


def test_corner_brackets_are_quotation_marks_and_an_event_lies_where_it_is_held():
    # text.simplify reads 「…」 as “…”; name.quoted.event-inner; a year that names something is no figure
    doc = draft("桃園市民政局今（28）日上午於中壢區水悅莊園舉辦「114年特優里長及績優民政人員表揚活動」，"
                "由市長張善政親自頒獎。")
    event = entity(doc, "「114年特優里長及績優民政人員表揚活動」")
    assert event["class"] == "Event"
    assert has_fact(doc, "桃園市民政局", "hosted", "「114年特優里長及績優民政人員表揚活動」")
    assert not any(o["unit"] == "年" for o in doc.get("observations") or [])
    # context.event-place: X在Y举行; a ceremony's name runs over the verb that names it (发布典礼)
    doc = draft("当天,慈心若水·善耀星城——第四届长沙慈善榜发布典礼在长沙举行。")
    fact = next(f for f in doc["facts"] if f["p"] == "locatedIn")
    assert fact["s"] == entity(doc, "第四届长沙慈善榜发布典礼")["id"] and fact["o"] == entity(doc, "长沙")["id"]
    assert fact["quote"] == "第四届长沙慈善榜发布典礼在长沙举行"


def test_a_place_chain_with_a_numeral_and_a_purpose_clause():
    # a numeral opens a town's name (三灶镇); a facility's name does not start inside it (no 灶镇中心)
    doc = draft("陈阿姨是珠海市金湾区三灶镇中心村村民。")
    assert has_fact(doc, "中心村", "partOf", "三灶镇") and has_fact(doc, "三灶镇", "partOf", "金湾区")
    assert not any(e["class"] == "Facility" for e in doc["entities"])
    # phrase.purpose: 为了Y，…建立X: Y is X's goal
    doc = draft("为了更好关爱和帮助处于困境中的儿童,长沙市慈善总会在典礼现场启动成立长沙市首个“困境儿童关爱基金”。")
    fund = next(e for e in doc["entities"] if "“困境儿童关爱基金”" in e["zh"])
    goal = next(f for f in doc["facts"] if f["p"] == "goal")
    assert (goal["s"], goal["method"]) == (fund["id"], "phrase.purpose")
    assert goal["value"] == "更好关爱和帮助处于困境中的儿童"


def test_a_post_in_the_opening_chain_makes_its_holder_the_subject_and_a_labelled_slogan_is_a_name():
    # _end_of_chain: 龍潭區百年里長張銘純 … 打造: 張銘純 does it, not 龍潭區; name.quoted.slogan: 「…、…」理念
    doc = draft("龍潭區百年里長張銘純自99年起擔任里長，14年來秉持「活力服務、凝聚社區」理念，積極打造宜居生活環境。")
    assert has_fact(doc, "張銘純", "implements", "「活力服務、凝聚社區」理念")     # 宜居生活環境 is a goal (goal_ends)
    assert not has_fact(doc, "龍潭區", "implements", "「活力服務、凝聚社區」理念")
    assert entity(doc, "「活力服務、凝聚社區」理念")["class"] == "Strategy"
    doc = draft("开元街道积极响应区委区政府“活古城、战江南”号召。")
    assert entity(doc, "“活古城、战江南”")["class"] == "Strategy"


def test_media_and_a_run_of_quoted_project_names_counted_further_on():
    # org.name.media, org.suffix.media; name.quoted.later: 等5個主題志願服務項目 names the run's class
    doc = draft("相关经验做法在人民日报、福建日报、福建东南网等媒体刊发。")
    assert {e["zh"] for e in doc["entities"] if e["class"] == "Organization"} >= {"人民日报", "福建日报", "福建东南网"}
    doc = draft("屯昌現有志願服務隊伍276支,設立了“我們的講堂”“我們的節日”和“我們的實踐”等5個主題志願服務項目。")
    for name in ("“我們的講堂”", "“我們的節日”", "“我們的實踐”"):
        assert entity(doc, name)["class"] == "Project"


def test_programme_items_are_events_and_wo_guo_is_the_country():
    # name.document.programme: the kind of piece before 《…》 makes it an Event; place.fixed.country: 我国
    doc = draft("公益歌曲《光芒》以青春阳光的旋律歌颂慈善者们的奉献精神;舞蹈《礼物》由8位失明儿童共同演绎。"
                "9月5日是我国第九个“中华慈善日”。")
    assert entity(doc, "公益歌曲《光芒》")["class"] == entity(doc, "舞蹈《礼物》")["class"] == "Event"
    assert entity(doc, "我国")["class"] == "Country"
    assert not any(e["class"] == "Document" for e in doc["entities"])


def test_located_at_and_settled_in():
    # context.located-at: 位於Y的X (the last place of the chain), X正式落户Y
    doc = draft("暑假期間,位於海南省屯昌縣的城北社區新時代文明實踐站吸引不少學生。"
                "第一社区惠民食堂正式落户建邦时代汇核心商圈。")
    assert has_fact(doc, "城北社區新時代文明實踐站", "locatedIn", "屯昌縣")
    assert not has_fact(doc, "城北社區新時代文明實踐站", "locatedIn", "海南省")
    fact = next(f for f in doc["facts"] if f["method"] == "context.located-at" and "落户" in f["quote"])
    assert fact["quote"] == "第一社区惠民食堂正式落户建邦时代汇核心商圈"
    assert fact["o"] == entity(doc, "建邦时代汇核心商圈")["id"]


def test_a_figure_with_no_name_before_or_after_is_kept():
    # indicators.yaml not_names: 为30余位独居老人 is named by what follows; 共有1100人。 by the words before,
    # since nothing follows (a figure is never dropped for want of a better name)
    doc = draft("星火社区收集民情民意100余件,惠及群众2000余人,为30余位独居老人代购物品。目前共有1100人。")
    figures = {(o["value"], o["unit"]) for o in doc["observations"]}
    assert figures == {(100, "件"), (2000, "人"), (30, "位"), (1100, "人")}
    named = {o["value"]: o["indicator"] for o in doc["observations"]}
    assert entity(doc, "独居老人数")["id"] == named[30]         # the nouns after 位 (indicator.count)


def test_work_for_a_group_a_meeting_inside_a_name_and_where_work_is_done():
    # phrases: 走访独居老人 is work (the verb before the group's name), and it serves the group
    doc = draft("“红管家”志愿服务队\n翻开工作日记,安全巡查、政策宣传、走访独居老人等服务内容密密麻麻。")
    assert has_fact(doc, "“红管家”志愿服务队", "implements", "走访独居老人")
    assert has_fact(doc, "走访独居老人", "serves", "独居老人")
    # 党的二十大精神宣讲 takes 党的二十大 in whole and is about it; 到挂点社区 is where, not who
    doc = draft("开元街道2023年工作总结\n街道班子成员带头到挂点社区开展党的二十大精神宣讲12场次。")
    assert has_fact(doc, "党的二十大精神宣讲", "about", "党的二十大")
    assert has_fact(doc, "党的二十大精神宣讲", "locatedIn", "挂点社区")
    assert not has_fact(doc, "挂点社区", "implements", "党的二十大精神宣讲")
    # rel.serves: 针对 a group
    doc = draft("第一社区惠民食堂更针对外卖骑手、快递员等新就业形态劳动者推出高性价比优惠餐食。")
    for group in ("快递员", "外卖骑手"):
        assert has_fact(doc, "第一社区惠民食堂", "serves", group)
    assert not any(e["zh"].startswith("新就业形态劳动者推出") for e in doc["entities"])


def test_a_measure_word_names_the_noun_it_counts():
    # indicators.yaml counted_after (indicator.count): the nouns right after 位/家/名 name the indicator,
    # whatever the words before the number say
    doc = draft("舞蹈《礼物》由来自长沙市特殊教育学校的8位失明儿童和16位聋哑儿童共同演绎。"
                "现场发布了第四届长沙慈善“单位捐赠榜”和“个人捐赠榜”,共有84家爱心单位和109名爱心个人上榜。")
    named = {o["value"]: (entity_by_id(doc, o["indicator"])["zh"], o["method"], o["quote"])
             for o in doc["observations"]}
    assert named[16] == ("聋哑儿童数", "indicator.count", "16位聋哑儿童")
    assert named[8] == ("失明儿童数", "indicator.count", "8位失明儿童")      # a short verb may open the noun
    assert named[84] == ("爱心单位数", "indicator.count", "84家爱心单位")
    assert named[109] == ("爱心个人数", "indicator.count", "109名爱心个人")
    # 一 and a measure word is "a": 有这样一支特殊的队伍 states no figure
    doc = draft("在宁夏石嘴山市惠农区星火社区,有这样一支特殊的队伍——“红管家”志愿服务队。")
    assert doc["observations"] == []
    # a measure word with no noun after it keeps the words before as the name (下設 stops it: name_stops)
    doc = draft("城北社區新時代文明實踐站建成於2020年2月,下設志願服務隊伍1支。")
    obs = next(o for o in doc["observations"] if o["value"] == 1)
    assert (entity_by_id(doc, obs["indicator"])["zh"], obs["method"]) == ("志願服務隊伍", "indicator.value")


def test_groups_named_by_a_head_word_and_the_word_before():
    # people.yaml modified_groups (person.group.modified)
    doc = draft("通过现场观众的投票,还评选出了“第四届长沙慈善最具影响力榜单”。舞蹈《礼物》由16位聋哑儿童共同演绎。"
                "星火社区构建起“社区党支部——执法单位——业委会——物业服务公司——社区民警”联动机制。")
    for group in ("现场观众", "聋哑儿童", "社区民警"):
        found = entity(doc, group)
        assert (found["class"], found["method"]) == ("PersonGroup", "person.group.modified")
    # a reading that would cut a place's name is dropped: the estate stays whole
    doc = draft("平建苑小区独居老人罗姨、张叔需要走访。")
    assert entity(doc, "平建苑小区")["class"] != "PersonGroup"
    assert not any(e["zh"] == "小区独居老人" for e in doc["entities"])


def test_the_body_before_a_post_a_centre_with_a_head_and_two_posts_in_a_row():
    # context.offices: 理事长 after a service centre makes the centre a body that the person heads
    doc = draft("慈善故事《爱的透析》讲述了长沙市肾慈公益服务中心理事长侯佳自强不息、播撒大爱的感人事迹。")
    centre = entity(doc, "长沙市肾慈公益服务中心")
    assert "Organization" in centre["class"]
    assert has_fact(doc, "侯佳", "org:headOf", "长沙市肾慈公益服务中心")
    # 書記、主任: the post after 、 belongs to the body printed before the first post
    doc = draft("城北社區居委會黨支部書記、主任王泰霖説:“我們將積極調動多方面力量。”")
    fact = next(f for f in doc["facts"] if f["p"] == "org:headOf")
    assert fact["s"] == entity(doc, "王泰霖")["id"]
    assert fact["quote"] == "城北社區居委會黨支部書記、主任王泰霖"
    # 民政局長: the post shares the body's last character; 促进局局长 and 金融局副局长 name no 局局 or 副局
    doc = draft("桃園市民政局長劉思遠表示，里長是最基層的服務者。")
    assert has_fact(doc, "劉思遠", "org:headOf", "桃園市民政局")
    doc = draft("中山市科技促进局局长潘卓辉、市金融局副局长刘东升参加调研。")
    assert not any(e["zh"].endswith(("局局", "副局")) for e in doc["entities"])


def test_a_list_of_fields_of_work_after_a_body_and_a_verb_inside_a_name():
    # phrase.list: A、B、C等方面 after 珠海市民政局在 is work the bureau does; 城乡社区治理 is work in a place
    doc = draft("珠海市民政局在养老服务体系建设、城乡社区治理、社会组织管理制度等方面成绩突出。")
    for item in ("养老服务体系建设", "城乡社区治理", "社会组织管理制度"):
        assert has_fact(doc, "珠海市民政局", "implements", item)
    assert entity(doc, "城乡社区治理")["class"] == "Initiative"
    # 建设 at the end of 养老服务体系建设 is part of a name: the bureau built nothing
    assert not any(f["p"] == "built" for f in doc["facts"])
    # context.components: 等多次 counts no list (…建设等多次在…大会上作典型发言)
    doc = draft("济南市围绕普惠养老服务体系建设和养老服务人才队伍建设等多次在行业内推广交流大会上作典型发言。")
    assert has_fact(doc, "济南市", "spokeAt", "行业内推广交流大会")
    assert not any("作典型发言" in e["zh"] for e in doc["entities"])


def test_a_year_of_the_taiwan_calendar_in_traditional_text():
    # context.event-year.roc: 114年 is 2025 (1911 + 114), only in traditional text
    doc = draft("桃園市民政局於中壢區水悅莊園舉辦「114年特優里長及績優民政人員表揚活動」，表揚48名特優里長。")
    fact = next(f for f in doc["facts"] if f["p"] == "year")
    assert (fact["value"], fact["method"]) == ("2025", "context.event-year.roc")
    assert fact["s"] == entity(doc, "「114年特優里長及績優民政人員表揚活動」")["id"]
    doc = draft("桃园市民政局举办“114年特优里长及绩优民政人员表扬活动”。")
    assert not any(f["p"] == "year" for f in doc["facts"])


def test_taiwan_hong_kong_and_macau_areas_and_canteens():
    # rules/gazetteer-extra.csv: the districts cpca lacks, under cpca's codes for Taiwan, Hong Kong and Macau
    doc = draft("新北市政府表示，選拔結果卓越組卓越獎由三芝區福成社區獲得。")
    assert entity(doc, "三芝區")["class"] == "District"
    assert has_fact(doc, "三芝區", "partOf", "新北市")
    doc = draft("香港深水埗區與澳門花地瑪堂區的長者。")
    assert has_fact(doc, "深水埗區", "partOf", "香港")
    assert has_fact(doc, "花地瑪堂區", "partOf", "澳門")
    # the townships and county-level cities of Taiwan's counties (鄉, 鎮, 市), numbered under their county's code
    doc = draft("新竹縣議員鄭昱芸也親自到場，為芎林鄉的社區鼓舞。成果展於竹北市新崙公園熱鬧登場。")
    assert has_fact(doc, "芎林鄉", "partOf", "新竹縣") and has_fact(doc, "竹北市", "partOf", "新竹縣")
    doc = draft("屏東縣萬巒鄉佳佐社區發展協會成立。")
    assert has_fact(doc, "萬巒鄉", "partOf", "屏東縣")
    # 餐厅 ends a facility's name (a word of its own, not 厅 of a department)
    doc = draft("在董家沟街道民祥道智慧餐厅和湾里街道城志社区惠民餐厅,参会人员详细了解了情况。")
    assert entity(doc, "城志社区惠民餐厅")["class"] == "Facility"
    assert has_fact(doc, "城志社区惠民餐厅", "locatedIn", "城志社区")


def test_a_counted_indicator_in_traditional_text_is_labelled_in_its_script():
    doc = draft("（中央社記者黃旭昇新北12日電）新北市政府今天表揚18個績優社區，頒獎肯定社區夥伴長期深耕在地服務。")
    obs = next(o for o in doc["observations"] if o["value"] == 18)
    assert entity_by_id(doc, obs["indicator"])["zh"] == "績優社區數"
    assert obs["quote"] == "18個績優社區"


def test_bracketed_and_editor_bylines_meeting_goers_and_a_bare_meeting():
    # person.byline.bracketed: a surname-led name alone in brackets opening a paragraph
    doc = draft("大连市老年人助餐服务现场会在金普举行\n\n(许宁)近日,由大连市民政局组织的现场会在金普新区举行。"
                "新区领导吴金埔,市民政局及各区县民政局领导等参会。\n\n"
                "在湾里街道城志社区惠民餐厅,参会人员详细了解了社区餐厅设施设备配建情况。\n\n"
                "座谈中,金普新区、沙河口区、甘井子区民政局作经验介绍。")
    assert (entity(doc, "许宁")["class"], entity(doc, "许宁")["method"]) == ("Reporter", "person.byline.bracketed")
    assert entity(doc, "参会人员")["class"] == "PersonGroup"
    assert (entity(doc, "座谈")["class"], entity(doc, "座谈")["method"]) == ("Meeting", "name.term.meeting")
    # person.byline.editor: the editor's credit closing a wire story
    doc = draft("新北市長侯友宜致詞表示，社區發展協會平時肩負照顧弱勢的重要任務。（編輯：黃世雅）1141212")
    assert (entity(doc, "黃世雅")["class"], entity(doc, "黃世雅")["method"]) == ("Person", "person.byline.editor")
    assert has_fact(doc, "黃世雅", "position", value="編輯")       # as printed, without the colon
    # a bracketed word that is no name stays out
    doc = draft("(图文)近日,社区举办活动。")
    assert not any(e["zh"] == "图文" for e in doc["entities"])


def test_a_list_of_honours_closed_by_deng_rongyu_chenghao():
    # award.list: every name of 荣获A、B、C等荣誉称号 is an honour the village received, over 更是先后
    doc = draft("政府驻地扁牙村更是先后荣获广西“千村万户文化惠民工程”壮剧文艺村、自治区四星级党组织、市乡风文明红旗村、"
                "自治县先进党组织等荣誉称号。")
    for honour in ("自治区四星级党组织", "市乡风文明红旗村", "自治县先进党组织"):
        assert (entity(doc, honour)["class"], entity(doc, honour)["method"]) == ("Honour", "award.list")
        assert has_fact(doc, "扁牙村", "received", honour)
    # a title that ends like a village's name names no village; 荣誉称号 is no name either
    assert not any(e["zh"] in ("风文明红旗村", "壮剧文艺村", "荣誉称号") for e in doc["entities"])


def test_hosted_by_you_and_one_event_named_in_the_title_and_the_story():
    # context.hosted-by: 由X组织的Y; context.same_event: the title's and the story's names end alike
    doc = draft("大连市老年人助餐服务现场会在金普举行\n\n"
                "(许宁)近日,由大连市民政局组织的2024年积极发展老年人助餐服务现场会在金普新区举行。")
    meeting = entity(doc, "大连市老年人助餐服务现场会")
    assert meeting["aliases"] == ["发展老年人助餐服务现场会"]
    fact = next(f for f in doc["facts"] if f["method"] == "context.hosted-by")
    assert (fact["s"], fact["p"], fact["o"]) == (entity(doc, "大连市民政局")["id"], "hosted", meeting["id"])
    assert fact["quote"] == "由大连市民政局组织的2024年积极发展老年人助餐服务现场会"


def test_a_demonstrative_is_the_last_thing_of_its_kind():
    # context.pronoun demonstratives: 該社區 opens the sentence; its later clause keeps it as the subject
    doc = draft("新北市政府表示，選拔結果卓越組卓越獎由三芝區福成社區獲得。"
                "該社區以永續發展為核心，整合兒少照顧、婦女培力、長者健康促進等多元方案。")
    assert has_fact(doc, "福成社區", "partOf", "三芝區")
    for work in ("兒少照顧", "婦女培力", "長者健康促進"):
        assert has_fact(doc, "福成社區", "implements", work)
        assert not has_fact(doc, "新北市政府", "implements", work)


def test_class_names_in_rule_lists_are_checked_against_the_ontology():
    from civickg.extract.rules import RuleError, _walk_classes, read_ontology_terms
    terms = read_ontology_terms(Path(__file__).parent.parent / "ontology" / "civic.ttl")
    _walk_classes({"demonstratives": {"该站": ["Facility"]}, "about_classes": ["Initiative"]}, terms, "x.yaml")
    for bad in ({"demonstratives": {"该站": ["Facilty"]}}, {"serves_classes": ["PersonGrop"]}):
        with pytest.raises(RuleError, match="unknown class"):
            _walk_classes(bad, terms, "x.yaml")


def test_a_body_name_stops_at_lianhe_and_yituo_and_zones_of_a_show_are_facilities():
    # organizations.yaml boundary_words: 联合, 依托 stand between names; 展示区 ends a facility's name
    doc = draft("9月5日,武汉市东西湖区民政局联合区慈善会,在海林广场举办慈善事业展示交流活动。"
                "活动现场设有慈善普法知识问答区、社区慈善基金展示区。目前,社区慈善基金全部依托武汉市慈善总会设立。")
    assert entity(doc, "区慈善会")["class"] == "Organization"
    assert entity(doc, "武汉市慈善总会")["class"] == "Organization"
    for zone in ("慈善普法知识问答区", "社区慈善基金展示区"):
        assert entity(doc, zone)["class"] == "Facility"
    assert not any("联合" in e["zh"] or "依托" in e["zh"] for e in doc["entities"])


def test_a_residents_committee_governs_its_community_and_a_town_ends_inside_a_word():
    # rel.nested.governs self_governing: 城北社區居委會 governs 城北社區
    doc = draft("城北社區居委會黨支部書記王泰霖説。")
    assert has_fact(doc, "城北社區居委會", "governs", "城北社區")
    # places.yaml end_before_bodies: jieba cuts 平班/镇党委, yet 平班镇 is a town that its party committee governs
    doc = draft("平班镇党委通过支部“领航”坚持党建引领。")
    assert entity(doc, "平班镇")["class"] == "Subdistrict"
    assert has_fact(doc, "平班镇党委", "governs", "平班镇")


def test_themes_named_with_yi_wei_zhuti_and_with_a_dash():
    # rel.theme as_theme: 以「…」為主題 is the theme of the event before it; dash: 慈心若水·善耀星城——…典礼
    doc = draft("桃園市民政局於中壢區水悅莊園舉辦「114年特優里長及績優民政人員表揚活動」，"
                "以「感恩有您—守護地方的力量」為主題。")
    assert has_fact(doc, "「114年特優里長及績優民政人員表揚活動」", "theme", value="感恩有您—守護地方的力量")
    doc = draft("当天,慈心若水·善耀星城——第四届长沙慈善榜发布典礼在长沙举行。")
    assert has_fact(doc, "第四届长沙慈善榜发布典礼", "theme", value="慈心若水·善耀星城")


def test_new_areas_events_held_at_a_place_and_things_counted_after_a_place():
    # place.suffix.new-area: 金普新区; context.event-place: 在Y举办X; context.adjacent-place count: 区84个X
    doc = draft("9月5日,武汉市东西湖区民政局联合区慈善会,在海林广场举办慈善事业展示交流活动。"
                "东西湖区84个社区慈善基金募集善款600余万元。")
    assert has_fact(doc, "慈善事业展示交流活动", "locatedIn", "海林广场")
    assert has_fact(doc, "社区慈善基金", "locatedIn", "东西湖区")
    doc = draft("近日,由大连市民政局组织的现场会在金普新区举行。")
    assert entity(doc, "金普新区")["class"] == "District"


def test_what_is_provided_for_a_group_serves_it():
    # context.provided-for: 为G提供X, 面向G1和G2发起X
    doc = draft("发动商家为新就业群体提供爱心馒头。该项目面向留守儿童和困境儿童发起“助学微心愿”计划。")
    assert has_fact(doc, "爱心馒头", "serves", "新就业群体")
    for group in ("留守儿童", "困境儿童"):
        assert has_fact(doc, "“助学微心愿”计划", "serves", group)


def test_a_bracketed_other_name_and_a_level_word_between_two_places():
    # place.suffix.subdistrict over 北街(中街); places.yaml level_words: 街道 ends 星火社区's name
    doc = draft("在惠农区北街(中街)街道星火社区,有这样一支特殊的队伍。")
    assert entity(doc, "北街(中街)街道")["class"] == "Subdistrict"
    assert entity(doc, "星火社区")["class"] == "Community"
    assert not any(e["zh"] == "街道星火社区" for e in doc["entities"])
    assert has_fact(doc, "星火社区", "partOf", "北街(中街)街道")
    assert has_fact(doc, "北街(中街)街道", "partOf", "惠农区")


def test_a_taiwan_ward_right_after_its_district_and_its_chief():
    # place.suffix.ward: 龍潭區百年里長張銘純; a bare 里長 (擔任里長) names no ward
    doc = draft("民政局也提到，龍潭區百年里長張銘純自99年起擔任里長，14年來秉持「活力服務、凝聚社區」理念。")
    assert entity(doc, "百年里")["class"] == "Community"
    assert has_fact(doc, "百年里", "partOf", "龍潭區")
    assert has_fact(doc, "張銘純", "implements", "「活力服務、凝聚社區」理念")
    assert not any(e["zh"].endswith("任里") for e in doc["entities"])


def test_what_a_place_or_body_has_lies_in_it():
    # context.holding: 共有 Y (a facility), 下辖 N个 Y (a lower area), 下设 N个 Y (a body of a body)
    doc = draft("截至目前,珠海共有长者饭堂235家。")
    canteens = next(e for e in doc["entities"] if e["zh"] == "长者饭堂" and e["class"] == "Facility")
    assert any(f["s"] == canteens["id"] and f["p"] == "locatedIn" and f["o"] == entity(doc, "珠海")["id"]
               for f in doc["facts"])
    doc = draft("平班镇聚居着壮、汉、苗三大民族,下辖17个行政村。")
    assert has_fact(doc, "行政村", "partOf", "平班镇")
    doc = draft("成立“三争”工作专班领导小组,下设11个重点专项工作组。")
    assert has_fact(doc, "重点专项工作组", "subOrganizationOf", "工作专班领导小组")


def test_what_something_is_made_of_and_a_level_that_opens_a_name():
    # context.included with 由…组成; 街道级 opens a body's name (recognize: a level word and 级)
    doc = draft("活动现场设有社区慈善基金展示区。社区慈善基金展示区由东西湖区12个街道级社区慈善基金组成。")
    assert entity(doc, "街道级社区慈善基金")["class"] == "Organization"
    assert has_fact(doc, "社区慈善基金展示区", "hasComponent", "街道级社区慈善基金")
    assert has_fact(doc, "街道级社区慈善基金", "locatedIn", "东西湖区")


def test_a_datelines_reporter_works_for_the_outlet_and_a_partner_hosts_too():
    # context.dateline: 湖北日报讯(记者李光正、通讯员骆帆); the correspondent is left alone
    text = ("湖北日报讯(记者李光正、通讯员骆帆)9月5日,武汉市东西湖区民政局联合区慈善会,"
            "在海林广场举办慈善事业展示交流活动暨“中华慈善日”主题宣传系列活动启动仪式。")
    doc = draft(text)
    assert has_fact(doc, "李光正", "org:memberOf", "湖北日报")
    # org.name.media 中央社, and its reporter's byline word printed right after it; the outlet is not the actor
    doc2 = draft("（中央社記者黃旭昇新北12日電）新北市政府今天表揚18個績優社區。")
    assert has_fact(doc2, "黃旭昇", "org:memberOf", "中央社")
    assert not any(f["s"] == entity(doc2, "中央社")["id"] and f["p"] != "org:memberOf" for f in doc2["facts"])
    assert not any(f["p"] == "org:memberOf" and f["s"] == entity(doc, "骆帆")["id"] for f in doc["facts"])
    # phrase.convened class: what is convened is an event; context.partner: 联合区慈善会 hosts it too
    event = "慈善事业展示交流活动暨“中华慈善日”主题宣传系列活动启动仪式"
    assert entity(doc, event)["class"] == "Event"
    assert has_fact(doc, "东西湖区民政局", "hosted", event)
    assert has_fact(doc, "区慈善会", "hosted", event)
    assert has_fact(doc, event, "locatedIn", "海林广场")


def test_a_place_that_ends_inside_a_word_and_what_a_place_makes_its_feature():
    # recognize: jieba cuts 万里/区北/基社区, yet 北基社區 starts where 萬里區 ends;
    # phrase.frame.as: 以X為特色 / 以X為亮點 (X is what the community does)
    doc = draft("萬里區北基社區以長者營養餐食服務為特色。新店區中山社區則以資訊志工為亮點。")
    assert entity(doc, "北基社區")["class"] == "Community"
    assert has_fact(doc, "北基社區", "partOf", "萬里區")
    assert has_fact(doc, "北基社區", "implements", "長者營養餐食服務")
    # 資訊志工 are the community's volunteers (as the dev gold reads them), no work it implements
    assert entity(doc, "資訊志工")["class"] == "PersonGroup"
    assert not has_fact(doc, "中山社區", "implements", "資訊志工")
    assert not has_fact(doc, "萬里區", "implements", "長者營養餐食服務")


def test_the_year_a_thing_was_set_up():
    # context.founding-year: X建成於2020年2月; 自2011年成立X; 从2022年开始实施X (the plan, not the fund that owns it)
    doc = draft("城北社區新時代文明實踐站建成於2020年2月,下設志願服務隊伍1支。")
    assert has_fact(doc, "城北社區新時代文明實踐站", "year", value="2020")
    doc = draft("自2011年成立“红管家”志愿服务队以来,队伍不断壮大。")
    assert has_fact(doc, "“红管家”志愿服务队", "year", value="2011")
    doc = draft("据了解,武汉市东西湖区从2022年开始实施社区慈善基金全覆盖三年计划。")
    assert has_fact(doc, "全覆盖三年计划", "year", value="2022")
    assert not any(f["p"] == "year" and f["s"] == entity(doc, "社区慈善基金")["id"] for f in doc["facts"])
    # 2023年以来 opens a period, not a founding
    doc = draft("2023年以来,全市民政系统建立“幸福食堂”机制。")
    assert not any(f["p"] == "year" for f in doc["facts"])


def test_quoted_names_printed_side_by_side_are_a_list_and_experience_talks_are_speeches():
    # phrases.py _split_join: 設立了“A”“B”“C” gives three objects
    doc = draft("屯昌縣依託文明實踐平台,設立了“我們的講堂”“我們的節日”“我們的榜樣”等活動品牌。")
    for name in ("“我們的講堂”", "“我們的節日”", "“我們的榜樣”"):
        assert has_fact(doc, "屯昌縣", "established", name)
    # rel.spoke: 作经验介绍 at the event named before it
    doc = draft("座谈中,金普新区、沙河口区、甘井子区民政局作经验介绍。")
    assert has_fact(doc, "甘井子区民政局", "spokeAt", "座谈")


def test_a_short_adjective_between_the_counted_nouns():
    # indicators.yaml counted_after inner_tags: jieba tags 低效 an adjective inside 高耗低效工业企业
    doc = draft("昌硕街道2022年工作总结\n完成256家企业亩均税收调查,出清38家省市县高耗低效工业企业。")
    obs = next(o for o in doc["observations"] if o["value"] == 38)
    assert entity_by_id(doc, obs["indicator"])["zh"] == "省市县高耗低效工业企业数"


def test_a_suffix_inside_a_common_word_names_no_place():
    # places.yaml road_words: 思路, 乡村 and 道路 end no place name; 公路 does
    doc = draft("探索创新思路,坚持党建引领全镇乡村发展,激活乡村发展内生动力,清理道路及污沟6公里。"
                "委乐至革步高速、平班二级公路穿境而过。")
    names = {e["zh"]: e["class"] for e in doc["entities"]}
    for wrong in ("创新思路", "引领全镇", "激活乡村", "清理道路"):
        assert wrong not in names
    assert names["平班二级公路"] == "Street"


def test_who_is_named_at_an_event_took_part_in_it():
    # context.at-event: 座谈中, X作经验介绍 — X took part in the meeting as well as speaking at it
    doc = draft("座谈中,金普新区、沙河口区、甘井子区民政局作经验介绍。")
    assert has_fact(doc, "甘井子区民政局", "participatedIn", "座谈")


def test_taiwan_group_words_doers_inside_a_name_and_a_community_named_after_a_city():
    # people.yaml groups: 弱勢, 婦幼 (read on the simplified form); context.name-within doers: 資訊志工 serves no 志工;
    # recognize _may_nest: 中山社區 is named after the city 中山, not in it
    doc = draft("社區發展協會平時肩負照顧弱勢、長者與婦幼的重要任務。"
                "新店區中山社區則以資訊志工為亮點，協助長者運用科技設備。")
    assert entity(doc, "弱勢")["class"] == entity(doc, "婦幼")["class"] == "PersonGroup"
    assert has_fact(doc, "社區發展協會", "serves", "弱勢")
    assert not any(f["p"] == "serves" and f["s"] == entity(doc, "資訊志工")["id"] for f in doc["facts"])
    assert not any(e["zh"] == "中山" for e in doc["entities"])
    assert has_fact(doc, "中山社區", "partOf", "新店區")


def test_time_words_inside_a_name_and_the_jurisdiction_before_it():
    # organizations.yaml name_time_words: jieba tags 老年 a time word, yet it is part of the canteen's name;
    # not_name_start 辖区: 辖区社区 opens no name
    doc = draft("西苑街道以秋苑社区老年幸福食堂(秀苑社区助餐点)为中心,打造4个助餐点。")
    assert entity(doc, "秋苑社区老年幸福食堂")["class"] == "Facility"
    assert has_fact(doc, "秋苑社区老年幸福食堂", "locatedIn", "秋苑社区")
    doc = draft("西苑街道在辖区社区建成老年幸福食堂。")
    assert not any(e["zh"].startswith("辖区") for e in doc["entities"])


def test_a_quoted_name_keeps_its_quotation_marks_unless_a_longer_name_goes_on():
    # recognize _suffix_names: “青年驿站”， and 「人力銀行」、 are names as printed; in “红色物业”提质 the name goes on
    doc = draft(TITLE + "建成运营“青年驿站”，成立「人力銀行」、推进“红色物业”提质。")
    assert entity(doc, "“青年驿站”")["class"] == "Facility"
    assert any(e["zh"] == "「人力銀行」" for e in doc["entities"])
    assert has_fact(doc, "山大路街道", "promotes", "“红色物业”提质")


def test_guidelines_a_body_studies_and_holds_to_are_its_strategies():
    # phrase.implements 学习贯彻, 牢牢把握; classes 精神, 总基调, 总要求 → Strategy; boundary_kept 总要求
    doc = draft("2024年湖镇镇政府工作报告\n"
                "湖镇镇牢牢把握稳中求进工作总基调和“严、紧、实”工作总要求,以“3113”工作体系为抓手。")
    for name in ("稳中求进工作总基调", "“严、紧、实”工作总要求"):
        assert entity(doc, name)["class"] == "Strategy"
        assert has_fact(doc, "湖镇镇", "implements", name)


def test_an_age_band_is_no_work():
    # phrases.yaml not_object: 按照60至69周岁、…90周岁以上4个年龄段 names no initiative
    doc = draft("西苑街道按照60至69周岁、70至79周岁及90周岁以上4个年龄段,每人每餐分别补贴1元、2元、5元。")
    assert not any("周岁" in e["zh"] and e["class"] == "Initiative" for e in doc["entities"])


def test_a_list_of_work_whose_kind_is_said_after_a_few_words_and_a_lead_word_before_it():
    # phrases.yaml list: kind_lead lets 慈善便民 stand between 等 and 服务; item_leads cut 可通过参与 off the first item
    doc = draft("东西湖区通过义诊、义卖等慈善便民服务开展募捐倡议活动。")
    zh = {e["zh"] for e in doc["entities"]}
    assert {"义诊", "义卖"} <= zh
    doc = draft("第一社区党委组织新就业群体可通过参与社区隐患排查、政策宣传等志愿服务积累积分。")
    zh = {e["zh"] for e in doc["entities"]}
    assert {"社区隐患排查", "政策宣传"} <= zh and not any("参与" in z for z in zh)


def test_what_says_how_something_is_is_no_work_and_a_verb_after_a_list_is_no_whole():
    # phrases.yaml not_objects: 物美价廉 (an idiom before 的) and 更可持续 (an adverb first) are no work; a verb after
    # 等 (等提供爱心助餐服务) makes no whole of the list
    doc = draft("沈阳市民政局今年将为社区老年人提供物美价廉的餐饮服务，推动养老服务更可持续。")
    zh = {e["zh"] for e in doc["entities"]}
    assert not {"物美价廉", "更可持续"} & zh
    doc = draft("西苑街道为辖区老年人群体和小区居民等提供爱心助餐服务。")
    zh = {e["zh"] for e in doc["entities"]}
    assert "提供爱心助餐服务" not in zh and "辖区老年人群体" in zh


def test_what_is_provided_for_a_group_serves_it_also_when_named_in_the_clause_before():
    # context.yaml provided_for: 等 before the verb; 打造老年人助餐点300个,为社区老年人提供…: nothing named after the
    # verb, so the thing the clause before names serves the group
    doc = draft("西苑街道为辖区老年人群体和小区居民等提供爱心助餐服务。")
    served = {f["o"] for f in doc["facts"] if f["p"] == "serves" and f["method"] == "context.provided-for"}
    assert {entity(doc, "辖区老年人群体")["id"], entity(doc, "小区居民")["id"]} <= served
    doc = draft("沈阳市民政局今年将开展老年人助餐暖心行动，年底前打造老年人助餐点300个,"
                "为社区老年人提供物美价廉的餐饮服务。")
    fact = next(f for f in doc["facts"] if f["p"] == "serves" and f["method"] == "context.provided-for")
    assert fact["s"] == entity(doc, "老年人助餐点")["id"] and fact["o"] == entity(doc, "社区老年人")["id"]
    assert fact["quote"].startswith("老年人助餐点300个") and fact["quote"].endswith("提供")


def test_a_work_s_purpose_after_来_is_no_part_of_its_object():
    # phrases.yaml boundary_words 来帮助 … (real page, 杭州市慈善總會 2024: 成立「香樟專項基金」來幫助有需要的人)
    doc = draft("杭州市慈善总会成立“香樟专项基金”来帮助有需要的人。")
    assert not any("来帮助" in e["zh"] for e in doc["entities"])
    assert any(e["zh"] == "香樟专项基金" for e in doc["entities"])


def test_a_verb_the_segmenter_tags_as_a_noun_opens_no_town_and_a_list_after_针对_is_no_work():
    # places.yaml verb_bases, organizations.yaml not_name_start, phrases.yaml list.topic_leads (real sentence, 巢湖
    # 王桥村 2024: 学生…针对辖区老年群众、留守儿童等开展志愿服务,并利用镇文化站开展周末读书活动)
    doc = draft("学生还结合特长,针对辖区老年群众、留守儿童等开展志愿服务,并利用镇文化站开展周末读书活动等。")
    labels = {e["zh"]: e["class"] for e in doc["entities"]}
    assert "利用镇" not in labels and labels.get("镇文化站") == "Facility"
    assert not any(label.startswith("针对") for label in labels)


def test_an_ellipsis_ends_a_work_and_a_serving_word_before_a_noun_of_work_serves_no_one():
    # phrases.yaml boundary_chars …, relations.yaml rel.serves not_before (real sentence, 乐清 天成街道 2024)
    doc = draft("快利电子有限公司在天成小学建立“爱心图书室”……一个个帮扶项目的落地,无不折射出天成爱心企业的社会责任。")
    assert not any("……" in e["zh"] for e in doc["entities"])
    assert not any(f["p"] == "serves" for f in doc["facts"])      # 帮扶项目: the projects, no one served
