"""Take new articles into graph/sources: decode, read, clean, describe, store; then hand each to a drafter.

For each file: the original bytes are kept, the text is stored as UTF-8 beside them, and a metadata file
``graph/sources/<id>.yaml`` records where it came from (graph/sources/README.md). Every check runs before
anything is written, so bad input leaves graph/ as it was. Drafting the annotation is the extractor's job:
``ingest_paths`` takes it as a function, so this package need not import ``civickg.extract``.
"""

from __future__ import annotations

import gc
import hashlib
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from civickg.errors import CivicError, SourceError
from civickg.project import Project
from civickg.sources.bylines import bylines, latest_year, printed_date
from civickg.sources.clean import clean
from civickg.sources.corpus import Article, check_source
from civickg.sources.encodings import write_bytes_atomic
from civickg.sources.readers import READERS, Reading, reader_for
from civickg.sources.table import ARTICLE_ID, read_table
from civickg.sources.urldates import url_date
from civickg.sources.yamlio import parse_yaml, read_text

#: The largest file taken in by default (bytes); ``--max-size`` changes it.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)     # libyaml when it is there: five times faster
#: What a YAML comment may not hold: a line break, or a character YAML allows nowhere (a file's name may have them).
_NOT_IN_COMMENT = re.compile("[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class IngestOptions:
    """What the user says about the article(s), overriding what the files say."""

    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    replace: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    #: A table of the files' own ids, titles, dates, urls and publishers (``civickg.sources.table``).
    meta: Path | None = None

    def for_file(self, path: Path, rows: dict[Path, dict[str, str]]) -> IngestOptions:
        """These options with the cells of ``path``'s row of the table in place of the options they name."""
        row = rows.get(path.resolve())
        return replace(self, **row) if row else self


@dataclass(frozen=True)
class Prepared:
    """An article ready to store: its files' contents and its metadata."""

    path: Path
    article_id: str
    original: bytes
    text: str
    reading: Reading
    metadata: dict

    @property
    def original_sha256(self) -> str:
        return hashlib.sha256(self.original).hexdigest()


@dataclass
class Outcome:
    """What happened to one file."""

    path: Path
    status: str  # "ingested", "replaced", "unchanged" or "refused"
    message: str
    article_id: str | None = None
    drafted: dict[str, int] = field(default_factory=dict)


@dataclass
class IngestReport:
    """Every file's outcome and the time taken."""

    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, *statuses: str) -> int:
        return sum(o.status in statuses for o in self.outcomes)

    def drafted(self, kind: str) -> int:
        return sum(o.drafted.get(kind, 0) for o in self.outcomes)

    def summary(self) -> str:
        """One line: articles ingested, unchanged, refused; what was drafted; seconds."""
        return (f"{self.count('ingested', 'replaced')} ingested, {self.count('unchanged')} skipped as unchanged, "
                f"{self.count('refused')} refused; drafted {self.drafted('entities')} entities, "
                f"{self.drafted('facts')} facts, {self.drafted('observations')} observations "
                f"in {self.seconds:.1f}s")


#: A drafter writes the draft annotation of a stored article and returns what it drafted, by kind.
Drafter = Callable[[Article, Project], dict[str, int]]


