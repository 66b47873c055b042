"""Are two coded events the same real-world event, and how to fold them into one.

Two reports of one event rarely agree on every field: one outlet names the
minister, another only says "Azerbaijan"; one gives the day, another only the
month, a third has no date so the coder fell back on the publication date.
The test is therefore compatibility, not equality, on each field, and all of
them must hold: same PLOVER type, at least one shared participant, dates whose
ranges overlap (see ``dates``), and places in the same country.

Two relaxations need stronger evidence, two or more shared participants, and
apply only between different articles (one article reporting two acts means
two events): stated days one apart (the statement signed "late on Monday
night" or "on Tuesday"; not for meetings, where an arrival and the next day's
talks are two events), and a related type (``RELATED_TYPES``, empty for now:
see there why). Such merges keep
both versions as claims, so the disagreement is recorded, not hidden. Inside one
article a day apart is tolerated only for a signing by the same parties, which is
done once and reported on either side of midnight (``_one_signing``).

``loose_match`` is the fallback for reports the coder left without actors or
without a date: inside one story, the same type and the same words in the
source sentences stand in for the missing field (and, failing that, being the
story's only named event of that type and date: see ``link._story_match``).

Fields the coder often gets half right are compared for what they can prove:
a state credited with a joint act matches the leader who signed for it
(``actors_match``); a region without a country, a place name the gazetteer put
in two countries, or a participant's own country given as the place do not
contradict a city (``places_compatible``, ``where``).
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.actors.countries import country_code
from eventwire.link.claims import claims_of, disagreements, union_claims
from eventwire.link.dates import Span, event_span
from eventwire.link.text import content_terms
from eventwire.records import ActorRef, Event, Place, Source

# Pairs of types outlets use for one act, accepted with STRONG evidence. Empty on purpose:
# the candidates within a PLOVER family (AGREE/SUPPORT: a commitment and the statement that
# holds it; CONCEDE/RETREAT: accepting a ceasefire and its taking effect) are separate events
# under the gold conventions, and merging them only added false pairs on both gold corpora.
RELATED_TYPES: frozenset[frozenset[str]] = frozenset()
STRONG = 2  # shared participants needed for a related type or a day's difference
DAY_TOLERANCE = 1
# Meetings a day apart are two meetings (arrival, then talks), not one misdated.
NO_DAY_TOLERANCE = frozenset({"CONSULT"})
# Acts done once to one text: the same parties signing it a day apart in one report are
# one signing dated either side of midnight (see ``_one_signing``).
ONE_OFF_TYPES = frozenset({"SUPPORT"})
LOOSE_OVERLAP = 0.5  # share of the shorter source text's content words both reports use


def _norm_name(name: str) -> tuple[str, ...]:
    return tuple(name.casefold().replace("-", " ").split())


def names_match(a: str, b: str) -> bool:
    """Equal names, or one name's words all inside the other's ("Pashinyan", "Nikol Pashinyan")."""
    ta, tb = _norm_name(a), _norm_name(b)
    if not ta or not tb:
        return False
    return ta == tb or set(ta) <= set(tb) or set(tb) <= set(ta)


def _state(actor: ActorRef) -> bool:
    """The actor is a state acting as a whole: named by its own country's name ("Azerbaijan")."""
    return bool(actor.name and actor.country and country_code(actor.name) == actor.country)


def actors_match(a: ActorRef, b: ActorRef, joint: bool = False) -> bool:
    """Same actor by name where both are named by person or body, else by country.

    With ``joint`` (the event credits its act to two or more parties) a state
    named as a whole ("Russia and Azerbaijan signed") is matched by country:
    one outlet credits a joint act to the countries, another to the leader who
    signed for one of them ("Aliyev signed"). A state credited alone is often
    an outlet's shorthand for one of its organs (the ministry, the army), whose
    acts are not its leader's, so there the names must still match.
    """
    if a.name and b.name and not (joint and (_state(a) or _state(b))):
        return names_match(a.name, b.name)
    return bool(a.country and b.country and a.country == b.country)


def participants(event: Event) -> tuple[ActorRef, ...]:
    """Actors and recipients together: outlets often swap who acted on whom."""
    return event.actors + event.recipients


def places_compatible(a: Place | None, b: Place | None, same_day: bool = False) -> bool:
    """Either place unknown, or both in one country, or the same name.

    A place without a country ("South Caucasus", "Middle East") is a region
    that crosses borders or was not resolved: with ``same_day`` (two articles'
    reports that state one day, and it is the same) it cannot contradict a
    place in a country and counts as unknown (within one article, a region
    and a city named for one day's acts are two acts, as in "talks in Brussels
    ... a call on the South Caucasus"). With a coarser date the place is much of
    what is left to tell two meetings of the same leaders apart, so there the
    names must still match. Two places of one name in different
    countries are the gazetteer choosing differently for the same word
    ("Geneva" read once as Switzerland, once as a US town), not two places.
    """
    if a is None or b is None:
        return True
    if a.name.casefold() == b.name.casefold():
        return True
    if a.country and b.country:
        return a.country == b.country
    return same_day and not (a.country is None and b.country is None)


