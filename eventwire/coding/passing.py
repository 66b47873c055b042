"""Events a sentence names in passing or not at all, and the dates it lends on.

Split from ``coder``: an earlier meeting named only as a dated noun takes the article's
sides (``earlier_meeting``); a party that "followed" an act did it too (``followers``); a
habit in the present tense is no event (``habitual``); a participle's date that dates the
report itself is not the occasion of the sentences after it (``describing_date``).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from eventwire.coding.context import Context
from eventwire.coding.match import Candidate
from eventwire.coding.modality import ASSERTED
from eventwire.coding.roles import MentionIndex, Roles
from eventwire.coding.situate import EventDate, choose_date, describes
from eventwire.records import ActorMention, ActorRef, Analysis, Entity, Event, Sentence


def earlier_meeting(
    cand: Candidate,
    roles: Roles,
    date: EventDate,
    context: Context,
    mentions: tuple[ActorMention, ...],
    persons: tuple[Entity, ...],
    start: int,
) -> Roles:
    """The parties of an earlier meeting named only as a dated noun ("after earlier rounds
    on December 14 and May 22", "since a summit in Astana last October"): the sides the
    article is about, as its last meeting of two or more states had them, else the last
    two people it named before the sentence (else the last two countries). Without its own
    date such a noun may be the story's own meeting again, so it keeps what it has."""
    if cand.trigger.event_type != "CONSULT" or not cand.background or roles.actors:
        return roles
    if date.date_estimated or not date.event_date:
        return roles
    if context.meeting:
        return Roles(context.meeting, (), roles.third_party)
    # "after talks with Erdogan ... It was the leaders' first meeting since a summit in
    # Astana": the two sides the article last named
    named = [(e.start, e.end) for e in persons]
    people = tuple(m for m in mentions if any(m.start <= a < m.end for a, _ in named))
    sides = _last_sides(people, start) or _last_sides(mentions, start)
    return Roles(sides, (), roles.third_party) if sides else roles


def _last_sides(mentions: tuple[ActorMention, ...], before: int) -> tuple[ActorRef, ...]:
    """The actors of the last two countries named before a character offset, one each
    (its named person where the text names one), in text order; () with fewer than two."""
    out: dict[str, ActorRef] = {}
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        ref = m.actor
        if m.start >= before or ref.country is None or ref.sector == "PRE":
            continue
        if ref.country not in out and len(out) == 2:
            break
        if ref.country not in out or (ref.name and not out[ref.country].name):
            out[ref.country] = ref
    return tuple(reversed(out.values())) if len(out) == 2 else ()


#: Words that say how often something is done ("meet regularly", "on a regular basis").
_HOW_OFTEN = frozenset(
    {"regularly", "often", "usually", "frequently", "routinely", "annually", "regular", "daily"}
)


def habitual(verb: Any) -> bool:
    """A simple present with a frequency word ("We meet on a regular basis", "The co-chairs
    meet regularly") describes a habit, which is no event of a date."""
    if verb.tag_ not in ("VBP", "VBZ"):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and str(c.lemma_).lower() in _HOW_OFTEN:
            return True
        words = {str(t.lemma_).lower() for t in c.subtree}
        if c.dep_ == "prep" and "basis" in words and words & _HOW_OFTEN:
            return True
    return False


def describing_date(event: Event, cand: Candidate) -> bool:
    """Whether the event's date is that of a participle describing a noun ("In a statement
    *published today*, the Kremlin said the presidents confirmed ..."): it dates the text
    that reports the act, so the act keeps it, but the occasion of the sentences after it
    is not that day."""
    words = (event.date_raw or "").split()
    for tok in cand.verb.sent:
        if tok.ent_type_ != "DATE" or tok.text not in words:
            continue
        head = tok.head.head if tok.head.dep_ == "prep" else tok.head
        if describes(head) and head.i not in (cand.verb.i, cand.anchor.i):
            return True
    return False


#: Verbs by which a party does what the clause before says ("and Bahrain *followed* on
#: September 11", "Britain *followed suit*").
_FOLLOW = frozenset({"follow"})


def followers(
    coded: list[tuple[Candidate, Event]], analysis: Analysis, sent: Sentence, index: MentionIndex
) -> list[Event]:
    """The acts of parties who followed an act the sentence reports: "The UAE and Israel
    announced their plan to normalise ties on August 13, and Bahrain followed on September
    11" is Bahrain's own announcement, on its own date. Only "follow" with no object (or
    "suit") coordinated with the clause of the act, with a named subject."""
    out: list[Event] = []
    for cand, event in coded:
        head = cand.verb
        while head.dep_ not in ("ROOT", "conj") and head.head.i != head.i:
            head = head.head
        for tok in head.children:
            if tok.dep_ != "conj" or str(tok.lemma_).lower() not in _FOLLOW:
                continue
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if any(str(o.lemma_).lower() != "suit" for o in objects):
                continue  # "the talks followed fighting": the verb has its own object
            subject = [c for c in tok.children if c.dep_ == "nsubj"]
            actors = tuple(r for s in subject for r in index.phrase_refs(s))
            if not actors or event.modality != ASSERTED:
                continue
            date = choose_date(tok, sent, analysis, tok)
            if date.date_estimated:
                date = EventDate(event.event_date, event.date_precision, event.date_raw, False)
            key = f"{event.event_id}|follow|{tok.i}"
            out.append(
                replace(
                    event,
                    event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
                    actors=actors,
                    recipients=tuple(r for r in event.recipients if r not in actors),
                    event_date=date.event_date,
                    date_precision=date.date_precision,
                    date_raw=date.date_raw,
                    date_estimated=date.date_estimated,
                )
            )
    return out
