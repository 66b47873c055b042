"""Sealed train / validation / test splits of every corpus the project learns or tunes from.

A split is a pure function of the corpus name and an item's key (hash, no seed file to lose),
so every script, test and helper agrees on it and a new item never moves an old one. Rules and
thresholds are written and tuned on ``train`` and ``validation`` only; ``test`` is scored once
per change and its errors are never read (see README, "Figures").

Keys group what must not straddle a split: an ECB+ *topic* (its two look-alike stories and
every document of both), a WikiEvents document, our own annotations by source document, the
stories corpus by gold story. Everything else splits by its own id.
"""

from __future__ import annotations

import hashlib
from typing import Literal

Split = Literal["train", "validation", "test"]
SPLITS: tuple[Split, ...] = ("train", "validation", "test")

#: Corpus name → what its key is (documentation for ``scripts/split_corpora.py``).
KEYS: dict[str, str] = {
    "plover-gsr": "the sentence id (PLOVER-GSR01-AGREE-0001)",
    "case2021": "the snippet id",
    "wikievents": "the document id",
    "ecbplus": "the topic (the number before '_' in the story)",
    "article-extraction": "the page id",
    "ngec-actor-cases": "the test name (test_nat1)",
    "timebank": "the document file name",
    "ngec-synthetic": "the story's row number in the CSV",
    "stories": "the gold story of the stories corpus",
    "annotations": "that of the item it annotates (evaluate/annotations.source_split)",
    "demo": "the sentence text of a demo gold event (detector training only)",
}

#: Shares of train and validation; the rest is test.
TRAIN, VALIDATION = 0.6, 0.2


def split_of(corpus: str, key: str) -> Split:
    """Which split ``key`` of ``corpus`` belongs to: the same answer on every machine, forever."""
    digest = hashlib.sha256(f"eventwire-split|{corpus}|{key}".encode()).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    if u < TRAIN:
        return "train"
    if u < TRAIN + VALIDATION:
        return "validation"
    return "test"


def in_split(corpus: str, key: str, *splits: Split) -> bool:
    """Whether ``key`` falls in one of ``splits`` (``in_split(c, k, "train", "validation")``)."""
    return split_of(corpus, key) in splits


def ecbplus_topic(story_or_doc_id: str) -> str:
    """The ECB+ topic of a story ("1_ecb", "1_ecbplus") or document ("1_10ecb"): "1"."""
    return story_or_doc_id.split("_", 1)[0]
