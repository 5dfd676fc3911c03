"""Read a SPARQL text without running it: its form, the prefixes it uses, and what a read-only store refuses.

The engines' own parsers report syntax errors; this module answers the questions they answer badly or
too late: is it an update (refused before any engine sees it), does it use SERVICE (refused: no network
from a query), and which prefix is unknown, at which line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from civickg.errors import QuerySyntaxError, UnsupportedQuery, UpdateRefused
from civickg.namespaces import PREFIXES

QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})

_PN_CHARS_BASE = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D" \
                 r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
_PN_CHARS = _PN_CHARS_BASE + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"

_TOKEN = re.compile(rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             | '''(?:[^'\\]|\\.|'(?!''))*'''
             | "(?:[^"\\\n]|\\.)*"
             | '(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][{_PN_CHARS}]+)
  | (?P<bnode>_:[{_PN_CHARS}.]*[{_PN_CHARS}])
  | (?P<pname>(?:[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)?:(?:[{_PN_CHARS}:%\\.]*[{_PN_CHARS}:%])?)
  | (?P<word>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class Token:
    kind: str  # comment, string, iri, var, bnode, pname, word, number, other
    text: str
    start: int


@dataclass(frozen=True)
class QueryText:
    """What the text says about itself before it is parsed."""

    form: str | None  # SELECT, CONSTRUCT, DESCRIBE, ASK; an update word; or None when unclear
    declared: dict[str, str]  # PREFIX declarations in the text
    tokens: tuple[Token, ...]

    @property
    def is_update(self) -> bool:
        return self.form in UPDATE_WORDS


def tokens(text: str) -> Iterator[Token]:
    """The tokens of ``text`` (whitespace dropped); unterminated strings come out as ``other``."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind != "ws":
            yield Token(kind, match.group(), match.start())


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def inspect(text: str) -> QueryText:
    """The form and PREFIX declarations of a query or update."""
    toks = tuple(tokens(text))
    declared: dict[str, str] = {}
    form = None
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok.text.upper() if tok.kind == "word" else ""
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 1].kind == "pname" and toks[i + 2].kind == "iri":
            declared[toks[i + 1].text.rstrip(":")] = toks[i + 2].text[1:-1]
            i += 3
            continue
        if word == "BASE":
            i += 2
            continue
        if tok.kind in ("comment",):
            i += 1
            continue
        if word in QUERY_FORMS or word in UPDATE_WORDS:
            form = word
        break
    return QueryText(form, declared, toks)


def check(text: str, *, file: Path | str | None = None, predeclared: Iterable[str] = PREFIXES) -> str | None:
    """The query form, after refusing updates and SERVICE and reporting the first unknown prefix."""
    info = inspect(text)
    if info.is_update:
        raise UpdateRefused(f"{info.form} is SPARQL Update, and civickg's stores are read-only",
                            file=file, hint="only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered")
    known = set(predeclared) | set(info.declared)
    unterminated = any(t.kind == "other" and t.text in "\"'" for t in info.tokens)
    for tok in info.tokens:
        if tok.kind == "word" and tok.text.upper() == "SERVICE":
            line, col = position(text, tok.start)
            raise UnsupportedQuery(f"line {line}, column {col}: SERVICE (federated query) is not supported",
                                   file=file, hint="queries answer from civickg's own graph and never reach "
                                                   "the network")
        if tok.kind == "pname" and not unterminated:
            prefix = tok.text.split(":", 1)[0]
            if prefix not in known:
                line, col = position(text, tok.start)
                raise QuerySyntaxError(f"unknown prefix '{prefix}:'", line=line, column=col, file=file,
                                       hint=f"declare it with PREFIX {prefix}: <…>, or use one of "
                                            f"{', '.join(sorted(known))}")
    return info.form if info.form in QUERY_FORMS else None


def star_order(text: str) -> tuple[str, ...] | None:
    """For a ``SELECT *`` query, its variables in the order they first appear in the text (what SPARQL
    means by the columns of ``*``); None for any other query. Engines list them alphabetically."""
    toks = [t for t in inspect(text).tokens if t.kind != "comment"]
    select = next((i for i, t in enumerate(toks) if t.kind == "word" and t.text.upper() == "SELECT"), None)
    if select is None:
        return None
    i = select + 1
    if i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in ("DISTINCT", "REDUCED"):
        i += 1
    if i >= len(toks) or toks[i].text != "*":
        return None
    order: dict[str, None] = {}
    for tok in toks[i + 1:]:
        if tok.kind == "var":
            order.setdefault(tok.text[1:], None)
    return tuple(order)
