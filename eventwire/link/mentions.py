"""A sentence that tells again an event its article already reported ("the talks lasted").

"Putin hosted Aliyev and Pashinyan in the Kremlin. ... The talks lasted about four hours."
The second sentence names no one, so no keyed match can find the meeting, and standing
alone it would be a second meeting. Such a sentence is recognised by its form: a definite
description of the event ("the talks", "the signing", "this meeting") as the subject of a
predicate that only says how, when or where it happened (lasted, took place, was held,
began, continued), not of a verb that reports a further act. Nameless sentences of other
forms ("The declaration commits both countries to ...", "The meeting ended with a joint
statement") often report an act of their own, and on the demo gold folding them in merged
different events, so they are left alone.

It joins the article's one earlier event of the same type and modality with participants
whose date does not contradict; with two or more candidates the sentence cannot say which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.link.dates import dates_agree
from eventwire.link.merge import participants
from eventwire.records import Event

# Commitments come several to one statement: a nameless AGREE is not the article's only one.
NOT_UNIQUE_TYPES = frozenset({"AGREE"})

_DETERMINER = r"(?:the|this|that|these|their|its|his|her|today's|yesterday's)"
_PREDICATE = (
    r"(?:lasted|took\s+place|(?:was|were)\s+held|began|started|continued|went\s+on|ran\s+for|"
    r"(?:was|were)\s+(?:closed|open|brief|short|long|private|tense|cordial|constructive))"
)
_RE_MENTION = re.compile(
    rf"^\W*{_DETERMINER}\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+\s+{_PREDICATE}\b", re.IGNORECASE
)


def tells_again(sentence: str) -> bool:
    """The sentence's subject is a definite description of an event and its predicate only
    says how, when or where that event happened."""
    return bool(_RE_MENTION.match(sentence.strip()))


def re_mention(ev: Event, working: Iterable[Event]) -> Event | None:
    """The article's own earlier event that ``ev``'s nameless sentence tells again, if one."""
    if participants(ev) or ev.event_type in NOT_UNIQUE_TYPES:
        return None
    if not ev.sources or not all(tells_again(s.sentence) for s in ev.sources):
        return None
    article = {s.article_id for s in ev.sources}
    first = min(s.sentence_index for s in ev.sources)
    fitting = [
        w
        for w in working
        if w.event_type == ev.event_type
        and w.modality == ev.modality
        and participants(w)
        and any(s.article_id in article and s.sentence_index < first for s in w.sources)
        and dates_agree(w, ev)
    ]
    return fitting[0] if len(fitting) == 1 else None
