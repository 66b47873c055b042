"""The canonical table: one event per row, snake_case, the columns analysts join on.

Every other profile (GDELT, ACLED, PLOVER) is derived from the same Event, and the
Python API (``eventwire.open(url).events()``) returns exactly these columns.
"""

from __future__ import annotations

from typing import Any

from eventwire.dates import period_bounds, year_known, year_of
from eventwire.export.fields import Field, names
from eventwire.export.goldstein import goldstein
from eventwire.records import Event

EVENT_FIELDS: tuple[Field, ...] = (
    Field("event_id", "string", "Stable id of the event; the same across reruns."),
    Field("event_date", "string", "ISO date at its precision: YYYY-MM-DD, YYYY-MM or YYYY; empty "
          "when no date was found."),
    Field("date_precision", "string", "day, month or year: how much of event_date is known."),
    Field("year", "integer", "Year of the event."),
    Field("yyyymmdd", "integer", "The date as an integer; unknown month or day are 00 "
          "(2022-02 → 20220200)."),
    Field("date_raw", "string", "The time expression the date came from (\"last February\")."),
    Field("date_estimated", "boolean", "True when no date was stated: the day the lead "
          "sentence reports, else the publication date, was used."),
    Field("event_type", "string", "PLOVER event type (one of 16, e.g. CONSULT, ASSAULT)."),
    Field("event_mode", "string", "PLOVER mode refining the type (e.g. visit, heavy-weapons)."),
    Field("contexts", "list[string]", "PLOVER contexts (e.g. diplomatic, military)."),
    Field("cameo_code", "string", "CAMEO event code as a string, leading zeros kept (\"057\")."),
    Field("quad_class", "integer", "1 verbal cooperation, 2 material cooperation, 3 verbal "
          "conflict, 4 material conflict (from the CAMEO root)."),
    Field("modality", "string", "asserted, future or hypothetical."),
    Field("actor_names", "list[string]", "Names of the source actors (empty entry when only a "
          "country and sector are known)."),
    Field("actor_countries", "list[string]", "ISO 3166-1 alpha-3 country of each source actor "
          "(or a PLOVER code such as EUR, NGO for bodies without one)."),
    Field("actor_sectors", "list[string]", "Sector code of each source actor (GOV, MIL, COP...)."),
    Field("recipient_names", "list[string]", "Names of the target actors."),
    Field("recipient_countries", "list[string]", "ISO alpha-3 country of each target actor."),
    Field("recipient_sectors", "list[string]", "Sector code of each target actor."),
    Field("location_name", "string", "Where the event happened."),
    Field("location_country", "string", "ISO alpha-3 country of the location."),
    Field("latitude", "float", "Latitude of the location, WGS84 degrees."),
    Field("longitude", "float", "Longitude of the location, WGS84 degrees."),
    Field("geonames_id", "integer", "GeoNames id of the location."),
    Field("story_id", "string", "The story the reporting articles belong to."),
    Field("confidence", "float", "Coder confidence, 0 to 1."),
    Field("num_sources", "integer", "Reports (sentences) supporting the event."),
    Field("num_articles", "integer", "Distinct articles among the reports."),
    Field("num_outlets", "integer", "Distinct outlets among the reports."),
    Field("source_article_ids", "list[string]", "Article id of each report."),
    Field("source_urls", "list[string]", "URL (or file of origin) of each report."),
    Field("first_sentence", "string", "The sentence of the first report."),
    Field("month", "integer", "Month of the event (1-12); empty when only the year is known."),
    Field("date_start", "string", "First day event_date covers (2022-02 → 2022-02-01)."),
    Field("date_end", "string", "Last day event_date covers (2022-02 → 2022-02-28)."),
    Field("location_precision", "string", "city, region or country: what the coordinates mark."),
    Field("goldstein", "float", "Goldstein scale value (-10 to +10) of the CAMEO code; see the "
          "Goldstein table below."),
    Field("source_outlets", "list[string]", "Outlet of each report (empty entry when unknown)."),
    Field("negated", "boolean", "True when the sentence says the act did not happen (\"did not "
          "meet\"); such events are exported only with --negated or --with-negated."),
)
EVENT_COLUMNS: list[str] = names(EVENT_FIELDS)

ARTICLE_FIELDS: tuple[Field, ...] = (
    Field("article_id", "string", "Stable id of the article (from its text)."),
    Field("origin", "string", "File (and record) the article was read from."),
    Field("title", "string", "Headline."),
    Field("outlet", "string", "Publishing outlet."),
    Field("url", "string", "Web address, when known."),
    Field("publication_date", "string", "ISO publication date."),
    Field("publication_date_estimated", "boolean", "True when the publication date was estimated "
          "from the URL, dateline or body."),
    Field("publication_date_earliest", "string", "First day the publication date may be, as "
          "the text bounds it (empty: open); the date itself where the publisher stated it."),
    Field("publication_date_latest", "string", "Last day the publication date may be (empty: "
          "open)."),
    Field("duplicate_of", "string", "Article this one is a near-copy of (not coded again)."),
    Field("story_id", "string", "The story the article belongs to."),
    Field("num_events", "integer", "Events coded from the article."),
)
ARTICLE_COLUMNS: list[str] = names(ARTICLE_FIELDS)


def yyyymmdd(event_date: str | None) -> int | None:
    """The date as an integer with 00 for an unknown month or day."""
    if not event_date or not year_known(event_date):
        return None
    parts = (event_date.split("-") + ["00", "00"])[:3]
    return int("".join(p.zfill(2) for p in parts))


def event_row(ev: Event) -> dict[str, Any]:
    """The canonical flat row of an event (nested fields spread into columns)."""
    loc = ev.location
    parts = ev.event_date.split("-") if ev.event_date else []
    start, end = period_bounds(ev.event_date)
    first = ev.sources[0] if ev.sources else None
    row = {
        "event_id": ev.event_id,
        "event_date": ev.event_date,
        "date_precision": ev.date_precision,
        "year": year_of(ev.event_date),
        "yyyymmdd": yyyymmdd(ev.event_date),
        "date_raw": ev.date_raw,
        "date_estimated": ev.date_estimated,
        "event_type": ev.event_type,
        "event_mode": ev.event_mode,
        "contexts": list(ev.contexts),
        "cameo_code": ev.cameo_code,
        "quad_class": ev.quad_class,
        "modality": ev.modality,
        "actor_names": [a.name for a in ev.actors],
        "actor_countries": [a.country for a in ev.actors],
        "actor_sectors": [a.sector for a in ev.actors],
        "recipient_names": [a.name for a in ev.recipients],
        "recipient_countries": [a.country for a in ev.recipients],
        "recipient_sectors": [a.sector for a in ev.recipients],
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geonames_id": loc.geonames_id if loc else None,
        "story_id": ev.story_id,
        "confidence": ev.confidence,
        "num_sources": len(ev.sources),
        "num_articles": len({s.article_id for s in ev.sources}),
        "num_outlets": len({s.outlet or s.origin for s in ev.sources}),
        "source_article_ids": [s.article_id for s in ev.sources],
        "source_urls": [s.url or s.origin for s in ev.sources],
        "first_sentence": first.sentence if first else None,
        "month": int(parts[1]) if len(parts) > 1 else None,
        "date_start": start,
        "date_end": end,
        "location_precision": loc.precision if loc else None,
        "goldstein": goldstein(ev.cameo_code),
        "source_outlets": [s.outlet for s in ev.sources],
        "negated": ev.negated,
    }
    assert list(row) == EVENT_COLUMNS  # one list of columns for every format and the codebook
    return row
