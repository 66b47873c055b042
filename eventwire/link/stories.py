"""Story assignment: which news story an article tells, kept stable as articles arrive.

A story is one news development (the 10 November 2020 ceasefire, Pelosi's
visit to Yerevan) covered by many articles over a few days. Two signals are
needed together. The coded events alone are too coarse: in a war, every
article on a given day has Armenian and Azerbaijani actors and an ASSAULT. The
text alone is too loose across time: two state visits of one president a year
apart read alike. So candidates must share a day (the publication date or the
date of an event the article reports as news, within ``WINDOW_DAYS``; events
it only recalls from before are background and do not count) and an event type
with a country, a named actor or a distinctive word, and are then scored by
text similarity plus bonuses for shared event types and named actors.

An article is compared with each candidate article and with the candidate's
story as a whole: the sum of its articles' word vectors and the union of their
actors and event types. Outlets covering one development each pick different
details, so a short report often shares little with any single earlier report
but much with all of them together (the Hanoi walkout piece shares "Hanoi"
with one report and "sanctions" with another). Every article is also filed
under its days alone, so a report whose distinctive words differ from every
earlier one's is still a candidate when few articles share its days.

An article with no date at all is matched on text alone, with a higher
threshold, against the most recent articles. It never opens a story that
dated articles can join by text alone, or an undated piece would attract
every later article on the same leaders.

Text similarity is TF-IDF cosine over content words, with document
frequencies counted incrementally over the articles indexed so far rather than
fitted once (as scikit-learn's vectoriser would be): the corpus grows one
article at a time and must not be re-fitted, and the small dictionaries this
needs keep each article's cost flat.
"""

from __future__ import annotations

import hashlib
import math
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.link.dates import day_of, event_span
from eventwire.link.merge import participants
from eventwire.records import Event

WINDOW_DAYS = 3
BUCKET_CAP = 40  # only the most recent articles of a key are looked at ...
MAX_CANDIDATES = 40  # ... and only those sharing the most keys are scored: flat cost per article
KEY_TERMS = 12  # distinctive words used as blocking keys
THRESHOLD = 0.20
BONUS_TYPE = 0.08  # share an event type with a shared country
BONUS_NAME = 0.08  # share a named actor
BONUS_EVENT = 0.15  # one of the article's events merged into an event of that story
NO_TEXT_NEEDS = 2  # without text on either side, how many event signals must agree
BACKGROUND_DAYS = 7  # an event stated to be over this long before publication is background
UNDATED = -1  # the "day" of the keys every article is also filed under, for undated articles
UNDATED_THRESHOLD = 0.30  # an undated article has no day to confirm it, so it needs more text
STORY_TERMS = 400  # words kept in a story's summed vector: flat cost for long-running stories

Terms = tuple[tuple[str, int], ...]


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


def is_background(event: Event, publication_date: str | None) -> bool:
    """An event the article does not report as news: recalled from before, or dated after.

    "In November 2020, Russia deployed ..." still merges with the event first
    reported then, but says nothing about which current story the article
    tells; nor does an event the coder dated after publication. Story matching
    ignores both: otherwise every anniversary piece would join the old story.
    """
    pub = day_of(publication_date)
    span = event_span(event.event_date, False)
    if pub is None or span is None or event.date_estimated:
        return False
    first, last = pub - timedelta(days=BACKGROUND_DAYS), pub + timedelta(days=1)
    return span.last < first or span.first > last


def features(
    article_id: str, terms: Terms, publication_date: str | None, events: Iterable[Event]
) -> StoryFeatures:
    """Story features from an article's content words, publication date and current events."""
    days: set[date] = set()
    pub = day_of(publication_date)
    if pub is not None:
        days.add(pub)
    countries: set[str] = set()
    names: set[str] = set()
    type_countries: set[tuple[str, str]] = set()
    for ev in events:
        if is_background(ev, publication_date):
            continue
        span = event_span(ev.event_date, False)
        if span is not None and span.days == 1:
            days.add(span.first)
        for actor in participants(ev):
            if actor.country:
                countries.add(actor.country)
                type_countries.add((ev.event_type, actor.country))
            if actor.name:
                names.add(actor.name.casefold())
    return StoryFeatures(
        article_id=article_id,
        words=tuple(sys.intern(w) for w, _ in terms),
        counts=tuple(c for _, c in terms),
        days=frozenset(days),
        countries=frozenset(countries),
        names=frozenset(names),
        type_countries=frozenset(type_countries),
    )


