"""Rosters printed line by line (``awards.line_roster``): a head line names a title, and each short line after it
opens with the name of one of its holders.

    第四届宁波市道德模范名单
    敬业奉献模范
    俞复玲江东区百丈街道划船社区党委书记
    陈怡市公安局鄞州分局钟公庙派出所民警

Each holder received the title of the last head above it. A quote may not cross a line, so each conferral is quoted
from its holder's line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from civickg.extract.recognize import (
    CJK_WORD,
    PRIORITY,
    QUOTE_CLOSE,
    Mention,
    Recognizer,
    _conferral_at,
    _Context,
    _ends_and_starts,
    award_class,
    rule_trigger,
)
from civickg.extract.text import before_note, list_items

#: the punctuation that ends a sentence: a line holding one is prose, not a roster's line
_PROSE = re.compile("[。！？!?；;]")
#: a comma between clauses: a line closed by a full stop that holds one is a sentence
_CLAUSE_COMMA = re.compile("[，,]")


def line_rosters(rec: Recognizer, ctx: _Context, known: list[Mention],
                 awards: list[Mention] = ()) -> tuple[list[Mention], list[dict[str, Any]]]:
    """The titles and holders of the rosters printed line by line in the text, and a conferral for each holder;
    ``awards``: the awards the triggers read, which a head line may refer back to (他们分别是)."""
    s, rule = ctx.s, rec.rules["awards"]["line_roster"]
    if s.count("\n") < 2:
        return [], []
    trig = rule_trigger(rec.rules["awards"], "civic:conferred", rule)
    lead = re.compile(rule["list_marks"])
    starts, ends = _by_start_and_end(known)
    out, conferrals = [], []
    _, longest = _ends_and_starts(known)     # the longest name at each start, as the trigger's reading has them
    title: Mention | None = None
    parties: dict[str, Any] = {}     # the edition of the title in force
    held = False        # whether the title in force has a holder yet
    profiles = False    # whether the title's holders are profiled (_profiled)
    pos = 0
    while pos <= len(s):
        end = s.find("\n", pos)
        end = len(s) if end < 0 else end
        start = lead.match(s, pos).end()
        start, pos = _trimmed(s, start, end), end + 1
        stop = start + len(s[start:end].rstrip(" \u3000\t"))
        if start == stop:
            continue        # a blank line ends no roster
        referred = _referred_title(ctx.s, start, stop, awards, rule)
        if referred is not None:        # 4名志愿者获评“…优秀志愿者”。/ 他们分别是 / …: the title named above
            title, held, parties, profiles = referred, True, {}, False
            continue
        head = _head(rec, ctx, start, stop, rule)
        if head is not None:
            title = head
            edition, after = rec._award_edition(s, head.start, longest)     # 第四届宁波市道德模范名单
            if edition is not None and after < head.end - 1:
                title = replace(head, start=after, key=s[after:head.end], label=s[after:head.end])
            parties = {"edition": edition, "edition_span": (head.start, head.end)} if edition is not None else {}
            read = next((m for m in awards if (m.start, m.end) == (title.start, title.end)), None)
            held, profiles = read is not None, False    # 广州入选全国文明村镇名单: a trigger's reading of the head's
            title = read or title       # title stands for it
            continue
        title = None if _titled_line(rec, s, start, stop) else title    # 一、“…”最佳组织奖:A、B: a roster of its own
        if title is None or re.match(rule["dated_line"], s[start:stop]):
            continue        # 2017年度全市 / “十佳社区”名单: a line of the next head's year and area, no holder
        found = _line_items(rec, ctx, (start, stop), starts, rule)
        if found is None:       # prose: the roster is over, unless it is one of profiles (the prose between them
            title = title if profiles else None     # tells the holder's deeds)
            continue
        items, profiles = found[0], profiles or found[1]
        for item in items:
            found = _holder(rec, ctx, item, (starts, ends), rule)
            if found is None:
                continue
            holder, made = found
            if not held:
                out.append(title)
                held = True
            out += made
            conferrals.append(_conferral_at(title, holder, trig, item[0], "", recipient_after=True, line=item,
                                            **parties))
    return out, conferrals


def honour_lines(rec: Recognizer, ctx: _Context) -> tuple[list[Mention], list[dict[str, Any]]]:
    """The honours listed one a line under a heading of honours (``awards.honour_lines``: 荣誉称号 / 2012年6月全国
    “创先争优先进基层组织” / …), with no holder named: the article's subject won each (``of_actor``), in the year
    the line opens with."""
    s, rule = ctx.s, rec.rules["awards"]["honour_lines"]
    heads = re.compile("(?m)^[ \u3000]*(?:" + "|".join(map(re.escape, rule["heads"])) + ")[：:]?[ \u3000]*\n")
    line_re = re.compile(rule["line"])
    trig = rule_trigger(rec.rules["awards"], "civic:conferred", rule)
    out: list[Mention] = []
    conferrals: list[dict[str, Any]] = []
    for head in heads.finditer(s):
        pos = head.end()
        while (line := line_re.match(s, pos)) is not None:
            start, end = line.span("title")
            title = s[start:end]
            named = title.strip("“”「」")
            if title.startswith(("“", "「")) and title.endswith(("”", "」")):
                start, end = start + 1, end - 1
            award = Mention(start, end, s[start:end], [award_class(named, rec.rules["awards"])], rule["id"],
                            rule["confidence"], "award", label=s[start:end])
            out.append(award)
            conferrals.append({**_conferral_at(award, None, trig, line.start(), "", recipient_after=True,
                                               line=(line.start("title"), line.end("title"))), "of_actor": True})
            pos = line.end()
    return out, conferrals


def _titled_line(rec: Recognizer, s: str, start: int, stop: int) -> bool:
    """Whether the line from ``start`` to ``stop`` names its own title before a colon (“…”最佳组织奖:A、B): a title
    with an award's or an honour's ending."""
    a = rec.rules["awards"]
    colon = min((i for c in a["roster"]["colons"] if (i := s.find(c, start, stop)) > start), default=-1)
    return colon > 0 and s.endswith(tuple(a["award_endings"] + a["honour_endings"]), start, colon)


def _trimmed(s: str, start: int, end: int) -> int:
    """``start`` past the spaces that open a line ending at ``end``."""
    while start < end and s[start] in " \u3000\t":
        start += 1
    return start


def _items(s: str, start: int, stop: int, rule: dict[str, Any]) -> list[tuple[int, int]] | None:
    """The holders' items of a roster's line: the line, or the items its list marks part (敦化市第一中学校、珲春市第一
    小学校; a full stop may close the last), each at most ``max_line`` characters; None for a line of prose."""
    if s[stop - 1] in rule["list_stops"] and "、" in s[start:stop]:
        if _CLAUSE_COMMA.search(s, start, stop):
            return None     # 经研究决定，授予A、B等3个集体…称号。: a sentence, its clauses parted by commas
        stop -= 1
    if _PROSE.search(s, start, stop):
        return None
    items = list_items(s, start, stop)
    return items if items and all(b - a <= rule["max_line"] for a, b in items) else None


def _by_start_and_end(known: list[Mention]) -> tuple[dict[int, list[Mention]], dict[int, list[Mention]]]:
    """The mentions by where they start and by where they end."""
    starts: dict[int, list[Mention]] = {}
    ends: dict[int, list[Mention]] = {}
    for m in known:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    return starts, ends


def _referred_title(s: str, start: int, stop: int, awards: list[Mention], rule: dict[str, Any]) -> Mention | None:
    """The title a head line refers back to (他们分别是, 名单如下: ``line_roster.referring_heads``): the last award
    a trigger read in the paragraph right above it; None for any other line."""
    line = s[start:stop].rstrip("：:")
    if not line.endswith(tuple(rule["referring_heads"])) or len(line) > rule["max_head"]:
        return None
    above = s.rfind("\n", 0, max(start - 1, 0)) + 1
    return max((m for m in awards if above <= m.start and m.end <= start), key=lambda m: m.end, default=None)


def _head(rec: Recognizer, ctx: _Context, start: int, stop: int, rule: dict[str, Any]) -> Mention | None:
    """The title a head line names (from ``start`` to ``stop``): short, no punctuation of a sentence, a word of praise
    and an ending of an honour or an award; or a list's title before the word for the list (…道德模范名单). A line
    that opens with a verb (一、打造示范社区) is a heading of work, no title."""
    roster, a, s = rec.rules["awards"]["roster"], rec.rules["awards"], ctx.s
    first = ctx.tokens[ctx.owner[start]] if ctx.tokens else None
    if first is not None and first.start == start and len(first.word) > 1 and first.flag.startswith("v"):
        return None
    if s[stop - 1:stop] in ("：", ":"):
        stop -= 1       # 最美志愿者：, the names on the lines below
    noted = before_note(s, stop)        # 第七届全国文明村镇名单(延边州12个): the count of the list's items after it
    for word in rule["list_words"]:
        if s.endswith(word, start, noted):
            stop = noted - len(word)
            break
    verb = max((s.find(v, start, stop) + len(v) for v in rule["head_verbs"] if s.find(v, start, stop) >= 0),
               default=-1)
    start = verb if verb > start else start     # 广州入选全国文明村镇名单: the title after the verb of the list
    if s[stop - 1:stop] == QUOTE_CLOSE.get(s[start:start + 1]):
        start, stop = start + 1, stop - 1       # “十佳社区”名单: the title inside its quotation marks
    end = before_note(s, stop)      # 最美志愿服务村(社区)
    if end < stop and re.fullmatch(rule["head_count"], s[end + 1:stop - 1]):
        stop = end      # 优秀志愿者（2名）: the count of its holders, no part of the title
    label = s[start:stop]
    if label in a["honour_lines"]["heads"]:
        return None     # 荣誉称号 over the subject's honours, one a line (honour_lines), no holders
    short = rule["min_head"] if s[start:end] not in roster["ranks"] else 2      # 特優 alone heads its holders
    if not short <= end - start <= rule["max_head"] or not CJK_WORD.search(label) \
            or any(ch in label for ch in rule["not_in_head"]) or any(w in label for w in rule["not_in_head_words"]):
        return None
    named = s[start:end]
    endings = tuple(a["award_endings"] + a["honour_endings"] + roster["title_endings"] + rule["endings"])
    if not named.endswith(endings) or not any(w in named for w in roster["marks"] + rule["marks"] + roster["ranks"]):
        return None
    return Mention(start, stop, label, [award_class(named, a)], rule["id"], rule["confidence"], "award", label=label)


def _holder(rec: Recognizer, ctx: _Context, line: tuple[int, int],
            index: tuple[dict[int, list[Mention]], dict[int, list[Mention]]],
            rule: dict[str, Any]) -> tuple[Mention, list[Mention]] | None:
    """Who a holder's line (``line``: its start and stop) names, and the mentions read for it: a person whose name
    opens the line (with the names read over the name and the words after it, cut to those words), or else the
    body, team or place whose name runs to the line's end (鹿城区松台街道郭公山社区: 郭公山社区). ``index``: the
    mentions by where they start and where they end."""
    (start, stop), (starts, ends) = line, index
    person = _person(rec, ctx, start, stop, starts, rule)
    if person is not None:
        read = next((m for m in starts.get(start, []) if m.family == "person" and m.end == person.end), None)
        if read is not None and read.rule == rec.people["profiled"]["id"]:
            return read, []     # 張定宇,男,…: the name a rule of people read (people.profiled) holds the title
        made = [person]
        for m in starts.get(start, []):
            if m.family in rule["cut_families"] and m.end > person.end:
                key = ctx.s[person.end:m.end]
                made.append(replace(m, start=person.end, key=key, label=key if m.label else "", parent=None,
                                    extra={**m.extra, "after_holder": True}))
        return person, made
    end = before_note(ctx.s, stop)
    names = [m for m in ends.get(end, []) if start <= m.start and m.family in rule["holder_families"]]
    if not names:       # 内江市爱心志愿者协会副理事长李伟: the person named after a post at the line's end
        return next(((m, []) for m in ends.get(end, []) if start < m.start and m.family == "person"
                     and m.extra.get("role_start") is not None), None)
    return max(names, key=lambda m: (m.end - m.start, PRIORITY[m.family], m.confidence, -m.start)), []


def _person(rec: Recognizer, ctx: _Context, start: int, stop: int, starts: dict[int, list[Mention]],
            rule: dict[str, Any]) -> Mention | None:
    """A name of two or three characters opening the line, led by a surname and followed by the line's end, a
    space, a bracket or a list mark, by a place's name, or (a two-character name) by an office's level
    (陈怡市公安局: 陈怡, then 市公安局). A name of three characters before a place's name may have a surname the
    rules do not list (伊祥华象山县…). No word of the dictionary is a name, and a line a place's name opens names
    no person (鹿城区松台街道…)."""
    s = ctx.s
    if any(m.family in ("place", "gazetteer") for m in starts.get(start, [])):
        return None
    for length in (3, 2):
        end = start + length
        name = s[start:end]
        if end > stop or not rec.plain_name(name):
            continue
        after = s[end:end + 1]
        placed = any(m.family in ("place", "gazetteer") for m in starts.get(end, []))
        if (placed and length == 3) or (rec._is_surname(name) and (
                end == stop or after in rule["name_ends"] or placed or (length == 2 and after in rule["levels"]))):
            return Mention(start, end, name, ["Person"], rule["id"], rule["confidence"], "person",
                           extra={"line_holder": True, **_line_post(rec, s, end, stop)})
    return None


def _line_items(rec: Recognizer, ctx: _Context, line: tuple[int, int], starts: dict[int, list[Mention]],
                rule: dict[str, Any]) -> tuple[list[tuple[int, int]], bool] | None:
    """The holders' items of a roster's line (:func:`_items`) and whether the line is a holder's profile
    (:func:`_profiled`); None for prose."""
    items = _items(ctx.s, *line, rule)
    if items is not None:
        return items, False
    profiled = _profiled(rec, ctx, *line, starts, rule)
    return ([profiled], True) if profiled is not None else None


def _profiled(rec: Recognizer, ctx: _Context, start: int, stop: int, starts: dict[int, list[Mention]],
              rule: dict[str, Any]) -> tuple[int, int] | None:
    """A line of prose that opens with a holder's name and one of ``profile_marks`` (王建国，男，1960年生…。 /
    李秀英：红光街道居民，…。): the holder's item, the name and the mark; None for other prose."""
    person = _person(rec, ctx, start, stop, starts, rule)
    if person is None or not ctx.s.startswith(tuple(rule["profile_marks"]), person.end):
        return None
    return start, person.end


