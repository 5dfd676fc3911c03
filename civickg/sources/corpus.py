"""Read source texts and their metadata, and split them into clean articles.

The metadata format is documented in graph/sources/README.md: ``ARTICLE_FIELDS`` and ``SOURCE_FIELDS`` are
required; the rest is optional or derived (a year from the date, a publication from the publisher).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from civickg.errors import SourceError
from civickg.sources.clean import Repair, clean
from civickg.sources.encodings import convert_to_utf8, decode_text
from civickg.sources.readers import read_source, source_text
from civickg.sources.yamlio import load_yaml, parse_yaml

ARTICLE_FIELDS = ("id", "begins", "title")
SOURCE_FIELDS = ("source", "sha256", "articles")
#: Sources that ``--convert-encoding`` may rewrite as UTF-8 (a page's text is extracted, not converted).
PLAIN_SUFFIXES = frozenset({".txt", ".md"})
#: The publication of an article whose metadata names neither a publication nor a publisher.
UNKNOWN_PUBLICATION = {"zh": "未注明出处", "en": "Unknown publication"}


@dataclass(frozen=True)
class Article:
    """One article: its metadata and its clean text (the text evidence offsets refer to)."""

    id: str
    title: str
    title_en: str | None
    section: str | None
    reporters: tuple[str, ...]
    correspondents: tuple[str, ...]
    year: int
    text: str
    source: str
    publication_zh: str
    publication_en: str | None
    raw_lines: tuple[int, int]  # first and last raw line (1-based) the article covers
    date: str | None = None  # YYYY-MM-DD
    url: str | None = None
    publication_id: str | None = None  # the publication's id when its English name gives none


@dataclass
class Corpus:
    """All articles of all source files, in the order of the files and of their metadata."""

    articles: list[Article] = field(default_factory=list)
    repairs: dict[str, list[Repair]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # source file name -> sha256
    to_convert: list[Path] = field(default_factory=list)  # checked sources to rewrite as UTF-8 on request

    def convert_sources(self) -> list[Path]:
        """Rewrite each checked non-UTF-8 source as UTF-8 (keeping ``.orig``); return those rewritten."""
        return [path for path in self.to_convert if convert_to_utf8(path, decode_text(path, convert=True))]

    def article(self, article_id: str) -> Article:
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)


def _require(meta: dict, fields: tuple[str, ...], where: Path, what: str) -> None:
    for name in fields:
        if name not in meta or meta[name] is None or meta[name] == "":
            line = getattr(meta, "line", None)
            raise SourceError(f"{what} is missing the metadata field '{name}'", file=where,
                              line=line, hint=f"add '{name}:' (see graph/sources/README.md)")


def _year(entry: dict, meta: dict, where: Path) -> int:
    """The article's year: its own, else its date's, else the source's."""
    for value in (entry.get("year"), str(entry.get("date") or "")[:4], meta.get("year")):
        if value not in (None, "") and re.fullmatch(r"\d{4}", str(value)):
            return int(value)
    raise SourceError(f"article '{entry.get('id', '?')}' has no year", file=where,
                      line=getattr(entry, "line", None), hint="add 'year:' or 'date: YYYY-MM-DD'")


def _publication(entry: dict, meta: dict) -> dict:
    """The publication (zh, en, id): the source's, else the article's publisher, else 'unknown'."""
    pub = meta.get("publication") or entry.get("publication")
    if isinstance(pub, dict) and pub.get("zh"):
        return pub
    publisher = entry.get("publisher") or meta.get("publisher")
    if publisher:
        return {"zh": str(publisher), "en": None, "id": entry.get("publication_id") or meta.get("publication_id")}
    return {**UNKNOWN_PUBLICATION, "id": None}


