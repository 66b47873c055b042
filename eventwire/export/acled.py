"""The ACLED profile: ACLED's column names and categories, filled from eventwire events.

ACLED records political violence, demonstrations and "strategic developments"; PLOVER
covers diplomacy too. Each PLOVER type (and mode) maps to one ACLED event and sub-event
type by the first matching rule of ``ACLED_RULES`` (printed in docs/codebook.md);
verbal and diplomatic events become "Strategic developments / Other", never dropped, and
the PLOVER coding is kept in ``tags``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventwire.dates import period_bounds, year_of
from eventwire.export.countries import country_name, iso_numeric
from eventwire.export.fields import Field
from eventwire.records import ActorRef, Event

ACLED_FIELDS: tuple[Field, ...] = (
    Field("event_id_cnty", "string", "Country code of the event (location, else first actor) "
          "followed by the eventwire event_id."),
    Field("event_date", "string", "YYYY-MM-DD; the first day of the period when only the month "
          "or year is known (see time_precision)."),
    Field("year", "integer", "YYYY."),
    Field("time_precision", "integer", "1 exact day, 3 month or year only (ACLED's scale)."),
    Field("disorder_type", "string", "Political violence, Demonstrations, Political violence; "
          "Demonstrations, or Strategic developments."),
    Field("event_type", "string", "ACLED event type, mapped from PLOVER (rules below)."),
    Field("sub_event_type", "string", "ACLED sub-event type, mapped from PLOVER (rules below)."),
    Field("actor1", "string", "First source actor as ACLED names actors (\"Military Forces of "
          "Azerbaijan\"); the person's name when no country and sector are known."),
    Field("assoc_actor_1", "string", "The other source actors, \"; \"-joined."),
    Field("inter1", "integer", "Actor type: 1 state forces, 2 rebels, 5 rioters, 6 protesters, "
          "7 civilians, 8 external/other forces; empty when the sector is unknown."),
    Field("actor2", "string", "First recipient, named as actor1."),
    Field("assoc_actor_2", "string", "The other recipients, \"; \"-joined."),
    Field("inter2", "integer", "Actor type of actor2; 0 when there is none."),
    Field("interaction", "integer", "The two actor types, lower first (18 = state forces with "
          "external forces; 10 = state forces alone)."),
    Field("civilian_targeting", "string", "\"Civilian targeting\" for violence against civilians."),
    Field("iso", "integer", "ISO 3166-1 numeric code of the country."),
    Field("region", "string", "ACLED region (filled for Europe, the Caucasus, Central Asia and "
          "the Middle East; empty elsewhere)."),
    Field("country", "string", "Country name."),
    Field("admin1", "string", "First-level subdivision; eventwire does not resolve it (empty)."),
    Field("location", "string", "Place name."),
    Field("latitude", "float", "WGS84."),
    Field("longitude", "float", "WGS84."),
    Field("geo_precision", "integer", "1 the town itself, 3 a region or country."),
    Field("source", "string", "Outlets of the reports, \"; \"-joined."),
    Field("source_scale", "string", "ACLED's source scale; eventwire does not know it (empty)."),
    Field("notes", "string", "The sentence of the first report."),
    Field("fatalities", "integer", "Not extracted by eventwire (empty, not 0)."),
    Field("tags", "string", "The PLOVER coding: plover=TYPE; mode=...; cameo=...; contexts=..."),
    Field("timestamp", "integer", "Unix time when the event was last stored or updated."),
)


@dataclass(frozen=True)
class AcledRule:
    """PLOVER type (+ optional modes, context, CAMEO code) → ACLED event and sub-event type."""

    event: str
    modes: frozenset[str] | None
    context: str | None
    cameo: str | None
    event_type: str
    sub_event_type: str


def _r(event: str, modes: str | None, event_type: str, sub: str, context: str | None = None,
       cameo: str | None = None) -> AcledRule:
    found = frozenset(modes.split()) if modes else None
    return AcledRule(event, found, context, cameo, event_type, sub)


_EXPLOSIONS, _VAC, _SD = "Explosions/Remote violence", "Violence against civilians", \
    "Strategic developments"
ACLED_RULES: tuple[AcledRule, ...] = (
    _r("ASSAULT", "heavy-weapons", _EXPLOSIONS, "Shelling/artillery/missile attack"),
    _r("ASSAULT", "aerial", _EXPLOSIONS, "Air/drone strike"),
    _r("ASSAULT", "explosives", _EXPLOSIONS, "Remote explosive/landmine/IED"),
    _r("ASSAULT", "suicide-attack", _EXPLOSIONS, "Suicide bomb"),
    _r("ASSAULT", "sexual", _VAC, "Sexual violence"),
    _r("ASSAULT", "abduct", _VAC, "Abduction/forced disappearance"),
    _r("ASSAULT", "beat torture assassinate massacre cleansing", _VAC, "Attack"),
    _r("ASSAULT", "seize destroy", _SD, "Looting/property destruction"),
    _r("ASSAULT", None, "Battles", "Armed clash"),  # civilian recipients: VAC/Attack instead
    _r("PROTEST", "riot", "Riots", "Violent demonstration"),
    _r("PROTEST", None, "Protests", "Peaceful protest"),
    _r("MOBILIZE", None, _SD, "Change to group/activity"),
    _r("COERCE", "arrest", _SD, "Arrests"),
    _r("COERCE", "seize", _SD, "Non-violent transfer of territory", context="military"),
    _r("COERCE", "seize destroy", _SD, "Looting/property destruction"),
    _r("RETREAT", "ceasefire release return", _SD, "Agreement"),
    _r("RETREAT", "withdraw", _SD, "Non-violent transfer of territory"),
    _r("RETREAT", "disarm", _SD, "Change to group/activity"),
    _r("SUPPORT", None, _SD, "Agreement", cameo="057"),
    _r("*", None, _SD, "Other"),
)

_DISORDER = {
    "Battles": "Political violence", _EXPLOSIONS: "Political violence", _VAC: "Political violence",
    "Riots": "Political violence; Demonstrations", "Protests": "Demonstrations",
    _SD: "Strategic developments",
}
#: Sectors whose members ACLED counts as civilians when they are the target of violence.
CIVILIAN_SECTORS = frozenset(
    ["CVL", "PPL", "EDU", "MED", "JRN", "REL", "HRI", "LAB", "BUS", "AGR", "REF", "ENV", "PRE",
     "RAD"]
)
STATE_SECTORS = frozenset(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"])
_INSTITUTION = {
    "GOV": "Government of {}", "MIL": "Military Forces of {}", "COP": "Police Forces of {}",
    "LEG": "Legislature of {}", "JUD": "Judiciary of {}", "SPY": "Intelligence Services of {}",
    "CVL": "Civilians ({})", "PPL": "Civilians ({})", "REB": "Rebel Group ({})",
    "OPP": "Opposition ({})", "PTY": "Political Party ({})", "JRN": "Journalists ({})",
    "MED": "Health Workers ({})",
    "LAB": "Labor Group ({})", "EDU": "Students ({})", "REL": "Religious Group ({})",
}
_REGIONS = {
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Europe": "RUS UKR BLR MDA POL LTU LVA EST FIN SWE NOR DNK DEU FRA GBR IRL NLD BEL LUX CHE "
              "AUT ITA ESP PRT GRC CYP BGR ROU HUN SVK CZE SVN HRV SRB BIH MNE MKD ALB XKX MLT "
              "ISL",
    "Middle East": "TUR IRN IRQ SYR LBN ISR PSE JOR SAU YEM OMN ARE QAT BHR KWT EGY",
}
ACLED_REGION = {iso: region for region, codes in _REGIONS.items() for iso in codes.split()}


def acled_type(ev: Event) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) of an event: the first rule that matches."""
    for rule in ACLED_RULES:
        if rule.event not in ("*", ev.event_type):
            continue
        if rule.modes is not None and ev.event_mode not in rule.modes:
            continue
        if rule.context and rule.context not in ev.contexts:
            continue
        if rule.cameo and ev.cameo_code != rule.cameo:
            continue
        if (rule.event, rule.modes) == ("ASSAULT", None) and any(
            r.sector in CIVILIAN_SECTORS for r in ev.recipients
        ):
            return _VAC, "Attack"
        return rule.event_type, rule.sub_event_type
    raise AssertionError("the last ACLED rule matches every event")  # pragma: no cover


