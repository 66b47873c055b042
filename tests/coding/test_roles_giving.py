"""An act of giving told from the receiving end (coding/coder.py ``_received``).
Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.coding.coder import _received
from eventwire.coding.detector.combine import model_candidate
from eventwire.evaluate.coded import code_text
from eventwire.records import ActorRef, Event

MOLDOVA = ActorRef("Moldova", "MDA", None)
ROMANIA = ActorRef("Romania", "ROU", None)


def _aid(nlp: Any, text: str, anchor: str) -> Any:
    cand = model_candidate(nlp(text)[:], "AID", 0.9, [], frozenset({anchor}))
    assert cand is not None
    return _received(cand, _an_aid_event())


def _an_aid_event() -> Event:
    """A real coded AID event, its sides set to Moldova acting on Romania."""
    _, events = code_text("Romania sent humanitarian aid to Moldova.", published="2019-03-04")
    aid = next(e for e in events if e.event_type == "AID")
    return replace(aid, actors=(MOLDOVA,), recipients=(ROMANIA,))


def test_who_receives_from_someone_is_the_recipient(nlp: Any) -> None:
    ev = _aid(nlp, "Moldova received a $300 million emergency loan from Romania.", "received")
    assert ev.actors == (ROMANIA,) and ev.recipients == (MOLDOVA,)


def test_who_gives_stays_the_actor(nlp: Any) -> None:
    ev = _aid(nlp, "Moldova sent a $300 million emergency loan to Romania.", "sent")
    assert ev.actors == (MOLDOVA,) and ev.recipients == (ROMANIA,)
