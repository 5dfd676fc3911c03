"""Writing a draft as YAML: deterministic, with the schema modeline as its first line."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

MODELINE = "# yaml-language-server: $schema=./annotation.schema.json"


def _yaml() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def dump_draft(annotation: dict[str, Any]) -> str:
    """The annotation as YAML text; the same mapping always gives the same bytes."""
    buffer = io.StringIO()
    _yaml().dump(annotation, buffer)
    return f"{MODELINE}\n{buffer.getvalue()}"


def write_draft(annotation: dict[str, Any], path: Path) -> Path:
    """Write the draft to ``path`` (UTF-8, trailing newline) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_draft(annotation), encoding="utf-8")
    return path
