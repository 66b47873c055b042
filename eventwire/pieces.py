"""Coding a very long article piece by piece, so that time and memory stay linear.

Language, actors and coding each look across the article: coreference back over the
people named so far, an event's date and place over the article's times and places,
its roles over the actor mentions. Those looks are cheap per article of news size but,
summed over a text of megabytes, grow with its square, and its parse alone would hold
hundreds of megabytes. A text longer than ``CHUNK_CHARS`` is therefore cut where
``language.parse`` cuts it (paragraph breaks first) and each piece is analysed and
coded as an article of its own, one after another, each piece's analysis dropped
before the next: nothing is skipped, but nothing (a "the two leaders", a date carried
forward) looks across a cut. Articles up to ``CHUNK_CHARS`` are coded whole, as before.
The run logs, at INFO, which article was coded in how many pieces.

The events keep the article's id, origin and sentence numbers as in the whole text;
an event's id is made from the piece ("ID~2") so that no two pieces give one id. The
article's profile for story linking counts the entities of every piece and takes its
lead from the first.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace

from eventwire.coding import code_events
from eventwire.language.analyze import analyze
from eventwire.language.parse import CHUNK_CHARS, cut_points
from eventwire.link.profile import Profile, entity_counter, lead_vector, ranked_entities
from eventwire.records import Article, Event

log = logging.getLogger(__name__)


def is_long(article: Article) -> bool:
    return len(article.text) > CHUNK_CHARS


def pieces(article: Article) -> list[Article]:
    """The article cut into articles of at most ``CHUNK_CHARS`` characters (the first
    keeps the id; the others are "ID~N", so that their events' ids differ)."""
    bounds = [0, *cut_points(article.text), len(article.text)]
    return [
        replace(article, text=article.text[a:b],
                article_id=article.article_id if n == 0 else f"{article.article_id}~{n}")
        for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
    ]  # fmt: skip


def code_in_pieces(article: Article, detector: object | None) -> tuple[tuple[Event, ...], Profile]:
    """The events and profile of a long article, coded piece by piece (see the module)."""
    parts = pieces(article)
    log.info(
        "%s: %d characters, coded in %d pieces of at most %d (no coreference, date or "
        "place is carried across a cut)", article.origin, len(article.text), len(parts),
        CHUNK_CHARS,
    )  # fmt: skip
    events: list[Event] = []
    counts: Counter[str] = Counter()
    vector: tuple[float, ...] = ()
    sentences_before = 0
    for n, part in enumerate(parts):
        analysis = analyze(part)
        if n == 0:
            vector = lead_vector(replace(analysis, article=article), detector)
        counts += entity_counter(analysis.entities)
        for event in code_events(analysis):
            events.append(_as_of(event, article, sentences_before))
        sentences_before += len(analysis.sentences)
        del analysis  # a piece's parse is not kept while the next is parsed
    return tuple(events), Profile(ranked_entities(counts), vector)


def _as_of(event: Event, article: Article, before: int) -> Event:
    """An event of a piece, its sources naming the whole article and its sentence number."""
    sources = tuple(
        replace(s, article_id=article.article_id, sentence_index=s.sentence_index + before)
        for s in event.sources
    )  # fmt: skip
    return replace(event, sources=sources)
