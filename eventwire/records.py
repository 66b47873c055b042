"""The plain records that flow between pipeline stages.

Every stage takes and returns these frozen dataclasses, so a stage can be run
on its own (in a test, in a batch engine, in another process) without any of
the others. JSON field names produced by ``to_json`` are a public interface.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class RawDocument:
    """What a reader found in a file before cleaning: the text and its metadata."""

    origin: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    given_id: str | None = None
    is_html: bool = False
    #: Where in the input it was read (``file:line`` for JSON Lines, ``file#record`` for
    #: WARC and feeds), for messages: ``origin`` may be the page's URL, which names no file.
    location: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article ready for language analysis."""

    article_id: str
    origin: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    publication_date: str | None = None
    publication_date_estimated: bool = False
    #: The days the publication date may fall on, as the text bounds them (None: open);
    #: both equal ``publication_date`` where the publisher stated it.
    publication_date_earliest: str | None = None
    publication_date_latest: str | None = None


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class ActorRef:
    """Who an actor is: a name where known, an ISO3 or PLOVER country code, a sector."""

    name: str | None
    country: str | None
    sector: str | None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "sector": self.sector}


@dataclass(frozen=True)
class ActorMention:
    """A stretch of text that refers to an actor, with the actor it resolved to."""

    text: str
    start: int
    end: int
    actor: ActorRef


@dataclass(frozen=True)
class TimeExpr:
    """A time expression normalised to a TIMEX3 value against an anchor date."""

    text: str
    start: int
    end: int
    value: str
    precision: str  # day, week, month, quarter, season, year, decade, time, duration, ref, set
    type: str  # DATE, TIME, DURATION, SET
    anchor: str | None


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    precision: str = "city"  # city, region, country

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class PlaceMention:
    text: str
    start: int
    end: int
    place: Place


@dataclass(frozen=True)
class Analysis:
    """An article with everything the language layer found in it.

    ``doc`` is the spaCy Doc; it is kept out of equality and JSON because it is
    a large mutable object, but the coder needs its dependency parse.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    actors: tuple[ActorMention, ...]
    times: tuple[TimeExpr, ...]
    places: tuple[PlaceMention, ...]
    doc: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Source:
    """One report of an event: which article and which exact sentence."""

    article_id: str
    origin: str
    outlet: str | None
    title: str | None
    url: str | None
    publication_date: str | None
    sentence: str
    sentence_index: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Claim:
    """What one article states about one fact of an event (a date, place, number or party).

    Merged events keep every article's claims so that a later report can still be
    compared with each earlier one, not only with the merged summary of them.
    """

    field: str  # date, place, participants, killed, troops, money, ...
    value: str
    article_id: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Disagreement:
    """A fact the sources of one event state differently: each version with its articles."""

    field: str
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, article ids), most supported first

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "values": [{"value": v, "sources": list(ids)} for v, ids in self.values],
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> Disagreement:
        return Disagreement(
            field=data["field"],
            values=tuple((v["value"], tuple(v["sources"])) for v in data.get("values") or ()),
        )


@dataclass(frozen=True)
class Event:
    """One political event with all the reports that support it."""

    event_id: str
    event_type: str
    event_mode: str | None
    contexts: tuple[str, ...]
    cameo_code: str | None
    quad_class: int | None
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    event_date: str | None
    date_precision: str | None
    date_raw: str | None
    date_estimated: bool
    location: Place | None
    sources: tuple[Source, ...]
    story_id: str | None = None
    confidence: float = 0.5
    modality: str = "asserted"  # asserted, future, hypothetical
    #: The sentence says the act did not happen ("did not meet", "failed to sign"): kept
    #: on the record, with its source, but never counted as an event that took place.
    negated: bool = False
    claims: tuple[Claim, ...] = ()  # every article's stated facts (set by the link stage)
    disagreements: tuple[Disagreement, ...] = ()  # facts the sources state differently

    def to_json(self) -> dict[str, Any]:
        outlets = {s.outlet or s.origin for s in self.sources}
        return {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "event_mode": self.event_mode,
            "contexts": list(self.contexts),
            "cameo_code": self.cameo_code,
            "quad_class": self.quad_class,
            "actors": [a.to_json() for a in self.actors],
            "recipients": [a.to_json() for a in self.recipients],
            "event_date": self.event_date,
            "date_precision": self.date_precision,
            "date_raw": self.date_raw,
            "date_estimated": self.date_estimated,
            "location": self.location.to_json() if self.location else None,
            "sources": [s.to_json() for s in self.sources],
            "story_id": self.story_id,
            "confidence": self.confidence,
            "modality": self.modality,
            "negated": self.negated,
            "num_sources": len(self.sources),
            "num_articles": len({s.article_id for s in self.sources}),
            "num_outlets": len(outlets),
            "claims": [c.to_json() for c in self.claims],
            "disagreements": [d.to_json() for d in self.disagreements],
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> Event:
        loc = data.get("location")
        return Event(
            event_id=data["event_id"],
            event_type=data["event_type"],
            event_mode=data.get("event_mode"),
            contexts=tuple(data.get("contexts") or ()),
            cameo_code=data.get("cameo_code"),
            quad_class=data.get("quad_class"),
            actors=tuple(ActorRef(**a) for a in data.get("actors") or ()),
            recipients=tuple(ActorRef(**a) for a in data.get("recipients") or ()),
            event_date=data.get("event_date"),
            date_precision=data.get("date_precision"),
            date_raw=data.get("date_raw"),
            date_estimated=bool(data.get("date_estimated")),
            location=Place(**loc) if loc else None,
            sources=tuple(Source(**s) for s in data.get("sources") or ()),
            story_id=data.get("story_id"),
            confidence=float(data.get("confidence", 0.5)),
            modality=data.get("modality", "asserted"),
            negated=bool(data.get("negated", False)),
            claims=tuple(Claim(**c) for c in data.get("claims") or ()),
            disagreements=tuple(
                Disagreement.from_json(d) for d in data.get("disagreements") or ()
            ),
        )
