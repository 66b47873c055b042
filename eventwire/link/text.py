"""Word-level views of an article body shared by the copy and story checks.

Both checks must see the same words whatever the cleaner left behind: case,
punctuation, paragraph breaks and line wrapping differ between an original and
its copies, so every non-word character becomes a space (not nothing, so that
``"end.Start"`` from a rejoined paragraph still splits into two words).
"""

from __future__ import annotations

import re
from collections import Counter

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

# Function words and newsroom boilerplate that say nothing about which story an
# article tells. Kept short on purpose: inverse document frequency does the rest.
_STOPWORD_TEXT = """
    a about above after again against all also although am among an and any are as at
    be because been before being below between both but by can could did do does doing
    down during each either few for from further had has have having he her here hers
    him his how however i if in into is it its itself just last least less may me might
    more most much must my near neither no nor not now of off on once one only or other
    our ours out over own per same she should since so some such than that the their
    theirs them then there these they this those though through thus to too under until
    up upon us very was we were what when where whether which while who whom whose why
    will with within without would yet you your said says say told according added
    new news two three first second year years day days week weeks month months time
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april june july august september october november december
    mr mrs ms reuters tass agency reported report reports statement
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def words(text: str) -> list[str]:
    """Lowercased word tokens with all punctuation and layout removed."""
    return _NON_WORD.sub(" ", text.lower()).split()


def content_terms(text: str, limit: int = 60) -> tuple[tuple[str, int], ...]:
    """The ``limit`` most frequent content words with their counts, ties broken by word.

    Words of three letters or fewer, digits and stopwords are left out; the
    result is small, deterministic and JSON-friendly so that the storage layer
    can keep it and rebuild story features without re-reading the text.
    """
    counts = Counter(
        w for w in words(text) if len(w) > 3 and not w.isdigit() and w not in STOPWORDS
    )
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(ranked[:limit])


TITLE_WEIGHT = 2  # a headline word counts as this many mentions in the body


def article_terms(title: str | None, text: str, limit: int = 60) -> tuple[tuple[str, int], ...]:
    """``content_terms`` of the body with the headline's words counted ``TITLE_WEIGHT`` times.

    Short reports mention most words once, so the words that name the story
    ("Hanoi", "walkout") tie with incidental ones; the headline names the story,
    so its words come first among the distinctive words used as story keys.
    """
    counts = dict(content_terms(text, limit=10_000))
    for word, n in content_terms(title or "", limit=100):
        counts[word] = counts.get(word, 0) + TITLE_WEIGHT * n
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(ranked[:limit])
