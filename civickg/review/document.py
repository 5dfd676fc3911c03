"""One article's annotation file as a round-trip YAML document: read it, apply a reviewer's actions, write it.

ruamel.yaml keeps the file's comments, key order and quoting; only what an action changes is rewritten.
Every item has a key that names it across a session: ``entities:3`` is the fourth entity of the file as it
was read, ``facts:new1`` the first fact added. Actions are replayed from the file each time, so a key always
means the same item.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from civickg.errors import AnnotationError

SECTIONS = ("entities", "facts", "observations", "mentions")
#: Fields an edit may change, per section.
EDITABLE = {"entities": ("id", "class", "zh", "en"), "facts": ("p", "o", "value"),
            "observations": ("value", "unit", "period", "change", "rank"), "mentions": ()}
#: Where an entity id can be referred to, per section.
REFERENCES = {"facts": ("s", "o"), "observations": ("indicator", "about"), "mentions": ("id",)}


def yaml_io() -> YAML:
    """The round-trip YAML reader and writer, set to the layout of the annotation files."""
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 1 << 16
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.allow_unicode = True
    return rt


def version_of(data: bytes) -> str:
    """The version a client holds: a digest of the file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def parse(text: str, file: Path) -> CommentedMap:
    """The round-trip document of ``text``; malformed YAML is one AnnotationError."""
    try:
        doc = yaml_io().load(text)
    except Exception as exc:  # ruamel raises many types; every one means the file cannot be read
        raise AnnotationError(f"malformed YAML: {str(exc).splitlines()[0]}", file=file,
                              hint="fix the file's syntax (civickg validate names the line)") from None
    if not isinstance(doc, CommentedMap):
        raise AnnotationError("not an annotation file (no mapping at the top)", file=file, line=1,
                              hint="start from the example in graph/annotations/README.md")
    return doc


def dump(doc: CommentedMap) -> str:
    """The document as text, comments and key order kept."""
    out = io.StringIO()
    yaml_io().dump(doc, out)
    return out.getvalue()


@dataclass
class Refused(Exception):
    """An action that cannot apply (an unknown key, a selection outside the text): its reason."""

    reason: str
    key: str = ""


@dataclass
class Session:
    """A document being reviewed: its items by key, the article text, and who reviews it when."""

    doc: CommentedMap
    text: str
    reviewer: str
    date: str
    items: dict[str, CommentedMap] = field(default_factory=dict)
    added: int = 0
    touched: list[CommentedMap] = field(default_factory=list)   # the items a person checked, changed or added

    def __post_init__(self) -> None:
        for section in SECTIONS:
            for index, item in enumerate(self.doc.get(section) or []):
                self.items[f"{section}:{index}"] = item

    def item(self, key: str) -> CommentedMap:
        if key not in self.items:
            raise Refused(f"no item '{key}' (it was rejected, merged or never existed)", key)
        return self.items[key]

    def section_of(self, key: str) -> str:
        return key.split(":", 1)[0]

    def sequence(self, section: str) -> CommentedSeq:
        if not isinstance(self.doc.get(section), CommentedSeq):
            self.doc[section] = CommentedSeq()
        return self.doc[section]

    def mark(self, item: CommentedMap) -> None:
        """Mark an item as checked by the reviewer on the session's date."""
        item["status"] = "reviewed"
        item["reviewed_by"] = self.reviewer
        item["reviewed_on"] = DoubleQuotedScalarString(self.date)
        if all(other is not item for other in self.touched):
            self.touched.append(item)

    def add(self, section: str, item: CommentedMap) -> str:
        self.added += 1
        key = f"{section}:new{self.added}"
        self.sequence(section).append(item)
        self.items[key] = item
        self.mark(item)
        return key

    def remove(self, key: str) -> None:
        item = self.items.pop(key)
        seq = self.doc[self.section_of(key)]
        for index, other in enumerate(seq):
            if other is item:
                del seq[index]
                return

    def rename(self, old: str, new: str) -> None:
        """Point every reference to entity ``old`` at ``new``."""
        for key, item in self.items.items():
            for name in REFERENCES.get(self.section_of(key), ()):
                if item.get(name) == old:
                    item[name] = new

    def keys_referring(self, ident: str) -> list[str]:
        return [key for key, item in self.items.items()
                if any(item.get(name) == ident for name in REFERENCES.get(self.section_of(key), ()))]


def quote_at(text: str, start: Any, end: Any) -> tuple[str, int]:
    """The words selected at [start, end) and which occurrence of them that is (1-based)."""
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        raise Refused(f"the selection {start}–{end} is not inside the article's text (0–{len(text)})")
    words = text[start:end]
    if "\n" in words:
        raise Refused("a quote may not cross a paragraph break: select words within one paragraph")
    occurrence, at = 1, text.find(words)
    while at != start:
        occurrence, at = occurrence + 1, text.find(words, at + 1)
    return words, occurrence


def placed(item: CommentedMap, words: str, occurrence: int, field_name: str) -> None:
    item[field_name] = words
    if occurrence > 1:
        item["occurrence"] = occurrence


Action = Callable[[Session, dict[str, Any]], None]


def write_with_backup(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` in place (atomically), keeping the previous version as ``<name>.bak``."""
    backup = path.with_name(path.name + ".bak")
    previous = path.read_bytes()
    backup.write_bytes(previous)
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return backup
