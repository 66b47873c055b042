"""The PLOVER profile: events in the PLOVER JSON layout (id, date, actor, recipient, event,
mode, context, event_loc, event_text), with the reports eventwire found as source info.

Nested, so JSON Lines and JSON only.
"""

from __future__ import annotations

from typing import Any

from eventwire.export.fields import Field
from eventwire.records import ActorRef, Event

PLOVER_FIELDS: tuple[Field, ...] = (
    Field("id", "string", "The eventwire event_id."),
    Field("date", "string", "ISO date at its precision."),
    Field("date_resolution", "string", "day, month or year."),
    Field("actor", "string", "First source actor: its name, else its country and sector code."),
    Field("actor_country", "string", "ISO alpha-3 country of the actor."),
    Field("actor_sector", "string", "Sector code of the actor."),
    Field("actors", "list[object]", "Every source actor as {name, country, sector}."),
    Field("recipient", "string", "First recipient, as actor."),
    Field("recipient_country", "string", "ISO alpha-3 country of the recipient."),
    Field("recipient_sector", "string", "Sector code of the recipient."),
    Field("recipients", "list[object]", "Every recipient as {name, country, sector}."),
    Field("event", "string", "PLOVER event type."),
    Field("mode", "string", "PLOVER mode."),
    Field("context", "list[string]", "PLOVER contexts."),
    Field("cameo", "string", "CAMEO code."),
    Field("quad_class", "integer", "1-4."),
    Field("modality", "string", "asserted, future or hypothetical."),
    Field("event_loc", "object", "{name, country, lat, lon, geonames_id, precision}, or null."),
    Field("event_text", "string", "The sentence of the first report."),
    Field("source", "string", "Outlet (else file) of the first report."),
    Field("source_url", "string", "URL of the first report."),
    Field("publication_date", "string", "Publication date of the first report."),
    Field("sources", "list[object]", "Every report: {article_id, outlet, title, url, "
          "publication_date, sentence, sentence_index}."),
    Field("confidence", "float", "Coder confidence, 0 to 1."),
    Field("negated", "boolean", "True when the sentence says the act did not happen."),
)


def _label(actor: ActorRef | None) -> str | None:
    if actor is None:
        return None
    return actor.name or " ".join(x for x in (actor.country, actor.sector) if x) or None


def plover_record(ev: Event, updated_at: str | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    a1 = ev.actors[0] if ev.actors else None
    r1 = ev.recipients[0] if ev.recipients else None
    loc = ev.location
    first = ev.sources[0] if ev.sources else None
    return {
        "id": ev.event_id,
        "date": ev.event_date,
        "date_resolution": ev.date_precision,
        "actor": _label(a1),
        "actor_country": a1.country if a1 else None,
        "actor_sector": a1.sector if a1 else None,
        "actors": [a.to_json() for a in ev.actors],
        "recipient": _label(r1),
        "recipient_country": r1.country if r1 else None,
        "recipient_sector": r1.sector if r1 else None,
        "recipients": [a.to_json() for a in ev.recipients],
        "event": ev.event_type,
        "mode": ev.event_mode,
        "context": list(ev.contexts),
        "cameo": ev.cameo_code,
        "quad_class": ev.quad_class,
        "modality": ev.modality,
        "event_loc": {
            "name": loc.name, "country": loc.country, "lat": loc.latitude, "lon": loc.longitude,
            "geonames_id": loc.geonames_id, "precision": loc.precision,
        } if loc else None,
        "event_text": first.sentence if first else None,
        "source": (first.outlet or first.origin) if first else None,
        "source_url": first.url if first else None,
        "publication_date": first.publication_date if first else None,
        "sources": [
            {k: v for k, v in s.to_json().items() if k != "origin"} for s in ev.sources
        ],
        "confidence": ev.confidence,
        "negated": ev.negated,
    }