def article_files(paths: list[Path]) -> list[Path]:
    """The files to ingest: each file given, and the readable files in each folder given (sorted)."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise SourceError("no such file or folder", file=path, hint="check the path")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS
                           and not p.name.startswith("."))
            if not found:
                raise SourceError("the folder holds no articles", file=path,
                                  hint=f"put articles ({', '.join(sorted(READERS))}) in it")
            files.extend(found)
        else:
            files.append(path)
    return files


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def pinyin_slug(text: str, words: int = 6) -> str:
    """Lowercase pinyin of the first Chinese words of ``text``, joined by '-'."""
    from pypinyin import lazy_pinyin

    return _slug(" ".join(lazy_pinyin(re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)[:words])))


def article_id_for(path: Path, title: str, options: IngestOptions) -> str:
    """The article id: ``--id``, else the file name as an id, else the pinyin of the title."""
    if options.id is not None:
        if not ARTICLE_ID.match(options.id):
            raise SourceError(f"'{options.id}' is not an article id", file=path,
                              hint="use lowercase ASCII words joined by '-', such as tianjin-canteen-2026")
        return options.id
    return _slug(path.stem) or pinyin_slug(title) or "article"


def _title(paragraphs: list[str], reading: Reading, options: IngestOptions) -> str:
    if options.title:
        return options.title
    if reading.title:
        return reading.title
    return paragraphs[0].lstrip("#").strip() or paragraphs[0]


def describe(path: Path, reading: Reading, paragraphs: list[str], options: IngestOptions) -> dict:
    """The metadata entry of the article: everything the file and the options say about it."""
    title = _title(paragraphs, reading, options)
    if options.date is not None and not DATE.match(options.date):
        raise SourceError(f"'{options.date}' is not a date", file=path, hint="give --date as YYYY-MM-DD")
    url = options.url or reading.url
    date = options.date or reading.date or printed_date(paragraphs)
    guessed: dict[str, str] = {}   # where a date or year no one gave and the text does not print at its head came from
    if date is None and (date := url_date(url)):
        guessed = {"date_from": "url"}
    year = int(date[:4]) if date else latest_year("\n".join(paragraphs))
    if year is None:
        raise SourceError("the article names no date and no year", file=path,
                          hint="give its date with --date YYYY-MM-DD, or in a table's date column (--meta)")
    if date is None:
        guessed = {"year_from": "text"}
    entry: dict = {"id": article_id_for(path, title, options), "begins": paragraphs[0], "title": title}
    publisher = options.publisher or reading.publisher
    for name, value in (("date", date), ("url", url), ("publisher", publisher)):
        if value:
            entry[name] = value
    if publisher:
        entry["publication_id"] = pinyin_slug(publisher) or "publication"
    entry.update({k: v for k, v in bylines(paragraphs).items()})
    entry["year"] = year
    entry.update(guessed)
    return entry


def prepare(path: Path, options: IngestOptions) -> Prepared:
    """Read and check one file and describe its article; raise a one-line SourceError on bad input."""
    reader = reader_for(path)
    size = path.stat().st_size
    if size > options.max_bytes:
        raise SourceError(f"the file is {size:,} bytes, over the limit of {options.max_bytes:,}", file=path,
                          hint="check that it is one article; raise the limit with --max-size if it is")
    data = path.read_bytes()
    if not data.strip():
        raise SourceError("the file is empty", file=path, hint="give a file that holds an article")
    reading = reader(data, path)
    paragraphs = [p.text for p in clean(reading.text).paragraphs]
    if not paragraphs:
        raise SourceError("the file holds no text", file=path, hint="give a file that holds an article")
    if len(paragraphs) < 2:
        title = " ".join((options.title or "").split())
        if not title:
            raise SourceError("the article is one line: nothing follows its title", file=path, line=1,
                              hint="put the title on the first line and the text below it, or give its title with "
                                   "--title (or in a table's title column) to read the line as its body")
        # a page whose paragraphs were run together: the title given heads the stored text, as a page's headline does
        # (the original bytes are kept beside it)
        reading = replace(reading, text=f"{title}\n\n{reading.text}")
        paragraphs = [p.text for p in clean(reading.text).paragraphs]
    entry = describe(path, reading, paragraphs, options)
    metadata = source_metadata(entry, path, data, reading.text, reading)
    return Prepared(path, entry["id"], data, reading.text, reading, metadata)


def source_metadata(entry: dict, path: Path, data: bytes, text: str, reading: Reading) -> dict:
    """The metadata file's mapping: the stored files, their digests, the encoding, the reader, the article."""
    ident = entry["id"]
    meta: dict = {"source": f"{ident}.txt", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    if data != text.encode("utf-8"):
        meta["original"] = f"{ident}.original{path.suffix.lower()}"
    meta.update({"original_name": path.name, "original_sha256": hashlib.sha256(data).hexdigest(),
                 "encoding": reading.encoding, "reader": reading.reader, "articles": [entry]})
    return meta


def dump_metadata(meta: dict) -> str:
    """The metadata file's text: a comment line, then the fields in a fixed order (deterministic)."""
    head = (f"# Metadata of {_in_comment(meta['source'])}, taken in by `civickg ingest` from "
            f"{_in_comment(meta['original_name'])} (graph/sources/README.md).\n")
    return head + yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=4096)


def _in_comment(name: str) -> str:
    """``name`` as the comment line prints it: a character no comment may hold shown as ``?``."""
    return _NOT_IN_COMMENT.sub("?", str(name))


class SourceIndex:
    """The articles graph/sources already holds, by id and by the digests their metadata records.

    The metadata files are read as every YAML file is (``parse_yaml``: libyaml when it can, so a corpus of a
    thousand articles is read in a fraction of a second; PyYAML's own parser to say where a file is wrong)."""

    def __init__(self, sources: Path) -> None:
        self.owner: dict[str, Path] = {}  # article id -> its metadata file
        self.digests: dict[str, str] = {}  # sha256 of original bytes or text -> article id
        self.publishers: dict[str, str] = {}  # publication id -> the publisher it was made for
        for meta_path in sorted(sources.glob("*.yaml")):
            meta = parse_yaml(read_text(meta_path, SourceError), meta_path, SourceError)
            if isinstance(meta, dict):
                self.add(meta_path, meta)

    def add(self, meta_path: Path, meta: dict) -> None:
        """Record one metadata file's articles and digests."""
        entries = [e for e in meta.get("articles") or [] if isinstance(e, dict)]
        ids = [str(e["id"]) for e in entries if e.get("id")]
        for ident in ids:
            self.owner[ident] = meta_path
        for key in ("sha256", "original_sha256"):
            if meta.get(key) and ids:
                self.digests.setdefault(str(meta[key]), ids[0])
        for entry in entries:
            if entry.get("publication_id") and entry.get("publisher"):
                self.publishers.setdefault(str(entry["publication_id"]), str(entry["publisher"]))

    def publication_id(self, wanted: str, publisher: str) -> str:
        """``wanted``, unless another publisher has it (Yahoo奇摩新聞 (…), carrying a 中央社 report by A, and the
        same by B: one pinyin, two names): then the first of ``wanted-2``, ``wanted-3``… free or made for this one.
        Ids once given stay: a publication's IRI does not change as articles are added."""
        n, candidate = 1, wanted
        while self.publishers.get(candidate, publisher) != publisher:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate


