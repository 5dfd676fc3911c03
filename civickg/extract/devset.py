"""The dev set: real articles with gold annotations (devset/), the yardstick of the extractor.

Each article has ``meta/<id>.yaml`` (url, publisher, city, date, script, kind, split, title), its text in
``texts/`` and its gold annotations in ``gold/<id>.yaml``. For a saved web page (``kind: html``) the gold
quotes refer to the body text extracted from the page, named by the meta file's ``body`` key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from civickg.errors import CivicError
from civickg.sources.yamlio import load_yaml

SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class DevArticle:
    """One dev-set article: its metadata and where its text and gold annotations are."""

    id: str
    meta: dict[str, Any]
    folder: Path

    @property
    def split(self) -> str:
        return str(self.meta.get("split", ""))

    @property
    def text_path(self) -> Path:
        """The text the gold quotes refer to (a saved page's extracted body, else the text file)."""
        body = self.meta.get("body")
        return self.folder / "texts" / (str(body) if body else f"{self.id}.txt")

    @property
    def gold_path(self) -> Path:
        return self.folder / "gold" / f"{self.id}.yaml"

    def text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")


def load_devset(folder: Path, split: str = "all") -> list[DevArticle]:
    """The dev-set articles in ``folder`` (sorted by id), all or one split."""
    if not (folder / "meta").is_dir():
        raise CivicError("no dev set here (no meta/ folder)", file=folder, hint="see devset/README.md")
    found = []
    for path in sorted((folder / "meta").glob("*.yaml")):
        meta = load_yaml(path, error=CivicError)
        if not isinstance(meta, dict):
            raise CivicError("a dev-set metadata file must be a mapping", file=path, line=1)
        article = DevArticle(path.stem, dict(meta), folder)
        if split == "all" or article.split == split:
            found.append(article)
    return found
