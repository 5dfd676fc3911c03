"""Draft annotations: entities, facts, observations and mentions of one article, with confidence and rule."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import groupby, takewhile
from pathlib import Path
from typing import Any, NamedTuple

from civickg.extract.context import (
    act_parties,
    actor_area,
    affiliations,
    aims,
    built_by,
    built_in_area,
    components,
    coordinated,
    count_wholes,
    counted_in_area,
    counted_parts,
    enjoyed,
    event_places,
    event_years,
    facility_parts,
    fact_area,
    family_members,
    first_of_kind,
    hosted_by,
    later_context,
    managed_by,
    merge_speaker,
    merge_speaker_area,
    model_parties,
    names_within,
    offices,
    ordinal_parts,
    orphan_work,
    people_at_work,
    place_context,
    place_possessives,
    progress,
    provided_for,
    same_events,
    started_years,
    stationed,
    where_things_are,
)
from civickg.extract.figures import FigureReader, _num
from civickg.extract.linking import IdMaker, KnownEntities, normal_label, romanised
from civickg.extract.phrases import PhraseReader, WorkPhrase
from civickg.extract.recognize import (
    HOLDER_CLASSES,
    Mention,
    Recognizer,
    _alternation,
    abbreviations,
    after_cut_places,
    award_class,
    drop_place_stems,
    drop_readings,
    event_references,
    head_references,
    make_context,
    repeated_people,
    resolve,
    rule_trigger,
    trim_place_chains,
)
from civickg.extract.rosters import honour_lines, line_rosters, without_overrun
from civickg.extract.rules import Rules, load_rules
from civickg.extract.scanning import scanning
from civickg.extract.spans import SpanIndex, inside_others
from civickg.extract.text import (
    CLAUSE_END,
    SourceText,
    before_note,
    before_word,
    plan_marked,
    sentences,
    simplify,
    strip_leading,
    tokenize,
    unbroken,
    warm_up,
)

AGENT_CLASSES = ("Organization", "AdministrativeArea", "Person")
OWN_OUTLET = "org.name.own-outlet"      # the paper printing the story, by its byline (本报记者, 本报讯)
# an outlet reports the story; it is not its actor
MEDIA_RULES = ("org.name.media", "org.suffix.media", "org.suffix.dateline-outlet", "name.term.dateline-outlet",
               OWN_OUTLET)
BYLINE_RULES = "person.byline."      # nor does a byline's reporter, correspondent or editor
OWNED_PREDICATES = ("implements", "promotes", "plans")   # what a body printed before an object also does
FIGURE_AREAS = ("AdministrativeArea", "Facility")      # what a figure can be about, when named before it


@dataclass
class Extractor:
    """The loaded rules, compiled once; ``draft()`` reads one article."""

    rules: Rules
    recognizer: Recognizer = field(init=False)
    figures: FigureReader = field(init=False)
    phrases: PhraseReader = field(init=False)

    triggers: tuple[re.Pattern, dict[str, list[dict[str, Any]]]] = field(init=False)
    pronouns: tuple[str, ...] = field(init=False)
    demonstratives: tuple[str, ...] = field(init=False)
    bare_levels: frozenset[str] = field(init=False)
    longest_opener: int = field(init=False)
    bare_not_before: frozenset[str] = field(init=False)
    not_ruling: tuple[str, ...] = field(init=False)
    quoted_head_re: re.Pattern = field(init=False)
    short_hotline: re.Pattern = field(init=False)
    sent_to_help: tuple[str, ...] = field(init=False)
    relative_labels: frozenset[str] = field(init=False)
    clause_closers: tuple[frozenset[str], tuple[str, ...]] = field(init=False)
    since_re: re.Pattern = field(init=False)
    saying: tuple[str, ...] = field(init=False)
    aim_clause: re.Pattern = field(init=False)

    def __post_init__(self) -> None:
        self.recognizer = Recognizer(self.rules)
        self.figures = FigureReader(self.rules)
        self.phrases = PhraseReader(self.rules)
        self.triggers = _trigger_table(self.rules["relations"]["triggers"])
        closers = self.rules["relations"]["trigger_closers"]
        self.clause_closers = (frozenset(closers["predicates"]), tuple(closers["marks"]))
        self.since_re = re.compile(self.rules["relations"]["since_clause"])
        self.saying = tuple(self.rules["people"]["speakers"]["verbs"])       # the verbs of saying (_reported)
        self.aim_clause = re.compile("[，,]([^，,。；;！!？?\n]+)(?=[，,])")     # a clause (_further_purposes)
        pronoun = self.rules["context"]["pronoun"]      # the words that open a clause about one named before
        self.pronouns, self.demonstratives = tuple(pronoun["words"]), tuple(pronoun["demonstratives"])
        self.bare_levels = frozenset(w for w in pronoun["demonstratives"] if w in ("街道", "社区"))
        # how far a clause's opening word may reach: the longest pronoun or demonstrative, and room for the quotation
        # marks and spaces a clause's head may open with (_clause_head)
        self.longest_opener = max(map(len, (*pronoun["words"], *pronoun["demonstratives"]))) + 4
        self.bare_not_before = frozenset(pronoun["bare_not_before"])
        governs = next(n for n in self.rules["relations"]["nested"] if n["id"] == "rel.nested.governs")
        self.not_ruling = tuple(governs["not_ruling"])
        self.quoted_head_re = re.compile(self.rules["relations"]["theme"]["quoted_head"])
        self.short_hotline = re.compile(self.rules["names"]["short_hotline"])
        self.sent_to_help = tuple(governs["sent_to_help"])
        # the words for an article's own area (全县), in the form labels are compared in: no entity links through one
        self.relative_labels = frozenset(normal_label(w) for w in self.rules["names"]["linking"]["relative_words"])

    def draft(self, article_id: str, text: str, known: KnownEntities | None = None,
              year: int | None = None) -> dict[str, Any]:
        return _Draft(self, article_id, text, known or KnownEntities([]), year).build()


#: a word of a name: a Chinese character or a letter (an indicator named by digits and marks alone names nothing)
_WORDED = re.compile("[\u4e00-\u9fffA-Za-z]")

#: the families of names a trigger word may open without acting (服务站, 服务中心: a body's or a place's name)
_NAMES_OPENING_NO_VERB = frozenset({"org", "place", "gazetteer"})

#: the marks that end a clause: a trigger's object lies before the first of them
_CLAUSE_END = re.compile("[，,；;：:]")
_CLAUSE_MARKS = "，,。；;：:\n"      # what ends a clause, a sentence or a paragraph
_CLAUSE_BREAK = re.compile(f"[{_CLAUSE_MARKS}]")


def _trigger_table(triggers: list[dict[str, Any]]) -> tuple[re.Pattern, dict[str, list[dict[str, Any]]]]:
    """The trigger words as one pattern (matching the longest word printed at a position, as a longest-first
    alternation does: :func:`_alternation`) and the triggers of each word, in the rules' order of (word, id)."""
    words = sorted({(w, t["id"]) for t in triggers for w in t["words"]}, key=lambda x: (-len(x[0]), x))
    by_id = {t["id"]: t for t in triggers}
    rule_of: dict[str, list[dict[str, Any]]] = {}
    for w, rid in words:
        rule_of.setdefault(w, []).append(by_id[rid])
    return _alternation(rule_of), rule_of


#: an award's name in quotation marks inside a commended group's title (105位…「金質獎」志工)
_QUOTED_AWARD = re.compile("“[^”]{2,16}”|「[^」]{2,16}」")


@lru_cache(maxsize=4)
def extractor(ontology: Path | None = None) -> Extractor:
    """The extractor for the project's ontology, built once per process.

    The dictionaries loaded here (jieba's word and tag tables, OpenCC's and cn2an's, the gazetteer, the rules) live
    as long as the process: they are moved out of the cyclic garbage collector's reach (``gc.freeze``), so that the
    many short-lived objects of each draft do not make it walk these millions of entries again and again.
    """
    ex = Extractor(load_rules(ontology))
    warm_up()
    ex.figures.warm_up()
    gc.freeze()
    return ex


def _outside_phrases(mentions: list[Mention], phrases: list[Mention]) -> list[Mention]:
    """``mentions`` without the common-noun terms (name.term.*) a longer work phrase holds (养老服务 in
    养老服务体系建设): the phrase names the thing, the term is only a word of it."""
    index = SpanIndex(phrases)
    return [m for m in mentions
            if m.family != "term" or not any(p.length > m.length for p in index.holding(m.start, m.end))]


def _off_lines(mentions: list[Mention], lines: list[Mention]) -> list[Mention]:
    """``mentions`` without those that overlap one of ``lines`` (the honours a list prints one a line)."""
    return [m for m in mentions if not any(m.start < h.end and h.start < m.end for h in lines)]


def _outside_awards(mentions: list[Mention], awards: list[Mention], family: str) -> list[Mention]:
    """``mentions`` without the families (rule ``family``) read inside an honour's name (全国文明家庭 is no family of
    文明)."""
    return [m for m in mentions
            if m.rule != family or not any(a.start <= m.start and m.end <= a.end for a in awards)]


def draft_annotation(article_id: str, text: str, known: KnownEntities | None = None, *,
                     year: int | None = None, ontology: Path | None = None) -> dict[str, Any]:
    """Draft the annotation of one article from its clean text, in the schema of graph/annotations.

    ``known`` lists the entities the graph already has: a match gets their id (under ``mentions``).
    ``year`` is the period of figures for which the text names no year.
    """
    return extractor(ontology).draft(article_id, text, known, year)


@dataclass
class _Entity:
    key: str
    classes: list[str]
    mentions: list[Mention]
    rule: str
    confidence: float
    label: str
    id: str = ""
    known: bool = False
    aliases: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


class _Commended(NamedTuple):
    """A group commended by count (10个先进集体): the count, where its title starts and ends, whether the title opens
    with a quoted award, and the names listed before the count (东湖街道等10个先进集体)."""
    count: re.Match[str]
    title_start: int
    end: int
    quoted: bool
    examples: list[Mention]


#: the context rules read after the verbs' facts, in this order (each may use the facts of the ones before)
_AFTER_VERBS = (first_of_kind, family_members, act_parties, names_within, model_parties, components, count_wholes,
                facility_parts, place_possessives, event_places, hosted_by, managed_by, progress, built_by,
                provided_for, enjoyed, where_things_are, later_context, built_in_area, offices, affiliations, stationed,
                ordinal_parts)