def _check_stored(prepared: Prepared, meta_path: Path, meta_text: str, text: bytes) -> Article:
    """The article as the build will load it from the metadata and text about to be written (parsed and checked
    by the build's own ``check_source``, in memory; the metadata is ``dump_metadata``'s)."""
    try:
        articles, _repairs, _digest = check_source(meta_path, meta_text, text)
    except SourceError as exc:
        raise SourceError(exc.message, file=prepared.path, hint=exc.hint) from None
    return articles[0]


def store(prepared: Prepared, project: Project, index: SourceIndex, *,
          replace: bool) -> tuple[str, str, Article | None]:
    """Write the article's files into graph/sources; return (status, message, the article as the build reads it).

    Nothing is written on refusal, nor when the same bytes are there already (the article is then None).
    """
    same = index.digests.get(prepared.original_sha256)
    if same is not None:
        return "unchanged", f"already ingested as '{same}' (same bytes); nothing changed", None
    ident = prepared.article_id
    owner = index.owner.get(ident)
    if owner is not None and not replace:
        raise SourceError(f"article id '{ident}' is taken by {owner.name}", file=prepared.path,
                          hint="give another --id, or --replace to replace that article")
    if owner is not None and owner.name != f"{ident}.yaml":
        raise SourceError(f"article '{ident}' belongs to the source {owner.name}, which holds "
                          "other articles too", file=prepared.path, hint="give another --id")
    for entry in prepared.metadata.get("articles") or []:
        if entry.get("publication_id") and entry.get("publisher"):
            entry["publication_id"] = index.publication_id(entry["publication_id"], entry["publisher"])
    sources = project.sources
    meta_path, meta_text, text = sources / f"{ident}.yaml", dump_metadata(prepared.metadata), prepared.text.encode()
    article = _check_stored(prepared, meta_path, meta_text, text)
    sources.mkdir(parents=True, exist_ok=True)
    if "original" in prepared.metadata:
        write_bytes_atomic(sources / prepared.metadata["original"], prepared.original)
    write_bytes_atomic(sources / prepared.metadata["source"], text)
    write_bytes_atomic(meta_path, meta_text.encode("utf-8"))
    index.add(meta_path, prepared.metadata)
    status = "replaced" if owner is not None else "ingested"
    return status, (f"{status} as '{ident}' ({prepared.reading.encoding}, {prepared.reading.reader} reader, "
                    f"{len(prepared.text):,} characters)"), article


#: while a file is ingested, how many more objects than freed ones make the garbage collector look at the young ones
YOUNG_COLLECTED = 5000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect garbage less often (:data:`YOUNG_COLLECTED` rather than Python's 700 new objects): reading, drafting
    and writing an article makes tens of thousands of short-lived objects that reference counting frees, and
    collecting after every 700 walked the article's live objects over and over (and every hundred times the whole
    heap: the dictionaries and the caches). Python's thresholds are restored afterwards."""
    thresholds = gc.get_threshold()
    if 0 < thresholds[0] < YOUNG_COLLECTED:
        gc.set_threshold(YOUNG_COLLECTED, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def ingest_one(path: Path, project: Project, options: IngestOptions, drafter: Drafter | None,
               index: SourceIndex | None = None) -> Outcome:
    """Ingest one file and draft its annotation; a refusal is an outcome, not an exception."""
    with _fewer_collections():
        return _ingest_one(path, project, options, drafter, index)


def _ingest_one(path: Path, project: Project, options: IngestOptions, drafter: Drafter | None,
                index: SourceIndex | None) -> Outcome:
    try:
        prepared = prepare(path, options)
        index = index if index is not None else SourceIndex(project.sources)
        status, message, article = store(prepared, project, index, replace=options.replace)
        outcome = Outcome(path, status, message, prepared.article_id)
        if article is not None and drafter is not None:
            outcome.drafted = drafter(article, project)
        return outcome
    except CivicError as exc:
        return Outcome(path, "refused", exc.render())


def ingest_paths(paths: list[Path], project: Project, options: IngestOptions = IngestOptions(), *,
                 drafter: Drafter | None = None,
                 progress: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest files and folders of files; ``progress`` is called with each file's name before it is read."""
    started = time.perf_counter()
    files = article_files(paths)
    if options.id is not None and len(files) > 1:
        raise SourceError(f"--id names one article, but {len(files)} files were given", file=paths[0],
                          hint="leave out --id to take each id from its file name")
    rows = read_table(options.meta) if options.meta is not None else {}
    report = IngestReport()
    index = SourceIndex(project.sources)
    for path in files:
        if progress is not None:
            progress(path.name)
        report.outcomes.append(ingest_one(path, project, options.for_file(path, rows), drafter, index))
    report.seconds = time.perf_counter() - started
    return report
