"""jieba's part-of-speech tagger with a faster search over the same hidden Markov model.

jieba tags a run of characters its dictionary does not know (a person's name, a new word) by a Viterbi
search over its character-state model, trying every state before each state at each character, one at a
time; that search is most of the time jieba spends on an article. :func:`viterbi` makes the same search
with the model's scores in arrays: at each character, every way from a state the last character took into
a state this character can take is scored at once. It finds the same path: the same scores, added in the
same order (in the same floating point), and ties broken as jieba breaks them (the larger state wins).

:func:`tag` walks jieba's steps (split the text into blocks, find the likeliest cut of each block over the
dictionary, guess the runs of characters left alone) as plain functions appending (word, tag) pairs to one
list, without jieba's generators and pair objects, and finds the likeliest cut in one pass. It gives
exactly ``jieba.posseg.lcut``'s words and tags; ``tests/test_extract_segment.py`` checks this on every
dev article and on random texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from math import log

import jieba
import jieba.posseg
import numpy as np
from jieba import finalseg, re_han_default, re_skip_default
from jieba.posseg import (
    char_state_tab_P,
    emit_P,
    re_eng,
    re_han_detail,
    re_han_internal,
    re_num,
    re_skip_detail,
    re_skip_internal,
    start_P,
    trans_P,
)

State = tuple[str, str]          # (B/M/E/S: where the character is in its word, the word's tag)

#: jieba's score for an emission its model does not have
MISSING = -3.14e100


@dataclass(frozen=True)
class _Model:
    """jieba's character-state model in arrays, the states numbered in their order (the order of ties)."""

    states: tuple[State, ...]
    start: np.ndarray            # the score of opening a run in each state
    trans: np.ndarray            # [before, after]: the score of the move; minus infinity where there is none
    leading: np.ndarray          # the states that have a successor
    number: dict[State, int]     # each state's number


@lru_cache(maxsize=1)
def _model() -> _Model:
    states = tuple(sorted(trans_P))
    number = {s: i for i, s in enumerate(states)}
    trans = np.full((len(states), len(states)), float("-inf"))
    for prev, nexts in trans_P.items():
        for state, score in nexts.items():
            trans[number[prev], number[state]] = score
    return _Model(states, np.array([start_P[s] for s in states]), trans, np.array([bool(trans_P[s]) for s in states]),
                  number)


