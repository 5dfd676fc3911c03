"""The per-article build cache: each article's named graph, rendered, kept by the hash of what made it.

An entry lives in ``build/cache/articles/<key>.json`` and holds the article's graph as sorted N-Quads and
N-Triples lines, its TriG block, and each subject's Turtle statement and JSON-LD node (``assemble`` writes the
whole-graph files from these). The key is the SHA-256 of everything the article's graph is made from:
the builder's own code, the ontology file, the article's metadata and clean text, its annotation file, and
the labels of entities other articles declare that its observations name. A changed input gives a new key,
so an entry is never stale; entries are written atomically and the folder is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from civickg.annotations import Annotations
from civickg.sources.corpus import Article

#: Bump when the builder's output changes in a way its code files do not show.
BUILDER_VERSION = "2"
#: The modules whose code decides an article's graph and its rendering (their bytes are part of every key).
_CODE = ("builder/dataset.py", "builder/export.py", "builder/cache.py", "evidence.py", "namespaces.py")
_PACKAGE = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Piece:
    """One article's named graph, rendered: what the whole-build outputs are assembled from."""

    graph: str  # the named graph's IRI
    nquads: str  # sorted, unique N-Quads lines, each ending in a newline
    ntriples: str  # sorted, unique N-Triples lines of the same triples
    trig: str  # the graph's TriG block
    evidence: int  # evidence records the graph holds
    turtle: dict[str, str] | None = None  # each subject's Turtle statement (None: the graph has blank nodes)
    prefixes: dict[str, str] = field(default_factory=dict)  # the prefixes those statements use
    jsonld: dict[str, list[str]] = field(default_factory=dict)  # each subject's JSON-LD node: [sort key, text]


def _code_digest() -> str:
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (_PACKAGE / name).read_bytes())
    return digest.hexdigest()


class ArticleCache:
    """Pieces by key under ``folder``; ``hits`` and ``misses`` count this build's look-ups."""

    def __init__(self, folder: Path, ontology_path: Path) -> None:
        self.folder = folder / "articles"
        self.base = hashlib.sha256((_code_digest() + "\0").encode() + ontology_path.read_bytes()).hexdigest()
        self.hits = self.misses = 0

    def key(self, article: Article, ann: Annotations) -> str:
        """The content hash of everything ``article``'s graph is made from."""
        digest = hashlib.sha256(self.base.encode())
        digest.update(json.dumps(asdict(article), ensure_ascii=False, sort_keys=True).encode())
        file = ann.files.get(article.id)
        digest.update(b"\0annotations\0" + (Path(file).read_bytes() if file else b""))
        labels = sorted({ident for obs in ann.observations.values() if obs.article == article.id
                         for ident in (obs.about, obs.indicator)})
        named = [(i, ann.entities[i].zh, ann.entities[i].en) if i in ann.entities else (i,) for i in labels]
        digest.update(json.dumps(named, ensure_ascii=False).encode())
        return digest.hexdigest()

    def get(self, key: str) -> Piece | None:
        """The piece stored under ``key``, or None (missing or unreadable: it is rebuilt)."""
        try:
            data = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            piece = Piece(**data)
        except (OSError, ValueError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return piece

    def put(self, key: str, piece: Piece) -> None:
        """Store ``piece`` under ``key`` (atomically; a cache that cannot be written is skipped)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(piece), handle, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, self.folder / f"{key}.json")
        except OSError:
            return

    def prune(self, keep: set[str]) -> None:
        """Remove entries no article of this build uses (so the cache does not grow without bound)."""
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
