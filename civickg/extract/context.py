"""Facts read from context (rules/context.yaml): whole-area words in a chain, bodies named by their level."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any

from civickg.extract.figures import _num
from civickg.extract.linking import normal_label
from civickg.extract.scanning import scanning
from civickg.extract.text import CLAUSE_END, before_note, times_printed, unbroken


def _entity_for(draft: Any, words: list[str]) -> Any:
    """The entity of the first of ``words`` the article prints (全市, or the city it is an alias of)."""
    for word in words:
        ent = draft.entities.get(word) or next((e for e in draft.entities.values() if word in e.aliases), None)
        if ent is not None:
            return ent
    return None


def _mentions_at(draft: Any, edge: str) -> dict[int, list[Any]]:
    """The draft's mentions by where they start (``edge="start"``) or end, in the draft's order. The context rules
    only read the result and the draft's mentions are fixed by then: it is made once per draft and edge."""
    cache = draft.__dict__.setdefault("_mentions_at", {})
    key = (edge, id(draft.mentions), len(draft.mentions))
    if key not in cache:
        found: dict[int, list[Any]] = {}
        for m in draft.mentions:
            found.setdefault(getattr(m, edge), []).append(m)
        cache[key] = found
    return cache[key]


def _printed(draft: Any, label: str) -> int:
    """How often the article prints ``label`` (``str.count``), counted once per draft and label."""
    return times_printed(draft.s, label, draft.__dict__.setdefault("_printed", {}))


def _entity_if(draft: Any, m: Any, *classes: str) -> Any:
    """The entity of mention ``m`` when it is one of ``classes``, else None."""
    ent = draft.entity_of.get(id(m))
    return ent if ent is not None and draft.terms.is_any(ent.classes, classes) else None


LIST_JOINS = "、和及"      # the characters that join the names of a list printed before a count


def _count_pattern(draft: Any) -> re.Pattern[str]:
    """A count printed before a name (84个): ``context.adjacent_place.count``, shared by the rules that skip it."""
    return re.compile(draft.rules["context"]["adjacent_place"]["count"])


def _mentions_of(draft: Any, *classes: str) -> list[tuple[Any, Any]]:
    """(mention, entity) for each of the draft's mentions whose entity is one of ``classes``, in the draft's order."""
    entity_of, is_any, wanted = draft.entity_of, draft.terms.is_any, classes
    return [(m, ent) for m in draft.mentions
            if (ent := entity_of.get(id(m))) is not None and is_any(ent.classes, wanted)]


def place_context(draft: Any) -> None:
    """The context rules of places, in turn: the chain of whole areas (全县 in 全市), the gazetteer's parents, the
    bodies of a level (区民政局 in 区), the things printed after a place or named after one, the lower places."""
    whole_area_chain(draft)
    gazetteer_parents(draft)
    level_bodies(draft)
    adjacent_places(draft)
    name_prefix_places(draft)
    lower_places(draft)
    level_groups(draft)


def whole_area_chain(draft: Any) -> None:
    """全县 partOf 全市 partOf 全省 (each in the next level the article names); the main actor, or the subdistrict or
    community it governs, in the lowest."""
    rule = draft.rules["context"]["whole_areas"]
    found = [e if (e := _entity_for(draft, level)) is not None and _stands_alone(draft, e) else None
             for level in rule["levels"]]
    present = [e for e in found if e is not None]
    for lower, upper in pairwise(present):
        start = min(m.start for m in lower.mentions + upper.mentions)
        end = max(m.end for m in lower.mentions + upper.mentions)
        span = (start, end) if end - start <= 60 else (lower.mentions[0].start, lower.mentions[0].end)
        draft.add_fact(lower, rule["predicate"], upper, span, rule["id"], rule["confidence"])
    # the main actor, or the area the main actor governs (2024年湖镇镇政府工作报告: 湖镇镇, in 全县)
    below = next((a for a in (draft.actor, main_area(draft)) if a is not None
                  and any(draft.is_a(a, c) for c in rule["below"])), None)
    if present and below is not None:
        first = present[0].mentions[0]
        draft.add_fact(below, rule["predicate"], present[0], (first.start, first.end), rule["id"], rule["confidence"])
    _main_area_in_whole(draft, rule, found)


def _stands_alone(draft: Any, ent: Any) -> bool:
    """Whether a mention of ``ent`` stands outside every name of another kind than a place (全国 in
    全国和谐社区创建示范社区揭牌仪式 is a word of the ceremony's name, not the area the story speaks of)."""
    return any(not any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                       and not draft.terms.is_a(o.classes, "Place") for o in draft.starting_in(max(0, m.start - 40),
                                                                                            m.end))
               for m in ent.mentions)


def _main_area_in_whole(draft: Any, rule: dict[str, Any], found: list[Any]) -> None:
    """A city's report that speaks of 全省 (稳居全省前列): the city is part of it (the lowest whole area above
    the main area's level that the article names)."""
    area = main_area(draft)
    if area is None or area in found:
        return
    level = next((n for cls, n in rule["area_levels"].items() if draft.is_a(area, cls)), None)
    upper = next((e for e in found[level + 1:] if e is not None), None) if level is not None else None
    if upper is not None and upper is not area:
        first = upper.mentions[0]
        draft.add_fact(area, rule["predicate"], upper, (first.start, first.end), rule["id"], rule["confidence"])


def main_area(draft: Any) -> Any:
    """The article's main area: the main actor when it is a place, else the area it governs or lies in."""
    actor = draft.actor
    if actor is None or draft.is_a(actor, "Place"):
        return actor
    return fact_area(draft, actor, "AdministrativeArea")


def fact_area(draft: Any, actor: Any, kind: str) -> Any:
    """The first entity of class ``kind`` that ``actor`` governs or lies in, by the draft's facts; else None."""
    for fact in draft.facts:
        if fact["s"] == actor.id and fact["p"] in ("governs", "locatedIn") and "o" in fact:
            area = next((e for e in draft.entities.values() if e.id == fact["o"]), None)
            if area is not None and draft.is_a(area, kind):
                return area
    return None


def gazetteer_parents(draft: Any) -> None:
    """济南市 partOf 山东 when both are named, apart or not, and cpca's codes put one directly under the other; a
    district whose city the article does not name is part of its province when that is named (珲春市 partOf 吉林省,
    朝阳区 partOf 北京市)."""
    rule = draft.rules["context"]["gazetteer_parents"]
    codes: dict[str, Any] = {}          # area code → the entity that names it
    parents: list[tuple[Any, set[str], set[str]]] = []
    for ent in sorted(draft.entities.values(), key=lambda e: e.mentions[0].start):
        areas = [a for m in ent.mentions for a in m.extra.get("areas") or []]
        for area in areas:
            codes.setdefault(area.code, ent)
        parents.append((ent, {a.parent_code for a in areas if a.parent_code},
                        {a.province_code for a in areas if a.level == "district"}))
    for ent, parent, province in parents:
        named = [p for p in sorted(parent) if codes.get(p) not in (None, ent)]
        upper = codes[named[0]] if named else next(
            (codes[c] for c in sorted(province) if codes.get(c) not in (None, ent)), None)
        if upper is not None:
            first = ent.mentions[0]
            draft.add_fact(ent, rule["predicate"], upper, (first.start, first.end), rule["id"], rule["confidence"])


def _only_area(draft: Any, cls: str | None) -> Any:
    """The area of class ``cls`` the article names: the only one, else the one named most often (None when
    none, or when two are named equally often)."""
    if cls is None:
        return None
    found = [e for e in draft.entities.values() if draft.is_a(e, cls)]
    if len(found) <= 1:
        return found[0] if found else None
    counts = sorted(((_printed(draft, e.label), e) for e in found), key=lambda ce: -ce[0])
    return counts[0][1] if counts[0][0] > counts[1][0] else None


def _county_city(draft: Any, word: str, spec: dict[str, Any]) -> Any:
    """太仓市 (a county-level city, read as a district) is what 市 means in its own news: the only area of class
    ``county`` whose name ends with the level word, printed at least twice and more often than any city (None
    else: 按照市委“强产业、兴城市”部署 names no city)."""
    cls = spec.get("county")
    found = [e for e in draft.entities.values() if cls and draft.is_a(e, cls) and e.label.endswith(word)]
    if len(found) != 1 or (times := _printed(draft, found[0].label)) < 2:
        return None
    cities = [_printed(draft, e.label) for e in draft.entities.values() if draft.is_a(e, spec["only"])]
    return found[0] if times > max(cities, default=0) else None


def level_bodies(draft: Any) -> None:
    """县委 governs 全县; 街道党工委 governs the subdistrict; 街道人大工委 lies in it; so does a facility named by a
    bare level word (区退役军人服务中心 in the district)."""
    rule = draft.rules["context"]["level_bodies"]
    levels = sorted(rule["levels"].items(), key=lambda kv: -len(kv[0]))
    county: dict[str, Any] = {}
    for ent in list(draft.entities.values()):
        organization = draft.is_a(ent, "Organization")
        if not (organization or draft.is_a(ent, "Facility")) or ent is draft.actor \
                or (not organization and ent.label.startswith(tuple(rule["not_levels"]))):
            continue
        level = next(((w, spec) for w, spec in levels if ent.label.startswith(w) and len(ent.label) > len(w)), None)
        if level is None or _opens_with_place(draft, ent.mentions[0]):
            continue        # (市中区委 is the committee of 市中区, a district, not a city's)
        word, spec = level
        if word not in county:      # read once per level word
            county[word] = _county_city(draft, word, spec)
        area = _entity_for(draft, spec.get("whole", [])) or county[word] or _only_area(draft, spec.get("only"))
        if area is None and spec.get("actor") and draft.actor is not None and draft.is_a(draft.actor, spec["actor"]):
            area = draft.actor
        if area is None or area is ent:
            continue
        rest = ent.label[len(word):]
        ruling = rest in rule["ruling_names"] or (
            (any(draft.is_a(ent, c) for c in rule["ruling_classes"]) or rest.endswith(tuple(rule["ruling_endings"])))
            and not any(w in rest for w in rule["not_ruling"]))
        predicate = rule["governs"] if ruling else rule["located"]
        m = ent.mentions[0]
        end = m.end
        tail = re.match(r"的[^，,。；]{0,6}?领导", draft.s[m.end:])
        if ruling and tail:
            end = m.end + tail.end()
        draft.add_fact(ent, predicate, area, (m.start, end), rule["id"], rule["confidence"])


def _opens_with_place(draft: Any, m: Any) -> bool:
    """Whether a place's name the draft read opens the mention ``m`` and ends inside it."""
    return any(x.end < m.end and _entity_if(draft, x, "Place") is not None
               for x in draft.starting_in(m.start, m.start + 1))


def first_of_kind(draft: Any) -> None:
    """全县首家大学生创业基地: firstOfItsKind “全县首家” on the name right after the words."""
    rule = draft.rules["phrases"]["first"]
    starts = {m.start: m for m in sorted(draft.mentions, key=lambda m: -m.length)}
    for match in scanning(rule["pattern"]).finditer(draft.s):
        m = starts.get(match.end())
        ent = draft.entity_of.get(id(m)) if m is not None else None
        if ent is not None:
            draft.add_fact(ent, rule["predicate"], None, (match.start(), m.end), rule["id"], rule["confidence"],
                           value=draft.quote(*match.span(1)))
    for match in scanning(rule["lead"]).finditer(draft.s):
        listed = _listed(draft, match.end(), rule, _count_pattern(draft))
        while listed and (nxt := starts.get(listed[-1].end)) is not None and _entity_if(draft, nxt, "Document"):
            listed.append(nxt)      # 《A》《B》: titles printed one right after another
        for m in listed:
            if (ent := draft.entity_of.get(id(m))) is not None:
                draft.add_fact(ent, rule["predicate"], None, (match.start(), m.end), rule["id"], rule["confidence"],
                               value=draft.quote(match.start(1), match.end(1)) + "率先")


def merge_speaker(draft: Any) -> None:
    """街道办事处 / 全市民政系统 (the report's speaker) are the main actor: their mentions become its aliases."""
    actor, rule = draft.actor, draft.rules["context"]["speaker"]
    if actor is None:
        return
    for key, ent in list(draft.entities.items()):
        if ent is actor or not draft.is_a(ent, "Organization"):
            continue
        prefix = next((p for p in rule["prefixes"] if ent.label.startswith(p)), None)
        suffix = next((x for x in rule["suffixes"] if ent.label.endswith(x)), None)
        if prefix is None or suffix is None or len(prefix) + len(suffix) > len(ent.label):
            continue
        core = ent.label[len(prefix):len(ent.label) - len(suffix)]
        level = rule["prefixes"][prefix]
        if (core and actor.label.endswith(core)) or (not core and level and draft.is_a(actor, level)):
            actor.aliases.append(ent.label)
            actor.mentions.extend(ent.mentions)
            for m in ent.mentions:
                draft.entity_of[id(m)] = actor
            del draft.entities[key]


def same_events(draft: Any) -> None:
    """大连市老年人助餐服务现场会 (the title) and 发展老年人助餐服务现场会 (the story): two events whose names end in
    the same words, at least ``min_tail`` characters, are one; the later name becomes an alias of the earlier."""
    rule = draft.rules["context"]["same_event"]
    events = sorted((e for e in draft.entities.values() if draft.is_a(e, "Event") and not e.known),
                    key=lambda e: min(m.start for m in e.mentions))
    merged: set[int] = set()
    bare = set(rule["bare_tails"])
    # 签约仪式 after 芜湖市…重大项目集中签约仪式, 招商引资推介会 in a headline: that one event
    for later in events:
        if later.label in bare:
            fulls = [e for e in events if e.label.endswith(later.label) and e.label != later.label]
            if len(fulls) == 1 and id(fulls[0]) not in merged:
                fulls[0].aliases.append(later.label)
                fulls[0].mentions.extend(later.mentions)
                for m in later.mentions:
                    draft.entity_of[id(m)] = fulls[0]
                merged.add(id(later))
    for i, first in enumerate(events):
        if id(first) in merged:
            continue
        for later in events[i + 1:]:
            tail = rule["min_tail"]
            if id(later) in merged or min(len(first.label), len(later.label)) <= tail:
                continue
            if first.label[-tail:] == later.label[-tail:]:
                first.aliases.append(later.label)
                first.mentions.extend(later.mentions)
                for m in later.mentions:
                    draft.entity_of[id(m)] = first
                merged.add(id(later))
    for key in [k for k, e in draft.entities.items() if id(e) in merged]:
        del draft.entities[key]


def adjacent_places(draft: Any) -> None:
    """东升社区“暖新鲤”驿站, 东西湖区84个社区慈善基金: the thing right after a place (or after a count that follows
    it, or after 辖区内的 / 境内的) is located in it."""
    rule = draft.rules["context"]["adjacent_place"]
    by_start = _mentions_at(draft, "start")
    count = _count_pattern(draft)
    within = re.compile(rule["within"])
    for m, place in _mentions_of(draft, "Place"):
        inside = within.match(draft.s, m.end)
        counted = count.match(draft.s, inside.end() if inside else m.end)
        at = counted.end() if counted else inside.end() if inside else m.end
        after = by_start.get(at, []) + (by_start.get(at + 1, []) if draft.s[at:at + 1] == "“" else [])
        for nxt in after:
            thing = draft.entity_of.get(id(nxt))
            if thing is None or thing is place or draft.is_a(thing, "AdministrativeArea"):
                continue
            if draft.is_a(thing, "Person") or draft.is_a(thing, "Indicator"):
                continue
            if draft.is_a(thing, "PersonGroup") and not nxt.extra.get("family") and m.rule not in rule["group_after"]:
                continue        # a family lives where it is printed (韦坡村覃丽娟家庭); other groups are just named
            if any(x is not nxt and x.end < nxt.end and _entity_if(draft, x, "Place") is not None
                   for x in by_start.get(nxt.start, [])):
                continue        # 湾里街道城志社区惠民餐厅 lies in the community its name opens with
            draft.add_fact(thing, rule["predicate"], place, (m.start, nxt.end), rule["id"], rule["confidence"])
            if counted:         # 春苑社区、凯苑社区、丽苑社区4个助餐点: the count spreads over the places listed
                for listed_m, listed in _listed_places(draft, m):
                    draft.add_fact(thing, rule["predicate"], listed, (listed_m.start, nxt.end), rule["id"],
                                   rule["confidence"])


def name_prefix_places(draft: Any) -> None:
    """岳堡村村集体股份经济合作社 lies in 岳堡村, 青岛城运控股集团 in 青岛市: a name opening with a place's name (or its
    short form) that no inner mention of the place, or of a body it is part of, splits off."""
    rule = draft.rules["context"]["name_prefix_place"]
    zones = {**rule["zones"], "suffixes": tuple(rule["zones"]["suffixes"]), "parents": tuple(rule["zones"]["parents"])}
    prefixes: dict[str, Any] = {}
    for place in (e for e in draft.entities.values() if draft.is_a(e, "Place") and not draft.is_a(e, "Facility")):
        for label in [place.label, *place.aliases]:
            short = label[:-1] if label.endswith(tuple(rule["levels"])) and len(label) >= 3 else label
            for name in {label, short}:
                prefixes.setdefault(name, place)
    lengths = sorted({len(n) for n in prefixes}, reverse=True)
    for m in draft.mentions:
        text = draft.s[m.start:m.end]
        own = draft.entity_of.get(id(m))      # 大丰港经济开发区 read short (…开发) opens its own name: not its place
        name = next((text[:n] for n in lengths if n < len(text) and prefixes.get(text[:n], own) is not own), None)
        if name is None:
            continue
        predicate, thing = rule["predicate"], _entity_if(draft, m, *rule["things"])
        if thing is not None and draft.is_a(thing, "Place") and not draft.is_a(thing, "Facility"):
            thing = None
        zone = _entity_if(draft, m, "Place") if thing is None and text.endswith(zones["suffixes"]) else None
        if zone is not None and draft.terms.is_any(prefixes[name].classes,
                                                                                 zones["parents"]):
            predicate, thing = zones["predicate"], zone
        if thing is None or any(x.end < m.end and _entity_if(draft, x, "Place", "Organization") is not None
                                for x in draft.starting_in(m.start, m.start + 1)):
            continue
        draft.add_fact(thing, predicate, prefixes[name], (m.start, m.end), rule["id"], rule["confidence"])


def _listed_places(draft: Any, m: Any) -> list[tuple[Any, Any]]:
    """The places listed right before the place mention ``m`` (A、B和C: A and B for C), nearest first."""
    if m.start < 2 or draft.s[m.start - 1] not in LIST_JOINS:
        return []
    return [(x, draft.entity_of[id(x)]) for x in _listed_before(draft, m.start - 1, LIST_JOINS, ("Place",))]


