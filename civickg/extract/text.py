"""The text the rules read: simplified characters with a map back to the original offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

import jieba
import opencc

from civickg.extract.segment import tag

jieba.setLogLevel(60)

SENTENCE_END = "。！？；!?;\n"
CLAUSE_END = SENTENCE_END + "，,：:"
#: the OpenCC configuration a traditional text is simplified with (see :func:`simplify`)
TRADITIONAL_CONFIG = "tw2s"
#: the share of its characters that t2s must change for a text to be read as traditional (a traditional news text
#: changes a sixth to a third of them, a simplified one with a traditional name in it a few in a hundred at most)
TRADITIONAL_SHARE = 0.1


@lru_cache(maxsize=2)
def _converter(config: str = "t2s") -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load jieba's dictionary and OpenCC's tables now rather than on the first article."""
    tag("预热")
    _converter().convert("預熱")
    _converter(TRADITIONAL_CONFIG).convert("預熱")


@dataclass(slots=True, eq=False)
class Token:
    """A word of the tagger, its part-of-speech tag and where it lies: one occurrence, the same object wherever it
    is used (made for every word: a plain slotted class, not a frozen one, which sets each field through
    ``object.__setattr__``)."""

    word: str
    flag: str
    start: int
    end: int


@dataclass
class SourceText:
    """The original text, its simplified form, and where each simplified character came from."""

    original: str
    simple: str
    starts: list[int] | None      # None: the two are aligned character by character

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the simplified text → offsets in the original text."""
        if self.starts is None:
            return start, end
        first = self.starts[start] if start < len(self.starts) else len(self.original)
        last = self.starts[end] if end < len(self.starts) else len(self.original)
        return first, last

    def quote(self, start: int, end: int) -> str:
        """The original words behind a span of the simplified text (verbatim)."""
        first, last = self.span(start, end)
        return self.original[first:last]

    @cached_property
    def traditional(self) -> bool:
        """Whether the text is printed in traditional characters: its simplified form differs in more than the
        quotation marks read anew (「」, "…" and ‘…’ read as “…”: :func:`simplify`, :func:`pair_quotes`)."""
        return self.original != self.simple and \
            self.original.translate(_NO_QUOTES) != self.simple.translate(_NO_QUOTES)


QUOTE_MARKS = str.maketrans("「」『』", "“”‘’")
_NO_QUOTES = str.maketrans("", "", "“”‘’\"「」『』")     # every mark simplify() may read anew


def simplify(original: str) -> SourceText:
    """Convert traditional characters to simplified with OpenCC, keeping an offset map.

    A text of which t2s changes at least ``TRADITIONAL_SHARE`` of the characters is traditional; it is
    converted again with ``TRADITIONAL_CONFIG`` (tw2s), whose variant tables read the 著 of a verb's
    aspect as 着 (隨著, 意味著, 有著: 随着, 意味着, 有着). t2s keeps that 著, a simplified character
    too, and the tagger cuts the words wrongly (这/意味/著永清新村). A simplified text keeps t2s's
    form, even with a few traditional characters in it (a name, a brand): tw2s would read its 显著
    as 显着.

    When the whole-text conversion keeps the length, characters correspond one to one (OpenCC's
    phrase tables only swap characters); otherwise each character is converted on its own and the
    map records where every output character came from. The corner brackets of Hong Kong, Macau and
    Taiwan (「…」, 『…』) read as the quotation marks “…” and ‘…’ of the mainland, one for one.
    """
    cc = _converter()
    simple = cc.convert(original).translate(QUOTE_MARKS)
    if _mostly_traditional(original.translate(QUOTE_MARKS), simple):
        cc = _converter(TRADITIONAL_CONFIG)
        simple = cc.convert(original).translate(QUOTE_MARKS)
    if len(simple) == len(original):
        return SourceText(original, pair_quotes(simple), None)
    pieces, starts = [], []
    for i, ch in enumerate(original):
        out = (cc.convert(ch) or ch).translate(QUOTE_MARKS)
        pieces.append(out)
        starts.extend([i] * len(out))
    return SourceText(original, pair_quotes("".join(pieces)), starts)


def _mostly_traditional(original: str, simple: str) -> bool:
    """Whether t2s changed at least ``TRADITIONAL_SHARE`` of the text's characters."""
    if len(original) != len(simple):
        return True
    changed = sum(a != b for a, b in zip(original, simple, strict=True))
    return changed >= TRADITIONAL_SHARE * max(len(original), 1)