@lru_cache(maxsize=8192)
def _emitting(char: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The states ``char`` can take (their numbers, descending: the larger state first, so that the first best wins
    ties as in jieba), the same as a column, and the score of each emitting it (memoised per character: the model's
    facts)."""
    model = _model()
    taken = char_state_tab_P.get(char, model.states)
    numbers = sorted({model.number[s] for s in taken if s in model.number}, reverse=True)
    found = np.array(numbers)
    return found, found[:, None], np.array([emit_P[model.states[i]].get(char, MISSING) for i in numbers])


def _step(column: np.ndarray, score: np.ndarray, char: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The states ``char`` can take after the states of ``column`` (scored ``score``): their numbers, the same as a
    column, their best scores and where the state before each stands in ``column``.

    The states counted are the character's states that a live state (one with a successor) leads to; when
    there are none, every state a live state leads to (jieba's choice). Every state of the character is kept,
    the ones no state leads to scored minus infinity: the scores of the others are finite, so such a state
    never wins a later step or the last one, as if it were not there, and the arrays keep the character's shape."""
    model = _model()
    states, after, emit = _emitting(char)
    options = score[:, None] + model.trans[column, states] + emit
    best = options.max(axis=0)
    if best.max() == float("-inf"):     # 潍/ns opens 潍坊 only: what follows it in 潍入 is read as jieba reads it
        before = column[:, 0]
        live = before[(score > float("-inf")) & model.leading[before]]
        states = np.flatnonzero(model.trans[live].max(axis=0) > float("-inf"))[::-1]
        after = states[:, None]
        emit = np.array([emit_P[model.states[i]].get(char, MISSING) for i in states])
        options = score[:, None] + model.trans[column, states] + emit
        best = options.max(axis=0)
    return states, after, best, options.argmax(axis=0)


@lru_cache(maxsize=8192)
def _alone(char: str) -> State:
    """The most likely state of ``char`` as a run of its own (memoised per character: the model's facts)."""
    states, _, emit = _emitting(char)
    return _model().states[int(states[int((_model().start[states] + emit).argmax())])]


def viterbi(chars: str) -> list[State]:
    """The most likely state of each character of ``chars`` (a run of Chinese characters), as jieba finds it."""
    if len(chars) == 1:
        return [_alone(chars)]
    model = _model()
    states, column, emit = _emitting(chars[0])
    score = model.start[states] + emit
    taken, back = [states], []      # each character's states, and where each one's state before stands
    for char in chars[1:]:
        states, column, score, before = _step(column, score, char)
        taken.append(states)
        back.append(before)
    at = int(score.argmax())
    route = [int(states[at])]
    for t in range(len(back) - 1, -1, -1):
        at = int(back[t][at])
        route.append(int(taken[t][at]))
    route.reverse()
    return [model.states[i] for i in route]


#: a node of :attr:`_Dictionary.trie`: the score of the word spelt so far (None: only a beginning of words) and the
#: nodes after it by their next character (None: :data:`_ABSENT`)
_Node = tuple[float | None, dict[str, "_Node"] | None]


@dataclass(frozen=True)
class _Dictionary:
    """jieba's dictionary: each word's count (a word's beginnings are there too, counted 0) and tag; ``trie`` keeps
    the entries as they are first read, by character (社 → 社区 → 社区服务), each with the word's log count less the
    log total (the same float as computed in place): a cut looks its fragments up one character further each time,
    without slicing the block and hashing each fragment anew."""

    counts: dict[str, int]
    tags: dict[str, str]
    log_total: float
    trie: dict[str, _Node]
    #: how many :data:`_ABSENT` marks the trie holds (a list, so that the frozen table can count them)
    absent: list[int] = field(default_factory=lambda: [0])


@lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    """The default tagger's tables, shared instead of loaded again."""
    jieba.dt.check_initialized()
    return _Dictionary(jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab, log(jieba.dt.total), {})


#: a node of :attr:`_Dictionary.trie` for a character that continues no entry of the dictionary (so that a cut
#: that met it before stops there without slicing the block and looking the fragment up again)
_ABSENT: _Node = (None, None)
#: at most this many such marks are kept (about 100 bytes each): the real entries are bounded by the dictionary, the
#: marks by the text read; past the bound a miss is looked up again each time, with the same cut
MAX_ABSENT = 500_000


def _ends(block: str) -> list[int]:
    """Where the word at each character of ``block`` ends in jieba's likeliest cut (its ``get_DAG`` and ``calc``
    in one backward pass: the same sums in the same order, ties to the longer word)."""
    table = _dictionary()
    counts, log_total, trie = table.counts, table.log_total, table.trie
    n = len(block)
    score, ends = [0.0] * (n + 1), [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best, end, kids, i = None, k, trie, k
        for char in block[k:]:
            node = kids.get(char)
            if node is None:         # not read yet
                count = counts.get(block[k:i + 1])
                if count is None:
                    if table.absent[0] < MAX_ABSENT:
                        kids[char] = _ABSENT
                        table.absent[0] += 1
                    break
                node = kids[char] = (log(count) - log_total if count else None, {})
            word, kids = node
            if kids is None:         # no entry of the dictionary goes on so
                break
            if word is not None:
                value = word + score[i + 1]
                if best is None or value >= best:
                    best, end = value, i
            i += 1
        if best is None:         # a character the dictionary does not know as a word counts once
            best = log(counts.get(block[k]) or 1) - log_total + score[k + 1]
        score[k], ends[k] = best, end
    return ends


def _guess(run: str, out: list[tuple[str, str]]) -> None:
    """Append the words :func:`viterbi` makes of ``run``, characters the dictionary does not know."""
    out.extend(_guessed(run))


@lru_cache(maxsize=16384)
def _guessed(run: str) -> tuple[tuple[str, str], ...]:
    """The words :func:`viterbi` makes of ``run`` (memoised per run: a name the dictionary does not know is often
    met again, in the same article and in others)."""
    route = viterbi(run)
    out = []
    begin = done = 0
    for i, (place, flag) in enumerate(route):
        if place == "B":
            begin = i
        elif place == "E":
            out.append((run[begin:i + 1], flag))
            done = i + 1
        elif place == "S":
            out.append((run[i], flag))
            done = i + 1
    if done < len(run):
        out.append((run[done:], route[done][1]))
    return tuple(out)


def _unknown(chars: str, out: list[tuple[str, str]]) -> None:
    """Append the words of ``chars``, single characters in a row that make no word of the dictionary
    (jieba's ``__cut_detail``): Chinese runs are guessed, numbers and letters tagged as such."""
    if re_han_detail.fullmatch(chars):     # the usual case: one Chinese run, split into nothing else
        _guess(chars, out)
        return
    for at, piece in enumerate(re_han_detail.split(chars)):
        if at % 2:      # a Chinese run (the pattern is one group: split puts its matches at the odd places)
            _guess(piece, out)
            continue
        for part in re_skip_detail.split(piece):
            if part:
                out.append((part, "m" if re_num.match(part) else "eng" if re_eng.match(part) else "x"))


def _single(chars: str, out: list[tuple[str, str]]) -> None:
    """Append the words of ``chars``, characters the likeliest cut leaves alone, as jieba's ``__cut_DAG`` does."""
    table = _dictionary()
    counts, tags = table.counts, table.tags
    if len(chars) == 1:
        out.append((chars, tags.get(chars, "x")))
    elif not counts.get(chars):
        _unknown(chars, out)
    else:
        out.extend((char, tags.get(char, "x")) for char in chars)


@lru_cache(maxsize=32768)
def _block_words(block: str) -> tuple[tuple[str, str], ...]:
    """The words of ``block``, a run of Chinese characters, letters and digits, as jieba's ``__cut_DAG`` cuts it
    (memoised per block: a clause printed again, a short list item, a name between two marks, is cut once)."""
    out: list[tuple[str, str]] = []
    tags = _dictionary().tags
    for x, y, word in _cut_spans(block):
        if word:
            out.append((block[x:y], tags.get(block[x:y], "x")))
        else:
            _single(block[x:y], out)
    return tuple(out)


def _cut_spans(block: str) -> Iterator[tuple[int, int, bool]]:
    """The likeliest cut of ``block`` (:func:`_ends`) as spans: (start, end, True) for each word of two characters or
    more, (start, end, False) for each run of characters it leaves alone between them (jieba's ``__cut_DAG``, whose
    tagged and default modes read those runs each its own way)."""
    ends = _ends(block)
    x, alone = 0, 0                  # alone: where the characters the cut leaves alone began
    while x < len(block):
        y = ends[x] + 1
        if y - x > 1:
            if alone < x:
                yield alone, x, False
            yield x, y, True
            alone = y
        x = y
    if alone < len(block):
        yield alone, len(block), False


def tag(text: str) -> list[tuple[str, str]]:
    """(word, tag) pairs of ``text``: exactly ``jieba.posseg.lcut(text)`` (its ``__cut_internal``), found faster."""
    out: list[tuple[str, str]] = []
    # both patterns are one group: split puts what they match at the odd places, what lies between at the even ones
    for at, block in enumerate(re_han_internal.split(text)):
        out.extend(_block_words(block) if at % 2 else _other_words(block))
    return out


@lru_cache(maxsize=4096)
def _other_words(block: str) -> tuple[tuple[str, str], ...]:
    """The words of ``block``, what lies between two runs of Chinese characters, letters and digits: spaces and line
    breaks, marks (memoised per block: most are a comma or a full stop)."""
    out: list[tuple[str, str]] = []
    for place, piece in enumerate(re_skip_internal.split(block)):
        if place % 2:
            out.append((piece, "x"))
        else:                    # jieba asks whether the whole piece is letters, not the character
            kind = "eng" if re_eng.match(piece) else "x"
            out.extend((char, "m" if re_num.match(char) else kind) for char in piece)
    return tuple(out)


def cut(text: str) -> list[str]:
    """The words of ``text``: exactly ``jieba.lcut(text)`` (jieba's default mode, whose model of the runs its dictionary
    leaves is :mod:`jieba.finalseg`'s, called as jieba calls it), the likeliest cut found by :func:`_ends`."""
    out: list[str] = []
    # both patterns are one group: split puts what they match at the odd places, what lies between at the even ones
    for at, block in enumerate(re_han_default.split(text)):
        if at % 2:
            _default_words(block, out)
            continue
        for place, piece in enumerate(re_skip_default.split(block)):
            if place % 2:
                out.append(piece)
            else:
                out.extend(piece)       # one word per character
    return out


def _default_words(block: str, out: list[str]) -> None:
    """Append the words of ``block`` as jieba's default ``__cut_DAG`` cuts it."""
    counts = _dictionary().counts
    for x, y, word in _cut_spans(block):
        if word:
            out.append(block[x:y])
        else:
            _default_alone(block[x:y], out, counts)


def _default_alone(chars: str, out: list[str], counts: dict[str, int]) -> None:
    """Append the words of ``chars``, characters the cut leaves alone: one character, a word of the dictionary split
    into its characters, or else the words of :mod:`jieba.finalseg`'s model."""
    if len(chars) == 1:
        out.append(chars)
    elif not counts.get(chars):
        out.extend(finalseg.cut(chars))
    else:
        out.extend(chars)


def in_dictionary(word: str) -> bool:
    """Whether ``word`` is a word of jieba's dictionary, not one its model made of characters it does not know."""
    return bool(_dictionary().counts.get(word))


def dictionary_tag(word: str) -> str:
    """The part of speech jieba's dictionary gives ``word`` ("" for a word it does not know)."""
    return _dictionary().tags.get(word, "")


def frequency(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 for a word it does not know)."""
    return _dictionary().counts.get(word) or 0
