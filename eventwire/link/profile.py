"""What story matching needs from an article beyond its words: named entities and a vector.

TF-IDF over content words, tuned on our own corpus, did not carry to real coverage: outlets
describing one development share its names (people, places, organisations) more reliably
than its wording, and wording that differs ("walked out", "cut short") still lands close in
the space of a sentence encoder. So each article gets

* ``entities``: its named people, places, organisations, groups and events as spaCy finds
  them, normalised ("the White House's" → "white house") with their counts; and
* ``vector``: the mean of the project encoder's sentence embeddings (the detector's, a
  fine-tuned all-MiniLM-L6-v2 held close to the original similarity space) over the
  headline and the first ``LEAD_SENTENCES`` sentences, which name what the article is
  about; unit length, empty where the detector is switched off.

spaCy's entity spans miss many names and split others differently from one outlet to the
next; the capitalised words of the text (``text_names``) are the plainer evidence of *which*
earthquake or *which* acquisition an article reports, where the encoder sees two look-alike
events of one kind as close. ``with_text_names`` adds them to the entities at link time.

Both are small and JSON-friendly: storage keeps them so the link index can be rebuilt
without re-reading or re-encoding the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from eventwire.link.text import STOPWORDS
from eventwire.records import Analysis, Entity

LEAD_SENTENCES = 3
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
MAX_ENTITIES = 40
_LEADING = re.compile(r"^(the|a|an)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACE = re.compile(r"\s+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]\b")


@dataclass(frozen=True)
class Profile:
    """An article's named entities (normalised, with counts) and its lead's unit vector."""

    entities: tuple[tuple[str, int], ...] = ()
    vector: tuple[float, ...] = ()


def normalise_entity(text: str) -> str:
    """Lowercased, without a leading article or a possessive, spaces collapsed."""
    value = _SPACE.sub(" ", text.strip().casefold())
    value = _POSSESSIVE.sub("", _LEADING.sub("", value)).strip(" .,;:-\"'“”")
    return value


def entity_counts(analysis: Analysis) -> tuple[tuple[str, int], ...]:
    """The article's named entities of ``ENTITY_LABELS``, most frequent first (ties by name)."""
    return ranked_entities(entity_counter(analysis.entities))


def entity_counter(entities: Iterable[Entity]) -> Counter[str]:
    """How often each named entity of ``ENTITY_LABELS`` occurs (summed over the pieces of a
    very long article, see ``eventwire.pieces``)."""
    counts: Counter[str] = Counter()
    for ent in entities:
        if ent.label not in ENTITY_LABELS:
            continue
        name = normalise_entity(ent.text)
        if len(name) > 1 and not name.isdigit():
            counts[name] += 1
    return counts


def ranked_entities(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(ranked[:MAX_ENTITIES])


def unit(vector: Sequence[float]) -> tuple[float, ...]:
    norm = math.sqrt(sum(x * x for x in vector))
    return tuple(x / norm for x in vector) if norm > 0 else ()


def lead_texts(analysis: Analysis) -> list[str]:
    """The headline (where there is one) and the first sentences of the body."""
    title = (analysis.article.title or "").strip()
    texts = [title] if title else []
    texts += [s.text.strip() for s in analysis.sentences[:LEAD_SENTENCES] if s.text.strip()]
    return texts


def quantised(vector: Sequence[float]) -> tuple[float, ...]:
    """The vector as storage keeps it: each value rounded to float16, exactly.

    Storage keeps vectors as float16 bytes (``store.storylinks``). The index built during a
    run must compare exactly the vectors one rebuilt from storage compares, or a resumed
    run scores differently: so the vector is quantised once, here, where it is made.
    float16 to float64 is exact, so storing and reading it back gives the same floats.
    """
    return tuple(float(x) for x in np.asarray(vector, dtype=np.float16))


def lead_vector(analysis: Analysis, detector: object | None) -> tuple[float, ...]:
    """Mean sentence embedding of the lead, unit length, float16 precision (``quantised``);
    empty without a detector."""
    texts = lead_texts(analysis)
    score = getattr(detector, "score", None)
    if not texts or score is None:
        return ()
    rows = [s.embedding for s in score(texts) if s.embedding]
    if not rows:
        return ()
    width = len(rows[0])
    mean = [sum(r[i] for r in rows) / len(rows) for i in range(width)]
    return quantised(unit(mean))


def article_profile(analysis: Analysis, detector: object | None) -> Profile:
    return Profile(entities=entity_counts(analysis), vector=lead_vector(analysis, detector))


def text_names(title: str | None, text: str) -> Counter[str]:
    """Capitalised words of the headline and body (lowercased, stopwords left out), counted.

    A sentence's first word is capitalised too; inverse document frequency makes the
    common ones weigh little, as it does for common entities.
    """
    found = _CAPITALISED.findall(f"{title or ''}\n{text}")
    return Counter(w for w in (t.casefold() for t in found) if w not in STOPWORDS)


def with_text_names(profile: Profile, title: str | None, text: str) -> Profile:
    """``profile`` with the text's capitalised words added to its entities (``text_names``),
    the ``MAX_ENTITIES`` most frequent kept."""
    counts = Counter(dict(profile.entities))
    counts.update(text_names(title, text))
    return Profile(entities=ranked_entities(counts), vector=profile.vector)
