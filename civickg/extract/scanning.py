"""Patterns that search a whole article faster, finding the same matches.

Python's regular expressions skip ahead to where a match may start only when a pattern opens with a fixed character
or a set of them; a rule pattern opening with an optional word (``(?:全国)?义务植树节|…``), a lookbehind or an
alternation of groups is instead tried at every position of the text. :func:`prefixed` puts before such a pattern a
lookahead of every character one of its matches can open with (``(?=[世义全…])``): the positions no match can start
at are then passed over at once. The lookahead holds every possible first character and consumes nothing, so the
matches, their groups and their order are those of the pattern itself; a pattern whose first characters cannot be
listed (an open class such as ``[^，。]``, any character, a match that may be empty) is kept as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _compiler, _parser
from re import _constants as sre
from typing import Any

#: classes of characters written as such in the lookahead (their negations list no characters)
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
#: a range of characters wider than this opens at too many positions for a lookahead to pass over many
_WIDEST = 512

_First = tuple[set[str] | None, bool]      # the first characters as class items (None: unknown), and whether empty


def _class_items(items: list[tuple[Any, Any]]) -> set[str] | None:
    """A character class's items as the text of a class; None for a negated class or a wide range."""
    out = set()
    for op, value in items:
        if op is sre.LITERAL:
            out.add(re.escape(chr(value)))
        elif op is sre.RANGE and value[1] - value[0] <= _WIDEST:
            out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            out.add(_CATEGORIES[value])
        else:
            return None
    return out


def _first_of(op: Any, value: Any) -> _First:
    """The first characters of one item of a parsed pattern, and whether it may match nothing."""
    if op is sre.LITERAL:
        return {re.escape(chr(value))}, False
    if op is sre.IN:
        return _class_items(value), False
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True          # a lookaround or an anchor consumes nothing: what follows opens the match
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = value
        return (None, False) if add_flags or del_flags else _first(sub)
    if op is sre.BRANCH:
        found: set[str] = set()
        empty = False
        for alternative in value[1]:
            first, may_be_empty = _first(alternative)
            if first is None:
                return None, False
            found |= first
            empty = empty or may_be_empty
        return found, empty
    if op in _REPEATS:
        low, _, sub = value
        first, empty = _first(sub)
        return first, empty or low == 0
    return None, False


def _first(items: Any) -> _First:
    """The characters a match of the parsed ``items`` can open with, and whether it may match nothing."""
    found: set[str] = set()
    for op, value in items:
        first, empty = _first_of(op, value)
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True


def prefixed(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead of the characters its matches open with, when it names them and Python finds no
    fixed opening of its own; else ``pattern`` itself. The same matches, groups and group names."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return pattern
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if _compiler._get_literal_prefix(tree, pattern.flags)[0] or _compiler._get_charset_prefix(tree, pattern.flags):
        return pattern
    first, empty = _first(tree)
    if not first or empty:
        return pattern
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern.pattern})", pattern.flags)


@lru_cache(maxsize=1024)
def scanning(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`prefixed` of the pattern compiled (made once: the rules of every article ask for the same ones)."""
    return prefixed(re.compile(pattern, flags))
