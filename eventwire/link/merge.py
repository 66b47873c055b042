"""Are two coded events the same real-world event, and how to fold them into one.

Two reports of one event rarely agree on every field: one outlet names the
minister, another only says "Azerbaijan"; one gives the day, another only the
month, a third has no date so the coder fell back on the publication date.
The test is therefore compatibility, not equality, on each field, and all of
them must hold: same PLOVER type, at least one shared participant, dates whose
ranges overlap (see ``dates``), and places in the same country.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.link.dates import event_span
from eventwire.records import ActorRef, Event, Place, Source


def _norm_name(name: str) -> tuple[str, ...]:
    return tuple(name.casefold().replace("-", " ").split())


def names_match(a: str, b: str) -> bool:
    """Equal names, or one name's words all inside the other's ("Pashinyan", "Nikol Pashinyan")."""
    ta, tb = _norm_name(a), _norm_name(b)
    if not ta or not tb:
        return False
    return ta == tb or set(ta) <= set(tb) or set(tb) <= set(ta)


def actors_match(a: ActorRef, b: ActorRef) -> bool:
    """Same actor by name where both are named, else by country where both have one."""
    if a.name and b.name:
        return names_match(a.name, b.name)
    return bool(a.country and b.country and a.country == b.country)


def participants(event: Event) -> tuple[ActorRef, ...]:
    """Actors and recipients together: outlets often swap who acted on whom."""
    return event.actors + event.recipients


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Either place unknown, or both in one country (by name when a country is missing)."""
    if a is None or b is None:
        return True
    if a.country and b.country:
        return a.country == b.country
    return a.name.casefold() == b.name.casefold()


def why_not_same(a: Event, b: Event) -> str | None:
    """The first reason the two cannot be one event, or None when they can."""
    if a.event_type != b.event_type:
        return f"different type {a.event_type} vs {b.event_type}"
    if a.modality != b.modality:
        return f"different modality {a.modality} vs {b.modality}"
    pa, pb = participants(a), participants(b)
    if not pa or not pb:
        return "an event without actors cannot be matched"
    if not any(actors_match(x, y) for x in pa for y in pb):
        return "no shared actor"
    sa = event_span(a.event_date, a.date_estimated)
    sb = event_span(b.event_date, b.date_estimated)
    if sa is None or sb is None:
        return "date missing or not a calendar date"
    if not sa.overlaps(sb):
        return f"dates {a.event_date} and {b.event_date} do not overlap"
    if not places_compatible(a.location, b.location):
        return "places in different countries"
    return None


def same_event(a: Event, b: Event) -> bool:
    """True when every field of the two events is compatible (see ``why_not_same``)."""
    return why_not_same(a, b) is None


def match_strength(a: Event, b: Event) -> tuple[int, int, int]:
    """How well two compatible events agree, to choose among several stored matches.

    Shared named participants count most, then shared countries, then a date
    range that is tight (a matching day beats a matching year).
    """
    pa, pb = participants(a), participants(b)
    named = sum(1 for x in pa for y in pb if x.name and y.name and names_match(x.name, y.name))
    countries = len({x.country for x in pa if x.country} & {y.country for y in pb if y.country})
    sa = event_span(a.event_date, a.date_estimated)
    sb = event_span(b.event_date, b.date_estimated)
    width = max(sa.days, sb.days) if sa and sb else 10_000
    return (named, countries, -width)


def _date_rank(event: Event) -> tuple[int, int]:
    """Smaller is better: explicit before estimated, then the narrower range."""
    span = event_span(event.event_date, False)
    return (1 if event.date_estimated else 0, span.days if span else 1_000_000)


_PLACE_RANK = {"city": 0, "region": 1, "country": 2}


def _union_sources(a: tuple[Source, ...], b: tuple[Source, ...]) -> tuple[Source, ...]:
    seen = {(s.article_id, s.sentence_index) for s in a}
    out = list(a)
    for s in b:
        key = (s.article_id, s.sentence_index)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return tuple(out)


def merge_events(existing: Event, new: Event) -> Event:
    """One event carrying both reports: the stored identity, the best-known details.

    Keeps ``existing``'s event_id, story_id, actors and type; unions sources
    (once per article and sentence) and contexts; takes the explicit date over
    an estimated one and the finer date over the coarser (ties keep existing);
    takes whichever location is known, the finer one when both are; keeps the
    higher confidence.
    """
    dated = new if _date_rank(new) < _date_rank(existing) else existing
    location = existing.location
    if location is None or (
        new.location is not None
        and _PLACE_RANK.get(new.location.precision, 3) < _PLACE_RANK.get(location.precision, 3)
        and places_compatible(location, new.location)
    ):
        location = new.location if new.location is not None else location
    contexts = existing.contexts + tuple(c for c in new.contexts if c not in existing.contexts)
    return replace(
        existing,
        contexts=contexts,
        cameo_code=existing.cameo_code or new.cameo_code,
        quad_class=existing.quad_class if existing.quad_class is not None else new.quad_class,
        event_mode=existing.event_mode or new.event_mode,
        event_date=dated.event_date,
        date_precision=dated.date_precision,
        date_raw=dated.date_raw,
        date_estimated=dated.date_estimated,
        location=location,
        sources=_union_sources(existing.sources, new.sources),
        confidence=max(existing.confidence, new.confidence),
    )
