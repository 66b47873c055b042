"""Which occasion a trigger's clause reports: background clauses, their own dates and
places, and the present tense.

A sentence's main clause tells the occasion the article reports; a relative or adverbial
clause ("where 28 people were killed", "the ceasefire they signed last November") often
tells an earlier one. Such a clause keeps its own date and place and does not lend them
to the sentences after it; a verb in the present tense tells the time of writing; a list
of dates tells as many occasions.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Any

from eventwire.coding.match import Candidate
from eventwire.coding.situate import EventDate, event_date_of
from eventwire.language.parse import doc_text
from eventwire.records import Analysis, Event, Place, Sentence, TimeExpr

_SUBORDINATE = frozenset({"relcl", "advcl", "acl", "pcomp", "csubj"})


def subordinate(tok: Any) -> bool:
    """Whether a trigger sits in a background clause ("where 28 people were killed",
    "after troops shelled ..."), which a report rarely headlines."""
    return background_clause(tok) is not None


def elsewhere(
    cand: Candidate, date: EventDate, sent: Sentence, analysis: Analysis, place: Place
) -> bool:
    """Whether ``place`` belongs to another occasion than a relative clause or participle
    that carries its own date ("met in Sochi, a year after the ceasefire they signed *last
    November*"): the clause's own place counts, the place of the clause it hangs from does
    not. An adverbial clause ("when troops pushed in, people in the capital ...") often
    shares the setting of its main clause, so it keeps the sentence's place."""
    clause = background_clause(cand.verb)
    if clause is None or clause.dep_ not in ("relcl", "acl") or not date.date_raw:
        return False
    if analysis.doc is None:
        return False
    inside = {t.i for t in clause.subtree}
    if date.date_raw not in text_of(clause):
        return False
    for m in analysis.places:
        if m.place != place or not sent.start <= m.start < sent.end:
            continue
        span = analysis.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.i in inside:
            return False
    return True


def present(verb: Any) -> bool:
    """Whether the verb reports the present ("Russia *is sending* troops", "the deal *places*
    peacekeepers"): the time of writing, not the last date the article named."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def sets_occasion(event: Event, cand: Candidate) -> bool:
    """Whether an event's own date may be lent to the sentences after it. A date stated
    inside a background clause ("ten days after the clashes, when troops fought on
    November 16") or a background phrase belongs to another occasion than the one the
    article goes on about; a date on the main clause ("Earlier this month, it was reported
    that ... as soldiers were killed") is the article's, whatever clause the event is in."""
    if re.search(rf"\b(since|until|till)\s+{re.escape(event.date_raw or '')}", cand.verb.sent.text):
        return False  # "has led a coalition since March 2015": a span, not an occasion
    clause = background_clause(cand.anchor if cand.background else cand.verb)
    if clause is None and cand.background:
        clause = cand.anchor
    if clause is None or not event.date_raw:
        return True
    return event.date_raw not in text_of(clause)


def text_of(head: Any) -> str:
    """The text a token's subtree covers, as written ("November 9, 2020", not "November 9 ,
    2020"), to find a date's words in it."""
    left, right = head.left_edge, head.right_edge
    return str(doc_text(head.doc)[left.idx : right.idx + len(right.text)])


def background_clause(tok: Any) -> Any:
    """The head of the background clause a token sits in (see ``subordinate``), or None."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in _SUBORDINATE:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


#: What may stand between the dates of a list ("on 14 December, 6 April and 22 May").
_LIST_GAP = re.compile(r"\s*(,\s*(and|or)?|and|or)\s*")


def listed_dates(
    event: Event, cand: Candidate, sent: Sentence, analysis: Analysis
) -> list[Event]:
    """The same act on the other dates of a list its own clause dates it by: "signed on 9
    November 2020, 11 January and 26 November 2021" reports three signings, one a date.
    Not a span ("between 3 and 5 March", "from March 3 to March 5"), nor the dates of
    another clause ("sought relief from resolutions adopted in 2016 and 2017")."""
    if event.date_estimated or not event.date_raw or analysis.doc is None:
        return []
    times = sorted(
        (t for t in analysis.times if sent.start <= t.start and t.end <= sent.end),
        key=lambda t: t.start,
    )
    own = next((i for i, t in enumerate(times) if t.text == event.date_raw), None)
    if own is None or not _dates_clause(times[own], cand, analysis):
        return []
    text = analysis.article.text
    chain = [times[own]]
    for step in (-1, 1):
        i = own
        while 0 <= i + step < len(times):
            a, b = sorted((times[i], times[i + step]), key=lambda t: t.start)
            if not _LIST_GAP.fullmatch(text[a.end : b.start]):
                break
            chain.append(times[i + step])
            i += step
    first = min(chain, key=lambda t: t.start)
    if len(chain) < 2 or re.search(r"\b(between|from)\s*$", text[sent.start : first.start]):
        return []
    return [e for t in chain if t is not times[own] for e in _on(event, t)]


def _dates_clause(t: TimeExpr, cand: Candidate, analysis: Analysis) -> bool:
    """Whether the time expression hangs from the trigger itself, through no other verb."""
    span = analysis.doc.char_span(t.start, t.end, alignment_mode="expand") if analysis.doc else None
    if span is None:
        return False
    own = {cand.verb.i, cand.anchor.i}
    cur = span.root
    for _ in range(10):
        if cur.i in own:
            return True
        if cur.head.i == cur.i or (cur.pos_ in ("VERB", "AUX") and cur.i != span.root.i):
            return False
        cur = cur.head
    return False


def _on(event: Event, t: TimeExpr) -> list[Event]:
    date = event_date_of(t)
    if date is None or date.event_date == event.event_date:
        return []
    key = f"{event.event_id}|{t.start}".encode()
    return [
        replace(
            event,
            event_id=hashlib.sha1(key).hexdigest()[:16],
            event_date=date.event_date,
            date_precision=date.date_precision,
            date_raw=date.date_raw,
        )
    ]
