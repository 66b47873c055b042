"""When and where an event happened: the time expression and place that belong to its trigger.

A sentence often carries several dates ("On Monday Pashinyan recalled the war of 2020"), so
the date attached to the trigger's own clause wins, then the nearest in the sentence; a
neighbouring sentence lends its date only when the text says it continues ("the same day").
Without any, the event takes the article's publication date, marked as estimated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.records import Analysis, Place, PlaceMention, Sentence, TimeExpr

_DATE_PRECISIONS = {"day": "day", "time": "day", "month": "month", "year": "year"}
_COARSE = frozenset({"week", "quarter", "season"})
_CONTINUES = re.compile(
    r"\b(the same day|that same day|that day|on the same occasion|later that day|"
    r"the next day|the following day|the day before|the previous day)\b",
    re.IGNORECASE,
)
_SHIFT = {"the next day": 1, "the following day": 1, "the day before": -1, "the previous day": -1}
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


@dataclass(frozen=True)
class EventDate:
    event_date: str | None
    date_precision: str | None
    date_raw: str | None
    date_estimated: bool


def _normalise(value: str, precision: str) -> tuple[str, str] | None:
    """A TIMEX value cut to the precision the event record keeps (day, month, year)."""
    if precision in _DATE_PRECISIONS:
        prec = _DATE_PRECISIONS[precision]
        size = {"day": 10, "month": 7, "year": 4}[prec]
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value[:size]) and len(value) >= size:
            return value[:size], prec
        return None
    if precision in _COARSE and re.match(r"\d{4}", value):
        return value[:4], "year"
    return None


def _usable(t: TimeExpr) -> bool:
    return t.type in ("DATE", "TIME") and _normalise(t.value, t.precision) is not None


def _in(t: TimeExpr | PlaceMention, sent: Sentence) -> bool:
    return sent.start <= t.start and t.end <= sent.end


def _shift_day(value: str, days: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _governor(tok: Any, stop: set[int]) -> Any:
    """The verb (or trigger word in ``stop``) whose clause a time expression belongs to."""
    cur = tok
    for _ in range(12):
        if cur.i in stop or (cur.pos_ in ("VERB", "AUX") and cur.i != tok.i):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _clause_rank(t: TimeExpr, anchor: Any, verb: Any, analysis: Analysis) -> int:
    """0: the date is in the trigger's own clause; 1: in a clause above it ("On Monday
    Putin flew in and held talks", "came to a stop on Tuesday after ... signed"); 2: in
    another clause ("apologised for deaths that happened on Wednesday")."""
    if anchor is None or analysis.doc is None:
        return 0
    span = analysis.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return 2
    own = {anchor.i} | ({verb.i} if verb is not None else set())
    gov = _governor(span.root, own)
    if gov.i in own:
        return 0
    cur = verb if verb is not None else anchor
    for _ in range(8):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.i == gov.i:
            return 1
    return 2


def choose_date(anchor: Any, sent: Sentence, analysis: Analysis, verb: Any = None) -> EventDate:
    """The event's date: the time expression of the trigger's own clause (else of a clause
    above it, else the nearest), a continued one ("the same day"), or the publication
    date (estimated). ``verb`` is the word whose arguments carry the roles, when the
    ``anchor`` is an event noun ("held *talks* on Monday")."""
    own = [t for t in analysis.times if _in(t, sent) and _usable(t)]
    if own:
        pos = anchor.idx if anchor is not None else sent.start
        best = min(own, key=lambda t: (_clause_rank(t, anchor, verb, analysis), abs(t.start - pos)))
        value, prec = _normalise(best.value, best.precision) or ("", "")
        return EventDate(value, prec, best.text, False)
    cont = _CONTINUES.search(sent.text)
    if cont:
        before = [s for s in analysis.sentences if s.index == sent.index - 1]
        prior = [t for s in before for t in analysis.times if _in(t, s) and _usable(t)]
        if prior:
            best = prior[-1]
            value, prec = _normalise(best.value, best.precision) or ("", "")
            shift = _SHIFT.get(cont.group(1).lower(), 0)
            if shift and prec == "day":
                value = _shift_day(value, shift)
            return EventDate(value, prec, f"{cont.group(1)} ({best.text})", False)
    pub = analysis.article.publication_date
    if pub and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub[:10]):
        return EventDate(pub[:10], "day", None, True)
    return EventDate(None, None, None, True)


def _places_in(sent: Sentence, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    return [p for p in places if _in(p, sent)]


def choose_place(
    anchor: Any, sent: Sentence, analysis: Analysis, visit: bool = False, target: bool = False
) -> Place | None:
    """Where the event happened: a place after "in/at" in the trigger's clause, else the
    first such place in the sentence. A place that is only an actor's origin ("Armenian
    Prime Minister") is not where the event happened; a visit's destination is (``visit``),
    and so is the object of an attack or a seizure (``target``: "shelled Stepanakert",
    "took control of Shusha")."""
    mentions = _places_in(sent, analysis.places)
    if not mentions or analysis.doc is None:
        return None
    doc = analysis.doc
    located: list[tuple[int, PlaceMention]] = []
    subtree = {t.i for t in anchor.subtree} if anchor is not None else set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        prep = head.head if head.dep_ == "pobj" else None
        destination = (visit or target) and head.dep_ == "dobj" and head.head.i in subtree
        destination = destination or (
            visit and prep is not None and str(prep.lemma_).lower() == "to"
        )
        destination = destination or (
            target
            and prep is not None
            and str(prep.lemma_).lower() == "of"
            and prep.head.dep_ == "dobj"
            and prep.head.head.i in subtree
        )
        if not destination and (prep is None or str(prep.lemma_).lower() not in _PLACE_PREPS):
            continue
        rank = 0 if head.i in subtree else 1
        located.append((rank, m))
    if not located:
        return None
    return min(located, key=lambda x: (x[0], x[1].start))[1].place
