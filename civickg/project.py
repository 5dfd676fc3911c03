"""Where a civickg project keeps its inputs and outputs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from civickg.errors import CivicError

#: The stem of the build's data files: build/civickg.ttl, .nt, .nq, .trig, .jsonld
DATA_STEM = "civickg"


@dataclass(frozen=True)
class Project:
    """The folders of a civickg checkout: inputs under ontology/ and graph/, outputs in build/."""

    root: Path

    def __post_init__(self) -> None:
        if not isinstance(self.root, Path):  # Project("some/folder") from a notebook: the same as a Path
            object.__setattr__(self, "root", Path(self.root))

    @classmethod
    def find(cls, start: Path | str | None = None) -> Project:
        """The project at ``start``, $CIVICKG_ROOT, the working directory, or the package's checkout."""
        candidates = [start, os.environ.get("CIVICKG_ROOT"), Path.cwd(), Path(__file__).parent.parent]
        for cand in candidates:
            if cand and (Path(cand) / "ontology" / "civic.ttl").exists():
                return cls(Path(cand).resolve())
        return cls(Path(start or Path.cwd()).resolve())

    @classmethod
    def of(cls, root: Project | Path | str | None = None) -> Project:
        """``root`` itself when it is a Project, else the project found from it (see :meth:`find`)."""
        return root if isinstance(root, Project) else cls.find(root)

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
    def releases(self) -> Path:
        """The term lists of each ontology release."""
        return self.root / "ontology" / "releases"

    @property
    def vocab(self) -> Path:
        """Local copies of the standard vocabularies the ontology aligns to."""
        return self.root / "ontology" / "vocab"

    @property
    def changelog(self) -> Path:
        return self.root / "ontology" / "CHANGELOG.md"

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def declared_cache(self) -> Path:
        """Where what each annotation file declares is kept by the file's hash (``extract.linking.declarations``):
        ingest, evaluate and review read the corpus's entities from there."""
        return self.build / "cache" / "declared"

    @property
    def analysis(self) -> Path:
        """Where `civickg analyze --write` saves the network figures; every store loads them when present."""
        return self.build / "analysis.ttl"

    def built_file(self, suffix: str = "trig") -> Path:
        """The path of a build output (``build/civickg.<suffix>``); a clear error when it is not built yet."""
        path = self.build / f"{DATA_STEM}.{suffix}"
        if not path.exists():
            raise CivicError(f"{path} does not exist", hint="run `civickg build` first")
        if not path.is_file():
            raise CivicError(f"{path} is not a file", hint="remove it and run `civickg build` again")
        return path
