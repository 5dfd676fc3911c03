"""The annotation JSON Schema: load it, check a file against it, and point errors at the key's line."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema

from civickg.errors import AnnotationError


def _line_of(doc: Any, path: list[Any]) -> int | None:
    """The line of the deepest node along ``path`` that remembers its line."""
    line = getattr(doc, "line", None)
    node = doc
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        line = getattr(node, "line", line)
    return line


def key_line(lines: list[str], start: int | None, key: str) -> int | None:
    """The line of ``key:`` inside the YAML mapping that starts on line ``start`` (1-based), else ``start``."""
    if start is None:
        return None
    pattern = re.compile(rf"^\s*(-\s+)?{re.escape(key)}\s*:")
    for number in range(start, min(len(lines), start + 60) + 1):
        text = lines[number - 1]
        if pattern.match(text):
            return number
        if number > start and re.match(r"^\s*-\s", text):
            break
    return start


def _error_line(doc: Any, error: jsonschema.ValidationError, lines: list[str]) -> int | None:
    """The line of the key at fault: the wrongly typed value's key, or the first unexpected key."""
    path = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = sorted((k for k in error.instance if k not in allowed), key=str)  # YAML keys may be numbers
        if extra:
            return key_line(lines, _line_of(doc, path), str(extra[0]))
    if path and isinstance(path[-1], str):
        return key_line(lines, _line_of(doc, path[:-1]), path[-1])
    return _line_of(doc, path)


#: Which error to report first among those of one mapping: an unknown key explains a missing one.
_PRIORITY = {"additionalProperties": 0, "required": 2, "oneOf": 3, "anyOf": 3}


def _schema_message(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(p) for p in error.absolute_path) or "top level"
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted((k for k in error.instance if k not in allowed), key=str) if isinstance(error.instance, dict) \
            else []
        close = difflib.get_close_matches(str(extra[0]), allowed, n=1) if extra else []
        tip = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(allowed)}"
        return f"{where}: {error.message} ({tip})"
    if error.validator == "oneOf" and isinstance(error.instance, dict) and "s" in error.instance:
        return f"{where}: a fact needs exactly one of 'o' (an entity) or 'value' (a literal)"
    if error.validator in ("oneOf", "anyOf"):
        options = [o.get("required") for o in error.schema.get(error.validator, [])]
        if options and all(options):
            names = " or ".join("+".join(f"'{k}'" for k in keys) for keys in options)
            return f"{where}: needs {'exactly' if error.validator == 'oneOf' else 'at least'} one of {names}"
        return f"{where}: {error.validator} failed — {error.schema.get('description', error.message)}"
    return f"{where}: {error.message}"


def check_schema(doc: Any, schema: dict[str, Any], file: Path) -> None:
    """Validate one parsed annotation file against the JSON Schema; report file:line."""
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if errors:
        lines = file.read_text(encoding="utf-8").splitlines() if file.exists() else []
        first = min(errors, key=lambda e: (_line_of(doc, list(e.absolute_path)) or 0, _PRIORITY.get(e.validator, 1),
                                           _error_line(doc, e, lines) or 0))
        raise AnnotationError(f"does not match the annotation schema: {_schema_message(first)}",
                              file=file, line=_error_line(doc, first, lines),
                              hint="see graph/annotations/README.md and annotation.schema.json")


def load_schema(path: Path) -> dict[str, Any]:
    """The annotation JSON Schema."""
    return json.loads(path.read_text(encoding="utf-8"))
