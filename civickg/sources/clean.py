"""Repair print artifacts in extracted newspaper text, recording every repair.

The rules are deliberately few and conservative (see graph/sources/README.md): drop a paragraph
repeated across a page break, and join running text split across a page break.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Characters that end a paragraph of running text; anything else means "continues".
CLOSING = frozenset("。！？；：…”’）)」』】!?;:")
#: Characters whose presence marks a paragraph as running text rather than a heading.
RUNNING = frozenset("，。、；")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of text and the raw line numbers (1-based) it came from."""

    text: str
    lines: tuple[int, ...]


@dataclass(frozen=True)
class Repair:
    """One change made to the raw text."""

    kind: str  # "join" or "drop-repeat"
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
    return bool(RUNNING & set(text))


def is_split(text: str, following: str) -> bool:
    """True when running text stops before its closing punctuation and running text follows."""
    return is_running(text) and text[-1] not in CLOSING and is_running(following)


def clean(raw: str) -> CleanText:
    """Repair page-break artifacts: drop repeated fragments, join split paragraphs."""
    result = CleanText(paragraphs=[])
    kept: list[Paragraph] = []
    for para in raw_paragraphs(raw):
        if kept and para.text == kept[-1].text:
            result.repairs.append(Repair("drop-repeat", para.lines, para.text))
            continue
        kept.append(para)
    for para in kept:
        last = result.paragraphs[-1] if result.paragraphs else None
        if last is not None and is_split(last.text, para.text):
            result.repairs.append(Repair("join", last.lines[-1:] + para.lines,
                                         f"{last.text[-8:]}|{para.text[:8]}"))
            result.paragraphs[-1] = Paragraph(last.text + para.text, last.lines + para.lines)
        else:
            result.paragraphs.append(para)
    return result