def _model_party(printed: str, pos: int, length: int, rule: dict[str, Any]) -> bool:
    """Whether the name printed at ``pos`` inside ``printed`` is one party of a model joined by ``+``
    (“党支部+合作社+农户”发展模式: the farmers work in the model, they are not served by it)."""
    joins, after = rule["party_joins"], printed[pos + length:pos + length + 1]
    return (pos > 0 and printed[pos - 1] in joins) or (after != "" and after in joins)


def family_members(draft: Any) -> None:
    """覃丽娟家庭, 蒋亨强、江萍家庭: a family named after its members has each as a member (people.yaml families:
    ``member``, foaf:member: a family is a group of people, no organization), quoted by the family's name."""
    rule = draft.rules["people"]["families"]
    if not rule.get("member"):
        return
    for family in draft.entities.values():
        for m in family.mentions:
            if m.rule != rule["id"] or not m.extra.get("family"):
                continue
            for inner in draft.starting_in(m.start, m.end):
                person = draft.entity_of.get(id(inner))
                if inner.end < m.end and person is not None and person is not family \
                        and draft.is_a(person, rule["member_class"]):
                    draft.add_fact(family, rule["member"], person, (m.start, m.end), rule["id"], rule["confidence"])


def names_within(draft: Any) -> None:
    """家庭养老床位建设 about 家庭养老床位; 困难老年人家庭适老化改造 serves 困难老年人."""
    rule = draft.rules["context"]["names_within"]
    ents = sorted(draft.entities.values(), key=lambda e: e.mentions[0].start)
    outer_classes, serving = tuple(rule["outer"]), tuple(rule["serves_outer"])
    inners = [(inner, len(inner.label)) for inner in ents if len(inner.label) >= 2]
    for outer in ents:
        serves_only = not draft.terms.is_any(outer.classes, outer_classes)
        if serves_only and (not draft.terms.is_any(outer.classes, serving)
                            or draft.terms.is_any(outer.classes, ("Honour", "Award"))):
            continue        # (“全省红色退役军人服务站”: a title, which serves no one)
        m = min(outer.mentions, key=lambda x: x.start)
        printed, longest = draft.s[m.start:m.end], len(outer.label)
        for inner, length in inners:
            if length >= longest or inner is outer:
                continue
            pos = printed.find(inner.key)
            if pos < 0:
                pos = printed.find(inner.label)
            if pos < 0 or (pos == 0 and draft.is_a(inner, "Place")) or (inner.id, "subEventOf", outer.id, None) \
                    in draft.fact_keys:
                continue        # 揭牌 in 服务站揭牌暨…授旗仪式 is a part of the ceremony, said once
            if any(draft.is_a(inner, c) for c in rule["serves_classes"]):
                if inner.label in rule["doers"] or draft.terms.is_any(outer.classes, tuple(rule["no_serves"])) \
                        or _model_party(printed, pos, len(inner.key if inner.key in printed else inner.label), rule):
                    continue        # 資訊志工: the volunteers do the work, they are not served by it
                # 《鄂尔多斯市特困人员认定办法》: a document is about the people its title names, it serves no one
                predicate = rule["about"] if draft.terms.is_any(outer.classes, tuple(rule["about_people"])) \
                    else rule["serves"]
            elif not serves_only and any(draft.is_a(inner, c) for c in rule["about_classes"]) \
                    and not draft.terms.is_any(outer.classes, tuple(rule["no_about"])) \
                    and not _names_no_topic(draft, outer, inner, rule):
                predicate = rule["about"]
            else:
                continue
            draft.add_fact(outer, predicate, inner, (m.start, m.end), rule["id"], rule["confidence"])


def _names_no_topic(draft: Any, outer: Any, inner: Any, rule: dict[str, Any]) -> bool:
    """Whether ``outer`` is named after what kind of thing it is (…座谈会 after 座谈会), or is an event named after a
    work or another event inside its name (…志愿服务活动, …系列活动启动仪式): no thing about it
    (``names_within.event_not_about``), unless that is a meeting (党的二十大)."""
    event_rule = rule["event_not_about"]
    if outer.label.endswith(inner.label) or outer.key.endswith(inner.key):
        return True         # 八一建军节退役军人座谈会: the kind of event it is (座谈会), no event it is about
    return draft.is_a(outer, "Event") and draft.terms.is_any(inner.classes, tuple(event_rule["inner"])) \
        and not draft.terms.is_any(inner.classes, tuple(event_rule["unless"]))


def model_parties(draft: Any) -> None:
    """“党支部+合作社+农户”发展模式 hasComponent 党支部 and 农户 (the bodies and groups the article names); the
    parties of a team (an organisation) are its members (``context.model_parties``)."""
    rule = draft.rules["context"]["model_parties"]
    by_label: dict[str, Any] = {}
    for ent in draft.entities.values():
        if draft.terms.is_any(ent.classes, tuple(rule["parties"])):
            for name in (ent.label, ent.key):
                by_label.setdefault(name, ent)
    patterns = _quoted_joined(tuple(rule["quotes"]), rule["joins"])
    joined = [i for i, ch in enumerate(draft.s) if ch in rule["joins"]]     # a quotation of parties holds a join
    for outer in list(draft.entities.values()):
        m = min(outer.mentions, key=lambda x: x.start)
        if bisect_left(joined, m.start) == bisect_left(joined, m.end):
            continue
        team = draft.terms.is_any(outer.classes, tuple(rule["teams"]))
        for quoted in (q for pattern in patterns for q in pattern.finditer(draft.s, m.start, m.end)):
            for piece in re.split(f"[{re.escape(rule['joins'])}]", quoted.group(1)):
                part = by_label.get(piece.strip())
                if part is None or part is outer:
                    continue
                if team and rule["member"]:
                    draft.add_fact(part, rule["member"], outer, (m.start, m.end), rule["id"], rule["confidence"])
                elif not team:
                    draft.add_fact(outer, rule["component"], part, (m.start, m.end), rule["id"], rule["confidence"])


@lru_cache(maxsize=4)
def _quoted_joined(quotes: tuple[str, ...], joins: str) -> tuple[re.Pattern[str], ...]:
    """For each pair of quotation marks, a quotation holding a join (“党支部+合作社+农户”), its text as group 1."""
    return tuple(re.compile(f"{re.escape(q[0])}([^{re.escape(q)}\\n]*[{re.escape(joins)}][^{re.escape(q)}\\n]*)"
                            f"{re.escape(q[1])}") for q in quotes)


def components(draft: Any) -> None:
    """A、B等3个C: C hasComponent A and B (the names of the list that the rules found)."""
    rule = draft.rules["context"]["components"]
    starts = {m.start: m for m in sorted(draft.mentions, key=lambda m: -m.length)}
    matches = list(scanning(rule["pattern"]).finditer(draft.s))
    wholes = {match.end() for match in matches if match.end() > match.start() + 1}
    for match in matches:
        whole = starts.get(match.end())
        whole_ent = draft.entity_of.get(id(whole)) if whole is not None else None
        if whole_ent is None or draft.is_a(whole_ent, "Indicator"):
            continue
        for item in _listed_before(draft, match.start(), rule["joins"], whole=whole_ent):
            ent = draft.entity_of[id(item)]
            if item.start in wholes:
                break       # 金昌华等5个好妈妈、张佑新等5个好爸爸: the whole of the list before is no item of this one
            if draft.is_a(ent, "Person") and not draft.is_a(whole_ent, "PersonGroup"):
                continue    # a person is one of a group of people only (好妈妈, read as a work, has no people)
            draft.add_fact(whole_ent, rule["predicate"], ent, (item.start, whole.end), rule["id"], rule["confidence"])


def count_wholes(draft: Any) -> None:
    """实施A、B、C三大工程: the whole (三大工程) has the names listed before it as components (``count_wholes``); a
    name read at the whole's head after the count (A、B等5项民生工程: 民生工程) is the whole."""
    rule = draft.rules["context"]["count_wholes"]
    for match in draft.ex.phrases.count_whole_re.finditer(draft.s):
        start, end = match.span()
        lead = len(rule["lead"]) if draft.s.endswith(rule["lead"], 0, start) else 0
        items = _listed_before(draft, start - lead, rule["joins"])
        if len(items) < rule["least"]:
            continue
        count = re.match(draft.rules["phrases"]["whole_count"], draft.s[start:end])
        heads = (start, start + count.end())       # the counted words, else the name after the count
        whole = next((draft.entity_of[id(m)] for at in heads for m in draft.starting_in(at, at + 1)
                      if m.end == end and id(m) in draft.entity_of), None)
        if whole is None:
            label = draft.quote(start, end)
            whole = draft.entities.get(normal_label(label)) or draft.entity_labelled(label) or draft._add_entity(
                normal_label(label), label, draft.ex.phrases.class_of(label), (start, end), rule["id"],
                rule["confidence"], "work")
        for item in items:
            draft.add_fact(whole, rule["predicate"], draft.entity_of[id(item)], (item.start, end), rule["id"],
                           rule["confidence"])


def counted_parts(draft: Any, whole: Any, at: int) -> list[Any]:
    """A、B等6个C, A、B共10条C: the entities listed right before the count at ``at``, which C has as components
    (``components.counted``); ``whole``, the entity of C, may be None (to read the items' classes first)."""
    rule = draft.rules["context"]["components"]
    if at == 0:
        return []
    if draft.s[at - 1] in rule["counted"]["before"]:
        at -= 1
    elif not any(draft.is_a(e, "Person") for m in draft.spans.ending(at) if (e := draft.entity_of.get(id(m)))):
        return []       # (范粉霞、杨陇刚、张存萍3人: names printed right before the count of people are its parts too)
    # 万松市场监管所、江汉区消防救援大队和万松园社区、新华家园社区等8个社区: a count of places lists places only, and
    # ends at a body's name (``components.counted.place_wholes``)
    kinds = tuple(rule["counted"]["place_wholes"]) if whole is not None and draft.is_a(whole, "Place") else ()
    listed = [(m, draft.entity_of[id(m)])
              for m in _listed_before(draft, at, rule["counted"]["joins"], kinds, whole=whole)]
    if whole is not None:
        for m, part in listed:
            draft.add_fact(whole, rule["predicate"], part, (m.start, whole.mentions[0].end), rule["counted"]["id"],
                           rule["confidence"])
    return [part for _, part in listed]


def _item_start(draft: Any, ends: dict[int, list[Any]], m: Any) -> int:
    """Where a listed name's item starts: before the chain of places that ends its name (太谷区小白乡白燕村), and before
    the body or place printed before a person, over 的 (太仓宏达热电有限公司的黄喜文, ``people.affiliated``)."""
    item = m
    while (parent := m.parent) is not None and parent.end == m.start:
        m = parent
    if not draft.is_a(draft.entity_of[id(item)], "Person"):
        quote = m.start - (draft.s[m.start - 1:m.start] == "“")     # 金港街道“银龄互助”: over the place that opens
        place = max((p for p in ends.get(quote, []) if _entity_if(draft, p, "Place") is not None),   # the item
                    key=lambda p: p.length, default=None) if draft.s[quote:quote + 1] == "“" else None
        return m.start if place is None else _item_start(draft, ends, place)
    pos, joins = m.start, draft.rules["people"]["affiliated"]["joins"]
    role = item.extra.get("role") or ""
    if role and draft.s.endswith(role, 0, pos):
        pos -= len(role)        # 重庆重齿机械有限公司机加车间副主任黄建军: over the post to the body before it
    while (before := _printed_before(draft, ends, pos, joins, _body_or_place)) is not None:
        pos, joins = before.start, []         # 太仓市双凤镇新湖村的张仁极: the places of the chain too
    return pos


def _body_or_place(draft: Any, ent: Any) -> bool:
    return draft.is_a(ent, "Organization") or draft.is_a(ent, "Place")


def _printed_before(draft: Any, ends: dict[int, list[Any]], pos: int, joins: list[str],
                    keep: Callable[[Any, Any], bool]) -> Any:
    """The longest mention ending at ``pos``, or before one of ``joins`` that ends there, whose entity ``keep``
    accepts."""
    at = pos - next((len(j) for j in joins if draft.s.endswith(j, 0, pos)), 0)
    return max((m for m in ends.get(at, []) if (e := draft.entity_of.get(id(m))) is not None and keep(draft, e)),
               key=lambda m: m.length, default=None)


def actor_area(draft: Any, area: Any) -> None:
    """杭州民政 governs 杭州 and lies in it; what it builds (a facility) lies in the main area."""
    rule, actor = draft.rules["context"]["actor_area"], draft.actor
    if actor is None or area is None or area is actor or draft.is_a(actor, "Place"):
        return
    m = actor.mentions[0]
    if draft.is_a(actor, "GovernmentBody") and not draft.lies_in_area(actor.label):
        draft.add_fact(actor, rule["governs"], area, (m.start, m.end), rule["id"], rule["confidence"])
    draft.add_fact(actor, rule["located"], area, (m.start, m.end), rule["id"], rule["confidence"])


def built_in_area(draft: Any) -> None:
    """A facility built lies in the place that built it (奋斗社区积极打造网格党群服务站), else in the area of where it
    is named (the article's main area, for one its main actor built)."""
    rule = draft.rules["context"]["actor_area"]
    ids = draft.entities_by_id()
    for fact in list(draft.facts):
        thing = ids.get(fact.get("o", ""))
        if fact["p"] not in rule["built"] or thing is None:
            continue
        if not any(draft.is_a(thing, c) for c in rule["built_classes"]):
            continue
        m = thing.mentions[0]
        builder = ids.get(fact["s"])
        area = builder if builder is not None and draft.is_a(builder, "AdministrativeArea") else draft.area_of(m.start)
        if area is not None and area is not thing and draft.is_a(area, "Place"):
            draft.add_fact(thing, rule["located"], area, (m.start, m.end), rule["id"], rule["confidence"])


def counted_in_area(draft: Any) -> None:
    """我市有7户家庭, 寿阳县宗艾镇…等6个村镇: a group a count names (``indicators.counted_things``) lies in the area
    the sentence names before it and its list, else in the article's main area (:meth:`area_of`): a group of places
    is part of it, any other group is located in it. A group already placed is left as it is."""
    rule = draft.rules["context"]["counted_in_area"]
    counted = draft.rules["indicators"]["counted_things"]["id"]
    placed = {f["s"] for f in draft.facts if f["p"] in (rule["part_of"], rule["located"])}
    for ent in [e for e in draft.entities.values() if e.rule == counted and e.id not in placed and e.mentions]:
        if not draft.terms.is_any(ent.classes, tuple(rule["groups"])) or draft.is_a(ent, "Facility"):
            continue        # 10条公交线路, 三个办法: things counted, in no area of their own
        m = ent.mentions[0]
        if any(f["s"] == ent.id and f["p"] == rule["components"] for f in draft.facts):
            # a list's items are printed with their chains of places (寿阳县宗艾镇): the area is named before the list's
            area = draft.area_of(draft.sentence_of(m.start)[0])     # sentence, or is the article's
        else:       # 我市有7户家庭, 太仓市共有26个先进个人, 全市7个单位: the area printed right before the count
            area = next((draft.entity_of.get(id(a)) for a in draft.mentions if a.end <= m.start
                         and draft.s[a.end:m.start] in rule["joins"] and a.family != "term"), None)
        if area is None or area is ent or not draft.is_a(area, "AdministrativeArea") \
                or len(rule["levels"]) > _level(draft, area, rule["levels"]) >= _level(draft, ent, rule["levels"]):
            continue        # (an area of no level, 全区, holds any group)
        predicate = rule["part_of"] if draft.is_a(ent, "Place") else rule["located"]
        draft.add_fact(ent, predicate, area, (m.start, m.end), rule["id"], rule["confidence"])


def _level(draft: Any, ent: Any, levels: list[list[str]]) -> int:
    """The rank of ``ent``'s level in ``levels`` (highest first); past the lowest for a thing of no level (a group
    of people, a body, a whole-area word)."""
    return next((i for i, classes in enumerate(levels) if any(draft.is_a(ent, c) for c in classes)), len(levels))


def offices(draft: Any) -> None:
    """…促进局局长潘卓辉: the person holds the office in the body named right before the role word
    (org:headOf / org:memberOf, when the ontology declares them); then the heads of governments
    (``government_heads``), who need the offices' bodies."""
    by_end = {}
    for m in sorted(draft.mentions, key=lambda m: m.length):
        by_end[m.end] = m
    post = draft.rules["people"]["position"]
    posts = draft.terms.has_property(post["predicate"])
    for m in draft.mentions:
        person = draft.entity_of.get(id(m))
        if posts and person is not None and m.extra.get("role_start") is not None:
            start = m.extra["role_start"]
            end = start + len(m.extra["role"].rstrip("：:/／"))     # 编辑：黃世雅, 编辑/耿蕾: the post 编辑
            start += next((len(w) for w in post["not_post"] if draft.s.startswith(w, start, end - 1)), 0)   # 本报记者
            start -= _title_head(draft, post, start)     # 市委书记, 居委会主任, 机关党委书记
            draft.add_fact(person, post["predicate"], None, (min(start, m.start), max(end, m.end)), post["id"],
                           post["confidence"], value=draft.quote(start, end))
        predicate = m.extra.get("predicate")
        if not predicate or person is None or m.extra.get("office_end") is None:
            continue
        body = _office_body(draft, by_end, m.extra["office_end"], m.extra["role"])
        if body is None and (body := _department_body(draft, by_end, m.extra["office_end"])) is not None:
            predicate = draft.rules["people"]["departments"]["predicate"]   # 医院护理部主任: a member of the hospital
        if body is None and (body := _listed_place_office(draft, by_end, m.extra["office_end"])) is not None:
            place = draft.entity_of.get(id(body))     # the subdistrict stands for its office (place_offices)
            if place is not None and not draft.is_a(place, "Organization") and not place.known:
                place.classes.append("GovernmentBody")
        org = draft.entity_of.get(id(body)) if body is not None else None
        if predicate == draft.rules["awards"]["line_roster"]["located"]:
            if org is not None and draft.is_a(org, "Place"):      # a roster's holder …三江社区居民 lives there
                draft.add_fact(person, predicate, org, (m.start, body.end), m.rule, m.confidence)
            continue
        own = draft.rules["people"]["heads_own_kind"]
        if org is not None and not org.label.endswith(tuple(own["words"].get(m.extra["role"], (org.label,)))):
            predicate = own["predicate"]    # 青岛城运控股集团党委委员、工会主席温冰: the group's union, not the group
        if org is not None and draft.is_a(org, "Facility") and not draft.is_a(org, "Organization") and not org.known:
            org.classes.append("Organization")      # 长沙市肾慈公益服务中心理事长: a centre with a head is a body
        # (an entity another article declared keeps the class that article gave it: no membership of a facility)
        if org is not None and draft.is_a(org, "Organization"):
            draft.add_fact(person, predicate, org, (min(body.start, m.start), max(body.end, m.end)), m.rule,
                           m.confidence)      # 王永强（市民政局局长）: the body after the name
        _earlier_post(draft, by_end, m, person, post if posts else None)
    government_heads(draft, by_end)
    team_heads(draft, by_end)


