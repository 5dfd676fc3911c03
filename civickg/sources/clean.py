"""Repair print artifacts in extracted newspaper text, recording every repair.

The rules are deliberately few and conservative (see graph/sources/README.md): drop a paragraph
repeated across a page break (or the words a paragraph repeats from the end of the one before), drop a
page number or running header that interrupts running text, and join running text split across a page
break. They look at what the text says, never at where in the file it stands.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

#: Characters that end a paragraph of running text; anything else means "continues".
CLOSING = frozenset("。！？；：…”’）)」』】!?;:")
#: Characters whose presence marks a paragraph as running text rather than a heading.
RUNNING = frozenset("，。、；")
#: How many paragraphs back a repeated paragraph of running text is looked for.
REPEAT_WINDOW = 3
#: The fewest characters a repeat must have to be dropped when it is not the paragraph just before.
MIN_REPEAT = 12
#: The longest line that may be page furniture (a page number or a running header).
MAX_FURNITURE = 30
#: A page number as printed: 3, - 3 -, 第3版, A03.
PAGE_NUMBER = re.compile(r"^[-—－\s]*(?:第\s*)?[A-Z]?\d{1,3}\s*(?:版|页)?[-—－\s]*$")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of text and the raw line numbers (1-based) it came from."""

    text: str
    lines: tuple[int, ...]


@dataclass(frozen=True)
class Repair:
    """One change made to the raw text."""

    kind: str  # "join", "drop-repeat" or "drop-furniture"
    lines: tuple[int, ...]
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "lines": list(self.lines), "text": self.text}


@dataclass
class CleanText:
    """Paragraphs after repair, and the repairs made."""

    paragraphs: list[Paragraph]
    repairs: list[Repair] = field(default_factory=list)


def raw_paragraphs(raw: str) -> list[Paragraph]:
    """Split raw text into paragraphs at blank lines, stripping each line."""
    paragraphs: list[Paragraph] = []
    for number, line in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        text = line.strip().replace("\u3000", " ").strip()
        if text:
            paragraphs.append(Paragraph(text, (number,)))
    return paragraphs


def is_running(text: str) -> bool:
    """True for running text (it holds sentence punctuation), false for headings and bylines."""
    return any(mark in text for mark in RUNNING)


def is_split(text: str, following: str) -> bool:
    """True when running text stops before its closing punctuation and running text follows."""
    return is_running(text) and text[-1] not in CLOSING and is_running(following)


def repeats(para: Paragraph, kept: list[Paragraph]) -> bool:
    """True when ``para`` repeats the paragraph just before, or running text a few paragraphs back."""
    if kept and para.text == kept[-1].text:
        return True
    return (len(para.text) >= MIN_REPEAT and is_running(para.text)
            and any(p.text == para.text for p in kept[-REPEAT_WINDOW:]))


def overlap(before: str, text: str) -> int:
    """The length of the longest start of ``text`` (at least MIN_REPEAT long) that ends ``before``."""
    longest = min(len(before), len(text) - 1)
    if longest < MIN_REPEAT:
        return 0
    head = text[:MIN_REPEAT]        # where such a start can begin in ``before``, the longest first
    at = before.find(head, len(before) - longest)
    while at >= 0:
        if text.startswith(before[at:]):
            return len(before) - at
        at = before.find(head, at + 1)
    return 0


def furniture_lines(paragraphs: list[Paragraph]) -> set[str]:
    """Short lines that are page numbers, or headers printed on more than one page."""
    counts = Counter(p.text for p in paragraphs if len(p.text) <= MAX_FURNITURE and not is_running(p.text))
    return {p.text for p in paragraphs if PAGE_NUMBER.match(p.text)} | {t for t, n in counts.items() if n > 1}


def without_repeats(paragraphs: list[Paragraph], repairs: list[Repair]) -> list[Paragraph]:
    """Drop repeated paragraphs, and the words a paragraph repeats from the end of the one before."""
    kept: list[Paragraph] = []
    for para in paragraphs:
        if repeats(para, kept):
            repairs.append(Repair("drop-repeat", para.lines, para.text))
            continue
        size = overlap(kept[-1].text, para.text) if kept and is_running(para.text) else 0
        if size:
            repairs.append(Repair("drop-repeat", para.lines, para.text[:size]))
            para = Paragraph(para.text[size:], para.lines)
        kept.append(para)
    return kept


def without_furniture(paragraphs: list[Paragraph], repairs: list[Repair]) -> list[Paragraph]:
    """Drop a page number or running header that stands between the two halves of a split paragraph."""
    furniture = furniture_lines(paragraphs)
    kept: list[Paragraph] = []
    for n, para in enumerate(paragraphs):
        following = paragraphs[n + 1].text if n + 1 < len(paragraphs) else ""
        if para.text in furniture and kept and following and is_split(kept[-1].text, following):
            repairs.append(Repair("drop-furniture", para.lines, para.text))
            continue
        kept.append(para)
    return kept


def clean(raw: str) -> CleanText:
    """Repair page-break artifacts: drop repeated fragments and page furniture, join split paragraphs."""
    result = CleanText(paragraphs=[])
    kept = without_furniture(without_repeats(raw_paragraphs(raw), result.repairs), result.repairs)
    for para in kept:
        last = result.paragraphs[-1] if result.paragraphs else None
        if last is not None and is_split(last.text, para.text):
            result.repairs.append(Repair("join", last.lines[-1:] + para.lines,
                                         f"{last.text[-8:]}|{para.text[:8]}"))
            result.paragraphs[-1] = Paragraph(last.text + para.text, last.lines + para.lines)
        else:
            result.paragraphs.append(para)
    return result
