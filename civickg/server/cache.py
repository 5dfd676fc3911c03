"""Answers kept in the server process, so a question asked again on the same build never reaches a worker.

An answer is keyed by the query text, its format, its row cap and the build's fingerprint (the SHA-256 of the
dataset and the ontology the workers loaded): a new build changes every key, so no stale answer is served.
The cache is bounded in entries and in bytes, and forgets the least recently used answer first.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

#: The most bytes of answers kept, whatever the number of entries.
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class CacheKey:
    text: str
    fmt: str
    max_rows: int
    build: str


@dataclass(frozen=True)
class CachedAnswer:
    body: bytes
    rows: int


class AnswerCache:
    """A least-recently-used map from CacheKey to CachedAnswer; ``size`` 0 keeps nothing."""

    def __init__(self, size: int, max_bytes: int = MAX_BYTES) -> None:
        self.size = size
        self.max_bytes = max_bytes
        self.bytes = 0
        self._answers: OrderedDict[CacheKey, CachedAnswer] = OrderedDict()

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: CacheKey) -> CachedAnswer | None:
        answer = self._answers.get(key)
        if answer is not None:
            self._answers.move_to_end(key)
        return answer

    def put(self, key: CacheKey, answer: CachedAnswer) -> None:
        """Keep ``answer`` (unless it alone is over an eighth of the byte bound), forgetting the oldest as needed."""
        if self.size < 1 or len(answer.body) > self.max_bytes // 8:
            return
        old = self._answers.pop(key, None)
        if old is not None:
            self.bytes -= len(old.body)
        self._answers[key] = answer
        self.bytes += len(answer.body)
        while len(self._answers) > self.size or self.bytes > self.max_bytes:
            _, dropped = self._answers.popitem(last=False)
            self.bytes -= len(dropped.body)

    def clear(self) -> None:
        self._answers.clear()
        self.bytes = 0