def team_heads(draft: Any, by_end: dict[int, Any]) -> None:
    """队长刘小盼布置完任务后,15名“红管家”成员…: a team's leader printed with no body before the post heads the one
    team the article names (people.yaml ``team_heads``)."""
    rule = draft.rules["people"]["team_heads"]
    teams = [e for e in draft.entities.values() if any(draft.is_a(e, c) for c in rule["classes"])]
    if len(teams) != 1:
        return
    for m in draft.role_mentions:
        person = draft.entity_of.get(id(m))
        start = m.extra.get("role_start")
        if person is None or m.extra["role"] not in rule["posts"] or start is None or by_end.get(start) is not None \
                or not draft.is_a(person, "Person"):
            continue        # 服务队队长: the body before the post says whose (offices)
        span = (min(start, m.start), max(m.end, start + len(m.extra["role"])))
        draft.add_fact(person, rule["predicate"], teams[0], span, rule["id"], rule["confidence"])


def stationed(draft: Any) -> None:
    """省财政厅驻会川镇本庙村第一书记李强: a body, 驻 and a place (or a chain of places) before a post: the body
    sent the person, its member, to serve the last place (context.yaml ``stationed``)."""
    rule = draft.rules["context"]["stationed"]
    ends = _mentions_at(draft, "end")
    for m in draft.role_mentions:
        person, pos = draft.entity_of.get(id(m)), m.extra.get("office_end")
        if person is None or pos is None or not draft.is_a(person, "Person"):
            continue
        place = None
        while (here := next((p for p in ends.get(pos, []) if _entity_if(draft, p, *rule["places"])), None)):
            place = place or here       # the last place of the chain, where the post is held
            pos = here.start
        word = next((w for w in rule["words"] if draft.s.endswith(w, 0, pos)), None)
        if place is None or word is None:
            continue
        body = next((b for b in ends.get(pos - len(word), []) if _entity_if(draft, b, "Organization")
                     and not draft.is_a(draft.entity_of[id(b)], "Place")), None)
        if body is None:
            continue
        span = (body.start, max(m.end, m.extra["role_start"] + len(m.extra["role"])))
        draft.add_fact(person, rule["member"], draft.entity_of[id(body)], span, rule["id"], rule["confidence"])
        draft.add_fact(person, rule["serves"], draft.entity_of[id(place)], span, rule["id"], rule["confidence"])


def act_parties(draft: Any) -> None:
    """肖扬凡为…服务站揭牌, 领导共同为…义工队授旗, 5支志愿服务队获得授旗: who performs a ceremony's act (the names
    listed right before 为) takes part in it, and so do those an act of giving is done for (the teams or groups
    listed right before its word, or before 获得 and it) (``context.act_parties``)."""
    rule = draft.rules["context"]["act_parties"]
    for act in [e for e in draft.entities.values() if e.rule in rule["acts"]]:
        gives = act.label in rule["giving"]
        for m in act.mentions:
            start = draft._clause_start(m.start, draft.sentence_of(m.start)[0], rule["clause_ends"])
            given = draft.s.rfind(rule["for"], start, m.start)
            received = next((w for w in rule["received"] if draft.s.endswith(w, 0, m.start)), None)
            parties = _listed_before(draft, given, rule["joins"], tuple(rule["doers"])) if given > start else []
            if gives and (given > start or received):
                parties += _listed_before(draft, m.start - len(received or ""), rule["joins"],
                                          tuple(rule["receivers"]))
            for x in parties:
                if (party := draft.entity_of[id(x)]) is not act:
                    draft.add_fact(party, rule["predicate"], act, (x.start, m.end), rule["id"], rule["confidence"])


def affiliations(draft: Any) -> None:
    """太仓宏达热电有限公司的黄喜文: a person printed right after a body (or after it and 的) is its member; right after
    a village or a community, lives there (``people.affiliated``)."""
    rule = draft.rules["people"]["affiliated"]
    ends = _mentions_at(draft, "end")
    residents = _resident_places(draft, ends, rule)
    for m in draft.mentions:
        person = draft.entity_of.get(id(m))
        if person is None or not draft.is_a(person, "Person") or m.extra.get("role_start") is not None:
            continue
        if (home := residents(m)) is not None:
            draft.add_fact(person, rule["located"], draft.entity_of[id(home)], (home.start, m.end), rule["id"],
                           rule["confidence"])
            continue
        before = _printed_before(draft, ends, m.start, rule["joins"], lambda _, e, p=person: e is not p)
        if before is None:
            continue
        where = draft.entity_of[id(before)]
        if draft.is_a(where, "Organization") and not draft.is_a(where, "Place"):
            draft.add_fact(person, rule["member"], where, (before.start, m.end), rule["id"], rule["confidence"])
        elif any(draft.is_a(where, c) for c in rule["places"]):
            draft.add_fact(person, rule["located"], where, (before.start, m.end), rule["id"], rule["confidence"])


def _resident_places(draft: Any, ends: dict[int, list[Any]], rule: dict[str, Any]) -> Callable[[Any], Any]:
    """A function from a person's mention to the mention of the place it lives in, when a word for the place's
    residents joins them (``people.affiliated.residents``: 铁炉村村民王继龙), or when the name is listed (、) right
    after a name so placed (平建苑小区独居老人罗姨、张叔); else None."""
    words = sorted(rule["residents"], key=len, reverse=True)
    homes: dict[int, Any] = {}      # where each placed name ends, and its place

    def place_of(m: Any) -> Any:
        s = draft.s
        if s.endswith("、", 0, m.start) and m.start - 1 in homes:
            home = homes[m.start - 1]
        else:
            word = next((w for w in words if s.endswith(w, 0, m.start)), None)
            at = m.start - len(word) if word else -1
            home = max((p for p in ends.get(at, []) if (e := draft.entity_of.get(id(p))) is not None
                        and any(draft.is_a(e, c) for c in rule["places"])), key=lambda p: p.length, default=None)
        if home is not None:
            homes[m.end] = home
        return home
    return place_of


def _earlier_post(draft: Any, by_end: dict[int, Any], m: Any, person: Any, post: Any) -> None:
    """青岛市民政局党组书记、局长江联军: the posts listed before the person's post (joined by 、, 兼, or a space in a
    caption) are the person's too, each in the body named right before it (党组书记 of 青岛市民政局党组): the list is
    read leftwards, over the body of each post, as long as a join and a post come before it
    (人大常委会党组副书记、副主任、市慈善总会会长仇杨均)."""
    pos = m.extra.get("office_end")
    if pos is None or person is None:
        return
    joins = tuple(draft.rules["people"]["post_joins"])
    words = _office_words(draft)
    own = _shared_body(draft, by_end, pos, m.extra["role"], words)
    if own is not None and _entity_if(draft, own, "Organization") is not None:
        pos = own.start     # 区委常委、区总工会主席沈立新: the post's own body shares its word (总工会/工会主席)
    elif pos in by_end and by_end[pos].start < pos and _entity_if(draft, by_end[pos], "Organization") is not None:
        pos = by_end[pos].start      # 市慈善总会会长仇杨均: the post's own body comes first
    else:
        pos = _unread_body(draft, pos, joins)
    while (join := next((j for j in joins if draft.s.endswith(j, 0, pos)), None)) is not None:
        end = pos - len(join)
        word, office = next(((w, o) for w, o in words.items() if draft.s.endswith(w, 0, end)), (None, None))
        if word is None:
            return
        at = end - len(word)
        if any(x.family == "person" for x in draft.spans.ending(at)):
            return      # 梁咏娴顾问、劳工事务局黄志雄局长: a post printed after another name is that person's
        if post is not None:
            head = _title_head(draft, post, at)      # 市委副书记
            draft.add_fact(person, post["predicate"], None, (at - head, m.end), post["id"], post["confidence"],
                           value=draft.quote(at - head, end))
        # the body's name ends where the post starts, or inside it (青岛市民政局党组 in …党组书记)
        body = next((by_end[e] for e in range(end - 1, at - 1, -1) if e in by_end and by_end[e].start < at), None)
        org = draft.entity_of.get(id(body)) if body is not None else None
        if org is not None and draft.is_a(org, "Organization") and draft.terms.has_property(office["predicate"]):
            draft.add_fact(person, office["predicate"], org, (body.start, m.end), office["id"], office["confidence"])
        pos = body.start if body is not None else at


def _title_head(draft: Any, post: dict[str, Any], start: int) -> int:
    """How many characters of a body's short name, printed glued before the post at ``start``, belong to the title
    (``people.position.title_heads``: 市委书记, 居委会主任); none before a post of the party's own body unless the head
    names whose party body it is (机关党委书记, not 居委会党支部书记)."""
    head = next((w for w in post["title_heads"] if draft.s.endswith(w, 0, start)), "")
    party = draft.s.startswith(tuple(post["not_after_head"]), start)
    return len(head) if head and (not party or head in post["party_heads"]) else 0


def _listed_place_office(draft: Any, by_end: dict[int, Any], end: int) -> Any:
    """泉城路街道党工委副书记、办事处主任张明辉: a bare office word (``organizations.place_offices``) after a join
    and a post in a body whose name opens with a subdistrict's (泉城路街道党工委): that subdistrict's office, one entity
    with the subdistrict as the dev set keeps them; its mention (else None)."""
    office = next((w for w in draft.rules["organizations"]["place_offices"] if draft.s.endswith(w, 0, end)), None)
    if office is None:
        return None
    at = end - len(office)
    join = next((j for j in draft.rules["people"]["post_joins"] if draft.s.endswith(j, 0, at)), None)
    if join is None:
        return None
    post_end = at - len(join)
    word = next((w for w in _office_words(draft) if draft.s.endswith(w, 0, post_end)), None)
    if word is None:
        return None
    post_start = post_end - len(word)
    body = next((by_end[e] for e in range(post_end - 1, post_start - 1, -1)
                 if e in by_end and by_end[e].start < post_start), None)
    if body is None:
        return None
    return next((p for p in draft.mentions if p.start == body.start and p.end < body.end
                 and _entity_if(draft, p, "Subdistrict") is not None), None)


def _unread_body(draft: Any, pos: int, joins: tuple[str, ...]) -> int:
    """街道党工委书记、办事处主任刘晓燕: where the post's own body starts when no rule names it, a body's word of two to
    four characters (办事处) or a level word (区总河长) right after a join (else ``pos``)."""
    suffixes = draft.ex.recognizer.org_suffixes
    level = next((w for w in draft.rules["people"]["post_levels"] if draft.s.endswith(w, 0, pos)), None)
    if level is not None and draft.s.endswith(joins, 0, pos - len(level)):
        return pos - len(level)        # 区委书记、区总河长陈敏: 区 a level, no body
    for length in (2, 3, 4):
        word = draft.s[max(0, pos - length):pos]
        if len(word) == length and word.endswith(suffixes) and draft.s.endswith(joins, 0, pos - length):
            return pos - length
    return pos


def government_heads(draft: Any, by_end: dict[int, Any]) -> None:
    """新北市長侯友宜 heads 新北市政府; 由市長陳其邁 heads the one city government the article names (高雄市政府)."""
    rule = draft.rules["people"]["government_heads"]
    governments = [e for e in draft.entities.values() if draft.is_a(e, "GovernmentBody")]
    for m in draft.role_mentions:
        person, post = draft.entity_of.get(id(m)), m.extra["role"]
        level = rule["posts"].get(post[-2:] if len(post) >= 2 else post)
        if person is None or level is None or not draft.is_a(person, "Person") \
                or m.extra.get("predicate") not in (None, rule["predicate"]):
            continue        # 副区长王磊: a deputy (people.yaml person.role.member) heads no government
        start = m.extra["role_start"] + len(post) - 2
        shared = by_end.get(start + 1) if draft.s[start] == level else None      # 新北市長: the 市 is shared
        place = shared if shared is not None and shared.start < start else by_end.get(start)
        names = [f"{place.key}{g}" for g in rule["governments"]] if place is not None else []
        named = [e for e in governments if normal_label(e.label) in names]
        of_level = [e for e in governments if any(e.key.endswith(level + g) for g in rule["governments"])]
        # 镇长李春燕 in a town's news: the one town of the article that is its own government (新都镇) when no
        # government of that level is named
        towns = [e for e in governments if e.key.endswith(level) and draft.is_a(e, "AdministrativeArea")]
        body = named[0] if named else of_level[0] if len(of_level) == 1 else \
            towns[0] if not of_level and len(towns) == 1 else None
        if body is not None:
            span = (min(m.extra["role_start"], m.start), max(m.end, start + 2))
            draft.add_fact(person, rule["predicate"], body, span, rule["id"], rule["confidence"])


def _office_words(draft: Any) -> dict[str, dict[str, Any]]:
    """Each office word of people.yaml with its rule, longest first (made once per draft)."""
    if "_office_words" not in draft.__dict__:
        pairs = sorted(((w, o) for o in draft.rules["people"]["offices"] for w in o["words"]), key=lambda p: -len(p[0]))
        words: dict[str, dict[str, Any]] = {}
        for word, office in pairs:
            words.setdefault(word, office)      # a word listed twice keeps its first office
        draft.__dict__["_office_words"] = words
    return draft.__dict__["_office_words"]


def _department_body(draft: Any, by_end: dict[int, Any], end: int) -> Any:
    """宜昌市第一人民医院护理部主任黄丽萍: the body named right before a department no rule names (people.yaml
    ``departments``: two to six characters ending in 科, 部, 室 …) that stands before the post; None when there is
    none."""
    rule = draft.rules["people"]["departments"]
    for size in range(2, rule["max_length"] + 1):
        body = by_end.get(end - size)
        word = draft.s[end - size:end]
        if body is not None and body.start < end - size and word.endswith(tuple(rule["endings"])) \
                and _HAN_WORD.fullmatch(word):
            return body
    return None


def _shared_body(draft: Any, by_end: dict[int, Any], end: int, role: str, words: dict[str, Any]) -> Any:
    """The body's mention that ends inside a role word starting at ``end`` (民政局長: 民政局; 区总工会主席:
    区总工会), one character shared or the rest of the role word a post of its own; None when there is none."""
    return next((by_end[e] for e in range(end + len(role) - 1, end, -1) if e in by_end and by_end[e].start < end
                 and (e == end + 1 or draft.s[e:end + len(role)] in words)), None)


def _office_body(draft: Any, by_end: dict[int, Any], end: int, role: str) -> Any:
    """The body's mention before a role word that starts at ``end``: the one whose last characters the role word
    shares (民政局長, 市民政局党组书记: 党组, 区党工委副书记: 区党工委), else the name ending there, or the one before
    another post and 、 (黨支部書記、主任), or the body of the officer listed before and 、 (青岛市慈善总会会长王伟、
    副会长吴淑玲)."""
    words = _office_words(draft)
    shared = _shared_body(draft, by_end, end, role, words)
    if shared is not None:      # one character shared, or the rest of the role word a post of its own
        return shared
    if end in by_end:
        return by_end[end]
    if role[-2:] in draft.rules["people"]["government_heads"]["posts"]:
        return None     # 区委副书记、区长李明华: a head of government heads no party body (government_heads reads it)
    if draft.s[end - 1:end] == "、":
        before = next((w for w in words if draft.s.endswith(w, 0, end - 1)), None)
        if before is not None:
            return by_end.get(end - 1 - len(before))
        prior = next((r for r in draft.role_mentions if r.end == end - 1 and r.extra.get("office_end") is not None
                      and r.extra["office_end"] < end - 1), None)
        if prior is not None:       # 会长王伟、副会长吴淑玲: the post after a listed officer is in the same body
            return _office_body(draft, by_end, prior.extra["office_end"], prior.extra["role"])
    return None


def merge_speaker_area(draft: Any, area: Any) -> None:
    """我市 is the main area when that is a city (我区 a district …): its mentions become its aliases."""
    words = draft.rules["context"]["speaker_area"]["words"]
    for key, ent in list(draft.entities.items()):
        level = words.get(ent.label)
        if level is None or area is None or area is ent or not draft.is_a(area, level):
            continue
        area.aliases.append(ent.label)
        area.mentions.extend(ent.mentions)
        for m in ent.mentions:
            draft.entity_of[id(m)] = area
        if draft.actor is ent:
            draft.actor = area      # 我市7户家庭获评…: the title's 我市 was read as the main actor; the city is
        del draft.entities[key]


def lower_places(draft: Any) -> None:
    """A community a subdistrict's report names without its parent is part of that subdistrict (the article's
    main area: the actor, or the area a body that is the actor governs or lies in); else, when the article names
    one place of the level above it and no other, part of that one (董家沟街道 and the one 金普新区)."""
    rule, actor = draft.rules["context"]["lower_places"], main_area(draft)
    has_parent = {f["s"] for f in draft.facts if f["p"] == rule["predicate"]}
    whole = set(draft.rules["context"]["whole_area_named"]["levels"])
    places = [e for e in draft.entities.values() if draft.is_a(e, "Place") and e.mentions[0].rule not in whole]
    named_at = {level: [e for e in places if draft.is_a(e, level)] for level in rule["levels"]}
    under_actor = tuple(c for level, classes in rule["levels"].items()
                        if actor is not None and draft.is_a(actor, level) for c in classes)
    for ent in sorted(draft.entities.values(), key=lambda e: e.mentions[0].start):
        if ent is actor or ent.id in has_parent or not draft.is_a(ent, "Place"):
            continue
        parent = actor if under_actor and draft.terms.is_any(ent.classes, under_actor) else None
        rid = rule["id"]
        if parent is None:
            above = [level for level, classes in rule["levels"].items() if any(draft.is_a(ent, c) for c in classes)]
            named = list({id(e): e for level in above for e in named_at[level] if e is not ent}.values())
            parent, rid = (named[0], rule["only_id"]) if len(named) == 1 else \
                (_most_named(draft, named, rule["most_named"]), rule["most_id"])
        if parent is not None:
            m = ent.mentions[0]
            draft.add_fact(ent, rule["predicate"], parent, (m.start, m.end), rid, rule["confidence"])


