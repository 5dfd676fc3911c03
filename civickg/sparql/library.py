"""The library of competency questions: one .rq file each in graph/queries/, headed by comment lines.

    # zh: 谁获得了哪些奖项和荣誉？原文怎么说？
    # en: Who received which awards and honours, and in what words?
    # note: One row per conferral, with the quote that names the recipient.
    #   A line indented under a key continues it.
    # param: entity = cid:wang-yong — the entity to describe

A parameter is a variable the query binds with ``VALUES ?entity { cid:wang-yong }`` (or, for several,
one row ``VALUES (?from ?to) { (cid:a cid:b) }``); the header gives its default, which must be the
value in the query, so every file runs as it is in any SPARQL tool
(with civickg's prefixes declared). ``CompetencyQuestion.sparql(entity="cid:jinan")`` rewrites the
VALUES clause with another value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from civickg.errors import BadParameter, QueryError, UnknownQuery
from civickg.prefixes import PREFIX_IRIS as PREFIXES
from civickg.prefixes import sparql_prologue
from civickg.project import Project

HEADER_KEYS = ("zh", "en", "note", "param")
REQUIRED_KEYS = ("zh", "en", "note")
_KEY_LINE = re.compile(r"^#\s*(?P<key>[A-Za-z]+):\s*(?P<value>.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(?P<value>\S.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z_0-9]*)\s*=\s*(?P<default>\S+?)(?:\s+[—-]+\s*(?P<about>.*))?$")

# One RDF term: a CURIE, an <IRI>, a quoted string (with @lang or ^^type) or a number. Nothing else can
# go into a VALUES clause, so a parameter cannot change the shape of the query.
_CURIE = r"^(?P<prefix>[A-Za-z][\w.-]*)?:(?P<local>[\w\-.%:\u00B7\u00C0-\uFFFF]*[\w\-%:\u00C0-\uFFFF])$"
_IRI = r'^<[^<>"{}|^`\\\x00-\x20]*>$'
_STRING = re.compile(r'^"(?:[^"\\\n]|\\.)*"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^(?:<[^<>\s]*>|[A-Za-z][\w.-]*:\w+))?$')
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_BARE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
#: A name ``get`` may look up as a file name directly (no folder, no dots).
_LIBRARY_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Parameter:
    """A variable a question binds with VALUES, and its default value."""

    name: str
    default: str
    about: str = ""


@dataclass(frozen=True)
class CompetencyQuestion:
    """One .rq file of the library: its question in Chinese and English, a note, and its SPARQL."""

    name: str
    path: Path
    zh: str
    en: str
    note: str
    text: str
    params: tuple[Parameter, ...] = field(default=())

    def sparql(self, values: Mapping[str, str] | None = None, **more: str) -> str:
        """The query text with parameters bound (each to its default unless given)."""
        given = {**(values or {}), **more}
        unknown = sorted(set(given) - {p.name for p in self.params})
        if unknown:
            declared = ", ".join(p.name for p in self.params) or "none"
            raise BadParameter(f"query {self.name!r} has no parameter {unknown[0]!r}", file=self.path,
                               hint=f"its parameters: {declared}")
        text = self.text
        for param in self.params:
            if param.name in given:
                text = _bind(text, param.name, term(given[param.name]), self.path)
        return text

    def runnable(self, values: Mapping[str, str] | None = None) -> str:
        """The query with civickg's PREFIX lines in front, for tools that do not predeclare them."""
        return sparql_prologue() + self.sparql(values)

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "zh": self.zh, "en": self.en, "note": self.note, "text": self.text,
                "params": [{"name": p.name, "default": p.default, "about": p.about} for p in self.params]}


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern compiled on first use: its wide character ranges take milliseconds, which a query without
    parameters need not spend."""
    return re.compile(pattern)


def term(value: str) -> str:
    """A parameter value as one SPARQL term: ``wang-yong`` becomes ``cid:wang-yong``; anything else must
    already be a CURIE with a known prefix, an <IRI>, a quoted literal or a number."""
    value = value.strip()
    if _BARE_ID.match(value):
        return f"cid:{value}"
    curie = _compiled(_CURIE).match(value)
    if curie and (curie.group("prefix") or "") in PREFIXES:
        return value
    if _compiled(_IRI).match(value) or _STRING.match(value) or _NUMBER.match(value):
        return value
    raise BadParameter(f"{value!r} is not one RDF term",
                       hint='give an id (wang-yong), a CURIE (cid:wang-yong), an <IRI>, "text"@zh or a number')


_VALUES = re.compile(r"VALUES\s*(?:\?(?P<one>\w+)\s*\{(?P<term>[^{}]*)\}"
                     r"|\((?P<many>[^()]*)\)\s*\{\s*\((?P<row>[^()]*)\)\s*\})", re.IGNORECASE)
_ROW_TERM = re.compile(r'"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^(?:<[^<>\s]*>|[\w.-]*:[\w.-]*))?|<[^<>\s]*>|[^\s()]+')


@dataclass(frozen=True)
class _Slot:
    """Where a parameter's value sits: a VALUES clause and the place of the term within it."""

    start: int
    end: int
    value: str


