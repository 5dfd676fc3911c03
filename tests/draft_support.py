"""A copy of the project with one dev-set article added as a source and annotated by an extractor draft."""

from __future__ import annotations

import hashlib
from pathlib import Path

from civickg.extract import KnownEntities, draft_annotation, write_draft
from civickg.project import Project
from civickg.sources.corpus import load_corpus
from tests.conftest import ROOT, copy_project

DRAFTED = "tianjin-huaming-community-canteen-2026"   # a dev-split article of devset/


def _metadata(article: str, text: str) -> str:
    first = next(line.strip() for line in text.splitlines() if line.strip())
    return (f"source: {article}.txt\nsha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}\n"
            "publication:\n  zh: 东丽区融媒体中心\n  en: Dongli District media centre\nyear: 2026\n"
            f"articles:\n  - id: {article}\n    begins: \"{first}\"\n    section: 社区\n"
            f"    title: \"{first[:20]}\"\n    title_en: Huaming First Community opens a community canteen\n"
            "    reporters: []\n    correspondents: []\n    year: 2026\n")


def draft_project(target: Path, article: str = DRAFTED) -> Project:
    """The project's inputs in ``target`` plus ``article`` from devset/ and its extractor draft."""
    project = copy_project(target)
    text = (ROOT / "devset" / "texts" / f"{article}.txt").read_text(encoding="utf-8")
    (project.sources / f"{article}.txt").write_text(text, encoding="utf-8")
    (project.sources / f"{article}.yaml").write_text(_metadata(article, text), encoding="utf-8")
    clean = load_corpus(project.sources).article(article).text
    known = KnownEntities.from_annotations(project.annotations)
    draft = draft_annotation(article, clean, known, year=2026)
    write_draft(draft, project.annotations / f"{article}.yaml")
    return project