def level_groups(draft: Any) -> None:
    """社区群众 lies in the community the story is about, 村民 in the village its sentence names before them: a group
    named by a level word lies in the last area of that level named before it in its sentence, else in the main area
    when that is of a fitting level (``context.level_groups``)."""
    rule, area = draft.rules["context"]["level_groups"], main_area(draft)
    located = {f["s"] for f in draft.facts if f["p"] == rule["predicate"]}
    words = sorted(rule["words"].items(), key=lambda kv: -len(kv[0]))
    not_words = tuple(rule["not_words"])
    for ent in list(draft.entities.values()):
        if ent.id in located or not draft.is_a(ent, "PersonGroup"):
            continue
        # the word opens the group's name, or is printed right before one of its mentions (社区留守儿童)
        m, spec = next(((x, sp) for x in sorted(ent.mentions, key=lambda x: x.start) for w, sp in words
                        if (end := _level_word_end(draft.s, x, w)) and not draft.s.endswith(not_words, 0, end)),
                       (None, None))
        if spec is None:
            continue
        place = _level_area_before(draft, m, spec)
        if place is None and area is not None and _of_level(draft, area, spec["main"], spec.get("ending")):
            place = area
        if place is not None and place is not ent:
            draft.add_fact(ent, rule["predicate"], place, (m.start, m.end), rule["id"], rule["confidence"])


def _level_word_end(s: str, m: Any, word: str) -> int:
    """Where the level ``word`` ends when it opens mention ``m`` (社区群众) or is printed right before it
    (社区|留守儿童), else 0."""
    if s.startswith(word, m.start) and m.length > len(word):
        return m.start + len(word)
    return m.start if s.endswith(word, 0, m.start) else 0


def _of_level(draft: Any, ent: Any, classes: list[str], ending: list[str] | None) -> bool:
    """Whether ``ent`` is one of ``classes`` and, when ``ending`` is given, its name ends with one of them."""
    return draft.terms.is_any(ent.classes, tuple(classes)) and (not ending or ent.label.endswith(tuple(ending)))


def _level_area_before(draft: Any, m: Any, spec: dict[str, Any]) -> Any:
    """The last area of the level ``spec`` names (``near``) printed before mention ``m`` in its sentence, else None."""
    found = [p for p in _things_in(draft, draft.sentence_of(m.start)[0], m.start, spec["near"])
             if _of_level(draft, draft.entity_of[id(p)], spec["near"], spec.get("ending"))]
    last = max(found, key=lambda p: p.end, default=None)
    return draft.entity_of[id(last)] if last is not None else None


def _most_named(draft: Any, named: list[Any], times: int) -> Any:
    """The one of ``named`` the article prints at least ``times`` times as often as each other one (金普新区 in a
    report from it that names 沙河口区 and 甘井子区 once), else None."""
    if not named:
        return None
    counts = sorted(((_printed(draft, e.label), e.mentions[0].start, e) for e in named), key=lambda c: (-c[0], c[1]))
    return counts[0][2] if len(counts) > 1 and counts[0][0] >= times * counts[1][0] else None


def _first_mention(ent: Any) -> Any:
    """The mention of ``ent`` printed first."""
    return min(ent.mentions, key=lambda m: m.start)


def event_years(draft: Any) -> None:
    """civic:year on events and conferrals, from their sentence's year or their section heading's."""
    rule = draft.rules["context"]["event_years"]
    pattern, bare = re.compile(rule["year"]), re.compile(rule["bare_year"])
    headings = []  # (start, end, year) of each short line that names a year
    start = 0
    for line in draft.s.split("\n"):
        found = pattern.search(line)
        if found and len(line.strip()) <= rule["heading_max"]:
            headings.append((start, start + len(line), found.group(1)))
        start += len(line) + 1
    years = Counter(re.findall(rule["year"], draft.s))     # a look back names another year more often than its own
    looks_back = draft.year is None or (bool(years) and years[str(draft.year)] < max(years.values()))
    for ent in draft.entities.values():
        if not draft.terms.is_any(ent.classes, tuple(rule["classes"])):
            continue
        first = _first_mention(ent)
        meeting = draft.terms.is_any(ent.classes, tuple(rule["except"]))
        if meeting and not _held_meeting(draft, ent, rule) and not pattern.search(draft.s, first.start, first.end):
            continue        # a meeting held again and again, unless its name holds its year (2016年度…表彰大会)
        sent_start, sent_end = draft.sentence_of(first.start)
        named = list(pattern.finditer(draft.s, sent_start, sent_end))
        before = [y for y in named if y.end() <= first.start]
        after = [y for y in named if y.start() >= first.end]
        inside = [y for y in named if first.start <= y.start() and y.end() <= first.end]
        opening = bare.match(draft.s, first.start, first.end)       # 2025“善行温州·助力强城”——第八届…活动
        if inside or opening:   # 2025年“3·15”国际消费者权益日主题宣传活动: a name that holds its year is dated by it
            value, span = (inside[0] if inside else opening).group(1), (first.start, first.end)
        elif before or after:  # the quote runs from the year to the name, or from the name to the year
            year = before[-1] if before else after[0]
            value = year.group(1)
            span = (year.start(), first.end) if before else (first.start, year.end())
        else:
            above = [h for h in headings if h[1] <= first.start]
            if not above:       # each mention's sentence in turn (a title names it, a later sentence dates it)
                if not any(_taiwan_year(draft, ent, m, rule) or _bare_year(draft, ent, m, bare, rule)
                           or _this_year(draft, ent, m, rule) for m in sorted(ent.mentions, key=lambda x: x.start)) \
                        and not looks_back:
                    _dateline_year(draft, ent, first, rule, held=meeting)
                continue
            h_start, h_end, value = above[-1]
            span = (h_start, h_end)
        draft.add_fact(ent, rule["predicate"], None, span, rule["id"], rule["confidence"],
                       value=value, datatype="gYear")


def started_years(draft: Any) -> None:
    """2023年5月,…打造了爱心助老餐吧; 沈阳市民政局今年将开展老年人助餐暖心行动: a work, a project or a facility
    printed right after a verb that starts, sets up or builds it, with a year printed before the verb in its sentence
    (or this year's word: the article's year), has that year (``context.started_years``), quoted from the year to
    the name."""
    rule = draft.rules["context"]["started_years"]
    pattern = re.compile(rule["year"])
    words = tuple(rule["this_year"])
    classes = tuple(rule["classes"])
    dated = {f["s"] for f in draft.facts if f["p"] == rule["predicate"]}
    for ent in draft.entities.values():
        if ent.id in dated or not draft.terms.is_any(ent.classes, classes):
            continue
        first = _first_mention(ent)
        sent_start, _ = draft.sentence_of(first.start)
        lead = draft.s[max(sent_start, first.start - rule["reach"]):first.start]
        verb = max((lead.rfind(v) + len(v) for v in rule["verbs"]
                    if lead.endswith((v, *(v + gap for gap in rule["gaps"])))), default=-1)
        after = draft.s[first.end:first.end + 1]
        if verb < 0 or after in rule["list_marks"] or after.isdigit() or after in rule["numerals"]:
            continue        # 实施城乡社区治理、…: an item of a list; 新建站点10个: things counted
        offset = first.start - len(lead)
        printed = list(pattern.finditer(lead, 0, verb))
        this = max((lead.rfind(w, 0, verb) for w in words), default=-1)
        if printed and printed[-1].start() >= this:
            value, at = printed[-1].group(1), offset + printed[-1].start()
        elif this >= 0 and draft.year is not None:
            value, at = str(draft.year), offset + this
        else:
            continue
        draft.add_fact(ent, rule["predicate"], None, (at, first.end), rule["id"], rule["confidence"], value=value,
                       datatype="gYear")


def _held_meeting(draft: Any, ent: Any, rule: dict[str, Any]) -> bool:
    """Whether a meeting is dated as an event held once: a name of it is followed by words that say it is held
    (…表彰大会在京举行)."""
    held = re.compile(rule["held"])
    return any(held.match(draft.s, m.end) for m in ent.mentions)


def founding_years(draft: Any) -> None:
    """X成立于2011年 / 自2011年成立X / 从2022年开始实施X: the year X was set up or started."""
    rule = draft.rules["context"]["founding_years"]
    s = draft.s
    starts = _mentions_at(draft, "start")
    after = re.compile("(?:" + "|".join(rule["after_name"]) + ")(?:于|於)((?:19|20)[0-9]{2})年")
    verbs = tuple(rule["verbs"])
    for m in draft.mentions:
        found = after.match(s, m.end)
        if found is None and not s.endswith(verbs, 0, m.start):
            continue        # neither X成立于… nor …成立X: the cheap test first
        thing = _entity_if(draft, m, *rule["thing_classes"])
        if thing is None or draft.is_a(thing, "Event") or any(o.end > m.end for o in starts[m.start]):
            continue        # the longest name read there
        if found is not None:
            draft.add_fact(thing, rule["predicate"], None, (m.start, found.end()), rule["id"], rule["confidence"],
                           value=found.group(1), datatype="gYear")
            continue
        verb = next(v for v in verbs if s.endswith(v, 0, m.start))
        lead = s[max(0, m.start - len(verb) - rule["max_lead"] - 12):m.start - len(verb)]
        year = re.search(rule["year_lead"], lead)
        if year is None:
            continue
        start = m.start - len(verb) - len(lead) + year.start(1)
        while (nxt := next((o for o in starts.get(m.end, []) if _entity_if(draft, o, *rule["thing_classes"])),
                           None)) is not None:
            m, thing = nxt, draft.entity_of[id(nxt)]     # 社区慈善基金全覆盖三年计划: the plan, not its owner
        draft.add_fact(thing, rule["predicate"], None, (start, m.end), rule["id"], rule["confidence"],
                       value=year.group(1), datatype="gYear")


def _taiwan_year(draft: Any, ent: Any, first: Any, rule: dict[str, Any]) -> bool:
    """An event or conferral whose sentence and heading name no year of the common era: a year of the Taiwan
    calendar in its sentence, in traditional text (114年 and 今(114)年 are 2025); the quote runs from the year to the
    name."""
    sent_start, sent_end = draft.sentence_of(first.start)
    if draft.source.traditional:        # traditional text: 114年 counts from 1912 (民國)
        roc = re.compile(rule["roc_year"]).search(draft.s, sent_start, sent_end)
        if roc is not None:
            span = (min(roc.start(), first.start), max(roc.end(), first.end))
            draft.add_fact(ent, rule["predicate"], None, span, rule["roc_id"], rule["confidence"],
                           value=str(int(roc.group(1)) + rule["roc_offset"]), datatype="gYear")
            return True
    return False


def _bare_year(draft: Any, ent: Any, first: Any, bare: re.Pattern[str], rule: dict[str, Any]) -> bool:
    """A year printed bare before an award's name inside a conferral's quote (荣获2017广西“最美家庭”称号) is the
    conferral's year."""
    found = next(bare.finditer(draft.s, first.start, first.end), None) if draft.is_a(ent, "AwardConferral") else None
    if found is None:
        return False
    draft.add_fact(ent, rule["predicate"], None, (found.start(), first.end), rule["bare_id"], rule["confidence"],
                   value=found.group(1), datatype="gYear")
    return True


def _this_year(draft: Any, ent: Any, first: Any, rule: dict[str, Any]) -> bool:
    """An event or conferral said to be this year's (今年, 本年度, 近日), or dated by month and day (9月5日), in its
    sentence, and no year named: the year the article was published; the quote runs from the word to the name."""
    sent_start, sent_end = draft.sentence_of(first.start)
    words = [(at, at + len(w)) for w in rule["this_year"] if (at := draft.s.find(w, sent_start, sent_end)) >= 0]
    day = re.compile(rule["month_day"]).search(draft.s, sent_start, sent_end)    # 9月5日, with no year before it
    if day is not None:
        words.append(day.span())
    if not words or draft.year is None:
        return False
    at, end = min(words)
    span = (min(at, first.start), max(end, first.end))
    draft.add_fact(ent, rule["predicate"], None, span, rule["this_year_id"], rule["this_year_confidence"],
                   value=str(draft.year), datatype="gYear")
    return True


def _dateline_year(draft: Any, ent: Any, first: Any, rule: dict[str, Any], *, held: bool = False) -> None:
    """A conferral, or an event held once (…仪式, …典礼, a meeting the story says is ``held``), that names no year
    takes place when the story is dated (the caller has checked that the story is no look back at another year); the
    quote is the name."""
    if held or draft.is_a(ent, "AwardConferral") or first.key.endswith(tuple(rule["dateline_events"])):
        draft.add_fact(ent, rule["predicate"], None, (first.start, first.end), rule["dateline_id"],
                       rule["dateline_confidence"], value=str(draft.year), datatype="gYear")


def _in_aim(draft: Any, pos: int, words: list[str]) -> bool:
    """Whether ``pos`` lies in a clause that says what something is for (为了提升…水平, 旨在凝聚…参与基层治理)."""
    sent_start, _ = draft.sentence_of(pos)
    head = draft.s[draft._clause_start(pos, sent_start):pos]
    return any(w in head for w in words)


def orphan_work(draft: Any) -> None:
    """Work no rule gave a doer is done (or planned) by its clause's opening agent, else the main actor."""
    rule = draft.rules["context"]["orphan_work"]
    linked = set(rule["linked"])
    has_doer = {f["o"] for f in draft.facts if f["p"] in linked and "o" in f}
    plan = draft.rules["relations"]["plan"]
    for ent in sorted(draft.entities.values(), key=lambda e: min(m.start for m in e.mentions)):
        if ent.id in has_doer or not draft.terms.is_any(ent.classes, tuple(rule["classes"])):
            continue
        if draft.terms.is_any(ent.classes, tuple(rule["except"])) or ent.rule in rule["except_rules"]:
            continue
        if all(any(o.start <= m.start and m.end <= o.end and o.length > m.length for o in draft.mentions)
               for m in ent.mentions):
            continue
        first = _first_mention(ent)
        if _in_aim(draft, first.start, rule["aim_words"]):
            continue
        subject, start = draft._clause_subject(first.start)
        if subject is None or not draft.is_agent(subject) or set(subject.classes) <= set(rule["not_doers"]):
            continue        # (the classes themselves: a bureau is an Organization too, and does the work)
        predicate = plan["predicate"] if draft.planned(first.start) else \
            rule["promoted"] if draft.s.endswith(tuple(rule["promote_words"]), 0, first.start) else rule["predicate"]
        draft.add_fact(subject, predicate, ent, (min(start, first.start), first.end), rule["id"], rule["confidence"])


def people_at_work(draft: Any) -> None:
    """Who took part in what, and whose groups are whose: :func:`participants`, :func:`attendees` and
    :func:`affiliated_groups`, in that order."""
    participants(draft)
    attendees(draft)
    affiliated_groups(draft)


def participants(draft: Any) -> None:
    """People said to do an event take part in it, with the people named beside them and those accompanying."""
    rule = draft.rules["context"]["participants"]
    ids = draft.entities_by_id()

    def person(ent: Any) -> bool:
        return any(draft.is_a(ent, c) for c in rule["people"])

    for fact in list(draft.facts):
        subject, event = ids.get(fact["s"]), ids.get(fact.get("o", ""))
        if fact["p"] != rule["from"] or subject is None or event is None or not person(subject):
            continue
        if not any(draft.is_a(event, c) for c in rule["events"]):
            continue
        draft.drop_fact(fact)
        first = min(event.mentions, key=lambda m: m.start)
        sent_start, sent_end = draft.sentence_of(first.start)
        before = [m for m in draft.mentions if sent_start <= m.start and m.end <= first.start]
        said = [m for m in before if draft.entity_of.get(id(m)) is subject]
        draft.add_fact(subject, rule["predicate"], event, (said[-1].start if said else first.start, first.end),
                       rule["id"], rule["confidence"])
        spans = [(m, (m.start, first.end)) for m in before]
        for start, end in ((first.end, sent_end), draft.sentence_of(sent_end)):
            if start < sent_end and start != first.end:
                continue
            word = next((w for w in rule["accompany"] if w in draft.s[start:end]), None)
            if word is None:
                continue
            stop = draft.s.index(word, start) + len(word)
            spans += [(m, (m.start, stop)) for m in draft.mentions if start <= m.start and m.end <= stop]
        for m, span in spans:
            ent = draft.entity_of.get(id(m))
            if ent is None or ent is subject or not person(ent):
                continue
            draft.add_fact(ent, rule["predicate"], event, span, rule["id"], rule["confidence"])


def attendees(draft: Any) -> None:
    """与会人员, 现场观众: people named by their being at an event take part in the event named before them, in their
    sentence if it names one, else in the last one held once (``context.attendees``)."""
    rule = draft.rules["context"]["attendees"]
    words = tuple(rule["words"])
    people = [ent for ent in draft.entities.values()
              if ent.label.endswith(words) and any(draft.is_a(ent, c) for c in rule["classes"])]
    if not people:
        return
    events = sorted((m.start, m.end, ent) for m in draft.mentions
                    if (ent := _entity_if(draft, m, *rule["events"])) is not None and ent.rule not in rule["not_rules"])
    for ent in people:
        first = _first_mention(ent)
        before = [e for e in events if e[1] <= first.start]
        if not before:
            continue
        sent_start = draft.sentence_of(first.start)[0]
        held = [e for e in before if e[0] >= sent_start or e[2].label.endswith(tuple(rule["held_endings"]))]
        if not held or any(f["s"] == ent.id and f["p"] == rule["predicate"] for f in draft.facts):
            continue        # none, or a rule that reads the sentence said in what already
        event = held[-1][2]
        span = (max(held[-1][0], sent_start), first.end)     # from the event named, or from the sentence's start
        draft.add_fact(ent, rule["predicate"], event, span, rule["id"], rule["confidence"])


def affiliated_groups(draft: Any) -> None:
    """城运控股集团、地铁集团的志愿者代表: a group named by what its people are in a body, right after the body (and
    the bodies listed before it), is a member of each (``context.affiliated_groups``)."""
    rule = draft.rules["context"]["affiliated_groups"]
    words = frozenset(rule["members"])
    for m in draft.mentions:
        group = draft.entity_of.get(id(m))
        if group is None or draft.s[m.start:m.end] not in words or not draft.is_a(group, "PersonGroup"):
            continue
        end = m.start - (1 if draft.s.endswith("的", 0, m.start) else 0)
        for body_m in _listed_before(draft, end, rule["joins"], tuple(rule["bodies"])):
            draft.add_fact(group, rule["predicate"], draft.entity_of[id(body_m)], (body_m.start, m.end), rule["id"],
                           rule["confidence"])


