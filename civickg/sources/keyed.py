"""Values kept in a folder by the SHA-256 of the bytes they were made from: never stale (other bytes, another
key), written atomically, safe to delete. What each annotation file declares (``build/cache/declared/``) and
each file's review progress (``build/cache/progress/``) are kept this way."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from civickg.sources.encodings import write_bytes_atomic


def entry_for(folder: Path | None, data: bytes) -> Path | None:
    """The JSON file that keeps the value made from ``data`` (None without a folder: nothing is kept)."""
    return folder / f"{hashlib.sha256(data).hexdigest()}.json" if folder is not None else None


def keep(entry: Path | None, value: Any) -> None:
    """Write ``value`` as the entry (nothing without one)."""
    if entry is not None:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(entry, json.dumps(value, ensure_ascii=False, default=str).encode("utf-8"))


def kept(folder: Path | None, data: bytes, make: Callable[[], Any]) -> Any:
    """The value kept for ``data`` in ``folder``, or ``make()``'s, kept then (a damaged entry is made again; a
    value of None is not kept)."""
    entry = entry_for(folder, data)
    if entry is not None and entry.exists():
        try:
            return json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    value = make()
    if value is not None:
        keep(entry, value)
    return value
