"""Features of one line of plain text, seen in its page: what tells body text from site junk.

A scraped page flattened to text is a column of lines: menus and share buttons
(short, no sentence punctuation, title-cased, link-like), bylines and dates,
teaser headlines, footers, and somewhere in the middle a run of long lines that
end as sentences do and are dense in function words: the article. No single
line says which it is, so each line is described by its own shape, by its place
in the page, and by the shape of its neighbours (jusText's "context-sensitive"
idea, learned instead of hand-set).

Everything here is language-agnostic where it can be: function words are the
page's own most frequent short words (plus a small English list), so a Russian
or Portuguese page gets a stop-word density too; a script without spaces (CJK)
is measured in characters.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_INNER_SENTENCE = re.compile(r"[.!?。！？][\"'”’)\]]*\s+\S")
_LINKY = re.compile(
    r"https?://|www\.|\.(com|org|net|co\.uk|ru|de|br)\b|@\w|\S+\s[|»›•·/]\s\S+|^[|»›•·>]|[|»›•·]$"
)
_DATE = re.compile(
    r"\b(\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(19|20)\d{2}|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december|am|pm|ago|updated|published)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^([-–—•·*►▶»>]|\d+[.)]\s)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

_ENGLISH = (
    "a about after all also an and any are as at be been but by can could did do does for "
    "from had has have he her his how i if in into is it its more most no not of on one or "
    "our out over said she so some than that the their them then there these they this to "
    "up was we were what when which while who will with would you"
)
ENGLISH_STOPWORDS = frozenset(_ENGLISH.split())
#: How many of the page's most frequent short words count as its function words.
PAGE_STOPWORDS = 40
#: Neighbour offsets whose shape is a feature of the line.
OFFSETS = (-3, -2, -1, 1, 2, 3)
#: Half-widths of the windows averaged around the line.
WINDOWS = (2, 5, 10)

BASE_NAMES = (
    "log_words", "log_chars", "ends_sentence", "ends_colon", "short_no_punct", "commas",
    "inner_sentences", "capitalised", "digits", "stopwords", "linky", "upper", "bullet",
    "duplicate", "named_rule", "word_length", "cjk", "dates",
)
_NEIGHBOUR_BASE = ("log_words", "ends_sentence", "stopwords", "named_rule")
_WINDOW_BASE = ("log_words", "ends_sentence", "stopwords", "linky", "capitalised")


def feature_names() -> tuple[str, ...]:
    """The names of ``line_features``' columns, in order (stored with the model)."""
    names = list(BASE_NAMES)
    names += ["position", "words_before", "core_distance", "in_core"]
    names += [f"{name}@{off:+d}" for off in OFFSETS for name in _NEIGHBOUR_BASE]
    names += [f"{name}~{w}" for w in WINDOWS for name in _WINDOW_BASE]
    return tuple(names)


def _key(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def page_stopwords(lines: Sequence[str]) -> frozenset[str]:
    """The page's function words: its most frequent short words, plus English ones."""
    counts: Counter[str] = Counter()
    for line in lines:
        words = _WORD.findall(line.lower())
        if len(words) >= 8:  # running text, not menus, carries the function words
            counts.update(w for w in words if len(w) <= 4 and not w.isdigit())
    return ENGLISH_STOPWORDS | {w for w, n in counts.most_common(PAGE_STOPWORDS) if n >= 3}


def base_features(
    line: str, stopwords: frozenset[str], duplicate: bool, named_rule: bool
) -> list[float]:
    """The line's own shape, in the order of ``BASE_NAMES``."""
    words = _WORD.findall(line)
    n = len(words)
    chars = len(line)
    cjk = len(_CJK.findall(line)) / max(chars, 1)
    # A spaceless script: about two characters carry what a word does elsewhere.
    n_eff = max(n, int(len(_CJK.findall(line)) / 2)) if cjk > 0.3 else n
    alpha = [w for w in words if w[:1].isalpha()]
    ends_sentence = bool(_SENTENCE_END.search(line))
    return [
        math.log1p(n_eff),
        math.log1p(chars),
        float(ends_sentence),
        float(line.endswith(":")),
        float(n_eff <= 6 and not ends_sentence),
        line.count(",") / max(n_eff, 1),
        len(_INNER_SENTENCE.findall(line)) / max(n_eff, 1) * 10,
        sum(1 for w in alpha if w[0].isupper()) / max(len(alpha), 1),
        sum(1 for w in words if w.isdigit()) / max(n, 1),
        sum(1 for w in words if w.lower() in stopwords) / max(n, 1),
        float(bool(_LINKY.search(line))),
        float(line.isupper() and n >= 1),
        float(bool(_BULLET.match(line))),
        float(duplicate),
        float(named_rule),
        sum(len(w) for w in words) / max(n, 1) / 10,
        cjk,
        len(_DATE.findall(line)) / max(n, 1),
    ]


def _core(words: Sequence[int]) -> tuple[int, int]:
    """The page's densest run of text: the span maximising words beyond 10 per line.

    Kadane's maximum-sum run over (words - 10): long lines add, short ones subtract,
    so the run is the block of long lines the article most likely is.
    """
    best, best_span = -1.0, (0, 0)
    total, start = 0.0, 0
    for i, n in enumerate(words):
        if total <= 0:
            total, start = 0.0, i
        total += n - 10
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def line_features(lines: Sequence[str], named_rules: Sequence[bool]) -> list[list[float]]:
    """One feature row per line (``feature_names`` order): own shape, place, neighbours."""
    if not lines:
        return []
    stopwords = page_stopwords(lines)
    keys = [_key(line) for line in lines]
    counts = Counter(k for k in keys if k)
    base = [
        base_features(line, stopwords, counts[k] > 1, rule)
        for line, k, rule in zip(lines, keys, named_rules, strict=True)
    ]
    index = {name: i for i, name in enumerate(BASE_NAMES)}
    words = [len(_WORD.findall(line)) for line in lines]
    total = max(sum(words), 1)
    lo, hi = _core(words)
    n = len(lines)
    pad = [0.0] * len(BASE_NAMES)
    rows = []
    before = 0
    for i, own in enumerate(base):
        row = list(own)
        distance = 0 if lo <= i <= hi else (lo - i if i < lo else i - hi)
        row += [i / max(n - 1, 1), before / total, math.log1p(distance), float(distance == 0)]
        before += words[i]
        for off in OFFSETS:
            j = i + off
            other = base[j] if 0 <= j < n else pad
            row += [other[index[name]] for name in _NEIGHBOUR_BASE]
        for w in WINDOWS:
            window = base[max(0, i - w) : i + w + 1]
            row += [sum(r[index[name]] for r in window) / len(window) for name in _WINDOW_BASE]
        rows.append(row)
    return rows
