"""Work phrases: the things a body does, read from a work verb and the words after it (rules/phrases.yaml)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from civickg.extract.recognize import Mention, _ordered
from civickg.extract.rules import Rules
from civickg.extract.scanning import scanning
from civickg.extract.spans import SpanIndex
from civickg.extract.text import Token, strip_leading

REUSE_FAMILIES = ("quoted", "document", "event", "award", "term")
NOT_OBJECT_CLASSES = ("Place", "Organization", "Person", "PersonGroup", "Indicator")


@dataclass
class WorkPhrase:
    """One work verb and the objects after it: each a mention (an earlier one, or a new phrase)."""

    verb_start: int
    verb_end: int
    rule: dict[str, Any]
    objects: list[Mention] = field(default_factory=list)
    goal: tuple[int, int] | None = None     # 以X推动Y: where Y is


class PhraseReader:
    """Compiled phrase rules; ``read()`` finds the work phrases of one text."""

    def __init__(self, rules: Rules) -> None:
        data = rules["phrases"]
        self.terms = rules.terms
        self.verbs = {w: r for r in data["verbs"] for w in r["words"]}
        self.verb_re = re.compile("|".join(re.escape(w) for w in _ordered(list(self.verbs)))) if self.verbs else None
        self.strip = _ordered(data["strip_start"])
        self.stop_chars = set(data["boundary_chars"])
        self.stop_re = re.compile("|".join(re.escape(w) for w in _ordered(data["boundary_words"])))
        self.boundary_kept = tuple(data["boundary_kept"])
        self.boundary_opened = tuple(data["boundary_opened"])
        self.time_after_verb = tuple(data["time_after_verb"])
        self.not_object_re = re.compile(f'(?:{data["not_object"]})|(?:{data["not_object_diseases"]})')
        self.min_len, self.max_len = int(data["min_length"]), int(data["max_length"])
        self.classes = data["classes"]
        self.default_class = data["default_class"]
        self.count_re = re.compile(data["count_pattern"])
        self.run_whole_re = re.compile(data["run_whole"])
        self.composed_re = re.compile(data["composed_of"])
        self.qualified_re = re.compile(data["qualified_by"])
        self.not_before = tuple(data["not_before"])
        self.not_after = tuple(data["not_after"])
        self.speeches = frozenset(data["speeches"])
        self.verb_adverbs = tuple(data["verb_adverbs"])
        self.work_heads = tuple(data["work_heads"])
        self.toward_re = re.compile(data["toward"])
        leads = "|".join(re.escape(w) for w in sorted(data["figure_leads"], key=len, reverse=True))
        self.figure_re = re.compile(f"(?:{leads})?(?:{data['figure_pattern']})")
        self.figure_lead_chars = frozenset(w[0] for w in data["figure_leads"])
        self.count_at_end_re = re.compile(data["count_at_end"])
        heads = "|".join(re.escape(h) for h in sorted(data["whole_heads"], key=len, reverse=True))
        #: 三大工程, 5项创新提升工程: a whole counting the items listed before it (phrases.yaml whole_count)
        self.count_whole_re = re.compile(f"{data['whole_count']}[\u4e00-\u9fff]{{0,4}}?(?:{heads}){data['whole_end']}")
        self.clause_leads = tuple(data["clause_leads"])
        self.components = rules["context"]["components"]
        self.components_re = re.compile(self.components["pattern"])
        self.figure_after = re.compile(self.components["figure_after"])
        self.total_after = re.compile(self.components["total_after"])
        self.list_rule = data["list"]
        self.not_objects = data["not_objects"]
        self.not_work_ends = tuple(self.not_objects["goal_ends"] + self.not_objects["food_ends"]
                                   + self.not_objects["talk_ends"])
        self.topics_re = re.compile(data["topics"])
        self.advice_re = re.compile(data["advice"])
        self.post_ends = tuple(self.not_objects["post_ends"])
        self.post_kept = tuple(self.not_objects["post_kept"])
        self.qualifier_words = frozenset(self.not_objects["qualifier_words"])
        self.describing_re = re.compile(self.not_objects["describing"])
        marks = self.not_objects
        self.mark_sets = tuple(frozenset(words) for words in (
            marks["qualifier_tags"], marks["adverb_tags"] + marks["inner_adverb_tags"], marks["adverb_words"],
            marks["lead_tags"], marks["lead_words"], marks["tail_tags"], marks["generic_lead_tags"],
            marks["generic_lead_words"]))
        stops = re.escape("".join(sorted(self.stop_chars | {"、"})))
        kinds = "|".join(re.escape(k) for k in sorted(self.list_rule["kinds"], key=len, reverse=True))
        self.list_re = re.compile(f"等(?:[^{stops}]{{0,{int(self.list_rule['kind_lead'])}}}?)(?:{kinds})")
        self.joins = _ordered(data["join_words"])       # 以及 before 及
        self.join_min = int(data["join_min_length"])
        self.join_not_before, self.join_whole_leads = tuple(data["join_not_before"]), tuple(data["join_whole_leads"])
        self.frames = [(f, scanning(f["pattern"])) for f in data["frames"]
                       if rules.terms.has_property(f["predicate"])]

    def class_of(self, words: str) -> str:
        for rule in self.classes:
            if any(words.endswith(e) for e in rule["endings"]):
                return str(rule["class"])
        return str(self.default_class)

    def _item_end(self, s: str, pos: int) -> int:
        """Where the object starting at ``pos`` stops (quotation marks are kept whole); a verb followed by a word of
        time has none (活动开展以来得到了…: since it was held)."""
        if s.startswith(self.time_after_verb, pos):
            return pos
        end, quoted = pos, False
        while end < len(s):
            ch = s[end]
            if ch in "“《":
                quoted = True
            elif ch in "”》":
                quoted = False
            elif not quoted and (ch in self.stop_chars or ((ch.isdigit() or ch in self.figure_lead_chars)
                                                           and self.figure_re.match(s, end))
                                 or (ch in "向由在" and end > pos and self.toward_re.match(s, end))
                                 or (end > pos and (self.count_at_end_re.match(s, end)
                                                    or self.count_whole_re.match(s, end)))
                                 or (end > pos and self.stop_re.match(s, end)
                                     and not s.startswith(self.boundary_kept, end - 1)
                                     and not s.startswith(self.boundary_opened, end))):
                break
            end += 1
        return end

    def _trim(self, s: str, start: int, end: int) -> int:
        return strip_leading(s, start, end, self.strip)

    def _split_join(self, s: str, start: int, end: int) -> list[tuple[int, int]]:
        """A和B → A, B when both sides are long enough (outside quotation marks); “A”“B” → A, B."""
        if s.startswith(self.join_whole_leads, start):
            return [(start, end)]       # 慶祝澳門回歸及中心成立廿四周年聯歡聚餐活動: what is celebrated, one event
        depth = 0
        for pos in range(start, end):
            if depth == 0 and pos > start and s[pos] in "“《" and s[pos - 1] in "”》":
                rest = self._split_join(s, pos, end)
                last_start, last_end = rest[-1]
                close = s.find("”", last_start, last_end) if s[last_start] == "“" else -1
                if 0 <= close < last_end - 1 and self.run_whole_re.match(s, close + 1):
                    # “夏送清凉”“冬送温暖”四季送活动: a name after the run that counts or gathers them names them
                    # all (not “河长+检察长”“河长+警长”协作机制: each is one)
                    rest[-1:] = [(last_start, close + 1), (close + 1, last_end)]
                return [(start, pos), *rest]
            depth += 1 if s[pos] in "“《" else -1 if s[pos] in "”》" else 0
            word = next((w for w in self.joins if s.startswith(w, pos)), "") \
                if depth == 0 and s.startswith(self.joins, pos) else ""
            if (word and pos - start >= self.join_min and end - pos - len(word) >= self.join_min
                    and not s.startswith(self.join_not_before, pos + len(word))):
                return [(start, pos), *self._split_join(s, self._trim(s, pos + len(word), end), end)]
        return [(start, end)]

    def _items(self, s: str, pos: int) -> list[tuple[int, int]]:
        """The objects after a verb: one, or each item of a list joined by 、. A verb followed by 、 is one of a list
        of roles (由区民政局主办、区社会组织服务中心承办): it has no object."""
        if s.startswith("、", pos):
            return []
        items = []
        while pos < len(s):
            count = self.count_re.match(s, pos + s.startswith("了", pos))     # 开展了一场…: the count after 了 too
            if count:
                pos = count.end()
            if (members := self.composed_re.match(s, pos + s.startswith("了", pos))) is not None:
                pos = members.end()     # 成立了由…组成的“改造监督小组”, …镇长任组长的领导小组: no object
            if (qualified := self.qualified_re.match(s, pos + s.startswith(("了", "起"), pos))) is not None:
                pos = qualified.end()   # 构建覆盖县乡村三级的社会救助工作体系, 搭建起首个…的平台: the system is built
            end = self._item_end(s, pos)
            start = self._trim(s, pos, end)
            items.extend(self._split_join(s, start, end))
            if end < len(s) and s[end] == "、" and not self._is_work_verb(self._verb_at(s, end + 1)):
                pos = end + 1
                continue
            break
        return items

    def _no_clauses(self, s: str, items: list[tuple[int, int]], index: SpanIndex) -> list[tuple[int, int]]:
        """The items up to the first that is a clause of its own: a body's name, then a preposition or a verb
        (开展三伏茶供应、南艺礼品有限公司在天成中学设立专项教育基金: the list ends before the company)."""
        for i, (start, _end) in enumerate(items[1:], 1):
            body = max((m for m in index.starting(start, start + 1) if m.family == "org"), key=lambda m: m.end,
                       default=None)
            if body is not None and (s.startswith(self.clause_leads, body.end) or self.verb_re.match(s, body.end)):
                return items[:i]
        return items

    def read(self, s: str, mentions: list[Mention], word_starts: set[int],
             tokens: list[Token] | None = None) -> tuple[list[WorkPhrase], list[Mention]]:
        """The work phrases of ``s`` and the new phrase mentions they make (not crossing ``mentions``).
        A verb counts only where a word starts (促进 in 促进局 is not one); with the segmenter's ``tokens``, no new
        object is a word that qualifies what follows it or starts with an adverb (``not_objects``)."""
        if self.verb_re is None:
            return [], []
        phrases: list[WorkPhrase] = []
        new: dict[tuple[int, int], Mention] = {}
        quoted, index = _quoted_positions(s), SpanIndex(mentions)
        for m in mentions:
            quoted.update(range(m.start, m.end))      # nor is a verb inside a name (促进局)
        for advice in self.advice_re.finditer(s):     # nor a deed others are told to do (叮嘱大家…做好自身防护)
            quoted.update(range(*advice.span()))
        for match in self.verb_re.finditer(s):
            if match.start() in quoted or not self._verb_starts(s, match.start(), word_starts):
                continue        # a verb inside a quoted name (“引进来”) is part of the name
            if s.startswith(self.not_before, match.end()) or s.endswith(self.not_after, 0, match.start()):
                continue        # 促进局; 志愿服务队的成立: no work verb
            rule = self.verbs[match.group(0)]
            if self.verb_re.match(s, match.end()):
                continue        # 加快打造X: the second verb says what is done
            if self.topics_re.match(s, match.end()):
                continue        # 围绕A、B等内容进行讲解: the topics of a talk, no work
            phrase = WorkPhrase(match.start(), match.end(), rule)
            items = self._no_clauses(s, self._items(s, match.end()), index)
            closed = bool(items) and self.list_re.match(s, items[-1][1]) is not None     # 开展义诊、义剪等便民服务
            obj_rule = {**rule, "min_length": self.list_rule["min_length"]} if closed else rule
            for start, end in items:
                if (closed and s[start:end] in self.list_rule["not_items"]) or s[start:end] in self.speeches:
                    continue        # 开展服务、管理等工作: words for kinds of work; 进行了交流发言: a speech
                if rule.get("heads_only"):      # 依托文明实践平台开展…: the means ends before the work done with it
                    end = next((m.start() for m in self.verb_re.finditer(s, start + 1, end)
                                if m.start() in word_starts and self._is_work_verb(m)), end)
                    if not s.endswith(self.work_heads, start, end):
                        continue    # 依托新时代文明实践站: a means that names no work
                obj = self._object(s, start, end, obj_rule, index, new)
                if obj is not None:
                    phrase.objects.append(obj)
            if phrase.objects:
                phrases.append(phrase)
        phrases += self._frames(s, index, new)
        phrases += self._lists(s, index, new, word_starts)
        self._wholes(s, index, new, tokens or [])
        if tokens:
            phrases = self._drop_qualifiers(s, phrases, new, tokens)
        return phrases, sorted(new.values(), key=lambda m: (m.start, -m.length))

    def _verb_starts(self, s: str, pos: int, word_starts: set[int]) -> bool:
        """A word starts at ``pos``, or one opens right before it with an adverb of ``verb_adverbs`` (认真落实)."""
        if pos in word_starts:
            return True
        adverb = next((a for a in self.verb_adverbs if s.startswith(a, pos - len(a))), None)
        return adverb is not None and pos - len(adverb) in word_starts

    def _verb_at(self, s: str, pos: int) -> re.Match[str] | None:
        """The work verb that opens ``s`` at ``pos``, if any."""
        return self.verb_re.match(s, pos) if self.verb_re is not None else None

    def _verb_within(self, s: str, start: int, end: int, word_starts: set[int]) -> bool:
        """A work verb (not a means: 通过 leads a list's items) opens a word between ``start`` and ``end``."""
        return self.verb_re is not None and any(
            self._is_work_verb(m) and self._verb_starts(s, m.start(), word_starts)
            for m in self.verb_re.finditer(s, start, end))

    def _is_work_verb(self, match: re.Match[str] | None) -> bool:
        """A verb matched, and not one of a means (heads_only: 通过, 依托)."""
        return match is not None and not self.verbs[match.group(0)].get("heads_only")

    def _drop_qualifiers(self, s: str, phrases: list[WorkPhrase], new: dict[tuple[int, int], Mention],
                         tokens: list[Token]) -> list[WorkPhrase]:
        """提供物美价廉的餐饮服务, 推动…更可持续: an idiom or adjective of one word (or one of ``qualifier_words``:
        推动符合条件的物业企业) before 的, or words before 的 that describe (提供每人每月三千元的生活补助), or words
        opening with an adverb of one character or of ``adverb_words``,
        say how something is, not what is done: such new objects are
        dropped (永续发展, which opens with a longer adverb of the segmenter, is kept). So are objects opening with a
        conjunction, particle or frame word (和延伸), ending in a goal, a state, a dish or a job title (经济发展,
        回锅肉, 技术员) or in a locative (产业发展中), and a generic way of working after a qualifier alone
        (新方案): ``not_objects``."""
        if not new:
            return [p for p in phrases if p.objects]
        rule = self.not_objects
        qualifiers, adverbs, leads, tails, generic = self._marks(tokens)
        unlisted = (self.list_rule["id"], self.components["id"])
        dropped = {id(m) for key, m in list(new.items())
                   if (key in qualifiers and s.startswith("的", key[1])) or key[0] in adverbs
                   or (s.startswith("的", key[1]) and self.describing_re.search(s, *key))
                   or (key[0] in leads and m.rule not in unlisted)
                   or s.endswith(self.not_work_ends, *key) or key[1] in tails
                   or (s.endswith(self.post_ends, *key) and not s.endswith(self.post_kept, *key))
                   or (key[0] in generic and s[generic[key[0]]:key[1]] in rule["generic_heads"])
                   or (not s.endswith(self.work_heads, *key) and not adverbs.isdisjoint(range(key[0] + 1, key[1])))}
        for key in [k for k, m in new.items() if id(m) in dropped]:
            del new[key]
        for phrase in phrases:
            phrase.objects = [m for m in phrase.objects if id(m) not in dropped]
        return [p for p in phrases if p.objects]

    def _marks(self, tokens: list[Token]) -> tuple[set[tuple[int, int]], set[int], set[int], set[int], dict[int, int]]:
        """The words ``_drop_qualifiers`` reads, in one pass: qualifiers (their spans), adverbs, words that open no
        work, words that end none (their ends), and generic leads (start → end)."""
        (qualifier_tags, adverb_tags, adverb_words, lead_tags, lead_words, tail_tags, generic_tags,
         generic_words) = self.mark_sets
        qualifiers, adverbs, leads, tails, generic = set(), set(), set(), set(), {}
        for t in tokens:
            flag, word = t.flag, t.word
            if flag in qualifier_tags or word in self.qualifier_words:
                qualifiers.add((t.start, t.end))
            if flag in adverb_tags and (len(word) == 1 or word in adverb_words):
                adverbs.add(t.start)
            if flag in lead_tags or word in lead_words:
                leads.add(t.start)
            if flag in tail_tags:
                tails.add(t.end)
            if flag in generic_tags or word in generic_words:
                generic[t.start] = t.end
        return qualifiers, adverbs, leads, tails, generic

    def _lists(self, s: str, index: SpanIndex, new: dict[tuple[int, int], Mention],
               word_starts: set[int]) -> list[WorkPhrase]:
        """安全巡查、政策宣传、走访独居老人等服务内容: a list of work before 等 and a word for kinds of work, with
        no work verb before it, is work its subject does (``phrase.list``)."""
        rule = self.list_rule
        out = []
        for match in self.list_re.finditer(s):
            start = match.start()
            while start > 0 and (s[start - 1] == "、" or s[start - 1] not in self.stop_chars):
                start -= 1
            first_end = s.find("、", start, match.start())
            # 珠海市民政局在养老服务体系建设、…: the list starts after a name and the preposition after it
            start = max([m.end + 1 for m in index.within(start, first_end - 1) if s[m.end] in rule["after_name"]],
                        default=start)
            parts = _listed_spans(s, start, match.start())
            if len(parts) < 2 or (self.verb_re is not None and self._is_work_verb(self.verb_re.match(s, parts[0][0]))):
                continue
            if any(m.family == "person" for m in index.starting(start, match.start())):
                continue        # 副会长吴淑玲、…副总经理李成等领导出席活动: a list of people does no work
            # 可通过参与社区隐患排查、政策宣传等志愿服务: the first item starts after the last lead word before it
            lead = max((s.find(w, *parts[0]) + len(w) for w in rule["item_leads"] if s.find(w, *parts[0]) >= 0),
                       default=parts[0][0])
            lead = max([i + 1 for i in range(lead, parts[0][1] - 1) if s[i] in rule["item_lead_prepositions"]
                        and i in word_starts and i + 1 in word_starts], default=lead)
            if self._verb_within(s, lead, parts[0][1], word_starts):
                continue        # 志愿者定期开展助老、扶幼…: a work verb inside the first item reads the list itself
            if self.topics_re.match(s, lead) or s.endswith(tuple(rule["topic_leads"]), 0, lead) \
                    or s.startswith(tuple(rule["topic_leads"]), lead):
                continue        # 围绕A、B等内容进行了详细讲解, 分别就A、B工作进行了交流发言: topics of a talk, no work
            parts[0] = (lead, parts[0][1])
            phrase = WorkPhrase(lead, lead, rule)      # the doer may open the clause before the lead word
            # 排查安全隐患以及组织环境卫生整治: the last item may join two
            parts[-1:] = self._split_join(s, *parts[-1])
            for a, b in parts:
                a = self._trim(s, a, b)
                if rule["min_length"] <= b - a <= rule["max_length"] and s[a:b] not in rule["not_items"]:
                    obj = self._object(s, a, b, rule, index, new)
                    if obj is not None:
                        phrase.objects.append(obj)
            if len(phrase.objects) >= 2:
                out.append(phrase)
        return out

    def _wholes(self, s: str, index: SpanIndex, new: dict[tuple[int, int], Mention],
                tokens: list[Token]) -> None:
        """A、B等3个C: C is a name of its own (the list's whole), when no rule named it; it ends before the first
        verb or preposition of the segmenter after its first word (等省级以上媒体刊发: 省级以上媒体)."""
        token_starts = [t.start for t in tokens]
        for match in self.components_re.finditer(s):
            if match.start() == 0 or s[match.start() - 1] in self.stop_chars:
                continue
            if any(s.startswith(w, match.end()) for w in self.list_rule["kinds"] + self.components["not_wholes"]
                   + self.components["titles"]):
                continue        # …等服务内容, …等荣誉称号: a word for kinds of work or of honours, not a name; nor a
                # title (东湖街道等10个先进集体: the group counted, read with its title)
            if index.starting(match.end(), match.end() + 1):
                continue        # 外卖骑手、快递员等新就业形态劳动者推出…: a rule named the whole already
            if (self.verb_re is not None and self.verb_re.match(s, match.end())) \
                    or s.startswith(tuple(self.components["ends_before"]), match.end()):
                continue        # 为老年人群体和小区居民等提供爱心助餐服务, …等参加了启动仪式: a verb follows the list
            end = self._item_end(s, match.end())
            verb = self.verb_re.search(s, match.end() + 1, end) if self.verb_re is not None else None
            end = verb.start() if verb is not None else end      # 等10条公交线路开展宣传: the whole ends at the verb
            end = min([at for w in self.components["ends_before"] if (at := s.find(w, match.end() + 1, end)) > 0],
                      default=end)      # 等6个村镇被表彰为…: nor past 被 or an award's trigger
            if (total := self.total_after.search(s, match.end() + 1, end + 1)) is not None and total.start() < end:
                end = total.start()     # 等四大板块共18项活动: nor past a total counted after it
            end = self._whole_end(tokens, token_starts, match.end(), end)
            if s.endswith(tuple(self.list_rule["kinds"] + self.components["not_wholes"]), match.end(), end):
                continue        # 个性化订餐、上门送餐等快捷服务, 等重点工作: a kind of work or of honours, not a name
            if self.figure_after.match(s, match.end(), end):
                continue        # 解决用工、融资等难题86件: a figure counts the things listed, no whole names them
            self._object(s, match.end(), end, self.components, index, new)

    def _whole_end(self, tokens: list[Token], token_starts: list[int], start: int, end: int) -> int:
        """Where a list's whole ends: before the first verb, adverb or preposition after its first word unless it is
        the last (中心组理论学习 ends on 学习), before an idiom (公益项目脱颖而出), and before an adjective or adverb
        of one character glued to the verb (行政区/新/设: 行政区)."""
        rule = self.components
        first = bisect_right(token_starts, start)
        inside = tokens[first:bisect_left(token_starts, end, lo=first)]
        # a verb right before a last word that is a noun is a compound's (辅助性/n 就业/v 项目/n: 辅助性就业项目)
        last_noun = len(inside) - 2 if inside and inside[-1].end == end and inside[-1].flag == "n" else None
        at = next((i for i, t in enumerate(inside) if (t.end < end and t.flag in rule["whole_stop_tags"]
                                                       and not (i == last_noun and t.flag == "v"))
                   or t.flag in rule["whole_end_tags"]), None)
        if at is None:
            return end
        if at > 0 and len(inside[at - 1].word) == 1 and inside[at - 1].flag in rule["glued_modifier_tags"]:
            at -= 1
        return inside[at].start

    def _frames(self, s: str, index: SpanIndex, new: dict[tuple[int, int], Mention]) -> list[WorkPhrase]:
        """以X为主线 / 以X推动Y."""
        out = []
        for rule, pattern in self.frames:
            for match in pattern.finditer(s):
                start, end = match.span(1)
                if rule.get("inside_new") is False and any(start <= a and b <= end for a, b in new):
                    continue
                if rule.get("items"):       # 采取收紧社区办公用房、挖掘辖区闲置资源的方式: each item of the list
                    objs = self._frame_items(s, start, end, rule, index, new)
                else:
                    objs = [obj] if (obj := self._object(s, self._trim(s, start, end), end, rule, index, new)) \
                        else []
                if not objs:
                    continue
                phrase = WorkPhrase(match.start(), match.start() + 1, rule, objs)
                if rule.get("goal"):
                    phrase.goal = match.span(2)
                out.append(phrase)
        return out

    def _frame_items(self, s: str, start: int, end: int, rule: dict[str, Any], index: SpanIndex,
                     new: dict[tuple[int, int], Mention]) -> list[Mention]:
        """The items of a frame's list parted by 、 (``items``: how many at least), each an object of the frame's
        lengths; none unless every item is one."""
        parts = _listed_spans(s, start, end)
        parts[-1:] = self._split_join(s, *parts[-1])        # 群众推荐和组织推荐: two
        if len(parts) < rule["items"] or not all(rule["min_length"] <= b - a <= rule["max_length"] for a, b in parts):
            return []
        objs = [self._object(s, a, b, rule, index, new) for a, b in parts]     # (the verb kept: 统筹…)
        return [o for o in objs if o is not None] if all(objs) else []

    @staticmethod
    def _work_in_place(m: Mention, start: int, end: int, inside: list[Mention]) -> bool:
        """城乡社区治理: a place opens the words and what follows it is work (two characters or more, no name)."""
        return (m.family in ("place", "gazetteer") and m.start == start and end - m.end >= 2
                and not any(o.start >= m.end for o in inside))

    def _object(self, s: str, start: int, end: int, rule: dict[str, Any], index: SpanIndex,
                new: dict[tuple[int, int], Mention]) -> Mention | None:
        if not 2 <= end - start <= self.max_len or self.not_object_re.fullmatch(s, start, end):
            return None         # 60至69周岁: an age band, not a thing done
        if index.crossing(start, end):
            return None
        inside = index.within(start, end)
        if rule.get("reuse_leading") and (lead := self._leading_name(inside, start, rule["reuse"])) is not None:
            return lead         # 承办的第二届公益项目大赛在市民中心举行: the event named first is what is held
        for m in sorted(inside, key=lambda m: -m.length):
            if m.family == "term" and m.end < end and s.endswith(self.work_heads, start, end):
                break           # 实施乡村振兴战略: a term before a head word of work is a word of the longer name
            if m.length * 10 >= (end - start) * 6:
                reuse = rule.get("reuse")
                if reuse is not None:
                    return m if any(self.terms.is_a(m.classes, c) for c in reuse) else None
                if m.family in REUSE_FAMILIES or not any(self.terms.is_a(m.classes, c) for c in NOT_OBJECT_CLASSES):
                    return m
                if not ((m.family == "group" and m.start - start >= 2) or self._work_in_place(m, start, end, inside)):
                    return None
                break       # 走访独居老人: work done for a group, with the verb before the group's name
        owner = next((m for m in inside if m.start == start and m.length < end - start - 1
                      and any(self.terms.is_a(m.classes, c) for c in ("AdministrativeArea", "Organization"))), None)
        if owner is not None and end - owner.end >= self.min_len:
            start = owner.end
        else:
            owner = None        # 城乡社区治理: what is left after the area is too short to be the work alone
        if (start, end) in new:
            return new[(start, end)]
        if end - start < int(rule.get("min_length", self.min_len)):
            return None         # a list closed by 等 and a kind of work may name work in two characters (义诊、义卖)
        words = s[start:end]
        if not re.search(r"[\u4e00-\u9fff]{2}", words):
            return None
        cls = str(rule["class"]) if rule.get("class") else self.class_of(words)
        m = Mention(start, end, words, [cls], rule["id"], rule["confidence"], "phrase",
                    extra={"owner": owner} if owner is not None else {})
        new[(start, end)] = m
        return m

    def _leading_name(self, inside: list[Mention], start: int, classes: list[str]) -> Mention | None:
        """The longest name of one of ``classes`` that opens the object at ``start``."""
        leading = [m for m in inside if m.start == start and any(self.terms.is_a(m.classes, c) for c in classes)]
        return max(leading, key=lambda m: m.length, default=None)


def _listed_spans(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items of ``s[start:end]`` parted by 、."""
    spans, pos = [], start
    for part in s[start:end].split("、"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def _quoted_positions(s: str) -> set[int]:
    """The positions inside “…” quotation marks."""
    inside: set[int] = set()
    depth, opened = 0, 0
    for mark in _QUOTE_MARKS.finditer(s):
        if mark.group() == "“":
            if depth:
                inside.update(range(opened, mark.start()))
            depth, opened = depth + 1, mark.start() + 1
        elif depth:
            inside.update(range(opened, mark.start()))
            depth, opened = depth - 1, mark.start() + 1
    if depth:
        inside.update(range(opened, len(s)))
    return inside


_QUOTE_MARKS = re.compile("[“”]")
