"""Cities and regions as actors, and the country a place inside a phrase gives it.

Why: the actor table and the country index know states, their demonyms and capitals, but
news also names actors by a city or region: "Shanghai authorities", "Oxford University",
"Dehli police", "the University of Bonn in Germany", or a city acting on its own
("Sydney"). The place layer's gazetteer (GeoNames cities of 15,000 people and more, US
states and other first-level regions) gives their country. A city acting alone is its
people (PLOVER CVL), not its government: only a capital is its government (countries.CAPITALS).

The match is strict, because a gazetteer of 30,000 names holds many ordinary words and
surnames ("Bank" is a town in India, "Northern" a division of Fiji):
* a place must be a whole run of capitalised words, so "Sydney Smith" is no place;
* a city must have 100,000 people or more, or be the only place of that name; a name
  that is not its main one counts only for a city of a million ("Dehli"), never for a
  short one ("Kim" is also listed for Kimberley); a region must be a first-level region;
* direction words and other words that are mostly something else are never places.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.actors.countries import CAPITALS, PARTIAL, country_code, norm
from eventwire.records import ActorRef

#: Capitalised words that begin names of fleets, commands and bodies far more often than
#: they name a place ("Northern Fleet", "Central Command", "Victoria Cross").
NOT_PLACES = frozenset({
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "upper", "lower", "new", "old", "greater", "victoria", "national", "federal", "royal",
    "arctic", "pacific", "atlantic", "capital", "union", "independence", "liberty",
})  # fmt: skip
#: A city known under another main name, or a small one, is taken only from this size.
BIG_CITY = 100_000
#: A name that is not the city's main one ("Dehli", "Bombay") only for a city this large,
#: and only when it has this many letters.
HUGE_CITY, MIN_ALTERNATE = 1_000_000, 5


@lru_cache(maxsize=4096)
def place_country(name: str) -> tuple[str, str, str] | None:
    """(place name, ISO3, kind) for a city or first-level region name, else None.

    ``kind`` is "city" or "region". Countries, capitals and breakaway regions are not
    answered here: the country index decides them.
    """
    from eventwire.language.places_gazetteer import (
        CITY,
        STATE,
        SUBDIVISION,
        load_gazetteer,
        normalise,
    )

    key = normalise(name)
    if name.replace(".", "").isupper():
        return None  # an acronym: GeoNames lists airport codes ("GRU") as alternate names
    if not key or key in NOT_PLACES or norm(name) in CAPITALS or norm(name) in PARTIAL:
        return None
    if country_code(name):
        return None
    cands = load_gazetteer().candidates(key)
    regions = [c for c in cands if c.kind in (STATE, SUBDIVISION)]
    cities = [c for c in cands if c.kind == CITY]
    countries = {c.place.country for c in regions + cities}
    if regions and len({c.place.country for c in regions}) == 1:
        best = regions[0]
        return (best.place.name, best.place.country, "region") if best.place.country else None
    if not cities:
        return None
    best = max(cities, key=lambda c: c.population)
    if not best.primary and (best.population < HUGE_CITY or len(key) < MIN_ALTERNATE):
        return None  # "Kim" is also a name of Kimberley; "Dehli" may still be Delhi
    if (best.population < BIG_CITY and len(countries) > 1) or not best.place.country:
        return None
    return best.place.name, best.place.country, "city"


def _runs(words: list[tuple[str, str]], skip: frozenset[str]) -> list[str]:
    """Maximal runs of capitalised words that are not in ``skip`` (role words, names)."""
    runs: list[list[str]] = []
    current: list[str] = []
    for orig, key in words:
        if orig[:1].isupper() and key not in skip and key != "the":
            current.append(orig)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [" ".join(r) for r in runs]


def country_of_places(words: list[tuple[str, str]], skip: frozenset[str]) -> str | None:
    """The country of the one place named by a whole capitalised run among the words
    ("Shanghai authorities", "Oxford University"); None when none, or places disagree."""
    found = {hit[1] for run in _runs(words, skip) if (hit := place_country(run))}
    return found.pop() if len(found) == 1 else None


def city_actor(text: str) -> ActorRef | None:
    """A city or region acting on its own ("Sydney", "Puerto Penasco"): its people, CVL."""
    words = text.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    hit = place_country(" ".join(words))
    if hit is None:
        return None
    name, country, _kind = hit
    return ActorRef(name, country, "CVL")