def pair_quotes(text: str) -> str:
    """"…" (straight double quotes, paired within a line) and ‘…’ (paired within a line, also inside a quoted speech)
    read as “…”, one character for one: "支部领航+党员示范+产业矩阵"发展模式 and ‘党支部+合作社+农户’的模式 are quoted
    names as much as “…” ones. Inside a short quotation (``_SHORT_QUOTE``: a name or a slogan) ‘…’ stays as printed."""
    singles = "‘" in text       # ‘…’ to read at all (most texts have none)
    if not singles and '"' not in text:
        return text             # no mark to read anew (a name, most texts)
    out = list(text)
    for line in _LINE.finditer(text):
        straight = [m.start() for m in _STRAIGHT.finditer(text, *line.span())]
        for n, i in enumerate(straight[: len(straight) // 2 * 2]):
            out[i] = "“" if n % 2 == 0 else "”"
        if not singles:
            continue
        opened, first = None, line.start()
        names = [(first + a, first + b) for a, b in (m.span() for m in _SHORT_QUOTE.finditer(
                 "".join(out[first:line.end()]))) if text[first + a - 1:first + a] not in ("：", ":")
                 and text[first + b - 2] not in "。！？!?"]
        for m in _SINGLE.finditer(text, *line.span()):
            i = m.start()
            if text[i] == "‘":
                opened = i
            elif opened is not None:
                if not any(a < opened and i < b for a, b in names):
                    out[opened], out[i] = "“", "”"
                opened = None
    return "".join(out)


_LINE = re.compile(r"[^\n]+")
_STRAIGHT = re.compile('"')
_SINGLE = re.compile("[‘’]")
#: a short quotation, a name or a slogan, not speech (none after a colon or ending a sentence): the ‘…’ inside it stays
#: its inner quotation (“亮‘女神’风姿,赞巾帼精神”三八国际妇女节慰问活动); inside a speech it names a thing of its own
_SHORT_QUOTE = re.compile("“[^“”\n]{1,30}”")


def tokenize(text: str) -> list[Token]:
    """jieba's words with part-of-speech tags and offsets (exactly ``jieba.posseg.lcut``'s, found faster)."""
    tokens, end = [], 0
    for word, flag in tag(text):
        start, end = end, end + len(word)
        tokens.append(Token(word, flag, start, end))
    return tokens


_SENTENCE = re.compile(f"[^{re.escape(SENTENCE_END)}]+[{re.escape(SENTENCE_END)}]?")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentences (ended by 。！？； or a line break)."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]


def strip_leading(s: str, start: int, end: int, words: Iterable[str]) -> int:
    """Move ``start`` past any of ``words`` that open ``s[start:end]``, repeatedly, keeping two characters."""
    words = tuple(words)
    changed = s.startswith(words, start)     # else no word opens the span: nothing to move past
    while changed:
        changed = False
        for word in words:
            if s.startswith(word, start) and end - start > len(word) + 1:
                start += len(word)
                changed = True
    return start


_BREAK = re.compile(r"[，,。；;、：:\s]")


def times_printed(s: str, word: str, counts: dict[str, int]) -> int:
    """How often ``s`` prints ``word`` (``str.count``), counted once: ``counts`` keeps what was counted."""
    if word not in counts:
        counts[word] = s.count(word)
    return counts[word]


def unbroken(segment: str) -> bool:
    """Whether ``segment`` holds no punctuation or space: the words around it read as one phrase."""
    return not _BREAK.search(segment)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A rule's pattern compiled once (asked for at every figure and verb)."""
    return re.compile(pattern)


def plan_marked(segment: str, markers: list[str], not_marker: str) -> bool:
    """Whether ``segment`` holds a plan marker (将, 下一步 …) that is one: 就将15名队员划分到… uses 将 as 把."""
    cleaned = _compiled(not_marker).sub("", segment) if not_marker else segment
    return any(w in cleaned for w in markers)


_NOTE_MAX = 20      # the longest note in brackets after a name (张明华(瑶海区明光路街道居民))


def after_note(s: str, pos: int) -> int:
    """Where a note in brackets that opens at ``pos`` ends (张明华(瑶海区明光路街道居民)、…), else ``pos``."""
    if s[pos:pos + 1] not in ("(", "（"):
        return pos
    close = min((i for ch in ")）" if (i := s.find(ch, pos, pos + _NOTE_MAX + 2)) >= 0), default=-1)
    return close + 1 if close > pos and _note_words(s[pos:close]) else pos


def _note_words(inside: str) -> bool:
    """Whether a bracket's inside is a note's words: no end of a clause, but for the commas of a short note
    (都贵玛(女,蒙古族))."""
    commas = sum(c in "，," for c in inside)
    return sum(c in CLAUSE_END for c in inside) == commas and (not commas or len(inside) <= _NOTE_MAX // 2)


def before_note(s: str, end: int, longest: int = _NOTE_MAX) -> int:
    """Where a note in brackets, at most ``longest`` characters inside, that closes at ``end`` opens
    (…、李玉兰(瑶海区三里街街道居民)。), else ``end``."""
    if end == 0 or s[end - 1] not in (")", "）"):
        return end
    opening = max(s.rfind("(", max(0, end - longest - 2), end), s.rfind("（", max(0, end - longest - 2), end))
    return opening if opening > 0 and _note_words(s[opening:end]) else end


def before_word(s: str, end: int, words: Iterable[str]) -> int:
    """Where the first of ``words`` that ends at ``end`` opens (王谷開先生: 先生), else ``end``."""
    return next((end - len(w) for w in words if s.endswith(w, 0, end)), end)


def list_items(s: str, start: int, stop: int, mark: str = "、") -> list[tuple[int, int]]:
    """The spans ``mark`` parts ``s[start:stop]`` into (A、B、C: three items), empty ones left out."""
    items, at = [], start
    for i in [*(m.start() for m in re.finditer(re.escape(mark), s[start:stop])), stop - start]:
        items.append((at, start + i))
        at = start + i + len(mark)
    return [(a, b) for a, b in items if a < b]
