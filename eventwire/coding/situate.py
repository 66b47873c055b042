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
        if prec != "year" and re.fullmatch(r"XXXX-\d{2}(-\d{2})?", value[:size]):
            # A year-less date the text cannot place keeps its month and day (TIMEX3
            # "XXXX-08-19") rather than being dropped.
            return value[:size], prec
        return None
    if precision in _COARSE and re.match(r"\d{4}", value):
        return value[:4], "year"
    return None


def event_date_of(t: TimeExpr) -> EventDate | None:
    """The event date a time expression states, or None when it names no calendar date."""
    found = _normalise(t.value, t.precision) if t.type in ("DATE", "TIME") else None
    return EventDate(found[0], found[1], t.text, False) if found else None


def _usable(t: TimeExpr) -> bool:
    return t.type in ("DATE", "TIME") and _normalise(t.value, t.precision) is not None


def _in(t: TimeExpr | PlaceMention, sent: Sentence) -> bool:
    return sent.start <= t.start and t.end <= sent.end


def _shift_day(value: str, days: int) -> str:
    import datetime as dt

    if value.startswith("XXXX-"):  # a year-less day moves within a leap year, year kept unknown
        moved = dt.date.fromisoformat("2000" + value[4:]) + dt.timedelta(days=days)
        return "XXXX" + moved.isoformat()[4:]
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


#: Subordinators whose clause dates the clause it hangs from ("killed when their vehicle
#: came under fire on Wednesday").
_SAME_TIME = frozenset({"when", "while", "as"})
_NOUN_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
#: Prepositions by which a date belongs to the noun they hang on: its own date or the time
#: it began ("the statement *of* November 9", "his visit *from* August 18").
_NOUN_PREPS = frozenset({"of", "from", "since"})


def _when_clause(gov: Any, own: set[int]) -> bool:
    """Whether ``gov`` heads a when/while/as clause of the trigger's own verb."""
    return (
        gov.dep_ == "advcl"
        and gov.head.i in own
        and any(c.lower_ in _SAME_TIME and c.dep_ in ("advmod", "mark") for c in gov.children)
    )


def _noun_bound(t: TimeExpr, anchor: Any, verb: Any, analysis: Analysis) -> bool:
    """Whether the date only names the time of another noun ("since the November
    ceasefire", "discussed the August 31 meeting", "the statement of November 9"), not
    of the trigger."""
    if anchor is None or analysis.doc is None:
        return False
    span = analysis.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    noun = None
    if root.dep_ in _NOUN_DEPS and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in _NOUN_PREPS and root.head.head.pos_ == "NOUN":
        # "the statement of November 9", "his visit *from August 18*"
        noun = root.head.head
    if noun is None:
        return False
    own = {anchor.i} | ({verb.i} if verb is not None else set())
    return noun.i not in own


def _listed_after(root: Any) -> Any:
    """The date a misparsed list item continues: the parser often hangs the last of "signed
    on November 9, 2020, January 11, and November 26, 2021" on the main verb as its
    conjunct; it belongs where the dates before it are. Other tokens are returned as is."""
    if root.dep_ != "conj" or root.head.pos_ not in ("VERB", "AUX"):
        return root
    i = root.i - 1
    while i >= 0 and root.doc[i].pos_ in ("PUNCT", "CCONJ"):
        i -= 1
    before = root.doc[i] if i >= 0 else None
    return before if before is not None and before.ent_type_ == "DATE" else root


def describes(verb: Any) -> bool:
    """A participle that describes the noun it hangs on ("a statement *published* today")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")


#: Clauses under the trigger that tell its content or describe a noun, not when it
#: happened: "agreed to set up a commission before the end of the year", "a statement
#: that commits them to a dialogue likely to begin in the summer".
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "relcl", "acl"})


def _in_content(gov: Any, own: set[int]) -> bool:
    """Whether ``gov`` heads, or sits in, a content or relative clause of the trigger
    itself ("agreed to set up a commission before the end of the year"); a date deeper
    in a phrase of the trigger keeps its rank."""
    cur = gov
    of_noun = False  # "sought relief from resolutions *adopted in 2016*": the noun's date
    for _ in range(12):
        if cur.head.i == cur.i:
            return False
        if cur.head.i in own:
            return of_noun or cur.dep_ in _CONTENT_DEPS
        of_noun = of_noun or (
            cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN")
        )
        cur = cur.head
    return False


def _clause_rank(t: TimeExpr, anchor: Any, verb: Any, analysis: Analysis) -> int:
    """0: the date is in the trigger's own clause or a when-clause of it; 1: in a clause
    above it ("On Monday Putin flew in and held talks", "came to a stop on Tuesday after
    ... signed"); 2: in another clause ("apologised for deaths that happened on
    Wednesday")."""
    if anchor is None or analysis.doc is None:
        return 0
    span = analysis.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return 2
    own = {anchor.i} | ({verb.i} if verb is not None else set())
    gov = _governor(_listed_after(span.root), own)
    if gov.i in own or _when_clause(gov, own):
        return 0
    if _in_content(gov, own):
        return 3
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
    own = [t for t in own if not _noun_bound(t, anchor, verb, analysis)] or own
    if own and len(own) == sum(_noun_bound(t, anchor, verb, analysis) for t in own):
        own = []  # the sentence dates only another occasion ("spoke about his May 3 visit")
    ranked = [(_clause_rank(t, anchor, verb, analysis), t) for t in own]
    ranked = [(r, t) for r, t in ranked if r < 3]
    own = [t for _, t in ranked]
    if not any(r == 0 for r, _ in ranked):
        lag = _days_after(anchor, verb, sent, analysis)
        if lag is not None:
            return lag
    if own:
        pos = anchor.idx if anchor is not None else sent.start
        best = min(ranked, key=lambda rt: (rt[0], abs(rt[1].start - pos)))[1]
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
    if _pluperfect(verb if verb is not None else anchor):
        # "Iraq and Oman had hosted earlier rounds": before the story's day, date unknown.
        return EventDate(None, None, None, True)
    if pub and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub[:10]):
        return _lead_date(analysis, pub[:10]) or EventDate(pub[:10], "day", None, True)
    return _lead_date(analysis, None) or EventDate(None, None, None, True)


