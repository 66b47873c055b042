"""Shingle precision/recall/F1 of extracted article text, as in extraction benchmarks.

Article-extraction benchmarks (e.g. Zyte's article-extraction-benchmark)
compare texts as multisets of 4-word shingles rather than as strings: the
score then does not care about whitespace, paragraph breaks or punctuation,
but a dropped sentence costs recall and a kept junk line costs precision in
proportion to its length.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SHINGLE_SIZE = 4
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation and whitespace are not tokens."""
    return _WORD.findall(text.lower())


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles; a shorter non-empty text is one shingle."""
    words = tokens(text)
    if not words:
        return Counter()
    if len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def shingle_scores(predicted: str, gold: str) -> Scores:
    """Precision and recall of ``predicted``'s shingles against ``gold``'s (multiset overlap).

    Two empty texts agree perfectly; an empty side against a non-empty one scores 0.
    """
    pred, ref = shingles(predicted), shingles(gold)
    if not pred and not ref:
        return Scores(1.0, 1.0, 1.0)
    overlap = sum((pred & ref).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(ref.values()) if ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1)
