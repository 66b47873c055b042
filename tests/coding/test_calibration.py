"""Confidence means something: on the demo gold, events above 0.8 have the right type.

An event is right when a gold line of its sentence (found by sentence text, so a different
sentence split cannot hide it) has the event's type; an event where the gold has none is
wrong. Runs the whole pipeline on
the demo corpus that ships with eventwire (about 10 s).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from eventwire.evaluate.corpora import GOLD, demo_documents
from eventwire.evaluate.events import load_gold
from eventwire.options import Options
from eventwire.pipeline import extract


def _scored() -> list[tuple[float, bool]]:
    """(confidence, type right) for every asserted event of an annotated article; an event
    in a sentence without gold events is wrong."""
    gold_types: dict[str, set[str]] = defaultdict(set)
    articles: set[str] = set()
    for row in load_gold(GOLD / "demo.events.jsonl"):
        gold_types[row["sentence"].strip()].add(row["event_type"])
        articles.add(row["article"])
    out = []
    for event in extract(demo_documents(), Options()):
        if event.modality != "asserted":
            continue
        for source in event.sources:
            if source.article_id in articles or Path(source.origin).name in articles:
                right = event.event_type in gold_types.get(source.sentence.strip(), set())
                out.append((event.confidence, right))
    return out


def test_events_above_point_eight_are_right_four_times_in_five() -> None:
    scored = _scored()
    high = [right for conf, right in scored if conf > 0.8]
    low = [right for conf, right in scored if conf <= 0.5]
    assert len(high) >= 30, f"only {len(high)} events above 0.8: the confidence is too timid"
    share = sum(high) / len(high)
    assert share >= 0.8, f"{share:.2f} of {len(high)} events above 0.8 have the right type"
    if low:  # what the coder doubts is right less often than what it is sure of
        assert sum(low) / len(low) < share