def _joined(draft: Any, classes: list[str], joins: list[str]) -> Iterator[tuple[Any, Any, Any]]:
    """X的Y: each mention X of an entity of ``classes`` (with that entity) and each mention Y that starts right after
    it and one of ``joins``, in the mentions' order."""
    starts, firsts = _mentions_at(draft, "start"), {join[0] for join in joins}
    for m in draft.mentions:
        if draft.s[m.end:m.end + 1] not in firsts or (ent := _entity_if(draft, m, *classes)) is None:
            continue
        for join in joins:
            if draft.s.startswith(join, m.end):
                for after in starts.get(m.end + len(join), []):
                    yield m, ent, after


def facility_parts(draft: Any) -> None:
    """X的Y, both facilities: X hasComponent Y (村居家养老服务站的长者饭堂)."""
    rule = draft.rules["context"]["facility_parts"]
    for m, whole, part_m in _joined(draft, rule["classes"], rule["joins"]):
        part = _entity_if(draft, part_m, *rule["classes"])
        if part is not None and part is not whole:
            draft.add_fact(whole, rule["predicate"], part, (m.start, part_m.end), rule["id"], rule["confidence"])


def place_possessives(draft: Any) -> None:
    """X的Y, X a community, village or subdistrict: a facility Y lies in it (光华社区的乐龄驿站), a place of a
    lower level is part of it (新棉街道的川棉社区)."""
    rule = draft.rules["context"]["place_possessive"]
    for m, place, thing_m in _joined(draft, rule["places"], rule["joins"]):
        lower = [c for level, below in rule["part"]["lower"].items() if draft.is_a(place, level) for c in below]
        for predicate, classes in ((rule["located"]["predicate"], rule["located"]["classes"]),
                                   (rule["part"]["predicate"], lower)):
            thing = _entity_if(draft, thing_m, *classes) if classes else None
            if thing is not None and thing is not place:
                draft.add_fact(thing, predicate, place, (m.start, thing_m.end), rule["id"], rule["confidence"])
                break


def event_places(draft: Any) -> None:
    """X在Y举行 and 在Y举办X: the event X lies in the place or venue Y (the last of a chain of places:
    在万侯社区同德园举行; a university, ``event_place.venues``: 在成都理工大学举行)."""
    rule = draft.rules["context"]["event_place"]
    starts = _mentions_at(draft, "start")
    for place_m, place in _mentions_of(draft, *rule["venues"]):
        if draft.s[place_m.start - 1:place_m.start] not in rule["words"]:
            continue
        last, place = draft.chain_end(place_m, place, len(draft.s))     # 在万侯社区同德园举行: the last place
        verb = _held_verb(draft, rule, last.end)
        after = last.end + len(verb or "")
        event_m = next((m for m in draft.starting_in(after, after + rule["max_gap"] + 1)
                        if _entity_if(draft, m, "Event") and unbroken(draft.s[after:m.start])), None)
        if verb is not None and event_m is not None:
            draft.add_fact(draft.entity_of[id(event_m)], rule["predicate"], place, (place_m.start - 1, event_m.end),
                           rule["id"], rule["confidence"])
        elif verb is None and (fronted := _fronted_event(draft, rule, last.end)) is not None:
            draft.add_fact(draft.entity_of[id(fronted[0])], rule["predicate"], place, (place_m.start - 1, fronted[1]),
                           rule["id"], rule["confidence"])
    day_gap = re.compile(rule["day_gap"])
    for m, event in _mentions_of(draft, "Event"):
        gaps: list[int] = list(range(rule["max_gap"] + 1))
        if (day := day_gap.match(draft.s, m.end)) and day.end() > m.end + rule["max_gap"]:
            gaps.insert(0, day.end() - m.end)       # 今(28 日),於…: past the day first
        for gap in gaps:
            at = m.end + gap
            word = next((w for w in rule["words"] if draft.s.startswith(w, at)), None)
            if word is None:
                continue
            for place_m in starts.get(at + len(word), []):
                place = _entity_if(draft, place_m, *rule["venues"])
                if place is None:
                    continue
                last, place = draft.chain_end(place_m, place, len(draft.s))
                verb = _held_verb(draft, rule, last.end)
                if verb is not None:
                    draft.add_fact(event, rule["predicate"], place, (m.start, last.end + len(verb)), rule["id"],
                                   rule["confidence"])
            break


def _held_verb(draft: Any, rule: dict[str, Any], at: int) -> str | None:
    """The verb of being held printed at ``at`` (举行), after a word of manner when one is printed (热闹登场), else
    None."""
    manner = next((w for w in rule["manner"] if draft.s.startswith(w, at)), "")
    verb = next((v for v in rule["verbs"] if draft.s.startswith(v, at + len(manner))), None)
    return manner + verb if verb is not None else None


def _fronted_event(draft: Any, rule: dict[str, Any], end: int) -> tuple[Any, int] | None:
    """在Y，X正在火热进行: the mention of the event X named right after the comma that follows the place ending at
    ``end``, with the end of the verb of being held later in its clause; else None."""
    if draft.s[end:end + 1] not in ("，", ","):
        return None
    event_m = next((m for m in draft.starting_in(end + 1, end + 2) if _entity_if(draft, m, "Event")), None)
    if event_m is None:
        return None
    tail = re.match(f"[^{CLAUSE_END}]*", draft.s[event_m.end:]).group(0)      # the rest of its clause
    at, verb = min(((tail.find(v), v) for v in rule["fronted_verbs"] if v in tail), default=(-1, ""))
    return (event_m, event_m.end + at + len(verb)) if verb else None


def _group_lead(draft: Any, start: int, rule: dict[str, Any]) -> int:
    """Where the words that say how many of a group and where they live start, before the group's name at ``start``
    (为全区1200名特困人员提供…: 全区1200名), else ``start`` (``provided_for.group_lead``)."""
    count = re.search(rule["group_count"] + "$", draft.s[max(0, start - 12):start])
    at = start - len(count.group(0)) if count else start
    at -= len(next((w for w in rule["group_areas"] if draft.s.endswith(w, 0, at)), ""))     # 为辖区退役军人提供…
    area = next((m for m in _mentions_at(draft, "end").get(at, []) if _entity_if(draft, m, "Place")), None)
    return area.start if area is not None else at


def provided_for(draft: Any) -> None:
    """为新就业群体提供爱心馒头, 面向留守儿童发起“助学微心愿”计划: what is provided serves the group; …,惠及困难群众:
    the work of the clause before serves the group it benefits."""
    rule = draft.rules["context"]["provided_for"]
    s = draft.s
    for group_m, group in _mentions_of(draft, "PersonGroup"):
        lead = next((w for w in rule["benefit_leads"] if s.endswith(w, 0, group_m.start)), "")
        at = group_m.start - len(lead)      # 惠及更多失能老人家庭: the group after a word of how many
        benefit = next((w for w in rule["benefit"] if s.endswith(w, 0, at)), None)
        if benefit is not None:     # 发放临时救助资金2367.4万元,惠及困难群众: the work of the clause before serves them
            thing_m = _provider_before(draft, at - len(benefit), rule) or next(
                (m for m in _mentions_at(draft, "end").get(at - len(benefit), [])
                 if _entity_if(draft, m, *rule["things"])), None)     # 推动长护险惠及…: the thing right before
            if thing_m is not None:
                draft.add_fact(draft.entity_of[id(thing_m)], rule["predicate"], group, (thing_m.start, group_m.end),
                               rule["id"], rule["confidence"])
            continue
        lead_at = _group_lead(draft, group_m.start, rule)
        word = next((w for w in rule["before"] if s.endswith(w, 0, lead_at)), None)
        if word is None:
            continue
        groups, end = [group], group_m.end
        while True:     # 留守儿童和困境儿童: the verb follows the last group of a list
            nxt = next((m for m in draft.starting_in(end + 1, end + 2) if s[end] in "、和及与"
                        and _entity_if(draft, m, "PersonGroup")), None)
            if nxt is None:
                break
            groups.append(draft.entity_of[id(nxt)])
            end = nxt.end
        if s.startswith("等", end):         # 为辖区老年人群体和小区居民等提供
            end += 1
            whole = next((m for m in draft.starting_in(end, end + 1) if _entity_if(draft, m, "PersonGroup")), None)
            if whole is not None:       # 为老年人、残疾人等特殊群体提供: the group the list makes up is served too
                groups.append(draft.entity_of[id(whole)])
                end = whole.end
        verb = next((v for v in rule["verbs"] if s.startswith(v, end)), None)
        if verb is None and s.startswith("的", end) and any(s.endswith(w, 0, group_m.start) for w in rule["facing"]):
            verb = "的"     # 面向独居老人的助浴服务: the thing the group is the mark of serves it
        if verb is None:
            continue
        after = end + len(verb)
        thing_m = next((m for m in draft.starting_in(after, after + rule["max_gap"] + 1)
                        if _entity_if(draft, m, *rule["things"]) and unbroken(s[after:m.start])), None)
        span = (lead_at - len(word), thing_m.end) if thing_m is not None else None
        if thing_m is None:
            thing_m = _provider_before(draft, group_m.start - 1, rule)
            span = (thing_m.start, after) if thing_m is not None else None
        things = [thing_m] if thing_m is not None else []
        while span is not None and span[1] == things[-1].end and s[things[-1].end:things[-1].end + 1] in "、和及与":
            nxt = next((m for m in draft.starting_in(things[-1].end + 1, things[-1].end + 2)
                        if _entity_if(draft, m, *rule["things"])), None)     # 提供政策咨询、就业帮扶等服务
            if nxt is None:
                break
            things.append(nxt)
            span = (span[0], nxt.end)
        for thing in things:
            for served in groups:
                draft.add_fact(draft.entity_of[id(thing)], rule["predicate"], served, span, rule["id"],
                               rule["confidence"])


def enjoyed(draft: Any) -> None:
    """70周岁以上的老年人在社区食堂就餐可享八折优惠: the groups a clause names before a word of enjoying a benefit are
    served by the facility named between them and the word, else by the last facility its sentence or the sentence
    before names before the clause, else by the first thing they name (``context.enjoyed``)."""
    rule = draft.rules["context"]["enjoyed"]
    for match in re.finditer("|".join(map(re.escape, rule["words"])), draft.s):
        sent_start, _ = draft.sentence_of(match.start())
        clause = max(sent_start, *(draft.s.rfind(c, 0, match.start()) + 1 for c in "，,；;：:"))
        groups = [(m, g) for m in draft.starting_in(clause, match.start())
                  if m.end <= match.start() and (g := _entity_if(draft, m, "PersonGroup")) is not None]
        if not groups:
            continue
        before = draft.sentence_of(sent_start - 1)[0] if sent_start > 0 else 0     # (…补贴政策,…;…享受…)
        things = _things_in(draft, before, clause, tuple(rule["things"]))
        facilities = [m for m in things if _entity_if(draft, m, "Facility") is not None]
        thing = _last_in(draft, groups[-1][0].end, match.start(), ("Facility",)) or (
            facilities[-1] if facilities else things[0] if things else None)
        if thing is None:
            continue
        for m, group in groups:
            draft.add_fact(draft.entity_of[id(thing)], rule["predicate"], group, (min(m.start, thing.start),
                           max(match.end(), thing.end)), rule["id"], rule["confidence"])


def _provider_before(draft: Any, word_at: int, rule: dict[str, Any]) -> Any:
    """打造老年人助餐点300个,为社区老年人提供…: when nothing named follows the verb, the thing the clause before
    names last (in the same sentence, the clause of 为 opening right after a comma) is what provides it."""
    s = draft.s
    if word_at <= 0 or s[word_at - 1] not in "，,":
        return None
    sent_start, _ = draft.sentence_of(word_at)
    return _last_in(draft, draft._clause_start(word_at - 1, sent_start), word_at - 1, rule["things"])


_BY = re.compile("由")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def hosted_by(draft: Any) -> None:
    """由X组织的Y (由A、B主办的Y; 由A、B主办,C、D承办的Y; 由A主办、B承办的Y): each body X hosted the event Y printed
    soon after 的."""
    rule = draft.rules["context"]["hosted_by"]
    starts = _mentions_at(draft, "start")
    s = draft.s
    for pos in [m.start() for m in _BY.finditer(s)]:
        hosts, at = _host_list(draft, starts, pos + 1, rule["joins"], rule)
        if hosts and (unnamed := _unnamed_last_host(s, at, rule)) is not None:
            at = unnamed        # 由滨城区人社局、市西街道、滨州人才在线联合举办: a last host no rule named
        confirmed, end = [], at     # the hosts a verb follows: a later list that ends on no verb adds none
        while hosts:
            verb = next((v for v in rule["verbs"] if s.startswith(v, at)), None)
            if verb is None:
                break
            confirmed, end = hosts, at
            if s.startswith("的", at + len(verb)):
                break
            more, after = _host_list(draft, starts, at + len(verb) + 1, rule["joins"], rule) \
                if s[at + len(verb):at + len(verb) + 1] in rule["verb_joins"] else ([], at)
            if not more:        # 由A主办,C承办的Y: the hosts of each verb, up to the last verb and 的
                break
            hosts, at = hosts + more, after
        hosts, at = confirmed, end
        verb = next((v for v in rule["verbs"] if s.startswith(v, at)), None)
        if not hosts or verb is None:
            continue
        if s.startswith("的", at + len(verb)):
            after = at + len(verb) + 1
            event_m = next((m for m in draft.starting_in(after, after + rule["max_gap"] + 1)
                            if _entity_if(draft, m, "Event") and unbroken(s[after:m.start])), None)
            span_end = event_m.end if event_m is not None else 0
        else:
            event_m, span_end = _event_before(draft, pos, rule), at + len(verb)
        for host in hosts if event_m is not None else []:
            draft.add_fact(host, rule["predicate"], draft.entity_of[id(event_m)],
                           (min(pos, event_m.start) if span_end - event_m.start <= 80 else pos, span_end),
                           rule["id"], rule["confidence"])


def _unnamed_last_host(s: str, at: int, rule: dict[str, Any]) -> int | None:
    """Where the verb of ``hosted_by`` starts when a join at ``at`` opens a last item no rule named, a name of at
    most ``unnamed_max`` characters with no mark in it, and the verb follows it; else None."""
    join = next((j for j in rule["joins"] if s.startswith(j, at - len(j))), None) if at else None
    if join is None or any(s.startswith(v, at) for v in rule["verbs"]):
        return None
    match = re.match(f"[\u4e00-\u9fff]{{2,{int(rule['unnamed_max'])}}}?(?={'|'.join(rule['verbs'])})", s[at:])
    return at + match.end() if match else None


def _event_before(draft: Any, pos: int, rule: dict[str, Any]) -> Any:
    """The event a clause 由A、B主办 ends on is about: the last one named before 由 in its sentence, else, when the
    sentence opens with a word for "this event" (``this_event``: 此次活动由…), the last one named before it whose name
    ends as the word says, else, for a word any event is (``any_event``), the last one (活动由…主办 after
    …启动仪式暨志愿者表彰会)."""
    sent_start, _ = draft.sentence_of(pos)
    in_sentence = _last_in(draft, sent_start, pos, ("Event",))
    if in_sentence is not None:
        return in_sentence
    opening = draft.s[sent_start:pos].strip()
    word = next((w for w in sorted(rule["this_event"], key=len, reverse=True) if opening.startswith(w)), None)
    if word is None:
        return None
    before = _things_in(draft, 0, pos, ("Event",))
    ending = rule["this_event"][word]
    named = [m for m in before if draft.entity_of[id(m)].label.endswith(ending)] \
        or (before if ending in rule["any_event"] else [])
    return max(named, key=lambda m: (m.end, m.length)) if named else None     # none so named: the last event


def _things_in(draft: Any, start: int, end: int, classes: tuple[str, ...] | list[str]) -> list[Any]:
    """The mentions of ``classes`` within ``start:end``, in the draft's order."""
    return [m for m in draft.starting_in(start, end) if m.end <= end and _entity_if(draft, m, *classes)]


def _last_in(draft: Any, start: int, end: int, classes: tuple[str, ...] | list[str]) -> Any:
    """The last mention of ``classes`` within ``start:end`` (the longer of two that end together), else None."""
    return max(_things_in(draft, start, end, classes), key=lambda m: (m.end, m.length), default=None)


def _host_list(draft: Any, starts: dict[int, list[Any]], at: int, joins: list[str],
               hosting: dict[str, Any] | None = None) -> tuple[list[Any], int]:
    """The bodies listed from ``at`` (A、B和C), a place before one skipped (浙江省温州市慈善总会), a body printed right
    before another the inner one (中共蜀山区委宣传部: the department), and where the list ends; with ``hosting``
    (``hosted_by``), an area of its ``place_hosts`` before a join or a verb is one (…人社局、市西街道联合举办)."""
    hosts = []
    while True:
        host_m = next((m for m in starts.get(at, []) if _entity_if(draft, m, "Organization")), None)
        # 由西阳镇文化站组织的…汇演: a facility that runs an event acts as a body (not the town its name opens with)
        facility_m = max((m for m in starts.get(at, []) if _entity_if(draft, m, "Facility")
                          and draft.s.startswith((*joins, *hosting["verbs"]), m.end)),
                         key=lambda m: m.length, default=None) if hosting else None
        if facility_m is not None and (host_m is None or facility_m.length > host_m.length):
            host_m = facility_m
        place_m = next((m for m in starts.get(at, []) if _entity_if(draft, m, "Place")), None)
        if host_m is None and place_m is not None and any(_entity_if(draft, m, "Organization")
                                                          for m in starts.get(place_m.end, [])):
            at = place_m.end
            continue
        if hosting and host_m is None and place_m is not None \
                and _entity_if(draft, place_m, *hosting["place_hosts"]) is not None \
                and draft.s.startswith((*joins, *hosting["verbs"]), place_m.end):
            host_m = place_m        # 由滨城区人社局、市西街道联合举办: a subdistrict acts as its office
        if host_m is None:
            return hosts, at
        inner_m = next((m for m in starts.get(host_m.end, []) if _entity_if(draft, m, "Organization")), None)
        host_m = inner_m if inner_m is not None else host_m     # 中共蜀山区委宣传部: the department of the committee
        hosts.append(draft.entity_of[id(host_m)])
        join = next((j for j in joins if draft.s.startswith(j, host_m.end)), None)
        if join is None:
            return hosts, host_m.end
        at = host_m.end + len(join)
        office = _bare_office(draft, host_m, at)
        if office is not None:      # 猎德街道党工委、办事处主办: the office of the committee's subdistrict
            word, ent = office
            if ent is not None and ent not in hosts:
                hosts.append(ent)
            join = next((j for j in joins if draft.s.startswith(j, at + len(word))), None)
            if join is None:
                return hosts, at + len(word)
            at += len(word) + len(join)


