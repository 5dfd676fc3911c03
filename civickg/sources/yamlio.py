"""YAML loading that remembers line numbers, so errors can say file:line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from civickg.errors import AnnotationError


class LineDict(dict):
    """A mapping that remembers the line (1-based) it started on."""

    line: int | None = None


class LineList(list):
    """A sequence that remembers the line (1-based) it started on."""

    line: int | None = None


class _Loader(yaml.SafeLoader):
    """Safe loader that builds LineDict/LineList and keeps YAML 1.1 booleans out of strings."""


def _mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    keys: dict[Any, int] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in keys:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first on line {keys[key]})",
                key_node.start_mark)
        keys[key] = key_node.start_mark.line + 1
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_yaml(path: Path, error: type[AnnotationError] = AnnotationError) -> Any:
    """Parse a YAML file; malformed YAML raises ``error`` with file:line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error("not UTF-8", file=path, hint="save the file as UTF-8") from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise error(f"malformed YAML: {problem}", file=path, line=line,
                    hint="fix the syntax at that line (indentation, quotes, colons)") from None
