"""jieba's part-of-speech tagger with a faster search over the same hidden Markov model.

jieba tags a run of characters its dictionary does not know (a person's name, a new word) by a Viterbi
search over its character-state model, trying every state before each state at each character; that
search is most of the time jieba spends on an article. The model's transitions are sparse (a word's
middle follows only its beginning or middle), so :func:`viterbi` tries only the states that can come
before each state. It finds the same path: the same scores, added in the same order, and ties broken as
jieba breaks them (the larger state wins), so :func:`tag` gives exactly ``jieba.posseg.lcut``'s words and
tags; ``tests/test_extract_text.py`` checks this on every dev article.
"""

from __future__ import annotations

from functools import lru_cache

import jieba
import jieba.posseg
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

State = tuple[str, str]          # (B/M/E/S: where the character is in its word, the word's tag)

#: jieba's score for an emission its model does not have
MISSING = -3.14e100


@lru_cache(maxsize=1)
def _model() -> tuple[dict[State, list[tuple[State, float]]], frozenset[State], tuple[State, ...]]:
    """Each state's possible predecessors with the transition's score; the states that have a successor."""
    before: dict[State, list[tuple[State, float]]] = {}
    for prev, nexts in trans_P.items():
        for state, score in nexts.items():
            before.setdefault(state, []).append((prev, score))
    return before, frozenset(s for s, nexts in trans_P.items() if nexts), tuple(trans_P)


@lru_cache(maxsize=8192)
def _opening(char: str) -> dict[State, float]:
    """The score of each state the first character of a run can take (the model's, memoised per character)."""
    _, _, every = _model()
    return {s: start_P[s] + emit_P[s].get(char, MISSING) for s in char_state_tab_P.get(char, every)}


def _best(score: dict[State, float], live: set[State], state: State, char: str) -> tuple[float, State] | None:
    """The best way into ``state`` reading ``char`` from a live state of ``score`` (None when none leads there)."""
    before, _, _ = _model()
    emit = emit_P[state].get(char, MISSING)
    best: tuple[float, State] | None = None
    for prev, move in before.get(state, ()):
        if prev in live:
            option = (score[prev] + move + emit, prev)
            if best is None or option > best:
                best = option
    return best


def _step(score: dict[State, float], char: str) -> tuple[dict[State, float], dict[State, State | str]]:
    """The best score of each state ``char`` can take after the states of ``score``, and the state before it.

    The states counted are the character's states that a live state (one with a successor) leads to; when
    there are none, every state a live state leads to; when there are none either, every state."""
    _, leading, every = _model()
    live = {s for s in score if s in leading}
    found = {}
    for state in char_state_tab_P.get(char, every):
        if (best := _best(score, live, state, char)) is not None:
            found[state] = best
    if not found:
        for state in {t for s in live for t in trans_P[s]}:
            found[state] = _best(score, live, state, char)  # type: ignore[assignment]
    if not found:                   # jieba scores every way in at minus infinity
        for state in every:
            emit = emit_P[state].get(char, MISSING)
            found[state] = max((score[prev] + float("-inf") + emit, prev) for prev in live)
    return {s: v[0] for s, v in found.items()}, {s: v[1] for s, v in found.items()}


def viterbi(chars: str) -> list[State]:
    """The most likely state of each character of ``chars`` (a run of Chinese characters), as jieba finds it."""
    score = _opening(chars[0])
    back: list[dict[State, State | str]] = [dict.fromkeys(score, "")]
    for char in chars[1:]:
        score, step = _step(score, char)
        back.append(step)
    state: State | str = max((value, s) for s, value in score.items())[1]
    route: list[State] = []
    for step in reversed(back):
        route.append(state)          # type: ignore[arg-type]
        state = step[state]          # type: ignore[index]
    route.reverse()
    return route


class _Tagger(jieba.posseg.POSTokenizer):
    """jieba's default tagger (its dictionary and tag table, shared, not loaded again) with :func:`viterbi`."""

    def __init__(self) -> None:     # the default tagger's tables, shared instead of loaded again
        default = jieba.posseg.dt
        self.tokenizer = default.tokenizer
        self.word_tag_tab = default.word_tag_tab

    def _POSTokenizer__cut(self, sentence: str):  # what jieba calls, by this name, for a run of unknown characters
        route = viterbi(sentence)
        begin = done = 0
        for i, (place, flag) in enumerate(route):
            if place == "B":
                begin = i
            elif place == "E":
                yield jieba.posseg.pair(sentence[begin:i + 1], flag)
                done = i + 1
            elif place == "S":
                yield jieba.posseg.pair(sentence[i], flag)
                done = i + 1
        if done < len(sentence):
            yield jieba.posseg.pair(sentence[done:], route[done][1])


@lru_cache(maxsize=1)
def _tagger() -> _Tagger:
    jieba.posseg.dt.tokenizer.check_initialized()
    return _Tagger()


def tag(text: str) -> list[tuple[str, str]]:
    """(word, tag) pairs of ``text``: exactly ``jieba.posseg.lcut(text)``, found faster."""
    return [(p.word, p.flag) for p in _tagger().lcut(text)]


def in_dictionary(word: str) -> bool:
    """Whether ``word`` is a word of jieba's dictionary, not one its model made of characters it does not know."""
    return bool(_tagger().tokenizer.FREQ.get(word))


def frequency(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 for a word it does not know)."""
    return _tagger().tokenizer.FREQ.get(word) or 0