def where(event: Event) -> Place | None:
    """The event's place as evidence of where it happened, or None.

    A place at country precision that is the country of one of the event's own
    participants is left out: it is mostly the actor's name read as a place
    ("Russia and Ukraine signed" gives Russia), and an act by a country's
    leaders is as likely abroad as at home.
    """
    place = event.location
    if place is None or place.precision != "country":
        return place
    if place.country and place.country in {x.country for x in participants(event)}:
        return None
    return place


def types_related(a: str, b: str) -> bool:
    """Equal types, or two types outlets use for one act (see RELATED_TYPES)."""
    return a == b or frozenset({a, b}) in RELATED_TYPES


def shared_participants(a: Event, b: Event) -> int:
    """How many of a's participants have a match among b's (names first, else countries)."""
    pa, pb = participants(a), participants(b)
    joint = _joint_state(pa) or _joint_state(pb)
    return sum(1 for x in pa if any(actors_match(x, y, joint) for y in pb))


def _joint_state(parties: tuple[ActorRef, ...]) -> bool:
    """Two or more parties, at least one a state named as a whole."""
    return len(parties) > 1 and any(_state(x) for x in parties)


def _articles(event: Event) -> set[str]:
    return {s.article_id for s in event.sources}


def _days_apart(a: Event, b: Event) -> int | None:
    """Days between two stated (not estimated) single-day dates, else None."""
    sa = event_span(a.event_date, False)
    sb = event_span(b.event_date, False)
    if a.date_estimated or b.date_estimated or not sa or not sb or sa.days != 1 or sb.days != 1:
        return None
    return abs((sa.first - sb.first).days)


def why_not_same(a: Event, b: Event) -> str | None:
    """The first reason the two cannot be one event, or None when they can."""
    if not types_related(a.event_type, b.event_type):
        return f"different type {a.event_type} vs {b.event_type}"
    if a.modality != b.modality:
        return f"different modality {a.modality} vs {b.modality}"
    if a.negated != b.negated:
        return "one report says the act happened, the other that it did not"
    pa, pb = participants(a), participants(b)
    if not pa or not pb:
        return "an event without actors cannot be matched"
    shared = shared_participants(a, b)
    if not shared:
        return "no shared actor"
    if _other_sides(a, b):
        return "meetings of different sides"
    other_article = not (_articles(a) & _articles(b))
    strong = shared >= STRONG and other_article
    if a.event_type != b.event_type and not strong:
        return f"related types {a.event_type} and {b.event_type} need {STRONG} shared actors"
    sa = event_span(a.event_date, a.date_estimated)
    sb = event_span(b.event_date, b.date_estimated)
    if sa is None or sb is None:
        return "date missing or not a calendar date"
    if not sa.overlaps(sb):
        apart = _days_apart(a, b)
        tolerant = strong and a.event_type not in NO_DAY_TOLERANCE
        tolerant = tolerant or _one_signing(a, b, shared)
        if not (tolerant and apart is not None and apart <= DAY_TOLERANCE):
            return f"dates {a.event_date} and {b.event_date} do not overlap"
    # the relaxations below need evidence from two outlets: one article naming two places for
    # one day's acts is reporting two acts
    same_day = other_article and _one_day(sa) and _one_day(sb) and sa.overlaps(sb)
    if not places_compatible(where(a), where(b), same_day):
        return "places in different countries"
    if other_city(a.location, b.location) and not (_one_day(sa) and _one_day(sb)):
        return "different cities and no stated day in common"
    return None


def _one_signing(a: Event, b: Event, shared: int) -> bool:
    """One article reporting the same parties signing a day apart reports one signing,
    dated across midnight ("signed early on Tuesday", "put their names to it late on
    Monday night"): a text is signed once, so all of the fewer side's parties (two or
    more) signing again the next day is no second act."""
    if a.event_type not in ONE_OFF_TYPES or a.cameo_code != b.cameo_code:
        return False
    fewer = min(len(participants(a)), len(participants(b)))
    return shared >= STRONG and shared == fewer


#: Types whose parties define the act: two meetings of one leader with two others are two.
SIDES_TYPES = frozenset({"CONSULT"})


def _other_sides(a: Event, b: Event) -> bool:
    """Two meetings that each name two or more countries and each a country the other does
    not: one leader's talks with two different guests ("Putin met Aliyev"; "Erdogan held his
    own talks with Putin the same day"). A report naming fewer sides is not a contradiction."""
    if a.event_type not in SIDES_TYPES or b.event_type not in SIDES_TYPES:
        return False
    ca, cb = _sides(a), _sides(b)
    return len(ca) > 1 and len(cb) > 1 and bool(ca - cb) and bool(cb - ca)