def _near(a: frozenset[date], b: frozenset[date]) -> bool:
    """Some day of one within ``WINDOW_DAYS`` of some day of the other."""
    return any(abs((x - y).days) <= WINDOW_DAYS for x in a for y in b)


class StoryIndex:
    """Articles' story features by blocking key, their stories, and word frequencies."""

    def __init__(self) -> None:
        self._features: dict[str, StoryFeatures] = {}
        self._story: dict[str, str] = {}
        self._story_order: dict[str, int] = {}
        self._story_days: dict[str, tuple[date, date]] = {}  # first and last day of its articles
        self._buckets: dict[tuple[str, str, int], list[str]] = {}
        self._norms: dict[str, float] = {}  # each article's TF-IDF norm, fixed when added
        self._order: dict[str, int] = {}
        self._df: Counter[str] = Counter()
        self._n = 0
        # the story as a whole: summed article vectors (IDF as each was added) and norm
        self._story_vec: dict[str, dict[str, float]] = {}
        self._story_norm: dict[str, float] = {}
        self._story_names: dict[str, set[str]] = {}
        self._story_types: dict[str, set[tuple[str, str]]] = {}

    def story_of(self, article_id: str) -> str | None:
        return self._story.get(article_id)

    def set_story(self, article_id: str, story_id: str) -> None:
        """Record an article's story without features (copies, rebuilt copies)."""
        self._story[article_id] = story_id
        self._story_order.setdefault(story_id, len(self._story_order))

    def _idf(self, word: str) -> float:
        return math.log((1 + self._n) / (1 + self._df.get(word, 0))) + 1.0

    def _raw(self, f: StoryFeatures) -> dict[str, float]:
        pairs = zip(f.words, f.counts, strict=True)
        return {w: (1.0 + math.log(c)) * self._idf(w) for w, c in pairs}

    def _vector(self, f: StoryFeatures) -> dict[str, float]:
        vec = self._raw(f)
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def _cosine(self, vec: dict[str, float], g: StoryFeatures) -> float:
        """Cosine with a stored article, weighting only the shared words (its norm is kept)."""
        total = 0.0
        for w, c in zip(g.words, g.counts, strict=True):
            if w in vec:
                total += vec[w] * (1.0 + math.log(c)) * self._idf(w)
        return total / self._norms.get(g.article_id, 1.0)

    def _keys(
        self, f: StoryFeatures, vec: dict[str, float], spread: int
    ) -> Iterator[tuple[str, str, int]]:
        top = sorted(vec, key=lambda w: (-vec[w], w))[:KEY_TERMS]
        labels = (
            [("k", f"{t}/{c}") for t, c in sorted(f.type_countries)]
            + [("n", n) for n in sorted(f.names)]
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

    def assign(self, f: StoryFeatures, event_stories: Iterable[str] = ()) -> tuple[str, str]:
        """The story for an article (an existing one or a new id) and why.

        ``event_stories`` are the stories of stored events this article's events
        merged into: reporting the same event is strong evidence of the same story.
        """
        vec = self._vector(f)
        merged = set(event_stories)
        hits: Counter[str] = Counter()
        for key in self._keys(f, vec, WINDOW_DAYS):
            hits.update(self._buckets.get(key, ())[-BUCKET_CAP:])
        candidates = sorted(hits, key=lambda a: (-hits[a], -self._order[a]))[:MAX_CANDIDATES]
        best: tuple[float, int, str, str] | None = None
        threshold = THRESHOLD
        scored: list[tuple[float, str, str]] = []
        stories: set[str] = set()
        for other in candidates:
            g = self._features[other]
            story = self._story[other]
            if f.days and g.days and not _near(f.days, g.days):
                continue  # met only under the undated keys: dated articles need a shared day
            score, why = self._score(f, vec, g, story in merged)
            scored.append((score, story, f"{why} with {other}"))
            stories.add(story)
        if f.days and f.words:  # the story as a whole; undated articles need a single match
            for story in sorted(stories):
                score, why = self._score_story(f, vec, story, story in merged)
                scored.append((score, story, f"{why} with the story's articles together"))
        for score, story, why in scored:
            if score < threshold:
                continue
            rank = (score, -self._story_order[story])
            if best is None or rank > (best[0], best[1]):
                best = (score, -self._story_order[story], story, why)
        merged = {s for s in merged if self._story_near(s, f.days)}
        if best is None and merged:
            story = min(merged, key=lambda s: self._story_order.get(s, sys.maxsize))
            return story, "story of the stored event this article's event merged into"
        if best is None:
            why = (
                "no article within 3 days shares its actors or words"
                if f.days
                else "no usable date, and no recent article shares enough of its words"
            )
            return story_id_for(f.article_id), f"new story: {why}"
        return best[2], f"story {best[2]}: {best[3]}"

    def _score(
        self, f: StoryFeatures, vec: dict[str, float], g: StoryFeatures, merged: bool
    ) -> tuple[float, str]:
        shared_type = bool(f.type_countries & g.type_countries)
        shared_name = bool(f.names & g.names)
        if not f.days:  # nothing confirms the time: text alone, and more of it
            cos = self._cosine(vec, g) if f.words and g.words else 0.0
            ok = cos >= UNDATED_THRESHOLD
            return (cos if ok else 0.0), f"undated; text cosine {cos:.2f}"
        if not f.words or not g.words:
            signals = shared_type + shared_name + merged
            ok = signals >= NO_TEXT_NEEDS
            return (THRESHOLD if ok else 0.0), f"no text; {signals} event signals agree"
        cos = self._cosine(vec, g)
        score = cos + BONUS_TYPE * shared_type + BONUS_NAME * shared_name + BONUS_EVENT * merged
        return score, f"score {score:.2f} (text cosine {cos:.2f})"

    def _score_story(
        self, f: StoryFeatures, vec: dict[str, float], story: str, merged: bool
    ) -> tuple[float, str]:
        """Text cosine with the story's summed vector plus the bonuses against its union."""
        total = self._story_vec.get(story, {})
        cos = sum(v * total[w] for w, v in vec.items() if w in total)
        cos /= self._story_norm.get(story, 1.0)
        shared_type = bool(f.type_countries & self._story_types.get(story, set()))
        shared_name = bool(f.names & self._story_names.get(story, set()))
        score = cos + BONUS_TYPE * shared_type + BONUS_NAME * shared_name + BONUS_EVENT * merged
        return score, f"score {score:.2f} (text cosine {cos:.2f})"

    def _add_to_story(self, f: StoryFeatures, story_id: str, raw: dict[str, float]) -> None:
        """Fold an article's normalised vector, names and event types into its story's."""
        norm = self._norms[f.article_id]
        total = self._story_vec.setdefault(story_id, {})
        for w, v in raw.items():
            total[w] = total.get(w, 0.0) + v / norm
        if len(total) > STORY_TERMS:
            kept = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TERMS]
            total = self._story_vec[story_id] = dict(kept)
        self._story_norm[story_id] = math.sqrt(sum(v * v for v in total.values())) or 1.0
        self._story_names.setdefault(story_id, set()).update(f.names)
        self._story_types.setdefault(story_id, set()).update(f.type_countries)

    def _story_near(self, story_id: str, days: frozenset[date]) -> bool:
        """Whether a story has an article within ``WINDOW_DAYS`` of one of these days.

        An event merge is evidence of the same story only while that story is
        news: a 2024 piece recalling a 2023 event must not pull 2023 articles
        into the 2024 story. Undated stories or articles give no evidence either way.
        """
        span = self._story_days.get(story_id)
        if span is None or not days:
            return True
        window = timedelta(days=WINDOW_DAYS)
        return any(span[0] - window <= d <= span[1] + window for d in days)

    def add(self, f: StoryFeatures, story_id: str) -> None:
        """Index an article's features under its story; counts its words for IDF."""
        self.set_story(f.article_id, story_id)
        if f.article_id in self._features:
            return
        self._features[f.article_id] = f
        if f.days:
            lo, hi = min(f.days), max(f.days)
            old = self._story_days.get(story_id, (lo, hi))
            self._story_days[story_id] = (min(old[0], lo), max(old[1], hi))
        self._n += 1
        self._df.update(f.words)
        raw = self._raw(f)
        self._norms[f.article_id] = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        self._order[f.article_id] = len(self._order)
        if f.words:
            self._add_to_story(f, story_id, raw)
        for key in self._keys(f, raw, 0):
            self._buckets.setdefault(key, []).append(f.article_id)
