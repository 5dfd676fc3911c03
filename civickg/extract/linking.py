"""Linking extracted entities to the entities the graph already knows, and readable ids for new ones."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pypinyin import lazy_pinyin

from civickg.errors import AnnotationError
from civickg.extract.segment import cut
from civickg.extract.text import simplify
from civickg.sources.keyed import entry_for, keep, kept
from civickg.sources.yamlio import parse_yaml, read_text

MARKS = "“”\"《》「」『』()（）[]【】"


@lru_cache(maxsize=65536)
def normal_label(label: str) -> str:
    """The form labels are compared in: simplified characters, no quotation or title marks."""
    simple = simplify(label).simple
    return "".join(ch for ch in simple if ch not in MARKS and not ch.isspace())


@dataclass(frozen=True)
class KnownEntity:
    """An entity the graph already has: its id, classes, Chinese label and aliases."""

    id: str
    classes: tuple[str, ...]
    zh: str
    aliases: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, item: dict) -> KnownEntity:
        classes = item.get("class") or ()
        return cls(str(item["id"]), tuple([classes] if isinstance(classes, str) else classes),
                   str(item.get("zh", "")), tuple(str(a) for a in item.get("aliases") or ()))


class KnownEntities:
    """Entities already in the graph, looked up by label, alias or their simplified form."""

    def __init__(self, entities: Iterable[KnownEntity | dict]) -> None:
        self.entities = [e if isinstance(e, KnownEntity) else KnownEntity.from_mapping(e) for e in entities]
        self.by_label: dict[str, KnownEntity] = {}
        for entity in self.entities:
            for label in (entity.zh, *entity.aliases):
                key = normal_label(label)
                if key:
                    self.by_label.setdefault(key, entity)
        self.ids = IdSet(e.id for e in self.entities)

    @classmethod
    def from_annotations(cls, folder: Path, *, exclude: Iterable[str] = (),
                         cache: Path | None = None) -> KnownEntities:
        """The entities declared in every annotation file of a folder (but the articles excluded); ``cache``: where
        what each file declares is kept by its hash (:func:`declarations`)."""
        return cls.from_declarations(declared_in_folder(folder, cache), exclude=exclude)

    @classmethod
    def from_declarations(cls, declared: Iterable[dict[str, Any]], *, exclude: Iterable[str] = ()) -> KnownEntities:
        """The entities of :func:`declarations` read before (but those of the articles excluded)."""
        skip = set(exclude)
        return cls([e for d in declared if d["article"] not in skip for e in d["entities"]])

    def lookup(self, label: str) -> KnownEntity | None:
        return self.by_label.get(normal_label(label))


def declared_in(data: dict[str, Any]) -> dict[str, Any]:
    """What an annotation declares for drafting and reviewing others: its article, its entities, its entity and
    observation ids (``taken``), whether it is a draft (``status``: ``draft``, or empty for a file a person
    curated), and the ids its mentions and facts name (``names``)."""
    entities = [e for e in data.get("entities") or [] if isinstance(e, dict) and "id" in e]
    taken = sorted({str(i["id"]) for kind in ("entities", "observations") for i in data.get(kind) or []
                    if isinstance(i, dict) and "id" in i})
    status = "draft" if data.get("status") == "draft" else ""
    names = sorted({str(i[key]) for kind, keys in (("mentions", ("id",)), ("facts", ("s", "o")))
                    for i in data.get(kind) or [] if isinstance(i, dict) for key in keys if i.get(key) is not None})
    return {"article": str(data.get("article", "")), "status": status, "entities": entities, "taken": taken,
            "names": names}


def declarations(path: Path, cache: Path | None = None) -> dict[str, Any]:
    """:func:`declared_in` of the annotation file ``path``, kept in ``cache`` (a folder) by the SHA-256 of the file's
    bytes (:mod:`civickg.sources.keyed`), so that a changed file is read afresh and an unchanged one is not parsed
    again: parsing every facts and observations list of a thousand drafts is most of what `civickg ingest FILE`
    would otherwise cost."""

    def parsed() -> dict[str, Any]:
        data = parse_yaml(read_text(path, AnnotationError), path, AnnotationError)
        return declared_in(data if isinstance(data, dict) else {})

    return kept(cache, path.read_bytes(), parsed)


def remember_declared(cache: Path | None, data: bytes, declared: dict[str, Any]) -> None:
    """Keep ``declared`` in ``cache`` as what the annotation file of bytes ``data`` declares (a drafter writing a file
    knows it without parsing it back)."""
    keep(entry_for(cache, data), declared)


def declared_in_folder(folder: Path, cache: Path | None = None) -> list[dict[str, Any]]:
    """:func:`declarations` of every annotation file of ``folder``, in the order of their names."""
    return [declarations(path, cache) for path in sorted(folder.glob("*.yaml"))]


@lru_cache(maxsize=65536)
def _word_pinyin(word: str) -> str:
    return "".join(lazy_pinyin(word))


@lru_cache(maxsize=65536)
def readable_id(label: str) -> str:
    """Lowercase pinyin of the label's words joined by '-' (山大路街道 → shandalu-jiedao)."""
    clean = "".join(ch for ch in simplify(label).simple if ch not in MARKS)
    words = []
    level = re.search(r"(街道|社区|小区|省|市|区|县|镇|村)$", clean)
    pieces = [*cut(clean[:level.start()]), level.group(1)] if level and level.start() >= 2 else cut(clean)
    for word in pieces:
        if re.fullmatch(r"[\u4e00-\u9fff]+", word):
            words.append(_word_pinyin(word))
        else:
            ascii_word = re.sub(r"[^a-z0-9]+", "-", word.lower()).strip("-")
            if ascii_word:
                words.append(ascii_word)
    text = "-".join(w for w in words if w)
    text = re.sub(r"[^a-z0-9-]+", "", text)
    text = re.sub(r"-+", "-", text).strip("-")
    parts = text.split("-")
    if len(parts) > 6:
        text = "-".join(parts[:6])
    return text or "entity"


