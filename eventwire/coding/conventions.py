"""PLOVER's role conventions for meetings, applied once the event's place is known.

The parse alone cannot tell a visit from a meeting of equals: "Putin and Aliyev met in Baku"
is Putin visiting Azerbaijan, "Putin and Aliyev met in Astana" is a meeting of two guests in
a third country, and "the leaders of Russia, Azerbaijan and Armenia met in Sochi" is Russia
hosting the other two. The place decides, so these rules run after ``situate``:

- two sides, the place in one side's country: a visit (``042``), the guest acts on the host;
- three or more sides, the place in one side's country: that side hosts (third party, ``044``)
  and acts on the others;
- two or more sides meeting outside all their countries: a meeting at a third location
  (``044``), every side an actor, no recipient;
- a visit with no host named ("Putin arrived in Baku"): the destination's state receives it;
- an actor with a sector but no country (police, protesters) on home ground: the country of
  the place, when the place is a city or region (a domestic event);
- peacekeepers deployed in, forces withdrawn from, or an attack made in another state's
  territory, with no other recipient: that state receives the act.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.records import ActorRef, Place

THIRD_PARTY = ("third-party", "044")
VISIT = ("visit", "042")
_MEETING_CAMEOS = frozenset({"040", "046"})
_DOMESTIC_SECTORS = frozenset({"CVL", "COP", "PPL", "OPP", "PTY", "JUD", "LEG", "CRM", "GOV"})


@dataclass(frozen=True)
class Coded:
    """The parts of an event a convention may change."""

    mode: str | None
    cameo: str
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]


def _state(code: str) -> ActorRef:
    """A state as a whole: its country code and name, no sector."""
    try:
        from eventwire.actors.countries import country_name
    except ImportError:  # the actor layer is optional for the coder
        return ActorRef(name=None, country=code, sector=None)
    return ActorRef(name=country_name(code), country=code, sector=None)


def meeting(coded: Coded, place: Place | None) -> Coded:
    """Visit, hosting or third-location meeting, by where a meeting of equals took place."""
    if coded.cameo not in _MEETING_CAMEOS or coded.recipients or place is None:
        return coded
    sides = list(dict.fromkeys(a.country for a in coded.actors if a.country))
    if len(sides) < 2 or len(sides) != len(coded.actors) or not place.country:
        return coded
    home = [a for a in coded.actors if a.country == place.country]
    guests = tuple(a for a in coded.actors if a.country != place.country)
    if not home:
        return Coded(THIRD_PARTY[0], THIRD_PARTY[1], coded.actors, ())
    if len(sides) == 2:
        return Coded(VISIT[0], VISIT[1], guests, tuple(home))
    return Coded(THIRD_PARTY[0], THIRD_PARTY[1], tuple(home), guests)


def visit_host(coded: Coded, place: Place | None) -> Coded:
    """A visit with no host named is received by the destination's state."""
    if coded.mode != "visit" or coded.recipients or place is None or not place.country:
        return coded
    if any(a.country == place.country for a in coded.actors) or not coded.actors:
        return coded
    return Coded(coded.mode, coded.cameo, coded.actors, (_state(place.country),))


#: Acts done in a state's territory to or for that state: peacekeeping provided (074),
#: forces withdrawn from it (0872, 0874), military force used in it (190, 193-195).
_ON_TERRITORY = frozenset({"074", "0872", "0874", "190", "193", "194", "195"})


def territory_state(coded: Coded, place: Place | None) -> Coded:
    """Peacekeepers deployed in, forces withdrawn from, or an attack made in another state's
    territory, with nobody else named as recipient, act on that state: "Russian peacekeepers
    arrived in Nagorno-Karabakh" is Russia → Azerbaijan, "Azerbaijani troops pushed into
    Armenian territory" Azerbaijan → Armenia."""
    if coded.cameo not in _ON_TERRITORY or place is None or not place.country:
        return coded
    actors = coded.actors
    forces = tuple(r for r in coded.recipients if r.sector == "MIL")
    if not actors and forces:
        # "The deal places Russian peacekeepers in Karabakh": the forces are their state's.
        actors = tuple(dict.fromkeys(_state(r.country) for r in forces if r.country))
    own = {a.country for a in actors}
    # The forces sent or withdrawn are the actor's own, not who the act is for.
    others = tuple(r for r in coded.recipients if r.country and r.country not in own)
    if others or not own or place.country in own:
        return coded
    return Coded(coded.mode, coded.cameo, actors, (_state(place.country),))


def home_country(refs: tuple[ActorRef, ...], place: Place | None) -> tuple[ActorRef, ...]:
    """Country-less domestic actors (police, protesters) take the country of a city or
    region where the event happened."""
    if place is None or not place.country or place.precision == "country":
        return refs
    return tuple(
        ActorRef(r.name, place.country, r.sector)
        if r.country is None and r.sector in _DOMESTIC_SECTORS
        else r
        for r in refs
    )