def _sides(event: Event) -> set[str]:
    """The countries of a meeting's parties; a visit's host state that only the destination
    gives ("Putin arrived in the Swiss city": Switzerland) is where, not whom, he met."""
    hosts = event.recipients if event.event_mode == "visit" else ()
    return {x.country for x in participants(event) if x.country and not (x in hosts and _state(x))}


def _one_day(span: Span) -> bool:
    return span.days == 1


def other_city(a: Place | None, b: Place | None) -> bool:
    """Both places resolved to cities, and not the same one.

    Two cities of one country are compatible (one outlet misplaces a signing
    in the capital), but only when both reports state the same day: with a
    year or a month, a meeting in Sochi and one in Moscow are two meetings.
    """
    if a is None or b is None or a.precision != "city" or b.precision != "city":
        return False
    return a.name.casefold() != b.name.casefold()


def _sentence_words(event: Event) -> set[str]:
    return {w for s in event.sources for w, _ in content_terms(s.sentence, 200)}


def sentence_overlap(a: Event, b: Event) -> float:
    """Share of the shorter side's content words (over all source sentences) the other uses."""
    wa, wb = _sentence_words(a), _sentence_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def loose_compatible(a: Event, b: Event) -> bool:
    """Every field both reports have is compatible (type, modality, date, place, countries).

    The test for reports missing actors or a date, among the events of one story
    only: what is missing cannot disagree, so only what both have is compared.
    Two reports of one article are never folded this way (one article naming
    two acts of one type means two events).
    """
    if not types_related(a.event_type, b.event_type) or a.modality != b.modality:
        return False
    if a.negated != b.negated:  # "they met" and "they did not meet" are never one report
        return False
    if _articles(a) & _articles(b):
        return False
    sa = event_span(a.event_date, a.date_estimated)
    sb = event_span(b.event_date, b.date_estimated)
    if sa is not None and sb is not None and not sa.overlaps(sb):
        return False
    same_day = sa is not None and sb is not None and _one_day(sa) and _one_day(sb)
    if not places_compatible(where(a), where(b), same_day):
        return False
    ca = {x.country for x in participants(a) if x.country}
    cb = {y.country for y in participants(b) if y.country}
    return not (ca and cb and not ca & cb)


def loose_match(a: Event, b: Event) -> float | None:
    """For reports missing actors or a date: the sentence overlap if they may be one event.

    ``loose_compatible`` must hold, and the missing field is replaced by the
    wording: at least ``LOOSE_OVERLAP`` of the content words of the shorter
    report. None when they cannot be one event.
    """
    if not loose_compatible(a, b):
        return None
    overlap = sentence_overlap(a, b)
    return overlap if overlap >= LOOSE_OVERLAP else None


def same_event(a: Event, b: Event) -> bool:
    """True when every field of the two events is compatible (see ``why_not_same``)."""
    return why_not_same(a, b) is None


def match_strength(a: Event, b: Event) -> tuple[int, int, int]:
    """How well two compatible events agree, to choose among several stored matches.

    Shared countries count most, then shared named participants, then a date
    range that is tight (a matching day beats a matching year): a stored signing
    by the same three states beats one that only shares a state's name ("they
    signed last November", the pronoun read as Russia and the two presidents, is
    the trilateral statement, not a Russian-Turkish memorandum of that month).
    """
    pa, pb = participants(a), participants(b)
    named = sum(1 for x in pa for y in pb if x.name and y.name and names_match(x.name, y.name))
    countries = len({x.country for x in pa if x.country} & {y.country for y in pb if y.country})
    sa = event_span(a.event_date, a.date_estimated)
    sb = event_span(b.event_date, b.date_estimated)
    width = max(sa.days, sb.days) if sa and sb else 10_000
    return (countries, named, -width)


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

    Keeps ``existing``'s event_id, story_id, actors and type (the new report's
    actors and recipients when the stored report had no participants at all:
    an event found by its story alone must not stay nameless); unions sources
    (once per article and sentence) and contexts; takes the explicit date over
    an estimated one and the finer date over the coarser (ties keep existing);
    takes whichever location is known, the finer one when both are; keeps the
    higher confidence. A day one apart from the kept one does not replace it.
    Claims of both are kept (an event without claims, coded before claims
    existed, contributes ``claims_of`` itself) and disagreements recomputed.
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
    claims = union_claims(existing.claims or claims_of(existing), new.claims or claims_of(new))
    named = existing if participants(existing) else new
    return replace(
        existing,
        actors=named.actors,
        recipients=named.recipients,
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
        claims=claims,
        disagreements=disagreements(claims),
    )