def actor_name(actor: ActorRef) -> str | None:
    """ACLED-style actor: the institution when country and sector are known, else the name."""
    country = country_name(actor.country)
    if country and actor.sector in _INSTITUTION:
        return _INSTITUTION[actor.sector].format(country)
    return actor.name or " ".join(x for x in (actor.country, actor.sector) if x) or None


def inter_code(actor: ActorRef, ev: Event, event_type: str) -> int | None:
    """ACLED actor type (1 state, 2 rebels, 5 rioters, 6 protesters, 7 civilians, 8 other)."""
    if country_name(actor.country) is None and actor.country:
        return 8  # international bodies (EUR, NGO, IGO...)
    if actor.sector in STATE_SECTORS:
        home = ev.location.country if ev.location else actor.country
        return 1 if actor.country in (None, home) else 8
    if actor.sector in ("REB", "INS"):
        return 2
    if event_type in ("Riots", "Protests") and actor in ev.actors:
        return 5 if event_type == "Riots" else 6
    if actor.sector in CIVILIAN_SECTORS:
        return 7
    return None


def _interaction(inter1: int | None, inter2: int) -> int | None:
    if inter1 is None:
        return None
    if inter2 == 0:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _timestamp(updated_at: str | None) -> int | None:
    return int(datetime.fromisoformat(updated_at).timestamp()) if updated_at else None


