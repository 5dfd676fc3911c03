"""Writing a draft as YAML: deterministic, with the schema modeline as its first line.

The layout is the one of the curated files (mappings indented by 2, list items by 2 more with their dash);
each scalar is written by libyaml (PyYAML's C emitter), which chooses plain or quoted style, so a draft of a
long article is written in milliseconds.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

MODELINE = "# yaml-language-server: $schema=./annotation.schema.json"
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


#: Text that libyaml writes plain, as it is: CJK and letters, inner spaces and hyphens; no digit, sign or
#: punctuation first, no ': ' or ' #', not a word YAML reads as a boolean or null.
PLAIN = re.compile(r"^[A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff\u3400-\u4dbf -]*(?<![ -])$")
#: What YAML does not allow in a document even inside double quotes (JSON leaves them unescaped).
UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
RESERVED = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def scalar(value: Any) -> str:
    """One scalar on one line, in the style libyaml chooses (JSON quoting for text with line breaks)."""
    if type(value) is int:
        return str(value)
    if isinstance(value, str):
        if PLAIN.match(value) and value.lower() not in RESERVED:
            return value
        if "\n" in value or "\r" in value or len(value) > 1000:
            return UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(value, ensure_ascii=False))
    return _libyaml(value)


@lru_cache(maxsize=65536)
def _libyaml(value: Any) -> str:
    text = yaml.dump(value, Dumper=_DUMPER, allow_unicode=True, width=1 << 20, default_flow_style=False)
    return text.removesuffix("\n...\n").rstrip("\n")


def _lines(value: Any, pad: int, out: list[str]) -> None:
    """Append the lines of a mapping's entries at indentation ``pad``."""
    for key, item in value.items():
        head = f"{' ' * pad}{scalar(key)}:"
        if isinstance(item, dict) and item:
            out.append(head)
            _lines(item, pad + 2, out)
        elif isinstance(item, list) and item:
            out.append(head)
            _items(item, pad + 2, out)
        else:
            out.append(f"{head} {'[]' if item == [] else '{}' if item == {} else scalar(item)}")


def _items(values: list, pad: int, out: list[str]) -> None:
    """Append the lines of a list's items, each starting with '- ' at indentation ``pad``."""
    for item in values:
        if isinstance(item, dict) and item:
            start = len(out)
            _lines(item, pad + 2, out)
            out[start] = f"{' ' * pad}- {out[start][pad + 2:]}"
        elif isinstance(item, list) and item:
            start = len(out)
            _items(item, pad + 2, out)
            out[start] = f"{' ' * pad}- {out[start][pad + 2:]}"
        else:
            out.append(f"{' ' * pad}- {'[]' if item == [] else '{}' if item == {} else scalar(item)}")


def dump_draft(annotation: dict[str, Any]) -> str:
    """The annotation as YAML text; the same mapping always gives the same bytes."""
    out: list[str] = [MODELINE]
    _lines(annotation, 0, out)
    return "\n".join(out) + "\n"


def write_draft(annotation: dict[str, Any], path: Path) -> Path:
    """Write the draft to ``path`` (UTF-8, trailing newline) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_draft(annotation), encoding="utf-8")
    return path
