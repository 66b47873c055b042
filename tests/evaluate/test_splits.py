"""Sealed splits: a pure function of corpus and key, in the promised shares."""

from __future__ import annotations

from collections import Counter

from eventwire.evaluate.annotations import source_split
from eventwire.evaluate.splits import ecbplus_topic, split_of


def test_the_same_key_always_lands_in_the_same_split() -> None:
    assert split_of("case2021", "17") == split_of("case2021", "17")


def test_corpora_split_independently() -> None:
    keys = [str(i) for i in range(2000)]
    assert [split_of("a", k) for k in keys] != [split_of("b", k) for k in keys]


def test_shares_are_about_sixty_twenty_twenty() -> None:
    counts = Counter(split_of("x", str(i)) for i in range(20000))
    assert abs(counts["train"] / 20000 - 0.6) < 0.02
    assert abs(counts["validation"] / 20000 - 0.2) < 0.02
    assert abs(counts["test"] / 20000 - 0.2) < 0.02


def test_an_ecbplus_topic_keeps_both_its_stories_and_all_its_documents_together() -> None:
    assert ecbplus_topic("12_3ecbplus") == ecbplus_topic("12_ecb") == "12"
    assert source_split("ecbplus", "12_3ecbplus") == source_split("ecbplus", "12_7ecb")