class IdSet(set):
    """Ids that are only ever added to (removing one is refused), remembering for each readable id how many of
    its forms (id, id-2, id-3, …) it holds in a row, so that the next free one is found without probing them
    all again: a corpus of many articles names the same kinds of things again and again."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        super().__init__(ids)
        self.runs: dict[str, int] = {}  # readable id -> n such that its forms 1 … n-1 are all held


def _refuse_removal(self: IdSet, *args: object) -> None:
    raise TypeError("ids are only ever added to an IdSet (it remembers which are taken)")


for _name in ("remove", "discard", "pop", "clear", "difference_update", "intersection_update",
              "symmetric_difference_update", "__isub__", "__iand__", "__ixor__"):
    setattr(IdSet, _name, _refuse_removal)


def _form(base: str, n: int) -> str:
    """The n-th form of a readable id: the id itself, then id-2, id-3, …"""
    return base if n == 1 else f"{base}-{n}"


def _first_lacking(ids: AbstractSet[str], base: str, n: int) -> int:
    """The first n' >= n whose form of ``base`` ``ids`` lacks (an IdSet skips the forms it knows it holds)."""
    runs = getattr(ids, "runs", None)
    held = runs.get(base, 1) if runs is not None else 1
    if held >= n:
        n = held
    else:
        runs = None  # forms below n are not all known to be held: nothing to remember
    while _form(base, n) in ids:
        n += 1
    if runs is not None:
        runs[base] = n
    return n


class TakenIds:
    """Ids in use: those of the given sets, read where they are (a set is not copied, nor ever changed, so a
    corpus-wide set costs nothing per article), and those added here."""

    def __init__(self, *taken: Iterable[str]) -> None:
        self.own: set[str] = set()
        self.sets = (self.own, *(t if isinstance(t, (set, frozenset)) else set(t) for t in taken))

    def __contains__(self, ident: object) -> bool:
        return any(ident in ids for ids in self.sets)

    def add(self, ident: str) -> None:
        self.own.add(ident)


class IdMaker:
    """Deterministic, collision-safe ids: the readable id, then -2, -3, … (the first form no set holds).

    The ids of ``taken`` must not change while the maker is in use (they are read, not copied).
    """

    def __init__(self, *taken: Iterable[str]) -> None:
        self.taken = TakenIds(*taken)

    def make(self, label: str, *, prefix: str = "") -> str:
        base = readable_id(label)
        if prefix:
            base = f"{prefix}-{base}"
        n, moved = 1, True
        while moved:  # until a form none of the sets holds
            moved = False
            for ids in self.taken.sets:
                start, n = n, _first_lacking(ids, base, n)
                moved = moved or n != start
        candidate = _form(base, n)
        self.taken.add(candidate)
        return candidate


def romanised(label: str) -> str:
    """A placeholder English label: the pinyin words, capitalised, for a reviewer to translate."""
    return " ".join(w.capitalize() for w in readable_id(label).split("-"))
