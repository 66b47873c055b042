"""One incident told over several sentences of one article is one event.

News tells an attack, a crackdown or a protest a sentence at a time: the lead says who
attacked whom, the next sentences add the weapons, the dead, the place, often naming no
attacker or no victim ("The attack was mounted overnight"; "Four officers were killed in
the assault"). Coded one sentence at a time, each is an event, and keyed matching
(``merge.why_not_same``) cannot join them, since it needs a shared named actor. Left
alone, one attack stands in the timeline as five or six.

The rule: in one article, an event of an incident type joins the article's earlier event
of the same type, modality and polarity when nothing tells them apart, that is

* their dates agree (overlap, or one is undated),
* their places agree (``merge.places_compatible``; no two different cities),
* each side (who acted; on whom) fits: one of the two names no one on that side, or some
  party of one can be a party of the other (no contradicting name, country or sector,
  with the state's armed forces and police counted as one sector: outlets call the same
  victims "soldiers", "security officials" and "troops").

A retaliation (the victims acting on the attackers) contradicts the attack on both sides
and stays its own event; an act recalled from another date stays apart. When the new
event fits two or more earlier events, it joins the one it shares the most with (parties
agreeing by name, country or sector), then the one told by the most sentences (the
article's main incident, which the nameless sentences of a report mostly go on telling),
then the first told.

Statements (accusations, demands, meetings) are not incident types: one article often
reports several distinct ones, and a shared type says little there.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.link.dates import dates_agree
from eventwire.link.merge import names_match, other_city, places_compatible, where
from eventwire.records import ActorRef, Event

#: Acts an article mostly tells as one incident over several sentences.
INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})

#: Sectors outlets use interchangeably for one side of an incident.
_SECTOR_GROUPS = {
    "MIL": "forces", "COP": "forces", "SPY": "forces",
    "REB": "armed", "UAF": "armed", "INS": "armed",
    "CVL": "people", "PPL": "people",
}  # fmt: skip


def _party_fits(a: ActorRef, b: ActorRef) -> bool:
    if a.name and b.name and not names_match(a.name, b.name):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.sector and b.sector:
        return _SECTOR_GROUPS.get(a.sector, a.sector) == _SECTOR_GROUPS.get(b.sector, b.sector)
    return True


def side_fits(a: tuple[ActorRef, ...], b: tuple[ActorRef, ...]) -> bool:
    """One side of two reports can be the same parties: one names no one, or a party fits."""
    return not a or not b or any(_party_fits(x, y) for x in a for y in b)


def _agreement(a: Event, b: Event) -> int:
    """Positive evidence of one incident: parties of one side that agree on something."""

    def shared(x: ActorRef, y: ActorRef) -> bool:
        return _party_fits(x, y) and bool(
            (x.name and y.name) or (x.country and x.country == y.country) or (x.sector and y.sector)
        )

    return sum(
        any(shared(x, y) for y in theirs)
        for mine, theirs in ((a.actors, b.actors), (a.recipients, b.recipients))
        for x in mine
    )


def fits(earlier: Event, ev: Event) -> bool:
    """Nothing tells the two reports apart (see the module's rule)."""
    return (
        earlier.event_type == ev.event_type
        and earlier.modality == ev.modality
        and earlier.negated == ev.negated
        and dates_agree(earlier, ev)
        and places_compatible(where(earlier), where(ev))
        and not other_city(earlier.location, ev.location)
        and side_fits(earlier.actors, ev.actors)
        and side_fits(earlier.recipients, ev.recipients)
    )


def same_incident(ev: Event, working: Iterable[Event]) -> Event | None:
    """The article's one earlier event that ``ev`` tells again as part of one incident."""
    if ev.event_type not in INCIDENT_TYPES or not ev.sources:
        return None
    article = {s.article_id for s in ev.sources}
    first = min(s.sentence_index for s in ev.sources)
    fitting = [
        w
        for w in working
        if any(s.article_id in article and s.sentence_index < first for s in w.sources)
        and fits(w, ev)
    ]
    if not fitting:
        return None
    return max(
        enumerate(fitting), key=lambda iw: (_agreement(iw[1], ev), len(iw[1].sources), -iw[0])
    )[1]


def retaliation(kept: Event, new: Event) -> bool:
    """In one article, the other side acting back: two incidents, whatever names they share.

    Keyed matching lets reports swap who acted on whom, since outlets do; one article that
    names both sides of two incidents the other way round reports a blow and the blow back.
    """
    if new.event_type not in INCIDENT_TYPES or kept.event_type != new.event_type:
        return False
    if not {s.article_id for s in kept.sources} & {s.article_id for s in new.sources}:
        return False
    if not (kept.actors and new.actors and kept.recipients and new.recipients):
        return False
    return not side_fits(kept.actors, new.actors) and not side_fits(kept.recipients, new.recipients)


#: Modes of which a story has at most one a day: a war's ceasefire takes effect once, however
#: many articles report it and however few of them say between whom.
ONE_A_DAY = frozenset({"ceasefire"})


def same_day_one_off(ev: Event, story_events: Iterable[Event]) -> Event | None:
    """The story's event of the same one-a-day mode on the same stated day that ``ev``
    reports again, when nothing tells them apart (sides, polarity, modality)."""
    if ev.event_mode not in ONE_A_DAY or ev.date_estimated or ev.date_precision != "day":
        return None
    for kept in story_events:
        if (
            kept.event_id != ev.event_id
            and kept.event_type == ev.event_type
            and kept.event_mode == ev.event_mode
            and kept.event_date == ev.event_date
            and kept.date_precision == "day"
            and not kept.date_estimated
            and kept.modality == ev.modality
            and kept.negated == ev.negated
            and side_fits(kept.actors, ev.actors)
            and side_fits(kept.recipients, ev.recipients)
        ):
            return kept
    return None
