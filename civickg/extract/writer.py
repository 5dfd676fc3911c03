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


#: Text that libyaml writes plain, as it is: it opens with a letter, a CJK character or an opening quotation mark
#: or bracket (“《「‘（【『); then come those, digits, inner spaces and hyphens, CJK and fullwidth punctuation and
#: . % + ( ) / _ , (no ': ', ' #', tab, line break or byte-order mark); not a word YAML reads as a boolean or null.
PLAIN = re.compile("[A-Za-z\u4e00-\u9fff“《「‘（【『]"
                   "[A-Za-z0-9\u4e00-\u9fff\u3400-\u4dbf .%+()/_,\u00b7\u2010-\u2027\u2030-\u205e"
                   "\u3000-\u303f\uff01-\uff5e-]*(?<![ -])")
#: A float as PyYAML writes it (``repr``) and reads it back: digits, a point, digits.
DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")
#: What YAML does not allow in a document even inside double quotes (JSON leaves them unescaped).
UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
RESERVED = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


#: Short text written before (keys, classes, methods, ids repeat in every draft): its scalar, looked up
#: instead of matched again
_SHORT: dict[str, str] = {}
_FLOATS: dict[float, str] = {}


def scalar(value: Any) -> str:
    """One scalar on one line, in the style libyaml chooses (JSON quoting for text with line breaks)."""
    if type(value) is str:
        written = _SHORT.get(value)
        if written is None:
            written = _text(value)
            if len(value) <= 40 and len(_SHORT) < 65536:
                _SHORT[value] = written
        return written
    if type(value) is int:
        return str(value)
    if type(value) is float and value and value in _FLOATS:     # not zero: 0.0 == -0.0, but they are written apart
        return _FLOATS[value]
    if isinstance(value, float) and DECIMAL.fullmatch(text := repr(float(value))):
        if type(value) is float and value and len(_FLOATS) < 4096:
            _FLOATS[value] = text       # confidences: a few values, in every draft
        return text     # a float of a file read back with ruamel.yaml too (its ScalarFloat)
    return _text(value) if isinstance(value, str) else _libyaml(value)


def _text(value: str) -> str:
    """Text as libyaml writes it: plain when it can be, JSON-quoted with line breaks or when long."""
    if PLAIN.fullmatch(value) and value.lower() not in RESERVED:
        return value
    if "\n" in value or "\r" in value or len(value) > 1000:
        return UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(value, ensure_ascii=False))
    return _libyaml(value)


@lru_cache(maxsize=65536, typed=True)     # typed: True and 1.0 are equal keys, and 1.0 was once written as true
def _libyaml(value: Any) -> str:
    text = yaml.dump(value, Dumper=_DUMPER, allow_unicode=True, width=1 << 20, default_flow_style=False)
    return text.removesuffix("\n...\n").rstrip("\n")


def _leaf(item: Any) -> str:
    """What follows a key or a dash when no lines of its own do: an empty list or mapping, or a scalar."""
    if isinstance(item, list):
        return "[]"
    if isinstance(item, dict):
        return "{}"
    return scalar(item)


#: each key's start of line at each indentation (``   key:``): keys repeat in every item of a draft
_HEADS: dict[int, dict[str, str]] = {}


def _lines(value: Any, pad: int, out: list[str]) -> None:
    """Append the lines of a mapping's entries at indentation ``pad``."""
    heads, short = _HEADS.get(pad), _SHORT
    if heads is None:
        heads = _HEADS[pad] = {}
    for key, item in value.items():
        head = heads.get(key) if type(key) is str else None
        if head is None:
            head = f"{' ' * pad}{scalar(key)}:"
            if type(key) is str and len(heads) < 4096:
                heads[key] = head
        if type(item) is str:       # most values: short text, most of it written before
            out.append(f"{head} {short.get(item) or scalar(item)}")
        elif item and isinstance(item, dict):
            out.append(head)
            _lines(item, pad + 2, out)
        elif item and isinstance(item, list):
            out.append(head)
            _items(item, pad + 2, out)
        else:
            out.append(f"{head} {_leaf(item)}")


def _items(values: list, pad: int, out: list[str]) -> None:
    """Append the lines of a list's items, each starting with '- ' at indentation ``pad``."""
    dash = " " * pad + "- "
    for item in values:
        if item and isinstance(item, dict):
            start = len(out)
            _lines(item, pad + 2, out)
            out[start] = dash + out[start][pad + 2:]
        elif item and isinstance(item, list):
            start = len(out)
            _items(item, pad + 2, out)
            out[start] = dash + out[start][pad + 2:]
        else:
            out.append(dash + _leaf(item))


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