class _Draft:
    def __init__(self, ex: Extractor, article_id: str, text: str, known: KnownEntities, year: int | None) -> None:
        self.ex, self.rules, self.terms = ex, ex.rules, ex.rules.terms
        self.ancestors = self.terms.known_ancestors     # filled as classes are asked of (is_a)
        self._agent_class: dict[str, bool] = {}
        self._openers: dict[int, tuple[_Entity | None, int]] | None = None     # see _clause_subject
        self.article_id, self.known, self.year = article_id, known, year
        self.source: SourceText = simplify(text)
        self.s = self.source.simple
        self.tokens = tokenize(self.s)
        self.ctx = make_context(ex.recognizer, self.source, self.tokens)
        self.sentences = sentences(self.s)
        self.sentence_starts = [start for start, _ in self.sentences]
        self.ids = IdMaker(known.ids)
        self.facts: list[dict[str, Any]] = []
        self.fact_keys: set[tuple] = set()
        self.fact_spans: dict[int, tuple[int, int]] = {}    # where each fact's quote was read (id of its dict)
        self.mute: set[tuple[str, int]] = set()     # (subject, verb) pairs a trigger declined: no work phrase either
        self.counted_recipients: list[tuple[int, int, dict[str, Any]]] = []
        self.conferrers: list[tuple[_Entity, tuple[int, int]]] = []    # each conferrer read, with its quote's span
        self.conferral_of: dict[tuple[str, str, str, Any], _Entity] = {}    # by recipient, award, status, edition
        self._quote_ends: dict[str, list[int]] = {}     # where each quote's occurrences end (``_occurrence``)

    # ------------------------------------------------------------------ helpers
    def quote(self, start: int, end: int) -> str:
        return self.source.quote(start, end).strip()

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.s)

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at ``start`` up to ``end`` (excluded), in the mentions' order."""
        lo = bisect_left(self.mention_starts, start)
        return self.mentions[lo:bisect_left(self.mention_starts, end, lo=lo)]

    def is_a(self, entity: _Entity, wanted: str) -> bool:
        classes = entity.classes
        if len(classes) == 1:        # most entities have one class: its ancestors, memoised by the ontology's terms
            return wanted in (self.ancestors.get(classes[0]) or self.terms.ancestors(classes[0]))
        return self.terms.is_a(classes, wanted)

    def is_agent(self, entity: _Entity, *, opening: bool = False) -> bool:
        """A body, an area or a person acts; so does a facility ``opening`` a clause (珲春市新时代文明实践中心携手…);
        not the paper printing the story, named by its byline (本报讯)."""
        if opening and self.is_a(entity, "Facility"):
            return True
        if entity.mentions[0].rule == OWN_OUTLET:
            return False
        classes = entity.classes
        if len(classes) == 1:        # most entities have one class: whether it acts, memoised per class
            acts = self._agent_class.get(classes[0])
            if acts is None:
                acts = self._agent_class[classes[0]] = self.terms.is_any(classes[0], AGENT_CLASSES) \
                    and not self.terms.is_a(classes[0], "Country")
            return acts
        return self.terms.is_any(classes, AGENT_CLASSES) and not self.is_a(entity, "Country")

    def add_fact(self, s: _Entity | None, p: str, o: _Entity | str | None, quote_span: tuple[int, int], rule: str,
                 confidence: float, value: Any = None, datatype: str | None = None) -> None:
        if s is None or (o is None and value is None) or (isinstance(o, _Entity) and o is s):
            return
        target = o.id if isinstance(o, _Entity) else o
        key = (s.id, p, target, value)
        if key in self.fact_keys:
            return
        quote = self.quote(*quote_span)
        if not quote or "\n" in quote:
            return
        self.fact_keys.add(key)
        fact: dict[str, Any] = {"s": s.id, "p": p}
        if target is not None:
            fact["o"] = target
        else:
            fact["value"] = value
            if datatype:
                fact["datatype"] = datatype
        fact["quote"] = quote
        occurrence = self._occurrence(quote, quote_span[0])
        if occurrence > 1:
            fact["occurrence"] = occurrence
        fact["confidence"] = round(confidence, 2)
        fact["method"] = rule
        self.facts.append(fact)
        self.fact_spans[id(fact)] = quote_span

    def drop_fact(self, fact: dict[str, Any]) -> None:
        """Take back a fact a rule added (a later rule says it better)."""
        self.facts.remove(fact)
        self.fact_keys.discard((fact["s"], fact["p"], fact.get("o"), fact.get("value")))

    def planned(self, pos: int, *, sections: bool = True) -> bool:
        """Whether what is said at ``pos`` is planned: a plan marker before it in its sentence (将, 下一步 …, not
        就将), or (``sections``) a plan heading above it."""
        relations = self.rules["relations"]
        sent_start, _ = self.sentence_of(pos)
        if plan_marked(self.s[sent_start:pos], relations["plan_markers"], relations["plan_not"]):
            return True
        return sections and any(a <= pos < b for a, b in self.plan_sections)

    def _occurrence(self, quote: str, start: int) -> int:
        """Which occurrence of ``quote`` in the original text the one at ``start`` is (1 for the first), counted as
        ``str.count`` counts before it: occurrences that do not overlap, found from the start."""
        if not quote:
            return 1
        first, _ = self.source.span(start, start)
        ends = self._quote_ends.get(quote)
        if ends is None:
            text, ends, at = self.source.original, [], self.source.original.find(quote)
            while at >= 0:
                ends.append(at + len(quote))
                at = text.find(quote, at + len(quote))
            self._quote_ends[quote] = ends
        return bisect_right(ends, first) + 1

    # ------------------------------------------------------------------ steps
    def _found(self) -> list[Mention]:
        """Every reading of every recognizer, before awards and people's affiliations are read."""
        rec = self.ex.recognizer
        gaz = rec.gazetteer(self.ctx)
        places = rec.suffix_places(self.ctx, gaz)
        events = rec.events(self.ctx)
        after_cut_places(self.s, events, gaz + places)
        found = gaz + places + rec.organizations(self.ctx, gaz + places) + events
        found += rec.people_mentions(self.ctx)
        return found + rec.groups(self.ctx) + rec.terms(self.ctx) + rec.quoted_names(self.ctx) + \
            rec.documents(self.ctx)

    def _index_mentions(self) -> None:
        """The final mentions by where they lie (a long article is read in time that grows with its length)."""
        self.mention_starts = [m.start for m in self.mentions]
        self.spans = SpanIndex(self.mentions)
        self.event_mentions = [m for m in self.mentions if m.family == "event"]
        self.role_mentions = [m for m in self.mentions if m.extra.get("role_start") is not None]
        self.role_spans = SpanIndex(self.role_mentions)
        self.event_spans = SpanIndex(self.event_mentions)
        awards = [m for m in self.mentions if m.family == "award"]
        self.award_spans = SpanIndex(awards) if awards else None

    def build(self) -> dict[str, Any]:
        rec = self.ex.recognizer
        found = self._with_people(self._found())
        awards, conferrals = rec.awards(self.ctx, found)
        listed, listed_conferrals = line_rosters(rec, self.ctx, found, awards)
        honours, honour_conferrals = honour_lines(rec, self.ctx)     # (their lines are honours, nothing else)
        listed, conferrals = listed + honours, conferrals + listed_conferrals + honour_conferrals
        awards, found = _off_lines(awards, honours), _off_lines(found, honours)
        found = without_overrun(_outside_awards(found, awards, self.rules["people"]["families"]["id"]), listed) \
            + awards + listed
        self.found = found
        self.mentions = drop_place_stems(resolve(found, tuple(self.rules["organizations"]["holder_bodies"])),
                                         self.terms.is_a)
        trim_place_chains(self.s, self.mentions, self.rules["organizations"]["chain_prefix"]["min_places"])
        short = abbreviations(self.s, self.mentions, self.rules["names"]["abbreviation"])
        short += head_references(self.s, [m for m in self.mentions if m not in short],
                                 self.rules["names"]["head_reference"], self.ctx.starts, self.terms.is_a)
        self.mentions = drop_readings(self.mentions, short) + short
        self.mentions += repeated_people(self.ctx, self.mentions, self.rules["people"]["repeated"])
        self.mentions += rec.shared_heads(self.ctx, self.mentions)
        kept = {id(m) for m in self.mentions}
        self.work, new = self.ex.phrases.read(self.s, self.mentions, self.ctx.starts, self.ctx.tokens)
        read = _outside_phrases(self.mentions, new) + new
        read += rec.list_mates(self.s, read)
        self.mentions = sorted(read + self._event_references(read), key=lambda m: (m.start, -m.length, m.rule))
        self._index_mentions()
        self.entities = self._entities()
        self.entity_of = {id(m): e for e in self.entities.values() for m in e.mentions}
        actor = self.actor = self._main_actor()
        if actor is not None and self.is_a(actor, "Subdistrict") and not self.is_a(actor, "GovernmentBody"):
            actor.classes.append("GovernmentBody")     # the report's subdistrict is also its office
        merge_speaker(self)
        same_events(self)
        actor_area(self, self._area_at_start(actor) if actor is not None else None)
        merge_speaker_area(self, self.area_of(len(self.s)) if actor is not None else None)
        self._structure()
        place_context(self)
        self._conferrals([c for c in conferrals if id(c["award"]) in kept])
        self._recommended_by()
        self._verbs()
        for step in _AFTER_VERBS:
            step(self)
        self._brands_teams_themes()
        orphan_work(self)
        people_at_work(self)
        self._report_title()
        observations = self._observations()
        self._counted_conferrals()
        self._awards_counted()
        self._award_counts()
        self._commended_counted()
        self._sole_conferrer()
        self._commendation_about()
        coordinated(self)
        counted_in_area(self)
        event_years(self)
        started_years(self)
        self._agree_kinds()
        return self._document(observations)

    def _event_references(self, mentions: list[Mention]) -> list[Mention]:
        """此次活动, 仪式上: the words that name an event of ``mentions`` again (recognize.event_references)."""
        return event_references(self.s, mentions, self.rules["events"]["event_references"], self.ctx.starts,
                                self.terms.is_a)

    def _agree_kinds(self) -> None:
        """Make each fact agree with the kinds of its ends. A property's rdfs:domain and rdfs:range give its subject
        and object a class; when the entity's class excludes it (cs:KindShape: “好爸爸” drafted an Initiative, then
        read as an honour someone received), the fact drafted with more confidence than the entity gives the entity
        its class, and any fact the entity's class still excludes is dropped. A linked entity keeps its class."""
        terms = self.terms
        if not terms.kinds:
            return
        by_id = self.entities_by_id()

        def clashes(fact: dict[str, Any]) -> list[tuple[_Entity, str]]:
            found = []
            for end in ("s", "o"):
                ent = by_id.get(fact.get(end, ""))
                if ent is not None and (cls := terms.clash(fact["p"], end, ent.classes)) is not None:
                    found.append((ent, cls))
            return found

        retyped: set[str] = set()
        for fact in sorted(self.facts, key=lambda f: -f["confidence"]):
            for ent, cls in clashes(fact):
                if not ent.known and ent.id not in retyped and fact["confidence"] > ent.confidence:
                    ent.classes = [c for c in ent.classes if not terms.excludes(c, cls)] + [cls]
                    retyped.add(ent.id)
        for fact in [f for f in self.facts if clashes(f)]:
            self.drop_fact(fact)

    def _with_people(self, found: list[Mention]) -> list[Mention]:
        """``found`` with the groups named by a modifier, the people printed after a body or a village (the names
        they cut split there) and the people only the tagger names; a group word right before a person's name is
        that person's role, no group."""
        rec = self.ex.recognizer
        found += rec.modified_groups(self.ctx, found)
        people = rec.affiliated_people(self.ctx, found)
        found = rec.split_at_people(self.s, found, people) + people
        found += rec.tagged_people(self.ctx, found)
        found += rec.names_after_names(self.ctx, found)
        return rec.without_roles(found)

    def _subjectless(self, pos: int) -> _Entity | None:
        """收获了居民的广泛赞誉,并于2022年度荣获X: a sentence that names no one before the trigger is about the agent
        that opens its paragraph; an item of a numbered list (3.入选…: a mark of ``line_roster.list_marks``) is about
        the article's main actor (``awards.subjectless``)."""
        sent_start, _ = self.sentence_of(pos)
        head, awards = self.s[self._clause_start(pos, sent_start):pos], self.rules["awards"]
        item = re.match(r"\s*(?:" + awards["line_roster"]["list_marks"] + ")", head)     # 3., (一), 二、 or none
        if not re.fullmatch(awards["subjectless"], head[item.end():]):
            return None
        if item.end() > 0 and self.actor is not None and not self.is_a(self.actor, "Person"):
            return self.actor       # 3.入选省智慧养老院试点县区: an item of a report's list of honours is its body's
        line = self.s.rfind("\n", 0, pos) + 1
        first = _CLAUSE_BREAK.search(self.s, line, pos)     # 林奕軒,女,…。曾獲X: the person whose profile it is
        named = self._clause_subject(first.start())[0] if first is not None else None
        opener = named if named is not None and self.is_a(named, "Person") else self._clause_subject(line)[0]
        if opener is None or not self.is_agent(opener) or not any(m.end <= sent_start for m in opener.mentions):
            return None         # no one named before the sentence (黑龙江省 inside the honour's name is no recipient)
        return opener

    def _recipient_back(self, at: int) -> tuple[_Entity | None, list[Mention]]:
        """Who received an award whose trigger at ``at`` names no recipient, and the others listed with it: the
        agent named before it in its sentence; else what a demonstrative or a pronoun opening its clause, or else its
        sentence, names back to (该村先后获得X; 他們在金門投入…,榮獲X: with a plural pronoun, the people listed with
        the last one named, ``context.pronoun.plural``); else the agent its paragraph opens with."""
        if (actor := self._actor_before(at)) is not None:
            return actor, self._listed_before_closer(actor, at)
        sent_start = self.sentence_of(at)[0]
        for start in dict.fromkeys((self._clause_start(at, sent_start), sent_start)):
            back = self._pronoun_mention(start, at)
            if back is not None:
                plural = self._clause_head(start, at).startswith(tuple(self.rules["context"]["pronoun"]["plural"]))
                return self.entity_of[id(back)], self._joined_before(back) if plural else []
        return self._subjectless(at), []

    def _listed_before_closer(self, actor: _Entity, at: int) -> list[Mention]:
        """春江社区、禹王宫社区、康乐社区等荣获X: the names listed before the actor's mention when a word that closes a
        list (``awards.listed_closers``), and only the trigger's adverbs, stand between it and the trigger at ``at``."""
        m = max((x for x in actor.mentions if x.end <= at), key=lambda x: x.end, default=None)
        if m is None:
            return []
        rest = self.s[m.end:at]
        closer = next((w for w in self.rules["awards"]["listed_closers"] if rest.startswith(w)), None)
        if closer is None or self.ex.recognizer.recipient_end(self.s, at) != m.end + len(closer):
            return []
        return self._joined_before(m)

    def _opens_address(self, pos: int, end: int) -> bool:
        """Whether a place or a body the draft holds opens the words from ``pos`` to ``end`` (an item's address)."""
        return any(x.end <= end and (e := self.entity_of.get(id(x))) is not None
                   and self.terms.is_any(e.classes, ("Place", "Organization")) for x in self.starting_in(pos, pos + 1))

    def _counted_conferrals(self) -> None:
        """郭家堡村等10个村镇将继续保留X: the counted group (read with the counts) received X, and so did each name
        listed before the count, with no conferral of its own (``awards.counted_recipient``)."""
        for at, end, c in self.counted_recipients:
            group = next((e for e in self.entities.values() for m in e.mentions if m.end == end and at <= m.start
                          and not self.is_a(e, "Indicator")), None)
            a, trig = c["award"], c["trigger"]
            parts = counted_parts(self, None, at)
            told = c["trigger_start"] + len(c.get("trigger_word", ""))    # where the trigger's word ends
            if group is not None:       # paired with the i-th honour (awards.paired): named by the count alone
                listed = (at, end) if c.get("recipient_end") is not None else None
                span = (at, a.end) if at < a.start else (a.start, told)     # …名单,我区2个社区入选: the award first
                self._conferral(group, self.entity_of[id(a)], span, c, listed=listed)
            elif not c.get("referred") and \
                    (actor := self._actor_before(c.get("recipient_from", c["trigger_start"]))) is not None and \
                    (not parts or any(actor is part for part in parts)) and \
                    not (self.is_a(actor, "Place") and self.s[at:end].endswith(("人", "名", "位"))):
                # (not a name inside a listed one; 我市4人获X: people of the city, not the city, received it)
                self._conferral(actor, self.entity_of[id(a)], (c["trigger_start"], a.end), c)   # 11个集体被命名为
            for part in parts:      # …的朱涛等9人被评为X: each name listed received X
                first = next((m for m in part.mentions if m.end <= at), part.mentions[0])
                self.add_fact(part, trig["predicate"], self.entity_of[id(a)], (first.start, a.end), trig["id"],
                              trig["confidence"])
            for m, part in self._named_after(max(a.end, told)):    # …称号,分别是A、B和C: so did each name listed
                self.add_fact(part, trig["predicate"], self.entity_of[id(a)], (c["trigger_start"], m.end), trig["id"],
                              trig["confidence"])

    def _named_after(self, pos: int) -> list[tuple[Mention, _Entity]]:
        """3个社区荣获X称号,分别是A、B和C: the names listed in the clause after the award ending at ``pos``
        (``awards.counted_recipient.named_after``); none unless every item of the list is a name the draft holds."""
        rule, s = self.rules["awards"]["counted_recipient"]["named_after"], self.s
        while (word := next((w for w in rule["skip"] if s.startswith(w, pos)), None)) is not None:
            pos += len(word)
        if s[pos:pos + 1] not in "，,":
            return []
        opener = next((w for w in rule["openers"] if s.startswith(w, pos + 1)), None)
        if opener is None:
            return []
        pos += 1 + len(opener) + (s[pos + 1 + len(opener):pos + 2 + len(opener)] in "：:")
        stop = min((i for ch in rule["ends"] if (i := s.find(ch, pos)) >= 0), default=len(s))
        names: list[tuple[Mention, _Entity]] = []
        address = self.rules["awards"]["item_address"]      # (绿园区青年路街道银融社区居民委员会: over its address)
        while pos < stop:
            item = min((m for m in self.starting_in(pos, min(stop, pos + address["max_chars"] + 1))
                        if id(m) in self.entity_of and m.end <= stop
                        and (m.end == stop or any(s.startswith(j, m.end) for j in rule["joins"]))
                        and (m.start == pos or self._opens_address(pos, m.start))
                        and not any(ch in address["stops"] + "、" for ch in s[pos:m.start])),
                       key=lambda m: (m.end, m.start), default=None)
            if item is None or self.is_a(self.entity_of[id(item)], "Indicator"):
                return []
            names.append((item, self.entity_of[id(item)]))
            pos = item.end + len(next((j for j in rule["joins"] if s.startswith(j, item.end)), ""))
        return names

    def _awards_counted(self) -> None:
        """績效組甲等獎共10個社區: an award or a rank opening its clause, then the count of what received it
        (``awards.counted_after_award``): the group counted received the award, in a conferral of its own."""
        rule, counted = self.rules["awards"]["counted_after_award"], self.rules["indicators"]["counted_things"]["id"]
        for group in [e for e in self.entities.values() if e.rule == counted]:
            at = group.mentions[0].start
            if not self.terms.is_any(group.classes, tuple(rule["recipients"])):
                continue
            end = at - len(next((w for w in rule["joins"] if self.s.endswith(w, 0, at)), ""))
            start = strip_leading(self.s, self._clause_start(end, 0, rule["clause_ends"]), end, rule["strip"])
            head = self.s[start:end]
            if not (rule["min_length"] <= len(head) <= rule["max_length"] and head.endswith(tuple(rule["endings"]))
                    and not head.endswith(tuple(rule["not_endings"])) and unbroken(head)):
                continue
            award = next((self.entity_of[id(m)] for m in self.starting_in(start, start + 1) if m.end == end
                          and id(m) in self.entity_of), None)
            if award is None:
                award = self._add_entity(normal_label(head), self.quote(start, end), "Award", (start, end),
                                         rule["id"], rule["confidence"], "award")
            elif not self.terms.is_any(award.classes, ("Award", "Honour")):
                continue
            trig = rule_trigger(self.rules["awards"], rule["status"], rule)
            c = {"trigger": trig, "award": award.mentions[0], "trigger_start": end, "edition": None}
            self._conferral(group, award, (start, group.mentions[0].end), c)

    def _award_counts(self) -> None:
        """今年表揚金質獎63人、銀質獎60人: after a verb of commending or rating, awards glued to the counts of their
        holders; each count is a group that received its award (``awards.award_counts``)."""
        rule = self.rules["awards"]["award_counts"]
        item, trig = re.compile(rule["item"]), rule_trigger(self.rules["awards"], "civic:conferred", rule)
        marks = self.rules["awards"]["roster"]["marks"]     # 其中优秀党员10人: a word of praise opens the title
        for lead in _alternation(rule["leads"]).finditer(self.s):
            pos = lead.end()
            while pos < len(self.s) and self.s[pos] in rule["gaps"]:
                pos += 1
            while (m := item.match(self.s, pos)) is not None:
                name = m.group("award").strip("“”「」")
                if not m.group("award").startswith(("“", "「")) and not name.endswith(tuple(rule["endings"])) \
                        and not name.startswith(tuple(marks)):
                    break
                self._award_count(m, name, rule, trig)
                pos = m.end()
                while pos < len(self.s) and self.s[pos] in "、，, ":
                    pos += 1
                join = next((j for j in rule["joins"] if self.s.startswith(j, pos)), "")
                if pos == m.end() and not join:
                    break
                pos += len(join)

    def _award_count(self, m: re.Match[str], name: str, rule: dict[str, Any], trig: dict[str, Any]) -> None:
        """The group counted in ``m`` (``_award_counts``) received the award named before its count."""
        start, end = m.span("award")
        if m.group("award").startswith(("“", "「")):
            start, end = start + 1, end - 1
        award = next((self.entity_of[id(x)] for x in self.starting_in(start, start + 1) if x.end == end
                      and id(x) in self.entity_of), None)
        if award is not None and not self.terms.is_any(award.classes, ("Award", "Honour")):
            return
        if award is None:
            award = self._add_entity(normal_label(name), self.quote(start, end),
                                     award_class(name, self.rules["awards"]), (start, end), rule["id"],
                                     rule["confidence"], "award")
        unit = m.group("count")[-1]
        cls = "PersonGroup" if unit in rule["people_units"] else "Organization"
        key = normal_label(m.group("count"))
        if key in self.entities:        # “建设家园好模范”12名,…“志愿服务好心人”12名: two groups, each its own
            key = f"{key}@{m.start('count')}"
        group = self._add_entity(key, self.quote(*m.span("count")), cls, m.span("count"), rule["id"],
                                 rule["confidence"], "group")
        c = {"trigger": trig, "award": award.mentions[0], "trigger_start": m.start("count"), "edition": None}
        self._conferral(group, award, (m.start("award"), m.end("count")), c)

    def _commended_counted(self) -> None:
        """表揚48名特優里長及15位績優民政人員, 对31名优秀楼栋长…进行表扬, 10个先进集体、20名先进个人受到表彰: groups
        printed as a count and a title of praise after a verb of commending (or between 对 and one, or before a
        passive one) each received the title, in a conferral of its own (``awards.commended_counted``)."""
        rule = self.rules["awards"]["commended_counted"]
        verbs = _alternation(rule["verbs"] + rule["openers"])
        trig = rule_trigger(self.rules["awards"], rule["status"], rule)
        for verb in verbs.finditer(self.s):
            said = self._commending_word(verb, rule)
            if said is not None:
                opener = verb.group(0) in rule["openers"]
                after = verb.end() + (self.s[verb.end():verb.end() + 1] in " \u3000")     # 頒獎表揚 17位績優志工
                items = self._commended_items(self._past_area(after, rule), rule)
                self._commend(items, verb.start(), said, trig, None if opener else verb.start())
        for closer in _alternation(rule["passive"]).finditer(self.s):
            clause = self._clause_start(closer.start(), 0, _CLAUSE_MARKS)
            items = self._commended_items(strip_leading(self.s, clause, closer.start(), rule["passive_strip"]), rule)
            if items and items[-1].end == closer.start():     # the groups counted are what the verb is said of
                self._commend(items, closer.start(), self.quote(closer.end() - 2, closer.end()), trig, None)

    def _commended_items(self, pos: int, rule: dict[str, Any]) -> list[_Commended]:
        """The counted groups listed from ``pos``: (count, title start, end, whether the title opens with a quoted
        award: 「金質獎」志工, the names listed before the count: 东湖街道等10个先进集体)."""
        item, out = re.compile(rule["item"]), []
        while True:
            count, examples = self._count_at(pos, item, rule)
            if count is None or not (read := self._praise_title(count, rule)):
                break
            (title_start, end), quoted = read
            out.append(_Commended(count, title_start, end, quoted, examples))
            join = next((w for w in rule["joins"] if self.s.startswith(w, end)), None)
            if join is None:
                break
            pos = end + len(join)
        return out

    def _past_area(self, pos: int, rule: dict[str, Any]) -> int:
        """表揚苗栗縣共五個績優…: where the count starts after the area whose groups are counted and a word of total
        (``count_leads``) printed between the verb and the count; ``pos`` when none stands there."""
        area = max((m.end for m in self.starting_in(pos, pos + 1) if (e := self.entity_of.get(id(m))) is not None
                    and self.is_a(e, "Place") and not self.is_a(e, "Facility")), default=pos)
        at = area + len(next((w for w in rule["count_leads"] if self.s.startswith(w, area)), ""))
        return at if at > pos and re.compile(rule["item"]).match(self.s, at) else pos

    def _count_at(self, pos: int, item: re.Pattern[str], rule: dict[str, Any]) -> tuple[re.Match[str] | None,
                                                                                       list[Mention]]:
        """The count that opens the item at ``pos`` and the names listed before it: at ``pos`` itself with none, or
        after the names listed from ``pos`` up to a 等 (东湖街道、西湖街道等10个先进集体), in their order, when they
        fill the words from ``pos`` (``awards.commended_counted.examples``)."""
        lead = rule["examples"]
        at = self.s.find(lead["word"], pos, pos + lead["max_chars"])
        count = item.match(self.s, at + len(lead["word"])) if at > pos else None
        last = self.recipient_ends.get(at) if count is not None else None
        if last is None or any(ch in lead["stops"] for ch in self.s[pos:at]):
            return item.match(self.s, pos), []
        names = [*reversed(self._joined_before(last)), last]
        if self._item_start(names[0], self.rules["awards"]["recipient_joins"]) > pos:
            return item.match(self.s, pos), []
        return count, names

    def _commend(self, items: list[_Commended], at: int, said: str,
                 trig: dict[str, Any], first: int | None) -> None:
        """Each commended group received its title; the first quoted from ``first`` (the verb) when given."""
        rule = self.rules["awards"]["commended_counted"]
        for n, (count, title_start, end, quoted, examples) in enumerate(items):
            group = self._commended_group(count, end, rule)
            # (第二届包河区道德模范: the edition is the conferral's, as a trigger's reading has it)
            edition, named_start = self.ex.recognizer._award_edition(self.s, title_start, {})
            honour = self._commended_honour(named_start if named_start < end - 1 else title_start, end, quoted)
            if group is None or honour is None:
                continue
            start = first if n == 0 and first is not None else count.start()
            c = {"trigger": trig, "award": honour.mentions[0], "trigger_start": at, "edition": edition,
                 "edition_span": (title_start, end)}
            named = None if start == first and not examples else said + self.quote(count.start(), end)
            self._conferral(group, honour, (start, end), c, named=named)
            for m in examples:          # 东湖街道等10个先进集体: the body named received the title too
                if (ent := self.entity_of.get(id(m))) is not None:
                    self.add_fact(ent, trig["predicate"], honour, (m.start, end), rule["id"], rule["confidence"])
            for m, part in self._named_after(end) if n == len(items) - 1 else []:     # …，包含A、B及C
                self.add_fact(part, trig["predicate"], honour, (count.start(), m.end), rule["id"], rule["confidence"])

    def _commending_word(self, verb: re.Match[str], rule: dict[str, Any]) -> str | None:
        """The word of commending a commended group is named with: the verb as printed, or, after 对, the one of
        `closers` that ends its clause (对31名优秀楼栋长…进行表扬: 表扬); None when no closer follows 对."""
        if verb.group(0) not in rule["openers"]:
            return self.quote(*verb.span())
        end = verb.end()
        while end < len(self.s) and self.s[end] not in "。；;！？!?\n":
            end += 1
        closer = _alternation(rule["closers"]).search(self.s, verb.end(), end)
        return None if closer is None else self.quote(closer.end() - 2, closer.end())

    def _praise_title(self, count: re.Match[str], rule: dict[str, Any]) -> tuple[tuple[int, int], bool] | None:
        """The title of praise after a count (its span, and whether it holds a quoted award), or None."""
        s, end = self.s, count.end()
        stops = tuple(rule["joins"] + rule["closers"] + rule["passive"])
        while end < len(s) and s[end] not in rule["title_ends"] and not s.startswith(stops, end):
            end += 1
        start = max(count.end(), s.rfind("的", count.end(), end) + 1)
        quote = _QUOTED_AWARD.search(s, start, end)
        start = quote.start() if quote is not None else start    # 滿10年時數達2000小時「金質獎」志工: from the award
        end = before_word(s, end, self.rules["awards"]["counted_title"]["holders"])    # 道德模范提名奖获得者: 提名奖
        title, roster, awards = s[start:end], self.rules["awards"]["roster"], self.rules["awards"]
        quoted = quote is not None
        # (…or a word of praise inside a title that ends as an honour does: 二十一個長青食堂績優單位)
        praised = any(w in title for w in roster["marks"]) and title.endswith(tuple(awards["honour_endings"]))
        if not rule["min_title"] <= len(title) <= rule["max_title"] or \
                not (quoted or praised or title.startswith(tuple(roster["marks"] + roster["ranks"]))):
            return None
        return (start, end), quoted

    def _commended_group(self, count: re.Match[str], end: int, rule: dict[str, Any]) -> _Entity | None:
        """The group a commendation counts (48名特優里長): the entity named so, else a new one of the class its last
        words say (``indicators.counted_things``), a group of people when counted as people are; else None."""
        start = count.start()
        named = next((e for e in self.entities.values() if not self.is_a(e, "Indicator") and any(
            m.end == end and (m.start == start or (m.start == count.end() and self.is_a(e, "PersonGroup")))
            for m in e.mentions)), None)        # (not 先进集体 or 先进基层党组织 read as a body: titles, not groups)
        if named is not None:       # 15位績優民政人員, the group the counts read (indicators.counted_things)
            return named
        things = self.rules["indicators"]["counted_things"]
        words = self.s[count.end():end]
        cls = next((c["class"] for c in things["classes"] if words.endswith(tuple(c["endings"]))), None)
        cls = cls or ("PersonGroup" if count.group(2) in rule["people_measures"] else None)
        key = normal_label(self.quote(start, end))
        if cls is None or key in self.entities:
            return None if cls is None else self.entities[key]
        return self._add_entity(key, self.quote(start, end), cls, (start, end), rule["id"], rule["confidence"],
                                "count")

    def _commended_honour(self, start: int, end: int, quoted: bool) -> _Entity | None:
        """The honour a commended group received: the quoted award that opens its title (「金質獎」志工), else the
        title."""
        if quoted:      # (the title starts at the quotation: _praise_title)
            end = self.s.index("”" if self.s[start] == "“" else "」", start) + 1
        named = next((e for m in self.starting_in(start, start + 1) if m.end == end
                      and (e := self.entity_of.get(id(m))) is not None
                      and self.terms.is_any(e.classes, ("Award", "Honour"))), None)
        if named is not None:
            return named
        key = normal_label(self.quote(start, end))
        if key in self.entities and self.terms.is_any(self.entities[key].classes, ("Award", "Honour")):
            return self.entities[key]
        if key in self.entities:        # 績優民政人員, 优秀志愿者: the group's words, read as the group counted
            key = f"{key}@{start}"
        rule = self.rules["awards"]["commended_counted"]
        cls = award_class(self.s[start:end].strip("“”「」"), self.rules["awards"])
        return self._add_entity(key, self.quote(start, end), cls, (start, end), rule["id"], rule["confidence"],
                                "award")

    def _entities(self) -> dict[str, _Entity]:
        entities: dict[str, _Entity] = {}
        for m in self.mentions:
            key = normal_label(m.label or m.key)
            if m.extra.get("areas"):
                key = m.extra["areas"][0].name      # 济南 and 济南市 are one city
            ent = entities.get(key)
            if ent is None:
                label = self.quote(m.start, m.end) if not m.label else self.source.quote(
                    m.start + (1 if self.s[m.start] in "《" else 0), m.end - (1 if self.s[m.end - 1] == "》" else 0))
                if m.family == "award" and self.s[m.start] == "“" and self.s[m.end - 1] == "”":
                    label = self.quote(m.start + 1, m.end - 1)      # (not “文明在社区”大记录活动最佳组织奖)
                if m.extra.get("head"):         # 空巢、留守、独居老人: 空巢 and the head they share, 老人
                    label = self.quote(m.start, m.end) + self.quote(*m.extra["head"])
                entities[key] = _Entity(key, list(m.classes), [m], m.rule, m.confidence, label)
            else:
                ent.mentions.append(m)
                printed = self.quote(m.start, m.end)
                first_short = ent.mentions[0].extra.get("abbreviation") and not m.extra.get("abbreviation")
                if ((m.extra.get("full") and not ent.mentions[0].extra.get("full")) or first_short) \
                        and printed != ent.label:
                    ent.aliases.append(ent.label)
                    ent.label, ent.rule, ent.confidence = printed, m.rule, m.confidence
                    ent.mentions.insert(0, ent.mentions.pop())
                elif printed != ent.label and printed not in ent.aliases and (
                        m.extra.get("areas") or m.extra.get("abbreviation")):
                    ent.aliases.append(printed)
        self._merge_short_names(entities)
        self._merge_short_courts(entities)
        self._merge_short_hotlines(entities)
        self._merge_short_festivals(entities)
        self._merge_term_aliases(entities)
        self._merge_offices(entities)
        self._merge_whole_areas(entities)
        self._merge_demonstrative_events(entities)
        for ent in sorted(entities.values(), key=lambda e: e.mentions[0].start):
            match = self._link(ent)
            if match and not any(self.terms.is_a(ent.classes, c) or self.terms.is_a(list(match.classes), e)
                                 for c in match.classes for e in ent.classes):
                match = None        # “红管家”志愿服务队 (a team) is not the indicator 志愿服务队 of another article
            if match:
                ent.id, ent.known = match.id, True
            else:
                ent.id = self.ids.make(ent.label)
        return entities

    def _link(self, ent: _Entity) -> Any:
        """The entity another article declared that ``ent`` is, by its label or an alias (names.yaml ``linking``):
        none through a word for the article's own area (全县), nor through a short form inside the name (社會局 of
        新北市社會局: a body of another city), and an event only when its name marks one particular event."""
        rule, relative = self.rules["names"]["linking"], self.ex.relative_labels
        label = normal_label(ent.label)
        event = scanning(rule["particular_event"])
        particular = event.search(ent.label) or event.search(label)
        if label in relative or (self.is_a(ent, "Event") and not particular):
            return None
        return self.known.lookup(ent.label) or next(
            (k for a in ent.aliases if normal_label(a) not in label and normal_label(a) not in relative
             and (k := self.known.lookup(a))), None)

    def _merge_short_names(self, entities: dict[str, _Entity]) -> None:
        """区民政局 after 历城区民政局 is the same body; so is a body printed by its field's short form
        (绵阳市科学技术协会 … 市科协), after its full name or, by a short form only, before it
        (``organizations.short_forms``)."""
        ordered = [e for e in sorted(entities.values(), key=lambda e: e.mentions[0].start)
                   if self.is_a(e, "Organization")]        # a body's short name is a body's, of the same classes
        forms = self.rules["organizations"]["short_forms"]
        variants = {id(e): self._short_forms(e.key, forms) for e in ordered}   # 绵阳市科学技术协会 → 绵阳市科协
        for short in ordered:
            stripped = re.sub(r"^(省|市|区|县|镇|街道)", "", short.key)
            level = short.key[: len(short.key) - len(stripped)]
            for full in ordered:
                if full is short or full.key not in entities or len(full.key) <= len(short.key):
                    continue
                keys = [k for k in variants[id(full)] if k.endswith(stripped) and len(k) >= len(short.key)]
                printed_first = full.mentions[0].start > short.mentions[0].start
                if printed_first:   # 徐州市市场监管局 in a title before 徐州市市场监督管理局: by a short form only
                    keys = [k for k in keys if k != full.key]
                if full.classes == short.classes and any(not level or k[: -len(stripped)].endswith(level)
                                                         for k in keys):
                    full.mentions.extend(short.mentions)
                    if printed_first:
                        full.mentions.sort(key=lambda m: m.start)
                    full.aliases.append(short.label)
                    del entities[short.key]
                    break

    @staticmethod
    def _short_forms(key: str, forms: dict[str, list[str]]) -> list[str]:
        """The name, and the name with the long words of its field replaced by each of their short forms
        (organizations.yaml ``short_forms``: 绵阳市科学技术协会 → 绵阳市科协; 卫生健康委员会 → 卫健委, 卫生健康委)."""
        return [key] + [key.replace(long, short) for long, shorts in forms.items() if long in key for short in shorts]

    @staticmethod
    def _fold(entities: dict[str, _Entity], key: str, into: _Entity) -> None:
        """The entity at ``key`` is ``into`` printed another way: its mentions (in text order) and its label go to
        ``into``, and it leaves ``entities``."""
        other = entities.pop(key)
        into.mentions = sorted(into.mentions + other.mentions, key=lambda m: m.start)
        alias = other.label.strip("「」“”『』\"")       # (社會福利署(下稱「社署」): the short name is 社署)
        if alias not in into.aliases and alias != into.label:
            into.aliases.append(alias)

    def _merge_short_courts(self, entities: dict[str, _Entity]) -> None:
        """兰陵法院 is 兰陵县人民法院 the article names too (``organizations.short_courts``), printed first or not."""
        rule = self.rules["organizations"]["short_courts"]
        fulls = [e for e in entities.values() if e.key.endswith(tuple(rule["kinds"]))]
        if not fulls:
            return
        pattern = re.compile(f"(?:{'|'.join(rule['levels'])})人民({'|'.join(rule['kinds'])})$")
        for full in sorted(fulls, key=lambda e: e.key):
            short = entities.get(pattern.sub(r"\1", full.key))
            if short is None or short is full or short.classes != full.classes:
                continue
            self._fold(entities, short.key, full)

    def _merge_short_festivals(self, entities: dict[str, _Entity]) -> None:
        """牡丹文化节 (本届牡丹文化节由…主办) is the 第42届中国洛阳牡丹文化节 the article names too (events.yaml
        ``short_festivals``): a festival's name without its place or edition, the tail of the one longer festival's
        name of the same classes, printed first or not."""
        rule = self.rules["events"]["short_festivals"]
        endings = tuple(rule["endings"])
        festivals = [e for e in entities.values() if e.key.endswith(endings)]
        if len(festivals) < 2:
            return
        for short in sorted(festivals, key=lambda e: len(e.key)):
            ending = next(x for x in endings if short.key.endswith(x))
            if len(short.key) - len(ending) < rule["min_base"] or short.key not in entities:
                continue
            fulls = [e for e in festivals if e is not short and e.key in entities and e.key.endswith(short.key)
                     and len(e.key) > len(short.key) and e.classes == short.classes]
            if len(fulls) != 1:
                continue
            full = fulls[0]
            self._fold(entities, short.key, full)

    def _merge_short_hotlines(self, entities: dict[str, _Entity]) -> None:
        """12345热线 is the 12345政务服务便民热线 the article names too (``names.short_hotline``), printed first or not:
        the one full line of that number."""
        pattern = self.ex.short_hotline
        for short in [e for e in entities.values() if pattern.match(e.key)]:
            number = pattern.match(short.key).group(1)
            fulls = [e for e in entities.values() if e is not short and e.key.startswith(number)
                     and e.key.endswith("热线") and e.classes == short.classes]
            if len(fulls) != 1:
                continue
            full = fulls[0]
            self._fold(entities, short.key, full)
    def _merge_term_aliases(self, entities: dict[str, _Entity]) -> None:
        """长护险 is the 长期护理保险 the article names too (``names.term_aliases``), printed first or not."""
        for short_key, full_key in self.rules["names"]["term_aliases"].items():
            short, full = entities.get(short_key), entities.get(full_key)
            if short is None or full is None or short is full or short.classes != full.classes:
                continue
            self._fold(entities, short_key, full)

    def _merge_offices(self, entities: dict[str, _Entity]) -> None:
        """浆洗街街道办事处 is 浆洗街街道 the article names too: a subdistrict and its office are one body
        (``organizations.place_offices``)."""
        for office_word in self.rules["organizations"]["place_offices"]:
            for key in [k for k in entities if k.endswith(office_word) and len(k) > len(office_word) + 2]:
                office, place = entities[key], entities.get(key[: -len(office_word)])
                if place is None or place is office or not self.is_a(place, "Subdistrict") \
                        or not self.is_a(office, "GovernmentBody"):
                    continue
                self._fold(entities, key, place)
                if "GovernmentBody" not in place.classes:
                    place.classes.append("GovernmentBody")

    def _merge_demonstrative_events(self, entities: dict[str, _Entity]) -> None:
        """整个演练 is the 应急演练活动 the article names before it (``events.demonstrative_events``): a demonstrative
        and words of the first event printed before whose name holds them, the story's own."""
        rule = self.rules["events"]["demonstrative_events"]
        words = tuple(rule["words"])
        for key, ent in sorted(entities.items(), key=lambda kv: kv[1].mentions[0].start):
            first = ent.mentions[0].start
            opener = next((w for w in words if key.startswith(w)), None)
            if opener is not None:
                rest = key[len(opener):]
            elif all(self.s.endswith(words, 0, m.start) for m in ent.mentions):
                rest = key      # 为了顺利开展这次演练活动: the word printed before each mention, read without it
            else:
                continue
            if len(rest) < 2 or not any(self.is_a(ent, c) for c in rule["classes"]):
                continue
            before = [e for e in entities.values() if e is not ent and self.is_a(e, "Event") and rest in e.key
                      and len(e.key) > len(rest) and e.mentions[0].start < first]
            if before:
                self._fold(entities, key, min(before, key=lambda e: e.mentions[0].start))

    def _merge_whole_areas(self, entities: dict[str, _Entity]) -> None:
        """全市 is the city the article names, when it names one city and no other (``context.whole-area-named``)."""
        rule = self.rules["context"]["whole_area_named"]
        for key, ent in list(entities.items()):
            wanted = rule["levels"].get(ent.mentions[0].rule)
            if wanted is None:
                continue
            endings = rule.get("by_ending", {}).get(ent.mentions[0].rule, {})
            named = [e for e in entities.values() if e is not ent and any(m.extra.get("full") for m in e.mentions)
                     and (any(self.is_a(e, c) for c in wanted)
                          or any(self.is_a(e, c) and e.label.endswith(w) for c, w in endings.items()))]
            if len(named) == 1:
                named[0].mentions.extend(ent.mentions)
                named[0].aliases.append(ent.label)
                del entities[key]

    def _main_actor(self) -> _Entity | None:
        """The body the article reports on: named in the title (its last agent), else opening the first
        sentence, else the agent named most often."""
        return self._actor_in_opening() or self._most_frequent_actor()

    def _actor_in_opening(self) -> _Entity | None:
        top = self._after_page_chrome()
        first_end = self.s.find("\n", top)
        first_end = len(self.s) if first_end < 0 else first_end
        title = first_end - top <= 40 and "。" not in self.s[top:first_end]
        ends = [first_end] if title else [e for _s, e in self.sentences if e > top][:2]
        agents: list[Mention] = []      # (a text of marks alone has no sentence to read)
        outlets = [(m.start, m.end) for m in self.mentions if m.rule in MEDIA_RULES]
        for end in ends:        # a first sentence that names no one (退役军人在哪里,服务触角就延伸到哪里。): the next
            agents = [m for m in self.mentions if top <= m.start and m.end <= end
                      and self.entity_of.get(id(m)) is not None
                      and self.is_agent(self.entity_of[id(m)]) and not self.is_a(self.entity_of[id(m)], "Person")
                      and m.rule.split(".")[1] not in ("fixed", "term")    # not a kind of body (爱心单位)
                      and m.rule not in MEDIA_RULES    # not the dateline's outlet, nor its city (邵阳新闻网)
                      and not any(a <= m.start and m.end <= b for a, b in outlets)
                      and not self.guiding_re.match(self.s, m.end)]   # nor who guides (在…工作部的指导下)
            if agents:
                break
        if not agents:
            return None
        if title:
            last = max(agents, key=lambda m: (m.end, -m.length))
            subject = next((m for m in sorted(agents, key=lambda m: m.start) if m.end < last.start
                            and self._verb_follows(m.end, last.start)
                            and not re.search(r"[\s|｜:：,，!！?？]", self.s[m.end:last.start])), None)
            best = self.entity_of[id(subject or last)]     # 台江苍霞街道新成立5支垃圾分类服务队: the subject
            if self.is_a(best, "Place"):    # 黑龙江齐齐哈尔:… names the area; 齐齐哈尔市…奋斗社区 opens the story
                first = [m for m in self.mentions if first_end < m.start and self.entity_of.get(id(m)) is not None]
                chain = self._opening_chain(first[0], first) if first else []
                if len(chain) > 1 and best in chain[:-1] and self.is_agent(chain[-1]):
                    return chain[-1]
            return best
        return self._opening_chain(min(agents, key=lambda m: (m.start, -m.length)), agents)[-1]

    def _after_page_chrome(self) -> int:
        """Where the story's first line starts: after the blank lines and the lines of a saved page's navigation
        (``context.page_chrome``) that open the text, if any; else 0."""
        rule = self.rules["context"]["page_chrome"]
        chrome, pos, seen = re.compile(rule["pattern"]), 0, 0
        while seen <= rule["max_lines"] and (end := self.s.find("\n", pos)) >= 0:
            line = self.s[pos:end]
            if line.strip() and chrome.search(line) is None:
                return pos if seen else 0
            seen += bool(line.strip())
            pos = end + 1
        return 0

    def _verb_follows(self, pos: int, stop: int) -> bool:
        """A verb of the segmenter starts at ``pos``, or after one word of one character that says how (新成立), and
        ends before ``stop``."""
        i = self.ctx.owner[pos]
        i += self.tokens[i].start < pos         # the first word that starts at ``pos`` or after it
        toks = [t for t in self.tokens[i:i + 2] if t.end <= stop]
        if toks and toks[0].start == pos and toks[0].flag in ("d", "ad", "a") and len(toks[0].word) == 1 \
                and len(toks) > 1:
            toks = toks[1:]
        return bool(toks) and toks[0].flag == "v" and len(toks[0].word) > 1 and toks[0].start <= pos + 1

    def _opening_chain(self, cur: Mention, mentions: list[Mention]) -> list[_Entity]:
        """The entities of the names printed one right after another from ``cur`` on (山东省济南市历城区…)."""
        chain = [self.entity_of[id(cur)]]
        while (cur := next((m for m in mentions if m.start == cur.end), None)) is not None:
            chain.append(self.entity_of[id(cur)])
        return chain

    def _most_frequent_actor(self) -> _Entity | None:
        counts: Counter[str] = Counter()
        nested = inside_others((m.start, m.end) for m in self.mentions)
        for ent in self.entities.values():
            if not self.is_agent(ent) or self.is_a(ent, "Person") or ent.mentions[0].rule in MEDIA_RULES \
                    or ent.mentions[0].family == "term":
                continue
            for m in ent.mentions:
                inside = (m.start, m.end) in nested
                counts[ent.key] += 0 if inside else (3 if self.is_a(ent, "Organization") else 2)
        if not counts:
            return None
        best = max(sorted(counts), key=lambda k: (counts[k], -self.entities[k].mentions[0].start))
        return self.entities[best]

    def _structure(self) -> None:
        nested = {n["id"].rsplit(".", 1)[1]: n for n in self.rules["relations"]["nested"]}
        for m in self.mentions:
            ent = self.entity_of.get(id(m))
            branch = self._inner_place(m) if ent is not None and self.is_a(ent, "Organization") else None
            if m.parent is not None:
                parent = self.entity_of.get(id(m.parent))
                if parent and ent:
                    rule = nested["part-of"]
                    self.add_fact(ent, rule["predicate"], parent, (m.parent.start, m.end), rule["id"],
                                  rule["confidence"])
            for inner in self.starting_in(m.start, m.start + 1):     # the names that open this one
                if inner is m or (inner.end >= m.end and inner is not m.extra.get("opens")):
                    continue        # (三保社区 opens 三保社区志愿服务队, printed as 三保社区、…河下社区志愿服务队)
                outer_ent, inner_ent = ent, self.entity_of.get(id(inner))
                if not outer_ent or not inner_ent:
                    continue
                span = (m.start, m.end)
                if self._held_facility(inner_ent, outer_ent):
                    rule = nested["managed"]        # 那曲市发达客运有限公司退休基地: the body manages the facility,
                    if not outer_ent.label.endswith(tuple(rule["units"])):
                        self.add_fact(inner_ent, rule["predicate"], outer_ent, span, rule["id"], rule["confidence"])
                        continue
                    rule = nested["sub-organization"]   # …有限公司退役军人服务站, …院士专家工作站: a unit of it
                elif self.is_a(inner_ent, "Place") and self.is_a(outer_ent, "Place"):
                    # a facility lies in the place its name starts with (第一社区惠民食堂); an area is part of it
                    rule = nested["located-in" if self.is_a(outer_ent, "Facility") else "part-of"]
                elif self.is_a(inner_ent, "Place") and self.is_a(outer_ent, "Organization"):
                    if branch is not None or self._led_group(m, nested["governs"]["groups"]):
                        continue        # 山西省公路局晋中分局 is where its name ends; 青岛市民政局党组 leads its bureau
                    if self._ruling(m, outer_ent, nested["governs"]) and self.is_a(inner_ent, "AdministrativeArea"):
                        rule = nested["governs"]        # 济南市民政局 governs 济南市 (and so lies in it: said once)
                        self.add_fact(outer_ent, rule["predicate"], inner_ent, span, rule["id"], rule["confidence"])
                        continue
                    rule = nested["located-in"]
                elif self.is_a(inner_ent, "Organization") and self.is_a(outer_ent, "Organization"):
                    rule = nested["sub-organization"]
                elif self.is_a(inner_ent, "Place") and not any(self.is_a(outer_ent, c)
                                                               for c in nested["located-in"]["not_things"]):
                    rule = nested["located-in"]
                else:
                    continue
                self.add_fact(outer_ent, rule["predicate"], inner_ent, span, rule["id"], rule["confidence"])
            self._branch_place(m, ent, branch, nested)
            self._ceremony_of(m, ent, nested["ceremony"])
        self._ceremony_acts(nested["ceremony-act"])

    def _held_facility(self, inner: _Entity, outer: _Entity) -> bool:
        """A facility (no body itself) whose name opens with a firm's, a school's or an institution's (HOLDER_CLASSES:
        四川长虹电子控股集团有限公司院士专家工作站, 西南科技大学国防科技科普馆) belongs to that body."""
        return (self.is_a(outer, "Facility") and not self.is_a(outer, "Organization")
                and any(self.is_a(inner, c) for c in HOLDER_CLASSES) and not self.is_a(inner, "AdministrativeArea"))

    def _ceremony_acts(self, rule: dict[str, Any]) -> None:
        """5支志愿服务队获得授旗: an act named by its word alone is a part of the first ceremony named before it (of the
        first the article names, when a title names the act first)."""
        events = sorted((e for e in self.entities.values() if self.is_a(e, "Event")),
                        key=lambda e: e.mentions[0].start)
        ceremonies = [e for e in events if e.rule not in rule["acts"] and e.label.endswith(tuple(rule["ceremonies"]))]
        for act in (e for e in events if e.rule in rule["acts"]):
            m = act.mentions[0]
            whole = next((e for e in ceremonies if e.mentions[0].start < m.start), None)
            if whole is not None or ceremonies:
                whole = whole or ceremonies[0]
                self.add_fact(act, rule["predicate"], whole, (m.start, m.end), rule["id"], rule["confidence"])

    def _ceremony_of(self, m: Mention, ent: _Entity | None, rule: dict[str, Any]) -> None:
        """…系列活动启动仪式 is part of …系列活动: an event whose name ends with a ceremony's word right after another
        event's name (``tails``) is a part of that event."""
        if ent is None or not self.is_a(ent, "Event"):
            return
        tail = next((t for t in rule["tails"] if self.s.endswith(t, m.start, m.end)), None)
        inner = next((x for x in self.starting_in(m.start, m.end) if tail and x.end == m.end - len(tail)
                      and (e := self.entity_of.get(id(x))) is not None and e is not ent and self.is_a(e, "Event")),
                     None)
        if inner is not None:
            self.add_fact(ent, rule["predicate"], self.entity_of[id(inner)], (inner.start, m.end), rule["id"],
                          rule["confidence"])

    def _led_group(self, m: Mention, groups: list[str]) -> bool:
        """青岛市民政局党组: a group of ``groups`` named after the body it leads, whose place is that body's."""
        return self.s.endswith(tuple(groups), m.start, m.end) and self._opening_body(m) is not None

    def _ruling(self, m: Mention, ent: _Entity, governs: dict[str, Any]) -> bool:
        """A government body, a party organisation or a residents' own committee (城北社区居委会) rules an area; a
        court, a procuratorate or a police station (``not_ruling``: 余姚市人民法院) lies in it."""
        if self.lies_in_area(self.s[m.start:m.end]):
            return False
        return self.is_a(ent, "GovernmentBody") or self.is_a(ent, "PartyOrganization") or \
            self.s.endswith(tuple(governs["self_governing"]), m.start, m.end)

    def lies_in_area(self, name: str) -> bool:
        """A court, a procuratorate or a police station (relations.yaml ``nested.governs.not_ruling``: 余姚市人民法院)
        lies in its area and governs none; so does a team sent to help another area (``sent_to_help``: 天河区对口帮扶
        黔南州工作组 lies in 天河区)."""
        return name.endswith(self.ex.not_ruling) or any(w in name for w in self.ex.sent_to_help)

    def _opening_body(self, m: Mention) -> Mention | None:
        """The longest organisation whose name opens organisation ``m``'s (山西省公路局 in 山西省公路局晋中分局)."""
        bodies = [o for o in self.starting_in(m.start, m.start + 1) if o is not m and o.end < m.end
                  and (e := self.entity_of.get(id(o))) is not None and self.is_a(e, "Organization")]
        return max(bodies, key=lambda o: o.end) if bodies else None

    def _inner_place(self, m: Mention) -> Mention | None:
        """The last place named inside organisation ``m`` after the names that open it (国网山西省电力公司: 山西省)."""
        after = max((o.end for o in self.starting_in(m.start, m.start + 1) if o is not m and o.end < m.end),
                    default=m.start + 1)
        places = [p for p in self.starting_in(after, m.end) if p.end < m.end and (e := self.entity_of.get(id(p)))
                  and self.is_a(e, "Place") and not self.is_a(e, "Facility")]
        return max(places, key=lambda p: (p.end, p.length)) if places else None

    def _branch_place(self, m: Mention, ent: _Entity | None, place: Mention | None,
                      nested: dict[str, dict[str, Any]]) -> None:
        """An organisation whose name names a place after its opening words lies in the last such place (``place``,
        from :meth:`_inner_place`); a ruling body only when it is a branch of the body its name opens with."""
        if ent is None or place is None or (self._ruling(m, ent, nested["governs"]) and not self._opening_body(m)):
            return
        rule = nested["located-in"]
        if (p := self.entity_of.get(id(place))) is not None and p is not ent:
            self.add_fact(ent, rule["predicate"], p, (m.start, m.end), rule["id"], rule["confidence"])

    def _conferrals(self, conferrals: list[dict[str, Any]]) -> None:
        for c in self._paired(conferrals):
            award = self.entity_of.get(id(c["award"]))
            recipient = self.entity_of.get(id(c["recipient"])) if c["recipient"] is not None else None
            if award is None:
                continue
            a, paired = c["award"], c.get("recipient_end") is not None
            if recipient is None and c.get("given_at") is not None and not paired and \
                    (count := self._count_before(c["trigger_start"])) is not None:
                self.counted_recipients.append((count.start(1), c["trigger_start"], c))    # 为A、B等5个社区颁发X
                continue
            if c.get("of_actor") and self.actor is not None and not self.is_a(self.actor, "Person"):
                recipient = self.actor      # 荣誉称号 / 2012年6月全国“创先争优先进基层组织”: the subject's honours
            if recipient is None and (c.get("given_at") is not None or c.get("recipient_after")):
                continue        # 为…颁发: the recipient is named before the trigger; 授予: after it; or none is
            at = c.get("recipient_from", c["trigger_start"])     # 被民政部评为: the recipient stands before 被
            if recipient is not None and not paired and self.is_a(recipient, "PersonGroup") and \
                    not c.get("recipient_after") and (count := self._count_before(c["recipient"].end)) is not None \
                    and count.end(1) == c["recipient"].start:      # A、B等13名先进职工获X: the count opens the group
                self.counted_recipients.append((count.start(1), c["recipient"].end, c))
                continue
            if recipient is None:
                end = c["recipient_end"] if paired else self.ex.recognizer.recipient_end(self.s, at)
                count = self._count_before(end)
                if count is None and not paired and (right := self._count_before(at)) is not None \
                        and right.end() == at and right.group(1):
                    count, end = right, at      # 我市4人获X: the four, not the city
                if count is not None:       # 等10个村镇将继续保留: what the count counts, once the counts are read
                    self.counted_recipients.append((count.start(1), end, c))
                    continue
                recipient, named = (None, []) if paired else self._recipient_back(at)
            if recipient is None:
                continue
            if c.get("line") is not None:      # a roster printed line by line: quoted from the holder's line
                held = c["recipient"]       # (none: the subject's honour a line names, 荣誉称号 / …)
                self._conferral(recipient, award, c["line"], c, listed=(held.start, held.end) if held else None,
                                named=None if held else f"{recipient.label}{award.label}")
                continue
            start = c["recipient"].start if c["recipient"] is not None else c["trigger_start"]
            if start > a.start:     # 卓越獎由福成社區獲得: the award first, then the recipient and the trigger
                span = (c["trigger_start"], c["recipient"].end) if c.get("recipient_after") else \
                    (a.start, c["trigger_start"] + len(c.get("trigger_word", "")))     # 荣获X称号的兴华街道
                listed = None
                if c.get("recipient_after"):
                    for other in self._listed_with(c, a.end):     # 頒發X給A、B
                        self._conferral(self.entity_of[id(other)], award, (c["trigger_start"], other.end), c)
                elif others := self._listed_with(c, c["trigger_start"]):   # …名单,我区A、B入选: each name listed
                    for other in others:                                    # before the recipient entered it too
                        self._conferral(self.entity_of[id(other)], award, (a.start, span[1]), c,
                                        listed=(other.start, other.end))
                    listed = (c["recipient"].start, c["recipient"].end)
                self._conferral(recipient, award, span, c, listed=listed)
                continue
            others = self._listed_with(c, c["trigger_start"]) if c["recipient"] is not None else named
            for other in others:
                self._conferral(self.entity_of[id(other)], award, (other.start, a.end), c,    # A、B和C获评X
                                listed=(other.start, other.end))
            listed = (c["recipient"].start, c["recipient"].end) if paired else None
            self._conferral(recipient, award, (start, a.end), c, listed=listed)

    def _listed_with(self, c: dict[str, Any], after: int) -> list[Mention]:
        """The names listed before a conferral's recipient that received the award with it (A、B和C获评X: A, B); for
        a recipient named after the trigger, those after ``after`` only (市委、市政府决定授予王建国、李秀英…:
        王建国, not 市委 or 市政府)."""
        if "others" in c or c["recipient"] is None:      # (the readings another name overlapped are gone)
            return [o for o in c.get("others", []) if id(o) in self.entity_of]
        others = self._joined_before(c["recipient"])
        return list(takewhile(lambda o: o.start >= after, others)) if c.get("recipient_after") else others

    def _paired(self, conferrals: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A等10个村镇,B等12家单位,C将继续保留W、X、Y的荣誉称号 / A、B、C分别荣获X、Y、Z: as many recipients as
        honours listed by one trigger, in order: the i-th conferral gets the i-th recipient (``awards.paired``), its
        end in ``recipient_end`` (a count ends there when no name does) and no other recipient listed with it."""
        rule, list_id = self.rules["awards"]["paired"], self.rules["awards"]["list"]["id"]
        out: list[dict[str, Any]] = []
        for _, group in groupby(conferrals, key=lambda c: c["trigger_start"]):
            cs = list(group)
            ends = self._paired_ends(cs[0].get("recipient_from", cs[0]["trigger_start"]), len(cs)) \
                if len(cs) > 1 and all(c["award"].rule == list_id for c in cs) else None
            if ends is None:
                out.extend(cs)
                continue
            ends, respectively = ends
            for c, end in zip(cs, ends, strict=True):
                c = {**c, "recipient": self.recipient_ends.get(end), "recipient_end": end,
                     "trigger": {**c["trigger"], "id": rule["id"]}}
                out.append({**c, "others": []} if respectively else c)     # 平遥中学、灵石县第二小学: both
        return out

    def _paired_ends(self, trigger_start: int, n: int) -> tuple[list[int], bool] | None:
        """Where each of ``n`` recipients paired with ``n`` honours ends (``awards.paired``), and whether they are the
        names of one list (A、B、C分别荣获…); else None."""
        rule = self.rules["awards"]["paired"]
        end = self.ex.recognizer.recipient_end(self.s, trigger_start)
        last = self.recipient_ends.get(end)
        if any(w in self.s[end:trigger_start] for w in rule["respectively"]):
            names = [last, *self._joined_before(last)] if last is not None else []
            if len(names) == n:
                return [m.end for m in reversed(names)], True
            return self._counted_pairs(end, n)
        sent_start, _ = self.sentence_of(trigger_start)
        commas = [i for i in range(sent_start, end) if self.s[i] in rule["clause_ends"]]
        if len(commas) < n - 1:
            return None
        ends = [*commas[len(commas) - n + 1:], end]
        if not all(self._names_recipient(e) for e in ends) or \
                (len(commas) >= n and self._names_recipient(commas[len(commas) - n])):
            return None
        return ends, False

    def _counted_pairs(self, end: int, n: int) -> tuple[list[int], bool] | None:
        """金红、刘建红等10人和王佳庆、杨姝莫等10名同学分别被授予A和B: lists of names, each closed by its count,
        joined by one of ``paired.joins`` in the clause before 分别: where each ends (the names of each list receive
        its honour), when there are ``n`` and each ends with a count; else None."""
        rule = self.rules["awards"]["paired"]
        sent_start, _ = self.sentence_of(end)
        start = max([sent_start] + [m.end() for m in _CLAUSE_END.finditer(self.s, sent_start, end)])
        joins = [m.start() for m in re.finditer("|".join(map(re.escape, rule["joins"])), self.s[start:end])]
        ends = [start + j for j in joins[len(joins) - n + 1:]] + [end] if len(joins) >= n - 1 else []
        if len(ends) != n or not all(self._count_before(e) is not None and self._count_before(e).end() == e
                                     for e in ends):
            return None
        return ends, False

    def _names_recipient(self, end: int) -> bool:
        """A name that may receive an award, or a count of them (等10个村镇), ends at ``end``."""
        return end in self.recipient_ends or self._count_before(end) is not None

    def _count_before(self, end: int) -> re.Match[str] | None:
        """A count of recipients ending at ``end`` (等10个村镇, 等9人: ``awards.counted_recipient``)."""
        rule = self.rules["awards"]["counted_recipient"]
        return re.compile(rule["pattern"]).search(self.s, max(0, end - rule["reach"]), end)

    def _conferral(self, recipient: _Entity, award: _Entity, span: tuple[int, int], c: dict[str, Any],
                   listed: tuple[int, int] | None = None, named: str | None = None) -> None:
        """The recipient received the award; an AwardConferral entity (the quote from recipient to award) says so.
        For a recipient ``listed`` before others (A of A、B和C获评X) the conferral is printed as the recipient's
        name, and named by the recipient, the trigger and the award: the quote would run over the others.
        ``named``: the conferral's name when the quote does not say it whole (表揚… 15位績優民政人員)."""
        rel = self.rules["relations"]["conferral"]
        trig, a = c["trigger"], c["award"]
        if c.get("referred") and (recipient.id, trig["predicate"], award.id, None) in self.fact_keys:
            return      # 漁梁社區榮膺X,為…唯一獲此殊榮的先進集體: the conferral said once
        self.add_fact(recipient, trig["predicate"], award, span, trig["id"], trig["confidence"])
        word, name = c.get("trigger_word", ""), self.quote(*listed) if listed is not None else ""
        if word and self.s.startswith(word, c["trigger_start"]):     # 獲得, not 获得, in a traditional article
            word = self.source.quote(c["trigger_start"], c["trigger_start"] + len(word))
        label = self.quote(*span) if listed is None else f"{word}{name}{self.quote(a.start, a.end)}" \
            if c.get("recipient_after") else f"{name}{word}{self.quote(a.start, a.end)}"
        said = c["trigger_start"] + len(word)
        if listed is None and span[0] <= c["trigger_start"] and said < a.start and "、" in self.s[said:a.start]:
            label = self.quote(span[0], said) + self.quote(a.start, a.end)   # 先后获得A、B: B's, without A
        label = named or label
        where = listed or span
        key, pair = normal_label(label), (recipient.id, award.id, trig["status"], c["edition"])
        mention = Mention(where[0], where[1], key, ["AwardConferral"], rel["id"], rel["confidence"], "award")
        conferral = self.entities.get(key)
        if conferral is None and (conferral := self.conferral_of.get(pair)) is not None:
            conferral.mentions.append(mention)      # 春江社区等荣获“十佳社区” and the list of 十佳社区: one conferral
        elif conferral is None:
            conferral = _Entity(key, ["AwardConferral"], [mention], rel["id"], rel["confidence"], label)
            conferral.id = self.ids.make(f"{recipient.label}{award.label}")
            self.entities[key] = conferral
        self.conferral_of.setdefault(pair, conferral)
        self.add_fact(conferral, rel["recipient"], recipient, span, rel["id"], rel["confidence"])
        self.add_fact(conferral, rel["award"], award, span, rel["id"], rel["confidence"])
        self.add_fact(conferral, rel["status"], trig["status"], span, rel["id"], rel["confidence"])
        if c["edition"]:
            span = c.get("edition_span") or (c["trigger_start"] + len("获评"), a.end)
            self.add_fact(conferral, rel["edition"], None, span, rel["id"], rel["confidence"], value=c["edition"],
                          datatype="integer")
        by = self.rules["awards"]["conferred_by"]
        for giver, start in self._conferrers(c):
            if trig["status"] == self.rules["awards"]["recommended_by"]["status"]:     # 被民政局推荐为
                rec = self.rules["awards"]["recommended_by"]
                self.add_fact(recipient, rec["predicate"], giver, (start, a.end), rec["id"], rec["confidence"])
                continue
            self.add_fact(conferral, by["predicate"], giver, (start, a.end), by["id"], by["confidence"])
            self.conferrers.append((giver, (start, a.end)))

    def _conferrers(self, c: dict[str, Any]) -> list[tuple[_Entity, int]]:
        """Who conferred ``c``, each with where its quote starts: the people and bodies that open the clause of a
        presented award (仇杨均、陈亮为…颁发荣誉奖牌), or the body after 经 (经中央文明委复查确认,
        ``awards.conferred_by``)."""
        by, at = self.rules["awards"]["conferred_by"], c["trigger_start"]
        if c.get("agent") is not None and (agent := self.entity_of.get(id(c["agent"]))) is not None:
            return self._joined_agents(c["agent"], agent)      # 被民政部评为, 中共中央授予
        if (named := self._named_conferrer(c["award"])) is not None:
            return [named]      # 榮獲內政部特優: the body whose name opens the award's
        if c.get("given_at") is not None:
            start = self._clause_start(c["given_at"], 0, _CLAUSE_MARKS)
            givers = [(e, m.start) for m in self.starting_in(start, c["given_at"] + 1) if m.end <= c["given_at"]
                      and (e := self.entity_of.get(id(m))) is not None and self.is_agent(e)
                      and not any(o is not m and o.end <= c["given_at"] and self.entity_of.get(id(o)) is not None
                                  for o in self.spans.holding(m.start, m.end))]
            people = [g for g in givers if self.is_a(g[0], "Person")]
            return people or givers     # …慈善总会副会长谷朝霞: the body is the presenter's, she presents
        sent_start, _ = self.sentence_of(at)
        for lead in re.finditer(re.escape(by["lead"]), self.s[sent_start:at]):
            pos = sent_start + lead.end()
            bodies = self._agents_from(pos)     # 经区委宣传部、区文明办研究: each body listed
            if bodies and self.s.startswith(tuple(by["after_body"]), bodies[-1][1].end):
                return [(e, pos - len(by["lead"]) if i == 0 else m.start) for i, (e, m) in enumerate(bodies)]
        found: list[list[tuple[_Entity, int]]] = []
        para_start = self.s.rfind("\n", 0, at) + 1     # (a decision announced in the sentence before, 新华网…电
        for m in self.starting_in(para_start, at):     # 中央文明办…发布《…》。…李明素等53人荣获X: in the paragraph)
            e = self.entity_of.get(id(m))
            if e is None or m.end > at or not self.is_a(e, "Organization"):
                continue
            gap = strip_leading(self.s, m.end, at, by["commend_gap"])
            day = re.match(by["announce_day"], self.s[gap:at])      # 全国妇联18日联合发布《…》: over the day
            if self.s.startswith(tuple(by["announces"]), strip_leading(self.s, gap + (day.end() if day else 0), at,
                                                                       by["commend_gap"])):
                chain = self._joined_agents(m, e)      # 中央文明委发布决定; 区委宣传部、区文明办公布…名单
                if chain[0][1] in (para_start, sent_start) or self.s[chain[0][1] - 1] in by["announcer_after"]:
                    found.append(chain)
            elif m.start >= sent_start and self.s[m.start - 1:m.start] == "在" and \
                    self.s.startswith(tuple(by["organises"]), m.end):
                found.append([(e, m.start)])     # 在市妇联组织的评选中
        return found[-1] if found else self._commender(at)

    def _agents_from(self, pos: int) -> list[tuple[_Entity, Mention]]:
        """The agents listed from ``pos`` on (区委宣传部、区文明办), each the longest name at its start, parted by
        ``awards.agent.joins``; none when no agent starts at ``pos``."""
        joins, out = self.rules["awards"]["agent"]["joins"], []
        while (m := max(self.starting_in(pos, pos + 1), key=lambda m: m.length, default=None)) is not None and \
                (e := self.entity_of.get(id(m))) is not None and self.is_agent(e):
            out.append((e, m))
            join = next((j for j in joins if self.s.startswith(j, m.end)), None)
            if join is None:
                break
            pos = m.end + len(join)
        return out

    def _named_conferrer(self, award: Mention) -> tuple[_Entity, int] | None:
        """The body whose name opens an award's name (內政部特優, 「新竹縣社區發展工作評鑑績優公所」, 民政部…奖) and
        where it starts: it confers the award it names. A place opens none, unless the draft reads it as a body too
        (the 新竹縣 of an article its government speaks: 苏州市五一劳动奖章 names where, not who)."""
        start = award.start + (1 if self.s[award.start:award.start + 1] in ("“", "「") else 0)
        for m in self.starting_in(start, start + 1):
            e = self.entity_of.get(id(m))
            if e is not None and m.end < award.end and self.is_a(e, "Organization") and not self.is_a(e, "Person"):
                return e, m.start
        return None

    def _sole_conferrer(self) -> None:
        """When every conferrer the article names is one body (区文明委决定授予…), or the bodies of one sentence
        (区委、区政府决定，授予…), the conferrals printed after it that it names no conferrer for (the roster's lines
        below the decision) are theirs too, quoted from where each was read (``awards.conferred_by.sole``); a
        recommendation is no conferral."""
        rule = self.rules["awards"]["conferred_by"]
        givers = {giver.id: (giver, span) for giver, span in self.conferrers}
        given = {f["s"] for f in self.facts if f["p"] == rule["predicate"]}
        status = self.rules["relations"]["conferral"]["status"]
        conferred_ids = {f["s"] for f in self.facts if f["p"] == status and f.get("o") == "civic:conferred"} - given
        conferred = [e for e in self.entities.values() if e.id in conferred_ids]
        if len(givers) == 1 or len({self.sentence_of(span[0]) for _, span in givers.values()}) == 1:
            for giver, span in givers.values():     # (or the bodies of one joint decision: 区委、区政府决定，授予…)
                for conferral in [e for e in conferred if e.mentions[0].start >= span[1]]:   # (below the decision)
                    self.add_fact(conferral, rule["predicate"], giver, span, rule["sole"]["id"],
                                  rule["sole"]["confidence"])
        elif not givers and conferred:
            for giver, span in self._organisers():
                for conferral in conferred:
                    self.add_fact(conferral, rule["predicate"], giver, span, rule["organisers"]["id"],
                                  rule["organisers"]["confidence"])

    def _commendation_about(self) -> None:
        """The story's one event of commending (…表彰大会) is about each honour or award received after it in its
        paragraph (``awards.commendation_about``)."""
        rule = self.rules["awards"]["commendation_about"]
        events = [e for e in self.entities.values() if self.is_a(e, "Event") and any(w in e.key for w in rule["words"])]
        if len(events) != 1:
            return
        event = events[0]
        received = {f["o"] for f in self.facts if f["p"] == "received"}
        for honour in [e for e in self.entities.values() if e.id in received]:
            pairs = [(m.start, h.end) for h in sorted(honour.mentions, key=lambda h: h.start) for m in event.mentions
                     if m.end <= h.start and "\n" not in self.s[m.start:h.start]]
            if pairs:
                self.add_fact(event, rule["predicate"], honour, max(pairs, key=lambda p: (-p[1], p[0])), rule["id"],
                              rule["confidence"])

    def _organisers(self) -> list[tuple[_Entity, tuple[int, int]]]:
        """本次评选活动由市委宣传部、市文明办…联合主办, 区委宣传部、区文明办联合开展道德模范评选活动: the bodies a
        sentence says ran the article's rating, each with the span of the words that say so
        (``awards.conferred_by.organisers``)."""
        rule, out = self.rules["awards"]["conferred_by"]["organisers"], []
        for match in (m for pattern in rule["patterns"] for m in re.finditer(pattern, self.s)):
            for m in self.starting_in(match.start(1), match.end(1)):
                ent = self.entity_of.get(id(m))
                if ent is not None and m.end <= match.end(1) and self.is_a(ent, "Organization") \
                        and all(ent is not e for e, _ in out) and not any(
                            x.length > m.length and self.entity_of.get(id(x)) is not None
                            for x in self.spans.holding(m.start, m.end)):      # 市委 of 市委宣传部
                    span = match.span() if "\n" not in self.s[match.start() + 1:match.end() - 1] else (m.start, m.end)
                    out.append((ent, span))     # (a signature's line: the body's name alone)
        return out

    def _joined_agents(self, m: Mention, agent: _Entity) -> list[tuple[_Entity, int]]:
        """The agent of ``m`` and the agents listed right before it (被司法部、民政部命名为, 区委、区政府决定授予: both
        conferred it; ``awards.agent.joins``), each with where its mention starts."""
        found, joins = [(agent, m.start)], self.rules["awards"]["agent"]["joins"]
        while (join := next((j for j in joins if self.s.endswith(j, 0, m.start)), None)) is not None:
            before = max((x for x in self.spans.ending(m.start - len(join))
                          if (e := self.entity_of.get(id(x))) is not None and self.is_agent(e)),
                         key=lambda x: x.length, default=None)
            if before is None:
                break
            m = before
            found.insert(0, (self.entity_of[id(m)], m.start))
        return found

    def _commender(self, at: int) -> list[tuple[_Entity, int]]:
        """The body that commends in the paragraph before ``at`` (新北市政府今天表揚…), else the host of a
        commendation the paragraph names before it (…舉辦「…表揚活動」), with where its mention starts; else none."""
        by = self.rules["awards"]["conferred_by"]
        start = self.s.rfind("\n", 0, at) + 1     # (a quote holds one paragraph: the commender must be in it)
        if not any(self.s.find(w, start, at) >= 0 for w in by["commends"]):
            return []       # no word of commending in the paragraph before the conferral: no commender
        found = []
        for m in self.starting_in(start, at):
            e = self.entity_of.get(id(m))
            if e is None or m.end > at or not self.is_a(e, "Organization"):
                continue
            pos = strip_leading(self.s, m.end, at, by["commend_gap"])
            if self.s.startswith(tuple(by["commends"]), pos) or self.commend_clause.match(self.s, pos):
                found.append((e, m.start, m))
        for event in [] if found else self.starting_in(start, at):
            e = self.entity_of.get(id(event))
            if e is None or event.end > at or not self.is_a(e, "Event") \
                    or not any(w in e.key for w in by["commends"]):
                continue        # 桃園市民政局…舉辦「114年特優里長及績優民政人員表揚活動」: the host of the commendation
            host = self._actor_before(event.start, within=(self.sentence_of(event.start)[0], event.start),
                                      people=False)
            named = [m for m in host.mentions if start <= m.start < event.start] \
                if host is not None and self.is_a(host, "Organization") else []
            if named:       # its name in the paragraph (a caption above may name it first), with the bodies listed
                found.append((host, named[0].start, named[-1]))     # before it (市委宣传部、…、市妇联…开展了…活动)
        if found and found[-1][2] is not None:      # 区委、区政府对…进行表彰: the bodies listed with it commend too
            return self._joined_agents(found[-1][2], found[-1][0])
        return [(e, first) for e, first, _ in found[-1:]]

    @cached_property
    def went_to_re(self) -> re.Pattern[str]:
        """A verb of going and at most a few characters for the place right before a chain of places
        (赴定点帮扶村阳曲县…): ``context.went_to``."""
        return re.compile(self.rules["context"]["went_to"])

    @cached_property
    def guiding_re(self) -> re.Pattern[str]:
        """的统一部署 / 的指导下 after a body, over the bodies listed with it: ``context.guiding``."""
        return re.compile(self.rules["context"]["guiding"])

    @cached_property
    def commend_clause(self) -> re.Pattern[str]:
        """对…进行表彰 or 印发《关于表彰…的决定》 after a body: ``awards.conferred_by.commend_clause``."""
        return re.compile(self.rules["awards"]["conferred_by"]["commend_clause"])

    @cached_property
    def recipient_ends(self) -> dict[int, Mention]:
        """The longest name of an agent or a group of people ending at each position (who may receive an award)."""
        ends: dict[int, Mention] = {}
        for x in sorted(self.mentions, key=lambda x: x.length):
            ent = self.entity_of.get(id(x))
            if ent is not None and (self.is_agent(ent) or self.is_a(ent, "PersonGroup")):
                ends[x.end] = x
        return ends

    def _joined_before(self, m: Mention) -> list[Mention]:
        """The agents listed before ``m`` (A、B和C: A and B for C), nearest first; before a thing that is no agent,
        the things of its class (“A”和“B”项目获得二等奖: two projects)."""
        joins, out, ends = self.rules["awards"]["recipient_joins"], [], self.recipient_ends
        ent = self.entity_of.get(id(m))
        kind = ent.classes if ent is not None and ends.get(m.end) is not m else None
        pos = self._item_start(m, joins)
        while (join := next((j for j in joins if self.s.endswith(j, 0, pos)), None)) is not None:
            at = before_note(self.s, pos - len(join))     # 张明华(…居民)、李玉兰: over the note
            before = ends.get(at) if kind is None else max(
                (x for x in self.spans.ending(at) if (e := self.entity_of.get(id(x))) is not None
                 and set(e.classes) & set(kind)), key=lambda x: x.length, default=None)
            if before is None:
                break
            out.append(before)
            pos = self._item_start(before, joins)
        return out

    def _item_start(self, m: Mention, joins: list[str]) -> int:
        """Where the list item ending with ``m`` starts: the names printed right before it, or, when words no
        rule read stand between (华康村石康坡刘洪娥家庭, 旧陆斡村6组陆兰珍家庭), the join before an item that
        opens with a place or a body (``awards.item_address``)."""
        pos = self._chain_start(m)
        rule = self.rules["awards"]["item_address"]
        stretch = self.s[max(0, pos - rule["max_chars"]):pos]
        cut = max((stretch.rfind(j) + len(j) for j in joins if j in stretch), default=-1)
        if cut < 0 or any(ch in rule["stops"] for ch in stretch[cut:]):
            return pos
        start = pos - len(stretch) + cut
        opens = self._opens_address(start, pos)
        role = m.extra.get("role_start")        # 、中西村長郭宜媚: a place no rule read, then the holder's post
        held = role is not None and start <= role and role - start <= self.rules["awards"]["roster"]["post_place_max"]
        return start if opens or held else pos

    def _chain_start(self, m: Mention, *, bodies: bool = True) -> int:
        """Where the names printed right before ``m`` start (历城区洪家楼街道, 宾阳县露圩镇韦坡村覃丽娟家庭); with
        ``bodies`` false, over places alone (no body, no facility: 阳曲县西郭湫村)."""
        def chained(ent: _Entity) -> bool:
            if bodies:
                return self.is_a(ent, "Place") or self.is_a(ent, "Organization")
            return self.is_a(ent, "Place") and not self.is_a(ent, "Facility")

        pos = m.start
        while (before := next((x for x in self.spans.ending(pos) if x.start < pos
                               and (e := self.entity_of.get(id(x))) is not None and chained(e)), None)) is not None:
            pos = before.start
        return pos

    def _actor_before(self, pos: int, *, within: tuple[int, int] | None = None,
                      exclude: _Entity | None = None, people: bool = True, clause: bool = False) -> _Entity | None:
        """The agent named last before ``pos`` in ``within`` (else its sentence); with ``clause``, ``within`` starts a
        clause, and a facility opening it acts."""
        start, _ = within or self.sentence_of(pos)
        best = None
        for m in self.starting_in(start, pos + 1):
            if m.end <= pos:
                ent = self.entity_of.get(id(m))
                if ent is None or ent is exclude or \
                        not self.is_agent(ent, opening=clause and self._places_up_to(start, m.start)):
                    continue
                if not people and self.is_a(ent, "Person"):
                    continue
                if m.rule.startswith(BYLINE_RULES):
                    continue        # 本报讯(通讯员姚伟)为确保…: who reports the story, not who acts in it
                if self.s[max(0, m.start - 1):m.start] in ("在", "于", "为", "对", "向", "到", "赴") or \
                        self._gone_to(m, ent):
                    continue        # 到挂点社区开展…: where the work is done, not who does it
                if self.s[max(0, m.start - 1):m.start] == "被":
                    continue        # 更被中国民间文艺家协会授予X,…被广东省教育厅授予Y: the agent of a passive
                if self._listed_after_in(m, ent):
                    continue        # 在西南街社区、营门口社区等7个社区…设立: so are the places listed after it
                if self._held_in_a_name(m, ent):
                    continue        # 创成“江苏省双拥模范城”，并获评…; 攸县阳光助残服务中心运营，…被…评为
                if self._describes_people(m, ent):
                    continue        # 张明华,瑶海区明光路街道居民,获评…: where the person lives, not who acts
                if self.guiding_re.match(self.s, m.end):
                    continue        # 按照中央、省文明办的统一部署: who guides the work, not who does it
                if best is None or m.end > best[0].end or (m.end == best[0].end and m.length > best[0].length):
                    best = (m, ent)
        return best[1] if best else None

    def _gone_to(self, m: Mention, ent: _Entity) -> bool:
        """Whether place ``m`` ends a chain of places printed after a preposition of place (在阳曲县西郭湫村) or after a
        verb of going and a word or two for the place (赴定点帮扶村阳曲县西郭湫村开展…): the venue, no actor."""
        if not self.is_a(ent, "Place") or self.is_a(ent, "Facility"):
            return False
        pos = self._chain_start(m, bodies=False)
        return (pos < m.start and self.s.endswith(("在", "于", "到", "赴"), 0, pos)) or \
            bool(self.went_to_re.search(self.s, max(0, pos - 10), pos))

    def _places_up_to(self, start: int, end: int) -> bool:
        """Whether nothing but spaces and a chain of places' names (涡阳县西阳镇文化站举行…: 涡阳县) stands between
        ``start`` and ``end``: a name at ``end`` opens its clause."""
        pos = start + len(self.s[start:end]) - len(self.s[start:end].lstrip())
        if pos >= end:
            return True
        first = max((m for m in self.starting_in(pos, pos + 1) if m.end <= end
                     and (e := self.entity_of.get(id(m))) is not None and self.is_a(e, "Place")
                     and not self.is_a(e, "Facility")), key=lambda m: m.end, default=None)
        return first is not None and self.chain_end(first, self.entity_of[id(first)], end)[0].end == end

    def _describes_people(self, m: Mention, ent: _Entity) -> bool:
        """Whether place ``m`` says where a group of people named right after it (over the places that follow it:
        瑶海区明光路街道居民) lives or works."""
        if not self.is_a(ent, "Place"):
            return False
        end, ends = m.end, self._place_and_group_ends
        while end in ends and ends[end][0] > end:       # over the places printed after it
            end = ends[end][0]
        return end in ends and 0 < ends[end][1] <= end + 4

    @cached_property
    def _place_and_group_ends(self) -> dict[int, tuple[int, int]]:
        """For each position a mention starts at: where the longest place starting there ends (or the position)
        and where the shortest group of people starting there ends (or 0)."""
        out: dict[int, tuple[int, int]] = {}
        for x in self.mentions:
            e = self.entity_of.get(id(x))
            if e is None:
                continue
            place, group = out.get(x.start, (x.start, 0))
            if self.is_a(e, "Place"):
                place = max(place, x.end)
            if self.is_a(e, "PersonGroup"):
                group = min(group, x.end) if group else x.end
            out[x.start] = (place, group)
        return out

    def _listed_after_in(self, m: Mention, ent: _Entity) -> bool:
        """Whether place ``m`` is a later item of a list of places opened by 在, 于 or 到 (在A社区、B社区等…)."""
        if not self.is_a(ent, "Place"):
            return False
        pos = m.start
        while pos > 0 and self.s[pos - 1] in "、和及与":
            before = next((x for x in self.spans.ending(pos - 1) if (e := self.entity_of.get(id(x))) is not None
                           and self.is_a(e, "Place")), None)
            if before is None:
                return False
            pos = before.start
            if self.s[max(0, pos - 1):pos] in ("在", "于", "到"):
                return True
        return False

    def _held_in_a_name(self, m: Mention, ent: _Entity) -> bool:
        """Whether ``m`` is only part of a longer name and so acts in nothing: a place inside the name of a thing that
        does not act (an honour, a facility, an event: :meth:`_inside_a_thing`), anything else inside an honour's."""
        if self.is_a(ent, "AdministrativeArea"):
            return self._inside_a_thing(m)
        awards = self.award_spans
        return awards is not None and any(h.length > m.length for h in awards.holding(m.start, m.end))

    def _inside_a_thing(self, m: Mention) -> bool:
        """Whether a longer name holding ``m`` names a thing that does not act (a facility, a project, an event), no
        figure: the place inside it is part of that name, not a place that acts."""
        for h in self.spans.holding(m.start, m.end):
            ent = self.entity_of.get(id(h)) if h.length > m.length else None
            if ent is not None and not self.is_agent(ent) and not self.is_a(ent, "Indicator"):
                return True
        return False

    def _recommended_by(self) -> None:
        rule = self.rules["awards"]["recommended_by"]
        for match in re.finditer(re.escape(rule["pattern"]), self.s):
            recommender = self._actor_before(match.start())
            _, sent_end = self.sentence_of(match.start())
            after = [m for m in self.starting_in(match.end(), sent_end) if self.entity_of.get(id(m))
                     and self.is_a(self.entity_of[id(m)], "Person")]
            if recommender and after:
                target = min(after, key=lambda m: m.start)
                span_start = next((m.start for m in self.mentions if self.entity_of.get(id(m)) is recommender
                                   and m.end <= match.start()), match.start())
                self.add_fact(self.entity_of[id(target)], rule["predicate"], recommender, (span_start, target.end),
                              rule["id"], rule["confidence"])

    def _triggers(self) -> None:
        pattern, rule_of = self.ex.triggers
        plan = self.rules["relations"]["plan"]
        purpose = tuple(self.rules["relations"]["purpose_before"])
        for match in pattern.finditer(self.s):
            if self._inside_a_name(*match.span()) or self.s.endswith(purpose, 0, match.start()):
                continue            # 养老服务体系建设: a verb inside a name says nothing about what comes after it;
                # 为推进家庭文明建设: a purpose's verb, whose words are the goal
            sent_start, sent_end = self.sentence_of(match.start())
            for trig in rule_of[match.group(0)]:
                if trig.get("not_before") and self.s.startswith(tuple(trig["not_before"]), match.end()):
                    continue        # 在社区开办的老年食堂: the verb describes the thing, no doer named
                objects = self._trigger_objects(trig, match, sent_start, sent_end)
                if not objects:
                    continue
                subject = self._trigger_subject(match.start(), sent_start, sent_end, objects[0])
                serving = self._serving_subject(trig, match.start(), sent_start) if trig.get("subjects") else \
                    self._whole_before(trig, match.start(), sent_start) if trig.get("wholes") else None
                if trig.get("wholes") and serving is None:
                    continue
                subject_span_start = match.start()
                work = self._work_before(trig["work_subjects"], match.start(), sent_start) \
                    if serving is None and trig.get("work_subjects") and subject is not None \
                    and self._body_like(subject) else None
                if serving is not None:
                    subject, subject_span_start = serving
                elif subject is not None:
                    before = [m.start for m in subject.mentions if sent_start <= m.start < match.start()]
                    subject_span_start = max(before, default=match.start())
                else:
                    subject = self.actor
                if subject is not None and self.terms.is_any(subject.classes, tuple(trig.get("not_subjects", ()))) \
                        and not self.is_a(subject, "Organization"):
                    self.mute.add((subject.id, match.start()))     # nor does a work phrase at the same verb say so
                    continue        # (a subdistrict that is also its office acts)
                planned = self.planned(match.start(), sections=False)
                predicate, rid, conf = trig["predicate"], trig["id"], trig["confidence"]
                if planned and predicate in ("implements", "promotes", "built", "established", "drafted"):
                    predicate, rid, conf = plan["predicate"], plan["id"], plan["confidence"]
                for obj in objects:
                    target = self.entity_of.get(id(obj))
                    if trig.get("direction") == "before":
                        span = (obj.start, match.end())
                    else:
                        span = (subject_span_start if subject_span_start < match.start() else match.start(), obj.end)
                    self.add_fact(subject, predicate, target, span, rid, conf)
                    if work is not None:        # the work the body runs serves them too
                        self.add_fact(work[0], predicate, target, (work[1], obj.end), rid, conf)
                    self._in_place(match.start(), sent_start, target, obj)

    def _trigger_objects(self, trig: dict[str, Any], match: re.Match[str], sent_start: int,
                         sent_end: int) -> list[Mention]:
        """What a trigger word acts on: the last fitting name before it in its sentence (``direction: before``), else
        the first fitting name within 14 characters after it (right after it, ``adjacent``; after a 由…组成的,
        由…任组长的 clause, phrases.yaml ``composed_of``) and the names listed right after that one."""
        allowed = trig["objects"]
        if trig.get("direction") == "before":
            cands = [m for m in self.starting_in(sent_start, match.start() + 1) if m.end <= match.start()
                     and self._fits(m, allowed)]
            return [max(cands, key=lambda m: (m.end, m.length))] if cands else []
        start = match.end()
        if trig["predicate"] in self.ex.clause_closers[0] and self.s.startswith(self.ex.clause_closers[1], start):
            return []       # 工坊由县文旅局于2022年挂牌成立，依托…运营: the verb closes its clause, no object after it
        composed = self.ex.phrases.composed_re.match(self.s, start)
        if composed is not None:        # 成立由街道党工委书记任组长的…领导小组: who leads or makes it up is no object
            start = composed.end()
        window_end = min(sent_end, start + (1 if trig.get("adjacent") else 14))     # 对口支援云南省
        mark = _CLAUSE_END.search(self.s, start, window_end) if not trig.get("over_clauses") else None
        if mark is not None:        # 实施20周年,也是杭州亚运会: what is done lies in the verb's own clause
            window_end = mark.start()
        first = next((m for m in self.starting_in(start, window_end) if self._fits(m, allowed)), None)
        if first is not None and trig.get("relative") and self.s.startswith(trig["relative"], first.end):
            return []       # 为参与酷暑送伏茶活动的义工队授旗: the verb and its object describe the noun after 的
        objects = [] if first is None else [first]
        cur = first
        while cur is not None:
            cur = next((m for m in self.starting_in(cur.end, cur.end + 2) if m.start > cur.start
                        and self.s[cur.end:m.start] in ("", "、", "和", "及") and self._fits(m, allowed)), None)
            if cur is not None:
                objects.append(cur)
        if trig.get("adjacent"):        # 对口支援云南省文山州: a chain of places names the last one
            objects = [m for i, m in enumerate(objects) if i + 1 == len(objects) or objects[i + 1].start != m.end]
        return objects

    def _inside_a_name(self, start: int, end: int) -> bool:
        """Whether a name's mention holds ``start:end`` after its first character, or opens with it and runs on as a
        body's or a place's name (该服务站: 服务 is no verb); a verb that opens a work phrase's name still acts."""
        return any((m.start < start or (m.start == start and m.end > end and m.family in _NAMES_OPENING_NO_VERB))
                   and end <= m.end for m in self.starting_in(max(0, start - 30), start + 1))

    def _clause_start(self, pos: int, sent_start: int, stops: str = "，,；;：:") -> int:
        """Where the clause of ``pos`` starts: after the last of ``stops`` before it, within its sentence."""
        start = pos
        while start > sent_start and self.s[start - 1] not in stops:
            start -= 1
        return start

    def _serving_subject(self, trig: dict[str, Any], pos: int, sent_start: int) -> tuple[_Entity, int] | None:
        """The facility (or platform) that does what the trigger says, and where the quote starts: the last one
        named before ``pos`` in its clause, or the last one named before the sentence when the sentence opens
        with its last word (食堂投用后…为老年人准备)."""
        wanted = trig["subjects"]
        clause_start = self._clause_start(pos, sent_start, "，,；;：:、")   # a list item is a clause here
        best = None
        for m in self.starting_in(clause_start, pos + 1):
            if m.end <= pos:
                ent = self.entity_of.get(id(m))
                if ent is not None and any(self.is_a(ent, c) for c in wanted) and (best is None or m.end > best[0].end):
                    best = (m, ent)
        if best is not None:
            return best[1], best[0].start
        opening = self.s[sent_start:pos]
        stripped = opening.lstrip()
        earlier = [(max(m.start for m in e.mentions if m.end <= sent_start), e) for e in self.entities.values()
                   if self.terms.is_any(e.classes, tuple(wanted)) and any(m.end <= sent_start for m in e.mentions)]
        for _, ent in sorted(earlier, key=lambda x: -x[0]):
            head = ent.label[-trig["head_length"]:]
            if len(ent.label) > len(head) and stripped.startswith(head):
                return ent, sent_start + len(opening) - len(stripped)
        return None

    def _body_like(self, ent: _Entity) -> bool:
        """A body or an area: what runs a work, not a person or a group."""
        return self.terms.is_any(ent.classes, ("Organization", "AdministrativeArea")) \
            and not self.terms.is_any(ent.classes, ("VolunteerTeam", "Company"))

    def _work_before(self, wanted: list[str], pos: int, sent_start: int) -> tuple[_Entity, int] | None:
        """The last work of ``wanted`` classes named before ``pos`` in the clause of ``pos`` or the one before it,
        and where it starts (县民政局开展走访慰问活动，为辖区困难老人送去…: the visits serve the elders, not the bureau
        that runs them); not one that names a time (``work_times``) or an item of a list (…成果、聚焦…)."""
        clause_start = self._clause_start(pos, sent_start)
        if clause_start > sent_start:
            clause_start = self._clause_start(clause_start - 1, sent_start)
        times = tuple(self.rules["relations"]["work_times"])
        return self._last_named(clause_start, pos, tuple(wanted), lambda m, e: not self.s.startswith(times, m.end)
                                and self.s[m.end:m.end + 1] != "、")

    def _last_named(self, start: int, pos: int, classes: tuple[str, ...],
                    keep: Callable[[Mention, _Entity], bool]) -> tuple[_Entity, int] | None:
        """The entity of the last mention of ``classes`` within ``start:pos`` that ``keep`` keeps (the longer of two
        that end together), and where that mention starts; else None."""
        named = [m for m in self.starting_in(start, pos + 1) if m.end <= pos and (e := self.entity_of.get(id(m)))
                 and self.terms.is_any(e.classes, classes) and keep(m, e)]
        if not named:
            return None
        last = max(named, key=lambda m: (m.end, m.length))
        return self.entity_of[id(last)], last.start

    def _whole_before(self, trig: dict[str, Any], pos: int, sent_start: int) -> tuple[_Entity, int] | None:
        """What has the parts a trigger lists (``wholes``): the last one named before ``pos`` in its sentence (成立…
        领导小组,下设…); in a sentence that opens with a word for the scene (活动现场设有…), the last event named
        before it."""
        named = self._last_named(sent_start, pos, tuple(trig["wholes"]),
                                 lambda m, e: not self.is_a(e, "AdministrativeArea"))
        if named is not None:
            return named
        if self.s[sent_start:pos].strip() not in trig["scene_words"]:
            return None
        events = [m for m in self.mentions if m.end <= sent_start and id(m) in self.entity_of
                  and self.is_a(self.entity_of[id(m)], "Event")]
        last = max(events, key=lambda m: (m.end, m.length), default=None)       # the whole name, not one inside it
        return (self.entity_of[id(last)], sent_start) if last is not None else None

    def _trigger_subject(self, pos: int, sent_start: int, sent_end: int, first: Mention) -> _Entity | None:
        """Who does what a trigger word says: the nearest agent before it in its own clause; else the agent
        that opens the clause or the sentence (``rel.subject``: 均居全省首位，在全省率先制定 … is the report's
        actor, not 全省)."""
        clause_start = self._clause_start(pos, sent_start)
        exclude = self.entity_of.get(id(first))
        subject = self._actor_before(pos, within=(clause_start, sent_end), exclude=exclude, clause=True)
        if subject is None and (since := self.ex.since_re.match(self.s, sent_start, sent_end)) is not None \
                and pos < since.end():
            # 自2011年成立“红管家”志愿服务队以来,星火社区党支部就…: the agent that opens the clause after the since
            return next((e for m in self.starting_in(since.end(), since.end() + 1)
                         if (e := self.entity_of.get(id(m))) is not None and e is not exclude
                         and self.is_agent(e, opening=True)), None)
        if subject is None and (clause_start > sent_start or self._pronoun_mention(clause_start, pos) is not None):
            opener, _ = self._clause_subject(pos)   # (该服务站主要是协助…: the station named before)
            subject = opener if opener is not exclude else None
        return subject

    def _clause_subject(self, pos: int) -> tuple[_Entity | None, int]:
        """The agent that opens the clause of ``pos`` (and where it starts), else the main actor; kept for each
        position while ``_openers`` is a mapping (in steps that change no entity, ``_verbs``)."""
        memo = self._openers
        if memo is None:
            return self._read_clause_subject(pos)
        found = memo.get(pos)
        if found is None:
            found = memo[pos] = self._read_clause_subject(pos)
        return found

    def _read_clause_subject(self, pos: int) -> tuple[_Entity | None, int]:
        start = self._clause_start(pos, 0, _CLAUSE_MARKS)
        # (a list of works opening its clause reads from the clause's start: 该服务站主要是协助做好A、B等工作)
        opener_end = max(pos, min(start + self.ex.longest_opener, len(self.s)))
        pronoun = self._pronoun_person(start, opener_end) or self._titled_person(start, pos)
        if pronoun is not None:
            return pronoun, start
        for m in self.starting_in(start, pos):
            if m.end <= pos:
                head = self.s[start:m.start].strip()
                ent = self.entity_of.get(id(m))
                if ent is not None and self.is_agent(ent, opening=True) \
                        and re.fullmatch(r"[一二三四五六七八九十]?[是]?", head):
                    return self._end_of_chain(m, pos), m.start
                break
        sent_start, _ = self.sentence_of(pos)
        if start > sent_start:       # a later clause keeps the agent that opens the sentence
            opener, _ = self._clause_subject(start - 1)
            if opener is not self.actor and not self._reported(opener, start):
                return opener, pos
        return self.actor, pos

    def _reported(self, speaker: _Entity | None, start: int) -> bool:
        """Whether the clause at ``start`` follows a person's verb of saying and opens with someone or something
        named, whom the rest of the sentence is about (郭世洪介绍,学生还…开展志愿服务: not 郭世洪's work; 陈秋芳表示,
        将积极推行…: hers)."""
        return speaker is not None and self.is_a(speaker, "Person") and self.s.endswith(self.ex.saying, 0, start - 1) \
            and any(id(m) in self.entity_of for m in self.starting_in(start, start + 1))

    def _titled_person(self, start: int, pos: int) -> _Entity | None:
        """志愿者陈秋芳表示,将…: a clause that opens with a post or a group's word and a person's name is the
        person's."""
        for m in self.role_spans.starting(start + 1, pos + 1):
            role = m.extra["role_start"]
            if start <= role < m.start and m.end <= pos and not self.s[start:role].strip() \
                    and (ent := self.entity_of.get(id(m))) is not None and self.is_a(ent, "Person"):
                return ent
        return None

    def _pronoun_person(self, start: int, pos: int) -> _Entity | None:
        """他长期关怀长者 / 该社区以…为核心: a clause that opens with a personal pronoun is about the last person
        named before it in its paragraph; one that opens with 该 and a kind of thing (该社区, 该局) is about the last
        thing of that kind named before it, in its paragraph or else earlier (``context.pronoun``)."""
        m = self._pronoun_mention(start, pos)
        return self.entity_of[id(m)] if m is not None else None

    def _clause_head(self, start: int, pos: int) -> str:
        """The words from ``start`` to ``pos`` less the quotation marks at their edge (说：“我们村…;
        …干净了。”该村…)."""
        return self.s[start:pos].lstrip(" “”「」")

    def _pronoun_mention(self, start: int, pos: int) -> Mention | None:
        """The mention a pronoun or a demonstrative opening ``start`` names back to (:meth:`_pronoun_person`)."""
        rule = self.rules["context"]["pronoun"]
        head = self._clause_head(start, pos)
        heads: tuple[str, ...] = ()
        if head.startswith(self.ex.pronouns):
            classes, scopes = rule["classes"], [self.s.rfind("\n", 0, start) + 1]
        else:
            if not head.startswith(self.ex.demonstratives):
                return None
            word = next(w for w in rule["demonstratives"] if head.startswith(w))
            at = pos - len(head)
            if word in self.ex.bare_levels and not self._bare_level_acts(at, at + len(word)):
                return None     # 街道党工委, 社区居民, 社区发展是…: a name or a noun opens the clause
            classes, scopes = rule["demonstratives"][word], [self.s.rfind("\n", 0, start) + 1, 0]
            # 该服务站: first the last thing of the kind whose name ends in the word after 该 (the station, not a room;
            # 该村 the village, not the town whose 团委 was named since)
            heads = (word[1:],) if word.startswith("该") else ()
        kind = [m for scope_start in scopes for m in reversed(self.starting_in(scope_start, start + 1))
                if m.end <= start and (ent := self.entity_of.get(id(m))) is not None
                and any(self.is_a(ent, c) for c in classes)]
        return next((m for m in kind if heads and self.entity_of[id(m)].label.endswith(heads)), None) or \
            next(iter(kind), None)

    def _bare_level_acts(self, at: int, end: int) -> bool:
        """A bare 街道 or 社区 at ``at`` is the clause's doer (街道联合…, 社区还组织…, 街道将…): no name starts
        there and an adverb, a preposition or a verb follows it, not a noun or a field of work (社区发展,
        社区治理是…: ``context.pronoun.bare_not_before``)."""
        if any(m.start == at for m in self.starting_in(at, at + 1)) or end >= len(self.s):
            return False
        nxt = self.tokens[self.ctx.owner[end]]
        if nxt.start != end or nxt.word in self.ex.bare_not_before:
            return False      # (a trigger's word acts whatever its tag: 街道荣获/nr…)
        return nxt.flag in ("d", "p", "ad", "vd", "v", "t") or nxt.word in self.ex.recognizer.boundary_verbs

    def _end_of_chain(self, m: Mention, pos: int) -> _Entity:
        """历城区山大路街道: the last agent of a chain of names (before ``pos``) is the subject; so is the person
        the chain's post names (龍潭區百年里長張銘純: the 里長 of the chain, 張銘純)."""
        while True:
            nxt = next((x for x in self.starting_in(m.end, m.end + 1) if x.end <= pos and self.entity_of.get(id(x))
                        and self.is_agent(self.entity_of[id(x)], opening=True)), None)
            if nxt is None:
                holder = next((x for x in self.role_mentions
                               if m.start < x.extra["role_start"] < x.start < pos and x.start - m.end <= 8
                               and unbroken(self.s[m.end:x.start])), None)
                person = self.entity_of.get(id(holder)) if holder is not None else None
                return person or self.entity_of[id(m)]
            m = nxt

    @property
    def plan_sections(self) -> list[tuple[int, int]]:
        """The spans under a plan heading (二、2024年工作计划), up to the next heading without plan words, and the
        paragraphs that open with a word of time to come (今后，…)."""
        if not hasattr(self, "_plan_sections"):
            rules = self.rules["phrases"]
            openers = tuple(rules["plan_paragraphs"])
            out, start, pos = [], None, 0
            for line in self.s.split("\n")[:]:
                end = pos + len(line)
                heading = pos > 0 and 0 < len(line.strip()) <= rules["heading_max_length"] and "。" not in line
                if heading:
                    if start is not None:
                        out.append((start, pos))
                    start = end if any(w in line for w in rules["plan_headings"]) else None
                elif start is None and line.lstrip().startswith(openers):
                    out.append((pos, end))
                pos = end + 1
            if start is not None:
                out.append((start, len(self.s)))
            self._plan_sections = out
        return self._plan_sections

    def _verbs(self) -> None:
        """What the trigger words and work phrases say (``_triggers``, ``_work``): they add facts and change no
        entity, so the agent opening each clause is found once (``_clause_subject``)."""
        self._openers = {}
        self._triggers()
        self._work()
        self._openers = None

    def _work(self) -> None:
        """What the work phrases say: who does (or plans) each of their objects, then what the work is for
        (``_goals``: 坚持X，强化Y; 为了Y，…建立X; then ``aims``: X…,旨在Y)."""
        self._work_phrases()
        self._goals()
        self._served_after()
        aims(self)

    def _work_phrases(self) -> None:
        """The subject of each work phrase does (or plans) each of its objects."""
        plan = self.rules["relations"]["plan"]
        for phrase in self.work:
            subject, span_start = self._clause_subject(phrase.verb_start)
            if subject is not None and (subject.id, phrase.verb_start) in self.mute:
                continue
            if subject is not None and subject.mentions[0].rule in MEDIA_RULES and subject is not self.actor:
                continue        # 澎湖日報提供…新聞、…印刷服務: the outlet's own line in the page's chrome, no work told
            sent_start, _ = self.sentence_of(phrase.verb_start)
            planned = self.planned(phrase.verb_start)
            rule = phrase.rule
            predicate, rid, conf = rule["predicate"], rule["id"], rule["confidence"]
            if planned:
                predicate, rid, conf = plan["predicate"], plan["id"], plan["confidence"]
            for obj in phrase.objects:
                target = self.entity_of.get(id(obj))
                span = (min(span_start, phrase.verb_start), obj.end)
                if target is not None and self.is_a(target, "Brand"):
                    self.add_fact(subject, self.rules["phrases"]["brand_predicate"], target, span, rid, conf)
                    continue
                self.add_fact(subject, predicate, target, span, rid, conf)
                if target is not None and self.is_a(target, "Event"):
                    self._in_place(phrase.verb_start, sent_start, target, obj)
                also = rule.get("also")
                if (also and not planned and target is not None and self.is_a(target, "Event")
                        and self.terms.has_property(also)):
                    self.add_fact(subject, also, target, span, rid, conf)
                if (rule["predicate"] == "established" and target is not None and subject is not None
                        and self.is_a(target, "Organization") and self.is_agent(subject)
                        and not self.is_a(subject, "Person")):     # a body one person sets up is no part of them
                    self.add_fact(target, self.rules["phrases"]["part_of_body"], subject, span, rid, conf)
                owner = self.entity_of.get(id(obj.extra["owner"])) if obj.extra.get("owner") else None
                if owner is not None and target is not None and predicate in OWNED_PREDICATES:
                    owned = predicate if self.is_a(owner, "Place") else self.rules["phrases"]["owner_body_predicate"]
                    self.add_fact(owner, owned, target, (obj.extra["owner"].start, obj.end), rid, conf)

    def _served_after(self) -> None:
        """…开展了志愿服务关爱行动,帮助老人修剪头发: the group the clause after the last object helps is served by it
        (``phrases.served_after``)."""
        rule = self.rules["phrases"]["served_after"]
        for phrase in self.work:
            if (after := self._clause_after(phrase)) is None:
                continue
            target, start = after
            word = next((w for w in rule["words"] if self.s.startswith(w, start)), None)
            if word is None:
                continue
            at = start + len(word)
            group = next((m for m in self.starting_in(at, at + rule["max_gap"] + 1)
                          if (e := self.entity_of.get(id(m))) is not None and self.is_a(e, "PersonGroup")
                          and unbroken(self.s[at:m.start])), None)
            if group is not None:
                span = (phrase.objects[-1].start, group.end)
                self.add_fact(target, rule["predicate"], self.entity_of[id(group)], span, rule["id"],
                              rule["confidence"])

    def _clause_after(self, phrase: WorkPhrase) -> tuple[_Entity, int] | None:
        """The entity of a work phrase's last object and where the clause after it starts, when a comma follows the
        object (…坚持X，强化Y; …开展了X,帮助老人…); else None."""
        last = phrase.objects[-1]
        target = self.entity_of.get(id(last))
        if target is None or self.s[last.end:last.end + 1] not in ("，", ","):
            return None
        return target, last.end + 1

    def _goals(self) -> None:
        """…坚持X，强化Y。: Y (to the end of the sentence) is the goal of X; 为了Y，…建立X。: Y is the goal of X."""
        rule = self.rules["phrases"]["goal"]
        self._purpose_goals(rule["predicate"])
        for phrase in self.work:
            if phrase.goal is not None:
                self.add_fact(self.entity_of.get(id(phrase.objects[-1])), rule["predicate"], None, phrase.goal,
                              rule["id"], rule["confidence"], value=self.quote(*phrase.goal))
                continue
            if (after := self._clause_after(phrase)) is not None and self.s.startswith(tuple(rule["words"]), after[1]):
                self._goal_to_end(after[0], after[1], rule["id"], rule["confidence"])
        named = rule["named"]
        aims = tuple(self.rules["context"]["aims"]["words"])
        for m in self.mentions:     # 设立党员先锋岗等特色岗位,让党员志愿者亮明身份: a work named right before the comma
            ent = self.entity_of.get(id(m))
            if ent is not None and self.terms.is_any(ent.classes, tuple(named["classes"])) \
                    and not any(w in self.s[self.sentence_of(m.start)[0]:m.start] for w in aims) \
                    and self.s[m.end:m.end + 1] in ("，", ",") and self.s.startswith(tuple(named["words"]), m.end + 1) \
                    and not any(f["p"] == rule["predicate"] and f["s"] == ent.id for f in self.facts):
                self._goal_to_end(ent, m.end + 1, named["id"], named["confidence"])

    def _goal_to_end(self, target: _Entity, start: int, rid: str, confidence: float) -> None:
        """The clause from ``start`` to the end of its sentence is the goal of ``target`` (four characters or more)."""
        _, end = self.sentence_of(start)
        while end > start and self.s[end - 1] in "。；;！!\n ":
            end -= 1
        if end - start >= 4:
            self.add_fact(target, self.rules["phrases"]["goal"]["predicate"], None, (start, end), rid, confidence,
                          value=self.quote(start, end))
            self.aim_serves(target, start, end, rid, confidence)

    def aim_serves(self, target: _Entity, start: int, end: int, rid: str, confidence: float) -> None:
        """确保老年群体老有所依: the groups of people an aim (``start`` to ``end``) names are served by ``target``
        (``phrases.goal.served``)."""
        served = self.rules["phrases"]["goal"]["served"]
        for m in self.starting_in(start, end):
            group = self.entity_of.get(id(m))
            if m.end <= end and group is not None and self.is_a(group, "PersonGroup"):
                self.add_fact(target, served, group, (start, m.end), rid, confidence)

    def _purpose_goals(self, predicate: str) -> None:
        """为了Y，…建立X / 为满足Y,…街道…建成X: a clause that opens with a word of purpose (``phrases.purpose``) is the
        goal of the first thing done after it in its sentence: the first object of a work phrase, or the object of a
        fact of ``purpose.fact_predicates`` that a trigger word drew (建成 a facility, 成立 a body)."""
        purpose = self.rules["phrases"]["purpose"]
        done: dict[int, list[tuple[int, _Entity]]] = {}     # sentence start → (where, what is done)
        for phrase in self.work:
            if phrase.rule["id"] in purpose["not_rules"]:
                continue        # 通过“…”的形式: the means, not what is done
            if (target := self.entity_of.get(id(phrase.objects[0]))) is not None:
                done.setdefault(self.sentence_of(phrase.verb_start)[0], []).append((phrase.verb_start, target))
        by_id = self.entities_by_id()
        for fact in self.facts:
            if fact["p"] in purpose["fact_predicates"] and (target := by_id.get(fact.get("o", ""))) is not None:
                at = self.fact_spans[id(fact)][0]
                done.setdefault(self.sentence_of(at)[0], []).append((at, target))
        for sent_start, items in done.items():
            _, sent_end = self.sentence_of(sent_start)
            last = max(at for at, _ in items)
            # 为了Y，…; 在…之际,为让Y,…: a clause before the first thing done that opens with a word of purpose
            clause = next(((m.start(), m.end(), lead)
                           for m in re.finditer("[^，,]+(?=[，,])", self.s[sent_start:sent_end])
                           if sent_start + m.end() <= last
                           and (lead := next((w for w in purpose["words"] if m.group(0).lstrip().startswith(w)),
                                             None)) is not None), None)
            if clause is None:
                continue
            piece = self.s[sent_start + clause[0]:sent_start + clause[1]]
            start = sent_start + clause[0] + len(piece) - len(piece.lstrip()) + len(clause[2])
            end = sent_start + clause[1]
            target = min(((at, t) for at, t in items if at >= end), key=lambda pair: pair[0], default=(0, None))[1]
            if end - start >= purpose["min_length"] and target is not None:
                self.add_fact(target, predicate, None, (start, end), purpose["id"], purpose["confidence"],
                              value=self.quote(start, end))
                self.aim_serves(target, start, end, purpose["id"], purpose["confidence"])
                self._further_purposes(target, predicate, end, last, purpose)

    def _further_purposes(self, target: _Entity, predicate: str, pos: int, last: int, purpose: dict[str, Any]) -> None:
        """为有效应对…山洪灾害,提高防汛应急处置能力,青山镇人民政府…举办了…演练: each clause after a purpose clause that
        opens with a word of aim (``purpose.then_words``) and names no one, before the thing done, is its goal too."""
        words = tuple(purpose["then_words"])
        while (m := self.ex.aim_clause.match(self.s, pos)) is not None \
                and m.end() <= last and m.group(1).startswith(words) \
                and not any(id(x) in self.entity_of and self.is_agent(self.entity_of[id(x)])
                            for x in self.starting_in(m.start(1), m.end(1))):
            if m.end(1) - m.start(1) >= purpose["min_length"]:
                self.add_fact(target, predicate, None, m.span(1), purpose["id"], purpose["confidence"],
                              value=self.quote(*m.span(1)))
                self.aim_serves(target, *m.span(1), purpose["id"], purpose["confidence"])
            pos = m.end()

    def _in_place(self, trig_start: int, sent_start: int, target: _Entity | None, obj: Mention) -> None:
        rule = next(n for n in self.rules["relations"]["nested"] if n["id"] == "rel.in-place")
        if target is None or self.is_a(target, "AdministrativeArea") or self.is_a(target, "Document"):
            return      # a document lies nowhere (在全省率先制定《…》: 全省 is where it came first)
        held_at = self.s.startswith(tuple(w + "的" for w in rule["held_at"]), trig_start)
        for m in self.starting_in(sent_start, trig_start + 1):
            went = self.s.endswith(tuple(rule["verbs"]), sent_start, m.start)     # 来到马新村,…开展: further on
            if m.end <= trig_start and (self.s[max(0, m.start - 1):m.start] in (*rule["words"], *rule["held_at_words"])
                                        or went or (held_at and m.end == trig_start)) \
                    and not self.s.endswith(tuple(rule["not_after"]), sent_start, m.start):
                place = self.entity_of.get(id(m))
                if place and self.is_a(place, "Place"):
                    last, place = self.chain_end(m, place, trig_start)
                    if trig_start - last.end <= (rule["went_gap"] if went else rule["gap"]):
                        self.add_fact(target, rule["predicate"], place, (m.start - 1, obj.end), rule["id"],
                                      rule["confidence"])

    def chain_end(self, m: Mention, place: _Entity, end: int) -> tuple[Mention, _Entity]:
        """在董家沟街道民祥道智慧餐厅举行: the last place of the names printed one right after another from ``m`` (up
        to ``end``), with its entity: what is held there is in the most specific place named."""
        while (nxt := max((x for x in self.starting_in(m.end, m.end + 1) if x.end <= end
                           and (e := self.entity_of.get(id(x))) is not None and self.is_a(e, "Place")),
                          key=lambda x: x.end, default=None)) is not None:
            m, place = nxt, self.entity_of[id(nxt)]
        return m, place

    def _fits(self, m: Mention, allowed: list[str]) -> bool:
        ent = self.entity_of.get(id(m))
        return ent is not None and self.terms.is_any(ent.classes, tuple(allowed))

    def _themes(self, rule: dict[str, Any]) -> None:
        """主题为“X”: the theme of the name after it; 以“X”为主题: of the event before it in its sentence (else
        after it); X——Y典礼: a slogan joined by a dash to an event's name is its theme, and so is a quoted slogan
        that opens the name before a dash (2025“善行温州·助力强城”——第八届…活动)."""
        for match in scanning(rule["pattern"]).finditer(self.s):
            nxt = next((m for m in self.starting_in(match.end(), match.end() + 10) if self.entity_of.get(id(m))), None)
            if nxt:
                self.add_fact(self.entity_of[id(nxt)], rule["predicate"], None, match.span(), rule["id"],
                              rule["confidence"], value=self.quote(*match.span(1)))
        for match in scanning(rule["as_theme"]).finditer(self.s):
            sent_start, sent_end = self.sentence_of(match.start())
            events = [m for m in self.starting_in(sent_start, sent_end) if self.entity_of.get(id(m))
                      and self.is_a(self.entity_of[id(m)], "Event")]
            before = [m for m in events if m.end <= match.start()] or self._this_event(sent_start, match.start(), rule)
            event = before[-1] if before else next((m for m in events if m.start >= match.end()), None)
            if event is not None:
                span = (min(event.start, match.start()), max(event.end, match.end()))
                self.add_fact(self.entity_of[id(event)], rule["predicate"], None, span, rule["id"],
                              rule["confidence"], value=self.quote(*match.span(1)))
        # “我们的中国梦”文化进万家志愿服务活动, a quoted name read as an event (“清风颂华诞 初心映征程”主题活动): the
        # quotation opening the name
        for m in self.mentions:
            ent = self.entity_of.get(id(m))
            if ent is None or not self.is_a(ent, "Event") or self.quote(m.start, m.end) != ent.label \
                    or m.rule in rule["quoted_head_not"]:
                continue        # …揭牌暨退役军人“战旗红”志愿服务队授旗仪式: a name inside a joined one opens no theme
            if (head := self.ex.quoted_head_re.match(self.s, m.start, m.end)) and (
                    m.family == "event" or re.match(rule["theme_words"], self.s[head.end():m.end])):
                self.add_fact(ent, rule["predicate"], None, (m.start, m.end), rule["id"], rule["confidence"],
                              value=self.quote(*head.span(1)))
        for match in scanning(rule["dash"]).finditer(self.s):
            event = next((m for m in self.starting_in(match.end(), match.end() + 1) if self.entity_of.get(id(m))
                          and self.is_a(self.entity_of[id(m)], "Event")), None)
            if event is not None:
                self.add_fact(self.entity_of[id(event)], rule["predicate"], None, (match.start(1), event.end),
                              rule["id"], rule["confidence"], value=self.quote(*match.span(1)))
        slogan = scanning(rule["slogan"])       # 2025“善行温州·助力强城”——第八届…活动: the slogan opening the name
        for m in self.event_mentions:
            ent = self.entity_of.get(id(m))
            if ent is not None and self.is_a(ent, "Event") and (lead := slogan.match(self.s, m.start, m.end)):
                self.add_fact(ent, rule["predicate"], None, (m.start, m.end), rule["id"], rule["confidence"],
                              value=self.quote(*lead.span(1)))

    def _this_event(self, sent_start: int, pos: int, rule: dict[str, Any]) -> list[Mention]:
        """本次科技活动周以“…”为主题, 本次活动以…: a sentence that opens with a word for "this" (``this_event``) and a
        kind of event is about the last event named before the sentence whose name ends with that kind."""
        opening = self.s[sent_start:pos].strip()
        word = next((w for w in rule["this_event"] if opening.startswith(w)), None)
        kind = opening[len(word):] if word else ""
        if not kind:
            return []
        named = [m for m in self.starting_in(0, sent_start) if m.end <= sent_start and self.entity_of.get(id(m))
                 and self.is_a(self.entity_of[id(m)], "Event") and self.entity_of[id(m)].label.endswith(kind)]
        return [max(named, key=lambda m: (m.end, m.length))] if named else []

    def _brands_teams_themes(self) -> None:
        rel = self.rules["relations"]
        for m in self.mentions:
            ent = self.entity_of.get(id(m))
            if not ent or not self.is_a(ent, "Brand") or self.s[max(0, m.start - 1):m.start] != "以":
                continue
            owner = self._actor_before(m.start - 1) or self.actor
            before = [x.start for x in owner.mentions if x.end <= m.start] if owner else []
            owner_start = max(before, default=m.start - 1) if owner else 0
            self.add_fact(owner, rel["brand"]["has"], ent, (owner_start, m.end + 2), rel["brand"]["id"],
                          rel["brand"]["confidence"])
            _, sent_end = self.sentence_of(m.start)
            after = [x for x in self.starting_in(m.end + 1, min(sent_end, m.end + 12))
                     if self.entity_of.get(id(x)) and self.is_a(self.entity_of[id(x)], "Organization")]
            if after:
                team = min(after, key=lambda x: x.start)
                self.add_fact(self.entity_of[id(team)], rel["brand"]["under"], ent, (m.start - 1, team.end),
                              rel["brand"]["id"], rel["brand"]["confidence"])
        count = re.compile(r"(成立|组建|建立)([0-9]+|[一二两三四五六七八九十]+)支")
        for match in count.finditer(self.s):
            team = next((m for m in self.starting_in(match.end(), match.end() + 1) if self.entity_of.get(id(m))
                         and self.is_a(self.entity_of[id(m)], "VolunteerTeam")), None)
            if team:
                self.add_fact(self.entity_of[id(team)], rel["team_count"]["predicate"], None,
                              (match.start(), team.end), rel["team_count"]["id"], rel["team_count"]["confidence"],
                              value=_num(match.group(2)))
        self._themes(rel["theme"])
        address = re.compile(rel["address"]["pattern"])
        for match in address.finditer(self.s):
            _, sent_end = self.sentence_of(match.start())
            nxt = next((m for m in self.starting_in(match.end(), min(sent_end, match.end() + 10))
                        if self.entity_of.get(id(m)) and self.is_a(self.entity_of[id(m)], "Facility")), None)
            if nxt:
                start = match.start(1)
                # the address starts at the street name (drop a leading 在)
                self.add_fact(self.entity_of[id(nxt)], rel["address"]["predicate"], None, (start - 1, nxt.end),
                              rel["address"]["id"], rel["address"]["confidence"], value=self.quote(*match.span(1)))

    # ------------------------------------------------------------------ figures
    @cached_property
    def _printed_years(self) -> list[tuple[int, int]]:
        """Where the text prints a year (2023年), and the year, in the text's order."""
        return [(m.start(), int(m.group(1))) for m in re.finditer(r"((?:19|20)[0-9]{2})年", self.s)]

    def _period(self, pos: int) -> int | None:
        years = self._printed_years
        before = [y for p, y in years if p <= pos]
        if before:
            return before[-1]
        if self.year:
            return self.year
        if years:
            return Counter(y for _, y in years).most_common(1)[0][0]
        return None

    def _counted_or_inner(self, m: Mention, ent: _Entity, counted: tuple[int, int] | None) -> bool:
        """A facility the figure's name counts (建成家庭养老床位6800余张) is what is counted, and a place inside an
        event's name (全省 in 全省…技能竞赛, 杭州 in 杭州亚运会) belongs to that name: neither is the area a figure
        is about."""
        if counted and self.is_a(ent, "Facility") and any(counted[0] <= o.start and o.end <= counted[1]
                                                          for o in ent.mentions):
            return True
        return any(b.length > m.length for b in self.event_spans.holding(m.start, m.end))

    def area_of(self, pos: int, counted: tuple[int, int] | None = None) -> _Entity | None:
        """The area a figure is about: an administrative area named earlier in its sentence, else the
        article's main area (the main actor, or the area it governs or lies in). A thing named by its kind alone
        (a term: 养老院, 党群服务中心) is no figure's area."""
        start, _ = self.sentence_of(pos)
        best, whole = None, None
        first = bisect_left(self.mention_starts, start)
        upto = pos + 1 if counted and counted[0] == pos else pos
        for m in self.mentions[first:bisect_left(self.mention_starts, upto, lo=first)]:
            ent = self.entity_of.get(id(m))
            if ((m.end <= pos or self._opens_figure_name(m, ent, pos, counted)) and ent
                    and self.terms.is_any(ent.classes, FIGURE_AREAS) and m.family != "term"
                    and not self.is_a(ent, "Country") and not self._counted_or_inner(m, ent, counted)):
                if m.rule.startswith("place.fixed."):
                    whole = ent         # 全县首家…: a whole-area word qualifies; it is the area only if nothing else is
                elif best is None or m.end > best[0].end:
                    best = (m, ent)
        if best or whole:
            return best[1] if best else whole
        actor = self.actor
        if actor is None or self.is_a(actor, "Place"):
            return actor
        return fact_area(self, actor, "Place") or self._area_at_start(actor) or actor

    def _opens_figure_name(self, m: Mention, ent: _Entity | None, pos: int, counted: tuple[int, int] | None) -> bool:
        """东风街道投资120万元: a named administrative area opening the name of a figure at ``pos`` is its area; not a
        whole-area word (全区), nor the first word of another name (浙江南北能源等3个项目, 苏州市五一劳动奖章获得者)."""
        return (m.start == pos and counted is not None and m.end < counted[1] and ent is not None
                and self.is_a(ent, "AdministrativeArea") and not m.rule.startswith("place.fixed.")
                and not self.starting_in(m.end, m.end + 1)
                and all(b.end <= m.end for b in self.spans.holding(m.start, m.end)))

    def _area_at_start(self, actor: _Entity) -> _Entity | None:
        """An area printed at the start of the main actor's name (杭州 in 杭州民政)."""
        for m in actor.mentions:
            for inner in self.found:
                if inner.family != "gazetteer" or inner.start != m.start + self.s.startswith("中共", m.start) * 2 \
                        or inner.end >= m.end:
                    continue        # (中共江油市委: 江油市)
                key = inner.extra["areas"][0].name if inner.extra.get("areas") else normal_label(inner.key)
                ent = self.entities.get(key)
                if ent is not None and ent is not actor and self.is_a(ent, "AdministrativeArea"):
                    return ent
        return None

    def _indicator_name(self, fig: Any) -> str:
        """The name of what a figure measures. 16位聋哑儿童 counts 聋哑儿童: the number of them (数, 數 in traditional
        text). A figure whose words name a thing the draft already has (困难群众4.29万人, 芒果1000亩) measures it:
        the name adds the measure word of its unit (``indicators.measure_words``), so the indicator is not named as
        the thing is."""
        name = self.quote(fig.name_start, fig.name_end).strip("“”《》 ")
        if len(name) > 2 and name.endswith("的"):
            name = name[:-1]        # 完成任务的117.46%: 任务, not 任务的
        traditional = self.source.traditional      # 村里數: the article's characters, whatever the name's
        if not name:
            return name
        if fig.rule == self.rules["indicators"]["rule_ids"]["count"]:
            return name + ("數" if traditional else "数")
        thing = self.entities.get(normal_label(name))
        if thing is None or self.is_a(thing, "Indicator") or fig.unit is None:
            return name
        unit = re.split(r"/", fig.unit)[0]
        word = next((w for w in self.rules["indicators"]["measure_words"] if unit in w["units"]), None)
        return name + (word["traditional"] if traditional else word["simplified"]) if word else name

    def _observations(self) -> list[dict[str, Any]]:
        out = []
        relations = self.rules["relations"]
        figures = self.ex.figures.read(self.s, relations["plan_markers"], relations["plan_not"], self.tokens)
        used_ids: set[str] = set()
        counted = self.rules["indicators"]["counted_things"]
        for fig in figures:
            self._past_actor(fig)
            self._area_closing_name(fig)
            self._count_to_name_end(fig)
            name = self._listed_count(fig) or self._indicator_name(fig)
            if not name or not _WORDED.search(name):
                continue        # 7:30—11:00(每人3.5小时): digits and marks name nothing measured
            period = self._period(fig.start)
            about = self.area_of(fig.start, (fig.name_start, fig.name_end))
            if period is None or about is None:
                continue
            key = "indicator:" + normal_label(name)
            indicator = self.entities.get(key)
            if fig.rule == self.rules["indicators"]["rule_ids"]["count"]:      # (新增256家企业: the group is named
                self._counted_thing(fig.name_start, fig.name_end, fig.extra["number_start"])    # from its count)
            elif fig.unit in self.rules["indicators"]["counted_after"]["units"] + counted["people_units"]:
                self._bought_thing(fig)
            if indicator is None:       # mentioned by the figure's words: 84家爱心单位, 财政收入12.8亿元
                indicator = self._add_entity(key, name, "Indicator", (fig.start, fig.end), fig.rule, fig.confidence,
                                             "indicator")
            obs_id = base = f"{about.id}-{period}-{indicator.id}"[:80].strip("-")
            n = 1
            while obs_id in used_ids or obs_id in self.ids.taken:
                n += 1
                obs_id = f"{base}-{n}"
            used_ids.add(obs_id)
            self.ids.taken.add(obs_id)
            obs: dict[str, Any] = {"id": obs_id, "indicator": indicator.id, "about": about.id, "period": period}
            if fig.value is not None:
                obs["value"] = fig.value
                unit = self.source.quote(*fig.extra["unit_span"]) if "unit_span" in fig.extra else fig.unit
                obs["unit"] = "%" if unit == "％" else unit
            if fig.change is not None:
                obs["change"] = fig.change
            if fig.rank:
                obs["rank"] = fig.rank
            if fig.at_least:
                obs["at_least"] = True
            if fig.planned:
                obs["planned"] = True
            quote = self.quote(fig.start, fig.extra.get("rank_quote_end", fig.end))
            obs["quote"] = quote
            occurrence = self._occurrence(quote, fig.start)
            if occurrence > 1:
                obs["occurrence"] = occurrence
            obs["confidence"] = fig.confidence
            obs["method"] = fig.rule
            out.append(obs)
        return out

    def _count_to_name_end(self, fig: Any) -> None:
        """三处爱心助餐点 (爱心/n 助/v 餐点/n): the noun a count names after its number runs to the end of the name
        that opens it (not a work phrase's), when the segmenter's nouns stop inside that name and no verb of two
        characters follows them."""
        if fig.rule != self.rules["indicators"]["rule_ids"]["count"] or fig.name_end <= fig.name_start:
            return
        name = max((m for m in self.starting_in(fig.name_start, fig.name_start + 1)
                    if fig.name_end < m.end <= fig.name_end + 4 and m.family not in ("phrase", "indicator")
                    and self.entity_of.get(id(m)) is not None),
                   key=lambda m: m.end, default=None)
        tok = self.tokens[self.ctx.owner[fig.name_end]] if name is not None else None
        if name is not None and not (tok.start == fig.name_end and len(tok.word) > 1 and tok.flag.startswith("v")):
            fig.name_end, fig.end = name.end, max(fig.end, name.end)    # (300余幅作品铺满展厅: 铺满, the clause's verb)

    def _listed_count(self, fig: Any) -> str | None:
        """朱义华等16人荣获苏州市五一劳动奖章: a count of people right after the word closing a list of people counts
        those listed when an honour follows in its clause: they are a group of their own (16人: what received the
        honour, each one listed with it, its components), and the figure, quoted from the closing word to the
        honour, is named by it (苏州市五一劳动奖章人数). With no honour, nothing changes
        (``indicators.listed_count``)."""
        rule = self.rules["indicators"]["listed_count"]
        at = fig.extra.get("number_start")
        closer = next((w for w in rule["closers"] if at is not None and self.s.endswith(w, 0, at)), None)
        if closer is None or fig.unit not in self.rules["indicators"]["counted_things"]["people_units"]:
            return None
        listed = before_note(self.s, at - len(closer))
        if not any((e := self.entity_of.get(id(m))) is not None and self.is_a(e, "Person")
                   for m in self.spans.ending(listed)):
            return None
        clause_end = next((i for i in range(fig.end, len(self.s)) if self.s[i] in CLAUSE_END), len(self.s))
        named = next(((m, e) for m in self.starting_in(fig.end, clause_end)
                      if (e := self.entity_of.get(id(m))) is not None and self.terms.is_any(e.classes, ("Award",
                                                                                              "Honour"))), None)
        if named is None:
            return None
        group = self.entities.get(normal_label(self.quote(at, fig.end)))
        if group is None or not any(m.start == at for m in group.mentions):
            label = self.quote(at, fig.end)
            group = self._add_entity(f"{normal_label(label)}@{at}", label, "PersonGroup", (at, fig.end), rule["id"],
                                     rule["confidence"], "count")
            counted_parts(self, group, at)      # 朱义华等16人: the group has those listed as its components
        fig.name_start = fig.name_end = fig.start = at - len(closer)
        fig.end = max(fig.end, named[0].end)
        return named[1].label + rule["suffix"]

    def _area_closing_name(self, fig: Any) -> None:
        """截至目前台南市有1476個志工團隊: an area closing a count's words is where the count is, not what it counts;
        the noun after the number names it (志工團隊數), as when no words before the number name it."""
        counted = self.rules["indicators"]["counted_after"]["units"]
        if fig.unit not in counted or "unit_span" not in fig.extra or fig.rule != self.rules["indicators"][
                "rule_ids"]["value"]:
            return
        if not any((e := self.entity_of.get(id(m))) is not None and self.is_a(e, "AdministrativeArea")
                   for m in self.spans.ending(fig.name_end) if m.start >= fig.name_start):
            return
        start, end = self.ex.figures.counted_noun(self.s, fig.extra["unit_span"][1])
        if end - start >= self.rules["indicators"]["min_name_length"]:
            fig.name_start, fig.name_end, fig.end = start, end, max(fig.end, end)
            fig.rule = self.rules["indicators"]["rule_ids"]["count"]

    def _past_actor(self, fig: Any) -> None:
        """成都市新都区慈善会捐赠慰问物资价值5万元: a body's name opening a figure's name (after its place's, if any),
        a verb right after it, names who acts, not what is measured: the name starts at the verb. So does a person
        named inside it (…關懷據點志工王陳月嬌累積服務時數: 累積服務時數, the person's, not the station's)."""
        person = max((m for m in self.spans.within(fig.name_start, fig.name_end - 2)
                      if (e := self.entity_of.get(id(m))) is not None and self.is_a(e, "Person")),
                     key=lambda m: m.end, default=None)
        if person is not None:      # (quoted from the person's name: the words before may run past the name's reach)
            fig.name_start, fig.start = person.end, max(fig.start, person.start)
            return
        for m in self.spans.within(fig.name_start, fig.name_end - 2):
            ent = self.entity_of.get(id(m))
            if ent is None or self.is_a(ent, "Place") or not self.is_agent(ent):
                continue
            opens = m.start == fig.name_start or any(
                p.start == fig.name_start and (e := self.entity_of.get(id(p))) is not None and self.is_a(e, "Place")
                for p in self.spans.ending(m.start))
            if opens and self.tokens[self.ctx.owner[m.end]].flag.startswith("v"):
                fig.name_start = m.end
            return

    def _bought_thing(self, fig: Any) -> None:
        """购置青贮饲草机二台, 修建贮草棚二座: the words after a verb of making or buying in a figure's name are what it
        counts (``indicators.counted_things.verbs``)."""
        rule = self.rules["indicators"]["counted_things"]
        name = self.s[fig.name_start:fig.name_end]
        at = max((name.rfind(v) + len(v) for v in rule["verbs"] if v in name), default=-1)
        # 开工改造的老旧小区, 走访慰问了残疾人家庭9户: the things, not 的 nor the aspect's 了
        at += 1 if at > 0 and name[at:at + 1] in ("的", "了") else 0
        if 0 < at < len(name) - 1:
            self._counted_thing(fig.name_start + at, fig.name_end)
        elif at < 0 and fig.unit in rule["people_units"]:
            self._counted_thing(fig.name_start, fig.name_end, people=True)   # 兼职网格员14人: the group counted
        elif at < 0 and not fig.planned and not self.tokens[self.ctx.owner[fig.name_start]].flag.startswith("v") \
                and not name.startswith(tuple(self.rules["indicators"]["count_verbs"])):
            self._counted_thing(fig.name_start, fig.name_end)    # 现有基层党组织42个: the bodies; not 覆盖住宅小区215个

    def _counted_thing(self, start: int, end: int, at: int | None = None, people: bool = False) -> None:
        """84家爱心单位: what a count counts is an entity of its own when its last words say what it is (a group, a
        body, a place, a facility, a project: ``indicators.counted_things``) and no rule named it. A count at ``at``
        right after a list (A、B等6个村镇) gives it the list's items as components, and their class if it has none."""
        if start >= end:
            return          # 刘芳等2名同志“先进个人”: no words name it (the group is read with the honour)
        rule = self.rules["indicators"]["counted_things"]
        words = self.s[start:end]
        cls = next((c["class"] for c in rule["classes"] if words.endswith(tuple(c["endings"]))), None)
        if people and (cls != "PersonGroup" or words.startswith(self._serving_words)):
            return          # 服务居民3200人: the words count the people served (relations.yaml rel.serves)
        parts = counted_parts(self, None, at) if at is not None else []
        named = next(iter(self.spans.holding(start, end)), None)
        if named is not None:       # 等10条公交线路开展宣传: the list's whole a rule named (phrases.py _wholes)
            if parts and (whole := self.entity_of.get(id(named))) is not None:
                counted_parts(self, whole, at)      # type: ignore[arg-type]
            return
        if any(start < m.start < end < m.end for m in self.spans.crossing(start, end)):
            return          # 13个街道社工站 (社工/站/v): the words end inside a name that starts among them
        cls = cls or self._shared_class(parts)
        if cls is None:
            return
        key = normal_label(self.quote(start, end))
        # named with its count when one is printed before it: 等8家单位 and 等12家单位 are two groups, told apart
        span = (at, end) if at is not None and at < start else (start, end)
        label = self.quote(*span)
        earlier = self.entities.get(key)
        if earlier is not None and (earlier.rule != rule["id"] or any(m.start == start for m in earlier.mentions)):
            return
        if earlier is not None and earlier.label == label:     # 我市有7户家庭 … 我市7户家庭获评: one group, twice
            if parts:
                counted_parts(self, earlier, at)        # type: ignore[arg-type]
            return
        if earlier is not None:
            key = f"{key}@{start}"      # another group, counted apart
        thing = self.entity_labelled(label)     # 开展…等15项志愿服务活动: the whole a rule read with its count
        if thing is not None:
            if parts:
                counted_parts(self, thing, at)      # type: ignore[arg-type]
            return
        thing = self._add_entity(key, label, cls, span, rule["id"], rule["confidence"], "count")
        if parts:
            counted_parts(self, thing, at)      # type: ignore[arg-type]

    @cached_property
    def _serving_words(self) -> tuple[str, ...]:
        """The serving words of more than one character (relations.yaml rel.serves): 服务, 关爱 …"""
        rule = next(r for r in self.rules["relations"]["triggers"] if r["id"] == "rel.serves")
        return tuple(w for w in rule["words"] if len(w) > 1)

    def _shared_class(self, parts: list[_Entity]) -> str | None:
        """The class listed things share: their one class, else, for areas of several levels (a town and a
        village), the class of areas."""
        classes = {p.classes[0] for p in parts}
        if len(classes) == 1:
            return classes.pop()
        area = self.rules["context"]["components"]["counted"]["places_class"]
        return area if parts and all(self.is_a(p, area) for p in parts) else None

    def _report_title(self) -> None:
        """A first line that names a report (…2023年工作总结和2024年工作安排) is the article's title, and the article a
        document of its own (``names.documents.report_title``), written by the main actor when the title names it."""
        rule = self.rules["names"]["documents"]["report_title"]
        title = re.match(rule["pattern"], self.s)
        if title is None:
            return
        start, end = title.span(1)
        label = self.quote(start, end)
        if normal_label(label) in self.entities:
            return
        doc = self._add_entity(normal_label(label), label, rule["class"], (start, end), rule["id"], rule["confidence"],
                               "document")
        if self.actor is not None and any(start <= m.start and m.end <= end for m in self.actor.mentions):
            self.add_fact(doc, rule["predicate"], self.actor, (start, end), rule["id"], rule["confidence"])

    def entities_by_id(self) -> dict[str, _Entity]:
        """The draft's entities by id, as they stand now (rules add entities as they go: build it when needed)."""
        return {e.id: e for e in self.entities.values()}

    def entity_labelled(self, label: str) -> _Entity | None:
        """The entity drafted under ``label`` already, whatever the key it was read by, if any."""
        return next((e for e in self.entities.values() if e.label == label), None)

    def _add_entity(self, key: str, label: str, cls: str, span: tuple[int, int], rule_id: str, confidence: float,
                    family: str) -> _Entity:
        """A new entity of one class, mentioned once at ``span``, with a readable id: what a later rule found that
        no mention named (an indicator, a counted thing, the article as a report). An entity read before under
        ``key`` is read anew: the new one keeps its id and its mentions, so no fact loses its end (the facts its
        new class excludes are dropped at the end: ``_agree_kinds``)."""
        ent = _Entity(key, [cls], [Mention(span[0], span[1], key, [cls], rule_id, confidence, family)], rule_id,
                      confidence, label)
        old = self.entities.get(key)
        if old is None:
            ent.id = self.ids.make(label)
        else:       # the new reading takes the place of the one read under the key: its id, mentions and aliases
            ent.id, ent.aliases = old.id, list(old.aliases)
            ent.mentions = sorted(old.mentions + ent.mentions, key=lambda m: m.start)
            for m in old.mentions:
                self.entity_of[id(m)] = ent
        self.entities[key] = ent
        return ent

    # ------------------------------------------------------------------ output
    def _document(self, observations: list[dict[str, Any]]) -> dict[str, Any]:
        entities, mentions = [], []
        for ent in sorted(self.entities.values(), key=lambda e: (e.mentions[0].start, e.id)):
            first = min(ent.mentions, key=lambda m: m.start)
            mention = self.quote(first.start, first.end)
            if ent.known:
                mentions.append({"id": ent.id, "quote": mention, "confidence": round(ent.confidence, 2),
                                 "method": ent.rule})
                continue
            item: dict[str, Any] = {"id": ent.id, "class": ent.classes[0] if len(ent.classes) == 1 else ent.classes,
                                    "zh": ent.label, "en": romanised(ent.label)}
            if ent.aliases:
                item["aliases"] = sorted(set(ent.aliases))
            item["mention"] = mention
            occurrence = self._occurrence(mention, first.start)
            if occurrence > 1:
                item["occurrence"] = occurrence
            item["confidence"] = round(ent.confidence, 2)
            item["method"] = ent.rule
            entities.append(item)
        doc: dict[str, Any] = {"article": self.article_id, "status": "draft", "entities": entities,
                               "facts": self.facts, "observations": observations}
        if mentions:
            doc["mentions"] = mentions
        return doc