def _line_post(rec: Recognizer, s: str, end: int, stop: int) -> dict[str, Any]:
    """The post a holder's line gives after the name, at the line's end (…划船社区党委书记: 党委书记, held in the body
    named before it), as a post printed before a name is read (people.yaml ``offices``); with no post, the place a
    word for its residents follows (…三江社区居民, …黎明村人: the holder lives there), else membership of the body
    whose name ends the line or that a word for its staff follows (…有限公司职工), if one does."""
    post = next((m for m in rec.office_re.finditer(s, end, stop) if m.end() == stop), None)
    if post is None:
        rule = rec.rules["awards"]["line_roster"]
        # 胡水林余姚市丈亭镇三江社区居民: one who lives in the place before the word; 伊祥华象山县…有限公司职工: a
        # member of the body before it
        for words, predicate in ((rule["residents"], rule["located"]), (rule["staff"], rule["member"])):
            word = next((w for w in words if s.endswith(w, end, stop) and stop - len(w) > end), None)
            if word is not None:
                return {"role": "", "office_end": stop - len(word), "predicate": predicate}
        # 罗小双 温州市“管妈妈”志愿服务队: a member of the body that ends the line, if one does
        return {"role": "", "office_end": stop, "predicate": rule["member"]}
    if post.start() == end:
        return {}
    return rec._post(post.group(0), post.start())


def without_overrun(found: list[Mention], made: list[Mention]) -> list[Mention]:
    """``found`` without the names read over a roster's holder and the words after the name (陈怡市公安局…: the
    holder 陈怡 and 市公安局…): the cut readings in ``made`` stand for them."""
    holders = {m.start: m.end for m in made if m.extra.get("line_holder")}
    if not holders:
        return found
    return [m for m in found if m.family == "person" or not (m.start in holders and m.end > holders[m.start])]
