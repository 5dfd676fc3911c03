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


def viterbi(chars: str) -> list[State]:
    """The most likely state of each character of ``chars`` (a run of Chinese characters), as jieba finds it."""
    before, leading, every = _model()
    first = chars[0]
    score = {s: start_P[s] + emit_P[s].get(first, MISSING) for s in char_state_tab_P.get(first, every)}
    back: list[dict[State, State | str]] = [dict.fromkeys(score, "")]
    for char in chars[1:]:
        live = {s for s in score if s in leading}
        reachable: set[State] = set()
        for s in live:
            reachable.update(trans_P[s])
        states = reachable.intersection(char_state_tab_P.get(char, every)) or reachable or set(every)
        new_score: dict[State, float] = {}
        step: dict[State, State | str] = {}
        for state in states:
            emit = emit_P[state].get(char, MISSING)
            best: tuple[float, State] | None = None
            for prev, move in before.get(state, ()):
                if prev in live:
                    option = (score[prev] + move + emit, prev)
                    if best is None or option > best:
                        best = option
            if best is None:        # no live state leads here: jieba scores every way in at minus infinity
                best = max((score[prev] + float("-inf") + emit, prev) for prev in live)
            new_score[state], step[state] = best
        score = new_score
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