def _bare_office(draft: Any, committee_m: Any, at: int) -> tuple[str, Any] | None:
    """街道党工委、办事处 / 镇党委、政府: the word of a government printed bare right after its party committee
    (context.yaml ``bare_offices``), with the entity it stands for (the committee's area when that area is its own
    office, else the body named the area's name and the word), else None."""
    offices = draft.rules["context"]["bare_offices"]
    word = next((w for w in sorted(offices, key=len, reverse=True) if draft.s.startswith(w, at)), None)
    if word is None or any(m.start == at for m in draft.starting_in(at, at + 1)):
        return None
    label = draft.entity_of[id(committee_m)].label
    party = next((p for p in offices[word] if label.endswith(p)), None)
    if party is None:
        return None
    area = label[:-len(party)]
    ent = next((e for e in draft.entities.values() if e.label in (area, area + word)
                and draft.is_a(e, "GovernmentBody")), None) if area else None
    return word, ent


@lru_cache(maxsize=64)
def _word_pattern(words: tuple[str, ...], lead: str = "") -> re.Pattern[str]:
    """One of ``words`` (the longest first), after what ``lead`` matches (a regex, or nothing)."""
    return scanning(lead + "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")")


def _last_thing_before(draft: Any, pos: int, classes: list[str]) -> Any:
    """The last mention of one of ``classes`` that ends before ``pos`` in its sentence (the longer of two that end
    together), else None."""
    return _last_in(draft, draft.sentence_of(pos)[0], pos, classes)


def aims(draft: Any) -> None:
    """…现场会在金普新区举行,旨在通过…提升…: the rest of the sentence after 旨在 (up to a clause that adds another
    point: ,同时…) is the goal of the last work or event named before it in its sentence, or, when the sentence opens
    with a word for "this event" (本次活动旨在…), of the last event named before the sentence."""
    rule = draft.rules["context"]["aims"]
    stops = _word_pattern(tuple(rule["stops"]), "[，,]")
    for match in _word_pattern(tuple(rule["words"])).finditer(draft.s):
        pos, start = match.start(), match.end()
        thing_m = _last_thing_before(draft, pos, rule["things"]) or \
            _event_before(draft, pos, draft.rules["context"]["hosted_by"])
        if thing_m is None:
            continue
        _, end = draft.sentence_of(pos)
        stop = stops.search(draft.s, start, end)
        end = stop.start() if stop is not None else end
        while end > start and draft.s[end - 1] in "。；;！!\n ":
            end -= 1
        if end - start >= rule["min_length"]:
            draft.add_fact(draft.entity_of[id(thing_m)], rule["predicate"], None, (pos, end), rule["id"],
                           rule["confidence"], value=draft.quote(start, end))
            draft.aim_serves(draft.entity_of[id(thing_m)], start, end, rule["id"], rule["confidence"])


def progress(draft: Any) -> None:
    """镇街级居家养老服务中心实现全覆盖: a work or a facility opening its clause, then words that say how far it has
    come (``context.progress``): the rest of the clause is its progress, as printed; 近期启用的三处爱心助餐点: the
    words of a relative clause before it (``progress.relative``)."""
    rule = draft.rules["context"]["progress"]
    ends, stops = rule["clause_ends"], tuple(rule["stops"])
    for match in _word_pattern(tuple(rule["words"])).finditer(draft.s):
        pos = match.start()
        thing_m = next((m for m in sorted(draft.spans.ending(pos), key=lambda m: -m.length)
                        if _entity_if(draft, m, *rule["things"]) is not None), None)
        if thing_m is None or not _opens_clause(draft, thing_m.start, ends):
            continue        # the thing opens its clause (not 推动X实现全覆盖, whose subject is another)
        end = pos
        while end < len(draft.s) and draft.s[end] not in ends and not draft.s.startswith(stops, end):
            end += 1
        if end - pos >= rule["min_length"]:
            draft.add_fact(draft.entity_of[id(thing_m)], rule["predicate"], None, (thing_m.start, end), rule["id"],
                           rule["confidence"], value=draft.quote(pos, end))
    starts = _mentions_at(draft, "start")
    for match in re.finditer(rule["relative"], draft.s):    # 新棉街道近期启用的三处爱心助餐点: 近期启用
        thing_m = next((m for m in sorted(starts.get(match.end(), []), key=lambda m: -m.length)
                        if _entity_if(draft, m, *rule["things"]) is not None), None)
        if thing_m is not None:
            draft.add_fact(draft.entity_of[id(thing_m)], rule["predicate"], None, (match.start(), thing_m.end),
                           rule["id"], rule["confidence"], value=draft.quote(*match.span(1)))


def _opens_clause(draft: Any, start: int, ends: str) -> bool:
    """Whether a name at ``start`` opens its clause, after nothing but the places its area is named by
    (杭州市镇街级…)."""
    while start > 0 and draft.s[start - 1] not in ends:
        place = next((m for m in draft.spans.ending(start) if _entity_if(draft, m, "Place") is not None), None)
        if place is None:
            return False
        start = place.start
    return True


def managed_by(draft: Any) -> None:
    """由X运营的Y / Y由X统一管理 (由A和B共同运营): each body X manages the place Y, printed soon after 的, else the
    last one named before 由 in its sentence; 工坊由X于2022年挂牌成立 (``established_by``): X established Y."""
    starts = _mentions_at(draft, "start")
    for key in ("managed_by", "established_by"):
        _by_body(draft, draft.rules["context"][key], starts)


def _by_body(draft: Any, rule: dict[str, Any], starts: Any) -> None:
    """由X<verb>的Y / Y由X<verb>: each body X stands in ``rule``'s predicate to Y."""
    verbs = _word_pattern(tuple(rule["verbs"]), "(?:" + "|".join(rule["adverbs"]) + ")?")
    for match in _BY.finditer(draft.s):
        bodies, at = _host_list(draft, starts, match.end(), rule["joins"])
        verb = verbs.match(draft.s, at) if bodies else None
        if verb is None:
            continue
        after = verb.end() + 1
        if draft.s.startswith("的", verb.end()):
            thing_m = next((m for m in draft.starting_in(after, after + rule["max_gap"] + 1)
                            if _entity_if(draft, m, *rule["things"]) and unbroken(draft.s[after:m.start])), None)
        else:
            thing_m = _last_thing_before(draft, match.start(), rule["things"])
        for body in bodies if thing_m is not None else []:
            draft.add_fact(body, rule["predicate"], draft.entity_of[id(thing_m)],
                           (min(match.start(), thing_m.start), max(verb.end(), thing_m.end)), rule["id"],
                           rule["confidence"])


def built_by(draft: Any) -> None:
    """该项目由X作为建设单位,Y负责施工 / 由X承建的Y / 施工单位为X: each body X (A、B listed before the word too) builds
    the works: implements a project, built a facility or a road. The works are the ones printed soon after 的, else
    the last named before the body in its sentence, else, when the sentence opens with a word for "these works"
    (该项目, 该工程), the last named in the sentence before."""
    rule = draft.rules["context"]["built_by"]
    starts, ends = _mentions_at(draft, "start"), _mentions_at(draft, "end")
    after_body = _word_pattern(tuple(rule["after_body"]),
                               "(?:" + rule["list_tail"] + ")?(?:" + "|".join(rule["adverbs"]) + ")?")
    before_body = _word_pattern(tuple(rule["before_body"]))

    def bodies_before(pos: int) -> list[Any]:
        """The bodies listed right before ``pos`` (A、B共同承建), the last first."""
        found = []
        while True:
            body_m = max((m for m in ends.get(pos, []) if _entity_if(draft, m, "Organization")),
                         key=lambda m: m.length, default=None)
            if body_m is None:
                return found
            found.append(body_m)
            join = next((j for j in rule["joins"] if draft.s.endswith(j, 0, body_m.start)), None)
            if join is None:
                return found
            pos = body_m.start - len(join)

    def works(pos: int, end: int | None) -> Any:
        """The works built: printed after 的 at ``end`` (none for a role printed before the body), else before."""
        if end is not None and draft.s.startswith("的", end):
            return next((m for m in draft.starting_in(end + 1, end + 2 + rule["max_gap"])
                         if _entity_if(draft, m, *rule["things"]) and unbroken(draft.s[end + 1:m.start])), None)
        sent_start, _ = draft.sentence_of(pos)
        thing_m = last_works(sent_start, pos)
        if thing_m is None and sent_start > 0 and draft.s.startswith(tuple(rule["this_works"]), sent_start):
            thing_m = last_works(draft.sentence_of(sent_start - 1)[0], sent_start)
        return thing_m

    def last_works(start: int, end: int) -> Any:
        """The last works named within ``start:end``, not inside a longer name (中交第二公路 of 中交第二公路工程局)."""
        names = draft.starting_in(start, end)
        return max((m for m in _things_in(draft, start, end, rule["things"])
                    if not any(o.start <= m.start and m.end <= o.end and o.length > m.length for o in names)),
                   key=lambda m: (m.end, m.length), default=None)

    found: list[tuple[Any, int, Any, int]] = []     # the body, where it is printed, the works' mention, the end
    for match in after_body.finditer(draft.s):
        for body_m in bodies_before(match.start()):
            found.append((draft.entity_of[id(body_m)], body_m.start, works(body_m.start, match.end()), match.end()))
    for match in before_body.finditer(draft.s):
        bodies, end = _host_list(draft, starts, match.end(), rule["joins"])
        thing_m = works(match.start(), None) if bodies else None
        found += [(body, match.start(), thing_m, end) for body in bodies]
    for body, start, thing_m, end in found:
        thing = draft.entity_of.get(id(thing_m)) if thing_m is not None else None
        if thing is None or body is thing:
            continue
        predicate = rule["predicate"] if draft.is_a(thing, "Project") else rule["place_predicate"]
        draft.add_fact(body, predicate, thing, (min(start, thing_m.start), max(end, thing_m.end)),
                       rule["id"], rule["confidence"])


def located_at(draft: Any) -> None:
    """位于Y的X and X位于Y: X lies in Y (the last place of the chain printed after the word); an area is part of
    an area (岳堡村隶属于…唐王街道)."""
    rule = draft.rules["context"]["located_at"]
    starts, ends = _mentions_at(draft, "start"), _mentions_at(draft, "end")

    def place_chain(pos: int) -> tuple[Any, Any] | None:
        """The last place of the chain of place names starting at ``pos``, and its mention."""
        found = None
        while True:
            nxt = next((m for m in starts.get(pos, []) if _entity_if(draft, m, "Place") is not None), None)
            if nxt is None:
                return found
            found, pos = (draft.entity_of[id(nxt)], nxt), nxt.end

    for word in rule["words"]:
        for match in re.finditer(re.escape(word), draft.s):
            chain = place_chain(match.end())
            if chain is None:
                continue
            place, place_m = chain
            thing_m = None
            join = next((j for j in rule["joins"] if draft.s.startswith(j, place_m.end)), None)
            if join is not None:        # 位于Y的X
                thing_m = next(iter(sorted(starts.get(place_m.end + len(join), []), key=lambda m: -m.length)), None)
                span = (match.start(), thing_m.end) if thing_m is not None else None
            else:                       # X位于Y, X正式落户Y: an adverb of up to `gap` characters may stand between
                thing_m = next((m for k in range(rule["gap"] + 1)
                                for m in sorted(ends.get(match.start() - k, []), key=lambda m: -m.length)
                                if unbroken(draft.s[match.start() - k:match.start()])), None)
                span = (thing_m.start, place_m.end) if thing_m is not None else None
            thing = draft.entity_of.get(id(thing_m)) if thing_m is not None else None
            if thing is None or thing is place:
                continue
            if draft.is_a(thing, "AdministrativeArea"):     # 岳堡村隶属于…唐王街道: an area is part of an area
                higher = _rank(draft, thing, rule) < _rank(draft, place, rule)
                if draft.is_a(place, "AdministrativeArea") and (word in rule["area_words"] or higher):
                    draft.add_fact(thing, rule["part_of"], place, span, f"{rule['id']}.area", rule["confidence"])
                elif not draft.is_a(place, "AdministrativeArea") and word not in rule["area_words"]:
                    # a part of a town or a landmark (北大街社区位于老城区, 扁牙村地处新州河): the area lies there
                    draft.add_fact(thing, rule["predicate"], place, span, rule["id"], rule["confidence"])
                continue
            if draft.is_a(thing, "Place") or draft.is_a(thing, "Organization") or draft.is_a(thing, "Event"):
                draft.add_fact(thing, rule["predicate"], place, span, rule["id"], rule["confidence"])


def _rank(draft: Any, area: Any, rule: dict[str, Any]) -> float:
    """The rank of an administrative area (``located_at.ranks``; an area of no ranked class ranks above all)."""
    return min((n for cls, n in rule["ranks"].items() if draft.is_a(area, cls)), default=float("inf"))


def where_things_are(draft: Any) -> None:
    """Where things lie by a verb: 位于, 隶属于, 落户 (:func:`located_at`), then 在Y正式启用 (:func:`opened_in`)."""
    located_at(draft)
    opened_in(draft)


def opened_in(draft: Any) -> None:
    """X在Y正式启用 (投用, 开业, 揭牌 …): facility X, printed right before 在, lies in place Y (the last of a chain of
    places printed from 在 up to the verb and its adverb)."""
    rule = draft.rules["context"]["opened_in"]
    ends = _mentions_at(draft, "end")
    for match in scanning(rule["pattern"]).finditer(draft.s):
        at = match.start() + 1
        first = next((m for m in draft.starting_in(at, at + 1) if _entity_if(draft, m, "Place") is not None), None)
        if first is None:
            continue
        last, place = draft.chain_end(first, draft.entity_of[id(first)], match.end(1))
        thing_m = max(ends.get(match.start(), []), key=lambda m: m.length, default=None)
        thing = _entity_if(draft, thing_m, *rule["things"]) if thing_m is not None else None
        if last.end == match.end(1) and thing is not None and thing is not place:
            draft.add_fact(thing, rule["predicate"], place, (thing_m.start, match.end()), rule["id"],
                           rule["confidence"])


def later_context(draft: Any) -> None:
    """The context rules that read the facts and names the others found: what places and bodies have
    (``holdings``), what things are made of (``included``, ``shared_head_parts``), when things were set up
    (``founding_years``), whom a dateline's reporters work for (``dateline``), who took part in an event
    (``at_event``, ``attendance``, ``organized``, ``ceremony_acts``) and spoke at it (``speeches``), which awards
    are the grades of a contest named before them (``contest_grades``), which event a performance is part of
    (``programme_items``), who issued a document whose title a body's name stands before (``title_issuers``), the
    bodies listed with a deed's subject (``co_subjects``), the partners named after 与 (``partners_with``), the areas
    aid is sent to (``aid_to``) and the partners of a deed (``partners``, last: it copies the facts the others
    made)."""
    holdings(draft)
    included(draft)
    shared_head_parts(draft)
    founding_years(draft)
    dateline(draft)
    at_event(draft)
    attendance(draft)
    organized(draft)
    scenes(draft)
    ceremony_acts(draft)
    speeches(draft)
    contest_grades(draft)
    programme_items(draft)
    title_issuers(draft)
    co_subjects(draft)
    partners_with(draft)
    aid_to(draft)
    partners(draft)


def holdings(draft: Any) -> None:
    """珠海共有长者饭堂235家, 平班镇…下辖17个行政村, 领导小组,下设11个工作组: what a place has is part of it (a lower
    area) or lies in it; a body a body sets up is its sub-organization."""
    rule = draft.rules["context"]["holdings"]
    count = _count_pattern(draft)
    for verb in rule["verbs"]:
        for match in re.finditer(re.escape(verb), draft.s):
            owner = _holder_before(draft, match.start())
            counted = count.match(draft.s, match.end())
            at = counted.end() if counted else match.end()
            # 现有社区科普e站8个: the thing named before its count, not the figure read from the same words
            thing_m = next((m for m in draft.starting_in(at, at + 1) if (e := draft.entity_of.get(id(m))) is not None
                            and not draft.is_a(e, "Indicator")), None)
            thing = draft.entity_of.get(id(thing_m)) if thing_m is not None else None
            if owner is None or thing is None or thing is owner:
                continue
            span, conf = (match.start(), thing_m.end), rule["confidence"]
            if draft.is_a(owner, "Organization") and not draft.is_a(owner, "AdministrativeArea"):
                if draft.is_a(thing, "Organization"):
                    draft.add_fact(thing, rule["sub"], owner, span, rule["id"], conf)
            elif draft.is_a(thing, "AdministrativeArea"):
                draft.add_fact(thing, rule["part"], owner, span, rule["id"], conf)
            elif any(draft.is_a(thing, c) for c in rule["things"]):
                draft.add_fact(thing, rule["located"], owner, span, rule["id"], conf)


def _holder_before(draft: Any, pos: int) -> Any:
    """The place or body named last before ``pos`` in its sentence."""
    sent_start, _ = draft.sentence_of(pos)
    for m in reversed(draft.starting_in(sent_start, pos)):
        if m.end <= pos and (ent := _entity_if(draft, m, "Place", "Organization")) is not None:
            return ent
    return None


def programme_items(draft: Any) -> None:
    """公益歌曲《光芒》, 舞蹈《礼物》: an item of a programme is part of (subEventOf) the last other event named
    before it."""
    rule = draft.rules["context"]["programme_items"]
    named = sorted(((m.start, m.end, e) for e in draft.entities.values() if draft.is_a(e, "Event")
                    and e.rule not in rule["item_rules"] for m in e.mentions), key=lambda t: t[:2])
    for ent in draft.entities.values():
        if ent.rule not in rule["item_rules"]:
            continue
        first = _first_mention(ent)
        host = next((e for start, end, e in reversed(named) if end <= first.start), None)
        if host is not None:
            draft.add_fact(ent, rule["predicate"], host, (first.start, first.end), rule["id"], rule["confidence"])


def contest_grades(draft: Any) -> None:
    """A story of one contest (…選拔, …大赛) whose awards are its grades (卓越獎, 优等奖, 一等奖): each grade named
    after the contest is a component of it; the quote is the grade's first mention."""
    rule = draft.rules["context"]["contest_grades"]
    contests = [e for e in draft.entities.values() if draft.is_a(e, "Contest")]
    if len(contests) != 1:
        return
    contest, named_at = contests[0], _first_mention(contests[0]).start
    for ent in draft.entities.values():
        if draft.is_a(ent, "Award") and not draft.is_a(ent, "AwardConferral") and ent.key.endswith(
                tuple(rule["grades"])):
            first = _first_mention(ent)
            if first.start > named_at:     # the contest is named first
                draft.add_fact(contest, rule["predicate"], ent, (first.start, first.end), rule["id"],
                               rule["confidence"])


