"""Figures an article states beside its events, and where a story's reports give different ones.

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
was just reported.

Reports of one development are also often coded as separate events (one
outlet's "met" and another's "welcomed", dates a day apart, a participant
misread), so comparing figures only inside a merged event finds almost none of
the differences outlets really show. Within a story, figures of one kind from
different articles, on events at most ``NEAR_DAYS`` apart, are compared too,
and figures more than ``FIGURE_RATIO`` apart are taken to count different things
(a missile's range and its splashdown distance; a year of shipments and one
cargo), not to disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from eventwire.link.claims import claims_of, figures_close, numbers
from eventwire.link.dates import event_span
from eventwire.link.text import content_terms
from eventwire.records import Claim, Disagreement, Event

NEAR_DAYS = 2  # events of one story this close may report one figure differently
NOT_FIGURES = frozenset({"date", "place", "participants"})
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
    placed: list[tuple[int, str]] = []
    own: set[str] = set()
    vocab: dict[str, set[str]] = {}
    for ev in events:
        for src in ev.sources:
            if src.article_id != article_id:
                continue
            sentence = _flat(src.sentence)
            at = flat_text.find(sentence)
            if at >= 0:
                placed.append((at, ev.event_id))
                own.add(sentence)
                vocab.setdefault(ev.event_id, set()).update(_content(sentence))
    if not placed:
        return {}
    placed.sort()
    out: dict[str, list[Claim]] = {}
    for start, sentence in sentences(text):
        if sentence in own or any(sentence in s or s in sentence for s in own):
            continue
        found = numbers(sentence)
        if not found:
            continue
        words = _content(sentence)
        nearest = {eid: (at <= start, at if at <= start else -at) for at, eid in placed}
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


def _near(a: Event, b: Event) -> bool:
    sa = event_span(a.event_date, a.date_estimated)
    sb = event_span(b.event_date, b.date_estimated)
    if sa is None or sb is None:
        return False
    gap = max((sb.first - sa.last).days, (sa.first - sb.last).days, 0)
    return gap <= NEAR_DAYS


def story_disagreements(events: list[Event], pool: Iterable[Event]) -> list[Event]:
    """``events`` with figure disagreements against near events of the story, and stored
    events of the story whose disagreements this changes (to be stored again).

    For each figure an event claims, the versions are its own and those other
    articles claim on near events of its story (first claim per article and
    kind), within ``FIGURE_RATIO``. Field disagreements computed inside the event
    (``merge_events``) are replaced by the story-wide ones, which include them.
    """
    current = {e.event_id: e for e in pool}
    current.update((e.event_id, e) for e in events)
    everything = list(current.values())
    changed: dict[str, Event] = {}
    for ev in everything:
        found: dict[str, Disagreement] = {}
        for claim in ev.claims:
            if claim.field in NOT_FIGURES or claim.field in found:
                continue
            versions: dict[str, list[str]] = {}
            seen: set[str] = set()
            # a denied act's figures do not dispute those of acts that happened
            near = [o for o in everything
                    if o is not ev and o.story_id == ev.story_id and o.negated == ev.negated
                    and _near(ev, o)]
            for other in [ev, *near]:
                for c in other.claims:
                    if c.field != claim.field or c.article_id in seen:
                        continue
                    if not figures_close(c.value, claim.value):
                        continue
                    seen.add(c.article_id)
                    versions.setdefault(c.value, []).append(c.article_id)
            if len(versions) > 1:
                ranked = sorted(versions, key=lambda v: (-len(versions[v]), v))
                found[claim.field] = Disagreement(
                    claim.field, tuple((v, tuple(sorted(versions[v]))) for v in ranked)
                )
        kept = tuple(d for d in ev.disagreements if d.field not in found or d.field in NOT_FIGURES)
        merged = tuple(sorted(kept + tuple(found.values()), key=lambda d: d.field))
        if merged != ev.disagreements:
            changed[ev.event_id] = replace(ev, disagreements=merged)
    out = [changed.get(e.event_id, e) for e in events]
    ids = {e.event_id for e in events}
    out += [e for eid, e in changed.items() if eid not in ids]
    return out