def _associates(main: ActorRef | None, others: tuple[ActorRef, ...]) -> str | None:
    """The other actors' ACLED names, "; "-joined, without repeating the main one."""
    skip = actor_name(main) if main else None
    found = dict.fromkeys(n for n in (actor_name(a) for a in others) if n and n != skip)
    return "; ".join(found) or None


def acled_row(ev: Event, updated_at: str | None = None) -> dict[str, Any]:
    """One event as a row of ACLED's event table."""
    event_type, sub = acled_type(ev)
    loc = ev.location
    iso3 = (loc.country if loc else None) or next((a.country for a in ev.actors if a.country), None)
    a1 = ev.actors[0] if ev.actors else None
    a2 = ev.recipients[0] if ev.recipients else None
    inter1 = inter_code(a1, ev, event_type) if a1 else None
    inter2 = (inter_code(a2, ev, event_type) or 0) if a2 else 0
    tags = [f"plover={ev.event_type}"] + [
        f"{k}={v}" for k, v in (("mode", ev.event_mode), ("cameo", ev.cameo_code),
                                ("contexts", ",".join(ev.contexts))) if v
    ]
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{ev.event_id}",
        "event_date": period_bounds(ev.event_date)[0],
        "year": year_of(ev.event_date),
        "time_precision": (1 if ev.date_precision == "day" else 3) if ev.event_date else None,
        "disorder_type": _DISORDER[event_type],
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": actor_name(a1) if a1 else None,
        "assoc_actor_1": _associates(a1, ev.actors[1:]),
        "inter1": inter1,
        "actor2": actor_name(a2) if a2 else None,
        "assoc_actor_2": _associates(a2, ev.recipients[1:]),
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event_type == _VAC else None,
        "iso": iso_numeric(iso3),
        "region": ACLED_REGION.get(iso3 or ""),
        "country": country_name(iso3),
        "admin1": None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": (1 if loc.precision == "city" else 3) if loc else None,
        "source": "; ".join(sorted({s.outlet for s in ev.sources if s.outlet})) or None,
        "source_scale": None,
        "notes": ev.sources[0].sentence if ev.sources else None,
        "fatalities": None,
        "tags": "; ".join(tags),
        "timestamp": _timestamp(updated_at),
    }
