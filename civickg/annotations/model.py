"""The annotation records: entities, facts, observations and mentions, with the file and line of each."""

from __future__ import annotations

from dataclasses import dataclass, field

from civickg.evidence import Review

CURATED = Review()  # the marks of an item curated by hand: none

Value = str | int | float | bool


@dataclass(frozen=True)
class Entity:
    """A named thing in an article: its id, classes, labels and the words that name it."""

    id: str
    classes: tuple[str, ...]
    zh: str
    en: str
    aliases: tuple[str, ...]
    en_aliases: tuple[str, ...]
    mention: str
    occurrence: int
    note: str | None
    article: str
    file: str
    line: int
    review: Review = CURATED   # draft or reviewed, confidence, rule; empty when curated by hand


@dataclass(frozen=True)
class Fact:
    """A statement ``s p o`` (or ``s p value``) and the quote that supports it."""

    s: str
    p: str
    o: str | None
    value: Value | None
    datatype: str | None
    quote: str
    occurrence: int
    note: str | None
    article: str
    file: str
    line: int
    review: Review = CURATED   # draft or reviewed, confidence, rule; empty when curated by hand

    def describe(self) -> str:
        obj = self.o if self.o is not None else repr(self.value)
        return f"{self.s} {self.p} {obj}"


@dataclass(frozen=True)
class Observation:
    """One figure: indicator, area or body, period, value, unit, change, rank."""

    id: str
    indicator: str
    about: str
    period: int
    value: float | int | None
    unit: str | None
    change: float | int | None
    rank: str | None
    at_least: bool | None
    planned: bool | None
    quote: str
    occurrence: int
    zh: str | None
    en: str | None
    note: str | None
    article: str
    file: str
    line: int
    review: Review = CURATED   # draft or reviewed, confidence, rule; empty when curated by hand


@dataclass(frozen=True)
class Mention:
    """An entity declared in another file that this article also names."""

    id: str
    quote: str
    occurrence: int
    article: str
    file: str
    line: int
    review: Review = CURATED   # draft or reviewed, confidence, rule; empty when curated by hand


@dataclass
class Annotations:
    """All annotation files, merged, with every id resolved."""

    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    observations: dict[str, Observation] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # article id -> file
    status: dict[str, str] = field(default_factory=dict)  # article id -> the file's status (draft, reviewed)

    def is_draft(self, article_id: str) -> bool:
        """True when the article's annotation file is a draft (``status: draft``)."""
        return self.status.get(article_id) == "draft"

    def ids(self) -> set[str]:
        return set(self.entities) | set(self.observations)