_LEAD_DAYS = 7
_LISTING = frozenset({"conj", "appos"})


def _pluperfect(tok: Any) -> bool:
    """Whether the trigger's verb is a main-clause past perfect ("had hosted"); reported
    speech backshifts a fresh act ("told Armenians that he had signed a statement")."""
    if tok is None or not (tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")):
        return False
    return any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in tok.children
    )


def _lead_date(analysis: Analysis, pub: str | None) -> EventDate | None:
    """The day the lead sentence reports ("... gave him a warm welcome in Beijing
    yesterday"): a news story's undated sentences tell that occasion more often than the
    day it was published. Only a day in the week up to publication counts; without a
    publication date, the lead's day itself (its year may be unknown: "XXXX-08-19").
    The result stays estimated."""
    import datetime as dt

    lead = [s for s in analysis.sentences if s.index == 0]
    if not lead:
        return None
    for t in analysis.times:
        if not (_in(t, lead[0]) and _usable(t)):
            continue
        value, prec = _normalise(t.value, t.precision) or ("", "")
        if prec != "day":
            continue
        if pub is None:
            return EventDate(value, "day", f"lead: {t.text}", True)
        if not value[:4].isdigit():
            return None
        days = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(value)).days
        if 0 <= days <= _LEAD_DAYS:
            return EventDate(value, "day", f"lead: {t.text}", True)
        return None
    return None


#: ``date_raw`` prefix of a date counted from another clause ("a day after ..."): it is
#: that clause's past, not the occasion the story goes on to report.
RELATIVE_PREFIX = "relative: "


def is_relative(date_raw: str | None) -> bool:
    """Whether a date was counted from another clause (so later sentences don't borrow it)."""
    return (date_raw or "").startswith(RELATIVE_PREFIX)


_DAY_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7, "ten": 10}  # fmt: skip


def _days_after(anchor: Any, verb: Any, sent: Sentence, analysis: Analysis) -> EventDate | None:
    """The date of a clause that happened some days before the one it hangs from: "the
    visit came a day after Putin recognised ...", "agreed on Wednesday, one day after
    Azerbaijan launched ..." (and "two days before" the other way), counted from the
    date of the clause above (its own date, else the publication date)."""
    clause = verb if verb is not None else anchor
    if clause is None or clause.dep_ != "advcl":
        return None
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    if not marks:
        return None
    head = clause.head
    days = None
    for tok in (*clause.children, *head.children):
        if tok.dep_ == "npadvmod" and tok.lemma_ == "day":
            words = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")]
            days = next((_DAY_WORDS[w] for w in words if w in _DAY_WORDS), None)
            if days is None and tok.text.isdigit():
                days = int(tok.text)
    if days is None:
        return None
    inside = {t.idx for t in clause.subtree}
    above = choose_date(head, sent, _without(analysis, inside))
    if above.event_date is None or above.date_precision != "day":
        return None
    shift = -days if marks[0].lower_ == "after" else days
    raw = f"{days} day(s) {marks[0].lower_} ({above.date_raw or 'publication date'})"
    raw = RELATIVE_PREFIX + raw
    return EventDate(_shift_day(above.event_date, shift), "day", raw, False)


def _without(analysis: Analysis, starts: set[int]) -> Analysis:
    """The analysis without the time expressions that start at the given offsets' words."""
    import dataclasses

    times = tuple(t for t in analysis.times if t.start not in starts)
    return dataclasses.replace(analysis, times=times)


def _places_in(sent: Sentence, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    return [p for p in places if _in(p, sent)]


def _describes_a_noun(tok: Any, anchor: Any) -> bool:
    """The place sits in a clause that describes a noun other than the trigger ("the line
    *agreed in Minsk*", "troops *stationed in Syria*"): it tells where that thing was made
    or is, not where the event happened."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i or (anchor is not None and cur.i == anchor.i):
            return False
        if (
            cur.dep_ in ("acl", "relcl")
            and cur.head.pos_ in ("NOUN", "PROPN")
            and (anchor is None or cur.head.i != anchor.i)
        ):
            return True
        cur = cur.head
    return False


#: Conjunctions of a clause that places its event at another time than the main clause's.
_OTHER_TIME = frozenset({"since", "after", "before", "until", "till", "ago", "once"})


def other_time_clause(anchor: Any) -> bool:
    """The trigger heads a clause set at another time ("... met in Turkey, the first contact
    *since Moscow invaded* its neighbour"): the main clause's place is not its place."""
    if anchor is None:
        return False
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    return verb.dep_ in ("advcl", "pcomp") and any(
        c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in verb.children
    ) or (verb.dep_ == "pcomp" and verb.head.lower_ in _OTHER_TIME)


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
        if _describes_a_noun(head, anchor):
            continue
        rank = 0 if head.i in subtree else 1
        if rank and other_time_clause(anchor):
            continue
        located.append((rank, m))
    if not located:
        return None
    return min(located, key=lambda x: (x[0], x[1].start))[1].place
