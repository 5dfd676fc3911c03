"""Write a build's files to build/, atomically: all are rendered first, then swapped in."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from civickg.builder.dataset import Built
from civickg.builder.export import jsonld_context, to_jsonld, to_nquads, to_ntriples, to_trig, to_turtle
from civickg.project import DATA_STEM


def render_outputs(built: Built) -> dict[str, bytes]:
    """Every output file of a build, by path relative to build/, as bytes."""
    union = built.union()
    files: dict[str, str] = {
        f"{DATA_STEM}.ttl": to_turtle(union),
        f"{DATA_STEM}.nt": to_ntriples(union),
        f"{DATA_STEM}.nq": to_nquads(built.dataset),
        f"{DATA_STEM}.trig": to_trig(built.dataset),
        f"{DATA_STEM}.jsonld": to_jsonld(union),
        "context.jsonld": json.dumps(jsonld_context(), ensure_ascii=False, indent=1) + "\n",
        "ontology.ttl": built.ontology.path.read_text(encoding="utf-8"),
    }
    for article in built.corpus.articles:
        files[f"text/{article.id}.txt"] = article.text
    repairs = {name: [r.as_dict() for r in reps] for name, reps in sorted(built.corpus.repairs.items())}
    files["text/repairs.json"] = json.dumps(repairs, ensure_ascii=False, indent=1) + "\n"
    return {name: text.encode("utf-8") for name, text in files.items()}


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_build(built: Built, folder: Path) -> list[Path]:
    """Render every output, then write each atomically; nothing is written if rendering fails."""
    rendered = render_outputs(built)
    written = []
    for name, data in sorted(rendered.items()):
        target = folder / name
        write_atomic(target, data)
        written.append(target)
    return written
