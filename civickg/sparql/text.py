"""Read a SPARQL text without running it: its form, the prefixes it uses, and what a read-only store refuses.

The engines' own parsers report syntax errors; this module answers the questions they answer badly or
too late: is it an update (refused before any engine sees it), does it use SERVICE (refused: no network
from a query), and which prefix is unknown, at which line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from civickg.errors import QueryError, QuerySyntaxError, UnsupportedQuery, UpdateRefused
from civickg.prefixes import PREFIX_IRIS as PREFIXES

QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})

_PN_CHARS_BASE = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D" \
                 r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
_PN_CHARS = _PN_CHARS_BASE + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"

_PN_WIDE = _PN_CHARS_BASE[len("A-Za-z"):] + r"\u00B7\u0300-\u036F\u203F-\u2040"  # PN_CHARS beyond ASCII

# Every pattern is one character class, matched possessively at a given offset: its work is the length of
# what it takes plus one, so the scanner below examines each character a bounded number of times.
_RUNS = {
    "ws": re.compile(r"\s++"),
    "name": re.compile(rf"[{_PN_CHARS}.]*+"),          # a prefix name, or the rest of a blank node label
    "local": re.compile(rf"[{_PN_CHARS}:%\\.]*+"),   # the local part of a prefixed name
    "var": re.compile(rf"[{_PN_CHARS}]*+"),
    "iri": re.compile(r"[^<>\"{}|^`\\\x00-\x20]*+"),
    "word": re.compile(r"[A-Za-z_0-9]*+"),
    "digits": re.compile(r"[0-9]*+"),
    "wide": re.compile(rf"[{_PN_WIDE}]*+"),             # Chinese text outside strings, for instance
    "plain": re.compile(rf"[^\s#\"'<?$_:.A-Za-z0-9{_PN_WIDE}]*+"),
    '"': re.compile(r'[^"\\\n]*+'), "'": re.compile(r"[^'\\\n]*+"),    # inside short strings
    '"""': re.compile(r'[^"\\]*+'), "'''": re.compile(r"[^'\\]*+"),  # inside long strings
}
_BASE = re.compile(rf"[{_PN_CHARS_BASE}]")
#: The longest text the checks read; a longer query is refused before any work is done on it.
MAX_QUERY_CHARS = 1_000_000


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


class Scanner:
    """Splits a query into tokens in one pass; ``steps`` counts the characters examined (at most a few per
    character of the text, whatever the text: the checks are linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.steps = 0
        self._no_pname_before = 0  # inside a name run already known not to be followed by ':'

    def run(self, kind: str, start: int) -> int:
        """The end of the run of ``kind`` characters at ``start``."""
        end = _RUNS[kind].match(self.text, start).end()  # type: ignore[union-attr]
        self.steps += end - start + 1
        return end

    def __iter__(self) -> Iterator[Token]:
        text, i = self.text, 0
        while i < len(text):
            self.steps += 1
            c = text[i]
            if c.isspace():
                i = self.run("ws", i)
                continue
            kind, end = self.token(i, c)
            yield Token(kind, text[i:end], i)
            if kind == "unterminated":
                return
            i = end

    def token(self, i: int, c: str) -> tuple[str, int]:
        """The kind and end of the token at ``i`` (whose first character is ``c``)."""
        text = self.text
        if c == "#":
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            self.steps += end - i
            return "comment", end
        if c in "\"'":
            return self.string(i, c)
        if c == "<":
            end = self.run("iri", i + 1)
            return ("iri", end + 1) if text.startswith(">", end) else ("other", i + 1)
        if c in "?$":
            end = self.run("var", i + 1)
            return ("var", end) if end > i + 1 else ("other", i + 1)
        if text.startswith("_:", i):
            end = i + 2 + len(text[i + 2:self.run("name", i + 2)].rstrip("."))
            if end > i + 2:
                return "bnode", end
        if c == ":" or (i >= self._no_pname_before and _BASE.match(c)):
            end = self.pname(i, c)
            if end:
                return "pname", end
        return self.plain(i, c)

    def pname(self, i: int, c: str) -> int:
        """The end of the prefixed name at ``i``, or 0 when none starts there."""
        text = self.text
        colon = i
        if c != ":":
            run_end = self.run("name", i + 1)
            colon = i + 1 + len(text[i + 1:run_end].rstrip("."))
            if not text.startswith(":", colon):
                self._no_pname_before = run_end  # no name starting inside this run is followed by ':'
                return 0
        local_end = self.run("local", colon + 1)
        return colon + 1 + len(text[colon + 1:local_end].rstrip(".\\"))

    def plain(self, i: int, c: str) -> tuple[str, int]:
        """A keyword, a number, or other characters."""
        if c.isascii() and (c.isalpha() or c == "_"):
            return "word", self.run("word", i + 1)
        if c.isascii() and c.isdigit():
            end = self.run("digits", i + 1)
            if self.text.startswith(".", end):
                end = self.run("digits", end + 1)
            if self.text[end:end + 1] in ("e", "E"):
                sign = end + 1 + (self.text[end + 1:end + 2] in ("+", "-"))
                exponent = self.run("digits", sign)
                end = exponent if exponent > sign else end
            return "number", end
        end = self.run("wide", i)
        return "other", max(i + 1, end if end > i else self.run("plain", i))

    def string(self, i: int, quote: str) -> tuple[str, int]:
        """A string literal; an unterminated one ends the scan (the engine's parser reports it)."""
        text = self.text
        delimiter = quote * 3 if text.startswith(quote * 3, i) else quote
        j = i + len(delimiter)
        while j < len(text):
            j = self.run(delimiter, j)
            if text.startswith("\\", j):
                j += 2
            elif text.startswith(delimiter, j):
                return "string", j + len(delimiter)
            elif j < len(text) and text[j] == quote:  # a lone quote inside a long string
                j += 1
            else:  # a line break in a short string, or the end of the text
                break
        return "unterminated", i + 1


def tokens(text: str) -> Iterator[Token]:
    """The tokens of ``text`` (whitespace dropped); an unterminated string comes out as one ``unterminated``
    token (its quote) and ends the tokens."""
    return iter(Scanner(text))


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@lru_cache(maxsize=4)
def inspect(text: str) -> QueryText:
    """The form and PREFIX declarations of a query or update (the last few kept: a store's checks and
    ``star_order`` read the same text in turn)."""
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


def _some(names: Iterable[str], most: int = 20) -> str:
    """Up to ``most`` names, sorted and comma-separated (the hint stays one readable line)."""
    ordered = sorted(names)
    return ", ".join(ordered[:most]) + (f" and {len(ordered) - most} more" if len(ordered) > most else "")


def check(text: str, *, file: Path | str | None = None, predeclared: Iterable[str] = PREFIXES) -> str | None:
    """The query form, after refusing updates and SERVICE and reporting the first unknown prefix."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query has {len(text):,} characters, more than the {MAX_QUERY_CHARS:,} civickg reads",
                         file=file, hint="shorten it: move long lists of values into the graph or into several "
                                         "queries")
    info = inspect(text)
    if info.is_update:
        raise UpdateRefused(f"{info.form} is SPARQL Update, and civickg's stores are read-only",
                            file=file, hint="only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered")
    known = set(predeclared) | set(info.declared)
    unterminated = bool(info.tokens) and info.tokens[-1].kind == "unterminated"
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
                                       hint=f"declare it with PREFIX {prefix}: <…>, or use one of {_some(known)}")
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
