"""A story's core: the centroid of its articles' vectors, which story matching compares with.

Each view (TF-IDF words, idf-weighted entities, the lead's sentence embedding) is kept as
the sum of the members' unit vectors: the cosine of an article with that sum is its cosine
with the story's centroid. Word and entity sums keep at most ``STORY_TERMS`` entries, so a
long-running story costs no more to compare than a short one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

STORY_TERMS = 400


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[k] for k, v in a.items() if k in b)


def norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values())) or 1.0


def cap(vec: dict[str, float]) -> dict[str, float]:
    if len(vec) <= STORY_TERMS:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TERMS])


class Core:
    """A story's centroid: summed unit vectors of its articles, names, types, days."""

    def __init__(self, order: int) -> None:
        self.order = order
        self.text: dict[str, float] = {}
        self.entities: dict[str, float] = {}
        self.vector: np.ndarray | None = None  # float64 sum of the members' unit vectors
        self.names: set[str] = set()
        self.types: set[tuple[str, str]] = set()
        self.days: tuple[date, date] | None = None
        self.members: list[str] = []

    def add_days(self, days: Iterable[date]) -> None:
        for d in days:
            self.days = (
                (d, d) if self.days is None else (min(self.days[0], d), max(self.days[1], d))
            )

    def add_vector(self, vector: Sequence[float] | np.ndarray | None) -> None:
        if vector is None or len(vector) == 0:
            return
        values = np.asarray(vector, dtype=np.float64)
        if self.vector is None:
            self.vector = values.copy()
        elif values.shape == self.vector.shape:
            self.vector += values

    def absorb(self, other: Core) -> None:
        for mine, theirs in ((self.text, other.text), (self.entities, other.entities)):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0.0) + v
        self.text, self.entities = cap(self.text), cap(self.entities)
        self.add_vector(other.vector)
        self.names |= other.names
        self.types |= other.types
        if other.days:
            self.add_days(other.days)
        self.members += other.members


def vec_cos(a: Sequence[float] | np.ndarray | None, b: np.ndarray | None) -> float:
    """Cosine of two dense vectors (0 where either is missing or they differ in width)."""
    if a is None or b is None or len(a) == 0 or len(a) != len(b):
        return 0.0
    va = np.asarray(a, dtype=np.float64)
    denominator = float(np.linalg.norm(va) * np.linalg.norm(b))
    return float(va @ b) / denominator if denominator else 0.0
