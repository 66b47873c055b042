"""Near-copy detection: is this article a reprint of one already stored?

Wire copy is republished with small edits (a changed word, a rejoined
paragraph, a "Read more" line), while independent reports of the same event
share facts but hardly any word sequences. Word 3-gram shingles separate the
two well: an edit touches at most three shingles, independent writing shares
almost none. MinHash keeps each article to a fixed 128-value signature and
LSH banding finds candidates without comparing against every stored article,
so the cost per article stays flat as the store grows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from eventwire.errors import EventwireError
from eventwire.link.text import words

NUM_PERM = 128
SCHEME = "affine32"  # datasketch >= 2.0 default; pinned so stored signatures stay comparable
_DTYPE = np.dtype("<u4")
SIGNATURE_BYTES = NUM_PERM * _DTYPE.itemsize
LSH_THRESHOLD = 0.5  # generous, for recall: candidates are verified below
MIN_JACCARD = 0.7
MIN_LENGTH_RATIO = 0.6  # Jaccard 0.7 on sets already implies 0.7; this guards estimate noise
SHINGLE = 3
BOILERPLATE_MAX_WORDS = 12
_SENTENCE_END = (".", "!", "?", '"', "\u201d", ")")
_SENTENCE_MARKS = (". ", "! ", "? ")


def _is_boilerplate(line: str, typical: float) -> bool:
    """A short line with no sentence in it, clearly shorter than the text's usual line."""
    if len(line.split()) >= BOILERPLATE_MAX_WORDS or len(line) >= 0.7 * typical:
        return False
    if line.endswith(_SENTENCE_END):
        return False
    return not any(mark in line for mark in _SENTENCE_MARKS)


def body_words(text: str) -> list[str]:
    """The words of the body's prose, lowercased and without punctuation.

    Short lines with no sentence in them ("Advertisement", "Read more - ...",
    "Follow us on Telegram") are the boilerplate that reprints add or drop; on
    a 100-word report two such lines alone cost 0.1 of Jaccard, so they are
    left out. The length test is relative to the longest line so that
    hard-wrapped prose (every line ~90 characters) keeps its lines.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return []
    typical = max(len(ln) for ln in lines)
    prose = [ln for ln in lines if not _is_boilerplate(ln, typical)]
    return words("\n".join(prose or lines))


_PERMS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations  # seed 1, computed once


def shingles(text: str) -> set[bytes]:
    """Word 3-grams of the body's prose (the whole text if shorter than three words)."""
    toks = body_words(text)
    if len(toks) < SHINGLE:
        return {" ".join(toks).encode()} if toks else set()
    return {" ".join(toks[i : i + SHINGLE]).encode() for i in range(len(toks) - SHINGLE + 1)}


def text_length(text: str) -> int:
    """The body's length in words, the unit the length-ratio check compares."""
    return len(body_words(text))


def signature(text: str) -> bytes:
    """The MinHash of the body's shingles as 512 bytes (128 little-endian uint32).

    An empty body gives the all-maximum signature, which ``CopyIndex`` never
    treats as a copy of anything.
    """
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMS)
    mh.update_batch(list(shingles(text)))
    return np.asarray(mh.hashvalues, dtype=_DTYPE).tobytes()


def _minhash(sig: bytes) -> MinHash:
    if len(sig) != SIGNATURE_BYTES:
        raise EventwireError(
            "L001",
            f"copy signature has {len(sig)} bytes, expected {SIGNATURE_BYTES}",
            "recompute it with eventwire.link.copies.signature (stored signatures from another "
            "num_perm or datasketch scheme cannot be compared)",
        )
    values = np.frombuffer(sig, dtype=_DTYPE).astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=values, permutations=_PERMS)


_EMPTY = signature("")


def estimated_jaccard(a: bytes, b: bytes) -> float:
    """Share of equal MinHash values: an unbiased estimate of shingle-set Jaccard."""
    va = np.frombuffer(a, dtype=_DTYPE)
    vb = np.frombuffer(b, dtype=_DTYPE)
    return float(np.count_nonzero(va == vb)) / NUM_PERM


@dataclass
class _Entry:
    order: int
    sig: bytes
    length: int


class CopyIndex:
    """All stored signatures, banded for LSH lookup; remembers insertion order.

    ``find_copy`` returns the earliest-added verified candidate, so a chain of
    reprints points at the first-seen article, not at the previous reprint.
    """

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._entries: dict[str, _Entry] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def add(self, article_id: str, sig: bytes, length: int) -> None:
        """Index one article; re-adding a known id is a no-op (rebuilds may repeat)."""
        if article_id in self._entries:
            return
        mh = _minhash(sig)
        self._entries[article_id] = _Entry(len(self._entries), sig, length)
        if sig != _EMPTY:
            self._lsh.insert(article_id, mh, check_duplication=False)

    def find_copy(self, sig: bytes, length: int) -> str | None:
        """The first-added stored article this one nearly copies, or None."""
        match = self.explain(sig, length)
        return match[0] if match else None

    def explain(self, sig: bytes, length: int) -> tuple[str, float] | None:
        """Like ``find_copy`` but also gives the estimated Jaccard, for the reason text."""
        if sig == _EMPTY or length <= 0:
            return None
        best: tuple[int, str, float] | None = None
        for key in self._lsh.query(_minhash(sig)):
            entry = self._entries[key]
            ratio = min(length, entry.length) / max(length, entry.length, 1)
            if ratio < MIN_LENGTH_RATIO:
                continue
            jac = estimated_jaccard(sig, entry.sig)
            if jac < MIN_JACCARD:
                continue
            if best is None or entry.order < best[0]:
                best = (entry.order, key, jac)
        return (best[1], best[2]) if best else None