def _optional(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def read_checked(meta_path: Path, meta: dict, *, convert: bool) -> tuple[str, str]:
    """The source's raw text and its SHA-256, checked against the metadata (always, converting or not).

    With ``convert`` a source in another encoding is decoded; it is rewritten as UTF-8 only once the whole
    build has passed (``Corpus.convert_sources``).
    """
    text_path = meta_path.parent / str(meta["source"])
    if not text_path.is_file():
        state = "is a folder" if text_path.is_dir() else "does not exist"
        raise SourceError(f"the source text '{meta['source']}' {state}", file=meta_path,
                          line=getattr(meta, "line", None), hint="check the 'source:' field")
    return checked_text(meta_path, meta, text_path.read_bytes(), convert=convert)


def checked_text(meta_path: Path, meta: dict, data: bytes, *, convert: bool = False) -> tuple[str, str]:
    """``read_checked`` of ``data``, the bytes of the source text the metadata names (read or about to be written)."""
    text_path = meta_path.parent / str(meta["source"])
    raw = source_text(data, text_path, convert=convert)
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    if digest != meta["sha256"]:
        raise SourceError(f"the text's SHA-256 is {digest}, not the one recorded",
                          file=meta_path, hint="sources are kept unchanged; if the change is "
                          f"intended, run `civickg sources --update-hash {text_path.name}`")
    return raw, digest


def _starts(entries: list, paragraphs: list, meta_path: Path) -> list[int]:
    starts: list[int] = []
    for entry in entries:
        _require(entry, ARTICLE_FIELDS, meta_path, f"article '{entry.get('id', '?')}'")
        found = [i for i, p in enumerate(paragraphs) if p.text == str(entry["begins"])]
        if not found:
            raise SourceError(f"article '{entry['id']}': no paragraph reads '{entry['begins']}'",
                              file=meta_path, line=getattr(entry, "line", None),
                              hint="'begins' must be the article's first line, verbatim")
        starts.append(found[0])
    if starts != sorted(starts):
        raise SourceError("articles are not listed in the order they appear", file=meta_path,
                          hint="list them in text order")
    return starts


def load_source(meta_path: Path, *, convert: bool = False) -> tuple[list[Article], list[Repair], str]:
    """Load one metadata file and its text; return its clean articles and the repairs made."""
    return source_of(meta_path, load_yaml(meta_path, SourceError), convert=convert)


def check_source(meta_path: Path, meta_text: str, data: bytes) -> tuple[list[Article], list[Repair], str]:
    """``load_source`` of a metadata file holding ``meta_text`` beside a text holding ``data``, before either
    is written: the same parsing and checks, with nothing read from disk."""
    return source_of(meta_path, parse_yaml(meta_text, meta_path, SourceError), data)


def source_of(meta_path: Path, meta: object, data: bytes | None = None, *,
              convert: bool = False) -> tuple[list[Article], list[Repair], str]:
    """The articles of parsed metadata and its text (``data``, or else the file it names), checked."""
    if not isinstance(meta, dict):
        raise SourceError("metadata must be a mapping", file=meta_path, line=1,
                          hint="see graph/sources/README.md for the fields")
    _require(meta, SOURCE_FIELDS, meta_path, "the source")
    if data is None:
        raw, digest = read_checked(meta_path, meta, convert=convert)
    else:
        raw, digest = checked_text(meta_path, meta, data, convert=convert)
    cleaned = clean(raw)
    paragraphs = cleaned.paragraphs
    entries = meta["articles"]
    if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) for e in entries):
        raise SourceError("'articles' must list at least one article, each a mapping", file=meta_path,
                          hint="add an entry per article (see graph/sources/README.md)")
    starts = _starts(entries, paragraphs, meta_path)
    articles = []
    for n, entry in enumerate(entries):
        end = starts[n + 1] if n + 1 < len(starts) else len(paragraphs)
        body = paragraphs[starts[n]:end]
        if len(body) < 2:
            raise SourceError(f"article '{entry['id']}' is empty: nothing follows its first line",
                              file=meta_path.parent / str(meta["source"]), line=body[0].lines[0],
                              hint="check the text, or remove the article from the metadata")
        pub = _publication(entry, meta)
        articles.append(Article(
            id=str(entry["id"]), title=str(entry["title"]), title_en=_optional(entry.get("title_en")),
            section=_optional(entry.get("section")), reporters=tuple(map(str, entry.get("reporters") or [])),
            correspondents=tuple(map(str, entry.get("correspondents") or [])),
            year=_year(entry, meta, meta_path), text="\n".join(p.text for p in body), source=str(meta["source"]),
            publication_zh=str(pub["zh"]), publication_en=_optional(pub.get("en")),
            raw_lines=(body[0].lines[0], body[-1].lines[-1]), date=_optional(entry.get("date")),
            url=_optional(entry.get("url")), publication_id=_optional(pub.get("id"))))
    return articles, cleaned.repairs, digest


