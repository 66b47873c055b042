"""Story assignment: which news story an article tells, kept stable as articles arrive.

A story is one news development (the 10 November 2020 ceasefire, a rehab check-in, an
earthquake) covered by many articles over a few days. An article joins the story whose
*core* it is closest to, never a story it only reaches through one member: the core is the
sum of its members' unit vectors (a centroid), so a story grows only by articles close to
what its articles say together, not by a chain of articles each close to the last (the
snowballing that piled unrelated real coverage into one story). Centroids also make the
result depend little on the order articles arrive in.

Closeness combines three views of an article, each a cosine with the story's centroid:

* the lead's sentence embedding (``profile.lead_vector``: the project encoder, which
  generalises beyond the words of our own corpus);
* named entities (people, places, organisations), weighted by inverse document frequency;
* TF-IDF over content words;

averaged with learned weights over the views both sides have (a test without the encoder,
or an article without entities, still works), plus small bonuses for a shared event type
with a shared country and a shared named actor. The weights and thresholds live in
``stories.json``, written by ``scripts/tune_stories.py`` (learned on training splits,
selected on validation), so a retrained encoder only needs that script rerun.

Specific evidence must agree: two look-alike developments of one kind (two earthquakes, two
acquisitions by one company) sit close in the encoder's space and share their topic's words,
so an article that shares next to none of a story's names (entity cosine below
``min_specific``) does not join it, whatever the other views say.

Dates where they exist: a dated article joins only a story with an article within
``window_days`` of one of its days (publication date, or the day of an event it reports
as news; events it only recalls are background). Where either side has no date, the
stricter ``undated_threshold`` applies: nothing confirms the time.

When an article is close to two stories whose cores are close to each other, the two are one
story told from two ends: the younger is merged into the older, explicitly (``assign``
returns it; storage records the merge and the old id keeps resolving).

Candidates are found through blocking keys (entities, named actors, event types,
distinctive words, each with the day; and the day alone), never a scan, and cores keep a
bounded number of terms, so each article's cost stays flat as the store grows. Document
frequencies are counted incrementally over the articles indexed so far.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.link.core import Core, cap, dot, norm, vec_cos
from eventwire.link.facts import StoryFacts, story_facts
from eventwire.link.facts import is_background as is_background  # where callers import it
from eventwire.link.profile import Profile
from eventwire.records import Event

BUCKET_CAP = 40  # only the most recent articles of a key are looked at ...
MAX_CANDIDATES = 60  # ... and only those sharing the most keys: flat cost per article
KEY_TERMS = 12  # distinctive words used as blocking keys
KEY_ENTITIES = 8  # distinctive entities used as blocking keys
UNDATED = -1  # the "day" of the keys every article is also filed under, for undated articles
PARAMETERS = Path(__file__).with_name("stories.json")

Terms = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class StoryParameters:
    """Weights and thresholds of story matching (see ``scripts/tune_stories.py``)."""

    w_vector: float = 0.5
    w_entities: float = 0.25
    w_text: float = 0.25
    threshold: float = 0.45
    undated_threshold: float = 0.5
    bonus_type: float = 0.04
    bonus_name: float = 0.04
    bonus_event: float = 0.1
    merge_threshold: float = 0.6
    window_days: int = 3
    min_specific: float = 0.0
    provenance: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def load(cls, path: Path = PARAMETERS) -> StoryParameters:
        if not path.is_file():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def story_id_for(article_id: str) -> str:
    """Deterministic story id from the article that opened the story."""
    return "s-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class StoryFeatures:
    """What an article says, reduced to what story matching compares."""

    article_id: str
    words: tuple[str, ...]
    counts: tuple[int, ...]
    days: frozenset[date]
    countries: frozenset[str]
    names: frozenset[str]
    type_countries: frozenset[tuple[str, str]]
    entities: Terms = ()
    vector: tuple[float, ...] = ()


def features(
    article_id: str,
    terms: Terms,
    publication_date: str | None,
    events: Iterable[Event],
    profile: Profile | None = None,
    facts: StoryFacts | None = None,
) -> StoryFeatures:
    """Story features from an article's words, date, current events (or the ``facts`` taken
    from them when it was linked), entities and vector."""
    if facts is None:
        facts = story_facts(publication_date, events)
    profile = profile or Profile()
    return StoryFeatures(
        article_id=article_id,
        words=tuple(sys.intern(w) for w, _ in terms),
        counts=tuple(c for _, c in terms),
        days=facts.days,
        countries=facts.countries,
        names=facts.names,
        type_countries=facts.type_countries,
        entities=tuple((sys.intern(e), c) for e, c in profile.entities),
        vector=profile.vector,
    )


class StoryIndex:
    """Articles' story features by blocking key, story cores, and term frequencies."""

    def __init__(self, parameters: StoryParameters | None = None) -> None:
        self.p = parameters or StoryParameters.load()
        self._features: dict[str, StoryFeatures] = {}
        self._story: dict[str, str] = {}
        self._cores: dict[str, Core] = {}
        self._alias: dict[str, str] = {}  # merged story → the story it was merged into
        self._buckets: dict[tuple[str, str, int], list[str]] = {}
        self._order: dict[str, int] = {}
        self._df: Counter[str] = Counter()
        self._edf: Counter[str] = Counter()
        self._n = 0
        self._opened = 0  # stories opened so far: each core's order

    # -- stories and aliases --------------------------------------------------
    def resolve(self, story_id: str) -> str:
        """The story a (possibly merged) story id stands for now."""
        seen = {story_id}
        while story_id in self._alias:
            story_id = self._alias[story_id]
            if story_id in seen:
                break
            seen.add(story_id)
        return story_id

    def story_of(self, article_id: str) -> str | None:
        story = self._story.get(article_id)
        return self.resolve(story) if story else None

    def _core(self, story_id: str) -> Core:
        if story_id not in self._cores:
            # a counter, not len(): after a merge len() would repeat an order still in use,
            # and a rebuild (which never sees the merged story's core) would order otherwise
            self._cores[story_id] = Core(self._opened)
            self._opened += 1
        return self._cores[story_id]

    def set_story(self, article_id: str, story_id: str) -> None:
        """Record an article's story without features (copies, rebuilt copies)."""
        story_id = self.resolve(story_id)
        self._story[article_id] = story_id
        core = self._core(story_id)
        if article_id not in core.members:
            core.members.append(article_id)

    # -- vectors ----------------------------------------------------------------
    def _idf(self, word: str, df: Counter[str]) -> float:
        return math.log((1 + self._n) / (1 + df.get(word, 0))) + 1.0

    def _unit(self, pairs: Iterable[tuple[str, int]], df: Counter[str]) -> dict[str, float]:
        raw = {w: (1.0 + math.log(c)) * self._idf(w, df) for w, c in pairs if c > 0}
        size = norm(raw)
        return {w: v / size for w, v in raw.items()}

    def _text(self, f: StoryFeatures) -> dict[str, float]:
        return self._unit(zip(f.words, f.counts, strict=True), self._df)

    def _ents(self, f: StoryFeatures) -> dict[str, float]:
        return self._unit(f.entities, self._edf)

    def _keys(
        self, f: StoryFeatures, text: dict[str, float], ents: dict[str, float], spread: int
    ) -> Iterator[tuple[str, str, int]]:
        top = sorted(text, key=lambda w: (-text[w], w))[:KEY_TERMS]
        top_e = sorted(ents, key=lambda w: (-ents[w], w))[:KEY_ENTITIES]
        labels = (
            [("k", f"{t}/{c}") for t, c in sorted(f.type_countries)]
            + [("n", n) for n in sorted(f.names)]
            + [("e", e) for e in top_e]
            + [("t", w) for w in top]
            + [("d", "")]  # the day alone: found while few articles share it
        )
        for day in sorted(f.days):
            for off in range(-spread, spread + 1):
                ordinal = (day + timedelta(days=off)).toordinal()
                for kind, label in labels:
                    yield (kind, label, ordinal)
        if spread == 0 or not f.days:  # all are filed here; only undated articles look here
            for kind, label in labels:
                yield (kind, label, UNDATED)

    # -- scoring ----------------------------------------------------------------
    def _similarity(
        self,
        text: dict[str, float],
        ents: dict[str, float],
        vector: Sequence[float] | np.ndarray | None,
        names: set[str] | frozenset[str],
        types: set[tuple[str, str]] | frozenset[tuple[str, str]],
        core: Core,
    ) -> tuple[float, str]:
        """Weighted mean cosine over the views both sides have, plus event bonuses."""
        parts: list[tuple[float, float, str]] = []
        if vector is not None and len(vector) and core.vector is not None:
            parts.append((self.p.w_vector, vec_cos(vector, core.vector), "vector"))
        if ents and core.entities:
            parts.append(
                (self.p.w_entities, dot(ents, core.entities) / norm(core.entities), "entities")
            )
        elif ents or core.entities:
            parts.append((self.p.w_entities, 0.0, "entities"))
        if text and core.text:
            parts.append((self.p.w_text, dot(text, core.text) / norm(core.text), "text"))
        weight = sum(w for w, _, _ in parts)
        if not weight:
            return 0.0, "nothing to compare"
        specific = [s for _, s, name in parts if name == "entities"]
        if specific and ents and core.entities and specific[0] < self.p.min_specific:
            return 0.0, (
                f"names in common {specific[0]:.2f} < {self.p.min_specific:.2f}: "
                "look-alike, not the same development"
            )
        score = sum(w * s for w, s, _ in parts) / weight
        score += self.p.bonus_type * bool(types & core.types)
        score += self.p.bonus_name * bool(names & core.names)
        detail = ", ".join(f"{name} {s:.2f}" for _, s, name in parts)
        return score, f"score {score:.2f} ({detail})"

    def _near(self, days: frozenset[date], core: Core) -> bool | None:
        """Whether some day is within the window of the story's days (None: one is undated)."""
        if not days or core.days is None:
            return None
        window = timedelta(days=self.p.window_days)
        first, last = core.days
        return any(first - window <= d <= last + window for d in days)

    def candidates(self, f: StoryFeatures) -> list[str]:
        """Stories of the articles sharing the most blocking keys with ``f``."""
        text, ents = self._text(f), self._ents(f)
        hits: Counter[str] = Counter()
        for key in self._keys(f, text, ents, self.p.window_days):
            hits.update(self._buckets.get(key, ())[-BUCKET_CAP:])
        ranked = sorted(hits, key=lambda a: (-hits[a], -self._order[a]))[:MAX_CANDIDATES]
        stories: list[str] = []
        for other in ranked:
            story = self.story_of(other)
            if story is not None and story not in stories:
                stories.append(story)
        return stories

    def scores(
        self, f: StoryFeatures, event_stories: Iterable[str] = ()
    ) -> list[tuple[float, str, str]]:
        """(score, story, why) for each candidate story that passes the date test and threshold.

        ``event_stories``: stories holding a stored event one of the article's current
        events matches (``same_event``); a small bonus, never enough alone.
        """
        text, ents = self._text(f), self._ents(f)
        matched = {self.resolve(s) for s in event_stories}
        out: list[tuple[float, str, str]] = []
        stories = self.candidates(f)
        stories += sorted(s for s in matched if s in self._cores and s not in stories)
        vector = np.asarray(f.vector, dtype=np.float64) if f.vector else None
        for story in stories:
            core = self._cores[story]
            near = self._near(f.days, core)
            if near is False:
                continue
            score, why = self._similarity(text, ents, vector, f.names, f.type_countries, core)
            if story in matched:
                score += self.p.bonus_event
                why += f" + {self.p.bonus_event:.2f} for a shared event"
            threshold = self.p.threshold if near else self.p.undated_threshold
            if not near:
                why = f"undated; {why}"
            if score >= threshold:
                out.append((score, story, why))
        out.sort(key=lambda s: (-s[0], self._cores[s[1]].order))
        return out

    def core_similarity(self, other: str, best: str, f: StoryFeatures | None = None) -> float:
        """How close story ``other``'s core is to ``best``'s with article ``f`` added: the
        test ``other`` would pass as one article joining that story (with its bonuses)."""
        co = self._cores[other]
        target = Core(-1)
        target.absorb(self._cores[best])
        if f is not None:
            for mine, theirs in ((target.text, self._text(f)), (target.entities, self._ents(f))):
                for k, v in theirs.items():
                    mine[k] = mine.get(k, 0.0) + v
            target.add_vector(f.vector)
            target.names |= f.names
            target.types |= f.type_countries
        text = {k: v / norm(co.text) for k, v in co.text.items()}
        ents = {k: v / norm(co.entities) for k, v in co.entities.items()}
        score, _ = self._similarity(text, ents, co.vector, co.names, co.types, target)
        return score

    def assign(
        self, f: StoryFeatures, event_stories: Iterable[str] = ()
    ) -> tuple[str, str, tuple[str, ...]]:
        """The story for an article (an existing one or a new id), why, and stories it merges.

        ``event_stories``: see ``scores``.
        """
        scored = self.scores(f, event_stories)
        if not scored:
            why = (
                f"no story within {self.p.window_days} days is close enough"
                if f.days
                else "no usable date, and no story is close enough"
            )
            return story_id_for(f.article_id), f"new story: {why}", ()
        best_score, best, why = scored[0]
        joined = [best]
        for _score, other, _why in scored[1:]:  # each passed the date test with this article
            if self.core_similarity(other, best, f) >= self.p.merge_threshold:
                joined.append(other)
        keep = min(joined, key=lambda s: self._cores[s].order)
        absorbed = tuple(s for s in joined if s != keep)
        reason = f"story {keep}: {why}"
        if absorbed:
            reason += f"; it joins {', '.join(absorbed)} to that story (their cores are close)"
        return keep, reason, absorbed

    # -- adding ---------------------------------------------------------------
    def merge(self, old: str, into: str) -> None:
        """Fold story ``old`` into ``into``: its articles now tell ``into``; the id resolves."""
        old, into = self.resolve(old), self.resolve(into)
        if old == into or old not in self._cores:
            return
        core = self._cores.pop(old)
        self._core(into).absorb(core)
        for article_id in core.members:
            self._story[article_id] = into
        self._alias[old] = into

    def add(self, f: StoryFeatures, story_id: str, absorbed: Iterable[str] = ()) -> None:
        """Index an article under its story (after merging ``absorbed`` stories into it)."""
        for old in absorbed:
            self.merge(old, story_id)
        self.set_story(f.article_id, story_id)
        if f.article_id in self._features:
            return
        story_id = self.resolve(story_id)
        self._features[f.article_id] = f
        self._n += 1
        self._df.update(f.words)
        self._edf.update(e for e, _ in f.entities)
        text, ents = self._text(f), self._ents(f)
        self._order[f.article_id] = len(self._order)
        core = self._core(story_id)
        for mine, theirs in ((core.text, text), (core.entities, ents)):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0.0) + v
        core.text, core.entities = cap(core.text), cap(core.entities)
        core.add_vector(f.vector)
        core.names |= f.names
        core.types |= f.type_countries
        core.add_days(f.days)
        for key in self._keys(f, text, ents, 0):
            self._buckets.setdefault(key, []).append(f.article_id)