def included(draft: Any) -> None:
    """X包括A、B和C, X由Y组成, X,涵盖A、B: X has each listed item as a component."""
    rule = draft.rules["context"]["included"]
    count = _count_pattern(draft)
    ends = _mentions_at(draft, "end")
    for verb in rule["verbs"]:
        for match in re.finditer(re.escape(verb), draft.s):
            at = match.start()
            if verb in rule["after_comma"] and draft.s[at - 1:at] in ("，", ","):
                at -= 1         # …开展系列“我为群众办实事”实践活动,涵盖关爱孤寡老人、…: the name before the comma
            whole_m = next((m for m in ends.get(at, []) if _entity_if(draft, m, *rule["whole_classes"])), None)
            if whole_m is None:
                continue
            closing = rule["closing"].get(verb)
            if closing:     # 由…组成: the list ends right before the closing word
                close = draft.s.find(closing, match.end(), match.end() + rule["max_closing_gap"])
                items = _listed_before(draft, close, rule["joins"]) if close > 0 and unbroken(
                    draft.s[match.end():close]) else []
            else:
                items = _listed(draft, match.end(), rule, count)
                if items and at < match.start() and re.match(rule["topics_after"], draft.s[items[-1].end:]):
                    continue    # …,涵盖A、B等多个方面: the topics the work turns on, no parts of it
            whole = draft.entity_of[id(whole_m)]
            for item in items:
                ent = draft.entity_of[id(item)]
                if at < match.start() and not any(draft.is_a(ent, c) for c in whole.classes) and not (
                        draft.terms.is_any(whole.classes, tuple(rule["works"]))
                        and draft.terms.is_any(ent.classes, tuple(rule["works"]))):
                    continue    # after the comma, parts of the whole's kind only (據點，包含…協會: its bodies)
                if not any(draft.is_a(ent, c) for c in rule["not_item_classes"]):
                    draft.add_fact(whole, rule["predicate"], ent, (whole_m.start, item.end), rule["id"],
                                   rule["confidence"])


def shared_head_parts(draft: Any) -> None:
    """空巢、留守、独居老人 … 为老人提供午餐: the groups a list of modifiers names with a shared head word are parts of
    the group the head names alone, when the article names it (``context.shared_head_parts``)."""
    rule = draft.rules["context"]["shared_head_parts"]
    by_label = {e.label: e for e in draft.entities.values() if draft.is_a(e, "PersonGroup")}
    listed = [m for m in draft.mentions if m.rule == draft.rules["people"]["shared_heads"]["id"]]
    for first in listed:
        if any(m.end + 1 == first.start for m in listed):
            continue        # not the first modifier of its list
        items, m = [first], first
        while draft.s[m.end:m.end + 1] == "、" and (nxt := next(
                (x for x in draft.starting_in(m.end + 1, m.end + 2) if draft.entity_of.get(id(x)) is not None
                 and draft.is_a(draft.entity_of[id(x)], "PersonGroup")), None)) is not None:
            items.append(nxt)
            m = nxt
        whole = by_label.get(draft.quote(*first.extra["head"]))     # the head the modifiers share (老人)
        if whole is None or len(items) < 2:
            continue
        for item in items:
            part = draft.entity_of[id(item)]
            if part is not whole:
                draft.add_fact(whole, rule["predicate"], part, (first.start, items[-1].end), rule["id"],
                               rule["confidence"])


def _listed(draft: Any, at: int, rule: dict[str, Any], count: re.Pattern[str]) -> list[Any]:
    """The names listed from ``at`` on (a place and a count before the first are skipped: 东西湖区12个…)."""
    place = next((m for m in draft.starting_in(at, at + 1) if _entity_if(draft, m, "AdministrativeArea")), None)
    if place is not None:
        at = place.end
    counted = count.match(draft.s, at)
    at = counted.end() if counted else at
    items = []
    while True:
        item = max((m for m in draft.starting_in(at, at + 1) if draft.entity_of.get(id(m)) is not None),
                   key=lambda m: m.length, default=None)
        if item is None:
            return items
        items.append(item)
        join = next((j for j in rule["joins"] if draft.s.startswith(j, item.end)), None)
        if join is None:
            return items
        at = item.end + len(join)


def _listed_before(draft: Any, end: int, joins: list[str] | str, classes: tuple[str, ...] = (), *,
                   whole: Any = None) -> list[Any]:
    """The names listed up to ``end`` (A、B和C组成), last first, each item with its places and a person's body
    (:func:`_item_start`); with ``classes``, the list ends at a name of another kind; ``whole`` (the entity the list
    makes up) is passed over."""
    ends = _mentions_at(draft, "end")
    items = []
    while True:
        item = max((m for m in ends.get(end, []) if (_entity_if(draft, m, *classes) if classes
                                                     else draft.entity_of.get(id(m))) is not None),
                   key=lambda m: m.length, default=None)
        if item is None:
            return items
        if draft.entity_of[id(item)] is not whole:
            items.append(item)
        start = _item_start(draft, ends, item)
        join = next((j for j in joins if draft.s.endswith(j, 0, start)), None)
        if join is None:
            return items
        end = before_note(draft.s, start - len(join))     # 胡秀芝(已故)、薛军毅: over the note


def dateline(draft: Any) -> None:
    """湖北日报讯(记者李光正…): the reporters of a dateline's brackets are members of the outlet named before 讯 (and
    the people of a bracket that ends with 报道: 中国报道讯(邓小保 蒋伟伟 报道)); so is a reporter whose byline word
    follows an outlet's name (中央社記者黃旭昇)."""
    rule = draft.rules["context"]["dateline"]
    ends = _mentions_at(draft, "end")
    for match in re.finditer(rule["word"] + f"[{rule['spaces']}]*[（(]([^)）\n]*)[)）]", draft.s):     # 本报讯 (记者…)
        outlet, outlet_m = next(((ent, m) for k in range(rule["max_gap"] + 1) for m in ends.get(match.start() - k, [])
                                 if (ent := _entity_if(draft, m, "Organization")) is not None), (None, None))
        if outlet is None:
            continue
        reported = match.group(1).rstrip(rule["spaces"]).endswith(tuple(rule["reported"]))
        for m in draft.starting_in(match.start(1), match.end(1)):
            reporter = _entity_if(draft, m, *rule["reporter_classes"], *(["Person"] if reported else []))
            if reporter is not None and m.end <= match.end(1):      # quoted from the outlet to the reporter
                draft.add_fact(reporter, rule["predicate"], outlet, (outlet_m.start, m.end), rule["id"],
                               rule["confidence"])
    for m in draft.role_mentions:       # 中央社記者黃旭昇: the outlet printed right before the byline word
        reporter = _entity_if(draft, m, *rule["reporter_classes"])
        at = m.extra["role_start"]
        while at > 0 and draft.s[at - 1] in rule["spaces"]:    # (剑阁县融媒体中心 记者 张涛): spaces between
            at -= 1
        desk = re.search(rule["desk"], draft.s[max(0, at - 12):at])     # 四川新闻网-首屏新闻记者: over the desk
        outlet_m = next((o for o in ends.get(at, []) + (ends.get(at - len(desk.group(0)), []) if desk else [])
                         if _entity_if(draft, o, "Organization")), None) or next(
            (o for o in draft.starting_in(at, at + 1) if o.end < at + len(m.extra["role"])
             and _entity_if(draft, o, "Organization")), None)   # 本报记者 李向雄 熊明: the outlet opens the byline word
        if reporter is not None and outlet_m is not None:
            draft.add_fact(reporter, rule["predicate"], draft.entity_of[id(outlet_m)], (outlet_m.start, m.end),
                           rule["id"], rule["confidence"])
    _editors(draft, rule)


def _editors(draft: Any, rule: dict[str, Any]) -> None:
    """（編輯：李亨山）: the editors credited work for the outlet the story's reporters work for, when there is one,
    else for the outlet the dateline names (大西北网讯)."""
    outlets = {f["o"] for f in draft.facts if f["p"] == rule["predicate"] and f.get("method") == rule["id"]}
    if not outlets:         # 大西北网讯 …(责任编辑:苏玉梅): no reporter named, the outlet of the dateline
        outlets = {e.id for m in draft.mentions if re.match(rule["word"], draft.s[m.end:m.end + 1])
                   and (e := _entity_if(draft, m, "Organization")) is not None}
    if len(outlets) != 1:
        return
    outlet = next(e for e in draft.entities.values() if e.id in outlets)
    for m in draft.role_mentions:
        editor = draft.entity_of.get(id(m))
        if editor is not None and m.rule == rule["editor_rule"] and \
                m.extra["role"].rstrip("：:/／") in rule["editor_words"]:
            draft.add_fact(editor, rule["predicate"], outlet, (m.extra["role_start"], m.end), rule["editor_id"],
                           rule["editor_confidence"])


def title_issuers(draft: Any) -> None:
    """国务院《关于…的指导意见》: the body printed right before a document's 《title》, and those listed before it
    (省委办公厅、省政府办公厅《…》), issued it (``context.title-issuer``)."""
    rule = draft.rules["context"]["title_issuer"]
    issuers = tuple(rule["issuers"])
    for m in draft.mentions:
        if not draft.s.startswith("《", m.start) or _entity_if(draft, m, *rule["documents"]) is None:
            continue
        for body_m in _listed_before(draft, m.start, rule["joins"], issuers):
            draft.add_fact(draft.entity_of[id(body_m)], rule["predicate"], draft.entity_of[id(m)],
                           (body_m.start, m.end), rule["id"], rule["confidence"])


def co_subjects(draft: Any) -> None:
    """区民政局和区残联开展助残活动: the bodies listed right before a fact's subject do what it does."""
    rule = draft.rules["context"]["co_subjects"]
    joins, classes = rule["joins"], tuple(rule["classes"])
    by_id = draft.entities_by_id()
    facts: dict[str, list[dict[str, Any]]] = {}
    for fact in draft.facts:
        if fact["p"] in rule["predicates"] and "o" in fact:
            facts.setdefault(fact["s"], []).append(fact)
    for m in draft.mentions:
        subject = draft.entity_of.get(id(m))
        if subject is None or subject.id not in facts:
            continue
        join = next((j for j in joins if draft.s.endswith(j, 0, m.start)), None)
        own = [f for f in facts[subject.id] if draft.s.startswith(f["quote"], m.start)] if join else []
        if not own or _entity_if(draft, m, *classes) is None:
            continue
        items = _listed_before(draft, m.start - len(join), joins, classes)
        for item in items:
            listed = draft.entity_of[id(item)]
            for fact in own:
                draft.add_fact(listed, fact["p"], by_id[fact["o"]], (item.start, m.start + len(fact["quote"])),
                               rule["id"], rule["confidence"])
        # …监管局在全市推行…，联合市教育局、市卫健委印发《…》: a clause that opens with 联合 is its sentence's
        # subject's deed, done with the bodies listed (``co_subjects.clause_leads``)
        first = min((i.start for i in items), default=m.start)
        lead = next((w for w in rule["clause_leads"] if draft.s.endswith(w, 0, first)), None)
        if lead is None or draft.s[first - len(lead) - 1:first - len(lead)] not in rule["clause_breaks"]:
            continue
        opener, _ = draft._clause_subject(first - len(lead) - 1)
        if opener is None or opener is subject or not any(draft.is_a(opener, c) for c in classes):
            continue
        for fact in own:
            draft.add_fact(opener, fact["p"], by_id[fact["o"]], (first - len(lead), m.start + len(fact["quote"])),
                           rule["id"], rule["confidence"])


def partners(draft: Any) -> None:
    """X联合Y举办Z: Y hosts Z too (each fact of X whose quote holds X联合Y is also Y's)."""
    rule = draft.rules["context"]["partners"]
    starts = _mentions_at(draft, "start")
    by_id = draft.entities_by_id()
    for m in draft.mentions:
        join = next((j for j in rule["joins"] if draft.s.startswith(j, m.end)), None)
        lead = _entity_if(draft, m, "Organization") if join else None     # the cheap test first
        after = starts.get(m.end + len(join), []) if lead is not None else []
        partner_m = next((p for p in after if _entity_if(draft, p, *rule["partner_classes"])), None)
        if partner_m is None:
            continue
        partner, joined = draft.entity_of[id(partner_m)], draft.s[m.start:partner_m.end]
        for fact in [f for f in draft.facts if f["s"] == lead.id and f["p"] in rule["predicates"] and "o" in f]:
            at = draft.s.rfind(fact["quote"], 0, m.start + len(fact["quote"]))
            if joined in fact["quote"] and at >= 0:
                draft.add_fact(partner, fact["p"], by_id[fact["o"]], (at, at + len(fact["quote"])), rule["id"],
                               rule["confidence"])


def partners_with(draft: Any) -> None:
    """市红十字会与市慈善总会签约 / 区民政局将加强与成都理工大学、驭行公司的合作: the body a clause names last before 与
    is a partner of each body listed right after it, when a word of partnering follows the list in the clause."""
    rule = draft.rules["context"]["partners_with"]
    starts = _mentions_at(draft, "start")
    word = re.compile(rule["words"])
    for match in re.finditer("|".join(map(re.escape, rule["joins"])), draft.s):
        partners, at = _host_list(draft, starts, match.end(), rule["list_joins"])
        if not partners:        # 猎德街道与荔波县玉屏街道水浦村结对帮扶, 昆山市与碧江区、张家港市与沿河县等签订…
            partners, at = _place_partners(draft, starts, match.end(), rule)
        found = word.match(draft.s, at) if partners else None
        if found is None or any(m.start < found.end(1) and found.start(1) < m.end
                                for m in draft.starting_in(max(0, found.start(1) - 30), found.end(1))):
            continue            # 与…农民专业合作社: the word inside a name partners nothing
        clause_start = draft._clause_start(match.start(), draft.sentence_of(match.start())[0], CLAUSE_END)
        lead = _last_in(draft, clause_start, match.start(), rule["classes"])
        if lead is None or rule["passive"] in draft.s[clause_start:lead.start]:
            continue            # 由A与B共同携手打造: co-hosts of what the clause names (hosted_by reads them)
        for partner in partners:
            draft.add_fact(draft.entity_of[id(lead)], rule["predicate"], partner, (lead.start, found.end()),
                           rule["id"], rule["confidence"])


def _place_chain(draft: Any, starts: dict[int, list[Any]], at: int, classes: tuple[str, ...]) -> Any:
    """The last place of the chain of places printed from ``at`` (荔波县玉屏街道水浦村: 水浦村), else None."""
    last = None
    while (m := max((m for m in starts.get(at, []) if _entity_if(draft, m, *classes)), key=lambda m: m.length,
                    default=None)) is not None:
        last, at = m, m.end
    return last


def _place_partners(draft: Any, starts: dict[int, list[Any]], at: int, rule: dict[str, Any]) -> tuple[list[Any], int]:
    """The areas listed from ``at`` as partners (the last place of each chain), and where the list ends: a pair
    listed after them (、张家港市与沿河土家族自治县) is read on its own 与 and skipped here (``place_partners``)."""
    classes, joins = tuple(rule["place_partners"]), tuple(rule["joins"])
    first = _place_chain(draft, starts, at, classes)
    if first is None:
        return [], at
    partners, pos = [draft.entity_of[id(first)]], first.end
    while (join := next((j for j in rule["list_joins"] if draft.s.startswith(j, pos)), None)) is not None:
        item = _place_chain(draft, starts, pos + len(join), classes)
        if item is None:
            break
        pair = next((j for j in joins if draft.s.startswith(j, item.end)), None)
        other = _place_chain(draft, starts, item.end + len(pair), classes) if pair else None
        if other is not None:
            pos = other.end     # a pair of its own, read at its 与
            continue
        partners.append(draft.entity_of[id(item)])
        pos = item.end
    return partners, pos + (1 if draft.s.startswith("等", pos) else 0)


def aid_to(draft: Any) -> None:
    """苏州市向铜仁市拨付财政援助资金5.2亿元, 为水浦村捐赠…: the body or area a clause names last before 向 (or 为, 给)
    serves the area printed right after it (the last place of a chain), when a verb of sending aid follows within a
    few characters (context.yaml ``aid_to``)."""
    rule = draft.rules["context"]["aid_to"]
    starts = _mentions_at(draft, "start")
    verbs = _word_pattern(tuple(rule["verbs"]), f"[^，,。；;：:！？!?\n]{{0,{int(rule['max_gap'])}}}?")
    for match in _word_pattern(tuple(rule["words"])).finditer(draft.s):
        area = _place_chain(draft, starts, match.end(), tuple(rule["areas"]))
        if area is None or verbs.match(draft.s, area.end) is None:
            continue
        clause_start = draft._clause_start(match.start(), draft.sentence_of(match.start())[0], CLAUSE_END)
        lead = _last_in(draft, clause_start, match.start(), rule["helpers"])
        helped = draft.entity_of[id(area)]
        if lead is None or draft.entity_of[id(lead)] is helped:
            continue
        draft.add_fact(draft.entity_of[id(lead)], rule["predicate"], helped, (lead.start, area.end), rule["id"],
                       rule["confidence"])


def attendance(draft: Any) -> None:
    """李成等领导出席活动: the people a sentence names before a word of attending took part in the event after it,
    or in the story's main event when the word names none."""
    rule = draft.rules["context"]["attendance"]
    events, listed_after = _story_events(draft, rule), re.compile(rule["listed_after"])
    for match in re.finditer("|".join(map(re.escape, rule["words"])), draft.s):
        at = match.end()
        at += next((len(w) for w in rule["skip"] if draft.s.startswith(w, at)), 0)
        named = next((e for m in draft.starting_in(at, at + 1) if (e := _entity_if(draft, m, "Event")) is not None),
                     None)
        general = draft.s.startswith(tuple(rule["general"]), at) or at >= len(draft.s) or draft.s[at] in CLAUSE_END
        sent_start, sent_end = draft.sentence_of(match.start())
        if named is None and match.group() in rule["gathered"]:     # …座谈会在此举行,20余名…代表齐聚一堂
            last = _last_in(draft, sent_start, match.start(), ("Event",))
            named = draft.entity_of[id(last)] if last is not None else None
        event = named if named is not None else events[0][1] if general and events and events[0][0] < at else None
        if event is None:
            continue
        if named is not None and _relative_attendance(draft, rule, event, at, match.start()):
            continue        # 会见了刚刚从南京参加完…表彰大会的9位江苏省劳动模范: those after 的 took part
        listing = listed_after.match(draft.s, at)
        for m in draft.starting_in(listing.end(), sent_end) if listing is not None else []:
            if (agent := _entity_if(draft, m, *rule["agent_classes"])) is not None:       # 出席是次会议还包括:A、B
                draft.add_fact(agent, rule["predicate"], event, (match.start(), m.end), rule["id"], rule["confidence"])
        for m in draft.starting_in(sent_start, match.start()):
            agent = _entity_if(draft, m, *rule["agent_classes"])
            opens = min(m.start, m.extra.get("role_start") or m.start)       # 縣長楊文科: the post opens the name
            if agent is None or m.end > match.start() or draft.s.endswith(tuple(rule["not_after"]), 0, opens):
                continue
            draft.add_fact(agent, rule["predicate"], event, (m.start, match.end()), rule["id"], rule["confidence"])
        for m in _represented(draft, rule, sent_start, match.start()):
            draft.add_fact(draft.entity_of[id(m)], rule["predicate"], event, (m.start, match.end()), rule["id"],
                           rule["confidence"])


