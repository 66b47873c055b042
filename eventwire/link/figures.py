"""Figures an article states beside its events, in sentences that report no event.

Outlets rarely put a figure in the sentence that reports the event: "Israel
signed agreements with the UAE and Bahrain ... More than 800 guests attended."
The second sentence is no event of its own, so ``claims_of`` (which reads the
event's sentences) never sees it. A figure in a sentence without an event is
therefore claimed for the article's event whose sentence shares most content
words with it ("the costs of the meeting" and "opening a summit ... met"
share little, but "guests ... Netanyahu and the two Gulf ministers put their
names to the papers" shares the ministers and the signing); ties, and a
sentence sharing nothing, go to the event reported last before it (at the top
of the article, the first one after it): a follow-up sentence elaborates what
was just reported. Only the ``WINDOW`` event sentences before and after a
figure compete for it: a figure is about what the text around it reports, and
weighing every event of a very long article against every sentence was quadratic.

Where the reports of a story give different figures is ``disagreements.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from eventwire.link.claims import claims_of, numbers
from eventwire.link.text import content_terms
from eventwire.records import Claim, Event

#: Event sentences on either side of a figure sentence that compete for its figures.
WINDOW = 50
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"\u201d\u2019])\s+|\n\s*\n")


def _content(sentence: str) -> set[str]:
    return {w for w, _ in content_terms(sentence, 200)}


def _flat(text: str) -> str:
    return " ".join(text.split())


def sentences(text: str) -> list[tuple[int, str]]:
    """The text's sentences with their start offsets in the whitespace-flattened text.

    A plain splitter on end punctuation and blank lines is enough here: a
    missed split only attaches a figure to the event of the sentence it sits in.
    """
    flat_parts: list[tuple[int, str]] = []
    offset = 0
    for part in _SENTENCE.split(text):
        flat = _flat(part)
        if flat:
            flat_parts.append((offset, flat))
            offset += len(flat) + 1
    return flat_parts


def context_claims(text: str, events: Iterable[Event], article_id: str) -> dict[str, list[Claim]]:
    """Figure claims of the article's event-less sentences, by the event each belongs to.

    Only events of this article with a source sentence found in the text take
    figures; an event's own sentence is read by ``claims_of`` and skipped here.
    """
    flat_text = _flat(text)
    placed: list[tuple[int, str, str]] = []
    vocab: dict[str, set[str]] = {}
    for ev in events:
        for src in ev.sources:
            if src.article_id != article_id:
                continue
            sentence = _flat(src.sentence)
            at = flat_text.find(sentence)
            if at >= 0:
                placed.append((at, ev.event_id, sentence))
                vocab.setdefault(ev.event_id, set()).update(_content(sentence))
    if not placed:
        return {}
    placed.sort()
    starts = [at for at, _, _ in placed]
    own = {sentence for _, _, sentence in placed}
    last_at = {eid: at for at, eid, _ in placed}  # sorted: each event's latest sentence
    out: dict[str, list[Claim]] = {}
    for start, sentence in sentences(text):
        middle = bisect_right(starts, start)
        window = placed[max(0, middle - WINDOW) : middle + WINDOW]
        if sentence in own or any(sentence in s or s in sentence for _, _, s in window):
            continue
        found = numbers(sentence)
        if not found:
            continue
        words = _content(sentence)
        nearest = {
            eid: (last_at[eid] <= start, last_at[eid] if last_at[eid] <= start else -last_at[eid])
            for _, eid, _ in window
        }
        target = max(nearest, key=lambda eid: (len(words & vocab[eid]), *nearest[eid]))
        claims = out.setdefault(target, [])
        for kind, value in found.items():
            if all(c.field != kind for c in claims):
                claims.append(Claim(kind, str(value), article_id))
    return out


def with_context_claims(event: Event, extra: Iterable[Claim]) -> Event:
    """The event's own claims (``claims_of``) plus figures of kinds its sentences lack."""
    own = event.claims or claims_of(event)
    have = {(c.field, c.article_id) for c in own}
    more = tuple(c for c in extra if (c.field, c.article_id) not in have)
    return replace(event, claims=own + more) if more else replace(event, claims=own)
