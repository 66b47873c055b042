"""One event per real act in a sentence (split from coder.py).

"met ... and held talks" is one meeting, and an event with nobody acting adds nothing to
one of the same type that names its actors.
"""

from __future__ import annotations

import logging
from typing import Any

from eventwire.records import Event

log = logging.getLogger(__name__)


def dedupe(events: list[tuple[int, Event]], own: frozenset[str] = frozenset()) -> list[Event]:
    """One event per real act in a sentence: "met ... and held talks" is one meeting, and an
    event with nobody acting adds nothing to one of the same type that names its actors,
    unless it is an act of its own (``own``: "signed a statement and witnessed *the
    signing* of six documents" by others)."""
    best: dict[tuple[Any, ...], Event] = {}
    for sent_index, ev in events:
        key = (sent_index, ev.event_type, frozenset(ev.actors), ev.event_date)
        kept = best.get(key)
        if kept is None or ev.confidence > kept.confidence:
            if kept is not None:
                log.debug("duplicate of %s dropped: %s", ev.event_id, kept.event_id)
            best[key] = ev
        else:
            log.debug("duplicate of %s dropped: %s", kept.event_id, ev.event_id)
    out = []
    for key, ev in best.items():
        covers = (o for k, o in best.items() if k != key and _covers(o, ev, k, key))
        other = None if ev.event_id in own else next(covers, None)
        if other is not None:
            log.debug(
                "dropped %s: part of %s, the same act in its sentence", ev.event_id, other.event_id
            )
            continue
        out.append(ev)
    return out


def _parties(ev: Event) -> frozenset[str | None]:
    return frozenset(a.country for a in (*ev.actors, *ev.recipients))


def _covers(big: Event, small: Event, big_key: tuple[Any, ...], small_key: tuple[Any, ...]) -> bool:
    """Whether ``big`` reports the act ``small`` reports ("flew in and held a meeting with
    Aliyev"): same sentence and type, compatible dates, and ``small``'s parties among
    ``big``'s (strictly fewer, or as many with less confidence)."""
    if big_key[:2] != small_key[:2]:
        return False
    if big.event_date != small.event_date and not (small.date_estimated or big.date_estimated):
        return False
    small_p, big_p = _parties(small), _parties(big)
    if not small_p <= big_p:
        return False
    return len(small_p) < len(big_p) or (
        small_p == big_p and (small.confidence, small.event_id) < (big.confidence, big.event_id)
    )