def _relative_attendance(draft: Any, rule: dict[str, Any], event: Any, at: int, word_at: int) -> bool:
    """参加完…表彰大会的9位江苏省劳动模范: a word of attending, its event and 的 describe the people named right after
    them (a count before them skipped), who took part; the people before the word did not. True when so read."""
    event_m = next((m for m in draft.starting_in(at, at + 1) if draft.entity_of.get(id(m)) is event), None)
    if event_m is None or not draft.s.startswith(rule["relative"], event_m.end):
        return False
    after = event_m.end + len(rule["relative"])
    counted = re.compile(rule["relative_count"]).match(draft.s, after)
    for m in draft.starting_in(counted.end() if counted else after, (counted.end() if counted else after) + 1):
        if (agent := _entity_if(draft, m, *rule["agent_classes"])) is not None:
            draft.add_fact(agent, rule["predicate"], event, (word_at, m.end), rule["id"], rule["confidence"])
    return True


def organized(draft: Any) -> None:
    """白鹤岭社区组织志愿者开展垃圾分类入户宣传活动: the people and groups a body organises to do or join an event,
    named between the word of organising and the verb in one clause, take part in the event right after the verb."""
    rule = draft.rules["context"]["organized"]
    verbs = re.compile("(?:" + "|".join(map(re.escape, rule["together"])) + ")?(?:"
                       + "|".join(map(re.escape, rule["verbs"])) + ")(?:" + "|".join(rule["done"]) + ")?")
    for match in re.finditer("|".join(map(re.escape, rule["words"])), draft.s):
        if draft.spans.holding(match.start(), match.end()) or draft.s.startswith(tuple(rule["noun_before"]),
                                                                                   match.end()):
            continue        # 组织部一同开展…: the word is part of a name; 共青团组织和…: a noun
        end = next((i for i in range(match.end(), min(len(draft.s), match.end() + rule["max_gap"]))
                    if draft.s[i] in CLAUSE_END), match.end() + rule["max_gap"])
        verb = next((v for v in verbs.finditer(draft.s, match.end(), end)
                     if not draft.spans.holding(v.start(), v.end())), None)
        if verb is None:
            continue
        event = next((e for m in draft.starting_in(verb.end(), verb.end() + 1)
                      if (e := _entity_if(draft, m, "Event")) is not None), None)
        agents = [a for m in draft.starting_in(match.end(), verb.start())
                  if m.end <= verb.start() and (a := _entity_if(draft, m, *rule["agents"])) is not None]
        for agent in agents if event is not None else []:
            draft.add_fact(agent, rule["predicate"], event, (match.start(), verb.end()), rule["id"],
                           rule["confidence"])


def scenes(draft: Any) -> None:
    """活动当天,社区工作人员为…2名孤寡老人发放了爱心就餐卡: a sentence that opens with a word for the scene of an event
    (``scene``) tells of the last event named before it whose name ends as the word says: the people who open the
    deed took part in it, and the group it is done for (为G…) is served by it."""
    rule, serving = draft.rules["context"]["scene"], draft.rules["context"]["provided_for"]
    count = _count_pattern(draft)
    events = [m for m in draft.event_mentions if _entity_if(draft, m, "Event") is not None
              and not draft.entity_of[id(m)].label.endswith(tuple(rule["not_events"]))]
    opening = re.compile(f"(?:^|(?<=[。！？!?\n]))[ 　]*(?P<w>{'|'.join(sorted(rule['words'], key=len, reverse=True))})"
                         "[,，]?", re.M)
    for match in opening.finditer(draft.s):
        endings = tuple(next((v for k, v in rule["kinds"].items() if match.group("w").startswith(k)), []))
        named = [m for m in events if m.end <= match.start() and draft.entity_of[id(m)].label.endswith(endings)]
        if not named:
            continue
        event = draft.entity_of[id(max(named, key=lambda m: (m.end, m.length)))]
        _, sent_end = draft.sentence_of(match.end())
        for m in (x for x in _listed(draft, match.end(), rule, count) if _entity_if(draft, x, *rule["agents"])):
            draft.add_fact(draft.entity_of[id(m)], rule["took_part"], event, (match.start(), m.end), rule["id"],
                           rule["confidence"])
        for group_m, group in _mentions_of(draft, "PersonGroup"):
            lead = _group_lead(draft, group_m.start, serving) if match.end() < group_m.start < sent_end else -1
            if lead > 0 and draft.s.endswith(tuple(serving["before"]), 0, lead):
                draft.add_fact(event, serving["predicate"], group, (match.start(), group_m.end), rule["id"],
                               rule["confidence"])


def _represented(draft: Any, rule: dict[str, Any], start: int, end: int) -> list[Any]:
    """区卫生健康局、区财政局等部门负责人 / 二仙桥街道、保和街道分管负责同志: the bodies and places listed right
    before a word for their people (``represented``) within ``start:end``, whose people attend."""
    people, classes, starts = re.compile(rule["represented"]), tuple(rule["body_classes"]), _mentions_at(draft, "start")
    found = []
    for m in draft.starting_in(start, end):
        word = people.match(draft.s, m.end) if m.end < end and _entity_if(draft, m, *classes) is not None else None
        if word is None or any(_entity_if(draft, p, "Person") for p in starts.get(word.end(), [])):
            continue            # 温州晚报雪君工作室负责人郑雪君: a post before a name, the person attends
        listed = _listed_before(draft, m.end, rule["list_joins"], classes) or [m]
        first = min(item.start for item in listed)
        kind = next((k for k in rule["kinds"] if draft.s.endswith(k, 0, first)), None)
        if kind is None:
            found += listed     # 各区县民政局领导: bodies of a kind, none named
            continue
        join = next((j for j in rule["list_joins"] if draft.s.endswith(j, 0, first - len(kind))), None)
        if join is not None and word.group().startswith(tuple(rule["counts"])):
            # A、B及各社区防汛队伍共120余人: the bodies named before those of a kind send a count of people
            found += _listed_before(draft, first - len(kind) - len(join), rule["list_joins"], classes)
    return found


def ceremony_acts(draft: Any) -> None:
    """主任肖扬凡为…服务站揭牌 / 谢文辉宣读了… / 陈刚主持会议: who a clause names before an act done at a ceremony or
    meeting (``acts``) took part in the event named right after the act, else in the story's main event."""
    rule = draft.rules["context"]["attendance"]
    events = _story_events(draft, rule)
    for match in re.finditer(rule["acts"], draft.s):
        named = next((e for m in draft.starting_in(match.end(), match.end() + 3)
                      if (e := _entity_if(draft, m, "Event")) is not None), None)
        event = named if named is not None else events[0][1] if events and events[0][0] < match.start() else None
        if event is None:
            continue
        clause_start = draft._clause_start(match.start(), draft.sentence_of(match.start())[0], CLAUSE_END)
        for m in draft.starting_in(clause_start, match.start()):
            agent = _entity_if(draft, m, *rule["agent_classes"])
            if agent is not None and m.end <= match.start() and not draft.s.endswith(tuple(rule["not_after"]), 0,
                                                                                       m.start):
                draft.add_fact(agent, rule["predicate"], event, (m.start, match.end()), rule["id"],
                               rule["confidence"])


def _story_events(draft: Any, rule: dict[str, Any]) -> list[tuple[int, Any]]:
    """The events the story names, each with where it is first named, in that order; a day observed (…慈善日) is
    none of them, a festival held (第三届…文化节) is."""
    ends, held = tuple(rule["not_main"]), tuple(rule["festivals"])
    return sorted(((min(m.start for m in e.mentions), e) for e in draft.entities.values()
                   if draft.is_a(e, "Event") and e.mentions
                   and (not (name := e.label.strip("“”「」")).endswith(ends) or name.endswith(held) or "届" in name)),
                  key=lambda pair: pair[0])


def speeches(draft: Any) -> None:
    """王伟出席并致辞 / 肖伟在讲话中指出 / 新嘉街道、凤桥镇作典型发言: the person named last before a word of speaking
    (a body or place right before it), and those listed with it, in a sentence that names no event before the word,
    spoke at the story's main event (the first gathering it names, named before the word)."""
    rule = draft.rules["context"]["speeches"]
    trigger = next((t for t in draft.rules["relations"]["triggers"] if t["id"] == rule["trigger"]), None)
    if trigger is None:
        return
    events = [(at, e) for at, e in _story_events(draft, rule)
              if not any(draft.is_a(e, c) for c in rule["not_events"])]
    for match in _word_pattern(tuple(trigger["words"] + rule["words"])).finditer(draft.s):
        if not events or events[0][0] >= match.start():
            continue
        sent_start, _ = draft.sentence_of(match.start())
        before = [m for m in draft.starting_in(sent_start, match.start()) if m.end <= match.start()]
        if any(_entity_if(draft, m, "Event") for m in before):
            continue            # 在座谈会上作交流发言: the event named before is the one (rel.spoke)
        speaker_m = max((m for m in before if _entity_if(draft, m, *rule["speakers"])), key=lambda m: m.end,
                        default=None)
        if speaker_m is None or (_entity_if(draft, speaker_m, "Person") is None
                                 and draft.s[speaker_m.end:match.start()] not in rule["body_gaps"]):
            continue            # a body or place speaks when named right before the word (凤桥镇作典型发言)
        listed = _listed_before(draft, speaker_m.end, rule["joins"], tuple(rule["speakers"])) or [speaker_m]
        for m in listed + _titled_before(draft, before, speaker_m, rule["titled_joins"]):
            draft.add_fact(draft.entity_of[id(m)], trigger["predicate"], events[0][1], (m.start, match.end()),
                           rule["id"], rule["confidence"])


def _titled_before(draft: Any, before: list[Any], last: Any, joins: list[str]) -> list[Any]:
    """苏州市委副书记、市长吴庆文,铜仁市委书记陈代军出席会议并讲话: the people listed before ``last`` (a person), each
    with the post (and the post's body) printed before the name, joined by one of ``joins`` (the comma of such a list
    too), in ``before``."""
    if _entity_if(draft, last, "Person") is None:
        return []
    people = sorted((m for m in before if _entity_if(draft, m, "Person") and m.extra.get("role_start") is not None),
                    key=lambda m: m.start)
    ends = _mentions_at(draft, "end")
    found, cur = [], last
    while cur.extra.get("role_start") is not None:
        opens = min(cur.start, cur.extra["role_start"])
        while (body := next((b for b in ends.get(opens, []) if b.start < opens
                             and _entity_if(draft, b, "Organization", "Place")), None)) is not None:
            opens = body.start      # 铜仁市委书记陈代军: the post's body opens the item
        prior = next((p for p in reversed(people) if p.end <= opens and draft.s[p.end:opens] in joins), None)
        if prior is None or prior.end > opens:
            break
        found.append(prior)
        cur = prior
    return found


def at_event(draft: Any) -> None:
    """启动仪式上,7家爱心企业现场认捐: who is named after an event and 上/中/现场 in its sentence took part in it."""
    rule = draft.rules["context"]["at_event"]
    words = tuple(rule["words"])
    for m, event in ((m, e) for m in draft.mentions if draft.s.startswith(words, m.end)
                     and (e := _entity_if(draft, m, "Event")) is not None):
        word = next(w for w in rule["words"] if draft.s.startswith(w, m.end))
        _, sent_end = draft.sentence_of(m.start)
        for other in draft.starting_in(m.end + len(word), sent_end):
            agent = _entity_if(draft, other, *rule["agent_classes"])
            if agent is not None and agent is not event:
                draft.add_fact(agent, rule["predicate"], event, (m.start, other.end), rule["id"], rule["confidence"])


def _heading_before(draft: Any, at: int, heading: re.Pattern[str]) -> tuple[int, int] | None:
    """The heading the numbered item at ``at`` comes under: the words before it on its line, or, when it opens its
    line, the line before; None unless the heading opens with a heading's number (（一）, 一、)."""
    s = draft.s
    start = s.rfind("\n", 0, at) + 1
    end = at
    if start == at:         # the item opens its line: the heading is the last line before it with words
        end = start - 1
        while end > 0 and s[end - 1] == "\n":
            end -= 1
        start = s.rfind("\n", 0, end) + 1
    return (start, end) if end > start and heading.match(s, start) else None


def _ordinal_item(draft: Any, pos: int, rule: dict[str, Any], wholes: tuple[str, ...]) -> tuple[Any, Any]:
    """The mention and the work an item numbered 一是, 二是 … names at ``pos``: the work that opens it, else the one
    right after a verb of doing that opens it (四是开展救助服务: 救助服务); (None, None) when there is none."""
    verb = next((v for v in rule["verbs"] if draft.s.startswith(v, pos)), "")
    for at in (pos, pos + len(verb)) if verb else (pos,):
        item = max(draft.starting_in(at, at + 1), key=lambda x: x.length, default=None)
        part = draft.entity_of.get(id(item)) if item is not None else None
        if part is not None and draft.terms.is_any(part.classes, wholes):
            return item, part
    return None, None


def ordinal_parts(draft: Any) -> None:
    """(一)…精准高效实施社会救助。一是完善政策保障。二是提高救助标准。: the works numbered 一是, 二是 … under a heading
    are components of the last work the heading names, also when a verb of doing opens the item (四是开展救助服务:
    救助服务) (``context.ordinal_parts``)."""
    rule = draft.rules["context"]["ordinal_parts"]
    heading, wholes = re.compile(rule["heading"]), tuple(rule["wholes"])
    parent, last, prev = None, 0, 0
    for m in re.finditer(rule["ordinal"], draft.s):
        n = _num(m.group(1))        # 一 → 1, 十二 → 12 (cn2an)
        if n == 1:
            head = _heading_before(draft, m.start(), heading)
            parent = None if head is None else next(
                (e for x in reversed(draft.starting_in(*head)) if x.end <= head[1]
                 and (e := draft.entity_of.get(id(x))) is not None and draft.terms.is_any(e.classes, wholes)), None)
        elif n != last + 1 or re.search("\n" + rule["heading"], draft.s[prev:m.start()]):
            parent = None       # another list, or a new heading between: the items no longer belong to it
        last, prev = n, m.end()
        item, part = _ordinal_item(draft, m.end(), rule, wholes)
        if parent is not None and part is not None and part is not parent:
            draft.add_fact(parent, rule["predicate"], part, (m.start(), item.end), rule["id"], rule["confidence"])


def coordinated(draft: Any) -> None:
    """A、B和C: what a fact says of one name of a list of names of one kind it says of each (晋中市…开展文明城市、文明
    村镇创建: each lies in 晋中市), when the fact was read where that name is printed (``context.coordinated``)."""
    rule = draft.rules["context"]["coordinated"]
    by_id = draft.entities_by_id()
    for fact in list(draft.facts):
        span = draft.fact_spans.get(id(fact))
        subject, obj = by_id.get(fact["s"]), by_id.get(str(fact.get("o")))
        if span is None or subject is None or obj is None or fact["p"] not in rule["predicates"]:
            continue
        inside = {e.id: [m for m in e.mentions if span[0] <= m.start and m.end <= span[1]] for e in (subject, obj)}
        for ent, other, forward in ((subject, obj, True), (obj, subject, False)):
            for m in inside[ent.id]:
                if not inside[other.id] or _crossed(m, inside[other.id]):
                    continue        # 金普新区、沙河口区民政局: a name inside the other's lists nothing of its own;
                    # nor does a fact whose other end is printed elsewhere
                for sib in _list_mates(draft, m, ent, rule):
                    mate = draft.entity_of[id(sib)]
                    if mate is other or _crossed(sib, other.mentions):
                        continue
                    quote = (min(span[0], sib.start), max(span[1], sib.end))
                    s, o = (mate, other) if forward else (other, mate)
                    draft.add_fact(s, fact["p"], o, quote, rule["id"], rule["confidence"])


def _crossed(m: Any, others: list[Any]) -> bool:
    """Whether any of ``others`` shares a character with ``m``."""
    return any(x.start < m.end and m.start < x.end for x in others)


def _list_mates(draft: Any, m: Any, ent: Any, rule: dict[str, Any]) -> list[Any]:
    """The names listed with ``m`` (joined by ``rule['joins']``) whose entities share a class with ``ent``."""
    joins, kinds = tuple(rule["joins"]), set(ent.classes)
    out, cur = [], m
    while (j := next((j for j in joins if draft.s.endswith(j, 0, cur.start)), None)) is not None:
        cur = max((x for x in draft.spans.ending(cur.start - len(j)) if (e := draft.entity_of.get(id(x))) is not None
                   and e is not ent and set(e.classes) & kinds), key=lambda x: x.length, default=None)
        if cur is None:
            break
        out.append(cur)
    cur = m
    while (j := next((j for j in joins if draft.s.startswith(j, cur.end)), None)) is not None:
        cur = max((x for x in draft.starting_in(cur.end + len(j), cur.end + len(j) + 1)
                   if (e := draft.entity_of.get(id(x))) is not None and e is not ent and set(e.classes) & kinds),
                  key=lambda x: x.length, default=None)
        if cur is None or _modifies_a_name(draft, cur.end, rule["modifies"]):
            break       # 土龍村…實踐站的南田紅色書吧、鹹六村新時代文明實踐站的油畫: the name opens a longer item
        out.append(cur)
    return out


def _modifies_a_name(draft: Any, pos: int, words: list[str]) -> bool:
    """Whether one of ``words`` (的) and a name the draft read follow ``pos``."""
    word = next((w for w in words if draft.s.startswith(w, pos)), None)
    return word is not None and any(id(x) in draft.entity_of for x in draft.starting_in(pos + len(word),
                                                                                         pos + len(word) + 1))
