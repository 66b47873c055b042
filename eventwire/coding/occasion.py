"""Which occasion a trigger's clause reports: background clauses, their own dates and
places, and the present tense.

A sentence's main clause tells the occasion the article reports; a relative or adverbial
clause ("where 28 people were killed", "the ceasefire they signed last November") often
tells an earlier one. Such a clause keeps its own date and place and does not lend them
to the sentences after it; a verb in the present tense tells the time of writing.
"""

from __future__ import annotations

from typing import Any

from eventwire.coding.match import Candidate
from eventwire.coding.situate import EventDate
from eventwire.records import Analysis, Event, Place, Sentence

_SUBORDINATE = frozenset({"relcl", "advcl", "acl", "pcomp", "csubj"})


def subordinate(tok: Any) -> bool:
    """Whether a trigger sits in a background clause ("where 28 people were killed",
    "after troops shelled ..."), which a report rarely headlines."""
    return background_clause(tok) is not None


def elsewhere(
    cand: Candidate, date: EventDate, sent: Sentence, analysis: Analysis, place: Place
) -> bool:
    """Whether ``place`` belongs to another occasion than a background clause that carries
    its own date ("met in Sochi, a year after the ceasefire they signed *last November*"):
    the clause's own place counts, the place of the clause it hangs from does not."""
    clause = background_clause(cand.verb)
    if clause is None or not date.date_raw or analysis.doc is None:
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
    return str(head.doc.text[left.idx : right.idx + len(right.text)])


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
