"""Near-copy detection on reports written for the tests, and on copies made from them."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from eventwire.errors import EventwireError
from eventwire.link.copies import CopyIndex, estimated_jaccard, signature, text_length

from .corpus import STORIES, TEXTS

JUNK = (
    "Advertisement",
    "Follow us on Telegram for the latest updates",
    "Read more: what the ceasefire means for the region",
    "Share this article",
)


def _body(key: str) -> str:
    return TEXTS[key][2].strip()


def make_copy(text: str, rng: random.Random, share: float = 0.03) -> str:
    """A republished version: ~3% of words replaced, paragraphs rejoined, junk lines added."""
    paragraphs = [p.split() for p in text.split("\n\n")]
    total = sum(len(p) for p in paragraphs)
    slots = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]
    for i, j in rng.sample(slots, max(1, round(total * share))):
        paragraphs[i][j] = rng.choice(["reportedly", "the", "officials", "new", "also", "fully"])
    joined = [" ".join(p) for p in paragraphs]
    if len(joined) > 1:  # a rejoin: two paragraphs run together without a space
        k = rng.randrange(len(joined) - 1)
        joined[k : k + 2] = [joined[k] + joined[k + 1]]
    joined.insert(rng.randrange(len(joined) + 1), rng.choice(JUNK))
    joined.append(rng.choice(JUNK))
    return "\n".join(joined)


@pytest.fixture(scope="module")
def index() -> CopyIndex:
    idx = CopyIndex()
    for key in TEXTS:
        idx.add(key, signature(_body(key)), text_length(_body(key)))
    return idx


def test_signature_is_bytes_and_ignores_case_punctuation_and_layout() -> None:
    text = _body("truce-a")
    relaid = text.upper().replace("\n", " ").replace(",", " ;")
    assert isinstance(signature(text), bytes) and len(signature(text)) == 512
    assert signature(text) == signature(relaid)


def test_copies_with_three_percent_changed_are_found(index: CopyIndex) -> None:
    rng = random.Random(20201110)
    found = tried = 0
    for key in TEXTS:
        for _ in range(12):
            copy = make_copy(_body(key), rng)
            tried += 1
            found += index.find_copy(signature(copy), text_length(copy)) == key
    recall = found / tried
    assert tried == 12 * len(TEXTS)
    assert recall >= 0.97, f"recall {recall:.3f} on {tried} copies"


def test_independent_reports_of_one_event_are_not_copies(index: CopyIndex) -> None:
    for key in TEXTS:
        body = _body(key)
        original = index.find_copy(signature(body), text_length(body))
        assert original == key  # itself, never another outlet's report
    for a, b in combinations(TEXTS, 2):
        if STORIES[a] == STORIES[b]:
            assert estimated_jaccard(signature(_body(a)), signature(_body(b))) < 0.2


def test_first_seen_original_wins_over_a_later_reprint() -> None:
    rng = random.Random(7)
    first = _body("pelosi-a")
    second = make_copy(first, rng)
    idx = CopyIndex()
    idx.add("original", signature(first), text_length(first))
    idx.add("reprint", signature(second), text_length(second))
    third = make_copy(first, rng)  # verifies against both: the earlier one wins
    assert idx.find_copy(signature(third), text_length(third)) == "original"


def test_shortened_version_fails_the_length_check() -> None:
    body = _body("ceasefire-a")
    idx = CopyIndex()
    idx.add("full", signature(body), text_length(body))
    half = body.split("\n\n")[0]
    assert idx.find_copy(signature(half), text_length(half)) is None


def test_empty_text_is_never_a_copy() -> None:
    idx = CopyIndex()
    idx.add("empty", signature(""), 0)
    assert idx.find_copy(signature(""), 0) is None


def test_wrong_signature_size_says_what_to_do() -> None:
    with pytest.raises(EventwireError, match="L001"):
        CopyIndex().add("x", b"\x00" * 16, 10)
