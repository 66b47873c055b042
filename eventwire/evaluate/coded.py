"""Coding a bare text as the pipeline would: the shared step of the sentence-level scorers."""

from __future__ import annotations

from eventwire.coding import code_events
from eventwire.language.analyze import analyze
from eventwire.records import Analysis, Article, Event


def code_text(text: str, article_id: str = "text", published: str | None = None,
              detector: bool = True) -> tuple[Analysis, tuple[Event, ...]]:
    """The analysis of ``text`` as one article and the events coded from it."""
    analysis = analyze(Article(article_id=article_id, origin=article_id, text=text,
                               publication_date=published))
    return analysis, code_events(analysis, detector=detector)


def happened(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The events a sentence reports as done or said: not negated, not planned or supposed."""
    return tuple(e for e in events if not e.negated and e.modality == "asserted")
