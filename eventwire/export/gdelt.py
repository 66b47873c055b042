"""The GDELT 2.0 event-table profile: GDELT's column names, filled from eventwire events.

Scripts written for GDELT read these files by column name. Where eventwire cannot
fill a GDELT column the same way, the description says what it holds instead.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from eventwire.dates import period_bounds
from eventwire.export.countries import country_name
from eventwire.export.fields import Field
from eventwire.export.goldstein import goldstein
from eventwire.records import ActorRef, Event, Place

GDELT_FIELDS: tuple[Field, ...] = (
    Field("GLOBALEVENTID", "integer", "A 60-bit integer derived from event_id (BLAKE2b), stable "
          "across reruns; the original id is in eventwire_event_id."),
    Field("SQLDATE", "integer", "YYYYMMDD of the first day the event date covers (GDELT has only "
          "day precision; see DatePrecision)."),
    Field("MonthYear", "integer", "YYYYMM."),
    Field("Year", "integer", "YYYY."),
    Field("FractionDate", "float", "Year plus the fraction of the year elapsed at SQLDATE."),
    Field("Actor1Code", "string", "CAMEO-style actor code: country then sector (RUSGOV)."),
    Field("Actor1Name", "string", "Name of the first source actor (or its code)."),
    Field("Actor1CountryCode", "string", "ISO alpha-3 country of Actor1."),
    Field("Actor2Code", "string", "Code of the first recipient, or of the second source actor "
          "when the event has no recipient (\"A and B met\")."),
    Field("Actor2Name", "string", "Name of Actor2."),
    Field("Actor2CountryCode", "string", "ISO alpha-3 country of Actor2."),
    Field("IsRootEvent", "integer", "1 when a report is an article's first sentence (GDELT: "
          "first paragraph), else 0."),
    Field("EventCode", "string", "Full CAMEO code."),
    Field("EventBaseCode", "string", "First three digits of the CAMEO code."),
    Field("EventRootCode", "string", "First two digits of the CAMEO code."),
    Field("QuadClass", "integer", "1-4, as quad_class."),
    Field("GoldsteinScale", "float", "Goldstein value of the CAMEO code (table below)."),
    Field("NumMentions", "integer", "Reports (sentences) of the event."),
    Field("NumSources", "integer", "Distinct outlets reporting it."),
    Field("NumArticles", "integer", "Distinct articles reporting it."),
    Field("ActionGeo_Type", "integer", "1 country, 4 city (world city), 5 region (world state); "
          "empty when unlocated."),
    Field("ActionGeo_FullName", "string", "Place, Country."),
    Field("ActionGeo_CountryCode", "string", "ISO alpha-3 (GDELT uses FIPS 10-4 here; eventwire "
          "keeps ISO so the column joins with the others)."),
    Field("ActionGeo_Lat", "float", "Latitude, WGS84."),
    Field("ActionGeo_Long", "float", "Longitude, WGS84."),
    Field("ActionGeo_FeatureID", "string", "GeoNames id of the place (GDELT: GNS/GNIS id)."),
    Field("DATEADDED", "integer", "YYYYMMDDHHMMSS (UTC) when the event was last stored or "
          "updated."),
    Field("SOURCEURL", "string", "URL (or file of origin) of the first report."),
    Field("DatePrecision", "string", "eventwire extra: day, month or year precision of SQLDATE."),
    Field("eventwire_event_id", "string", "eventwire extra: the event_id."),
)

_GEO_TYPE = {"country": 1, "city": 4, "region": 5}


def actor_code(actor: ActorRef | None) -> str | None:
    """CAMEO-style code: country then sector, e.g. RUSGOV; None when neither is known."""
    if actor is None:
        return None
    return "".join(x for x in (actor.country, actor.sector) if x) or None


def global_event_id(event_id: str) -> int:
    """A positive int64 from an event id, stable across runs and machines."""
    digest = hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 4


def _date_added(updated_at: str | None) -> int | None:
    if not updated_at:
        return None
    digits = "".join(c for c in updated_at[:19] if c.isdigit())
    return int(digits) if len(digits) == 14 else None


def _full_name(loc: Place | None) -> str | None:
    """'Baku, Azerbaijan'; a country alone is just its name."""
    if loc is None:
        return None
    country = country_name(loc.country)
    if loc.precision == "country" or not country or country == loc.name:
        return loc.name
    return f"{loc.name}, {country}"


def gdelt_row(ev: Event, updated_at: str | None = None) -> dict[str, Any]:
    """One event as a row of GDELT's event table (plus two eventwire columns)."""
    start, _ = period_bounds(ev.event_date)
    day = date.fromisoformat(start) if start else None
    actor1 = ev.actors[0] if ev.actors else None
    actor2 = ev.recipients[0] if ev.recipients else (ev.actors[1] if len(ev.actors) > 1 else None)
    loc = ev.location
    code = ev.cameo_code
    fraction = None
    if day:
        days = 366 if day.year % 4 == 0 and (day.year % 100 or day.year % 400 == 0) else 365
        fraction = round(day.year + day.timetuple().tm_yday / days, 4)
    return {
        "GLOBALEVENTID": global_event_id(ev.event_id),
        "SQLDATE": int(day.strftime("%Y%m%d")) if day else None,
        "MonthYear": int(day.strftime("%Y%m")) if day else None,
        "Year": day.year if day else None,
        "FractionDate": fraction,
        "Actor1Code": actor_code(actor1),
        "Actor1Name": (actor1.name or actor_code(actor1)) if actor1 else None,
        "Actor1CountryCode": actor1.country if actor1 else None,
        "Actor2Code": actor_code(actor2),
        "Actor2Name": (actor2.name or actor_code(actor2)) if actor2 else None,
        "Actor2CountryCode": actor2.country if actor2 else None,
        "IsRootEvent": int(any(s.sentence_index == 0 for s in ev.sources)),
        "EventCode": code,
        "EventBaseCode": code[:3] if code else None,
        "EventRootCode": code[:2] if code else None,
        "QuadClass": ev.quad_class,
        "GoldsteinScale": goldstein(code),
        "NumMentions": len(ev.sources),
        "NumSources": len({s.outlet or s.origin for s in ev.sources}),
        "NumArticles": len({s.article_id for s in ev.sources}),
        "ActionGeo_Type": _GEO_TYPE.get(loc.precision) if loc else None,
        "ActionGeo_FullName": _full_name(loc),
        "ActionGeo_CountryCode": loc.country if loc else None,
        "ActionGeo_Lat": loc.latitude if loc else None,
        "ActionGeo_Long": loc.longitude if loc else None,
        "ActionGeo_FeatureID": str(loc.geonames_id) if loc and loc.geonames_id else None,
        "DATEADDED": _date_added(updated_at),
        "SOURCEURL": (ev.sources[0].url or ev.sources[0].origin) if ev.sources else None,
        "DatePrecision": ev.date_precision,
        "eventwire_event_id": ev.event_id,
    }