def load_corpus(sources_dir: Path, *, convert: bool = False) -> Corpus:
    """Load every ``*.yaml`` metadata file in ``sources_dir`` (sorted by name)."""
    corpus = Corpus()
    metas = sorted(sources_dir.glob("*.yaml"))
    if not metas:
        raise SourceError("no metadata files (*.yaml)", file=sources_dir,
                          hint="add one per source text (see graph/sources/README.md)")
    seen: set[str] = set()
    for meta_path in metas:
        articles, repairs, digest = load_source(meta_path, convert=convert)
        for art in articles:
            if art.id in seen:
                raise SourceError(f"article id '{art.id}' is used twice", file=meta_path,
                                  hint="give each article its own id")
            seen.add(art.id)
        corpus.articles.extend(articles)
        corpus.repairs[meta_path.name] = repairs
        corpus.sources[articles[0].source] = digest
        text_path = meta_path.parent / articles[0].source
        if convert and text_path.suffix.lower() in PLAIN_SUFFIXES:
            corpus.to_convert.append(text_path)
    return corpus


@dataclass(frozen=True)
class SourceHash:
    """The SHA-256 a metadata file records for its text, and the one the text has now."""

    metadata: Path
    text: Path
    recorded: str
    actual: str

    @property
    def ok(self) -> bool:
        return self.recorded == self.actual


_SHA_LINE = re.compile(r"^sha256:[ \t]*\S*[ \t]*$", re.MULTILINE)


def source_digest(text_path: Path) -> str:
    """The SHA-256 of a source text as the build computes it (of the text its reader returns, in UTF-8)."""
    return hashlib.sha256(read_source(text_path).encode("utf-8")).hexdigest()


def source_hashes(sources_dir: Path) -> list[SourceHash]:
    """For every metadata file in ``sources_dir``: the recorded and the actual SHA-256 of its text."""
    out = []
    for meta_path in sorted(sources_dir.glob("*.yaml")):
        meta = load_yaml(meta_path)
        if not isinstance(meta, dict) or not meta.get("source"):
            raise SourceError("metadata names no 'source:' text", file=meta_path, line=1,
                              hint="see graph/sources/README.md for the fields")
        text_path = meta_path.parent / str(meta["source"])
        if not text_path.exists():
            raise SourceError(f"the source text '{meta['source']}' does not exist", file=meta_path,
                              line=getattr(meta, "line", None), hint="check the 'source:' field")
        out.append(SourceHash(meta_path, text_path, str(meta.get("sha256") or ""), source_digest(text_path)))
    return out


def update_hash(sources_dir: Path, name: str) -> SourceHash:
    """Record the current SHA-256 of the source text ``name`` (or of its metadata file) in its metadata file.

    Only the ``sha256:`` line changes; comments and the rest of the file stay as they are.
    """
    wanted = Path(name).name
    for found in source_hashes(sources_dir):
        if wanted in (found.text.name, found.metadata.name):
            text = found.metadata.read_text(encoding="utf-8")
            if not _SHA_LINE.search(text):
                raise SourceError("no 'sha256:' line to update", file=found.metadata,
                                  hint="add a line `sha256: ` at the top level of the metadata file")
            found.metadata.write_text(_SHA_LINE.sub(f"sha256: {found.actual}", text, count=1), encoding="utf-8")
            return found
    raise SourceError(f"no metadata file in {sources_dir} names the source '{name}'", file=sources_dir,
                      hint="give the name of a source text or of its metadata file (civickg sources lists them)")
