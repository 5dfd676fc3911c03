"""Entity mentions: places, organisations, people, awards, named things, documents and events."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from civickg.extract.rules import Area, Rules
from civickg.extract.scanning import scanning
from civickg.extract.segment import dictionary_tag, frequency, in_dictionary
from civickg.extract.spans import Cover, SpanIndex, Taken
from civickg.extract.text import (
    CLAUSE_END,
    SENTENCE_END,
    SourceText,
    Token,
    after_note,
    before_note,
    before_word,
    list_items,
    strip_leading,
    times_printed,
    unbroken,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
CJK_RUN_BREAK = re.compile(r"[^\u4e00-\u9fff]")
LIST_MARK = re.compile("、")
CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
STOP_FLAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "ad", "r", "y", "e", "o", "x", "w", "f", "q",
              "zg", "k", "h", "t", "tg"}
PREPOSITIONS = "在于从向对把以为与和及将由"
HOLDER_CLASSES = {"Company", "University", "PublicInstitution"}      # bodies that hold a facility named after them
# the news outlets read by their suffix or their dateline
OUTLET_RULES = ("org.suffix.media", "org.suffix.dateline-outlet", "name.term.dateline-outlet")
QUOTE_CLOSE = {"“": "”", "「": "」"}
LEVEL_CLASSES = ("Subdistrict", "Community")     # the places below a district read by their suffix
PROPER_FLAGS = {"ns", "nz", "nr", "nt", "nrt", "nrfg"}
MEASURE_WORDS = "支个家项处名位批座所条队"     # (队: 452队关爱队, as Hong Kong counts its care teams)
COUNTED_UNITS = MEASURE_WORDS + "期场次届轮"     # (and the units events are counted in: 7期, 3场)
NAME_FLAGS = {"nr", "nrfg"}      # a person's name as jieba tags it (nrfg: a whole name its dictionary holds, 何淑仪)
CN_NUMERALS = "零〇一二两三四五六七八九十百千"
NAME_NUMERALS = CN_NUMERALS + "半"      # 三灶镇, 五里堡街道, 半泾村: a numeral that opens a place's name
# 二七社区, 五一村, 八一路: two digits with no place value are no count (27 is 二十七): a name, for a day
PAIRED_DIGITS = re.compile("[一二三四五六七八九]{2}")
# Priority when two rules claim the same span: the more specific reading wins.
PRIORITY = {"award": 7, "person": 6, "quoted": 5, "document": 5, "org": 4, "event": 4, "place": 3,
            "gazetteer": 3, "group": 2, "term": 2, "indicator": 1, "phrase": 0}


def _numeral_opens(word: str, pos: int, suffix_start: int) -> bool:
    """A numeral word ending at ``pos`` opens a place's name with its suffix at ``suffix_start``: before other words
    of the name (三灶镇, 五里堡街道; with the 里 of a distance the segmenter joins to it, 九里/m 堤/n 北路), or
    right before the suffix when two digits with no place value (二七社区)."""
    return ((pos < suffix_start and all(ch in NAME_NUMERALS for ch in word.removesuffix("里")))
            or bool(PAIRED_DIGITS.fullmatch(word)))


@dataclass
class Mention:
    """One span of the (simplified) text that names an entity."""

    start: int
    end: int
    key: str                   # the simplified words: mentions with one key are one entity
    classes: list[str]
    rule: str
    confidence: float
    family: str
    label: str = ""            # the label when it differs from the printed span (quoted names)
    parent: Mention | None = None   # the place a place lies in (chains)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def _ordered(words: Iterable[str]) -> tuple[str, ...]:
    """The words, each once, longest first (a rule's words are tried in this order)."""
    return _longest_first(tuple(words))


def award_class(label: str, awards: dict[str, Any]) -> str:
    """Award when the name ends in an award's ending and in none of ``honour_medals`` (五一劳动奖章 is a title of
    honour), else Honour."""
    if label.endswith(tuple(awards["award_endings"])) and not label.endswith(tuple(awards["honour_medals"])):
        return "Award"
    return "Honour"


@lru_cache(maxsize=1024)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for the words that matches, at a position, the longest of them printed there (as a longest-first
    alternation does), its alternatives shared by common beginnings so that a match tries each character once."""
    return _word_pattern(frozenset(words))


@lru_cache(maxsize=256)
def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """:func:`_alternation` of a set of words, made once (readings of each article ask for the same lists)."""
    return re.compile(_grouped_trie_pattern(sorted(words)))


#: how many first characters a group of a long alternation holds (:func:`_grouped_trie_pattern`)
_GROUP_SIZE = 25


def _grouped_trie_pattern(words: list[str]) -> str:
    """:func:`_trie_pattern` of the words; when they open with many characters, its alternatives go in groups of
    ``_GROUP_SIZE`` first characters, each behind a lookahead of them, and the whole behind a lookahead of all: the
    engine tries the few alternatives of one group at a position instead of passing over all of them. The
    alternatives open with distinct characters, so at most one can match at a position: the same matches."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word)
    firsts = list(by_first)
    if len(firsts) < 2 * _GROUP_SIZE:
        return _trie_pattern(words)
    size = -(-len(firsts) // -(-len(firsts) // _GROUP_SIZE))      # groups of even size, none over _GROUP_SIZE
    groups = [firsts[i:i + size] for i in range(0, len(firsts), size)]
    return "(?=[" + "".join(map(re.escape, firsts)) + "])(?:" + "|".join(
        "(?=[" + "".join(map(re.escape, group)) + "])" + _trie_pattern([w for f in group for w in by_first[f]])
        for group in groups) + ")"


def _trie_pattern(words: list[str]) -> str:
    """The words (sorted, distinct, none empty) as a pattern of nested alternatives by first character, each word's
    end optional where longer words go on (greedy: the longest is tried first)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        longer = [r for r in rests if r]
        if not longer:
            parts.append(re.escape(first))
            continue
        inner = _trie_pattern(longer)       # one alternative, or several already grouped
        parts.append(re.escape(first) + (f"(?:{inner})?" if "" in rests else inner))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _chained_town_pattern(rule: dict[str, Any]) -> re.Pattern[str]:
    """A township's name (group 1) and, looked ahead at, a village's (places.yaml ``chained_towns``)."""
    (low, high), (next_low, next_high) = rule["base"], rule["before_base"]
    villages = "|".join(map(re.escape, rule["before"]))
    suffixes = "|".join(map(re.escape, rule["suffixes"]))
    return re.compile(f"([\u4e00-\u9fff]{{{low},{high}}}?(?:{suffixes}))"
                      f"(?=[\u4e00-\u9fff]{{{next_low},{next_high}}}?(?:{villages}))")


class Recognizer:
    """Compiled rules for one Rules object; ``mentions()`` reads one text."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        places, people = rules["places"], rules["people"]
        self._index_areas(rules.areas, places)
        self.area_rule = {g["level"]: g for g in places["gazetteer"]}
        self.max_area = max(len(n) for n in self.areas_by_name)
        self.fixed_places = {w: r for r in places["fixed"] for w in r["words"]}
        # every start of a gazetteer name (a name starts itself): the scan reads on while the text spells one,
        # and skips to the next place where the first two characters of a name (all of a name of one) are printed
        names = [*self.areas_by_name, *self.short_names, *self.fixed_places]
        self.name_starts = {name[:n] for name in names for n in range(1, len(name) + 1)}
        self.name_heads: dict[str, set[str]] = {}      # a name's first character → the characters after it
        for name in filter(None, names):
            self.name_heads.setdefault(name[0], set()).add(name[1:2])
        self.not_places = set(places["not_places"])
        self.quoted_title_words = tuple(places["quoted_title_words"])
        self.resultative_ends = frozenset(rules["organizations"]["resultative_ends"])
        self.not_place_endings = tuple(places["not_place_endings"])
        self.level_words = set(places["level_words"])
        self.grade_levels = self.level_words | set(places["grade_levels"])
        self.glued_levels = set(places["glued_levels"]["words"])
        self.toponym = places["toponym_endings"]
        self.campaign_targets = set(places["campaign_targets"])
        self.campaign_verbs = {t[0] for t in self.campaign_targets}     # 进 of 送温暖进社区: no toponym's character
        self.toponym_verb_levels = tuple(places["toponym_verb_levels"])
        self.glued_plural = tuple(places["glued_levels"]["plural_after"])
        self.body_heads = set(places["body_heads"])
        self.branch_after = tuple(places["branch_after"])
        self.common_districts = places["common_word_districts"]
        self.common_district_words = frozenset(self.common_districts["words"])
        self._compile_orgs(rules)
        self._compile_events(rules["events"])
        self.people = people
        self.person_groups = _alternation(people["groups"]["words"])
        self.group_words, self.time_bases = set(people["groups"]["words"]), frozenset(rules["places"]["time_bases"])
        self.verb_bases = frozenset(rules["places"]["verb_bases"])
        self.group_not_before = tuple(people["groups"]["not_before"])
        self.not_names = set(people["not_names"])
        self.place_endings = tuple(people["place_endings"])
        self._compile_people(people)
        self.single_surnames = set(people["surnames"]["single"])
        self.clan_villages = rules["places"]["clan_villages"]
        self.not_opening_word_tags = frozenset(people["surnames"]["not_opening_word_tags"])
        self.office_by_word = {w: office for office in people["offices"] for w in office["words"]}
        self.office_re = _alternation(list(self.office_by_word))
        self.body_after_post = tuple(people["surnames"]["body_after_post"])
        self.conjunction_openers = tuple(places["conjunction_openers"])
        self.double_surnames = set(people["surnames"]["double"])
        self._compile_awards(rules)
        self._compile_names(rules)

    def _compile_orgs(self, rules: Rules) -> None:
        """The tables that read bodies' and events' names: suffixes, words that end or open a name, roads."""
        places, orgs = rules["places"], rules["organizations"]
        self.subsidiary_after = tuple(orgs["subsidiary_after"])
        self.kind_words = tuple(orgs["kind_words"])
        self.glued_prepositions = orgs["glued_prepositions"]
        self.term_verbs = frozenset(w for r in self.rules["names"]["terms"] for w in r.get("verbs_before_places", ()))
        self.road_words = set(places["road_words"])
        self._place_patterns(places)
        self.org_rules = [(r, _alternation(r["suffixes"])) for r in orgs["suffixes"]]
        self.org_suffixes = tuple(sorted({sfx for r in orgs["suffixes"] for sfx in r["suffixes"]}))
        self.event_rules = [(r, _alternation(r["suffixes"])) for r in rules["events"]["suffixes"]]
        self.not_suffix_words, self.quoted_heads = set(orgs["not_suffix_words"]), set(orgs["quoted_head_classes"])
        self._holding: dict[str, list[tuple[str, int]]] = {}
        self.name_season_words = frozenset(orgs["name_season_words"])     # kept in a name, and they open it
        self.name_time_words = set(orgs["name_time_words"]) | self.name_season_words
        self.pair_dashes = frozenset(self.rules["events"]["pair_dashes"])
        self.level_openers, self.levels_after_verb = set(orgs["level_openers"]), frozenset(orgs["levels_after_verb"])
        self.kinds_before_level = frozenset(orgs["kinds_before_level"])
        self.committee_after_level = frozenset(orgs["committee_after_level"]["words"])
        self.committee_levels = frozenset(orgs["committee_after_level"]["levels"])
        self.level_chars = self.committee_levels | self.level_openers     # the characters of a level that open names
        self.departments = orgs["departments"]
        self.not_name_start = _ordered(orgs["not_name_start"])
        # (the word, how many of its characters the walk takes back) for each word the segmenter cuts apart
        self.cut_words = tuple((w, k) for w in orgs.get("cut_words", ()) for k in range(1, len(w)))
        self.boundary_verbs, self.verbs_glued_to_level = _boundary_words(rules), frozenset(orgs["verbs_glued_to_level"])
        self.whole_count_re = re.compile(rules["phrases"]["whole_count"])     # 三大, 5项: a whole's count

    def _compile_awards(self, rules: Rules) -> None:
        """The awards' trigger words and the patterns of an award's year, list joins and modifiers."""
        self.award_triggers = [(t, w) for t in rules["awards"]["triggers"] for w in t["words"]]
        self.award_trigger_re = _alternation([w for _, w in self.award_triggers])
        self.counted_before_quote = re.compile(rules["awards"]["agent"]["counted_before_quote"])
        self.counted_before_name = re.compile(rules["awards"]["agent"]["counted_before_name"])
        self.counted_people_re = re.compile(rules["awards"]["agent"]["counted_people"])
        self.role_parties = tuple(rules["organizations"]["role_parties"])
        self.role_ends = frozenset(w[-1] for w in self.role_parties)
        self.title_before = tuple(rules["organizations"]["title_before"])
        self.counted_title_re = re.compile(rules["awards"]["counted_title"]["count"])
        self.roster_tail_re = re.compile(rules["awards"]["roster"]["head_tail"] + "$")
        self.given_by_re = re.compile(rules["awards"]["agent"]["given_by"])
        self.entered_list_res = [re.compile(p) for p in rules["awards"]["entered_list"]["patterns"]]
        self.counted_recipient_re = re.compile(rules["awards"]["counted_recipient"]["pattern"])
        self.counted_reach = rules["awards"]["counted_recipient"]["reach"]
        self.award_by_word = {w: t for t, w in self.award_triggers}
        self.edition_re = re.compile(rules["events"]["edition_pattern"])
        self.place_ordinal_re = re.compile(rules["places"]["ordinal_before"])
        self.praised_title_verbs = frozenset(rules["awards"]["praised_title"]["verbs"])
        self.titles_after_name = frozenset(rules["awards"]["titles_after_name"])
        self.time_word_re = re.compile(rules["places"]["time_words"])
        self.award_year_re = re.compile(rules["awards"]["year_prefix"])
        self.honour_join_re = re.compile(rules["awards"]["list"]["joins"])
        self.honour_level_re = re.compile(rules["awards"]["list"]["level_item"])
        self.profiled_re = re.compile(rules["people"]["profiled"]["pattern"])
        self.award_modifier_re = re.compile(rules["awards"]["modifier"])
        self.modifier_names_re = re.compile(rules["awards"]["modifier_names"])
        self.modifier_copula_re = re.compile(rules["awards"]["modifier"] + rules["awards"]["modifier_names"])
        self.counted_roster_re = re.compile(rules["awards"]["roster"]["counted"])
        self.titled_count_re = re.compile(rules["awards"]["roster"]["titled"]["counted"])
        self.passive_counted_re = re.compile(f"(?:{rules['awards']['passive']['counted']})$")
        self.two_place_words = frozenset(rules["places"]["two_place_words"])
        self.roster_sep_re = _alternation(rules["awards"]["roster"]["colons"] + rules["awards"]["roster"]["copulas"])

    def _compile_events(self, events: dict[str, Any]) -> None:
        self.event_verbs_not_naming = set(events["verbs_not_naming"])
        self.event_not_names = tuple(sorted(events["not_names"]))
        self.event_not_before = tuple(events["not_before"])
        self.served_after = frozenset(events["served_after"])
        self.event_work_words = tuple(events["work_line"]["words"])
        self.event_work_nouns = frozenset(events["work_line"]["noun_tags"])
        joins = events["work_line"]["name_joins"]
        self.event_name_joins = (frozenset(joins["words"]), tuple(joins["honouring"]), tuple(joins["not_after"]))
        self.event_ceremony_words = tuple(events["ceremony_of"]["words"])
        self.event_name_units = set(events["name_units"])
        self.honour_joins = frozenset(events["honour_joins"])
        self.honour_endings = tuple(self.rules["awards"]["honour_endings"])
        self.event_year_re = re.compile(events["year_opening"])
        self.event_slogan_re = re.compile(events["slogan_lead"])
        self.event_roc_year_re = re.compile(events["roc_year_opening"])

    def _compile_names(self, rules: Rules) -> None:
        """The patterns of names.yaml's readings: documents, quoted names and terms; and what a name walk stops at
        (an adverb glued to a verb) or runs over (a verb heading a kind of organisation: 社会组织)."""
        names = rules["names"]
        self.verb_adverbs = frozenset(rules["phrases"]["verb_adverbs"])
        self.noun_heads = rules["indicators"]["counted_after"]["noun_heads"]
        self.doc_rules = names["documents"]
        self.doc_number_re = re.compile(names["documents"]["number"]["pattern"])
        self.doc_status_re = re.compile(names["documents"]["status"])
        self.doc_suffix_rules = [(r, _alternation(r["suffixes"])) for r in names["documents"]["suffixes"]]
        self.quoted = names["quoted"]
        # each rule's words once, longest first, and the inner rules' endings and openings as tuples
        self.quoted_after = [(rule, tuple(_ordered(rule["words"]))) for rule in self.quoted["after"]]
        self.quoted_inner = [(rule, tuple(rule["words"]), tuple(rule.get("opens", [""])))
                             for rule in self.quoted["inner"]]
        self.term_by_word = {w: rule for rule in names["terms"] for w in rule["words"]}
        self.term_re = _alternation(list(self.term_by_word))
        self.term_patterns = [(rule, scanning(rule["pattern"])) for rule in names["term_patterns"]]
        self.doc_verbs = _ordered([w for t in rules["relations"]["triggers"] for w in t["words"]
                                   if t["predicate"] in ("issued", "drafted")])
        street = next(r for r in rules["places"]["suffixes"] if r["id"] == "place.suffix.street")
        self.street_naming = frozenset(rules["awards"]["street_naming"])
        self.street_named_re = re.compile(       # 被命名为“凤凰路”: a street named, no honour
            f"“?[\u4e00-\u9fff]{{{street.get('min_base', 1)},{street['max_base']}}}?"
            f"(?:{'|'.join(map(re.escape, _ordered(street['suffixes'])))})(?=[”，。、；和及与]|$)")

    def _compile_people(self, people: dict[str, Any]) -> None:
        """The patterns of people.yaml's readings of names beside a word (a verb after a byline, an age, a person's
        noun, a word of address) and of groups after an age limit."""
        self.not_name_openers = tuple(people["not_name_openers"])
        self.post_after_place = tuple(people["post_after_place"])
        self.body_members = tuple(self.rules["organizations"]["name_end_before"]["members"])
        self.name_particles = tuple(self.rules["organizations"]["name_end_before"]["particles"])
        self.age_limit_re = re.compile(people["age_limits"]["pattern"])
        self.name_title_re = _alternation(people["kinship"]["after_names"] + people["kinship"]["glued"])
        kin = "|".join(re.escape(w) for w in _ordered(people["kinship"]["words"]))  # 罗姨, 张叔: surname, kin word
        self.kinship_re = re.compile(f"[{re.escape(''.join(sorted(set(people['surnames']['single']))))}](?:{kin})")
        speakers = people["speakers"]
        self.role_suffix_re = re.compile(
            f"[{re.escape(''.join(speakers['role_suffixes']))}](?=[{re.escape(people['surnames']['single'])}])")
        self.age_before_re = scanning(speakers["age"])
        self.speech_verb_re = _alternation(speakers["verbs"])
        listed = people["listed"]
        self.list_closer_re = _alternation(listed["closers"])
        self.counted_closer_re = re.compile(listed["counted_after"])
        roster = listed["roster"]
        self.roster_count_re = re.compile(roster["counted"] + "$")
        self.roster_people_re = re.compile("(?:" + "|".join(map(re.escape, _ordered(roster["opens"]))) + ")[^"
                                           + re.escape(roster["ends"]) + "]*()")
        self.listed_kind_re = re.compile("等(" + "|".join(map(re.escape, _ordered(
            self.rules["organizations"]["listed_kind"]["kinds"]))) + ")")
        # a name of two or three characters right before an honorific (局長羅致光博士)
        self.honoured_name_re = re.compile("[\u4e00-\u9fff]{2,3}(?=" + "|".join(people["honorifics"]) + ")")
        # a name of two or three characters standing alone after a byline word (记者 张三, 记者王国忠报道, (张浪摄))
        self.name_run_re = re.compile("[\u4e00-\u9fff]{2,3}(?=" + "|".join(people["byline_name_ends"]) + ")")
        appointed = people["appointed"]
        self.appointed_re = re.compile(f"(?:{'|'.join(map(re.escape, _ordered(appointed['verbs'])))})"
                                       f"([\u4e00-\u9fff]{{2,4}}?)为([^，,。；;：:\n]{{0,{appointed['max_post']}}})")
        self.dotted_name_re = re.compile(listed["dotted"])
        dotted = people["dotted_names"]
        self.dot_re = scanning(f"(?<=[\u4e00-\u9fff])[{dotted['dots']}](?=[\u4e00-\u9fff])")
        self.name_followers = _ordered([*people["surnames"]["after"], *dotted["then"]])
        self.dotted_openers = _ordered([*dotted["openers"], *(w for o in people["offices"] for w in o["words"]),
                                        *(w for r in people["bylines"] for w in r["words"]),
                                        *people["groups"]["words"]])
        offices = "|".join(re.escape(w) for w in _ordered(w for o in people["offices"] for w in o["words"]))
        body = f"[^（）()\\n]{{0,{people['bracketed_posts']['max_body']}}}?"
        self.bracket_post_re = re.compile(f"[（(]{body}({offices})[）)]")

    def _place_patterns(self, places: dict[str, Any]) -> None:
        """The compiled patterns of places.yaml: the suffix rules, the levels below a district, the chained towns,
        the places named by a tagged name and the numbered units."""
        self.place_rules = [(r, _alternation(r["suffixes"])) for r in places["suffixes"]]
        below = _ordered([sfx for r in places["suffixes"] if r["class"] in LEVEL_CLASSES
                          for sfx in r["suffixes"]])
        self.place_suffix_re = re.compile("[\u4e00-\u9fff]{0,6}?(?:" + "|".join(map(re.escape, below)) + ")")
        self.chained_town_re = _chained_town_pattern(places["chained_towns"])
        self.counted_re = re.compile(f"[0-9{NAME_NUMERALS}几数多][余多几]?[{MEASURE_WORDS}]")
        self.tagged_place_rules = [(r, re.compile(f"({_alternation(r['words']).pattern})"
                                                  f"({_alternation(r['banks']).pattern})?"))
                                   for r in places["tagged_places"]]
        self.numbered_unit_rules = [(r, re.compile(f"(?:{r['number']})(?:{_alternation(r['units']).pattern})"))
                                    for r in places["numbered_units"]]
        self.word_heads = frozenset(places["word_heads"])
        self.short_not_before = tuple(places["short_form_not_before"])
        self.short_ward_heads = tuple(places["short_form_ward_heads"])
        self.building_words = frozenset(self.rules["organizations"]["building_words"])
        self.land_words = frozenset(places["land_words"])

    def _index_areas(self, areas: list[Area], places: dict[str, Any]) -> None:
        """The gazetteer by full name, by short name (济南), and by the short names read only after their
        parent (屯昌 for 屯昌县)."""
        self.areas_by_name: dict[str, list[Area]] = {}
        self.short_names: dict[str, list[Area]] = {}
        self.chained_short: dict[str, list[Area]] = {}
        self.short_of: dict[str, str] = {}      # a district's code → its short name
        min_short = places["short_form_min_length"]
        prefecture = places["prefecture_short"]
        peoples = sorted(prefecture["peoples"], key=len, reverse=True)
        for area in areas:
            if "辖" in area.name or len(area.name) < 2:
                continue
            self.areas_by_name.setdefault(area.name, []).append(area)
            if area.level in places["short_form_levels"] and area.name.endswith(prefecture["suffix"]):
                stem = area.name.removesuffix(prefecture["suffix"])     # 黔东南苗族侗族 → 黔东南
                while (people := next((p for p in peoples if stem.endswith(p)), None)) is not None:
                    stem = stem.removesuffix(people)
                if len(stem) >= min_short and not area.name.startswith(stem + prefecture["suffix"]):
                    self.short_names.setdefault(stem + prefecture["short_suffix"], []).append(area)
            elif area.level in places["short_form_levels"]:
                short = re.sub(r"(省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)$", "", area.name)
                if len(short) >= min_short and short != area.name:
                    self.short_names.setdefault(short, []).append(area)
            elif area.level in places["chained_short_form_levels"]:
                short = re.sub(r"(县|区|市|自治县)$", "", area.name)
                if len(short) >= min_short and short != area.name:
                    self.chained_short.setdefault(short, []).append(area)
                    self.short_of[area.code] = short

    # ------------------------------------------------------------------ helpers
    def _token_index(self, tokens: list[Token], length: int) -> tuple[list[int], set[int]]:
        owner = [0] * (length + 1)
        for i, tok in enumerate(tokens):
            owner[tok.start:tok.end] = [i] * (tok.end - tok.start)
        owner[length] = len(tokens) - 1 if tokens else 0
        return owner, {tok.end for tok in tokens}

    def _walk_left(self, ctx: _Context, suffix_start: int, max_base: int, stop_ends: dict[int, Mention] | None,
                   allow_ordinal: bool = True, verb_at_suffix: bool = False) -> tuple[int, Mention | None]:
        """The start of the name whose suffix starts at ``suffix_start``, and the place it stops at."""
        tokens, owner = ctx.tokens, ctx.owner
        pos = suffix_start
        if pos < len(ctx.s) and tokens:
            tok = tokens[owner[pos]]
            if tok.start < pos:
                pos = tok.start
        head = pos        # where the word holding the suffix starts
        parent = None
        work_line = verb_at_suffix and ctx.s.endswith(self.event_work_words, 0, head)
        campaign = False      # a campaign's work words read already (家庭教育指导服务进社区活动)
        while pos > 0:
            if stop_ends is not None and pos in stop_ends:
                parent = stop_ends[pos]
                break
            tok = tokens[owner[pos - 1]]
            word = tok.word
            inner = next((e for e in range(pos - 1, tok.start, -1) if e in stop_ends), None) if stop_ends else None
            if inner is not None and suffix_start - inner <= max_base:
                parent, pos = stop_ends[inner], inner  # 萬里區北基社區 (万里/区北/基): a place ends inside a word
                break
            if suffix_start - tok.start > max_base:
                break
            ok = True
            if not self._kept_in_name(ctx, tok, pos, (head, stop_ends), allow_ordinal, verb_at_suffix) and (
                    not CJK.search(word) or tok.flag in STOP_FLAGS or self._ends_name(ctx, tok)):
                ok = verb_at_suffix and self._verb_in_event_name(ctx, tok, head, work_line)
                if verb_at_suffix and self._work_before_campaign(ctx, tok, campaign):
                    ok = campaign = True
                if tok.flag == "m" and allow_ordinal and word.startswith("第"):
                    ok = True
                if word == "级" and allow_ordinal and pos > 1 and tokens[owner[pos - 2]].word in self.grade_levels:
                    ok = True       # 街道级社区慈善基金, 镇街级居家养老服务中心: a level and 级 open the name
            # an ordinal opens a name, not with its measure word before a place's (第二批城镇 counts batches)
            if tok.flag == "m" and not (word.startswith("第") and (allow_ordinal or word[-1] not in MEASURE_WORDS)) \
                    and not (verb_at_suffix and (self.edition_re.fullmatch(word) or (
                        word in self.event_name_units and self._unit_in_name(ctx, tok)))):
                ok = False
                if (not allow_ordinal and _numeral_opens(word, pos, suffix_start)
                        and tokens[owner[pos]].flag != "q" and ctx.s[pos] not in MEASURE_WORDS):
                    ok = True       # 三灶镇, 五里堡街道, 半/泾村: a numeral opens a place's name (not 三个社区, 三社区)
            ok = ok and not self._stops_walk(ctx, tok, pos, head, allow_ordinal)
            if not ok:
                if self._level_glued_to_verb(tok, suffix_start - pos) and ctx.s[pos:pos + 1] not in self.level_chars:
                    pos = tok.end - 1       # (not 对接/v 市/n 民政局: a level's character opens the name itself)
                break
            pos = tok.start
            if word in self.name_season_words:
                break       # 冬春救助活动: a season opens the name
        return self._take_back_cut_word(ctx, pos, suffix_start), parent

    def _kept_in_name(self, ctx: _Context, tok: Token, pos: int, at: tuple[int, dict[int, Mention] | None],
                      allow_ordinal: bool, verb_at_suffix: bool) -> bool:
        """Whether the word ``tok``, read leftwards, is part of the name whose suffix's word starts at ``at[0]``
        whatever its tag (``at[1]``: where places end)."""
        word, (head, stop_ends) = tok.word, at
        if (tok.flag in ("t", "f") and word in self.name_time_words) or (tok.flag == "x" and CJK_WORD.fullmatch(word)):
            return True         # 秋苑社区老年幸福食堂 (老年/t), 董家/塅/x/街道 (a character jieba's dictionary lacks)
        if tok.flag == "t" and not allow_ordinal and stop_ends is not None and tok.start in stop_ends \
                and tok.end == head and self._place_time_word(word):
            return True         # 西湖街道明月/t 社区: a word tagged a time between a place and its level names a place
        if verb_at_suffix and word in self.pair_dashes and pos >= 2 and ctx.tokens[ctx.owner[pos - 2]].flag == "ns":
            return True         # 苏州—铜仁东西部协作联席会议: two places joined by a dash name the pair's meeting
        if allow_ordinal and word in self.level_openers:
            return True         # 县/zg 医保/j 局/n: a level's character opens a body's name
        if word in self.committee_after_level and pos >= 2 and ctx.s[pos - 2] in self.committee_levels:
            return True         # 西秀区/委/zg 政法委: the named district's party committee opens its department's name
        if verb_at_suffix and word in self.honour_joins and tok.start > 0 \
                and ctx.tokens[ctx.owner[tok.start - 1]].word.endswith(self.honour_endings) \
                and ctx.s[pos:head].endswith(self.honour_endings):
            return True         # 先进集体/n 和/c 先进个人/n 表彰大会: the titles the event commends, joined
        # 敬老/nr 月/m 系列活动: a word of time after a word names the event
        return verb_at_suffix and word in self.event_name_units and self._unit_in_name(ctx, tok)

    def _stops_walk(self, ctx: _Context, tok: Token, pos: int, head: int, allow_ordinal: bool) -> bool:
        """Whether the word ``tok`` ends the name read leftwards: a body's, before a verb that a level follows
        (``_verb_before_level``); a place's, at a verb before its words or a preposition the segmenter glued into a
        verb (排查兴融花园小区; 在建/v 北/ns 社区: 建北社区 is split off later), a level word (街道星火社区; 街道园区 is
        one name) or a body's head word (新竹縣分會新埔鎮支會)."""
        word = tok.word
        if self.whole_count_re.fullmatch(word):
            return True     # 中医把脉三大/j 专区: a count of the items listed before names their whole, not one
        if allow_ordinal:
            return self._verb_before_level(ctx, tok, pos, head)
        if tok.flag in ("v", "vn") and (head - tok.end >= 2 or (
                pos < head and len(word) == 2 and word[0] in PREPOSITIONS)):
            return True
        return (word in self.level_words and pos < head) or word in self.body_heads

    def _take_back_cut_word(self, ctx: _Context, pos: int, suffix_start: int) -> int:
        """Where a name starting at ``pos`` starts when the segmenter cut a word of ``cut_words`` there: 非/h 遗传/vn
        承/nr 人/n 研修/vn 培训班 takes back 非 of 非遗; 了非/v 遗/n 展示区 starts inside the word glued to the one
        before; a count's unit glued to the name's first word opens none (7/m 期辅/n 具免费发放活动)."""
        if 0 < pos < suffix_start - 1 and ctx.s[pos - 1].isdigit() and ctx.s[pos] in COUNTED_UNITS:
            return pos + 1      # 已举办了7期/辅具免费发放活动 (7/m 期辅/n): the count's unit opens no name
        first = ctx.tokens[ctx.owner[pos]] if self.cut_words and pos < suffix_start else None
        for word, k in self.cut_words:
            if pos >= k and pos + len(word) - k <= suffix_start and ctx.s.startswith(word, pos - k):
                return pos - k
            if first is not None and first.start == pos < first.end - k and ctx.s.startswith(word, first.end - k):
                return first.end - k
        return pos

    def _ends_name(self, ctx: _Context, tok: Token) -> bool:
        """A word no name runs back over: a boundary verb, or an adverb the segmenter glued to the verb after it
        (深入开展/i 行业协会商会乱收费专项治理, 积极参与/i, 认真落实/z): a call to act, never part of a name. A
        verb that heads a noun after a kind of organisation (潍坊市社会/n 组织/v 党建工作推进会) is none."""
        word = tok.word
        if word in self.noun_heads and tok.start > 0 \
                and ctx.tokens[ctx.owner[tok.start - 1]].word in self.noun_heads[word]:
            return False
        return word in self.boundary_verbs or (len(word) == 4 and tok.flag != "n" and word[:2] in self.verb_adverbs) \
            or (len(word) == 2 and tok.flag == "v" and word[1] in self.resultative_ends)

    @staticmethod
    def _after_verbs(ctx: _Context, start: int, end: int) -> int:
        """``start`` past the last verb of two characters or more between ``start`` and ``end``: an area's party
        committee (区委, 市委) is named by its area, never by the words of a deed before it."""
        for i in range(ctx.owner[end - 1] if end > 0 else -1, -1, -1):
            tok = ctx.tokens[i]
            if tok.start < start:
                break
            if tok.flag.startswith("v") and len(tok.word) >= 2 and tok.end <= end:
                return tok.end
        return start

    def _level_glued_to_verb(self, tok: Token, to_suffix: int) -> bool:
        """在建/v 北/ns 社区, 刘建平率市/v 应急管理局: the verb's last character opens the name (a preposition glued
        into a verb right before the suffix; a level's character glued into a boundary verb before a body's name)."""
        word = tok.word
        if word in self.verbs_glued_to_level:
            return True
        if len(word) != 2 or not tok.flag.startswith("v"):
            return False
        return word[0] in PREPOSITIONS and CJK.match(word[1]) is not None and to_suffix < 2

    def _verb_before_level(self, ctx: _Context, tok: Token, pos: int, head: int) -> bool:
        """整合/v 县/zg 文化馆, 区文旅局整合/v 区/n 文化馆: a verb of two characters or more right before a level's
        character (organizations.yaml ``levels_after_verb``) that opens the name ends the name there; so does a word
        of ``kinds_before_level`` that says what kind of partner the name is (共建单位/n 市/n 第一人民医院)."""
        if pos >= head or ctx.s[pos] not in self.levels_after_verb:
            return False
        return (tok.flag == "v" and len(tok.word) > 1) or tok.word in self.kinds_before_level

    def _work_before_campaign(self, ctx: _Context, tok: Token, campaign: bool) -> bool:
        """家庭教育指导服务进社区活动, 健康服务进家庭活动: a verb used as a noun (服务/vn) right before where a
        campaign goes (进社区, 进校园, or 进 and a noun) is the work the campaign carries, part of the event's name,
        and so are such nouns before it (指导/n 服务/vn) once one is read (``campaign``)."""
        if tok.flag not in ("vn", "n") or tok.end >= len(ctx.s):
            return False
        if campaign:
            return True
        nxt = ctx.tokens[ctx.owner[tok.end]]
        return nxt.start == tok.end and (nxt.word in self.campaign_targets or nxt.word == "进")

    @staticmethod
    def _unit_in_name(ctx: _Context, tok: Token) -> bool:
        """敬老月, 慈善日, 系列活动: the word follows a word of the name, not a number (9月5日, 3个系列)."""
        return tok.start > 0 and CJK.match(ctx.s[tok.start - 1]) is not None and ctx.s[tok.start - 1] not in CN_NUMERALS

    def _verb_in_event_name(self, ctx: _Context, tok: Token, head: int, work_line: bool) -> bool:
        """A verb in an event's name: right before its suffix, the verb names the ceremony (发布典礼, 揭牌仪式); in
        a meeting named by a line of work (``work_line``: 养老服务工作推进会, 党风廉政建设工作会议), a verb right
        after a noun names the work with it. Never a verb that holds events (参加志愿服务活动, 组织召开…会议)."""
        word = tok.word
        joins, honouring, not_after = self.event_name_joins
        if word in joins and tok.start > 0:     # 優秀志願者及志願服務組織表彰大會
            before = ctx.tokens[ctx.owner[tok.start - 1]]
            return before.end == tok.start and before.flag in self.event_work_nouns and \
                not before.word.endswith(not_after) and \
                any(ctx.s.startswith(honouring, at) for at in (max(0, head - 2), head))
        if not tok.flag.startswith("v") or not CJK.search(word) or word in self.event_verbs_not_naming:
            return False
        if tok.end == head:
            return True
        after = ctx.tokens[ctx.owner[tok.end]]
        if tok.flag == "vn" and after.start == tok.end and after.end <= head and after.flag in self.event_work_nouns:
            return True     # 績優志願服務/vn 人員/n 表揚大會: a verb used as a noun, of the noun after it
        if not work_line or tok.start == 0:
            return False
        before = ctx.tokens[ctx.owner[tok.start - 1]]
        return before.end == tok.start and before.flag in self.event_work_nouns

    def _suffix_in_common_word(self, ctx: _Context, suffix_start: int) -> bool:
        """创新思路, 城镇, 农村: a suffix that ends a two-character common word of the segmenter ends no place name
        (but a road word does: 平班二级公路). A common word is one the dictionary counts often (places.yaml
        ``common_word_min_count``): 滩村 in 金银滩镇西滩村 (not in it) and 市村 in 宋市村 (counted twice) are the
        segmenter's guesses at characters it does not know, and end a village's name."""
        if not ctx.tokens or suffix_start == 0:
            return False
        tok, least = ctx.tokens[ctx.owner[suffix_start]], self.rules["places"]["common_word_min_count"]
        if tok.start == suffix_start - 1 and tok.word in self.land_words:
            return True     # 侗乡, 瑶乡: a people's land, no township (places.yaml ``land_words``)
        return (tok.start == suffix_start - 1 and len(tok.word) == 2 and tok.flag not in PROPER_FLAGS
                and tok.word not in self.road_words and frequency(tok.word) >= least)

    def _after_level_word(self, ctx: _Context, suffix_start: int) -> bool:
        """社区镇: a level's suffix right after a level word of the segmenter (places.yaml ``level_words``) stacks two
        levels and names no place (街道园区, a park, is one name)."""
        if not ctx.tokens or suffix_start == 0:
            return False
        before = ctx.tokens[ctx.owner[suffix_start - 1]]
        return before.end == suffix_start and before.word in self.level_words

    def _inside_glued(self, ctx: _Context, pos: int) -> bool:
        """``pos`` lies inside a word of the segmenter that joins two level words (places.yaml ``glued_levels``:
        望月湖/街道社区/食堂): a place's name ends there, and the suffix starting there names no place; not after a word
        of number (各街道社区: both levels together)."""
        if not ctx.tokens or not 0 < pos < len(ctx.s):
            return False
        tok = ctx.tokens[ctx.owner[pos]]
        return tok.start < pos and tok.word in self.glued_levels and not ctx.s.endswith(self.glued_plural, 0, tok.start)

    def _glued_opening(self, ctx: _Context, start: int) -> int:
        """Where a name read leftwards to ``start`` starts when a word joining two level words stands right before it
        (望月湖/街道社区/食堂): at the second level word, which opens it (社区食堂)."""
        if not ctx.tokens or start == 0:
            return start
        tok = ctx.tokens[ctx.owner[start - 1]]
        if tok.end != start or tok.word not in self.glued_levels:
            return start
        return next((start - len(w) for w in self.level_words if tok.word.endswith(w) and len(w) < len(tok.word)),
                    start)

    @staticmethod
    def _before_alternative(s: str, suffix_start: int) -> int:
        """北街(中街)街道: where the name ends when a bracketed other name stands before its suffix."""
        if suffix_start < 3 or s[suffix_start - 1] not in ")）":
            return suffix_start
        m = re.search(r"[(（]([\u4e00-\u9fff]{1,4})[)）]$", s[max(0, suffix_start - 7):suffix_start])
        return suffix_start - len(m.group(0)) if m else suffix_start

    def _verb_before_suffix(self, ctx: _Context, start: int, suffix_start: int) -> bool:
        """小切口激发社区(治理): words ending in a verb right before the suffix make no place name; a name of one
        word that is a verb (振兴社区) may be one, and so may a name whose last character the segmenter tags a verb
        of its own after a noun (黄金/n 包/v 社区), before a level word of two characters (places.yaml
        ``toponym_verb_levels``; not 清泉/n 穿/v 村而过, nor 进 of 送温暖进社区)."""
        if suffix_start <= start or not ctx.tokens:
            return False
        i = ctx.owner[suffix_start - 1]
        last = ctx.tokens[i]
        if last.flag != "v" or last.end != suffix_start or last.start <= start:
            return False
        before = ctx.tokens[i - 1] if i > 0 else None
        glued = len(last.word) == 1 and last.word not in self.campaign_verbs and before is not None \
            and before.start >= start and before.flag in ("n", "ns", "nr", "nz") and len(before.word) >= 2
        return not (glued and ctx.s.startswith(self.toponym_verb_levels, suffix_start))

    @staticmethod
    def _leading_verb(ctx: _Context, start: int, end: int, *, first_only: bool = False) -> int | None:
        """Where a name starts after the last verb of two characters or more among the words ``start``–``end``
        (队员走访平建苑), or only after the word opening them (``first_only``: 翻开河畔社区; an adverbial adjective
        too, 充實/ad 長照據點), when it leaves at least two characters (None when there is none)."""
        if end <= start or not ctx.tokens:
            return None
        found, i = None, ctx.owner[start]
        flags = ("v", "ad") if first_only else ("v",)
        while i < len(ctx.tokens) and ctx.tokens[i].end <= end - 2:
            tok = ctx.tokens[i]
            if tok.start >= start and tok.flag in flags and len(tok.word) >= 2:
                found = tok.end
            if first_only:
                break
            i += 1
        return found

    @staticmethod
    def _one_verb(ctx: _Context, start: int, end: int, flags: tuple[str, ...] = ("v", "vn")) -> bool:
        """The words from ``start`` to ``end`` are one word of the segmenter, and it is a verb (of ``flags``)."""
        if end <= start or not ctx.tokens:
            return False
        tok = ctx.tokens[ctx.owner[start]]
        return tok.start == start and tok.end == end and tok.flag in flags

    def _trim_start(self, ctx: _Context, start: int, end: int) -> int:
        """Where a name starts after the words no name opens with (organizations.yaml ``not_name_start``) and after
        a preposition the segmenter glued into a guessed name of three characters (``glued_prepositions``
        ``before_names``: 由文东/nr 街道办事处 opens at 文东; ``before_places``: 驻会川/ns 镇 opens at 会川)."""
        start = strip_leading(ctx.s, start, end, self.not_name_start + self.role_parties)
        if ctx.s[start:start + 1] in self.role_ends \
                and any(ctx.s.startswith(w[-1], start) and ctx.s.endswith(w[:-1], 0, start) for w in self.role_parties):
            start += 1      # 为捐赠方无锡兴达…有限公司创始人: the party's word, no part of the name
        if not ctx.tokens or end - start < 4:
            return start
        tok = ctx.tokens[ctx.owner[start]]
        glued = tok.start == start and len(tok.word) == 3
        if glued and tok.flag == "ns" and tok.word[0] in self.glued_prepositions["before_places"]:
            return start if self._gazetteer_name(ctx.s, start) else start + 1     # 驻会川/ns 镇 (not 驻马店)
        return start + 1 if glued and tok.flag == "nr" and tok.word[0] in self.glued_prepositions["before_names"] \
            else start

    def _chained_short(self, s: str, i: int, parents: list[Area]) -> tuple[str, list[Area], bool] | None:
        """海南屯昌: a district's or county's short name right after the province or city it lies in."""
        codes = {a.code for a in parents}
        for length in range(4, 1, -1):
            areas = [a for a in self.chained_short.get(s[i:i + length], [])
                     if a.parent_code in codes or a.code[:2] + "0000" in codes]
            if areas:
                return s[i:i + length], areas, False
        return None

    def _printed_short(self, s: str, found: list[Mention]) -> list[Mention]:
        """台江苍霞街道 … 台江区: a district's short name right before the name of a subdistrict or community, where the
        article prints the district's full name too (a mention of ``found``)."""
        shorts: dict[str, list[Area]] = {}
        printed: dict[str, int] = {}
        for m in found:
            if m.extra.get("full"):
                for area in m.extra.get("areas", ()):
                    short = self.short_of.get(area.code)
                    if short and times_printed(s, short, printed) > times_printed(s, area.name, printed):
                        shorts.setdefault(short, []).append(area)
        taken = Taken((m.start, m.end) for m in found)
        out = []
        for short, areas in sorted(shorts.items()):
            rule = self.area_rule[areas[0].level]
            for i in _occurrences(s, short):
                end = i + len(short)
                if not taken.overlaps(i, end) and self.place_suffix_re.match(s, end):
                    out.append(Mention(i, end, short, [_area_class(areas[0], rule)], rule["id"] + ".short",
                                       round(rule["confidence"] - 0.15, 2), "gazetteer",
                                       extra={"areas": areas, "full": False}))
        return out

    # ------------------------------------------------------------------ families
    def _gazetteer_name(self, s: str, i: int) -> tuple[str, list[Area] | None, bool] | None:
        """The longest name of the gazetteer at ``i`` (an area's full name, before its short name, before a fixed
        place word): its areas (None for a fixed place) and whether it is full."""
        longest, end = None, i + 1
        while end <= len(s) and (piece := s[i:end]) in self.name_starts:
            if piece in self.areas_by_name or piece in self.short_names or piece in self.fixed_places:
                longest = piece
            end += 1
        if longest is None:
            return None
        if longest in self.areas_by_name:
            return longest, self.areas_by_name[longest], True
        if longest in self.short_names:
            return longest, self.short_names[longest], False
        return longest, None, True

    def _next_name_start(self, s: str, i: int) -> int:
        """The first position from ``i`` where a gazetteer name may start (``name_heads``): a name's first character,
        then its second one (or the end of a name of one character)."""
        heads = self.name_heads
        for at in range(i, len(s)):
            seconds = heads.get(s[at])
            if seconds is not None and (s[at + 1:at + 2] in seconds or "" in seconds):
                return at
        return len(s)

    def _joined_not_named(self, s: str, i: int, piece: str, out: list[Mention]) -> bool:
        """公益性公墓和县婚姻登记处: an area whose name opens with a conjunction (``conjunction_openers``: 和县) is
        no area after a character of another word, unless a place ends there (安徽省和县) or a preposition (与和县)."""
        if i > 0 and s[i - 1:i + 1] in self.word_heads:
            return True     # 示范县: 范县 opens inside the word 示范 (places.yaml ``word_heads``)
        return (piece.startswith(self.conjunction_openers) and i > 0 and CJK.match(s[i - 1]) is not None
                and s[i - 1] not in PREPOSITIONS and not (out and out[-1].end == i))

    def _short_form_closed(self, s: str, end: int) -> bool:
        """Whether a short form ending at ``end`` is followed by a word that closes a lower place's or a cup's name
        (places.yaml ``short_form_not_before``: 眉山里、, “安康杯”) or by a ward's head (六安里長)."""
        word = next((w for w in self.short_not_before if s.startswith(w, end)), None)
        return word is not None and (not CJK.match(s[end + len(word):end + len(word) + 1] or "x")
                                     or s.startswith(self.short_ward_heads, end))

    def gazetteer(self, ctx: _Context) -> list[Mention]:
        s, out, i = ctx.s, [], 0
        while i < len(s):
            found = self._gazetteer_name(s, i)
            if not found and out and out[-1].end == i and out[-1].extra.get("areas"):
                found = self._chained_short(s, i, out[-1].extra["areas"])
            if not found or self._joined_not_named(s, i, found[0], out):
                i = self._next_name_start(s, i + 1)
                continue
            piece, areas, full = found
            if not full and self._short_form_closed(s, i + len(piece)):
                i = self._next_name_start(s, i + 1)     # 第一名眉山里、, 六安里長: a ward named 眉山, 六安, no city
                continue
            if piece in self.common_district_words and not (out and out[-1].end == i and "City" in out[-1].classes):
                rule = self.common_districts     # 主城区北部, 位于老城区: the common word (not 阳泉市城区)
                out.append(Mention(i, i + len(piece), piece, [rule["class"]], rule["id"], rule["confidence"], "place"))
                i += len(piece)
                continue
            if areas is None:
                rule = self.fixed_places[piece]
                out.append(Mention(i, i + len(piece), piece, [rule["class"]], rule["id"], rule["confidence"],
                                   "gazetteer"))
            else:
                area = areas[0]
                rule = self.area_rule[area.level]
                conf = rule["confidence"] if full else rule["confidence"] - 0.15
                extra = {"areas": areas, "full": full}
                if not full and s.endswith(self.branch_after, 0, i):
                    extra["branch"] = True      # 山西省公路局晋中分局: a branch's city, printed short after its body
                out.append(Mention(i, i + len(piece), piece, [_area_class(area, rule)],
                                   rule["id"] + ("" if full else ".short"), round(conf, 2), "gazetteer", extra=extra))
            i += len(piece)
        out = sorted(out + self._printed_short(s, out), key=lambda m: m.start)
        # chains: a place right after the place it belongs to (济南市历城区)
        by_end = {m.end: m for m in out}
        for m in out:
            before = by_end.get(m.start)
            if before and m.extra.get("areas") and before.extra.get("areas"):
                parents = {a.code for a in before.extra["areas"]}
                held = [a for a in m.extra["areas"]
                        if a.parent_code in parents or (a.level == "district" and a.code[:2] + "0000" in parents)]
                if held:
                    m.parent = before
                    before.extra["chain_head"] = True     # 佛山顺德区: a short form that heads a chain is a place
                    self._holding_area(before, {a.parent_code for a in held})
        return out

    def _holding_area(self, m: Mention, codes: set[str]) -> None:
        """金門縣金城鎮: of the areas a name may be (金门县, a county of Taiwan and one the gazetteer lists in
        Fujian), the one holding the place printed right after it is meant; its level gives the class."""
        areas = m.extra["areas"]
        first = next((a for a in areas if a.code in codes), None)
        if first is None or first is areas[0]:
            return
        m.extra["areas"] = [first, *[a for a in areas if a is not first]]
        if first.level != areas[0].level:
            rule = self.area_rule[first.level]
            m.classes, m.rule = [_area_class(first, rule)], rule["id"] + ("" if m.extra.get("full", True) else ".short")

    def suffix_places(self, ctx: _Context, known: list[Mention]) -> list[Mention]:
        s, out = ctx.s, self._chained_towns(ctx.s, known)
        # a short form ends a place's name too when the article prints its full name (台江苍霞街道 … 台江区)
        ends = {m.end: m for m in known if m.extra.get("full", True)
                or any(a.name in s for a in m.extra.get("areas", ()))} | {m.end: m for m in out}
        body_words = tuple(self.rules["places"]["end_before_bodies"])
        cover: Cover[Mention] = Cover(out)          # the names of ``out`` by position
        for rule, pattern in self.place_rules:
            for match in pattern.finditer(s):
                if self._no_place_at(ctx, match, rule, cover, body_words):
                    continue
                name_end = self._before_alternative(s, match.start())
                start, parent = self._place_start(ctx, name_end, match.end(), rule, ends)
                if parent is None:
                    start, parent = self._chained_start(ctx, start, name_end, rule, ends)
                if parent is None:
                    start = self._listed_start(ctx, start, name_end, rule, s[match.start():match.end()], out)
                start, parent = self._name_opening(ctx, start, name_end, parent, ends)
                toponym = self._toponym_start(ctx, name_end, rule, ends) if parent is None else None
                if toponym is not None:
                    start = min(start, toponym)     # 五里/m 墩/v 街道, 王家/n 湾/zg 街道: a name the segmenter cut
                    parent = ends.get(start)        # 成华区猛追湾街道: in the place printed before it
                if parent is None and (town := self._town_inside(s, start, name_end, rule)) is not None:
                    out.append(town)    # 金银滩镇西滩村 (金银滩/镇西/滩村): the town the segmenter hid, the village
                    ends[town.end] = town
                    cover.add(town)
                    start, parent = town.end, town
                base = name_end - start + self._suffix_in_base_word(ctx, match, start)
                if (base == 0 and parent is not None and parent.rule == rule["id"] and parent in out
                        and start == parent.end):
                    # 平建苑小区: a second suffix of the same kind right after a name is part of it (not after an
                    # edition: 龙联社区第五届社区运动会)
                    del ends[parent.end]
                    parent.end, parent.key = match.end(), s[parent.start:match.end()]
                    ends[parent.end] = parent
                    cover.add(parent)
                    continue
                if base < rule.get("min_base", 2) or self._no_place_name(s, start, match.end(), parent):
                    continue
                if (toponym is None and self._verb_before_suffix(ctx, start, match.start())) \
                        or self._base_names_no_place(ctx, start, name_end, parent):
                    continue
                named_by_body = s.startswith(body_words, match.end())
                if parent is None and not named_by_body and self._one_verb(ctx, start, name_end):
                    # 展現社區, 谱写街道: a verb and a level word, unless a place before it or a body after it shows
                    # a name (历城区振兴社区, 振兴社区党委); 入驻科创城: a suffix of three characters is a name alone
                    if match.end() - name_end < 3:
                        continue
                    if self._one_verb(ctx, start, name_end, ("v",)):
                        start = name_end
                if (known_at := ends.get(match.end())) is not None and known_at.start == start:
                    continue        # 竹東鎮: the gazetteer's name already, the parent of the names after it
                m = Mention(start, match.end(), s[start:match.end()], [rule["class"]], rule["id"],
                            rule["confidence"], "place", parent=parent)
                out.append(m)
                ends[m.end] = m
                cover.add(m)
        return out + self._wards(s, known, out) + self._numbered_units(s, out) + self._tagged_places(ctx, out) \
            + self._counted_places(ctx, known + out)

    def _name_opening(self, ctx: _Context, start: int, name_end: int, parent: Mention | None,
                      ends: dict[int, Mention]) -> tuple[int, Mention | None]:
        """Where a place's name with no parent read yet starts, and its parent: after a verb before a name of two
        characters or more (扎根星火社区), else over a clan's surname (崖子镇申/v 家村/n: in the town before it)."""
        if parent is not None:
            return start, parent
        if (lead := self._leading_verb(ctx, start, name_end)) is not None:
            return lead, None
        clan = self._clan_village(ctx, start, name_end)
        return (clan, ends.get(clan)) if clan != start else (start, None)

    def _clan_village(self, ctx: _Context, start: int, name_end: int) -> int:
        """Where a village named after a clan starts (``places.clan_villages``: 申家村, 车家村): before 家 alone, the
        surname the segmenter cut off as a word of one character (申/v 家村/n, 向/p 家村/n); else ``start``."""
        clan, s = self.clan_villages, ctx.s
        if not (0 < start == name_end - 1 and s[start] == clan["head"] and s[name_end] in clan["suffixes"]
                and s[start - 1] in self.single_surnames):
            return start
        word = ctx.tokens[ctx.owner[start - 1]].word      # (镇车/n 家村/n: glued to the town's suffix before it)
        return start - 1 if len(word) == 1 or (len(word) == 2 and word[0] in clan["glued_after"]) else start

    def _counted_places(self, ctx: _Context, known: list[Mention]) -> list[Mention]:
        """红花套、高坝洲、枝城、松木坪、潘家湾等5个乡镇: the short names listed before 等, a count and a kind of place
        are places of that kind (``places.counted_list``), when the count is the number of names; the first runs back
        to the word before it that is no name's (对/p, 共有/v)."""
        rule, s, out = self.rules["places"]["counted_list"], ctx.s, []
        taken = {(m.start, m.end) for m in known}
        for match in re.finditer(rule["pattern"], s):
            items, end = [], match.start()
            while (start := s.rfind("、", 0, end) + 1) > 0 and rule["min_chars"] <= end - start <= rule["max_chars"] \
                    and CJK_WORD.fullmatch(s[start:end]):
                items.append((start, end))
                end = start - 1
            first = self._listed_first(ctx, end, rule)
            if first is None or not items:
                continue
            items.append((first, end))
            n = _number(match.group(1))
            if n != len(items):
                continue        # (the count says how many names; a list of other things is none of them)
            cls = rule["kinds"][match.group(2)]
            out += [Mention(a, b, s[a:b], [cls], rule["id"], rule["confidence"], "place")
                    for a, b in reversed(items) if (a, b) not in taken]
        return out

    def _listed_first(self, ctx: _Context, end: int, rule: dict[str, Any]) -> int | None:
        """Where the first name of a list, ending at ``end``, starts: after the tokens before it that are no name's
        (a preposition, a verb, a pronoun …: ``counted_list.not_flags``), at most max_chars back; else None."""
        if end <= 0 or end not in ctx.ends:
            return None
        i, start = ctx.owner[end - 1], end
        while i >= 0 and end - ctx.tokens[i].start <= rule["max_chars"] \
                and ctx.tokens[i].flag not in rule["not_flags"] and CJK_WORD.fullmatch(ctx.tokens[i].word):
            start, i = ctx.tokens[i].start, i - 1
        return start if end - start >= rule["min_chars"] and (i < 0 or ctx.tokens[i].flag in rule["not_flags"]
                                                              or not CJK_WORD.fullmatch(ctx.tokens[i].word)) else None

    def _no_place_name(self, s: str, start: int, end: int, parent: Mention | None) -> bool:
        """10条公交线路, 乡村道路: a common word ends at ``end`` (``not_places``, ``not_place_endings``);
        全市“十佳社区”名单出炉: a title quoted whole before a word for its list or title (``quoted_title_words``)."""
        if s[start:end] in self.not_places or s.endswith(self.not_place_endings, 0, end):
            return True
        quoted = s[start - 1:start] in ("“", "「") and s[end:end + 1] in ("”", "」")
        return parent is None and quoted and s.startswith(self.quoted_title_words, end + 1)

    def _place_start(self, ctx: _Context, name_end: int, suffix_end: int, rule: dict[str, Any],
                     ends: dict[int, Mention]) -> tuple[int, Mention | None]:
        """Where a place's name before the suffix ending at ``suffix_end`` starts, read leftwards, and the place it
        stops at: a district's short form right before the suffix names the place (金牛区金牛街道), not its parent;
        an edition opens an event's name, not a place's (第三届社区邻里节), nor does a count's measure word."""
        start, parent = self._walk_left(ctx, name_end, rule["max_base"], ends, allow_ordinal=False)
        if parent is not None and start == name_end == parent.end and parent.family == "gazetteer" \
                and not parent.extra.get("full", True):
            start, parent = parent.start, None
        start = self._trim_start(ctx, start, suffix_end)
        if parent is None and rule["id"] in self.two_place_words and (second := self._second_place_word(ctx, start,
                                                                                                   name_end)):
            start = second      # 玉皇阁北街青山社区 (北街/ns 青山/ns): the name is the last place word's
        if parent is None and self._counted_from(ctx.s, start):
            start += 1      # 12名和平社区居民 (名和平/n): the count's measure word is no part of the name
            if ctx.tokens and (tok := ctx.tokens[ctx.owner[start]]).flag == "a" and tok.end >= name_end:
                return name_end, None   # 12名优秀社区工作者 (名/n 优秀/a): a word of praise and the level, no place
        if (edition := self.edition_re.match(ctx.s, start) or self.place_ordinal_re.match(ctx.s, start)) is not None \
                and edition.end() <= name_end:
            start = edition.end()       # 第三届社区邻里节, 第二季社区志愿者招募: an edition or a season opens no place
        if parent is None and self._people_qualified(ctx.s, start, name_end, suffix_end):
            return name_end, None       # 辖区内青年社区工作者: young community workers, no community named 青年
        return start, parent

    def _people_qualified(self, s: str, start: int, name_end: int, suffix_end: int) -> bool:
        """Whether the words before a level's suffix only say which of its workers are meant (places.yaml
        ``people_qualified``): a word of `qualifiers` (after 内 of 辖区内), the suffix, then a word for its people."""
        rule = self.rules["places"]["people_qualified"]
        if start > 0 and s[start] in rule["locatives"] and s.endswith(tuple(rule["areas"]), 0, start):
            start += 1
        return s[start:name_end] in rule["qualifiers"] and s.startswith(tuple(rule["people"]), suffix_end)

    @staticmethod
    def _second_place_word(ctx: _Context, start: int, name_end: int) -> int:
        """Where the second of two place words (ns) of two characters or more that make up a name's base starts, or 0:
        the first names a place of its own (北街/ns 青山/ns 社区: 青山社区, in 玉皇阁北街)."""
        if not ctx.tokens or start >= name_end:
            return 0
        words = ctx.tokens[ctx.owner[start]:ctx.owner[name_end - 1] + 1]
        if len(words) == 2 and words[0].start == start and words[1].end == name_end \
                and all(w.flag == "ns" and len(w.word) >= 2 for w in words):
            return words[1].start
        return 0

    @staticmethod
    def _counted_from(s: str, start: int) -> bool:
        """Whether the name read from ``start`` opens with the measure word of a count in digits (12名优秀社区…)."""
        return 0 < start < len(s) and s[start] in MEASURE_WORDS and (s[start - 1].isdigit() or (
            s[start - 1] in "余多" and start > 1 and s[start - 2].isdigit()))

    def _toponym_start(self, ctx: _Context, name_end: int, rule: dict[str, Any],
                       ends: dict[int, Mention] | None = None) -> int | None:
        """燕儿/nr 窝/v 街道, 和平/nz 里/f 街道: where a place's name starts when a word of one character that ends
        place names (places.yaml ``toponym_endings``) stands right before a level's suffix, after a word of two
        characters of a noun's or name's tag (a numeral only with 里: 五里/m 墩), or of a verb's right after a place
        that ends at ``ends`` (成华区猛追/v 湾/zg 街道), or a direction after a name's character (仓/nr 前/f 街道);
        None when there is none."""
        if not ctx.tokens or name_end < 2 or rule["id"] not in self.toponym["in"]:
            return None
        last = ctx.tokens[ctx.owner[name_end - 1]]
        before = ctx.tokens[ctx.owner[name_end - 2]]
        if last.end == name_end and last.word in self.toponym["directions"] and before.end == name_end - 1 \
                and len(before.word) == 1 and before.flag in self.toponym["direction_before_flags"]:
            return before.start     # 仓/nr 前/f 街道: a name's character and a direction
        if name_end < 3 or last.end != name_end or last.word not in self.toponym["characters"]:
            return None
        word = before.word
        if before.end != name_end - 1 or len(word) != 2 or word in self.level_words or word in self.boundary_verbs:
            return None
        if before.flag == "m":
            return before.start if word[0] in NAME_NUMERALS and word[1] == "里" else None
        flags = self.toponym["before_flags"]
        if before.flag in self.toponym["after_place_flags"] and ends is not None and before.start in ends:
            flags = self.toponym["after_place_flags"]
        return before.start if before.flag in flags and CJK.match(word) else None

    @staticmethod
    def _suffix_in_base_word(ctx: _Context, match: re.Match[str], start: int) -> int:
        """汾西路 (汾西/ns 路): how many characters of a suffix (西路) lie inside the last word of the name's base, the
        suffix running on past it; they count towards the base, as a shorter suffix (路) would leave them to it."""
        if not ctx.tokens:
            return 0
        tok = ctx.tokens[ctx.owner[match.start()]]
        return tok.end - match.start() if start <= tok.start < match.start() < tok.end < match.end() else 0

    def _place_time_word(self, word: str) -> bool:
        """Whether a word the segmenter tags as a time may name a place (明月, 中秋): two characters or more and none
        of places.yaml ``time_words`` (今年, 近期, 目前 …)."""
        return len(word) >= 2 and CJK_WORD.fullmatch(word) is not None and not self.time_word_re.search(word)

    def _base_names_no_place(self, ctx: _Context, start: int, name_end: int, parent: Mention | None = None) -> bool:
        """內政部社區發展, 長者社區照顧: a base that is one word the segmenter tags as a body's name (nt) or one of
        people.yaml's group words names no place: the level word says whose or what, not where; nor does a word of
        time (112年度社區營造成果展: places.yaml ``time_bases``, or tagged t), nor a verb the segmenter tags otherwise
        (利用/n 镇文化站: ``verb_bases``). A body's tag on two characters the
        segmenter's model guessed, outside its dictionary (铁佛/nt 社区), is its guess at a place's name."""
        if start >= name_end or not ctx.tokens:
            return False
        tok = ctx.tokens[ctx.owner[start]]
        guessed_name = tok.flag == "nt" and len(tok.word) == 2 and not in_dictionary(tok.word)
        named_time = parent is not None and parent.end == start and self._place_time_word(tok.word)
        return tok.start == start and tok.end == name_end and not guessed_name and (
            tok.flag == "nt" or (tok.flag == "t" and not named_time) or tok.word in self.group_words
            or tok.word in self.time_bases
            or tok.word in self.verb_bases)

    def _no_place_at(self, ctx: _Context, match: re.Match[str], rule: dict[str, Any], cover: Cover[Mention],
                     body_words: tuple[str, ...]) -> bool:
        """Whether the place suffix ``match`` ends no place's name: not at a word's end (unless a body's name goes
        on: 平班/镇党委), inside a name read already, inside a common word or a campaign's target (进社区), after a
        level word, or opening a common word (村集体经济, 村级)."""
        s = ctx.s
        ends_here = (match.end() in ctx.ends or s.startswith(body_words, match.end())
                     or self._inside_glued(ctx, match.end()))
        if not ends_here or self._inside_glued(ctx, match.start()) or any(
                m.start <= match.start() and match.end() <= m.end for m in cover.at(match.start())):
            return True
        if ctx.tokens and ctx.tokens[ctx.owner[match.start()]].word in self.campaign_targets:
            return True         # 普法进社区 (普法/进社区): where a campaign goes, no place
        clan = match.start() > 1 and self._clan_village(ctx, match.start() - 1, match.start()) < match.start() - 1
        if (self._suffix_in_common_word(ctx, match.start()) and not clan) or (     # (家村/n of 申家村: a clan's)
                rule["class"] in LEVEL_CLASSES and self._after_level_word(ctx, match.start())):
            return True
        return s.startswith(tuple(self.rules["places"]["suffix_words"].get(s[match.start():match.end()], ())),
                            match.end())

    def _chained_start(self, ctx: _Context, start: int, name_end: int, rule: dict[str, Any],
                       ends: dict[int, Mention]) -> tuple[int, Mention | None]:
        """和平区南营门街道睦南道社区 (道/q): in an address chain a subdistrict's or community's name runs back to the
        end of the district or subdistrict right before it, over words that end no name alone (places.yaml
        ``chained_names``); not over a verb, pronoun, a word of quantity, a level word or a number with its measure
        word."""
        chained = self.rules["places"]["chained_names"]
        if rule["id"] not in chained["in"]:
            return start, None
        low = max(0, name_end - rule["max_base"])
        p = next((e for e in range(name_end - rule.get("min_base", 2), low - 1, -1) if e in ends), None)
        if p is None or start < p or not set(ends[p].classes) & set(chained["after"]):
            return start, None
        span = ctx.s[p:name_end]
        if not CJK_WORD.fullmatch(span) or any(w in span for w in self.level_words) \
                or self.counted_re.search(span):
            return start, None
        if any(tok.flag in chained["not_flags"] or tok.word in chained["not_words"]
               or (len(tok.word) > 1 and tok.word in self.boundary_verbs)
               for tok in ctx.tokens[ctx.owner[p]:ctx.owner[name_end - 1] + 1] if tok.end > p):
            return start, None
        return p, ends[p]

    def _chained_towns(self, s: str, known: list[Mention]) -> list[Mention]:
        """上林县镇圩瑶族乡镇马社区: the township between a county's full name and a village's (places.yaml
        ``chained_towns``), wherever the segmenter cut its suffix."""
        rule, out = self.rules["places"]["chained_towns"], []
        for parent in known:
            if not parent.extra.get("full") or not set(parent.classes) & set(rule["after"]):
                continue
            match = self.chained_town_re.match(s, parent.end)
            if match:
                out.append(Mention(parent.end, match.end(1), match.group(1), [rule["class"]], rule["id"],
                                   rule["confidence"], "place", parent=parent))
        return out

    def _numbered_units(self, s: str, found: list[Mention]) -> list[Mention]:
        """旧陆斡村6组, 人民街19号院: a numbered unit right after the place it lies in (places.yaml numbered_units)."""
        out = []
        for m in found:
            for rule, pattern in self.numbered_unit_rules:
                match = pattern.match(s, m.end) if m.key.endswith(tuple(rule["after"])) else None
                if match:
                    out.append(Mention(m.start, match.end(), s[m.start:match.end()], [rule["class"]], rule["id"],
                                       rule["confidence"], "place", parent=m))
                    break
        return out

    def _tagged_places(self, ctx: _Context, found: list[Mention]) -> list[Mention]:
        """新州/ns 河/ns, 马雄/nr 河畔/ns, 同德/nrt 园/zg: a name the segmenter tagged, then a place word of its own
        (places.yaml ``tagged_places``), partOf a place of ``found`` right before it where the rule says so; not an
        area's name or short name (聚善东西湖: the district 东西湖区)."""
        names, out, by_end = self.rules["places"]["tagged_place_names"], [], {m.end: m for m in found}
        if not ctx.tokens:
            return out
        for rule, pattern in self.tagged_place_rules:
            for match in pattern.finditer(ctx.s):
                start = match.start()
                tok = ctx.tokens[ctx.owner[start]]
                if start == 0 or tok.start != start or tok.end != match.end():
                    continue
                name = ctx.tokens[ctx.owner[start - 1]]
                key = ctx.s[name.start:match.end(1)]
                if name.end == start and name.flag in names["flags"] and len(name.word) >= names["min_base"] \
                        and CJK_WORD.fullmatch(name.word) and not self._area_name(key):
                    out.append(Mention(name.start, match.end(1), key, [rule["class"]], rule["id"],
                                       names["confidence"], "place",
                                       parent=by_end.get(name.start) if rule.get("part_of_place_before") else None))
        return out

    def _area_name(self, name: str) -> bool:
        """``name`` is an area's name or short name in the gazetteer (东西湖 for 东西湖区, 浙江)."""
        return name in self.areas_by_name or name in self.short_names or name in self.chained_short

    def _town_inside(self, s: str, start: int, name_end: int, rule: dict[str, Any]) -> Mention | None:
        """The town whose suffix stands inside a village's name read leftwards, at least ``min_base`` characters
        in and leaving the village as many (places.yaml ``town_inside``)."""
        inside = self.rules["places"]["town_inside"]
        if rule["id"] not in inside["in"]:
            return None
        town_rule = next(r for r, _ in self.place_rules if r["id"] == inside["rule"])
        cut = max((i for i in range(start + inside["min_base"], name_end - inside["min_base"])
                   if s[i] in inside["suffixes"]), default=None)
        if cut is None:
            return None
        return Mention(start, cut + 1, s[start:cut + 1], [town_rule["class"]], town_rule["id"],
                       town_rule["confidence"], "place")

    def _listed_start(self, ctx: _Context, start: int, name_end: int, rule: dict[str, Any], suffix: str,
                      found: list[Mention]) -> int:
        """三保社区、河下社区: a place listed right after another of the same suffix runs back to the join between
        them, when the words there are a name's (no verb, adverb, pronoun, numeral...; 河/下 is)."""
        listed, s = self.rules["places"]["listed"], ctx.s
        for m in found:
            j = m.end + 1
            if (m.rule != rule["id"] or not m.key.endswith(suffix) or s[m.end:j] not in listed["joins"]
                    or not j < start or not listed["min_base"] <= name_end - j <= rule["max_base"]
                    or ctx.tokens[ctx.owner[j]].start != j):
                continue
            words = {ctx.tokens[ctx.owner[pos]] for pos in range(j, name_end)}
            stop = listed["single_not_flags" if all(len(t.word) == 1 for t in words) else "not_flags"]
            if all(CJK_WORD.fullmatch(t.word) and t.flag not in stop for t in words):
                return j
        return start

    def _wards(self, s: str, known: list[Mention], found: list[Mention]) -> list[Mention]:
        """龜山區福源里長: a ward (Taiwan's 里) right after the district it lies in."""
        rule, out = self.rules["places"]["wards"], []
        taken = {p for m in found for p in range(m.start, m.end)}
        for parent in known:
            if not set(parent.classes) & set(rule["after"]) or s.startswith(tuple(rule["not_opening"]), parent.end):
                continue
            for base in rule["base"]:
                end = parent.end + base + len(rule["suffix"])
                if (s.startswith(rule["suffix"], end - len(rule["suffix"])) and CJK_WORD.fullmatch(s[parent.end:end])
                        and not taken & set(range(parent.end, end))):
                    out.append(Mention(parent.end, end, s[parent.end:end], [rule["class"]], rule["id"],
                                       rule["confidence"], "place", parent=parent))
                    break
        return out

    def _suffix_names(self, ctx: _Context, rules: list, family: str) -> list[Mention]:
        s, out = ctx.s, []
        for rule, pattern in rules:
            for match in self._rule_matches(ctx, rule, pattern):
                end = match.end()
                tok = ctx.tokens[ctx.owner[end - 1]]
                if self._suffix_in_listed_word(s, tok, match):
                    continue        # 餐厅 is no 厅 (a department), but 餐厅 may end a facility's name
                if family == "event" and s.startswith(self.event_not_before, end):
                    continue        # 国家会议中心: a building named after what is held in it
                if rule.get("not_before") and s.startswith(tuple(rule["not_before"]), end):
                    continue        # 四川九洲电器集团/有限责任公司: the legal form after it makes one longer name
                start, _ = self._walk_left(ctx, match.start(), rule["max_base"], None,
                                           verb_at_suffix=family == "event")
                if family == "org" and match.group(0) in self.departments["committees"]:
                    start = self._after_verbs(ctx, start, match.start())   # 全力/配合/区委: the committee alone
                start = self._glued_opening(ctx, start)
                if family == "org" and (parent := self._parent_before(ctx, start, rule["max_base"])) is not None:
                    start = parent      # 温州交运集团快速公交有限公司: a subsidiary named after its group, over 快速/d
                if rule.get("places_open"):
                    start = self._places_before(ctx.s, self._over_word_after_place(ctx, start, rule),
                                                match.start() - rule["max_base"])
                start = self._after_joined_name(s, start, match.start())
                if rule.get("inner_joins") and start < match.start():
                    start = self._name_over_join(ctx, start, rule)
                if family == "org":
                    start = self._after_post_and_verb(ctx, self._after_kind_word(ctx, start, match.start()),
                                                      match.start())
                if family == "org" and start == match.start():
                    start = self._committee_before(ctx, start, match.group(0), rule["max_base"])
                start = self._after_glued_preposition(ctx, self._trim_start(ctx, start, end), match.start())
                if (lead := self._leading_verb(ctx, start, match.start(), first_only=True)) is not None:
                    start = lead            # 翻开河畔社区食堂的菜单: the verb opening the words is no part of the name
                # 5支志愿服务队: the measure word after a number is not part of the name
                if start > 0 and s[start] in MEASURE_WORDS and (s[start - 1].isdigit() or s[start - 1] in CN_NUMERALS):
                    start += 1
                served = family == "event" and self._served_before(ctx, start, match.start())
                start = match.start() if served else start     # 为群众义诊: those served open no event's name
                quoted = rule["class"] == "Event" and start == match.start() and s[start - 1:start] == "”"
                if quoted and (opening := s.rfind("“", max(0, start - 1 - self.quoted["max_length"]), start)) > 0:
                    start = self._walk_left(ctx, opening, rule["max_base"], None)[0]   # 生活垃圾分类“桶边督导”启动仪式
                    start = max([start] + [t.end for t in ctx.tokens[ctx.owner[start]:ctx.owner[opening]]
                                           if t.flag == "v"])       # 寻找“最美家庭”活动: not over a verb
                if rule.get("whole_nt") and start == match.start() and tok.end == end and tok.flag == "nt" \
                        and tok.start < start and CJK_WORD.fullmatch(tok.word):
                    start = tok.start   # 建设银行/nt: one name the segmenter tags, its base a word no walk takes
                bare = start == match.start() and s[start - 1:start] == "、" \
                    and match.group(0) in rule.get("bare_listed", ())       # …、团区委、妇联承办: an item of a list
                if (match.start() - start < rule.get("min_base", 1) and not served and not quoted and not bare) or (
                        family == "org" and (rule["class"] != "Facility" or match.group(0) in self.building_words)
                        and self._one_verb(ctx, start, match.start(), ("v",))) or (
                        rule.get("base_endings") and not self._place_base(s, start, match.start(), rule)):
                    continue        # 得到党委: a verb alone before a body's suffix names no body (保障中心 is a place)
                after = s[end + 1:end + 2]
                if (start > 0 and s[end:end + 1] == QUOTE_CLOSE.get(s[start - 1])
                        and (not CJK.match(after) or after in PREPOSITIONS)):
                    start, end = start - 1, end + 1     # “青年驿站”，: the whole quotation is the name, as printed
                    # (not in “红色物业”提质, where the quotation opens a longer name)
                out.append(Mention(start, end, s[start:end], [rule["class"]], rule["id"], rule["confidence"], family))
        return out

    def _place_base(self, s: str, start: int, end: int, rule: dict[str, Any]) -> bool:
        """Whether the words from ``start`` to ``end`` name a place: they end in one of the rule's ``base_endings``
        (羊庄镇民政) or are an area's name or short name in the gazetteer (杭州民政)."""
        base = s[start:end]
        return base.endswith(tuple(rule["base_endings"])) or base in self.areas_by_name or base in self.short_names

    def _served_before(self, ctx: _Context, start: int, suffix_start: int) -> bool:
        """为群众义诊, 为村民讲座: the words before an event's ending are one word for a group of people (people.yaml
        groups) right after a word of whom it is done for (events.yaml ``served_after``): those served, no name."""
        if start == 0 or start >= suffix_start or not ctx.tokens or ctx.s[start - 1] not in self.served_after:
            return False
        tok = ctx.tokens[ctx.owner[start]]
        return tok.start == start and tok.end == suffix_start and tok.word in self.group_words

    def _name_over_join(self, ctx: _Context, start: int, rule: dict[str, Any]) -> int:
        """社會及家庭署, 勞工及福利局: a body's name joins two fields with a word of the rule's ``inner_joins``; it runs
        back over the join when one plain noun of two characters (or, before 和, of four: 人力资源和社会保障局, also
        自然资源/l), no level word and no body's name, stands right before it; the name takes that noun even when it is
        a word that ends names elsewhere (住房建设/vn和交通运输局) and runs on left from it, up to a body's name
        (沈阳市民政局/养老服务和老年人福利处: the division's name starts after its bureau's)."""
        if start < 3 or ctx.s[start - 1] not in rule["inner_joins"] or not ctx.tokens:
            return start
        tok = ctx.tokens[ctx.owner[start - 2]]
        sizes = (2, 4) if ctx.s[start - 1] == "和" else (2,)
        flags = ("n", "vn", "j", "l") if len(tok.word) == 4 else ("n", "vn", "j")
        if (tok.end != start - 1 or len(tok.word) not in sizes or tok.flag not in flags
                or tok.word in self.level_words or tok.word.endswith(self.org_suffixes)):
            return start
        pos = self._walk_left(ctx, tok.start, rule["max_base"] - (start - tok.start), None)[0]
        i = ctx.owner[tok.start] - 1
        while i >= 0 and ctx.tokens[i].start >= pos:
            if ctx.tokens[i].word.endswith(self.org_suffixes):
                return ctx.tokens[i].end
            i -= 1
        return pos

    def _rule_matches(self, ctx: _Context, rule: dict[str, Any], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The suffixes of a rule's ``pattern`` (``_suffix_matches``); those of a name read only before given words
        (``only_before``) wherever such a word follows, inside a word of the segmenter too (本报记者, 本报讯)."""
        only = tuple(rule.get("only_before", ()))
        if not only:
            return self._suffix_matches(ctx, pattern)
        return (m for m in pattern.finditer(ctx.s) if ctx.s.startswith(only, m.end()))

    def _suffix_matches(self, ctx: _Context, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The suffixes of ``pattern`` that end where a word does (or a name may end). A longer suffix that ends
        inside a word yields to a suffix starting later (民政工作会议: not 工作会, which ends inside 会议, but 会议)."""
        s, pos = ctx.s, 0
        while (match := pattern.search(s, pos)) is not None:
            if match.end() in ctx.ends or self._name_ends_here(s, match.end()):
                yield match
                pos = match.end()
            else:
                pos = match.start() + 1

    def _suffix_in_listed_word(self, s: str, tok: Any, match: re.Match[str]) -> bool:
        """The suffix matched is part of a word that never ends a name (organizations.yaml ``not_suffix_words``): the
        segmenter's word (客厅里), or a listed word that holds the suffix, inside a longer word (合理布局) or
        running on after it (中心市区)."""
        if tok.word in self.not_suffix_words and (tok.start, tok.end) != match.span():
            return True
        start, suffix = match.start(), match.group(0)
        holding = self._holding.get(suffix)
        if holding is None:     # the listed words that hold this suffix, and where in them it stands
            holding = self._holding[suffix] = [(w, i) for w in self.not_suffix_words if w != suffix
                                               for i in range(len(w)) if w.startswith(suffix, i)]
        return any(start >= i and s.startswith(w, start - i) for w, i in holding)

    def _places_before(self, s: str, start: int, limit: int) -> int:
        """四川/新都/农村商业银行股份有限公司: a registered name opens with the areas it is registered in, which the
        left walk may stop short of (新/a 都/d); it runs back over gazetteer names (full or short) right before it,
        and over a district's short name (新都) when a name of its province or city stands right before that."""
        while start >= 2:
            size = self._area_name_before(s, start, limit, self.areas_by_name, self.short_names)
            if not size and (chained := self._area_name_before(s, start, limit, self.chained_short)):
                size = chained if self._area_name_before(s, start - chained, limit, self.areas_by_name,
                                                         self.short_names) else 0
            if not size:
                return start
            start -= size
        return start

    def _over_word_after_place(self, ctx: _Context, start: int, rule: dict[str, Any]) -> int:
        """山东/高速/d 集团有限公司: a registered name read leftwards that stopped at one word of two characters the
        segmenter tags as an adverb or an adjective (``places_open_over``) runs back over it when an area's name (full
        or short) stands right before it; else ``start``."""
        if start < 4 or not ctx.tokens:
            return start
        word = ctx.tokens[ctx.owner[start - 1]]
        if word.end != start or len(word.word) != 2 or word.flag not in rule["places_open_over"]:
            return start
        return word.start if self._area_name_before(ctx.s, word.start, 0, self.areas_by_name, self.short_names) \
            else start

    @staticmethod
    def _area_name_before(s: str, end: int, limit: int, *indexes: dict[str, list[Area]]) -> int:
        """The length of the longest name of ``indexes`` (four to two characters) ending at ``end``, 0 when none."""
        return next((n for n in (4, 3, 2) if end - n >= max(limit, 0)
                     and any(s[end - n:end] in index for index in indexes)), 0)

    def _parent_before(self, ctx: _Context, start: int, max_base: int) -> int | None:
        """Where the group's name starts when a body's name read leftwards stopped at one short word right after a
        group's head word (organizations.yaml ``subsidiary_after``: 集团, 总公司)."""
        if start < 3 or not ctx.tokens:
            return None
        stop = ctx.tokens[ctx.owner[start - 1]]
        if stop.end != start or len(stop.word) > 2 or not CJK_WORD.fullmatch(stop.word) \
                or not ctx.s.endswith(self.subsidiary_after, 0, stop.start):
            return None
        parent, _ = self._walk_left(ctx, stop.start, max_base, None)
        return parent if parent < stop.start - 2 else None

    def _after_kind_word(self, ctx: _Context, start: int, suffix_start: int) -> int:
        """Where a name starts after a word for a kind of body set before it in apposition, when a place's name
        follows the kind (organizations.yaml ``kind_words``: 养老机构/云南/优众养老服务有限公司)."""
        if suffix_start <= start or not ctx.tokens:
            return start
        i, found = ctx.owner[start], start
        while i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].end <= suffix_start:
            tok, nxt = ctx.tokens[i], ctx.tokens[i + 1]
            if tok.start >= start and tok.word.endswith(self.kind_words) and nxt.flag == "ns":
                found = nxt.start
            i += 1
        return found

    def _after_post_and_verb(self, ctx: _Context, start: int, suffix_start: int) -> int:
        """王芳主任感谢红十字会, 林美玲專員讚揚仁濟醫院: a body's name never runs back over a post and the verb of two
        characters or more right after it (the official's deed); the name starts after the verb."""
        if suffix_start - start < 4 or not ctx.tokens:
            return start
        found = self._starts(ctx, self.office_re)
        first = bisect_left(found, start, key=_match_start)
        if first == len(found) or found[first].start() >= suffix_start:
            return start        # no post is printed there
        for match in self.office_re.finditer(ctx.s, start, suffix_start):
            tok = ctx.tokens[ctx.owner[match.end()]]
            if tok.start == match.end() and tok.flag == "v" and len(tok.word) >= 2 and tok.end <= suffix_start:
                start = tok.end
        return start

    def _after_glued_preposition(self, ctx: _Context, start: int, suffix_start: int) -> int:
        """经省文明委 (经省/文明委): a preposition the segmenter glued to a level's character opening a name is no part
        of it (organizations.yaml ``glued_prepositions``); the name opens at the level (省文明委)."""
        if suffix_start - start < 2 or not ctx.tokens:
            return start
        word = ctx.tokens[ctx.owner[start]].word
        glued = self.glued_prepositions
        if ctx.s.startswith(word, start) and len(word) == 2 and word[0] in glued["words"]:
            return start + 1 if word[1] in glued["levels"] else start
        return start

    def _committee_before(self, ctx: _Context, start: int, suffix: str, max_base: int) -> int:
        """Where a party committee's department starts (organizations.yaml ``departments``): 市委/组织部 and
        成都市金牛区委组织部 run back over the committee's word that ends other names."""
        if start == 0 or suffix not in self.departments["words"] or not ctx.tokens:
            return start
        tok = ctx.tokens[ctx.owner[start - 1]]
        if tok.end != start or tok.word not in self.departments["committees"]:
            return start
        return self._walk_left(ctx, tok.start, max_base, None)[0]

    def _name_ends_here(self, s: str, end: int) -> bool:
        """A name ends inside a word the segmenter made (局局长, 局和区) when a post or a joining word follows."""
        follow = self.rules["organizations"]["name_end_before"]
        if any(s.startswith(w, end) for w in follow["joins"]) or s.startswith(self.name_particles, end) \
                or self.office_re.match(s, end) \
                or s.startswith(self.body_members, end):
            return True
        # 民政局长: the post 局长 shares the name's last character (not 促进局局长, 金融局副局长: the post follows)
        shared = self.office_re.match(s, end - 1)
        return (bool(shared) and shared.end() > end and s[end - 2:end - 1] != s[end - 1]
                and not self.office_re.match(s, end - 2))

    def _after_joined_name(self, s: str, start: int, suffix_start: int) -> int:
        """区发改局和区招商办: a name never runs back over a joining word that ends another name."""
        for word in self.rules["organizations"]["name_end_before"]["joins"]:
            idx = s.rfind(word, start, suffix_start)
            if idx > start and any(s.endswith(sfx, start, idx) for sfx in self.org_suffixes):
                start = idx + len(word)
        return start

    def organizations(self, ctx: _Context, places: list[Mention] = ()) -> list[Mention]:
        """Bodies named by their suffix; a name that would start inside a place's name in ``places`` takes the
        place in whole (河下社区志愿服务队, where the segmenter cuts 河/下)."""
        found = [self._with_quoted_head(ctx.s, m) if self.quoted_heads.intersection(m.classes) else m
                 for m in self._suffix_names(ctx, self.org_rules, "org") if not _MODEL_JOIN.search(m.key)
                 and not self._plaque_title(ctx.s, m)]
        cover = Cover(places)
        for m in found:
            if any(p.start < m.end < p.end for p in cover.at(m.end)):
                continue        # 三灶镇中心村: a name ending inside a place's is not stretched (resolve drops it)
            inner = next((p for p in cover.at(m.start) if p.start < m.start < p.end and p.end < m.end), None)
            if inner is not None:
                m.start, m.key = inner.start, ctx.s[inner.start:m.end]
        self._branch_names(ctx.s, found)
        self._paired_names(ctx.s, found, places)
        committees = tuple(self.departments["committees"])     # 市委文明办: no 文明办 of its own inside
        ends = {m.end: m.start for m in sorted(found, key=lambda m: -m.start)}
        found = [m for m in found if not (ends[m.end] < m.start and ctx.s.endswith(committees, 0, m.start))]
        return found + self._listed_bodies(ctx, found + list(places))

    def _plaque_title(self, s: str, m: Mention) -> bool:
        """“全省红色退役军人服务站”授牌仪式: a quotation a plaque's handing over follows names a title, no facility
        (organizations.yaml ``title_before``)."""
        end = m.end + (s[m.end:m.end + 1] == "”")
        return s[m.start - 1:m.start] == "“" and s[end - 1:end] == "”" and s.startswith(self.title_before, end)

    def _listed_bodies(self, ctx: _Context, known: list[Mention]) -> list[Mention]:
        """永辉超市、沃尔玛等商超 (``organizations.listed_kind``): the names listed before 等 and a word for a kind of
        body are bodies of that kind; a name another rule read stays as read. Each item is a run of nouns, none a
        common word of the segmenter's dictionary, the first read back from the first list mark."""
        rule, s, out = self.rules["organizations"]["listed_kind"], ctx.s, []
        taken = {(m.start, m.end) for m in known}
        for match in self.listed_kind_re.finditer(s):
            items, end = [], match.start()
            while (start := self._noun_run_before(ctx, end, rule)) is not None:
                items.append((start, end))
                if not s.endswith("、", 0, start):
                    break
                end = start - 1
            if len(items) < rule["min_items"]:
                continue
            cls = rule["kinds"][match.group(1)]
            out += [Mention(a, b, s[a:b], [cls], rule["id"], rule["confidence"], "org")
                    for a, b in reversed(items) if (a, b) not in taken]
        return out

    def _noun_run_before(self, ctx: _Context, end: int, rule: dict[str, Any]) -> int | None:
        """Where the run of nouns (``listed_kind.flags``) ending at ``end`` starts, when it holds ``min_chars`` to
        ``max_chars`` characters and is no common word (counted more than ``ordinary`` in the dictionary)."""
        if end not in ctx.ends or end == 0:
            return None
        i, start = ctx.owner[end - 1], end
        while i >= 0 and ctx.tokens[i].flag in rule["flags"] and end - ctx.tokens[i].start <= rule["max_chars"] \
                and CJK_WORD.fullmatch(ctx.tokens[i].word):
            start, i = ctx.tokens[i].start, i - 1
        name = ctx.s[start:end]
        if len(name) < rule["min_chars"] or frequency(name) > rule["ordinary"] or name.endswith(self.place_endings):
            return None
        return start

    def _paired_names(self, s: str, found: list[Mention], places: list[Mention]) -> None:
        """广州市天河区对口帮扶黔南州工作组, 江苏省对口帮扶贵州省铜仁市工作队: a team named after the area it helps
        (organizations.yaml ``paired_names``) runs back over the verb of pairing to the helper's places before it."""
        rule = self.rules["organizations"]["paired_names"]
        ends: dict[int, Mention] = {}
        for p in places:
            if p.end not in ends or p.start < ends[p.end].start:
                ends[p.end] = p
        for m in found:
            if not m.key.endswith(tuple(rule["heads"])):
                continue
            verb = next((v for v in rule["verbs"] if s.endswith(v, 0, m.start)), None)
            helper = ends.get(m.start - len(verb)) if verb else None
            if helper is None:
                continue
            start = helper.start
            while start in ends:            # 广州市天河区: the chain of the helper's places
                start = ends[start].start
            m.start, m.key = start, s[start:m.end]

    @staticmethod
    def _branch_names(s: str, found: list[Mention]) -> None:
        """中华民国老人福利协进会新竹县分会新埔镇支会: a branch's name holds its parent body's name whole. A body's name
        that starts inside another body's name ending before it (its reading stopped at the most characters a name
        may have) runs back to the start of that name; a parent is read before its branch (by where names end)."""
        bodies = [m for m in found if "Facility" not in m.classes]
        cover = Cover(bodies)
        for m in sorted(bodies, key=lambda m: (m.end, m.start)):
            parent = min((k for k in cover.at(m.start) if k.start < m.start < k.end < m.end),
                         key=lambda k: k.start, default=None)
            if parent is not None:
                m.start, m.key = parent.start, s[parent.start:m.end]
                cover.add(m)
        # 四川长虹电子控股集团有限公司院士专家工作站 (四川长虹/nt stops the facility's reading at 电子): a facility
        # named after the firm or the school that holds it runs back to the start of that name, a name of its own
        for m in (m for m in found if "Facility" in m.classes):
            parent = min((k for k in cover.at(m.start) if k.start < m.start < k.end < m.end
                          and HOLDER_CLASSES.intersection(k.classes)), key=lambda k: k.start, default=None)
            if parent is not None:
                m.start, m.key = parent.start, s[parent.start:m.end]

    def events(self, ctx: _Context) -> list[Mention]:
        found = [self._with_quoted_head(ctx.s, m) for m in self._suffix_names(ctx, self.event_rules, "event")
                 if not m.key.endswith(self.event_not_names)]     # 主要负责同志出席会议: no meeting named
        named = []
        for rule in self.rules["events"].get("patterns", []):
            for match in scanning(rule["pattern"]).finditer(ctx.s):
                named.append(Mention(match.start(), match.end(), match.group(0), [rule["class"]], rule["id"],
                                     rule["confidence"], "event"))
        for m in found:     # 党的二十大精神宣讲: a name that starts inside a named meeting takes it in whole
            outer = next((p for p in named if p.start < m.start < p.end <= m.end), None)
            if outer is not None:
                m.start, m.key = outer.start, ctx.s[outer.start:m.end]
        found += named
        found += self._joined_events(ctx.s, found)
        found = self._lone_acts(found)
        self._ceremonies_of(ctx.s, found)
        for m in found:
            slogan = self.event_slogan_re.search(ctx.s, max(0, m.start - 36), m.start)
            if slogan is not None:      # 2025“善行温州·助力强城”——第八届…活动: the slogan opens the name
                m.start, m.key = slogan.start(), ctx.s[slogan.start():m.end]
                continue
            year = self.event_year_re.search(ctx.s, max(0, m.start - 8), m.start)
            if year is None:        # 112年度…成果展, 113年…表揚大會: a year of the Republic
                stop = m.start + 1 if ctx.s.startswith("年", m.start) else m.start
                year = self.event_roc_year_re.search(ctx.s, max(0, m.start - 6), stop)
            if year is not None:
                m.start, m.key = year.start(), ctx.s[year.start():m.end]    # 2024年度民政工作会议
            ed = self.edition_re.search(m.key)
            if ed:
                m.extra["edition"] = _number(ed.group(1)) if ed.group(1) else 1
        return found

    def _ceremonies_of(self, s: str, found: list[Mention]) -> None:
        """第五届…大赛启动仪式: a ceremony's word (events.yaml ``ceremony_of``) right after an event's name opens a
        ceremony of that event, named with it whole; the event stays a name of its own inside it, named as the
        ceremony is without the word."""
        by_end: dict[int, Mention] = {}
        for m in found:
            if m.end not in by_end or m.start < by_end[m.end].start:
                by_end[m.end] = m
        for m in found:
            word = next((w for w in self.event_ceremony_words if m.key.endswith(w)), None)
            inner = by_end.get(m.end - len(word)) if word else None
            if inner is None or inner is m or inner.family != "event" or inner.end <= m.start:
                continue
            start = min(inner.start, m.start)     # the event is named as its ceremony is, without the word
            m.start, m.key = start, s[start:m.end]
            if not m.extra.get("joined"):       # but not over 暨 (A暨B启动仪式: the ceremony of B)
                inner.start, inner.key = start, s[start:inner.end]
            m.extra["ceremony_at"] = inner.end

    def _lone_acts(self, found: list[Mention]) -> list[Mention]:
        """揭牌授旗仪式, 服务站揭牌暨…授旗仪式: an act named by its word alone (events.yaml ``joined.run_over``) inside
        another event's name, or right before one, is a part of that name, not an event of its own."""
        acts = set(self.rules["events"]["joined"]["run_over"])
        others = [m for m in found if m.rule not in acts]
        starts, cover = {m.start for m in others}, Cover(others)
        return [m for m in found if m.rule not in acts or not (
            m.end in starts or any(p.start <= m.start and m.end <= p.end for p in cover.at(m.start)))]

    def _joined_events(self, s: str, found: list[Mention]) -> list[Mention]:
        """…服务站揭牌暨…授旗仪式, …活动暨党的二十大精神…宣讲活动: the words before 暨 and the event named after it are
        one event named whole (events.yaml ``joined``). The first part runs back to the start of an event named
        there, else to a verb that holds events (verbs_not_naming) or a mark; the second is the longest event named
        within ``max_lead`` characters after 暨, with no mark between."""
        rule, out = self.rules["events"]["joined"], []
        joins = [m.start() for w in rule["words"] for m in re.finditer(re.escape(w), s) if m.start() > 2]
        for j in sorted(joins):
            after = [p for p in found if 0 < p.start - j <= rule["max_lead"]
                     and not any(ch in rule["stops"] for ch in s[j + 1:p.start])]
            if not after:
                continue
            second = max(after, key=lambda p: (p.end, -p.start))
            end = second.end
            while (more := max((p.end for p in found if second.start < p.start <= end < p.end), default=None)):
                end = more      # …系列活动 / 活动启动仪式: a name that runs on from the second part's end
            first = min((p.start for p in found if p.end == j and p.rule not in rule["run_over"]), default=None)
            if first is None:
                first = self._joined_start(s, j, rule)
            if first is None or any(p.start <= first and end <= p.end for p in found):
                continue        # none, or already named whole
            out.append(Mention(first, end, s[first:end], list(second.classes), rule["id"], rule["confidence"],
                               "event", extra={"joined": True}))
        return out

    def _joined_start(self, s: str, j: int, rule: dict[str, Any]) -> int | None:
        """Where the words before 暨 at ``j`` start: after a mark or a verb that holds events, at most ``max_first``
        characters back, and at least two characters long."""
        verbs = tuple(self.event_verbs_not_naming)
        first = j
        while first > 0 and j - first < rule["max_first"] and s[first - 1] not in rule["stops"] \
                and not s.endswith(verbs, 0, first):
            first -= 1
        bounded = first == 0 or s[first - 1] in rule["stops"] or s.endswith(verbs, 0, first)
        if first < j and s[first] in "的了":
            first += 1      # 承办的…决赛暨…仪式, 举办了防汛暨…演练: 的 and 了 open no name
        return first if bounded and j - first >= 2 else None

    def _with_quoted_head(self, s: str, m: Mention) -> Mention:
        """第二届“小城大爱”夜市活动: an event name right after a quotation (and its edition) takes them in."""
        if m.start < 2 or s[m.start - 1] != "”" or s[m.start] == "“":
            return m    # (组建“老兵志愿服务队”“红色巡逻队”: a quoted name of its own after another)
        opening = s.rfind("“", max(0, m.start - 2 - self.quoted["max_length"]), m.start - 1)
        if opening < 0 or "”" in s[opening:m.start - 1] or s[max(0, opening - 2):opening].endswith(("”", "”、")):
            return m    # “春送岗位”“夏送清凉”“冬送温暖”四季送活动: the name after a run of quotations names them all
            # (not …服务队、“万家乐”文艺表演服务队: a list of names, each with its quotation)
        edition = self.edition_re.search(s, max(0, opening - 8), opening)
        start = edition.start() if edition and edition.end() == opening else opening
        return Mention(start, m.end, s[start:m.end], m.classes, m.rule, m.confidence, m.family, extra=m.extra)

    def _name_tail(self, ctx: _Context, tok: Any) -> int:
        """Where a name the segmenter read as two characters ends: one character later when a word of one character
        follows that ends it (肖扬/凡 为, 李俊/芳) or starts a verb glued on (林志/明说), per ``given_name_tail``."""
        rule, i = self.people["given_name_tail"], ctx.owner[tok.start]
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if len(tok.word) == 2 and nxt is not None and nxt.word in rule["adverb_tails"] \
                and ctx.s[nxt.end:nxt.end + 1] in tuple(rule["marks"]) and nxt.end < len(ctx.s):
            return nxt.end      # 仇杨/均,: the adverb before a mark is the name's last character
        if len(tok.word) == 2 and nxt is not None and nxt.start == tok.end and (
                nxt.word in rule["glued_verbs"] or (
                    len(nxt.word) == 2 and nxt.word[1] in rule["glued_words"] and nxt.word[0] not in rule["not_tails"]
                    and CJK.match(nxt.word[0]) and not in_dictionary(nxt.word))):
            return nxt.start + 1    # 林志/明说, 赵梓/涵是: the word glued on holds the name's last character
        if len(tok.word) != 2 or nxt is None or len(nxt.word) != 1 or not CJK.match(nxt.word) \
                or nxt.word in rule["not_tails"] or nxt.word in self.not_names:
            return tok.end
        if nxt.flag == "nr":
            return nxt.end
        after = ctx.tokens[i + 2] if i + 2 < len(ctx.tokens) else None
        follows = after is None or after.flag[:1] in rule["then_flags"]
        return nxt.end if nxt.flag in rule["flags"] and follows else tok.end

    def _name_after(self, ctx: _Context, pos: int) -> tuple[int, int] | None:
        """The name right after a byline or candidate word (spaces skipped): a word tagged as a name, two or three
        characters before a space or punctuation, or two characters printed a space apart (本报记者 单 瑞); a name
        the segmenter glued the word's last character to (咨询师陈静: 师陈静/nr) is read after it."""
        s = ctx.s
        while pos < len(s) and s[pos] in " \u3000":
            pos += 1
        if pos >= len(s):
            return None
        tok = ctx.tokens[ctx.owner[pos]]
        honoured = self.honoured_name_re.match(s, pos)
        if honoured is not None and self._is_surname(s[pos]):
            return honoured.span()      # 局長羅致光博士 (罗致/nr 光/n 博士): the name runs up to the honorific
        if tok.start == pos and tok.flag.startswith("nr") and s[pos] in self.people["name_not_first"]:
            return None         # 党员和军/nr 休干部: a conjunction after the post, no name
        if tok.start == pos and tok.flag.startswith("nr") and 2 <= len(tok.word) <= 4 and CJK.match(tok.word):
            return pos, self._name_tail(ctx, tok)
        if tok.start == pos - 1 and tok.flag.startswith("nr") and len(tok.word) == 3 and self._is_surname(s[pos]):
            return pos, tok.end     # 心理咨询师陈静 (师陈静/nr): the word's last character glued to the name
        run = self.name_run_re.match(s, pos)
        if run is not None and tok.start == pos and tok.flag.startswith(self.not_name_openers) \
                and (len(tok.word) > 1 or not self._is_surname(tok.word)):
            return None         # 记者了解到, 记者看到: a verb after the byline word, not a name
        if run is not None and not self._is_surname(s[pos:pos + 2]):
            return None         # 记者：近日，… / 记者：您好，…: a run no surname opens is no name
        if run is None:     # a name of two characters printed a space apart, to fill the line
            run = _SPACED_NAME_RUN.match(s, pos)
        return (pos, run.end()) if run else None

    def people_mentions(self, ctx: _Context) -> list[Mention]:
        s, tokens, out = ctx.s, ctx.tokens, []
        p = self.people

        def name_after(pos: int) -> tuple[int, int] | None:
            return self._name_after(ctx, pos)

        byline_words = tuple(w for rule in p["bylines"] for w in rule["words"])
        for group in ("bylines", "candidates"):
            for rule in p[group]:
                for match in _alternation(rule["words"]).finditer(s):
                    span = name_after(match.end())
                    while span and s[span[0]:span[1]] not in self.not_names:
                        classes = rule["class"] if isinstance(rule["class"], list) else [rule["class"]]
                        name = re.sub(r"[ \u3000]", "", s[span[0]:span[1]])
                        extra = {"role": match.group(0), "role_start": match.start()}
                        if not rule.get("position", True):
                            del extra["role_start"]     # 文/图 刘海涛: a byline word that is no post
                        out.append(Mention(span[0], span[1], name, list(classes), rule["id"], rule["confidence"],
                                           "person", extra=extra, label=name if name != s[span[0]:span[1]] else ""))
                        # 本报记者 李向雄 熊明, 记者 张三、李四: the names that follow after a space or 、
                        more = span[1] + 1 if s[span[1]:span[1] + 1] == "、" else span[1]
                        gap = _SPACES.match(s, more).end() - more if group == "bylines" else 0
                        if (more + gap == span[1] or s.startswith(byline_words, more + gap)
                                or not CJK.match(s[more + gap:more + gap + 1])):
                            break
                        span = name_after(more + gap)
                        if span and not self._is_surname(s[span[0]:span[1]]):
                            break       # 记者 张三 报道: a word, not another name
        for match in self._offices(ctx):
            rule = self.office_by_word[match.group(0)]
            span = name_after(match.end())
            is_name = span and tokens[ctx.owner[span[0]]].flag.startswith("nr") and (
                self._is_surname(s[span[0]:span[1]]) or not frequency(s[span[0]:span[1]]))
            # (激励党员弘扬, 志愿者小天使: 弘扬/nr, 小天使/nr, words of the dictionary led by no surname, are no names)
            if is_name and s[span[0]:span[1]] not in self.not_names:
                for one in (span, *self._names_listed_after(ctx, span[1], name_after)):   # 縣議員陳凱榮、林碩彥
                    out.append(Mention(one[0], one[1], s[one[0]:one[1]], [rule["class"]], rule["id"],
                                       rule["confidence"], "person",
                                       extra=self._post(match.group(0), match.start()),
                                       label=self._surname_before_post(s, match.start(), s[one[0]:one[1]])))
        out += self.bracketed_bylines(s)
        out += self.surname_people(ctx, {m.start for m in out})
        out += self.speakers(ctx, {m.start for m in out})
        out += self.bare_speakers(ctx, {pos for m in out for pos in range(m.start, m.end)})
        out += self.kinship_people(ctx, {m.start for m in out})
        out += self.families(ctx, {m.start for m in out})
        out += self.listed_people(ctx, {m.start for m in out})
        out += self.appointed_people(ctx, {m.start for m in out})
        out += self.bracketed_posts(ctx, {m.start for m in out})
        out += self.profiled_people(ctx, {m.start for m in out})
        out += self.award_people(ctx, {m.start for m in out})
        found = self.dotted_people(ctx, out + self.four_after_post(ctx, {m.start for m in out}))
        return self.married_names(ctx, self._without_glued_adverbs(ctx, found))

    def _without_glued_adverbs(self, ctx: _Context, found: list[Mention]) -> list[Mention]:
        """书记王芳曾/nr 获评/v: a name of three characters the segmenter read whole, whose last is an adverb
        (people.yaml ``given_name_tail.glued_adverbs``) before a verb or a preposition, ends before the adverb."""
        rule, s = self.people["given_name_tail"], ctx.s
        for m in found:
            if m.family != "person" or m.label or m.end - m.start != 3 or s[m.end - 1] not in rule["glued_adverbs"] \
                    or not ctx.tokens:
                continue
            i = ctx.owner[m.start]
            tok, nxt = ctx.tokens[i], ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
            if (tok.start, tok.end) == (m.start, m.end) and tok.flag.startswith("nr") and nxt is not None \
                    and nxt.flag[:1] in rule["glued_adverb_before"]:
                m.end -= 1
                m.key = s[m.start:m.end]
        return found

    def married_names(self, ctx: _Context, found: list[Mention]) -> list[Mention]:
        """陳黃淑媛, 王陳月嬌: the names read as two surnames (陳黃) or as three characters after another surname
        (陳月嬌 of 王陳月嬌) are four characters, a husband's surname before her own (people.yaml ``married_names``)."""
        if not ctx.traditional:
            return found        # the custom of Taiwan, Hong Kong and Macau, whose reports print traditional characters
        s, rule = ctx.s, self.people["married_names"]
        surnames, after = set(rule["surnames"]), tuple(rule["after"] + self.people["surnames"]["after"])
        for m in found:
            if m.family != "person" or m.label:
                continue
            if m.end - m.start == 2 and s[m.start] in surnames and s[m.start + 1] in surnames \
                    and CJK_WORD.fullmatch(s[m.end:m.end + 2]) and s.startswith(after, m.end + 2):
                m.end += 2
            elif m.end - m.start == 3 and s[m.start] in surnames and s[m.start + 1] in surnames \
                    and CJK_WORD.fullmatch(s[m.end:m.end + 1]) and s.startswith(after, m.end + 1):
                m.end += 1      # 徐林桂/nr 華: the segmenter's name ends a character early
            elif self._husband_before(s, m.start, m.end):
                m.start -= 1
            else:
                continue
            m.key = s[m.start:m.end]
        # 里長陳黃淑媛號召: a name the story prints whole before one of `after` is whole wherever else it is printed
        whole = {m.key for m in found if m.family == "person" and m.end - m.start == 4}
        for m in found:
            if m.family == "person" and not m.label and m.end - m.start == 2 and s[m.start:m.start + 4] in whole:
                m.end += 2
                m.key = s[m.start:m.end]
        return found

    def _husband_before(self, s: str, start: int, end: int) -> bool:
        """Whether the name of three characters from ``start`` to ``end`` has a husband's surname right before it
        (陳月嬌 of 王陳月嬌), which no Chinese character or one of ``married_names.before`` opens."""
        rule = self.people["married_names"]
        surnames = rule["surnames"]
        return end - start == 3 and start > 0 and s[start] in surnames and s[start - 1] in surnames \
            and (start == 1 or not CJK.match(s[start - 2]) or s.endswith(tuple(rule["before"]), 0, start - 1))

    def _surname_before_post(self, s: str, post_start: int, name: str) -> str:
        """鄭區長正忠: a given name of two characters after a post that a surname opens names the person whom the
        story names whole elsewhere (鄭正忠): that whole name, else "" (the name as printed)."""
        surname = s[post_start - 1:post_start]
        if len(name) != 2 or self._is_surname(name) or surname not in self.single_surnames \
                or s.find(surname + name) < 0:
            return ""
        return surname + name

    def award_people(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """People named beside an award's trigger whom no other rule read (``person.before-award``,
        ``person.after-award``)."""
        s, tokens, out = ctx.s, ctx.tokens, []
        # a tagged name right before an award trigger (王勇获评…), or a surname-led name the segmenter cut apart
        # that opens the clause (…评选中,张玉滚/获评: 张玉/nr 滚/v)
        for match in self.award_trigger_re.finditer(s):
            if match.start() == 0:
                continue
            tok = tokens[ctx.owner[match.start() - 1]]
            if (tok.flag.startswith("nr") and tok.end == match.start() and 2 <= len(tok.word) <= 3
                    and tok.word not in self.not_names and not tok.word.endswith(self.place_endings)
                    and not s[tok.start - 1:tok.start].isdigit()):     # 6位志工/nr 獲…: a count's word, no name
                start = tok.start
                before = tokens[ctx.owner[start - 1]] if start > 0 else None
                opens = before is not None and (before.start == 0 or not CJK.match(s[before.start - 1]))
                if len(tok.word) == 2 and opens and before.end == start and len(before.word) == 1 \
                        and before.word in self.single_surnames:
                    start = before.start        # 林/ng 美玲/nr 獲選為: the surname the segmenter cut off opens the name
                out.append(Mention(start, tok.end, s[start:tok.end], ["Person"], "person.before-award", 0.6, "person"))
            elif (span := self._opening_name_before(ctx, match.start())) is not None:
                out.append(Mention(span[0], span[1], s[span[0]:span[1]], ["Person"], "person.before-award", 0.55,
                                   "person"))
            if match.group(0) in self.rules["awards"]["agent"]["gives"]:
                out += self._given_people(ctx, match.end(), taken)
            elif (given := self._given_word_after(s, match)) is not None:
                out += self._given_people(ctx, given, taken)    # 頒發金質獎給陳美玉: the names after 給
        return out

    def _given_word_after(self, s: str, match: re.Match[str]) -> int | None:
        """Where the names start after the word of ``names_after`` (给, 予) that follows a presented award in the
        trigger's clause (頒發金質獎給陳美玉), for a trigger that presents; else None."""
        trig = self.award_by_word[match.group(0)]
        if not trig.get("names_after"):
            return None
        stop = next((i for i in range(match.end(), min(len(s), match.end() + self.rules["awards"]["max_length"]))
                     if s[i] in CLAUSE_END), len(s))
        at = min((i for w in trig["names_after"] if (i := s.find(w, match.end() + 2, stop)) >= 0), default=-1)
        return at + 1 if at >= 0 else None

    def _given_people(self, ctx: _Context, pos: int, taken: set[int]) -> list[Mention]:
        """授予王建国、李秀英等10名同志“…”称号: the surname-led names listed right after a trigger that gives, each
        after one of ``awards.recipient_joins``, receive it (``person.after-award``)."""
        s, out, joins = ctx.s, [], self.rules["awards"]["recipient_joins"]
        while (span := self._surname_name(ctx, pos, strict=self.people["affiliated"])) is not None \
                and not s[span[0]:span[1]].endswith(self.place_endings):
            if pos not in taken:        # (a name another rule read is passed over: 王光明、李秀英/nr、赵建国)
                out.append(Mention(span[0], span[1], s[span[0]:span[1]], ["Person"], "person.after-award", 0.55,
                                   "person"))
            at = after_note(s, span[1])     # 申纪兰(女)、孙家栋: over a note in brackets
            join = next((j for j in joins if s.startswith(j, at)), None)
            if join is None:
                break
            pos = at + len(join)
        return out

    def _post(self, word: str, at: int) -> dict[str, Any]:
        """What a person read beside the office word ``word`` printed at ``at`` carries: the post, where the body
        named before it ends, and the office's predicate (people.yaml ``offices``)."""
        predicate = self.office_by_word[word].get("predicate")
        return {"role": word, "office_end": at, "role_start": at, "predicate": predicate}

    def four_after_post(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """统战部副部长才让多杰表示: a transcribed name of four characters between a post and a verb of saying
        (people.yaml ``four_after_post``)."""
        s, rule, out = ctx.s, self.people["four_after_post"], []
        size, verbs = rule["length"], tuple(self.people["speakers"]["verbs"])
        for match in self._offices(ctx):
            start, end = match.end(), match.end() + size
            if (start in taken or not s.startswith(verbs, end) or CJK_RUN_BREAK.search(s, start, end)
                    or s[start] in PREPOSITIONS or ctx.tokens[ctx.owner[start]].end >= end):
                continue
            words = ctx.tokens[ctx.owner[start]:ctx.owner[end] + 1]
            if not words[-1].flag.startswith("v") or any(w.flag.startswith("v") and len(w.word) > 1
                                                         for w in words[:-1]):
                continue        # 社區代表舉辦進度說明會: a verb of two characters inside, 說明會 after: no name
            office = self.office_by_word[match.group(0)]
            out.append(Mention(start, end, s[start:end], [office["class"]], rule["id"], rule["confidence"], "person",
                               extra=self._post(match.group(0), match.start())))
        return out

    def _dotted_end(self, s: str, start: int) -> int | None:
        """Where the second part of a dotted name starting at ``start`` ends (people.yaml ``dotted_names``)."""
        least, most = self.people["dotted_names"]["second"]
        stop = start
        while stop < len(s) and CJK.match(s[stop]) and not (stop - start >= least
                                                              and s.startswith(self.name_followers, stop)):
            if stop - start >= most:
                return None
            stop += 1
        return stop if stop - start >= least else None

    def dotted_people(self, ctx: _Context, found: list[Mention]) -> list[Mention]:
        """阿依古丽·买买提, 第一书记买买提江·吾守尔: a transcribed name over a middle dot (people.yaml
        ``dotted_names``). A person read up to two characters before the dot runs on over it; a first part right
        after a post, a byline or a group word (or an opener: a mark, 和) is a person of its own."""
        s, rule = ctx.s, self.people["dotted_names"]
        ends = {m.end: m for m in found if m.family == "person"}
        out = list(found)
        for dot in self.dot_re.finditer(s):
            end = self._dotted_end(s, dot.end())
            if end is None or s.endswith(tuple(rule["not_endings"]), 0, end) \
                    or s.endswith(tuple(rule["not_endings"]), 0, dot.start()):
                continue        # (大众网·海报新闻记者: an outlet and its desk)
            near = next((ends[e] for e in range(dot.start(), dot.start() - 3, -1)
                         if e in ends and not CJK_RUN_BREAK.search(s, e, dot.start())), None)
            if near is not None:
                near.end, near.key = end, s[near.start:end]
                continue
            least, most = rule["first"]
            for start in range(dot.start() - least, max(dot.start() - most, 0) - 1, -1):
                if CJK_RUN_BREAK.search(s, start, dot.start()):
                    break
                opener = next((w for w in self.dotted_openers if s.endswith(w, 0, start)), None)
                if opener is not None:
                    extra = self._post(opener, start - len(opener)) if opener in self.office_by_word else {}
                    out.append(Mention(start, end, s[start:end], [rule["class"]], rule["id"], rule["confidence"],
                                       "person", extra=extra))
                    break
        return out

    def tagged_people(self, ctx: _Context, found: list[Mention]) -> list[Mention]:
        """person.tagged: a word the segmenter tags as a person's name (nr), of ``length`` characters led by a
        surname and not a word of its dictionary, where no rule read a person (it runs last: a post, a byline or a
        list of honourees reads a name better)."""
        rule, out = self.people["tagged"], []
        counted = self.rules["places"]["counted_list"]["id"]     # (潘家湾 of …、潘家湾等5个乡镇: a town)
        taken = {pos for m in found if m.family == "person" or m.rule == counted for pos in range(m.start, m.end)}
        for tok in ctx.tokens:
            if (tok.flag not in rule["flags"] or len(tok.word) != rule["length"] or not CJK_WORD.fullmatch(tok.word)
                    or not self._is_surname(tok.word) or frequency(tok.word) > rule["ordinary"]):
                continue
            if tok.word in self.not_names or tok.word.endswith(self.place_endings) \
                    or taken & set(range(tok.start, tok.end)):
                continue
            out.append(Mention(tok.start, tok.end, tok.word, [rule["class"]], rule["id"], rule["confidence"],
                               "person"))
        return self.married_names(ctx, out)

    def _listed_name_before(self, ctx: _Context, end: int) -> tuple[int, int] | None:
        """The name that ends at ``end`` in a list of names (people.yaml's ``listed``): a word the segmenter tags as a
        name, or a surname it tags alone and the given name after it (陈/淑珍), two or three characters and surname-led;
        or a transcribed name over a middle dot (迪丽热巴·买买提) that a list mark opens."""
        s, rule = ctx.s, self.people["listed"]
        dotted = self.dotted_name_re.search(s, max(0, end - rule["max_dotted"]), end)
        if dotted is not None and dotted.end() == end:
            return dotted.span() if dotted.start() == 0 or s[dotted.start() - 1] in rule["opens"] else None
        if end not in ctx.ends or end - 1 < 0:
            return None
        last = ctx.tokens[ctx.owner[end - 1]]
        first = ctx.tokens[ctx.owner[last.start - 1]] if last.start > 0 else last
        for start, opening in ((last.start, last), (first.start, first)):
            name = s[start:end]
            tagged = opening.flag.startswith("nr") or (      # 林/ng 美玲/nr: a surname alone before a tagged given name
                opening is first and len(first.word) == 1 and last.flag.startswith("nr")) or (
                opening is last and len(last.word) == 3 and last.flag in rule["item_flags"]
                and s.endswith(tuple(rule["item_joins"]), 0, start))     # …楊福彰及黃愛伶/ns: one more item of a list
            if 2 <= len(name) <= 3 and tagged and CJK_WORD.fullmatch(name) \
                    and self._is_surname(name) and name not in self.not_names \
                    and not name.endswith(self.place_endings) and frequency(name) <= rule["ordinary"]:
                return start, end
        return None

    def plain_name(self, name: str) -> bool:
        """Whether ``name``, printed in a place of its own (an item of a list, the opening of a roster's line), may be
        a person's name whatever the segmenter tags it: Chinese characters only, none of ``not_names``, and no word
        of the dictionary (党员, 李家村 aside) but a rare one it tags a name (people.yaml ``plain_names``: 孙建军). The
        caller says how long it is and what surname it needs."""
        if CJK_WORD.fullmatch(name) is None or name in self.not_names:
            return False
        rare = self.people["plain_names"]     # 孙建军: a name the dictionary holds, tagged a name, and rare
        return not in_dictionary(name) or (dictionary_tag(name) in rare["tags"] and len(name) >= rare["min_length"]
                                           and frequency(name) <= rare["ordinary"]
                                           and not name.endswith(self.place_endings))

    def _slot_name(self, name: str) -> bool:
        """Whether ``name``, an item filling its place in a list, is a person's name: printed as a name may be
        (:meth:`plain_name`), led by a surname, and not ending like a place."""
        return self.plain_name(name) and self._is_surname(name) and not name.endswith(self.place_endings)

    def _slot_name_before(self, s: str, end: int, married: bool = False) -> tuple[int, int] | None:
        """In a list a count of people closes (王光明、陈冠清、周长忠等13人), an item of two or three characters led by
        a surname and filling its place between two list marks (or after a word that opens a roster) is a name,
        whatever the segmenter tags it, unless it is a word of the dictionary (党员); ``married`` (a story printed
        in traditional characters), four characters led by two surnames of people.yaml ``married_names`` too
        (高郭素絹)."""
        rule = self.people["listed"]
        wed = set(self.people["married_names"]["surnames"]) if married else set()
        for length in (4, 3, 2):
            start = end - length
            name = s[start:end]
            if start < 0 or not (self._slot_name(name) if length < 4 else name[0] in wed and name[1] in wed
                                 and self._slot_name(name[1:])):
                continue
            if start == 0 or s[start - 1] in "、" + rule["opens"] or s.endswith(tuple(rule["roster"]["opens"]), 0,
                                                                                 start):
                return start, end
        return None

    def _slot_name_after(self, s: str, pos: int) -> tuple[int, int] | None:
        """…、廖浚詠、周宥丞、…: an item of two or three characters (four after a double surname) led by a surname, that
        fills its place up to the next list mark or punctuation, is a name whatever the segmenter tags it, unless it
        is a word of the dictionary."""
        for length in (4, 3, 2) if s[pos:pos + 2] in self.double_surnames else (3, 2):
            name = s[pos:pos + length]
            if s[pos + length:pos + length + 1] in self.people["listed"]["slot_ends"] and pos + length < len(s) \
                    and self._slot_name(name):
                return pos, pos + length
        return None

    def _married_start(self, ctx: _Context, span: tuple[int, int]) -> tuple[int, int]:
        """A listed name of three characters with a husband's surname right before it starts at that surname in a
        story printed in traditional characters (、高郭素絹、: :meth:`_husband_before`)."""
        start, end = span
        return (start - 1, end) if ctx.traditional and self._husband_before(ctx.s, start, end) else span

    def _item_end(self, s: str, end: int) -> int:
        """Where the name of a list's item that ends at ``end`` ends: before a note in brackets and a courtesy word
        (people.yaml ``listed.roster.courtesy``: 蘇片(91歲), 宋惠君女士)."""
        return before_word(s, before_note(s, end), self.people["listed"]["roster"]["courtesy"])

    def listed_people(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """person.listed: 张建华、李明、王芳等同志: names joined by list marks before a word that closes a list of
        people (``closers``) are people, when there are at least ``min_names`` of them."""
        s, rule, out = ctx.s, self.people["listed"], []
        closers = [m.start() for m in self.list_closer_re.finditer(s)]
        counted = {m.start() for m in self.counted_closer_re.finditer(s)}      # 任红梅等10人: one name is a list
        rostered = {m.end(1) for m in self.roster_people_re.finditer(s)}     # the clause end after each opener
        marks = self.rules["awards"]["roster"]["marks"]     # 见义勇为模范：周长忠、…: a title of praise, then a colon
        reach = rule["roster"]["title_reach"]
        # …or a count of people right before a word that opens a roster (好人好事代表共18位，分别为A、B)
        titled = {m.end(1) for m in _overlapping(self.roster_people_re, s)
                  if (s[m.start()] in "：:" and any(w in s[max(0, m.start() - reach):m.start()] for w in marks))
                  or self.roster_count_re.search(s, max(0, m.start() - reach), m.start())}
        # 张明华、李玉兰和王建国荣获X: an award's trigger closes a list of names too (before 被 and its adverbs)
        joins = ("、", *rule["roster"]["last_joins"])       # (a list has a join in the words before the trigger)
        honoured = {self.recipient_end(s, m.start()) for m in self.award_trigger_re.finditer(s)
                    if any(s.find(j, max(0, m.start() - 32), m.start()) >= 0 for j in joins)}
        for end, roster in sorted([(e, False) for e in closers] + [(e, True) for e in rostered]
                                  + [(e, None) for e in honoured]):
            spans: list[tuple[int, int]] = []
            # 王光明、陈冠清、周长忠等13人: a count of people closes it; or a colon after a title of praise opens it
            people = (not roster and end in counted) or (roster is True and end in titled)
            while (span := self._listed_name_before(ctx, item_end := self._item_end(s, end))
                    or (self._slot_name_before(s, item_end, ctx.traditional) if people else None)) is not None:
                spans.append(span := self._married_start(ctx, span))
                joins = ("、", *rule["roster"]["last_joins"]) if roster is not False and len(spans) == 1 else ("、",)
                join = next((j for j in joins if s.endswith(j, 0, span[0])), None)
                if join is None:
                    break
                end = span[0] - len(join)
            least = 1 if not roster and spans and spans[0][1] in counted else rule["min_names"]
            if len(spans) < least or (roster and not s.endswith(tuple(rule["roster"]["opens"]), 0, spans[-1][0])):
                continue
            out += [Mention(a, b, s[a:b], [rule["class"]], rule["id"], rule["confidence"], "person")
                    for a, b in reversed(spans) if a not in taken]
        return out

    def appointed_people(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """person.appointed: 选举郑宏伟为…副主席: the surname-led name between an act of appointing and 为, when an
        office word ends what 为 names; the office is the person's post."""
        s, rule, out = ctx.s, self.people["appointed"], []
        for match in self.appointed_re.finditer(s):
            start, end = match.span(1)
            name = s[start:end]
            if start in taken or name in self.not_names or not self._is_surname(name) \
                    or (len(name) == 4 and name[:2] not in self.double_surnames):
                continue
            office = next((m for m in self.office_re.finditer(s, match.start(2), match.end(2))
                           if m.end() == match.end(2)), None)
            if office is None:
                continue
            holder = self.office_by_word[office.group(0)]
            out.append(Mention(start, end, name, [holder["class"]], rule["id"], rule["confidence"], "person",
                               extra=self._post(office.group(0), office.start())))
        return out

    def _clause_name_before(self, s: str, end: int) -> tuple[int, int] | None:
        """欧阳丽华（: a surname-led run of two to four characters (four only after a double surname) that opens a
        clause (no character of a word before it) and ends at ``end``."""
        start = end
        while start > 0 and end - start < 5 and CJK.match(s[start - 1]):
            start -= 1
        name = s[start:end]
        if not 2 <= len(name) <= 4 or (start > 0 and CJK.match(s[start - 1])) or name in self.not_names:
            return None
        if not self._is_surname(name) or (len(name) == 4 and name[:2] not in self.double_surnames):
            return None
        return start, end

    def bracketed_posts(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """person.bracketed-post: 王建华（街道党工委书记）表示, 李春梅（社区居委会主任）: a name right before brackets
        that end with an office word holds the office (and heads, or is a member of, the body before it)."""
        s, rule, out = ctx.s, self.people["bracketed_posts"], []
        for match in self.bracket_post_re.finditer(s):
            span = self._listed_name_before(ctx, match.start()) or self._clause_name_before(s, match.start())
            if span is None or span[0] in taken:
                continue
            office = self.office_by_word[match.group(1)]
            extra = self._post(match.group(1), match.start(1))
            out.append(Mention(*span, s[span[0]:span[1]], [office["class"]], rule["id"], rule["confidence"],
                               "person", extra=extra))
        return out

    def _names_listed_after(self, ctx: _Context, end: int, name_after: Any) -> list[tuple[int, int]]:
        """副市长王明、李华、张强: the names listed after the first one (each a tagged name or a surname's), which share
        its post; the list ends at the first item that is neither (区长李华 is a post of its own), or after the item
        a last join opens (副会长吴淑玲及曹勇: people.yaml ``listed.roster.last_joins``)."""
        s, spans = ctx.s, []
        last = tuple(self.people["listed"]["roster"]["last_joins"])
        while s[end:end + 1] == "、" or (s.startswith(last, end) and (not spans or s[end - 1] != "、")):
            join = 1 if s[end] == "、" else len(next(j for j in last if s.startswith(j, end)))
            span = self._slot_name_after(s, end + join) or name_after(end + join) \
                or self._surname_name(ctx, end + join)     # 冯/建华 等: a name cut apart
            if span is None or s[span[0]:span[1]] in self.not_names or not (
                    ctx.tokens[ctx.owner[span[0]]].flag.startswith("nr") or self._is_surname(s[span[0]:span[1]])) \
                    or s.endswith(self.place_endings, 0, span[1]) \
                    or self._runs_into_place(s, span[1]):     # 周建平、仁寿县民政局: a place opens a body
                break
            spans.append(span)
            if join > 1 or s[end] != "、":
                break           # 及曹勇: the last item
            end = span[1]
        return spans

    def names_after_names(self, ctx: _Context, found: list[Mention]) -> list[Mention]:
        """person.listed.after: 替代役男吳彥誼、廖浚詠、周宥丞: the names listed after a name any rule read (a post's
        list is read with the post), each a person of its own; none shares what the first was read by. It runs after
        ``tagged_people``."""
        rule, taken = self.people["listed"]["after_names"], {m.start for m in found}
        out: list[Mention] = []

        def name_after(pos: int) -> tuple[int, int] | None:
            return self._name_after(ctx, pos)

        for m in found:
            if m.family != "person" or m.confidence < rule["min_confidence"] or not 2 <= m.end - m.start <= 4:
                continue
            for start, end in [*self._names_listed_before(ctx, m.start),
                               *self._names_listed_after(ctx, m.end, name_after)]:
                if start in taken:
                    continue
                taken.add(start)
                out.append(Mention(start, end, ctx.s[start:end], [rule["class"]], rule["id"], rule["confidence"],
                                   "person"))
        return self.married_names(ctx, out)

    def _names_listed_before(self, ctx: _Context, start: int) -> list[tuple[int, int]]:
        """胡波、郁菁菁、江能波: the items listed before a name, back to the list's opening, each filling its place
        between list marks (``_slot_name_before``), or, first in the list, a surname-led word the segmenter tags a
        name (中坚力量李岩/nr、殷成安); the walk stops at the first that is no name."""
        s, spans = ctx.s, []
        while s[start - 1:start] == "、" and (span := self._slot_name_before(s, start - 1)
                                              or self._tagged_name_ending(ctx, start - 1, set())) is not None:
            spans.append(span)
            start = span[0]
        return spans

    def _runs_into_place(self, s: str, end: int) -> bool:
        """王建国、洪塘街道人大工委主任李红梅: the "name" runs on into a place's ending (洪塘 of 洪塘街道), which is
        no post (李华镇长 is one)."""
        ending = next((e for e in self.place_endings if s.startswith(e, end)), None)
        return ending is not None and not s.startswith(self.post_after_place, end + len(ending))

    def affiliated_people(self, ctx: _Context, found: list[Mention]) -> list[Mention]:
        """person.affiliated: 太仓宏达热电有限公司的黄喜文, 太仓武港码头有限公司朱义华等: a surname-led name right after
        the name of a body or a place (over one of ``joins``) that ends where a name ends."""
        s, rule, out = ctx.s, self.people["affiliated"], []
        taken = {m.start for m in found if m.family == "person"}
        places = {(m.start, m.end) for m in found if m.family in ("place", "gazetteer")}
        for m in found:
            if m.family not in ("org", "place") or m.end >= len(s):
                continue
            pos = m.end + next((len(j) for j in rule["joins"] if s.startswith(j, m.end)), 0)
            if pos > m.end and s.endswith(tuple(rule["copulas"]), 0, m.start):
                continue        # 是长者食堂的常客: what the subject is, no name
            span = self._surname_name(ctx, pos, strict=rule) if pos not in taken else None
            if span is not None and span in places and s.endswith(self.place_endings, 0, span[1]):
                continue        # 小白乡白燕村: a village after its town, not a person named after a place
            if span is not None:
                taken.add(pos)
                out.append(Mention(*span, s[span[0]:span[1]], [rule["class"]], rule["id"], rule["confidence"],
                                   "person"))
        return out

    def split_at_people(self, s: str, found: list[Mention], people: list[Mention]) -> list[Mention]:
        """…税务局的金骁和太仓市第一人民医院的朱涛: a body's name read over a person's name and a join (金骁和太仓市…)
        starts after them (``affiliated.split_joins``)."""
        joins = tuple(self.people["affiliated"]["split_joins"])
        at = {p.start: p for p in people}
        out = []
        for m in found:
            person = at.get(m.start) if m.family == "org" else None
            if person is not None and s.startswith(joins, person.end) and person.end + 1 < m.end:
                start = person.end + 1
                m = Mention(start, m.end, s[start:m.end], list(m.classes), m.rule, m.confidence, m.family,
                            extra=dict(m.extra))
            out.append(m)
        return out

    def _opening_name_before(self, ctx: _Context, end: int) -> tuple[int, int] | None:
        """A name of three (else two) characters led by a surname, none of the words a name is not (people.yaml
        ``affiliated``: no common word, no verb inside), that opens its clause and ends at ``end``."""
        for length in (3, 2):
            start = end - length
            if start < 0 or (start > 0 and ctx.s[start - 1] not in CLAUSE_END + "、（(\n"):
                continue
            span = self._surname_name(ctx, start, strict=self.people["affiliated"])
            if span == (start, end) and not ctx.s[start:end].endswith(self.place_endings):
                return span
            if length == 3 and self._cut_given_name(ctx, start, end):
                return start, end
        return None

    def _cut_given_name(self, ctx: _Context, start: int, end: int) -> bool:
        """A surname alone and a given name of two characters the segmenter reads as one word (高/a 建新/v): a name
        when no word of its dictionary is these three characters and the given name is no common word."""
        first, second = ctx.tokens[ctx.owner[start]], ctx.tokens[ctx.owner[start + 1]]
        name = ctx.s[start:end]
        return first.start == start and first.end == start + 1 and first.word in self.single_surnames \
            and second.start == start + 1 and second.end == end and name not in self.not_names \
            and frequency(second.word) <= self.people["affiliated"]["ordinary"] and not in_dictionary(name)

    def _is_surname(self, word: str) -> bool:
        return word[:2] in self.double_surnames or word[:1] in self.single_surnames

    def _surname_name(self, ctx: _Context, pos: int, strict: dict[str, Any] | None = None) -> tuple[int, int] | None:
        """A two- or three-character name at ``pos`` that starts with a surname and ends where a name ends.

        With a ``strict`` rule (``people.affiliated``: a name with no office word beside it) the rule's ``ends`` end a
        name too, a three-character name does not end in one (朱涛等9人), and no common word of jieba's dictionary
        (关怀, used more than ``ordinary`` times) nor a run holding a verb (全覆盖) is a name."""
        s = ctx.s
        ends = tuple(self.people["surnames"]["after"] + (strict["ends"] if strict else []))
        if not self._is_surname(s[pos:pos + 2]):
            return None
        if (trigger := self.award_trigger_re.match(s, pos)) is not None and len(trigger.group(0)) > 1:
            return None     # 渔梁社区荣膺「…」: an award's trigger (荣膺, 荣获) opens no name
        lengths = (4, 3) if s[pos:pos + 2] in self.double_surnames else (3, 2)    # 司徒文華 after a post
        for length in lengths:
            end = pos + length
            name = s[pos:end]
            if end > len(s) or not all(CJK.match(ch) for ch in name) or name in self.not_names:
                continue
            if end < len(s) and CJK.match(s[end]) and not s.startswith(ends, end):
                continue
            if strict and length == 3 and s.startswith(ends, pos + 2):
                continue
            if length == 3 and name[2] in self.people["given_name_tail"]["not_last"]:
                continue        # 志愿者赵明说: a verb of saying ends no given name
            inside = ctx.tokens[ctx.owner[pos]:ctx.owner[end - 1] + 1]
            if strict and (frequency(name) > strict["ordinary"] or inside[0].flag.startswith(("p", "c"))
                           or (inside[0].flag == "d" and len(inside[0].word) == 1)
                           or any(t.flag.startswith("v") and len(t.word) > 1 for t in inside)):
                return None     # 关怀; 全覆盖; 镇人民政府向/大会作报告: a preposition or a conjunction opens no name,
                # nor a surname the segmenter reads as an adverb alone (社区曾/d 荣获…, 社区曾/d 先后获得…)
            if inside[0].start == pos and inside[0].end >= end and not inside[0].flag.startswith("nr") \
                    and in_dictionary(inside[0].word):
                continue          # one ordinary word (单位, 和谐), not a name (曾庆国/ns is the model's guess: a name)
            if inside[0].start == pos and len(inside[0].word) > 1 and inside[0].flag in self.not_opening_word_tags:
                continue          # 党员陆续来到 (陆续/d): an adverb of two characters opens no name
            return pos, end
        return None

    def surname_people(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """People the segmenter did not tag: a surname-led name right after or right before an office word."""
        s, rule, out = ctx.s, self.people["surnames"], []
        for match in self._offices(ctx):
            if s.startswith(tuple(rule["not_post_before"]), match.end()):
                continue        # 石岗村长者服务站: 村长 before 者 is no post
            office = self.office_by_word[match.group(0)]
            span = self._surname_name(ctx, match.end()) if match.end() not in taken else None
            if span is None and s[match.end():match.end() + 1] == " " and match.end() + 1 not in taken:
                span = self._surname_name(ctx, match.end() + 1)     # a caption: 居委会主任 杨基校:
            extra = self._post(match.group(0), match.start())
            if span is None and match.start() >= 2 and not s.startswith(self.body_after_post, match.end()):
                # 金融业联合会陈伊芬秘书长: the body is named right before the person
                named = self._tagged_name_ending(ctx, match.start(), taken) \
                    or self._name_after_body(ctx, match.start(), taken)
                if named is not None:
                    span, extra = named, {**extra, "office_end": named[0]}
            if span is None:
                continue
            taken.add(span[0])
            out.append(Mention(span[0], span[1], s[span[0]:span[1]], [office["class"]], rule["id"],
                               rule["confidence"], "person", extra=extra))
        return out

    def _tagged_name_ending(self, ctx: _Context, end: int, taken: set[int]) -> tuple[int, int] | None:
        """A surname-led name the segmenter tagged (nr) ending at ``end``: one word of two or three characters
        (陈伊芬), or a surname and a given name it cut apart, both tagged (吴/nr 光耀/nr). None for a place the tagger
        took for a name (杜阮镇/nr)."""
        tok = ctx.tokens[ctx.owner[end - 1]]
        if tok.end != end or not tok.flag.startswith("nr"):
            return None
        start = tok.start
        if len(tok.word) <= 2 and start >= 1:
            before = ctx.tokens[ctx.owner[start - 1]]
            if len(before.word) == 1 and before.flag.startswith("nr") and before.word in self.single_surnames:
                start = before.start
        name = ctx.s[start:end]
        if start in taken or not 2 <= len(name) <= 3 or not self._is_surname(name) or name in self.not_names \
                or name.endswith(self.place_endings) or frequency(name) > self.people["listed"]["ordinary"]:
            return None     # (卓越/nr 志工獎: a common word the tagger took for a name; 雷锋志愿者: a kind)
        return start, end

    def _name_after_body(self, ctx: _Context, end: int, taken: set[int]) -> tuple[int, int] | None:
        """A name the segmenter did not tag, between a body's name and the post after it (卫生局郑成业副局长, 社会工作局
        许华宝副局长: Macau's order), or opening a list's item: three (else two) characters led by a surname, printed
        right after the last character of a body's name or a list mark (people.yaml ``surnames.name_after_body``),
        not ending like a body's name (、房屋局局長), no common word of the dictionary."""
        s, rule = ctx.s, self.people["surnames"]["name_after_body"]
        ordinary = self.people["listed"]["ordinary"]
        for length in (3, 2):
            start = end - length
            name = s[start:end]
            if start < 1 or start in taken or not self._is_surname(name) or not all(CJK.match(ch) for ch in name):
                continue
            if s[start - 1] not in rule["after"] or name[-1] in rule["after"] or name in self.not_names \
                    or in_dictionary(name) or frequency(name) > ordinary or frequency(name[:2]) > ordinary \
                    or frequency(name[1:]) > ordinary:
                continue        # (，党员和志愿者: 党员 is a common word, no surname and a given name; 內政部黃專門委員)
            return start, end
        return None

    def kinship_people(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """person.kinship: 罗姨, 张叔, 陈阿姨: a single surname right before a kinship word, standing on its own."""
        s, rule, out = ctx.s, self.people["kinship"], []
        for match in self.kinship_re.finditer(s):
            start, end = match.span()
            if start in taken or (end < len(s) and CJK.match(s[end]) and end not in ctx.starts):
                continue
            if start > 0 and CJK.match(s[start - 1]) and start not in ctx.starts:
                continue
            tok = ctx.tokens[ctx.owner[start]]
            if tok.start == start and tok.end > end:
                continue        # part of a longer word (张叔叔家 stays whole elsewhere)
            out.append(Mention(start, end, s[start:end], [rule["class"]], rule["id"], rule["confidence"], "person"))
        for match in self.name_title_re.finditer(s):       # 茹玉香老人: a whole name before a word of address
            tok = ctx.tokens[ctx.owner[match.start() - 1]] if match.start() > 0 else None
            glued = tok is not None and tok.end == match.start() + 1 and len(tok.word) == 3 \
                and self._is_surname(tok.word[:2]) and match.group(0) in rule["glued"]     # 陳蓮志/nr 工: 陳蓮
            titled = match.group(0) in rule["after_names"] and tok is not None and tok.end == match.start()
            if (tok is not None and (glued or (titled and match.start() in ctx.starts))
                    and tok.flag in NAME_FLAGS and 2 <= len(tok.word) <= 3 and CJK_WORD.fullmatch(tok.word)
                    and tok.start not in taken and tok.word not in self.not_names
                    and frequency(tok.word) <= rule["ordinary"]):
                start = self._surname_cut_off(ctx, tok)
                out.append(Mention(start, match.start(), ctx.s[start:match.start()], [rule["class"]], rule["id"],
                                   rule["confidence"], "person", extra={"role": match.group(0)}))
        return out + self._polite_full_names(ctx, taken | {m.start for m in out})

    def profiled_people(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """person.profiled: 林奕軒,女,漢族,…: a name opening a line or a sentence before the person's sex."""
        rule = self.people["profiled"]
        return [Mention(m.start("name"), m.end("name"), m.group("name"), ["Person"], rule["id"], rule["confidence"],
                        "person") for m in self.profiled_re.finditer(ctx.s)
                if m.start("name") not in taken and self._slot_name(m.group("name"))]

    def _polite_full_names(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """為江/愉鈞/a 女士: a surname-led name of three characters (or two) right before a polite word
        (``kinship.polite``) that the segmenter did not tag whole, read as a name with no post beside it is
        (:meth:`_surname_name`, strict: no common word, no verb)."""
        s, rule, out = ctx.s, self.people["kinship"], []
        for match in _alternation(rule["polite"]).finditer(s):
            for start in (match.start() - 3, match.start() - 2):
                if start < 0 or start in taken or start not in ctx.starts or (
                        start > 0 and CJK.match(s[start - 1]) and ctx.tokens[ctx.owner[start - 1]].flag not in
                        rule["polite_after"]):
                    continue
                span = self._surname_name(ctx, start, strict=self.people["affiliated"])
                if span is not None and span[1] == match.start():
                    out.append(Mention(start, span[1], s[start:span[1]], [rule["class"]], rule["id"],
                                       rule["confidence"], "person", extra={"role": match.group(0)}))
                    break
        return out

    def _surname_cut_off(self, ctx: _Context, tok: Token) -> int:
        """刘/zg 秀英/nr: where a given name of two characters starts, or its surname when the segmenter cut that
        off as a word of one character right before it."""
        if len(tok.word) != 2 or tok.start == 0:
            return tok.start
        before = ctx.tokens[ctx.owner[tok.start - 1]]
        return before.start if before.word in self.single_surnames and before.end == tok.start else tok.start

    def families(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """person.family: 覃丽娟家庭, 蓝连青一家: the family (a PersonGroup) and the member it is named after."""
        s, rule, out = ctx.s, self.people["families"], []
        for match in _alternation(rule["words"]).finditer(s):
            for length in (3, 2):
                start = match.start() - length
                name = s[max(start, 0):match.start()]
                if start < 0 or start in taken or not self._is_surname(name) or name in self.not_names \
                        or frequency(name) > rule["ordinary"]:
                    continue
                word_start = start in ctx.starts or not CJK.match(s[start - 1:start] or " ")
                tok = ctx.tokens[ctx.owner[start]] if ctx.tokens else None
                word = tok is not None and tok.start == start and tok.end >= match.start() and (
                    not tok.flag.startswith("nr") or tok.end > match.start())      # one word: 单亲家庭 (tagged nr)
                word = word or (tok is not None and tok.start == start and 2 <= len(tok.word) < length
                                and not tok.flag.startswith("nr") and frequency(tok.word) > rule["ordinary"])
                joins = tok is not None and tok.start == start and tok.flag == "c"     # 長者和/c 跨代家庭: a join
                if not CJK_WORD.fullmatch(name) or not word_start or word or joins:
                    continue        # 單親家庭: an ordinary word (single-parent), not a name
                out.append(Mention(start, match.start(), name, [rule["member_class"]], rule["id"], rule["confidence"],
                                   "person"))
                first = self._couple_before(ctx, start, taken)      # 蒋亨强、江萍家庭: the family of a couple
                if first is not None:
                    out.append(Mention(first, start - 1, s[first:start - 1], [rule["member_class"]], rule["id"],
                                       rule["confidence"], "person"))
                    start, name = first, s[first:match.start()]
                out.append(Mention(start, match.end(), name + rule["words"][0], [rule["class"]], rule["id"],
                                   rule["confidence"], "group", extra={"family": True}))    # 蓝连青一家 is 蓝连青家庭
                break
        return out

    def _couple_before(self, ctx: _Context, start: int, taken: set[int]) -> int | None:
        """Where the first name of a couple a family is named after starts (蒋亨强、江萍家庭: 蒋亨强), when a
        surname-led name of two or three characters and a list mark stand right before the name at ``start``, and
        no other list mark before them (郭庆云家庭、袁长民家庭 lists two families, each named in full)."""
        s, rule = ctx.s, self.people["families"]
        if not s.endswith(rule["couple_join"], 0, start):
            return None
        end = start - len(rule["couple_join"])
        for length in (3, 2):
            first = end - length
            name = s[max(first, 0):end]
            if first < 0 or first in taken or not CJK_WORD.fullmatch(name) or not self._is_surname(name) \
                    or name in self.not_names or frequency(name) > rule["ordinary"] \
                    or (first > 0 and (s[first - 1] in rule["couple_join"] or first not in ctx.starts)):
                continue
            return first
        return None

    def bracketed_bylines(self, s: str) -> list[Mention]:
        """person.byline.bracketed: (许宁)近日,…: a surname-led name alone in brackets opening a paragraph."""
        rule, out = self.people["paren_byline"], []
        for match in re.finditer(rule["pattern"], s):
            name = match.group(1)
            if self._is_surname(name) and name not in self.not_names:
                out.append(Mention(match.start(1), match.end(1), name, [rule["class"]], rule["id"],
                                   rule["confidence"], "person"))
        return out + self._closing_bylines(s)

    def _closing_bylines(self, s: str) -> list[Mention]:
        """person.byline.closing: (王艳 武明竹) at a report's end, (张浪摄) after a picture: each name of the
        brackets, when all are names."""
        rule, out = self.people["closing_byline"], []
        for match in (m for pattern in (rule["pattern"], rule["photo"]) for m in re.finditer(pattern, s)):
            start, names = match.start(1), []
            for part in re.split(f"({rule['parts']})", match.group(1)):
                if not re.fullmatch(rule["parts"], part):
                    names.append((start, part))
                start += len(part)
            if all(self._is_surname(n) and n not in self.not_names and frequency(n) <= rule["ordinary"]
                   and (len(n) < 4 or n[:2] in self.double_surnames) for _, n in names):
                out += [Mention(at, at + len(n), n, [rule["class"]], rule["id"], rule["confidence"], "person")
                        for at, n in names]
        return out

    def speakers(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """person.speaker: 居民贯忠雨感慨道: a surname-led name between a group word and a verb of saying; or
        a surname-led name the segmenter reads as a person's name, word for word, after the group word
        (居民刘文斌平时一个人居住); after a group word, a noun for a person (厨师杨亚平) or an age (9岁的王梓萱), a
        surname-led name of whole words that an adverb, a verb or a mark follows (``then_flags``)."""
        s, rule, out = ctx.s, self.people["speakers"], []
        verbs, tails = _ordered(rule["verbs"]), frozenset(self.people["given_name_tail"]["not_tails"])
        for pos, role in self._before_names(ctx):
            tok = ctx.tokens[ctx.owner[pos]] if pos < len(s) else None
            tagged = tok is not None and tok.flag.startswith("nr")
            if pos in taken or not (tagged or self._is_surname(s[pos:pos + 2])) \
                    or s[pos] in self.people["name_not_first"]:
                continue        # (党员和军/nr 休干部: a conjunction after the group word)
            tagged_end = self._name_tail(ctx, tok) if tagged and tok.start == pos else None
            opener = tok is not None and tok.start == pos and tok.flag.startswith(self.not_name_openers)
            for length in (4, 3) if s[pos:pos + 2] in self.double_surnames else (3, 2):   # 市民申屠梅祥
                name = s[pos:pos + length]
                if len(name) < length or not CJK_WORD.fullmatch(name) or name in self.not_names \
                        or opener or frequency(name) > rule["ordinary"]:
                    continue        # 老人向记者介绍 (向/p), 居民文明养犬 (文明: a common word tagged a name)
                if length == 3 and (self._preposition_at(ctx, pos + 2, ("p", "c"))
                                    or any(s.startswith(v, pos + 2) for v in verbs)
                                    or (tagged_end == pos + 2 and name[2] in tails)):     # 张文/nr 也/d 参加
                    continue        # 主治医师张红以《…》为题 (张红/nr 以/p), 居民李娜说: the third opens what follows
                if self._particle_at(ctx, pos + length - 1):
                    continue        # 老人高兴地说 (高兴/b 地/uv): a manner word and its particle, no name
                if any(t.start > pos and t.end <= pos + length and (t.flag == "p" or (
                        len(t.word) > 1 and t.flag.startswith("v") and frequency(t.word) > rule["common_verb"]))
                       for t in ctx.tokens[ctx.owner[pos]:ctx.owner[pos + length - 1] + 1]):
                    continue        # 老兵时/不能/v, 嫌疑人时/被/p: a common verb or a preposition is no given name
                whole = (tok is not None and tok.flag in ("nr", "nrfg") and tagged_end == pos + length
                         and self._is_surname(name) and (length != 2 or not frequency(name)
                                                         or self._ends_in_words(ctx, pos, pos + length, rule)))
                whole = whole or (length == 3 and tok is not None and (tok.start, tok.end) == (pos, pos + 3)
                                  and tok.flag in rule["unknown_name_flags"] and self._is_surname(name)
                                  and frequency(name) <= rule["unknown_max"]
                                  and not name.endswith(self.place_endings))
                # (老党员马建国/ns: a name of three characters the dictionary does not know, tagged a place's)
                # (獲獎人員榮耀時刻: 榮耀/nr, a word of the dictionary that a noun follows, is no name)
                if (whole or any(s.startswith(v, pos + length) for v in verbs)
                        or (self._is_surname(name) and self._ends_in_words(ctx, pos, pos + length, rule))):
                    out.append(Mention(pos, pos + length, name, [rule["class"]], rule["id"], rule["confidence"],
                                       "person", extra={"role": role}))
                    break
        return out

    def bare_speakers(self, ctx: _Context, taken: set[int]) -> list[Mention]:
        """person.speaker.bare: a surname-led name that opens its clause right before a verb of saying, with no
        group word before it (王桂兰笑着说, 张建国表示, 据赵明介绍); ``taken``: the positions other readings hold."""
        s, rule, out = ctx.s, self.people["speakers"], []
        bare = rule["bare"]
        for verb in self.speech_verb_re.finditer(s):
            end = verb.start()
            if end not in ctx.ends or end - 1 in taken:
                continue
            for length in (3, 2):
                start = end - length
                if start < 0 or start not in ctx.starts or not (
                        start == 0 or not CJK.match(s[start - 1]) or s.endswith(tuple(bare["after"]), 0, start)):
                    continue
                name = s[start:end]
                if self._bare_name(ctx, start, end, rule):
                    out.append(Mention(start, end, name, [rule["class"]], bare["id"], bare["confidence"], "person"))
                    break
        return out

    def _bare_name(self, ctx: _Context, start: int, end: int, rule: dict[str, Any]) -> bool:
        """Whether ``start:end`` reads as a person's name alone (``speakers.bare``): led by a surname, one word tagged a
        name's, or a surname and a given name of one word tagged ``given_flags``; no common word."""
        name = ctx.s[start:end]
        if not CJK_WORD.fullmatch(name) or not self._is_surname(name) or name in self.not_names \
                or name.endswith(self.place_endings) or frequency(name) > rule["ordinary"]:
            return False
        words = ctx.tokens[ctx.owner[start]:ctx.owner[end - 1] + 1]
        if len(words) == 1:
            return words[0].flag == "nr"
        return (len(words) == 2 and len(words[0].word) == 1 and words[0].word in self.single_surnames
                and words[1].flag in rule["bare"]["given_flags"] and frequency(words[1].word) <= rule["ordinary"])

    @staticmethod
    def _particle_at(ctx: _Context, pos: int) -> bool:
        """The character at ``pos`` is a word of its own the segmenter tags a particle (地/uv, 的/uj, 得/ud)."""
        if pos >= len(ctx.s) or not ctx.tokens:
            return False
        tok = ctx.tokens[ctx.owner[pos]]
        return tok.start == pos and tok.end == pos + 1 and tok.flag.startswith("u")

    @staticmethod
    def _preposition_at(ctx: _Context, pos: int, flags: tuple[str, ...] = ("p",)) -> bool:
        """The character at ``pos`` is a word of its own the segmenter tags a preposition (以/p, 向/p), or one of
        ``flags`` (兒童遊具及運動設施: 及/c)."""
        if pos >= len(ctx.s) or not ctx.tokens:
            return False
        tok = ctx.tokens[ctx.owner[pos]]
        return tok.start == pos and tok.end == pos + 1 and tok.flag in flags

    def _before_names(self, ctx: _Context) -> list[tuple[int, str]]:
        """Where a name may follow (speakers): after a group word, a noun for a person that ends in one of
        ``role_suffixes`` (厨师, 带头人), or an age (9岁的); each with the words before it."""
        s, rule = ctx.s, self.people["speakers"]
        split_roles = tuple(rule["split_roles"])
        groups = _leftmost(self._starts(ctx, self.person_groups))
        out = [(m.end(), m.group(0)) for m in groups]
        out += [(m.end() + len(tail), m.group(0) + tail) for m in groups
                for tail in rule["group_tails"] if s.startswith(tail, m.end())]     # 农民工代表张海洋
        for match in self.role_suffix_re.finditer(s):
            tok = ctx.tokens[ctx.owner[match.start()]]
            if tok.end == match.end() and len(tok.word) > 1 and tok.flag in rule["role_tags"]:
                out.append((match.end(), tok.word))
            elif role := next((r for r in split_roles if s.endswith(r, 0, match.end())), ""):
                out.append((match.end(), role))     # 传承/v 人/n
        out += [(m.end(), m.group(0)) for m in self.age_before_re.finditer(s)]
        return sorted(out)

    def _ends_in_words(self, ctx: _Context, start: int, end: int, rule: dict[str, Any]) -> bool:
        """马/相会 正给, 杨/亚平 正在: ``start`` to ``end`` are whole words of the segmenter, not one ordinary word
        (关心) nor led by one (单位/要), and a word of ``then_flags`` or of address follows (居民赵/桂兰 老人说:
        people.yaml ``kinship.after_names``)."""
        if end >= len(ctx.s) or end not in ctx.ends or start not in ctx.starts:
            return False
        first, after = ctx.tokens[ctx.owner[start]], ctx.tokens[ctx.owner[end]]
        if not first.flag.startswith("nr") and (first.end == end or (len(first.word) > 1
                                                and frequency(first.word) > rule["ordinary"])):
            return False        # 关心; 成员单位要加强: a common word (单位) opens no name
        last = ctx.tokens[ctx.owner[end - 1]]
        if last.start == end - 1 and last.word in rule["word_suffixes"] and not last.flag.startswith("nr"):
            return False        # 困难群众常态/化帮扶: a suffix that makes a word of a word (常态化) ends no name
        return after.flag.startswith(tuple(rule["then_flags"])) or (
            after.start == end and after.word in self.people["kinship"]["after_names"])

    def groups(self, ctx: _Context) -> list[Mention]:
        """person.group: the words of ``groups``; one after an age limit (80岁以上老年人) is named with it."""
        rule, out = self.people["groups"], []
        ages = self.people["age_limits"]
        for match in self._word_matches(ctx, self.person_groups):
            if ctx.s.startswith(self.group_not_before, match.end()):
                continue        # 老年人口比 (老年人/口): the population, no group of people
            age = self.age_limit_re.search(ctx.s, max(0, match.start() - ages["max_length"]), match.start())
            if age is not None:
                out.append(Mention(age.start(), match.end(), ctx.s[age.start():match.end()], [rule["class"]],
                                   ages["id"], ages["confidence"], "group"))
                continue
            end = match.end()
            if end < len(ctx.s) and ctx.tokens[ctx.owner[end]].word in rule["tails"] \
                    and ctx.tokens[ctx.owner[end]].start == end:
                end = ctx.tokens[ctx.owner[end]].end        # 爱心企业代表: those who speak for the group
            start = match.start()
            if out and out[-1].end == start and out[-1].rule == rule["id"]:
                start = out.pop().start     # 大学生退役军人: a group word before another says which of them
            out.append(Mention(start, end, ctx.s[start:end], [rule["class"]], rule["id"], rule["confidence"],
                               "group"))
            out += self._shared_head(ctx.s, match.start(), match.group(0))
        return out

    @staticmethod
    def _starts(ctx: _Context, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """The match of ``pattern`` (words: :func:`_alternation`) at each position where one starts, overlapping ones
        too (农民工 and 民工): found once per article for every reading that walks them (the group words: speakers
        and groups)."""
        found = ctx.words.get(pattern)
        if found is None:
            found, pos = [], 0
            while (match := pattern.search(ctx.s, pos)) is not None:
                found.append(match)
                pos = match.start() + 1
            ctx.words[pattern] = found
        return found

    def _offices(self, ctx: _Context) -> list[re.Match[str]]:
        """The office words of the article, as ``finditer`` finds them (read once for every reading of people)."""
        return _leftmost(self._starts(ctx, self.office_re))

    @classmethod
    def _word_matches(cls, ctx: _Context, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` that start and end where jieba's words do; one that does not is tried again a
        character later, so it hides no word inside it (县直机关/干部职工: not 机关干部, but 干部职工)."""
        pos = 0
        for match in cls._starts(ctx, pattern):
            if match.start() >= pos and match.end() in ctx.ends and (match.start() == 0
                                                                     or tokens_start(ctx, match.start())):
                yield match
                pos = match.end()

    def without_roles(self, found: list[Mention]) -> list[Mention]:
        """A group word printed right before a person's name is that person's role (负责人郑雪君等出席, 志愿者陈秋芳
        表示), not a group: the group's reading there is dropped; so is a word of address right after the name
        (赵桂兰老人说: people.yaml ``kinship.after_names``)."""
        people = [m for m in found if m.family == "person" and "Person" in m.classes]
        named, ends = {m.start for m in people}, {m.end for m in people}
        address = self.people["kinship"]["after_names"]
        return [m for m in found if m.family != "group" or m.extra.get("family")
                or (m.end not in named and not (m.start in ends and m.key in address))]

    def _shared_head(self, s: str, start: int, word: str) -> list[Mention]:
        """person.group.shared-head: 空巢、留守、独居老人 names 空巢老人 and 留守老人 too, each printed as its modifier,
        when the modifier and the head of the group word after it make a group word of the list."""
        rule, words = self.people["shared_heads"], self.group_words
        head = next((h for h in _ordered(rule["heads"]) if word.endswith(h) and len(word) > len(h)), None)
        out: list[Mention] = []
        head_span = (start + len(word) - len(head or ""), start + len(word))
        while head is not None and start > 0 and s[start - 1] in rule["joins"]:
            end = start - 1
            start = next((end - n for n in range(int(rule["max_modifier"]), 0, -1)
                          if end >= n and s[end - n:end] + head in words), -1)
            if start < 0:
                break
            out.append(Mention(start, end, s[start:end] + head, [rule["class"]], rule["id"], rule["confidence"],
                               "group", label=s[start:end] + head, extra={"head": head_span}))
        return out

    def shared_heads(self, ctx: _Context, mentions: list[Mention]) -> list[Mention]:
        """org.shared-head: in 三保社区、河下社区志愿服务队 the listed 三保社区 names 三保社区志愿服务队 too, printed as
        三保社区 (its ``opens``) with the head 志愿服务队 of the last name; a head that holds a name of its own
        (温州晚报雪君工作室) is no one else's."""
        rule, out, s = self.rules["organizations"]["shared_heads"], [], ctx.s
        by_start: dict[int, list[Mention]] = {}
        by_end: dict[int, list[Mention]] = {}
        for m in mentions:
            by_start.setdefault(m.start, []).append(m)
            by_end.setdefault(m.end, []).append(m)
        for m in mentions:
            if m.family != "org" or m.extra.get("head"):
                continue
            opening = next((p for p in by_start[m.start]
                            if p.end < m.end and p.family in ("place", "gazetteer", "org")), None)
            if opening is None:
                continue
            words = {ctx.tokens[ctx.owner[pos]] for pos in range(opening.end, m.end)}
            if any(not CJK_WORD.fullmatch(t.word) or t.flag.startswith(tuple(rule["name_flags"])) for t in words):
                continue
            kinds = [set(opening.classes)] + [set(k) for k in rule["peers"] if set(opening.classes) & set(k)]
            head, start = (opening.end, m.end), m.start
            while (join := next((j for j in rule["joins"] if s.endswith(j, 0, start)), None)) is not None:
                listed = next((q for q in by_end.get(start - len(join), ())
                               if q.family in ("place", "gazetteer", "org") and any(set(q.classes) & k for k in kinds)),
                              None)
                if listed is None:
                    break
                name = s[listed.start:listed.end] + s[head[0]:head[1]]
                out.append(Mention(listed.start, listed.end, name, list(m.classes), rule["id"], rule["confidence"],
                                   "org", label=name, extra={"head": head, "opens": listed}))
                start = listed.start
        return out

    def list_mates(self, s: str, mentions: list[Mention]) -> list[Mention]:
        """name.list-mate: an item no rule read, printed between two names of one kind in a list
        (微型消防站、解忧杂货铺、医疗服务点: a facility), or after one right before the word that closes the list (等,
        after 、 or a last join: 文体活动室以及荣誉室等), names one of that kind too (``names.list_mates``)."""
        rule, out = self.rules["names"]["list_mates"], []
        sep, item, kinds = rule["separator"], re.compile(rule["item"]), set(rule["classes"])
        by_start: dict[int, list[Mention]] = {}
        for m in mentions:
            by_start.setdefault(m.start, []).append(m)
        for m in mentions:
            last = next((j for j in rule["last_joins"] if s.startswith(j, m.end)), None)
            if not (s.startswith(sep, m.end) or last) or not set(m.classes) & kinds:
                continue
            start = m.end + len(last or sep)
            window = start + rule["max_length"] + 1
            end = -1 if last else s.find(sep, start, window)       # after 以及, the last item: …以及荣誉室等功能室
            closed = end < 0
            if closed:      # the last item, closed by 等: …、五师一室等
                end = min((at for w in rule["closers"] if (at := s.find(w, start, window)) >= 0), default=-1)
            if end < 0 or not item.fullmatch(s, start, end) or by_start.get(start) \
                    or any(x.end <= end for pos in range(start + 1, end) for x in by_start.get(pos, ())):
                continue        # an item a rule read, whole or in part, is left to it
            if not closed and not any(x.classes == m.classes for x in by_start.get(end + len(sep), ())):
                continue        # …and an item between two names is one of their kind only when both are
            name = s[start:end]
            out.append(Mention(start, end, name, list(m.classes), rule["id"], rule["confidence"], m.family,
                               label=name))
        return out

    def modified_groups(self, ctx: _Context, found: list[Mention]) -> list[Mention]:
        """person.group.modified: a group head and the noun before it (聋哑儿童, 社区民警), or a bare head (学生);
        none that crosses a name in ``found``."""
        rule, out = self.people["modified_groups"], []
        heads, bare = set(rule["heads"]), set(rule["bare"])
        cover: Cover[Mention] | None = None         # the names by position, made when a group is first read
        for i, tok in enumerate(ctx.tokens):
            start = None
            prev = ctx.tokens[i - 1] if i else None
            if (tok.word in heads and prev is not None and len(prev.word) > 1 and prev.word not in rule["not_modifiers"]
                    and not prev.word.endswith(tuple(rule["not_modifier_endings"]))
                    and (prev.flag in rule["modifier_tags"] or prev.word in rule["modifier_words"])):
                start = prev.start
            elif tok.word in bare:
                start = tok.start
            elif (tok.word in rule["plural"]["words"] and prev is not None and len(prev.word) > 1
                  and prev.flag in rule["plural"]["tags"] and prev.word not in self.group_words):
                start = prev.start      # 瓜农们: a noun with the plural suffix of people
            if start is None:
                continue
            if cover is None:
                cover = Cover(found)
            if start < tok.start and tok.word in bare and any(m.start < start < m.end == tok.start
                                                             for m in cover.at(start)):
                start = tok.start   # 书院街派出所民警: the modifier ends a name read already, the head stands alone
            if any(m.start < start < m.end < tok.end or start < m.start < tok.end < m.end
                   for m in cover.at(start) + cover.at(tok.end)):
                continue
            end = tok.end
            nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
            if nxt is not None and nxt.word in rule["not_before"]:
                continue        # 基层儿童工作队伍: the head modifies the noun after it
            if nxt is not None and nxt.word in rule["tails"]:
                end = nxt.end       # 辖区老年人群体: a word for "group" after the head is part of the name
            out.append(Mention(start, end, ctx.s[start:end], [rule["class"]], rule["id"],
                               rule["confidence"], "group"))
        return out

    def terms(self, ctx: _Context) -> list[Mention]:
        """name.term.*: lines of work, facilities and regions named by common nouns (社会救助, 粤港澳大湾区)."""
        out = []
        for match in self._word_matches(ctx, self.term_re):
            rule = self.term_by_word[match.group(0)]
            if rule.get("not_before") and ctx.s.startswith(tuple(rule["not_before"]), match.end()):
                continue        # 村集体经济收入: the word of a figure's name, not the work
            if match.group(0) in self.term_verbs and match.end() < len(ctx.s) and ctx.tokens \
                    and ctx.tokens[ctx.owner[match.end()]].flag.startswith("ns"):
                continue        # 对口支援云南省: the verb of pairing before the area helped, not the work
            out.append(Mention(match.start(), match.end(), match.group(0), [rule["class"]], rule["id"],
                               rule["confidence"], "term"))
        for rule, pattern in self.term_patterns:       # 25路, 地铁3号线: lines named by a number
            for match in pattern.finditer(ctx.s):
                out.append(Mention(match.start(), match.end(), match.group(0), [rule["class"]], rule["id"],
                                   rule["confidence"], "term"))
        return out

    def quoted_names(self, ctx: _Context) -> list[Mention]:
        s, q, out = ctx.s, self.quoted, []
        for match in re.finditer(rf"“([^“”\n]{{1,{int(q['max_length'])}}})”", s):
            inner, after_pos = match.group(1), match.end()
            if any(mark in inner for mark in q["slogan_marks"]) and not any(
                    rule["id"] in q["slogan_kinds"] and s.startswith(words, after_pos)
                    for rule, words in self.quoted_after):
                # a slogan is a name only when a word right after it says what it is (“活古城、战江南”号召); a rule, a
                # mechanism or a model (“先认证、后发放”制度) is read below like any quoted name
                label = q["slogan_labels"]
                word = next((w for w in _ordered(label["words"]) if s.startswith(w, after_pos)), None)
                if word is not None:
                    end = after_pos + len(word) if word in label["keep"] else after_pos
                    out.append(Mention(match.start(), end, s[match.start():end], [label["class"]], label["id"],
                                       label["confidence"], "quoted", extra={"inner": inner,
                                                                              "inner_span": (match.start() + 1,
                                                                                             match.end() - 1)}))
                continue
            chosen = None
            for rule, words in self.quoted_after:
                if s.startswith(words, after_pos):
                    word = next(w for w in words if s.startswith(w, after_pos))
                    end = after_pos + len(word) if rule.get("keep_suffix", True) else after_pos
                    chosen = (match.start(), end, rule)
                    break
            if not chosen:
                rule = next((r for r, endings, openings in self.quoted_inner if inner.endswith(endings)
                             and inner.startswith(openings) and not (_MODEL_JOIN.search(inner)
                                                                     and r["class"] in _BODY_CLASSES)), None)
                chosen = (match.start(), after_pos, rule) if rule else None   # (“党支部+…+党小组”: parties, no body)
            if not chosen:
                strat = q["strategy"]
                after = any(s.startswith(a, after_pos) for a in strat["after"])
                if s[:match.start()].endswith(strat["before"]) and after:
                    chosen = (match.start(), after_pos, strat)
            if not chosen:
                aim = q["aim"]
                if any(s[:match.start()].endswith(v) for v in aim["verbs"]):
                    chosen = (match.start(), after_pos, aim)
            if not chosen:
                chosen = self._quoted_later(s, match.start(), after_pos)
            if not chosen:
                verbs = q["verbs"]
                head = s[max(0, match.start() - 8):match.start()]
                if any(head.endswith(v) for v in verbs["words"]):
                    chosen = (match.start(), after_pos, verbs)
            if not chosen:
                continue
            start, end, rule = chosen
            # a word glued before the quotation belongs to the name (楼道“亮灯行动”)
            if start > 0:
                tok = ctx.tokens[ctx.owner[start - 1]]
                if (tok.end == start and tok.flag in ("n", "nz", "ns", "nt") and len(tok.word) == 2
                        and not self.person_groups.fullmatch(tok.word)
                        and tok.word not in self.boundary_verbs and rule["class"] == "Initiative"):
                    start = tok.start
            label = s[start:end]
            out.append(Mention(start, end, label, [rule["class"]], rule["id"], rule["confidence"], "quoted",
                               extra={"inner": inner, "inner_span": (match.start() + 1, match.end() - 1)}))
        return out

    def _quoted_later(self, s: str, start: int, after_pos: int) -> tuple[int, int, dict] | None:
        """name.quoted.later: the class word a few characters after the quotation (or a run of them)."""
        later = self.quoted["later"]
        run_end, following = after_pos, re.compile(later["run_item"])
        while True:
            nxt = following.match(s, run_end)
            if not nxt:
                break
            run_end = nxt.end()
        widest = max(int(g.get("max_gap", later["max_gap"])) for g in later["groups"])
        window = re.match(r"[\u4e00-\u9fff+0-9]*", s[run_end:run_end + widest + 6]).group(0)
        for group in later["groups"]:
            for word in _ordered(group["words"]):
                at = window.find(word)
                if at < 0 or at > group.get("max_gap", later["max_gap"]):
                    continue
                keep = group["keep"] and run_end == after_pos
                end = run_end + at + len(word) if keep else after_pos
                return start, end, {"id": later["id"], "class": group["class"], "confidence": later["confidence"]}
        return None

    def documents(self, ctx: _Context) -> list[Mention]:
        s, d, out = ctx.s, self.doc_rules, []
        for match in re.finditer(rf"《([^《》\n]{{1,{int(d['max_length'])}}})》", s):
            inner = match.group(1)
            chosen, kind_end = d["other"], self.doc_status_re.sub("", inner)
            for rule in d["rules"]:
                if kind_end.endswith(tuple(rule["endings"])):
                    chosen = rule
                    break
            prog = d["programme"]
            kind = next((k for k in _ordered(prog["kinds"]) if s.endswith(k, 0, match.start())), None)
            if kind is not None:
                start = match.start() - len(kind)
                tok = ctx.tokens[ctx.owner[start - 1]] if start > 0 else None
                if tok is not None and tok.end == start and len(tok.word) == 2 and tok.flag in ("n", "nz", "vn"):
                    start = tok.start       # 公益歌曲《光芒》
                out.append(Mention(start, match.end(), s[start:match.end()], [prog["class"]], prog["id"],
                                   prog["confidence"], "document"))
                continue
            out.append(Mention(match.start(), match.end(), inner, [chosen["class"]], chosen["id"],
                               chosen["confidence"], "document", label=inner))
        num = d["number"]
        for match in self.doc_number_re.finditer(s):
            start = match.start()
            # 印发济政办发〔2024〕3号: the verb before the issuer's code is not part of the number
            for verb in self.doc_verbs:
                idx = s.rfind(verb, start, match.end())
                if idx >= 0 and s.find("〔", idx) > idx:
                    start = max(start, idx + len(verb))
            out.append(Mention(start, match.end(), s[start:match.end()], [num["class"]], num["id"],
                               num["confidence"], "document"))
        return out + self._kind_documents(ctx, Cover(m for m in out if m.rule != num["id"]))

    def _kind_documents(self, ctx: _Context, titled: Cover[Mention]) -> list[Mention]:
        """宣读了垃圾分类倡议书, 宣读倡议书: documents named by their kind without 《》 (names.yaml documents
        ``suffixes``), not inside a title read already; a verb opening the words is no part of the name."""
        out = []
        for m in self._suffix_names(ctx, self.doc_suffix_rules, "document"):
            if titled.at(m.start) or ctx.s[m.end:m.end + 1] == "》":
                continue
            tok = ctx.tokens[ctx.owner[m.start]]
            if tok.start == m.start and tok.flag == "v" and tok.end < m.end:
                m.start, m.key = tok.end, ctx.s[tok.end:m.end]
            out.append(m)
        return out

    def _award_edition(self, s: str, pos: int, by_start: dict[int, Mention]) -> tuple[int | None, int]:
        """The edition printed after a trigger (第十二届) and where the award's name starts: after the edition and
        after a year (荣获2017广西“最美家庭”称号: the year is the conferral's, not part of the honour's name), but at
        the edition when it opens a contest's name (获得第六届江苏省志愿服务项目大赛金奖)."""
        edition = None
        ed = self.edition_re.match(s, pos)
        if ed:
            edition = _number(ed.group(1))
            contest = by_start.get(pos)
            if contest is not None and contest.family == "event":
                return edition, pos
            pos = ed.end()
        year = self.award_year_re.match(s, pos)
        return edition, year.end() if year else pos

    def _award_name(self, s: str, pos: int, endings: list[str], word: str = "") -> tuple[int, int, str] | None:
        """The award's name from ``pos``: (start, end, the words inside any quotation marks); None when none. After a
        trigger ``word`` that names a title, a title of praise with no ending of the rules' may be the name
        (``_praised_title``)."""
        if s.startswith("“", pos):
            close = s.find("”", pos)
            if close < 0 or close - pos > self.rules["awards"]["max_length"]:
                return None
            return pos, close + 1, s[pos + 1:close]
        inner = self._unquoted_award(s, pos, endings)
        if inner is None and word in self.praised_title_verbs:
            inner = self._praised_title(s, pos)
        return None if inner is None else (pos, pos + len(inner), inner)

    def _praised_title(self, s: str, pos: int) -> str | None:
        """獲評為全國績優村里長, 被评为优秀村干部: the words from ``pos`` to the clause's end, when they are a title of
        praise (awards.yaml ``praised_title``): a word of praise (roster ``marks``) within its first characters, a
        word after it, nothing but Chinese characters, and no 的."""
        rule = self.rules["awards"]["praised_title"]
        end = pos
        while end < len(s) and s[end] not in CLAUSE_END + "、。！？!?\n" and end - pos <= rule["max_length"]:
            end += 1
        piece = s[pos:end]
        if not rule["min_length"] <= len(piece) <= rule["max_length"] or not CJK_WORD.fullmatch(piece) \
                or "的" in piece:
            return None
        at = min((i for mark in self.rules["awards"]["roster"]["marks"] if (i := piece.find(mark)) >= 0), default=-1)
        return piece if 0 <= at <= rule["mark_within"] and len(piece) - at > 2 else None

    def awards(self, ctx: _Context, known: list[Mention]) -> tuple[list[Mention], list[dict[str, Any]]]:
        """Award and honour names after a trigger, and the conferrals they make."""
        s, a = ctx.s, self.rules["awards"]
        endings = _ordered(a["award_endings"] + a["honour_endings"])
        out, conferrals = [], []
        by_end, by_start = _ends_and_starts(known)
        for match in self.award_trigger_re.finditer(s):
            trig = self.award_by_word[match.group(0)]
            if (early := self._early_conferral(s, match, known + out, by_end, by_start)) is not None:
                out += [early["award"]] if early else []        # 6位志工獲此殊榮; 金質獎則由…等4位志工獲獎
                conferrals += [early] if early else []
                continue
            pos = match.end() + (1 if s.startswith("了", match.end()) else 0)     # 获得了广西“最美家庭”称号
            pos, by_agent = self._given_by(s, pos, by_end)     # 获得了由团市委颁发的“…”奖牌
            given_at = self._given_at(s, match.start(), trig)
            if given_at is None and match.group(0) in a["agent"]["gives"]:
                given_at = self._given_at(s, match.start(), {"given_to": a["agent"]["gives_to"]})   # 为A授予X
            if trig.get("given_to") and given_at is None:
                presented = self._presented_award(s, pos, trig)      # 颁发金点奖给…: no recipient before the trigger
                out += presented
                conferrals += [c for award in presented if (c := self._presented_to(s, award, match, by_start,
                                                                                      by_end)) is not None]
                continue
            passive = self._passive_award(s, match, by_end)
            if passive is not None:
                out.append(passive[0])
                conferrals.append(_conferral_of(passive[0], passive[1], trig, None, match, given_at))
                continue
            edition, pos = self._award_edition(s, pos, by_start)
            parties = self._parties(s, match, pos, by_end, by_start, given=given_at is not None)
            if edition is None and parties["pos"] != pos:       # 授予张明华等10人第二届瑶海区道德模范称号
                edition, parties["pos"] = self._award_edition(s, parties["pos"], by_start)
            pos = parties.pop("pos")
            if by_agent is not None and parties.get("agent") is None:
                parties["agent"] = by_agent
            respectively = s.endswith(tuple(a["paired"]["respectively"]), 0, match.start())
            listed = self._honour_list(s, pos, open_end=respectively)
            if listed:      # 先后获得A、B和C: a conferral each
                for award in self._listed_honours(s, listed):
                    out.append(award)
                    conferrals.append(_conferral_of(award, None, trig, None, match, given_at) | parties)
                continue
            named = self._award_name(s, pos, endings, match.group(0))
            if named is None:
                continue
            edition, (start, end, label) = self._edition_inside(s, named, edition, by_start)
            cls = award_class(label.rstrip("”」"), a)
            award = Mention(start, end, label, [cls], trig["id"], trig["confidence"], "award", label=label)
            out.append(award)
            parties = self._modified(s, end, by_start, parties)
            conferrals.append(_conferral_of(award, None, trig, edition, match, given_at) | parties)
            if parties.get("recipient") is not None and match.group(0) in a["agent"]["gives"]:
                self._gives_continued(s, end, match, parties, by_start, (out, conferrals))
        self._entered_lists(s, by_end, out, conferrals)
        self._rosters(s, by_start, out, conferrals)
        self._counted_titles(s, by_start, by_end, (out, conferrals))
        self._holders(ctx, by_start, out, conferrals)
        return out, conferrals

    def _edition_inside(self, s: str, named: tuple[int, int, str], edition: int | None,
                        by_start: dict[int, Mention]) -> tuple[int | None, tuple[int, int, str]]:
        """荣获“第二届文明区道德模范”称号: an edition printed inside the award's quotation marks is the conferral's, as
        when it stands before the marks (the award's span stays the whole quotation, its reading's label without the
        edition; the quoted name, read as printed, may name the entity)."""
        start, end, _ = named
        if edition is not None or s[start:start + 1] not in ("“", "「") or s[end - 1:end] not in ("”", "」"):
            return edition, named
        inner, after = self._award_edition(s, start + 1, by_start)
        if inner is None or after >= end - 2:
            return edition, named
        return inner, (start, end, s[after:end - 1])

    def _listed_honours(self, s: str, listed: list[tuple[int, int]]) -> list[Mention]:
        """The honours of a list after one trigger, at ``listed``: each without a count of its holders before it
        (和8名道德模范提名奖), those before the last with the words they share with it (:meth:`_shared_tail`)."""
        tail = self._shared_tail(s, listed)
        listed = [((c.end() if (c := self.counted_people_re.match(s, start)) else start), end) for start, end in listed]
        return [self._listed_honour(s, start, end, tail if end < listed[-1][1] else None) for start, end in listed]

    def _listed_honour(self, s: str, start: int, end: int, tail: tuple[int, int] | None = None) -> Mention:
        """An honour of a list after one trigger (``awards.list``), its label without quotation marks; ``tail``: the
        span of the words it shares with the last of the list (孝老爱亲、诚实守信模范: 孝老爱亲模范)."""
        a, label = self.rules["awards"], s[start:end] + (s[tail[0]:tail[1]] if tail is not None else "")
        return Mention(start, end, label, [award_class(label, a)], a["list"]["id"], a["list"]["confidence"], "award",
                       label="" if tail is not None else label.strip("“”"),    # (the head names it, as printed)
                       extra={"head": tail} if tail is not None else {})

    def _shared_tail(self, s: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """分别荣获孝老爱亲、诚实守信模范称号: the names listed before the last, all of one length, unquoted and none
        ending in an award's or an honour's ending, share the words by which the last is longer (模范), when these end
        in one: their span; else None."""
        a = self.rules["awards"]
        endings = tuple(a["award_endings"] + a["honour_endings"])
        lengths = {end - start for start, end in spans[:-1]}
        if len(lengths) != 1 or "“" in s[spans[0][0]:spans[-1][1]] \
                or any(s.endswith(endings, start, end) for start, end in spans[:-1]):
            return None
        n, (start, end) = lengths.pop(), spans[-1]
        tail = s[start + n:end]
        return (start + n, end) if end - start > n and tail.endswith(endings) and len(tail) <= a["shared_tail_max"] \
            else None

    def _referred_conferral(self, s: str, match: re.Match[str], found: list[Mention], by_end: dict[int, Mention],
                            by_start: dict[int, Mention]) -> dict[str, Any] | None:
        """…「金牌獎」,…6位志工獲此殊榮: the conferral of the award a trigger refers back to, its award a mention of
        the words that refer (此殊榮) under the award's name; None when the trigger refers to none."""
        named = self._award_referred(s, match, found)
        if named is None:
            return None
        word = next(w for w in _ordered(self.rules["awards"]["referred"]["words"]) if s.startswith(w, match.end()))
        here = Mention(match.end(), match.end() + len(word), named.key, named.classes, named.rule, named.confidence,
                       "award", label=named.label)
        parties = self._parties(s, match, match.end(), by_end, by_start)
        parties.pop("pos")
        return _conferral_of(here, None, self.award_by_word[match.group(0)], None, match, None) | parties | {
            "referred": True}

    def _award_referred(self, s: str, match: re.Match[str], found: list[Mention]) -> Mention | None:
        """The award a trigger refers back to (…「金牌獎」,…共有A、B 6位志工獲此殊榮: ``awards.referred``): the last
        award or honour named before it in its sentence or the one before; None for any other trigger."""
        rule = self.rules["awards"]["referred"]
        if not s.startswith(tuple(_ordered(rule["words"])), match.end()):
            return None
        start = match.start()
        for _ in range(2):      # back over the sentence and the one before it
            start = max(s.rfind(ch, 0, max(start - 1, 0)) for ch in SENTENCE_END) + 1
        return max((m for m in found if (m.family == "award" or {"Award", "Honour"} & set(m.classes))
                    and start <= m.start and m.end <= match.start()), key=lambda m: m.end, default=None)

    def _no_award_after(self, s: str, match: re.Match[str]) -> bool:
        """A trigger word that names no award here: 获悉, 获批 (another word, ``awards.not_after``); 评选出的10名
        “龙正好人” (a rating's honourees named as a thing, ``agent.not_before``); 被命名为“凤凰路” (a street named)."""
        a, word = self.rules["awards"], match.group(0)
        needs = a["agent"]["gives_needs"].get(word)
        if needs is not None and (needs not in s[match.end():next(
                (i for i in range(match.end(), len(s)) if s[i] in CLAUSE_END), len(s))]
                                  or s.startswith(needs, match.end())):
            return True     # 获命名家庭, 将2023年确定为…“创新提升年”: no 为 after names, or no names before 为
        return s.startswith(tuple(a["not_after"]), match.end()) or (
            word in a["agent"]["gives"] and s.startswith(tuple(a["agent"]["not_before"]), match.end())) or (
            word in self.street_naming and self.street_named_re.match(s, match.end()) is not None)

    def _gives_continued(self, s: str, end: int, match: re.Match[str], parties: dict[str, Any],
                         by_start: dict[int, Mention], found: tuple[list[Mention], list[dict[str, Any]]]) -> None:
        """推选出陈根发等9名“最美志愿者”,三明市政协志愿服务队等11个“最佳志愿服务组织”: after the award of a trigger that
        gives, each clause of names, their count and a quoted award goes on the trigger's list: its names received that
        award (``awards.agent.counted_before_quote``)."""
        trig, a = self.award_by_word[match.group(0)], self.rules["awards"]
        while s[end:end + 1] in ("，", ",", "；", ";"):
            last = self._listed_after(s, end + 1, by_start)
            counted = self.counted_before_quote.match(s, last.end) if last is not None else None
            close = s.find("”", counted.end()) if counted is not None else -1
            if close < 0 or s[counted.end()] != "“" or close - counted.end() > a["max_length"]:
                return
            end = close + 1
            award = _quoted_award(s, counted.end(), end, a, trig)
            found[0].append(award)
            found[1].append(_conferral_of(award, None, trig, None, match, None) | {**parties, "recipient": last})

    def _holders(self, ctx: _Context, by_start: dict[int, Mention], out: list[Mention],
                 conferrals: list[dict[str, Any]]) -> None:
        """臺中市志願服務金鑽獎得主林志明 (``awards.holder``): the award printed before 得主 and the person after it; so
        does a title of praise before 代表 (优秀志愿者代表王芳: one who speaks for its holders holds it)."""
        s, rule, a = ctx.s, self.rules["awards"]["holder"], self.rules["awards"]
        trig = rule_trigger(a, "civic:conferred", rule)
        marks = tuple(a["roster"]["marks"])
        for match in _alternation(rule["words"] + rule["speaking_for"]).finditer(s):
            award = self._award_before(s, match.start(), rule)
            if award is None or (match.group(0) in rule["speaking_for"] and not any(w in award.key for w in marks)):
                continue        # 人大代表张强, 共产党员代表: no title of praise
            person = by_start.get(match.end())
            if person is None or person.family != "person":
                span = self._surname_name(ctx, match.end(), strict=self.people["affiliated"])
                if span is None:
                    continue
                person = Mention(span[0], span[1], s[span[0]:span[1]], ["Person"], rule["id"], rule["confidence"],
                                 "person")
                out.append(person)
            out.append(award)
            conferrals.append(_conferral_at(award, person, trig, match.start(), match.group(0)))

    def _given_by(self, s: str, pos: int, by_end: dict[int, Mention]) -> tuple[int, Mention | None]:
        """获得了由团市委颁发的“…”奖牌 (``awards.agent.given_by``): where the award starts and the body that gave it,
        when a body is printed between the trigger and the award; else (``pos``, None)."""
        given_by = self.given_by_re.match(s, pos)
        group = (1 if given_by.group(1) is not None else 2) if given_by is not None else 0
        agent = by_end.get(given_by.end(group)) if given_by is not None else None
        if agent is not None and agent.start == given_by.start(group) \
                and agent.family in self.rules["awards"]["agent"]["families"]:
            return given_by.end(), agent
        return pos, None

    def _entered_lists(self, s: str, by_end: dict[int, Mention], out: list[Mention],
                       conferrals: list[dict[str, Any]]) -> None:
        """省民政厅公布第三批全省示范社区名单,我区和平社区入选 (``awards.entered_list``): the honour of a list announced
        in the sentence, received (or, 入围, recommended) by the name that closes a later clause with a trigger."""
        rule, a = self.rules["awards"]["entered_list"], self.rules["awards"]
        if not any(word in s for word in rule["triggers"]):
            return          # no name enters a list: the lists printed need not be looked for
        taken: set[int] = set()
        for listed in (m for pattern in self.entered_list_res for m in pattern.finditer(s)):
            stop = min((i for ch in "。！？!?\n" if (i := s.find(ch, listed.end())) >= 0), default=len(s))
            year = self.award_year_re.match(s, listed.start(1))
            start = year.end() if year and year.end() < listed.end(1) - 1 else listed.start(1)
            if start in taken:
                continue
            for word, status in rule["triggers"].items():
                at = s.find(word, listed.end(), stop)
                if at < 0 or s[at + len(word):at + len(word) + 1] not in CLAUSE_END:
                    continue
                recipient = self._recipient(s, at, by_end)
                if recipient is None and self.counted_recipient_re.search(s, max(0, at - self.counted_reach), at) \
                        is None:
                    continue        # (我区2个社区入选: the group counted enters it, once the counts are read)
                end = listed.end(1)
                if (proposed := next((w for w in rule["proposed"] if s.endswith(w, start, end)), None)) is not None:
                    end, status = end - len(proposed), rule["proposed_status"]     # 拟表彰名单: not yet conferred
                label = s[start:end]
                award = Mention(start, end, label, [award_class(label, a)], rule["id"],
                                rule["confidence"], "award", label=label)
                taken.add(start)
                agent = by_end.get(listed.start())
                out.append(award)
                conferrals.append(_conferral_at(award, recipient, rule_trigger(a, status, rule), at, word,
                                                agent=agent if agent is not None and agent.family == "org" else None))
                break

    def _rosters(self, s: str, by_start: dict[int, Mention], out: list[Mention],
                 conferrals: list[dict[str, Any]]) -> None:
        """优秀志愿者：李娜、王磊。特優：秀山社區； (``awards.roster``): an award or a rank opening its clause before a
        colon, received by each of the names listed after the colon up to the clause's end."""
        rule, a = self.rules["awards"]["roster"], self.rules["awards"]
        trig = rule_trigger(a, "civic:conferred", rule)
        for sep in self.roster_sep_re.finditer(s):
            colon = sep.start()
            last, others = self._holders_after(s, sep.end(), by_start, rule)
            if last is None:
                continue
            opening = _roster_opening(s, colon, rule)
            tail = self.roster_tail_re.search(s, opening, colon)     # …提名奖获得者：, 第二届道德模范(10名)：
            counted = tail is not None and opening < tail.start() < colon      # 好人好事代表共18位，分别为：the holders
            colon = tail.start() if counted else before_word(s, colon, rule["adverbs"])     # 優等團隊則為
            award = self._award_before(s, colon, rule)
            start = _after_verbs(s, strip_leading(s, opening, colon, rule["strip"]), colon, rule)
            head, quote = s[start:colon], max(s.rfind("「", opening, colon), s.rfind("“", opening, colon))
            if award is None and counted and s[colon - 1] in "」”" and quote >= 0:
                award = _quoted_award(s, quote, colon, a, rule)     # 「八德獎」最高榮譽的12位得獎人分別是：
                start = award.start
            if head.endswith(tuple(rule["ranks"])) and len(head) <= rule["ranked_max"] and CJK_WORD.fullmatch(head):
                award = Mention(start, colon, head, ["Award"], rule["id"], rule["confidence"], "award", label=head)
            elif sep.group(0) in rule["copulas"] and award is not None and award.classes != ["Award"] \
                    and sep.group(0) not in rule["listing_copulas"] and not counted \
                    and not any(r in head for r in rule["ranks"]):
                continue        # 特优为秀山社区, 一等奖为东城街道: a rank or an award, not a title (示范社区为…)
            if award is None or award.start != start or (award.classes != ["Award"] and not any(
                    w in award.key for w in rule["marks"] + rule["ranks"])):
                continue        # 主办单位：市民政局: no honour
            edition, after = self._award_edition(s, award.start, by_start)     # 第二届瑶海区道德模范(10名)：
            head_start = award.start
            if edition is not None and after < award.end - 1:
                award = Mention(after, award.end, s[after:award.end], award.classes, award.rule, award.confidence,
                                "award", label=s[after:award.end])
            same = next((m for m in out if (m.start, m.end, m.family) == (award.start, award.end, "award")), None)
            if same is not None:
                award = same        # 评选出了第一季度文明家庭：… : the honour a trigger read there already
            else:
                out.append(award)
            conferrals.append(_conferral_at(award, last, trig, head_start, s[head_start:sep.end()],
                                            recipient_after=True, edition=edition,
                                            edition_span=(head_start, award.end), **({"others": others} if others
                                                                                     else {})))
        self._titled_items(s, by_start, out, conferrals)
        for head in self.counted_roster_re.finditer(s):     # “最美志愿者”2人,分别为陈建钧、吕海英
            last = self._listed_after(s, head.end(), by_start)
            if last is not None and (last.end == len(s) or s[last.end] in rule["ends"]):
                award = _quoted_award(s, *head.span(1), a, rule)
                out.append(award)
                conferrals.append(_conferral_at(award, last, trig, award.start, s[award.start:head.end()],
                                                recipient_after=True))

    def _holders_after(self, s: str, pos: int, by_start: dict[int, Mention],
                       rule: dict[str, Any]) -> tuple[Mention | None, list[Mention]]:
        """The last holder listed from ``pos`` and the holders listed before it that no join reaches: the list's last
        name when the list runs to its clause's end (…李玉兰(瑶海区三里街街道居民)。) or to the next rank of a roster;
        else the items read one by one (:meth:`_roster_items`: …、方特欢乐世界(大同)旅游发展有限公司、…), the others
        with them; else none."""
        last = self._listed_after(s, pos, by_start)
        at = after_note(s, last.end) if last is not None else 0
        if last is not None and (at >= len(s) or s[at] in rule["ends"] or self._next_in_roster(s, at, rule)):
            return last, []
        items = self._roster_items(s, pos, by_start, rule)
        return (items[-1], items[:-1]) if items else (None, [])

    def _roster_items(self, s: str, pos: int, by_start: dict[int, Mention], rule: dict[str, Any]) -> list[Mention]:
        """The holders of a roster after a colon whose list breaks at an item no rule reads whole (…、方特欢乐世界(大同)
        旅游发展有限公司、…): the items list marks part from ``pos`` to the clause's end, each the longest name that
        may receive an award and ends the item (a note in brackets after it passed over); none unless at least
        ``item_least`` items are read and they are most of them."""
        stop = next((i for i in range(pos, len(s)) if s[i] in rule["ends"]), len(s))
        items = list_items(s, pos, stop)
        read = []
        for start, end in items:
            end = self._item_end(s, end)
            names = [m for i in range(start, end) if (m := by_start.get(i)) is not None and m.end == end
                     and self._receives(m)]
            if names:
                read.append(names[0])
        return read if len(read) >= rule["item_least"] and 2 * len(read) > len(items) else []

    def _titled_items(self, s: str, by_start: dict[int, Mention], out: list[Mention],
                      conferrals: list[dict[str, Any]]) -> None:
        """…是：敬业奉献模范俞复玲、陈怡；见义勇为模范高顺伟、胡水林。 (``awards.roster.titled``): after a colon, each
        item (up to one of ``titled.ends``) that opens with a title glued to the names listed after it: the names
        received the title."""
        rule, a = self.rules["awards"]["roster"], self.rules["awards"]
        titled = rule["titled"]
        trig = rule_trigger(a, "civic:conferred", rule)
        endings = tuple(a["award_endings"] + a["honour_endings"])
        for start, strict in self._titled_starts(s, titled):
            line = start == 0 or s[start - 1] == "\n"      # 诚实守信模范 夏树和: a caption's line, a space between
            while start < len(s) and s[start] not in titled["stops"]:
                names: list[Mention] = []
                first = next((start + n for n in range(titled["min_title"], titled["max_title"] + 1)
                              if s[start:start + n].endswith(endings) and (names := self._names_listed(
                                  s, start + n + (line and s[start + n:start + n + 1] in " \u3000"), by_start,
                                  titled))), None)
                head = s[start:first] if first is not None else ""
                item_end = after_note(s, names[-1].end) if names else start
                count = self.titled_count_re.match(s, item_end)
                closed = count is not None or (line and bool(names) and first < names[0].start
                                               and s[item_end:item_end + 1] in "\n")
                if not names or not (any(w in head for w in rule["marks"] + rule["ranks"])
                                     or head.endswith(tuple(a["award_endings"]))) or (strict and not closed):
                    break       # an item that is no title before names ends the run of items
                award = Mention(start, first, head, [award_class(head, a)], titled["id"], rule["confidence"],
                                "award", label=head)
                out += [award, *(m for m in names if m.rule == titled["id"])]
                conferrals.append(_conferral_at(award, names[-1], trig, start, "", recipient_after=True))
                item_end = count.end() if count is not None else item_end
                start = item_end + (1 if item_end < len(s) and s[item_end] in titled["ends"] else 0)

    def _titled_starts(self, s: str, titled: dict[str, Any]) -> list[tuple[int, bool]]:
        """Where the items of titled rosters may open, and whether they must close with a count of the names
        (``titled.opens``: after a colon or 分别是; ``strict``, at a clause's start: 銀質獎蔡淑玟等89人)."""
        opens = {m.end() for m in re.finditer("|".join(map(re.escape, titled["opens"])), s)}
        clauses = {0} | {i + 1 for i, ch in enumerate(s) if ch in titled["clause_starts"]}
        return sorted([(i, False) for i in opens] + [(i, True) for i in clauses - opens])

    def _names_listed(self, s: str, pos: int, by_start: dict[int, Mention], rule: dict[str, Any]) -> list[Mention]:
        """The people's names listed from ``pos`` to the end of their item (one of ``rule["ends"]`` or
        ``rule["stops"]``), parted by list marks and notes in brackets: each a person read there, or a name of two
        or three characters led by a surname that fills its place (:meth:`plain_name`); none when anything else
        stands in the item."""
        names: list[Mention] = []
        while True:
            found = by_start.get(pos)
            if found is None or found.family != "person":
                end = next((pos + n for n in (3, 2) if pos + n <= len(s)
                            and (pos + n == len(s) or s[pos + n] in "、(（" + rule["ends"] + rule["stops"]
                                 or self.titled_count_re.match(s, pos + n))), None)
                name = s[pos:end] if end is not None else ""
                if not name or not self.plain_name(name) or not self._is_surname(name):
                    return []
                found = Mention(pos, end, name, ["Person"], rule["id"], rule["name_confidence"], "person")
            names.append(found)
            at = after_note(s, found.end)
            if at == len(s) or s[at] in rule["ends"] + rule["stops"] or self.titled_count_re.match(s, at):
                return names        # (…許敏珠等21人: a count of them closes the list)
            if s[at] != "、":
                return []
            pos = at + 1

    def _counted_titles(self, s: str, by_start: dict[int, Mention], by_end: dict[int, Mention],
                        found: tuple[list[Mention], list[dict[str, Any]]]) -> None:
        """张明华、李玉兰等10名第二届瑶海区道德模范 (``awards.counted_title``): the people named before 等 and their
        count received the honour named after the count."""
        rule, a = self.rules["awards"]["counted_title"], self.rules["awards"]
        trig = rule_trigger(a, "civic:conferred", rule)
        endings = _ordered(rule["endings"])
        for count in self.counted_title_re.finditer(s):
            last = by_end.get(count.start())
            edition, start = self._award_edition(s, count.end(), by_start)
            if last is None or last.family != "person" or any(m.start <= start < m.end for m in found[0]):
                continue        # 授予张明华等10人第二届…称号: the trigger's reading names the award already
            stop = start
            kept = {i for k in rule["keeps"] if (at := s.find(k, start, start + a["max_length"])) >= 0
                    for i in range(at, at + len(k))}       # 区级助人为乐模范: the 为 of an idiom stops nothing
            while stop < len(s) and s[stop] not in CLAUSE_END + "、" and stop - start < a["max_length"] \
                    and (stop in kept or not s.startswith(tuple(rule["stops"]), stop)):
                stop += 1
            piece = s[start:stop]
            piece = piece[:len(piece) - len(next((h for h in rule["holders"] + a["title_words"]
                                                  if piece.endswith(h)), ""))]
            cut = max((piece.rfind(e) + len(e) for e in endings if e in piece), default=-1)
            if cut < rule["min_length"] or cut != len(piece):
                continue        # 张三等5名社区工作者: no honour's ending closes the words after the count
            award = Mention(start, start + cut, piece, [award_class(piece, a)], rule["id"], rule["confidence"],
                            "award", label=piece)
            found[0].append(award)
            found[1].append(_conferral_at(award, last, trig, count.start(), count.group(0), edition=edition,
                                          edition_span=(count.end(), award.end)))

    def _next_in_roster(self, s: str, end: int, rule: dict[str, Any]) -> bool:
        """特優等：A、優等：B: a list mark at ``end`` followed by a rank (``roster.ranks``) and a colon."""
        return s.startswith("、", end) and any(s.startswith(rank + colon, end + 1)
                                               for rank in rule["ranks"] for colon in rule["colons"])

    def _modified(self, s: str, end: int, by_start: dict[int, Mention], parties: dict[str, Any]) -> dict[str, Any]:
        """荣获“全国文明单位”称号的兴华街道, 获评先进单位的20个集体: the trigger's clause says which thing follows
        的 (``awards.modifier``); the recipient is the name right after it, else none (not the name before)."""
        rule = self.rules["awards"]["agent"]
        mod = self.award_modifier_re.match(s, end)
        if mod is None and parties.get("recipient") is None and not parties.get("recipient_after") \
                and s[end - 1:end] in ("”", "」") and (last := self._listed_after(s, end, by_start)) is not None \
                and (last.end == len(s) or s[last.end] in CLAUSE_END):
            return {**parties, "recipient": last, "recipient_after": True}  # 如榮獲「卓越獎」後龍鎮水尾社區發展協會，
        if mod is None or parties["agent"] is not None or parties.get("recipient_after"):
            return parties
        copula = self.modifier_names_re.match(s, mod.end())
        if copula is not None and (people := self._people_with_posts(s, copula.end(), by_start)):
            return {**parties, "recipient": people[-1], "recipient_after": True, "others": people[:-1]}
        if copula is not None and (last := self._listed_after(s, copula.end(), by_start)) is not None:
            # 获得X的还有土产小区; …的4个村分别为:随县澴潭镇柏树湾村村民委员会、广水十里街道观音村村民委员会、…
            holder, others = self._holders_after(s, copula.end(), by_start, self.rules["awards"]["roster"])
            return {**parties, "recipient": holder or last, "recipient_after": True,
                    **({"others": others} if others else {})}
        after = by_start.get(mod.end())
        role_end = after.end if after is not None and after.family not in rule["families"] else next(
            (mod.end() + n for n in (4, 3, 2) if after is None and s[mod.end():mod.end() + n] in self.group_words), -1)
        if role_end in by_start:
            after = by_start[role_end]     # 获得…提名奖的市民周海明: the name after the word for what the person is
        found = after is not None and after.family in rule["families"]
        return {**parties, "recipient": after if found else None, "recipient_after": True}

    def _people_with_posts(self, s: str, pos: int, by_start: dict[int, Mention]) -> list[Mention]:
        """获评X的3名个人分别为:随县民政局四级调研员王安兵,广水应山街道八一社区党委书记、居委会主任刘建元,…: the
        people listed from ``pos`` to the end of the sentence, each closing an item of its own (where they work and
        their posts before them; ``awards.listed_people.item_ends`` after them); none unless every item so ends."""
        rule = self.rules["awards"]["listed_people"]
        stop = min((i for ch in rule["stops"] if (i := s.find(ch, pos)) >= 0), default=len(s))
        people = sorted((m for m in by_start.values() if m.family == "person" and pos <= m.start and m.end <= stop
                         and (m.end == stop or s[m.end] in rule["item_ends"])), key=lambda m: m.start)
        items = [i for i in range(pos, stop) if s[i] in rule["item_ends"] and s[i] != "、"]
        if len(people) < 2 or people[-1].end != stop or len(items) != len(people) - 1 \
                or any(p.end != i for p, i in zip(people, items, strict=False)):
            return []
        return people

    def _parties(self, s: str, match: re.Match[str], pos: int, by_end: dict[int, Mention],
                 by_start: dict[int, Mention], given: bool = False) -> dict[str, Any]:
        """Who received the award after ``pos`` and who conferred it (``awards.agent``): the name before the trigger
        (王勇获评); the name before 被/由 when a body stands between (洪家楼街道被民政部评为: 民政部 conferred it); the
        names right after a trigger that gives (中共中央授予学院路街道党工委“…”称号: the award after them). Returns
        the recipient, the agent, where the recipient is read back from (``recipient_from``) and where the award
        starts (``pos``)."""
        rule, at = self.rules["awards"]["agent"], match.start()
        agent, step = None, by_end.get(at)
        while step is not None and step.family in rule["families"] and at - step.start <= rule["max_length"]:
            if (marker := next((w for w in rule["markers"] if s.endswith(w, 0, step.start)), None)) is not None:
                if marker == rule["getter_marker"] and match.group(0) in rule["getting"]:
                    break       # 卓越組由福丘社區奪得冠軍: 由 names who won it, no conferrer
                agent, at = by_end[match.start()], step.start - len(marker)
                break
            join = next((j for j in rule["joins"] if s.endswith(j, 0, step.start)), "")
            step = by_end.get(step.start - len(join))       # 被司法部、民政部命名为: over the bodies listed
        if agent is None and match.group(0) in rule["gives"] and not given:    # the name before the trigger gives
            # (none receives), unless 为A授予: A, before the trigger, receives
            after = self._listed_after(s, pos, by_start)
            found = after is not None and after.key not in rule["scopes"]      # (授予全国…提名奖: the award's scope)
            quote = s.find("“", pos, pos + rule["max_length"])     # 授予王建国“…”称号: words no rule read receive
            start = after_note(s, after.end) if found else quote if quote > pos and unbroken(s[pos:quote]) else pos
            # (陈薇(女)“人民英雄”: the award starts after the note on its last recipient)
            start += len(next((w for w in rule["after_name"] if found and s.startswith(w, start)), ""))   # 王建国同志
            counted = self.counted_before_quote.match(s, start) or (     # 授予王建国等10名同志“…”称号: the count
                self.counted_before_name.match(s, start) if found else     # is no award, quoted or not; nor is the
                self.counted_people_re.match(s, start))     # count of people chosen (评选出2名道德模范: 道德模范)
            agent_end = at - len(next((w for w in rule["before_gives"] if s.endswith(w, 0, at)), ""))   # 市委决定授予
            return {"recipient": after if found else None, "agent": by_end.get(agent_end), "recipient_from": at,
                    "pos": counted.end() if counted else start, "recipient_after": True}
        return {"recipient": self._recipient(s, at, by_end), "agent": agent, "recipient_from": at, "pos": pos}

    def _receives(self, m: Mention | None) -> bool:
        """A name that may receive an award: a body, a place, a person, or a family (李红家庭)."""
        return m is not None and (m.family in self.rules["awards"]["agent"]["families"] or bool(m.extra.get("family")))

    def _listed_after(self, s: str, pos: int, by_start: dict[int, Mention]) -> Mention | None:
        """The last of the names that may receive an award printed from ``pos`` on: over a chain of names
        (海淀区学院路街道党工委, 北京市朝阳区李红家庭) and a list parted by ``awards.recipient_joins`` (授予王建国、
        李秀英等10名同志“…”称号: 李秀英); None when no such name starts at ``pos``."""
        after = by_start.get(pos)
        if not self._receives(after):
            return None
        joins = self.rules["awards"]["recipient_joins"]
        while True:
            at = after_note(s, after.end)      # 张明华(明光路街道居民)、李玉兰: a note in brackets after a name
            join = next((j for j in joins if s.startswith(j, at)), "") if by_start.get(after.end) is None else ""
            nxt = by_start.get(at + len(join)) if join else by_start.get(after.end)
            if join and not self._receives(nxt):
                nxt = self._post_holder(s, at + len(join), by_start)     # 、光明里長陳黃淑媛: a ward no rule read
            if not join and not self._receives(nxt) and after.family in ("org", "place", "gazetteer"):
                post = self.office_re.match(s, after.end) or next(     # 义工联合会负责人陈建钧, 义工协会会长吕海英
                    (p for p in [self.office_re.match(s, after.end - 1)] if p is not None and p.end() > after.end),
                    None)       # 東文里長李美珠: the place's last character opens the post (里长)
                nxt = by_start.get(post.end() if post is not None else nxt.end if nxt is not None else -1)
                nxt = nxt if nxt is not None and nxt.family == "person" else self._post_holder(s, after.end, by_start)
            if not self._receives(nxt):
                return after
            after = nxt

    def _post_holder(self, s: str, pos: int, by_start: dict[int, Mention]) -> Mention | None:
        """光明里長陳黃淑媛 at ``pos``: the person named right after a post that a few characters of a place's name
        no rule read open (``awards.roster.post_place_max``), in a list of holders; else None."""
        reach = self.rules["awards"]["roster"]["post_place_max"]
        post = self.office_re.search(s, pos, pos + reach + 4)
        if post is None or post.start() - pos > reach or not CJK_WORD.fullmatch(s[pos:post.end()]):
            return None
        holder = by_start.get(post.end())
        return holder if holder is not None and holder.family == "person" else None

    def _presented_to(self, s: str, award: Mention, match: re.Match[str], by_start: dict[int, Mention],
                      by_end: dict[int, Mention]) -> dict[str, Any] | None:
        """頒發金質獎給陳美玉、林志明等10位志工: the names listed after the ``given_to`` word that follows a presented
        award received it (the last of them the recipient, those before it listed with it); the name right before
        the trigger presented it."""
        trig = self.award_by_word[match.group(0)]
        word = next((w for w in trig["given_to"] if s.startswith(w, award.end)), None)
        last = self._listed_after(s, award.end + len(word), by_start) if word is not None else None
        if last is None:
            return None
        agent = by_end.get(match.start())
        return _conferral_of(award, last, trig, None, match, None) | {
            "agent": agent if self._receives(agent) else None, "recipient_from": match.start(),
            "recipient_after": True}

    def _unquoted_award(self, s: str, pos: int, endings: list[str]) -> str | None:
        """The name of an award printed without quotation marks round it from ``pos``: up to the last ending in its
        clause, or to a quotation closing the clause (获评浙江省“五星级社会组织”), a quotation the name opens kept
        whole (天津市“五一劳动奖状”); a title word after it dropped (广西“最美家庭”称号: 广西“最美家庭”)."""
        a = self.rules["awards"]
        stop = pos
        while stop < len(s) and s[stop] not in CLAUSE_END + "、" and stop - pos < a["max_length"]:
            stop += 1
        piece = s[pos:stop]
        joined = min((i for w in a["name_stops"] if (i := piece.find(w)) > 0), default=len(piece))
        piece = piece[:joined]      # 颁发了奖状并发放奖品: 并 opens another act, no word of the name
        if (de := _outside_quotes(piece, "的")) >= 0:
            piece = piece[:de]      # 获评先进单位的20个集体, 获评全省“百佳…”的3个社区: no 的 outside a quotation
        cut = max((_ending_end(piece, e, a["ending_not_in"]) for e in endings if e in piece), default=-1)
        if piece[cut:cut + 1] in ("”", "」") and piece.count(piece[cut]) < piece.count("“「"["”」".index(piece[cut])]):
            cut += 1        # 天津市“五一劳动奖状”: the quotation the name opens closes it
        bare = piece[:len(piece) - len(next((t for t in a["title_words"] + a["quoted_title_words"]
                                             if piece.endswith(t)), ""))]
        if bare.endswith(("”", "」")) and bare.find("“「"["”」".index(bare[-1])]) > 0 and len(bare) > cut:
            cut = len(bare)     # 浙江省“五星级社会组织”: a quotation with the words before it closes the clause
        inner = piece[:cut]
        if cut <= 1 or inner.count("“") + inner.count("「") > inner.count("”") + inner.count("」"):
            return None     # 获得辖区“志愿者之家”支持: an ending inside a quotation ends no name
        if inner in a["title_words"] or inner in a["handed_over"]:
            return None     # 获得名单后: a title word alone names nothing; nor a thing handed over (颁发了奖状)
        title = next((t for t in a["title_words"] if inner.endswith(t) and len(inner) - len(t) >= 2), "")
        return inner[:len(inner) - len(title)]      # 广西“最美家庭”称号: the title is 广西“最美家庭”

    def _presented_award(self, s: str, pos: int, trig: dict[str, Any]) -> list[Mention]:
        """頒發金點獎給績優社區, 頒發績優志工獎: an award presented with no recipient before the trigger is still an
        award when its name, read up to a ``given_to`` word after it (给), ends in an award ending after two
        characters or more (awards.yaml ``presented_min``); a thing handed over (颁发奖座) is left alone."""
        a = self.rules["awards"]
        piece = s[pos:pos + a["max_length"]]
        cut = min((i for w in trig["given_to"] if (i := piece.find(w)) > 0), default=len(piece))
        quoted = _QUOTED_WHOLE.match(piece[:cut])     # 頒發「獨老守護團隊獎」給…: the quotation whole
        inner = quoted.group(0) if quoted and quoted.group(1).endswith(tuple(a["award_endings"])) else \
            self._unquoted_award(piece[:cut], 0, _ordered(a["award_endings"]))
        if inner is None or len(inner) < a["presented_min"] or not CJK_WORD.fullmatch(inner.strip("“”「」")):
            return []
        return [Mention(pos, pos + len(inner), inner, ["Award"], trig["id"], trig["confidence"], "award",
                        label=inner.strip("“”「」"))]

    def _given_at(self, s: str, trigger_start: int, trig: dict[str, Any]) -> int | None:
        """Where the last of the trigger's ``given_to`` words (为, 向, 给) stands in the trigger's clause before it;
        not one inside a word (助人为乐, 作为: ``awards.agent.given_to_not_after``)."""
        if not trig.get("given_to"):
            return None
        start = max(s.rfind(ch, 0, trigger_start) for ch in CLAUSE_END) + 1
        glued = tuple(self.rules["awards"]["agent"]["given_to_not_after"])
        found = [i for w in trig["given_to"] for i in _occurrences(s, w, start, trigger_start)
                 if not (i > start and s[i - 1] in glued)]
        return max(found, default=None)     # (为… opening the clause counts)


    def _early_conferral(self, s: str, match: re.Match[str], known: list[Mention], by_end: dict[int, Mention],
                         by_start: dict[int, Mention]) -> dict[str, Any] | None:
        """What a trigger says before the award after it is read: the conferral of an award it refers back to (6位志工
        獲此殊榮) or of a passive one it names no award after (金質獎則由…獲獎); {} when it names no award at all
        (:meth:`_no_award_after`); None when the award after it is to be read."""
        if (referred := self._referred_conferral(s, match, known, by_end, by_start)) is not None:
            return referred
        if self._no_award_after(s, match):
            return self._passive_won(s, match, by_end) or {}
        return None

    def _passive_won(self, s: str, match: re.Match[str], by_end: dict[int, Mention]) -> dict[str, Any] | None:
        """金質獎則由吳秋蘭…等4位資深優秀志工獲獎: a trigger followed by a word of ``passive.won`` names no award, but
        a passive one names the award before 由: its conferral, else None."""
        if not s.startswith(tuple(self.rules["awards"]["passive"]["won"]), match.end()) \
                or (passive := self._passive_award(s, match, by_end)) is None:
            return None
        return _conferral_of(passive[0], passive[1], self.award_by_word[match.group(0)], None, match, None)

    def _passive_award(self, s: str, match: re.Match[str],
                       by_end: dict[int, Mention]) -> tuple[Mention, Mention] | None:
        """卓越組卓越獎由三芝區福成社區獲得: the award printed before 由, and its recipient (the name that ends right
        before the trigger, after 由)."""
        rule = self.rules["awards"]["passive"]
        if match.group(0) not in rule["triggers"]:
            return None
        end = match.start()
        counted = self.passive_counted_re.search(s, max(0, end - rule["max_recipient"]), end)
        if counted is not None and (end not in by_end or counted.start() in by_end):
            end = counted.start()       # 銀質獎由陳志強等15人獲得: the first named of those counted
        recipient = by_end.get(end)
        # (a list of those counted: 金質獎則由吳秋蘭、周黃照梅、陳秀鳳、蔣榮霞等4位資深優秀志工獲獎)
        reach = rule["max_listed"] if counted is not None and end == counted.start() else rule["max_recipient"]
        at = s.rfind(rule["word"], max(0, end - reach), end)
        if recipient is None or at < 0 or recipient.start <= at or not unbroken(s[at:end].replace("、", "")):
            return None
        adverb = next((w for w in rule["adverbs"] if s.endswith(w, 0, at)), "")
        award = self._award_before(s, at - len(adverb), rule)     # 銀質獎則由…: over the adverb
        return None if award is None else (award, recipient)

    def _award_before(self, s: str, at: int, rule: dict[str, Any]) -> Mention | None:
        """The award printed right before ``at``, back to its clause's start (at most ``max_length`` characters,
        leading ``strip`` words dropped), when it ends in an award's or an honour's ending and holds at least
        ``min_length`` characters (``awards.passive``, ``awards.holder``)."""
        start = at
        while start > 0 and at - start < rule["max_length"] and s[start - 1] not in CLAUSE_END + "、":
            start -= 1
        start = _after_verbs(s, strip_leading(s, start, at, rule["strip"]), at, rule)
        a = self.rules["awards"]
        label = s[start:at]
        endings = tuple(a["award_endings"] + a["honour_endings"] + rule.get("title_endings", []))
        if len(label) < rule["min_length"] or not label.endswith(endings):
            return None
        return Mention(start, at, label, [award_class(label, a)], rule["id"], rule["confidence"], "award",
                       label=label)

    def _recipient(self, s: str, trigger_start: int, by_end: dict[int, Mention]) -> Mention | None:
        """The name that ends right before an award trigger, over 被 and adverbs (先后, 更是: 扁牙村更是先后荣获); the
        name before a word of awards.yaml ``means`` that opens it (桃米社區以「生態村」計畫勇奪: 桃米社區); a person's,
        when a word of ``titles_after_name`` follows it (李小华志工获颁银牌奖: 李小华)."""
        m = by_end.get(self.recipient_end(s, trigger_start, by_end))
        means = next((w for w in self.rules["awards"]["means"] if m is not None and s.endswith(w, 0, m.start)), None)
        if means is not None and (holder := by_end.get(m.start - len(means))) is not None:
            m = holder      # 桃米社區以「生態村」計畫勇奪特優獎: the community won it by the plan
        if m is not None and m.key in self.titles_after_name and (person := by_end.get(m.start)) is not None \
                and person.family == "person":
            return person
        return m

    def recipient_end(self, s: str, trigger_start: int, by_end: dict[int, Mention] | None = None) -> int:
        """Where the recipient of the trigger at ``trigger_start`` ends: before 被 and the adverbs, or at the first
        name of ``by_end`` met on the way back."""
        end = trigger_start - (1 if s[:trigger_start].endswith("被") else 0)
        words, brackets = self.rules["awards"]["before_trigger"], self.rules["awards"]["before_trigger_brackets"]
        changed = True
        while changed and (by_end is None or end not in by_end):
            changed = False
            for word in words:
                if s.endswith(word, 0, end):
                    end -= len(word)
                    changed = True
            if (opening := before_note(s, end, brackets)) < end:
                end, changed = opening, True    # 江萍家庭(吴航街道东关社区)荣获: the note is no recipient
            comma = end > 0 and s[end - 1] in "，,"
            counted = self.counted_closer_re.search(s, max(0, end - 12), end - 1) if comma else None
            if counted is not None and counted.end() == end - 1:
                end, changed = end - 1, True    # 王光明、陈冠清等10人,荣获X: the people counted before the comma
        return end

    def _honour_list(self, s: str, pos: int, open_end: bool = False) -> list[tuple[int, int]]:
        """荣获A、B、C等荣誉称号: the spans of A, B and C, when the clause after a trigger is a list of two or more
        names closed by one of the list's closing words, or, ``open_end`` (分别荣获A、B、C), by the clause's end;
        else no spans."""
        rule = self.rules["awards"]["list"]
        stop = pos
        while stop < len(s) and s[stop] not in CLAUSE_END and stop - pos < rule["max_length"]:
            stop += 1
        if (copula := self.modifier_copula_re.search(s, pos, stop)) is not None:
            stop = copula.start()       # 荣获X称号的有A、B、C: the names after 的有 are its recipients, no honours
        close = re.compile(rule["closing"]).search(s, pos, stop)
        close_at = close.start() if close is not None else stop if open_end and stop < len(s) else None
        if close_at is not None and close is None:      # 分别荣获“A”“B”称号: the title word closes no item
            close_at -= len(next((w for w in self.rules["awards"]["title_words"] if s.endswith(w, 0, close_at)), ""))
        joins = self.honour_join_re
        if close_at is None:
            return self._ended_list(s, pos, stop)
        if not joins.search(s, pos, close_at):     # 分别获评A和B: two names parted by 和 alone
            return self._ended_list(s, pos, close_at)
        spans, start = [], pos
        for join in [*joins.finditer(s, pos, close_at), None]:
            end = join.start() if join is not None else close_at
            if not 2 <= end - start <= self.rules["awards"]["max_length"]:
                return []
            spans.append((start, end))
            start = join.end() if join is not None else close_at
        marks = self.rules["awards"]["roster"]["marks"]
        return [(a, b) for n, (a, b) in enumerate(spans) if n == len(spans) - 1
                or not self.honour_level_re.fullmatch(s, a, b) or any(w in s[a:b] for w in marks)]  # (全国文明村镇)


    def _ended_list(self, s: str, pos: int, stop: int) -> list[tuple[int, int]]:
        """被评为A、B和C, 先后荣获“A”“B”: with no closing word, names parted by 、 or quoted side by side (the last
        two by one of ``list.last_joins``; two names by it alone: 获评优秀团员和优秀团干部) are a list of honours
        when each is quoted or ends in an award's or an honour's ending (a title word after it dropped); the last runs
        to its quotation's end or the last ending in the clause. Else no spans."""
        a = self.rules["awards"]
        cuts = [(m.start(), m.end()) for m in self.honour_join_re.finditer(s, pos, stop)]
        endings = _ordered(a["award_endings"] + a["honour_endings"])
        spans, start = [], pos
        for end, after in cuts:     # 、 or quotations side by side (先后荣获“A”“B”)
            spans.append((start, end))
            start = after
        last = s[start:stop]
        cut = start + (last.find("”") + 1 if last.startswith("“") else
                       max((last.rfind(e) + len(e) for e in endings if e in last), default=0))
        at = next((start + i for j in a["list"]["last_joins"] if (i := last.find(j)) > 0
                   and s.endswith(endings, 0, start + i)), None)
        if not cuts and at is None:     # one name, no list
            return []
        if at is not None:      # 省级文明社区和市级平安社区: the last two parted by 和
            spans.append((start, at))
            start = at + 1 + (s[at] == "以")
        spans.append((start, cut))
        out = []
        for b, e in spans:
            e -= len(next((t for t in a["title_words"] if s.endswith(t, b + 2, e)), ""))
            named = (s[b] == "“" and s[e - 1] == "”") or s.endswith(endings, b, e)
            if not (named and 2 <= e - b <= a["max_length"]):
                return []
            out.append((b, e))
        return out


@dataclass
class _Context:
    s: str
    tokens: list[Token]
    owner: list[int]
    ends: set[int]
    starts: set[int]
    #: the matches of a pattern of words at each position one starts (:meth:`Recognizer._starts`), by pattern
    words: dict[re.Pattern[str], list[re.Match[str]]] = field(default_factory=dict)
    #: whether the article is printed in traditional characters (:attr:`SourceText.traditional`)
    traditional: bool = False


#: a name of two characters printed a space apart to fill the line after a byline word (记者 王 芳)
_SPACED_NAME_RUN = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=\n|$)")
_SPACES = re.compile("[ \u3000]*")
#: a quotation opening the words, its inside as group 1 (「獨老守護團隊獎」)
_QUOTED_WHOLE = re.compile("[“「]([^“”「」]+)[”」]")


def _match_start(match: re.Match[str]) -> int:
    return match.start()


def _leftmost(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """What ``finditer`` finds among ``matches`` (:meth:`Recognizer._starts`): the first, then each first one that
    starts where the one before ends or later."""
    out, pos = [], 0
    for match in matches:
        if match.start() >= pos:
            out.append(match)
            pos = match.end()
    return out


#: a quotation of parties joined by + names a model, no body (“社区党支部+红色物业+楼栋党小组”三级组织体系)
_MODEL_JOIN = re.compile("[+＋]")
_BODY_CLASSES = frozenset(("Organization", "PartyOrganization", "GovernmentBody", "VolunteerTeam", "Company"))


def _overlapping(pattern: re.Pattern[str], s: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``s`` at every position where one starts, overlapping ones too."""
    pos = 0
    while (m := pattern.search(s, pos)) is not None:
        yield m
        pos = m.start() + 1


def _roster_opening(s: str, colon: int, rule: dict[str, Any]) -> int:
    """Where the head of a roster before ``colon`` opens: its clause's start, or the start of the clause before it
    when the head is no more than one of ``back_over`` after a comma (好人好事代表共18位，分别为：…)."""
    opening = max(s.rfind(ch, 0, colon) for ch in CLAUSE_END + "、") + 1
    if opening >= 2 and s[opening - 1] in "，," and s[opening:colon] in rule["back_over"]:
        return max(s.rfind(ch, 0, opening - 1) for ch in CLAUSE_END + "、") + 1
    return opening


def _after_verbs(s: str, start: int, end: int, rule: dict[str, Any]) -> int:
    """Where the name in ``s[start:end]`` opens: after the last of the rule's ``after_verbs`` in it, if any
    (最终评选出了第一季度文明家庭: 第一季度文明家庭), and after the rule's ``lead`` (获表扬的20位模范母亲: 模范母亲)."""
    for verb in rule.get("after_verbs", ()):
        at = s.rfind(verb, start, end)
        if at >= 0 and end - at - len(verb) >= 2:
            start = at + len(verb)
    lead = re.compile(rule["lead"]).match(s, start, end) if "lead" in rule else None
    return lead.end() if lead is not None and end - lead.end() >= 2 else start


def _conferral_of(award: Mention, recipient: Mention | None, trig: dict[str, Any], edition: int | None,
                  match: re.Match[str], given_at: int | None) -> dict[str, Any]:
    """What an award trigger says: the award, its recipient (None: read later), the trigger and where it stands, the
    edition, and where a presented award's 为/向/给 stands."""
    return {"award": award, "recipient": recipient, "trigger": trig, "edition": edition, "trigger_start": match.start(),
            "trigger_word": match.group(0), "given_at": given_at}


def _quoted_award(s: str, start: int, end: int, awards: dict[str, Any], rule: dict[str, Any]) -> Mention:
    """The award printed in quotation marks from ``start`` to ``end`` (marks included), read by ``rule`` (its id and
    confidence); its label and class from the words inside."""
    label = s[start + 1:end - 1]
    return Mention(start, end, label, [award_class(label, awards)], rule["id"], rule["confidence"], "award",
                   label=label)


def _outside_quotes(piece: str, ch: str) -> int:
    """Where ``ch`` first stands outside quotation marks in ``piece``; -1 when it never does."""
    depth = 0
    for i, c in enumerate(piece):
        depth += (c in "“「") - (c in "”」")
        if c == ch and depth <= 0:
            return i
    return -1


def _conferral_at(award: Mention, recipient: Mention, trig: dict[str, Any], at: int, word: str,
                  **more: Any) -> dict[str, Any]:
    """A conferral a rule of its own reads (a list entered, an award's holder): no edition, nothing presented, the
    recipient read back from the word at ``at``."""
    return {"award": award, "recipient": recipient, "trigger": trig, "edition": None, "trigger_start": at,
            "trigger_word": word, "given_at": None, "recipient_from": at, **more}


def _ending_end(piece: str, ending: str, words: list[str]) -> int:
    """Where the last ``ending`` of ``piece`` ends, one that opens none of ``words`` (颁发荣誉证书及奖品: the 奖 of
    奖品 ends no award's name); -1 when there is none."""
    longer = tuple(w for w in words if w.startswith(ending) and w != ending)
    at = piece.rfind(ending)
    while at >= 0 and longer and piece.startswith(longer, at):
        at = piece.rfind(ending, 0, at)
    return at + len(ending) if at >= 0 else -1


def rule_trigger(awards: dict[str, Any], status: str, rule: dict[str, Any]) -> dict[str, Any]:
    """The trigger of ``status`` (its predicate) under ``rule``'s id and confidence."""
    base = next(t for t in awards["triggers"] if t["status"] == status)
    return {**base, "id": rule["id"], "confidence": rule["confidence"]}


def tokens_start(ctx: _Context, pos: int) -> bool:
    return pos in ctx.starts


def _number(text: str) -> int | None:
    try:
        import cn2an  # imported on first use: it takes a second to load
        return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


def make_context(recognizer: Recognizer, source: SourceText, tokens: list[Token]) -> _Context:
    owner, ends = recognizer._token_index(tokens, len(source.simple))
    return _Context(source.simple, tokens, owner, ends, {t.start for t in tokens}, traditional=source.traditional)


def _area_class(area: Any, rule: dict[str, Any]) -> str:
    """The class of a gazetteer area: its level's, or County for an area of the county level named …县 or …旗
    (``places.gazetteer`` counties)."""
    counties = rule.get("counties")
    if counties and area.name.endswith(tuple(counties["endings"])):
        return str(counties["class"])
    return str(rule["class"])


def _subsequence(short: str, long: str) -> bool:
    """Every character of ``short`` occurs in ``long``, in order (社署 in 社会福利署)."""
    pos = 0
    for ch in short:
        pos = long.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def repeated_people(ctx: _Context, mentions: list[Mention], rule: dict[str, Any]) -> list[Mention]:
    """仪式上,仇杨均、陈亮为…颁发: a person named once by a post is the same person where the name is printed again
    alone (``people.repeated``); a name of two characters only where the segmenter's words start and end with it."""
    s, out = ctx.s, []
    taken = Taken((m.start, m.end) for m in mentions)
    names = {m.key for m in mentions if m.family == "person" and "Person" in m.classes
             and rule["min_length"] <= len(m.key) <= rule["max_length"] and CJK_WORD.fullmatch(m.key)}
    for name in sorted(names):
        for start in _occurrences(s, name):
            end = start + len(name)
            whole_words = start in ctx.starts and end in ctx.ends
            if taken.overlaps(start, end) or (len(name) == 2 and not whole_words):
                continue
            out.append(Mention(start, end, name, ["Person"], rule["id"], rule["confidence"], "person"))
            taken.add(start, end)
    return out


def abbreviations(s: str, mentions: list[Mention], rule: dict[str, Any]) -> list[Mention]:
    """Short names defined in brackets after a name (``name.abbreviation``): the bracketed one and every later
    occurrence that crosses no other name, each a mention with the long name's key, classes and family (a
    reading of exactly the same words, such as 社署 read by its suffix, gives way: ``drop_readings``)."""
    markers = "|".join(re.escape(w) for w in sorted(rule["markers"], key=len, reverse=True))
    quotes = re.escape(rule["quotes"])
    pattern = re.compile(f"[（(](?:{markers})?[{quotes}]?([\u4e00-\u9fff]{{{rule['min_length']},{rule['max_length']}}})"
                         f"[{quotes}]?[）)]")
    longest: dict[int, Mention] = {}
    for m in mentions:
        if m.family not in ("person", "group") and (m.end not in longest or m.length > longest[m.end].length):
            longest[m.end] = m
    taken = Taken((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for end, full in sorted(longest.items()):
        match = pattern.match(s, end)
        short = match.group(1) if match else ""
        if not short or len(short) >= len(full.key) or not _subsequence(short, full.key):
            continue
        for start in _occurrences(s, short, match.start(1)):
            stop = start + len(short)
            if start != match.start(1) and taken.crosses(start, stop):
                continue
            found.append(_short_form(start, stop, full, rule))
            taken.add(start, stop)
    return found


def head_references(s: str, mentions: list[Mention], rule: dict[str, Any], starts: set[int],
                    is_a: Any) -> list[Mention]:
    """Short forms of a facility's name (``name.head-reference``): 社区惠民食堂, 惠民食堂 and 食堂 for
    第一社区惠民食堂, each a tail of the name that starts where one of its words does. A tail that ends the
    names of two facilities of the article refers to neither, unless a word for "this" opens it (该服务站: the one
    printed last before it); a tail that crosses another name is not one.
    A tail printed after the full name refers to it; one printed before it only when a rule read it as a
    name of its own (推进社区惠民食堂项目建设 … 第一社区惠民食堂)."""
    longs = [m for m in mentions if any(is_a(m.classes, c) for c in rule["classes"])
             and len(m.key) > rule["min_length"] and m.family not in ("person", "group")]
    tails: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in sorted(longs, key=lambda m: m.start):
        first.setdefault(m.key, m)
        for cut in range(m.start + 1, m.end - rule["min_length"] + 1):
            if cut in starts:
                tails.setdefault(s[cut:m.end], set()).add(m.key)
    full_names = {key for key in first if key not in tails}
    taken = Taken((m.start, m.end) for m in mentions)
    named = {(m.start, m.end) for m in mentions}
    found: list[Mention] = []
    demonstratives = tuple(rule["this_words"])
    for tail, keys in sorted(tails.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        keys &= full_names
        if not keys:
            continue
        for start in _occurrences(s, tail):
            stop = start + len(tail)
            full = first[next(iter(keys))] if len(keys) == 1 else \
                _last_named(longs, keys, start) if s.endswith(demonstratives, 0, start) else None
            if full is None or full.start <= start < full.end or start not in starts:
                continue        # 该服务站: a tail two names end with is the one printed last before "this"
            if start < full.start and (start, stop) not in named:
                continue
            if taken.crosses(start, stop):
                continue
            found.append(_short_form(start, stop, full, rule))
            taken.add(start, stop)
    return found


def _last_named(longs: list[Mention], keys: set[str], pos: int) -> Mention | None:
    """The first mention of the name of ``keys`` printed last before ``pos`` (该服务站 after two stations)."""
    last = max((m for m in longs if m.key in keys and m.end <= pos), key=lambda m: m.end, default=None)
    return None if last is None else min((m for m in longs if m.key == last.key), key=lambda m: m.start)


def _occurrences(s: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``needle`` starts in ``s[start:end]``, overlapping occurrences included."""
    end = len(s) if end is None else end
    found, pos = [], s.find(needle, start, end)
    while pos >= 0:
        found.append(pos)
        pos = s.find(needle, pos + 1, end)
    return found


def event_references(s: str, mentions: list[Mention], rule: dict[str, Any], starts: set[int],
                     is_a: Any) -> list[Mention]:
    """此次活动, 本次大会, 该仪式: a word for "this" and the word for a kind of event (``events.event_references``)
    name again the last event printed before them whose name ends as the kind says; 活动, any kind, the last event
    when none so named. A span another reading takes names nothing here."""
    events = [m for m in mentions if is_a(m.classes, "Event")]
    if not events:
        return []
    taken = Taken((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    kinds = sorted(rule["kinds"], key=len, reverse=True)
    pattern = f"(?:{'|'.join(rule['words'])})(?P<kind>{'|'.join(kinds)})"
    for match in scanning(pattern).finditer(s):
        start, stop = match.span()
        if taken.overlaps(start, stop):
            continue
        kind = match.group("kind")
        before = [m for m in events if m.end <= start]
        named = [m for m in before if m.key.endswith(tuple(rule["kinds"][kind]))] \
            or (before if kind in rule["any_event"] else [])
        if named:
            found.append(_short_form(start, stop, max(named, key=lambda m: (m.end, m.length)), rule))
            taken.add(start, stop)
    return found + _bare_event_kinds(s, events, rule, taken, starts)


def _bare_event_kinds(s: str, events: list[Mention], rule: dict[str, Any], taken: Taken,
                      starts: set[int]) -> list[Mention]:
    """仪式上, 典礼现场: a bare word for a kind of event (``bare``) printed after the one event of the article whose
    name ends with it, at the start of a word and in no other reading, names that event again."""
    found: list[Mention] = []
    for word in sorted(rule["bare"], key=len, reverse=True):
        names = {m.key for m in events if m.key.endswith(word) and len(m.key) > len(word)}
        if len(names) != 1:
            continue        # none, or two events it could be
        first = min(m.start for m in events if m.key in names)
        full = next(m for m in events if m.key in names and m.start == first)
        for start in _occurrences(s, word, full.end):
            stop = start + len(word)
            if start in starts and not taken.overlaps(start, stop):
                found.append(_short_form(start, stop, full, rule))
                taken.add(start, stop)
    return found


def _short_form(start: int, stop: int, full: Mention, rule: dict[str, Any]) -> Mention:
    """A short form of ``full`` at ``start:stop``: the same entity (key, classes, label), read by ``rule``."""
    return Mention(start, stop, full.key, list(full.classes), rule["id"], rule["confidence"], full.family,
                   label=full.label, extra={"abbreviation": True})


def drop_readings(mentions: list[Mention], short: list[Mention]) -> list[Mention]:
    """``mentions`` without the readings of the spans the short names of ``short`` take."""
    spans = {(m.start, m.end) for m in short}
    return [m for m in mentions if (m.start, m.end) not in spans]


def _ends_and_starts(known: list[Mention]) -> tuple[dict[int, Mention], dict[int, Mention]]:
    """The mentions by where they end and by where they start, the longest at each, figures left out."""
    by_end: dict[int, Mention] = {}
    by_start: dict[int, Mention] = {}
    for m in sorted(known, key=lambda m: (m.end, -m.length)):
        if m.family != "indicator":
            by_end.setdefault(m.end, m)
    for m in sorted(known, key=lambda m: (m.start, -m.length)):
        if m.family != "indicator":
            by_start.setdefault(m.start, m)
    return by_end, by_start


def _boundary_words(rules: Rules) -> set[str]:
    """Words no name runs back over: the words no name opens with, every trigger's and plan marker's words, the
    indicators' verbs, the words that join two events, but not 以 and 为, characters that stand inside names too."""
    boundary = set(rules["organizations"]["not_name_start"])
    for trig in [*rules["relations"]["triggers"], *rules["awards"]["triggers"]]:
        boundary.update(set(trig["words"]) - set(trig.get("inside_names", ())))
    boundary.update(rules["relations"]["plan_markers"])
    boundary.update(rules["indicators"]["verbs"])
    boundary.update(rules["organizations"].get("boundary_words", []))
    boundary.update(rules["organizations"]["verbs_glued_to_level"])   # 率市/v, 会同县/n end the name before them
    boundary.update(rules["events"]["joined"]["words"])       # 博览会暨…博览会: 暨 joins two names (jieba: 暨/nt)
    return boundary - {"以", "为"}


@lru_cache(maxsize=1024)
def _by_suffix(rule: str) -> bool:
    """Whether the rule ``rule`` (an id: org.suffix.community) reads a name by its suffix."""
    return rule.split(".")[1:2] == ["suffix"]


def resolve(mentions: list[Mention], holder_bodies: tuple[str, ...] = ()) -> list[Mention]:
    """Keep the longest, most specific reading where spans cross; nested names stay (parents, inner names).
    A name read by its suffix never starts inside a place's name and runs past it (三灶镇中心村: no 灶镇中心), nor runs
    back over a person read beside a post unless it ends in one of ``holder_bodies`` (朱健銘辦公室: named after one)."""
    places = Cover(m for m in mentions if m.family in ("place", "gazetteer"))
    mentions = [m for m in mentions if not _by_suffix(m.rule)
                or not any(p.start < m.start < p.end < m.end for p in places.at(m.start))]
    posted = SpanIndex([m for m in mentions if m.family == "person" and m.extra.get("role_start") is not None])
    mentions = [m for m in mentions if m.key.endswith(holder_bodies) or not _over_posted_person(m, posted)]
    ranked = sorted(mentions, key=lambda m: (-m.length, -PRIORITY[m.family], -m.confidence, m.start, m.rule))
    kept: list[Mention] = []
    cover: Cover[Mention] = Cover()          # the kept names by position
    for m in ranked:
        clash = False
        # a kept name is no shorter than m: one that shares a character with m holds its first or its last one
        near = cover.at(m.start) + [k for k in cover.at(m.end - 1) if k.start > m.start] if m.end > m.start \
            else cover.at(m.start)
        for k in near:
            if m.end <= k.start or k.end <= m.start:
                continue
            if (k.start, k.end) == (m.start, m.end):
                clash = True          # same span: the earlier (more specific) reading stands
                break
            inside = k.start <= m.start and m.end <= k.end
            if not inside:
                clash = True          # crossing spans
                break
            if not _may_nest(m, k) and not _holder_inside(m, k, holder_bodies):
                clash = True
                break
        if not clash:
            kept.append(m)
            cover.add(m)
    return sorted(kept, key=lambda m: (m.start, -m.length, m.rule))


def _over_posted_person(m: Mention, posted: SpanIndex) -> bool:
    """副部长王刚出席会议, 部长马晓军调研社区: a name read by its suffix that runs back over a person read beside a post
    names nothing: the words after a person's name are the person's deed."""
    if not _by_suffix(m.rule):
        return False
    return any(m.start <= p.start and p.end < m.end for p in posted.within(m.start, m.end))


def _holder_inside(inner: Mention, outer: Mention, holder_bodies: tuple[str, ...]) -> bool:
    """縣議員…朱健銘辦公室: a person read beside a post opening the name of a body named after its holder is a name of
    its own."""
    return (inner.family == "person" and inner.extra.get("role_start") is not None and inner.start == outer.start
            and outer.family == "org" and outer.key.endswith(holder_bodies))


def _may_nest(inner: Mention, outer: Mention) -> bool:
    """A name inside another name is kept when it is a real name of its own at the start of it
    (济南市 in 济南市民政局, 山东大学 in 山东大学党委, 百花公园社区 in 百花公园社区洪南小区)."""
    if outer.extra.get("joined") and inner.family in ("event", "quoted", "award"):
        return True     # …活动暨党的二十大精神“百姓名嘴”基层宣讲活动: the events and names it joins stay
    if inner.family == "gazetteer":
        named = inner.extra.get("full") or inner.extra.get("chain_head")
        if not named:       # a short city name opens an event or a place named after it (杭州亚运会, 中山众创金融街),
            # but a community, street or estate is only named after the city (中山社區, 杭州路)
            if inner.extra.get("branch") and outer.family == "org" and outer.start < inner.start and \
                    inner.end < outer.end:
                return True     # 国网山西省电力公司晋中供电公司: the city of a body's branch
            named_after = {"Community", "Subdistrict", "ResidentialEstate", "Street"} & set(outer.classes)
            if outer.rule in OUTLET_RULES and inner.start == outer.start:
                return True     # 滁州网讯, 福州晚报讯: the city a news outlet is named after
            return outer.family in ("event", "place") and inner.start == outer.start and not named_after
        return outer.family in ("org", "place", "gazetteer", "event", "award", "quoted")
    if inner.family in ("place", "org"):
        if outer.family == "quoted" and (inner.start, inner.end) == outer.extra.get("inner_span"):
            return False      # “金水码上办”小程序, “幸福社区”创建行动: the quoted words are the name's, not a body's
        if "Facility" in inner.classes and {"Community", "ResidentialEstate"} & set(outer.classes):
            return False      # 百花公园社区 is named after the park, not inside it
        if outer.family == "award" and inner.start > outer.start:
            return False      # 市乡风文明红旗村: a title that ends like a place's name names no place
        return outer.family in ("org", "place", "award", "quoted", "event")
    if inner.family == "person":
        return outer.family == "award" or bool(outer.extra.get("family"))    # 覃丽娟 in 覃丽娟家庭
    if inner.family == "event" and outer.extra.get("ceremony_at") == inner.end and inner.start >= outer.start:
        return True     # 第五届…大赛 in 第五届…大赛启动仪式: the event and its ceremony
    if inner.family == "event" and inner.rule.startswith("event.pattern"):
        return inner.start == outer.start and outer.family in ("event", "phrase")   # 党的二十大 in 党的二十大精神宣讲
    return inner.family in ("award", "document")


def after_cut_places(s: str, events: list[Mention], places: list[Mention]) -> None:
    """武侯区玉林街道黉门街社区第八届邻里文化节: an event's name that its longest base cuts inside a place (街道黉门街…)
    starts right after that place, with the places after it (黉门街社区第八届邻里文化节)."""
    if not events:
        return
    cover = Cover(p for p in places if p.family in ("place", "gazetteer"))
    for m in events:
        cut = next((p for p in cover.at(m.start) if p.start < m.start < p.end < m.end - 1), None)
        if cut is not None:
            m.start, m.key = cut.end, s[cut.end:m.end]


def drop_place_stems(mentions: list[Mention], is_a: Callable[[list[str], str], bool]) -> list[Mention]:
    """香水园街道: a place that is not an area (香水园, read as an estate) and opens an area's name that goes on only
    with its level word (街道, 社区, 村, 镇: at most two characters) is the stem of the area's name, no place of its own
    (the area is not part of it)."""
    places = [m for m in mentions if m.family in ("place", "gazetteer")]
    areas = {(m.start, m.end) for m in places if is_a(m.classes, "AdministrativeArea")}
    stems = {id(m) for m in places if not is_a(m.classes, "AdministrativeArea")
             and any((m.start, m.end + k) in areas for k in (1, 2))}
    return [m for m in mentions if id(m) not in stems] if stems else mentions


def trim_place_chains(s: str, mentions: list[Mention], min_places: int) -> None:
    """佛山顺德区大良街道党工委 → 大良街道党工委: an organisation whose name opens with a chain of at least
    ``min_places`` places is named from the last place of the chain on; the places stay entities of their own."""
    places: dict[int, Mention] = {}
    for m in mentions:            # the longest place at each start (mentions come longest first)
        if m.family in ("place", "gazetteer"):
            places.setdefault(m.start, m)
    for m in mentions:
        if m.family != "org":
            continue
        chain, pos = [], m.start
        while pos in places and places[pos].end < m.end:
            chain.append(places[pos])
            pos = places[pos].end
        if len(chain) >= min_places:
            m.start = chain[-1].start
            m.key = s[m.start:m.end]
