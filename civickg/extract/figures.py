"""Figures: a number with its unit, year-on-year change, rank and bounds (observations)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from civickg.extract.rules import Rules
from civickg.extract.scanning import scanning
from civickg.extract.text import CLAUSE_END, Token, plan_marked

CN_DIGITS = "零〇一二两三四五六七八九十百千"
#: A number spelled with 万 or 亿 inside, in Chinese numerals or mixed with digits (十万六千三百, 16万9千, 两亿三千万),
#: or a decimal of 万 or 亿 before a unit that has no scale of its own (床位1.8万张); the digits after 万 may have their
#: thousands set off by a comma (3万3,326小時, 2萬9,002小時, as Taiwan's releases print them).
BIG_NUMBER = rf"[0-9]+\.[0-9]+[万亿]|[0-9{CN_DIGITS}]{{1,6}}[万亿](?:[0-9],[0-9]{{3}}|[0-9{CN_DIGITS}万亿]{{0,8}})"
#: A number with its thousands set off by commas, as Taiwan's, Hong Kong's and Macau's releases print them (5,000名,
#: 3,000萬元, 1,234.5公頃).
GROUPED_NUMBER = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?[万亿]?"

#: words read as words of their own (FigureReader.read): 有 ends no name, 的 closes a verb's clause
_ALONE = frozenset(("有", "的"))
QUOTED_AFTER = re.compile("[“「]([^”」，,。；;\\n]{2,20})[”」]")    # a quoted name right after a unit


@dataclass
class Figure:
    """One stated figure: where the name and the number are, and what they say."""

    name_start: int
    name_end: int
    start: int                 # the whole quote: name … number, unit, change, rank
    end: int
    value: float | int | None
    unit: str | None
    change: float | None = None
    rank: str | None = None
    at_least: bool = False
    planned: bool = False
    rule: str = ""
    confidence: float = 0.0
    extra: dict = field(default_factory=dict)


_INTEGER = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")


_DIGITS = "一二三四五六七八九"
# two neighbouring numerals side by side (七八个村民: seven or eight; 三五成群) say about how many, not a number of two
# digits (78): cn2an reads them digit by digit
_APPROXIMATE = re.compile("[一二两三四五六七八九]{2}")


def _approximate(text: str) -> bool:
    """七八, 两三, 三五: two numerals that name a rough count, one right after the other (or 三五)."""
    if not _APPROXIMATE.fullmatch(text):
        return False
    low, high = (_DIGITS.find(ch.replace("两", "二")) for ch in text)
    return high - low == 1 or text == "三五"


def _num(text: str) -> float | int | None:
    text = text.replace(",", "")        # 5,000: the commas only group the digits
    if _INTEGER.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return float(text)
    if _approximate(text):
        return None
    try:
        import cn2an  # imported on first use: it takes a second to load
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError):
        return None
    return int(value) if float(value).is_integer() else float(value)


def _spelled_out(text: str) -> bool:
    """三千二百, 十万六千三百: a number in Chinese numerals with a place value is a figure whatever its unit (一人 is
    not)."""
    return len(text) >= 2 and any(ch in "十百千万亿" for ch in text)


class FigureReader:
    """Compiled indicator rules."""

    @staticmethod
    def warm_up() -> None:
        """Load cn2an's tables now rather than on the first article that prints a number in Chinese numerals (a
        third of a second: the drafter loads them with its other dictionaries)."""
        _num("三十")

    def __init__(self, rules: Rules) -> None:
        ind = rules["indicators"]
        self.ind = ind
        self.quoted_max = int(rules["names"]["quoted"]["max_length"]) + 1     # the longest quoted name
        units = sorted(set(ind["units"]), key=lambda u: (-len(u), u))
        self.units = units
        approx = ind["approx"]
        unit_alt = "|".join(re.escape(u) for u in units)
        self.number = re.compile(      # (the lookahead first lets the engine skip the characters no number opens with)
            rf"(?=[0-9{CN_DIGITS}])(?<![0-9.])(?<![0-9],)"
            rf"(?P<num>{GROUPED_NUMBER}|[0-9]+(?:\.[0-9]+)?|{BIG_NUMBER}|[{CN_DIGITS}]{{1,6}})"
            rf"(?P<more>余|多)?[ \u3000]?"
            rf"(?P<unit>{unit_alt})"
            rf"(?P<per>{ind['per_unit']})?(?P<above>以上|多)?")
        self.change = scanning(ind["change"]["pattern"])
        self.rank = re.compile(ind["rank"]["pattern"])
        self.sweep = re.compile(ind["rank"]["sweep"])
        self.at_least_before = tuple(approx["at_least_before"])
        self.bare_values = {k: int(v) for k, v in approx["bare_values"].items()}
        self.bare_before, self.bare_at_least = approx["bare_before"], approx["bare_at_least"]
        self.numeral_counters = frozenset(ind["numeral_counters"])
        self.phrase_tags = frozenset(ind["number_phrase_tags"])
        self.name_word_tags = frozenset(ind["numeral_name_tags"])
        self.name_stops = sorted(ind["name_stops"], key=len, reverse=True)
        holding = {stop: [(w, i) for w in ind["name_stops_inside"] for i in range(len(w))
                          if w.startswith(stop, i) and w != stop] for stop in self.name_stops}
        self.stops_inside = {stop: words for stop, words in holding.items() if words}    # only stops some word holds
        self._words: dict[int, str] | None = None       # the words of the text read (see read)
        self._phrases: dict[int, int] = {}              # set phrases a number opens, start -> end (see read)
        self._clauses: dict[int, tuple[int, int]] = {}   # a verb's clause before 的 → the nouns it says which of
        self.drop = tuple(sorted(ind["drop_prefixes"], key=len, reverse=True))
        # taken off a name's end
        ends = ind["verbs"] + ind["per_before"] + ind["list_closers"] + ind["name_adverbs"]
        ends += approx["at_least_before"] + approx["about_before"]
        self.verbs = tuple(sorted(set(ends), key=lambda w: (-len(w), w)))
        self.openers = tuple(sorted(ind["name_openers"], key=len, reverse=True))
        self.span_after = re.compile(ind["span_after_unit"])
        self.date_before = re.compile(ind["date_before"])
        self.session_after = re.compile(ind["session_after_unit"])
        self.count_verbs = sorted(ind["count_verbs"], key=len, reverse=True)
        self.count_verb_words = tuple(self.count_verbs)
        self.not_names = frozenset(ind["not_names"] + ind["counting_verbs"])
        self.with_before = tuple(ind["with_before_number"])
        seps = "|".join(re.escape(x) for x in ind["range"]["separators"])
        self.range_low = scanning(rf"(?<![0-9.])(?P<low>[0-9]+(?:\.[0-9]+)?)(?:{unit_alt})?(?P<sep>{seps})$")

    def _clause_start(self, s: str, pos: int) -> int:
        start = pos
        while start > 0 and s[start - 1] not in CLAUSE_END + "、":
            start -= 1
        return start

    def _verbs_only(self, s: str, start: int, end: int) -> bool:
        """The words from ``start`` to ``end`` are only verbs that stand before a number (超过, 累计超过)."""
        while end > start and s.endswith(self.verbs, start, end) \
                and (verb := next((w for w in self.verbs if s.endswith(w, start, end)), None)):
            end -= len(verb)
        return end == start

    def _stop_at(self, s: str, word: str, start: int, end: int) -> int:
        """Where the last ``word`` between ``start`` and ``end`` stands as a stop, not inside a word holding it
        (共 in 一般公共预算收入: indicators.yaml ``name_stops_inside``); -1 when nowhere."""
        idx = s.rfind(word, start, end)
        holders = self.stops_inside.get(word, ())
        while idx >= 0 and any(s.startswith(w, idx - i) for w, i in holders):
            idx = s.rfind(word, start, idx + len(word) - 1)
        return idx

    def _name(self, s: str, clause_start: int, num_start: int) -> tuple[int, int]:
        start, end = clause_start, num_start
        for word in self.name_stops:
            idx = s.rfind(word, start, end)
            if idx >= 0 and word in self.stops_inside:
                idx = self._stop_at(s, word, start, end)
            # the longest stop word printed there (共计, not 共)
            stop = next((w for w in self.name_stops if s.startswith(w, idx)), word) if idx >= 0 else word
            if idx >= 0 and idx + len(stop) < end and not self._verbs_only(s, idx + len(stop), end):
                start = max(start, idx + len(stop))     # not 累计 in 现场观众累计超过5万人次: only a verb after it
        changed = True
        while changed:
            changed = False
            for word in self.openers if s.startswith(self.openers, start) else ():
                if s.startswith(word, start) and end - start - len(word) >= self.ind["min_name_length"]:
                    start += len(word)
                    changed = True
            for word in self.drop if s.startswith(self.drop, start) else ():
                if s.startswith(word, start) and end - start > len(word):
                    start += len(word)
                    changed = True
            for word in self.verbs if s.endswith(self.verbs, start, end) else ():
                if s.endswith(word, start, end) and end - len(word) - start >= self.ind["min_name_length"]:
                    end -= len(word)
                    changed = True
            if self._words is not None and self._words.get(end - 1) == "有" \
                    and end - 1 - start >= self.ind["min_name_length"]:
                end -= 1        # 老旧小区有3.9万个, 據點已經有423處: 有 a word of its own, no part of the name
                changed = True
        owned = max((q for q, w in (self._words or {}).items() if w == "有" and start <= q < end - 1
                     and end - q - 1 >= self.ind["min_name_length"]), default=-1)
        if owned >= 0:
            start = owned + 1   # 金井湾社区有60岁以上的老年人约1200人: what the area has is counted, not the area
        closing = s.rfind("”", start, end)
        if closing >= 0 and s.rfind("“", start, closing) < 0 and end - closing - 1 >= self.ind["min_name_length"]:
            start = closing + 1     # 定向捐赠“江油市华厦光明行动”公益助医项目…30万元: no name opens inside a quotation
        if end - start > self.ind["max_name_length"]:
            start = end - self.ind["max_name_length"]
        return start, end

    def read(self, s: str, plan_markers: list[str], plan_not: str = "",
             tokens: list[Token] | None = None) -> list[Figure]:
        """The figures of ``s``; with its jieba ``tokens``, a measure word's noun names what it counts."""
        self._read_words(tokens)
        nouns = self._noun_runs(tokens or [])
        figures: list[Figure] = []
        taken = {pos for m in self.change.finditer(s) for pos in range(m.start(), m.end())}   # positions read
        for m in self.number.finditer(s):
            if m.start() in taken:
                continue
            num_text = m.group("num")
            counts = m.group("unit") in self.numeral_counters
            if not num_text[0].isdigit() and not counts and not _spelled_out(num_text):
                continue
            if not num_text[0].isdigit() and self._opens_name(m, tokens):
                continue        # 三台村/ns: a numeral and a measure word that open a place's name
            if self._not_a_figure(s, m):
                continue
            after = m.end()
            value = _num(num_text)
            bare = self.bare_values.get(num_text) if m.start() > 0 and s[m.start() - 1] in self.bare_before else None
            value = bare if bare is not None else value      # 上千名观众: a place value alone, after 上, 近, 数
            if value is None:
                continue
            clause = self._clause_start(s, m.start())
            at_least = bool(m.group("more") or m.group("above") or (bare and s[m.start() - 1] in self.bare_at_least))
            if s.endswith(self.at_least_before, clause, m.start()):
                at_least = True
            change, rank, end = self._change_and_rank(s, after)
            unit = m.group("unit") + (m.group("per") or "")     # 900元/月·人: the unit a standard is given in
            named = self._figure_name(s, m, clause, nouns)
            if figures and (named is None or figures[-1].end == m.start()) \
                    and self._same_thing(s, m.start(), figures[-1], unit):
                last = figures[-1]       # 1元、2元、3元; 居民2660户,5728人: what the figure before counts
                named = (last.name_start, last.name_end, None, "value")
            if named is None:
                continue
            name_start, name_end, verb_start, rule = self._after_last(s, figures, named)
            end = max(end, name_end)
            sentence_start = max(s.rfind(mark, 0, clause) for mark in "。！？；\n") + 1
            planned = plan_marked(s[sentence_start:m.start()], plan_markers, plan_not)
            start = verb_start if verb_start is not None else min(name_start, m.start())
            low = self.range_low.search(s, max(0, m.start() - 12), m.start())
            low_end = low.end() - len(low.group("sep")) if low is not None else -1
            printed = bool(figures) and figures[-1].extra.get("unit_span", (0, 0))[1] == low_end  # 15元 read
            if low is not None and low.end() == m.start() and not printed \
                    and (low_value := _num(low.group("low"))) is not None:
                # 3至8元, 15元-20元: the lower end of a range is a figure of its own
                figures.append(Figure(name_start, name_end, start, low_end, low_value,
                                      unit, None, None, at_least, planned, self.ind["rule_ids"][rule],
                                      self.ind["confidence"]["value"], extra={"range": "low"}))
            figures.append(Figure(name_start, name_end, start, end, value, unit, change, rank, at_least,
                                  planned, self.ind["rule_ids"][rule], self.ind["confidence"]["value"],
                                  extra={"unit_span": (m.start("unit"), m.end("per" if m.group("per") else "unit")),
                                         "number_start": m.start()}))
            taken.update(range(m.start(), end))
        figures.extend(self._ranks(s, taken, figures))
        return sorted(figures, key=lambda f: (f.start, f.end))

    def _after_last(self, s: str, figures: list[Figure], named: tuple[int, int, int | None, str]
                    ) -> tuple[int, int, int | None, str]:
        """``named`` with a name read before its number starting after the figure read last, when that one lies
        inside it (32家企业提供岗位460余个: 提供岗位), after the 的 that closes the noun it counted
        (26名困难职工家庭的准大学生每人发放助学金3000元), and enough of the name is left."""
        name_start, name_end, verb_start, rule = named
        if figures and rule == "value" and name_start < figures[-1].end <= name_end - self.ind["min_name_length"] \
                and name_start != figures[-1].name_start:
            start = figures[-1].end + (s[figures[-1].end] == "的")
            return (start if name_end - start >= self.ind["min_name_length"] else figures[-1].end), name_end, \
                verb_start, rule
        return named

    def _same_thing(self, s: str, start: int, last: Figure, unit: str) -> bool:
        """A figure with no words of its own, printed right after another (``indicators.same_thing``), measures what
        that one does: after 、 in the same unit (1元、2元), after a comma in another (居民2660户,5728人)."""
        joins = self.ind["same_thing"]
        sep = s[start - 1] if start > 0 else ""
        if last.end == start and last.unit is not None:
            return last.unit != unit        # 受灾群众3268户9856人: printed on, in another unit
        if last.end != start - 1 or last.unit is None:
            return False
        return (sep in joins["same_unit"] and last.unit == unit) or (sep in joins["other_unit"] and last.unit != unit)

    def _noun_runs(self, tokens: list[Token]) -> dict[int, int]:
        """Where each of jieba's nouns (the ``counted_after`` tags) starts → where the run of nouns it opens ends."""
        rule = self.ind["counted_after"]
        runs: dict[int, int] = {}
        end = -1
        heads, opening, set_phrases, inner = rule["noun_heads"], rule["opening_tags"], rule["set_phrase_tags"], \
            rule["inner_tags"]
        nouns, stops = frozenset(rule["noun_tags"]), frozenset(rule["noun_stops"])
        for i in range(len(tokens) - 1, -1, -1):
            tok = tokens[i]
            if tok.flag in opening and end < 0:
                runs[tok.start] = tok.end   # 28个公益项目脱颖而出: an idiom no noun follows ends no run of nouns
            elif i > 0 and tok.word in heads and tokens[i - 1].word in heads[tok.word]:
                end = runs[tok.start] = tok.end     # 87家社会组织申报/nz: 社会/n 组织/v, the organisations counted
            elif (tok.flag in nouns or (tok.flag in set_phrases and (
                    end >= 0 or i + 1 == len(tokens) or tokens[i + 1].flag not in rule["set_phrase_not_before"]))) \
                    and tok.word not in stops:
                end = tok.end if end < 0 else end
                runs[tok.start] = end
            elif not (end >= 0 and tok.flag in inner and len(tok.word) <= 2):
                end = -1        # 高耗低效工业企业: a short adjective between nouns keeps the run
        self._clauses = {}
        for i in range(len(tokens) - 2, -1, -1):    # from the end: 2个老/a 旧/a 小区, two characters cut apart, open it
            tok, nxt = tokens[i], tokens[i + 1]
            if tok.flag in rule["modifier_tags"] and len(tok.word) <= 2 and nxt.start in runs \
                    and tok.start not in runs \
                    and (nxt.flag not in rule["modifier_tags"] or len(tok.word) + len(nxt.word) <= 2):
                runs[tok.start] = runs[nxt.start]       # 8位失明儿童: a short verb or adjective opens the noun
                if tok.flag == "v" and runs[tok.start] + 1 in runs and tokens and \
                        self._words is not None and self._words.get(runs[tok.start]) == "的":
                    # 三位穿着当地特色服饰的少数民族人士: a verb's clause and 的 say which people; the nouns after them
                    # are counted (a count of people only: 11家捐赠机构的代表 counts the bodies)
                    self._clauses[tok.start] = (runs[tok.start] + 1, runs[runs[tok.start] + 1])
        return runs

    def _figure_name(self, s: str, m: re.Match[str], clause: int,
                     nouns: dict[int, int]) -> tuple[int, int, int | None, str] | None:
        """(name start, name end, where a counting verb starts, rule key) of the figure ``m``, or None."""
        rule = self.ind["counted_after"]
        after = m.end()
        least = 1 if s[m.start() - 1:m.start()] == "的" else rule["min_length"]     # …的4个村: 村, after a modifier
        if m.group("unit") in rule["units"] and nouns.get(after, after) - after >= least:
            verb = self._count_verb(s, clause, m.start())
            end = max([nouns[after], *(after + len(p) for p in rule["noun_pairs"] if s.startswith(p, after))])
            if m.group("unit") in self.ind["counted_things"]["people_units"]:     # people, not 11家捐赠机构的代表
                after, end = self._clauses.get(after, (after, end))
            if m.group("unit") in rule["body_units"]:    # 62家用人单位进场招聘: bodies end at their kind
                end = min((at + len(k) for k in rule["body_kinds"] if (at := s.find(k, after, end)) >= 0), default=end)
            return after, end, m.start() - len(verb) if verb else None, "count"   # 16位聋哑儿童
        quoted = QUOTED_AFTER.match(s, m.end())
        if quoted is not None and m.group("unit") in rule["units"]:
            return quoted.start(1), quoted.end(1), None, "count"    # 对全县30名“优秀教师”: the title counted
        if s.endswith(self.with_before, clause, m.start()):     # 李红梅与12名…人大代表: the count is of what follows
            start, end = self.counted_noun(s, m.end())
            return (start, end, None, "value") if end - start >= self.ind["min_name_length"] else None
        name_start, name_end = self._name(s, clause, m.start())
        counted_by_verb = self._count_verb(s, name_start, name_end)
        verb_start = None
        if counted_by_verb:
            # 成立5支志愿服务队: what is counted follows the number
            name_start = name_end = m.start()
            verb_start = m.start() - len(counted_by_verb)
        weak, kind = (name_start, name_end), "value"
        if name_end - name_start < self.ind["min_name_length"] or s[name_start:name_end] in self.not_names:
            name_start = name_end = m.start()        # 为30余位独居老人: a word too short to name what is counted
        if name_end <= name_start:
            # 6项困难群众保障标准 / 五个区实现…: the counted noun follows the number
            name_start, name_end = self.counted_noun(s, m.end())
            if name_end - name_start < 1:
                name_start, name_end = weak      # 共有1100人。: nothing follows, so the words before name it
                if name_end - name_start < 1:
                    return None
            elif s[weak[0]:weak[1]] in self.ind["counting_verbs"] and m.group("unit") in rule["units"]:
                kind = "count"      # 表揚48名特優里長: the people commended, counted
        return name_start, name_end, verb_start, kind

    def _count_verb(self, s: str, start: int, end: int) -> str | None:
        """The longest counting verb ``s[start:end]`` ends with (asked of all of them at once first: most end with
        none), else None."""
        if not s.endswith(self.count_verb_words, start, end):
            return None
        return next(w for w in self.count_verbs if s.endswith(w, start, end))

    def _opens_name(self, m: re.Match[str], tokens: list[Token] | None) -> bool:
        """Whether the tagger reads the number and its unit as the start of a longer word of ``numeral_name_tags``
        (三台村/ns, 三家村/ns: a village's name, not three of anything)."""
        if not tokens:
            return False
        tok = tokens[max(bisect_right(tokens, m.start(), key=lambda t: t.start) - 1, 0)]
        return tok.start == m.start() and tok.end > m.end() and tok.flag in self.name_word_tags

    def _read_words(self, tokens: list[Token] | None) -> None:
        """Keep what the segmenter's words of the text read say: where 有 stands alone (it ends no name:
        老旧小区有3.9万个), and where a set phrase a number opens ends (五位一体/l, 四面八方/i: they count nothing)."""
        self._words = {t.start: t.word for t in tokens if t.word in _ALONE} if tokens else None
        self._phrases = {t.start: t.end for t in tokens or () if t.flag in self.phrase_tags and t.word[0] in CN_DIGITS}

    def _not_a_figure(self, s: str, m: re.Match[str]) -> bool:
        """A number with a unit that states no figure: a year naming something, an ordinal, a number inside a
        quoted name, a threshold inside a name."""
        if m.group("unit") == "年" and re.fullmatch(r"(19|20)[0-9]{2}", m.group("num")):
            return True         # 2023年 is a year (2000余人 is a count)
        if m.group("unit") == "年" and re.match(self.ind["year_label_after"], s[m.end():m.end() + 1]):
            return True         # 114年特優里長, 自99年起: a year that names something, not a span of years
        if m.group("unit") == "年" and s.startswith(tuple(self.ind["years_ago"]), m.end()):
            return True         # 从23年前的50队: when, not how long
        if m.start() > 0 and s[m.start() - 1] in "第前":
            return True
        if self._phrases.get(m.start(), 0) > m.end():
            return True         # “党支部+党员+社干+公益性岗位+农户”五位一体整治队伍: a set phrase, no five people
        if self.date_before.search(s, max(0, m.start() - 8), m.start()):
            return True         # 2025-10-16: the day of a date
        if m.group("unit") == "个" and self.span_after.match(s, m.end()):
            return True         # 历时近3个月, 5个多小时: a span of time, not a count
        if m.group("unit") == "次" and self.session_after.match(s, m.end()):
            return True         # 市十八届人大二次会议: the session's number
        if m.group("num") == "一" and not m.group("more"):
            return True         # 有这样一支特殊的队伍: 一 and a measure word is "a", not a count
        if not m.group("num")[0].isdigit() and self._in_quoted_name(s, m.start()):
            return True
        # 5000万元以上企业12家: a threshold inside a name, not a figure
        return m.group("above") == "以上" and m.end() < len(s) and bool(re.match(r"[\u4e00-\u9fff]", s[m.end()]))

    def _in_quoted_name(self, s: str, pos: int) -> bool:
        """Whether ``pos`` lies inside a quoted name (“三个一”工程): a quotation mark opens before it and closes
        soon after, on the same line (a quoted speech that runs on is no name)."""
        opening = s.rfind("“", 0, pos)
        if opening < 0 or s.rfind("”", 0, pos) > opening:
            return False
        closing = s.find("”", pos)
        return 0 <= closing - opening <= self.quoted_max and "\n" not in s[opening:closing]

    def _change_and_rank(self, s: str, end: int) -> tuple[float | None, str | None, int]:
        """The year-on-year change and the rank printed right after a figure, and where they end."""
        change = None
        ch = self.change.match(s, end) or (self.change.match(s, end + 1) if s[end:end + 1] in "，," else None)
        if ch:
            change = _num(ch.group(3))
            if change is not None and ch.group(2) in self.ind["change"]["negative"]:
                change = -change
            end = ch.end()
        rank = None
        rk = self.rank.search(s, end, min(len(s), end + 12))
        if rk and not re.search(f"[{re.escape(CLAUSE_END)}]", s[end:rk.start()]):
            rank, end = rk.group(2), rk.end()
        return change, rank, end

    def counted_noun(self, s: str, after: int) -> tuple[int, int]:
        """The span of the noun a number counts when it follows the number (6项困难群众保障标准); it ends before
        another number and the join before it (48名特優里長及15位…: 特優里長), and before a verb of what it does
        or has done (``counted_after.noun_end_verbs``: 五个区实现…, 1支新成立志工隊授旗)."""
        tail = after
        while tail < len(s) and s[tail] not in CLAUSE_END + "、" and tail - after < 12 and not s[tail].isdigit():
            tail += 1
        noun = s[after:tail]
        if tail < len(s) and s[tail].isdigit():
            noun = noun.rstrip("及和与")
        for verb in self.ind["counted_after"]["noun_end_verbs"]:
            idx = noun.find(verb)
            if idx > 0:
                noun = noun[:idx]
        return after, after + len(noun)

    def _ranks(self, s: str, taken: set[int], figures: list[Figure]) -> list[Figure]:
        """Rank-only figures: 多项工作位居全省前列; a list before 均居全省首位 gives one per item."""
        out = []
        matches = [(m.start(), m.end(), m.group(2), True) for m in self.rank.finditer(s)]
        matches += [(m.start(), m.end(), m.group(1), False) for m in self.sweep.finditer(s)]
        for start, end, rank, verb in sorted(matches):
            if start in taken:
                continue
            clause = self._clause_start(s, start)
            items = [(clause, start)]
            sentence = clause
            if s[start:start + 1] == "均" or s[start:end].startswith("均"):
                sentence = start
                while sentence > 0 and s[sentence - 1] not in "。！？；\n，":
                    sentence -= 1
                items, pos = [], sentence
                for part in re.split("、", s[sentence:start]):
                    items.append((pos, pos + len(part)))
                    pos += len(part) + 1
            for item_start, item_end in items:
                name_start, name_end = self._name(s, item_start, item_end)
                name_text = s[name_start:name_end]
                if name_text.endswith("等"):
                    name_end -= 1
                if name_end - name_start < self.ind["min_name_length"]:
                    continue
                merged = next((f for f in figures if item_start <= f.start < item_end and f.rank is None), None)
                if merged:
                    merged.rank = rank
                    merged.extra["rank_quote_end"] = end
                    continue
                out.append(Figure(name_start, name_end, item_start if not verb else name_start, end, None, None,
                                  None, rank, False, False, self.ind["rule_ids"]["rank"],
                                  self.ind["confidence"]["rank"]))
        return out
