"""Coreference scores of a clustering of mentions: MUC, B-cubed, CEAF-e and CoNLL F1.

The standard metrics of the CoNLL-2012 shared task (Pradhan et al., 2014, "Scoring
Coreference Partitions of Predicted Mentions"), written out here because each is a few
lines and the reference scorer is Perl. Clusters are sets of hashable mention keys;
key and response may hold different mentions (a mention only one side has counts as a
singleton of the other, as the reference scorer treats twinless mentions for B-cubed and
CEAF; MUC only counts links). CoNLL F1 is the mean of the MUC, B-cubed and CEAF-e F1.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import numpy as np
from scipy.optimize import linear_sum_assignment

Cluster = frozenset[Hashable]


def _prf(p_num: float, p_den: float, r_num: float, r_den: float) -> dict[str, float]:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _clusters(groups: Iterable[Iterable[Hashable]]) -> list[Cluster]:
    return [frozenset(g) for g in groups if g]


def _muc_side(key: list[Cluster], response: list[Cluster]) -> tuple[float, float]:
    """Sum over key clusters of |K| - |partitions of K by the response|, and of |K| - 1."""
    where = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0.0
    for k in key:
        parts = {where.get(m, ("alone", m)) for m in k}
        num += len(k) - len(parts)
        den += len(k) - 1
    return num, den


def muc(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
        ) -> dict[str, float]:
    k, r = _clusters(key), _clusters(response)
    r_num, r_den = _muc_side(k, r)
    p_num, p_den = _muc_side(r, k)
    return _prf(p_num, p_den, r_num, r_den)


def b_cubed(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
            ) -> dict[str, float]:
    k, r = _clusters(key), _clusters(response)
    k_of = {m: c for c in k for m in c}
    r_of = {m: c for c in r for m in c}

    def side(a_of: dict[Hashable, Cluster], b_of: dict[Hashable, Cluster]) -> float:
        total = 0.0
        for m, c in a_of.items():
            other = b_of.get(m, frozenset({m}))
            total += len(c & other) / len(c)
        return total

    return _prf(side(r_of, k_of), len(r_of), side(k_of, r_of), len(k_of))


def ceaf_e(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
           ) -> dict[str, float]:
    """Entity-based CEAF: the best one-to-one alignment of clusters by phi4 similarity."""
    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return _prf(0.0, len(r), 0.0, len(k))
    sim = np.zeros((len(k), len(r)))
    for i, a in enumerate(k):
        for j, b in enumerate(r):
            shared = len(a & b)
            if shared:
                sim[i, j] = 2 * shared / (len(a) + len(b))
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return _prf(total, len(r), total, len(k))


def conll(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
          ) -> dict[str, dict[str, float] | float]:
    """MUC, B-cubed, CEAF-e and their mean F1 (the CoNLL F1)."""
    k, r = _clusters(key), _clusters(response)
    scores: dict[str, dict[str, float] | float] = {
        "muc": muc(k, r), "b3": b_cubed(k, r), "ceafe": ceaf_e(k, r),
    }
    f1s = [s["f1"] for s in scores.values() if isinstance(s, dict)]
    scores["conll_f1"] = sum(f1s) / len(f1s)
    return scores
