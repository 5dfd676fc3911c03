"""Where a civickg project keeps its inputs and outputs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    """The folders of a civickg checkout: inputs under ontology/ and graph/, outputs in build/."""

    root: Path

    @classmethod
    def find(cls, start: Path | str | None = None) -> Project:
        """The project at ``start``, $CIVICKG_ROOT, the working directory, or the package's checkout."""
        candidates = [start, os.environ.get("CIVICKG_ROOT"), Path.cwd(), Path(__file__).parent.parent]
        for cand in candidates:
            if cand and (Path(cand) / "ontology" / "civic.ttl").exists():
                return cls(Path(cand).resolve())
        return cls(Path(start or Path.cwd()).resolve())

    @property
    def ontology(self) -> Path:
        return self.root / "ontology" / "civic.ttl"

    @property
    def shapes(self) -> Path:
        return self.root / "ontology" / "shapes.ttl"

    @property
    def sources(self) -> Path:
        return self.root / "graph" / "sources"

    @property
    def annotations(self) -> Path:
        return self.root / "graph" / "annotations"

    @property
    def annotation_schema(self) -> Path:
        return self.annotations / "annotation.schema.json"

    @property
    def queries(self) -> Path:
        return self.root / "graph" / "queries"

    @property
    def build(self) -> Path:
        return self.root / "build"
