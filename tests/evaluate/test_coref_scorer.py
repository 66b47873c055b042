"""The coreference metrics on small partitions whose scores are known by hand."""

from __future__ import annotations

import pytest

from eventwire.evaluate.coref import b_cubed, ceaf_e, conll, muc

# Pradhan et al. (2014), figure 1: key {a b c} {d e f g}; response {a b} {c d} {f g h i}
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_counts_links_as_in_the_reference_example() -> None:
    s = muc(KEY, RESPONSE)
    assert s["recall"] == pytest.approx(2 / 5) and s["precision"] == pytest.approx(2 / 5)


def test_b_cubed_of_the_reference_example() -> None:
    s = b_cubed(KEY, RESPONSE)
    # recall: a,b 2/3 each, c 1/3, d 1/4, e 1/4, f,g 2/4 each, over 7 key mentions
    assert s["recall"] == pytest.approx((2 / 3 * 2 + 1 / 3 + 1 / 4 * 2 + 2 / 4 * 2) / 7)
    # precision: a,b 1, c 1/2, d 1/2, f,g 2/4; h,i are twinless, their key side themselves: 1/4
    assert s["precision"] == pytest.approx((1 + 1 + 0.5 + 0.5 + 0.5 + 0.5 + 0.25 + 0.25) / 8)


def test_ceaf_e_aligns_clusters_one_to_one() -> None:
    s = ceaf_e(KEY, RESPONSE)
    best = 2 * 2 / (3 + 2) + 2 * 2 / (4 + 4)  # {abc}-{ab}, {defg}-{fghi}
    assert s["recall"] == pytest.approx(best / 2) and s["precision"] == pytest.approx(best / 3)


def test_a_perfect_response_scores_one_and_singletons_score_no_links() -> None:
    perfect = conll(KEY, KEY)
    assert perfect["conll_f1"] == pytest.approx(1.0)
    alone = [{m} for c in KEY for m in c]
    assert muc(KEY, alone)["f1"] == 0.0
    assert b_cubed(KEY, alone)["precision"] == pytest.approx(1.0)
