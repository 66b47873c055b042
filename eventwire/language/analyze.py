"""Stage 3, language: one spaCy pass, then times, actors and places over the same Doc.

Actors are found before places so that the countries of the article's actors
can disambiguate place names ("Georgia" next to Armenia is the country).
"""

from __future__ import annotations

from typing import Any

from eventwire.actors import find_actors
from eventwire.language.parse import parse
from eventwire.language.places import find_places
from eventwire.language.times import find_times
from eventwire.records import Analysis, Article, Entity, Sentence


def analyze(article: Article, doc: Any = None) -> Analysis:
    """The article's analysis; ``doc`` is its spaCy parse when the caller parsed a batch
    of articles at once (``parse_all``, about a fifth faster than one by one)."""
    if doc is None:
        doc = parse(article.text)  # a very long text in pieces (language/parse.py)
    sentences = tuple(_sentence(i, s) for i, s in enumerate(doc.sents))
    entities = tuple(
        Entity(text=e.text, start=e.start_char, end=e.end_char, label=e.label_) for e in doc.ents
    )
    times = find_times(doc, article.publication_date)
    actors = find_actors(doc, article.publication_date)
    countries = tuple(sorted({m.actor.country for m in actors if m.actor.country}))
    places = find_places(doc, countries)
    return Analysis(
        article=article,
        sentences=sentences,
        entities=entities,
        actors=actors,
        times=times,
        places=places,
        doc=doc,
    )


def _sentence(index: int, span: Any) -> Sentence:
    """A sentence without the blank lines spaCy attaches to its end (they are whitespace
    tokens of the paragraph break, and a quoted source sentence should not carry them)."""
    text = span.text.rstrip()
    return Sentence(index=index, start=span.start_char, end=span.start_char + len(text),
                    text=text)