def _slot(text: str, name: str) -> _Slot | None:
    """The term a VALUES clause gives ``?name``: ``VALUES ?name { t }`` or ``VALUES (?a ?name) { (t1 t2) }``
    (one row only)."""
    for match in _VALUES.finditer(text):
        if match.group("one") == name:
            term_text = match.group("term")
            lead = len(term_text) - len(term_text.lstrip())
            start = match.start("term") + lead
            return _Slot(start, start + len(term_text.strip()), term_text.strip())
        if match.group("many") is not None:
            names = [v.lstrip("?$") for v in match.group("many").split()]
            if name in names:
                terms = list(_ROW_TERM.finditer(match.group("row")))
                if len(terms) != len(names):
                    return None
                found = terms[names.index(name)]
                base = match.start("row")
                return _Slot(base + found.start(), base + found.end(), found.group())
    return None


def _bind(text: str, name: str, value: str, path: Path) -> str:
    slot = _slot(text, name)
    if slot is None:
        raise BadParameter(f"no VALUES clause binds ?{name} for parameter {name!r}", file=path)
    return text[:slot.start] + value + text[slot.end:]


def parse(path: Path) -> CompetencyQuestion:
    """Read one .rq file and its header; a clear error naming the file and line when the header is wrong."""
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[Parameter] = []
    last: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        key_line = _KEY_LINE.match(stripped)
        continuation = _CONTINUATION.match(line.rstrip())
        if continuation and last and last != "param":
            fields[last] += " " + continuation.group("value").strip()
            continue
        if key_line:
            key, value = key_line.group("key").lower(), key_line.group("value").strip()
            if key not in HEADER_KEYS:
                raise QueryError(f"unknown header key {key!r}", file=path, line=number,
                                 hint=f"use {', '.join(HEADER_KEYS)}")
            if key == "param":
                params.append(_param(value, path, number))
            elif key in fields:
                raise QueryError(f"header key {key!r} given twice", file=path, line=number)
            else:
                fields[key] = value
            last = key
        elif stripped.strip("# "):
            last = None
    missing = [k for k in REQUIRED_KEYS if not fields.get(k)]
    if missing:
        raise QueryError(f"the header lacks '# {missing[0]}: …'", file=path, line=1,
                         hint="each query starts with # zh:, # en: and # note: lines")
    question = CompetencyQuestion(path.stem, path, fields["zh"], fields["en"], fields["note"], text, tuple(params))
    for param in question.params:
        slot = _slot(text, param.name)
        if slot is None:
            raise QueryError(f"parameter {param.name!r} has no VALUES clause that binds ?{param.name}", file=path,
                             hint=f"add VALUES ?{param.name} {{ {param.default} }} (one row)")
        if slot.value != term(param.default):
            raise QueryError(f"parameter {param.name!r}: the default {param.default} differs from {slot.value} "
                             f"in the query's VALUES clause", file=path)
    return question


def _param(value: str, path: Path, line: int) -> Parameter:
    match = _PARAM.match(value)
    if not match:
        raise QueryError(f"bad parameter line {value!r}", file=path, line=line,
                         hint="write '# param: name = default — what it is'")
    return Parameter(match.group("name"), match.group("default"), (match.group("about") or "").strip())


def load(root: Project | Path | str | None = None) -> dict[str, CompetencyQuestion]:
    """Every question in the project's graph/queries/, by name, in name order."""
    project = Project.of(root)
    folder = project.queries
    if not folder.is_dir():
        raise QueryError(f"{folder} does not exist", hint="the query library lives in graph/queries/")
    return {q.name: q for q in (parse(p) for p in sorted(folder.glob("*.rq")))}


def get(name: str, root: Project | Path | str | None = None) -> CompetencyQuestion:
    """One question by name; a clear error naming the closest names when there is none."""
    folder = Project.of(root).queries
    path = folder / f"{name}.rq"
    if _LIBRARY_NAME.match(name) and path.is_file():
        return parse(path)  # the one file: a query's start does not read the whole library
    library = load(root)
    if name in library:
        return library[name]
    import difflib

    close = difflib.get_close_matches(name, list(library), n=3)
    hint = f"did you mean {', '.join(close)}?" if close else "`civickg queries` lists them"
    raise UnknownQuery(f"no query named {name!r} in graph/queries/", hint=hint)
