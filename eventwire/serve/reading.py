"""GET endpoints: events, articles (and one article's text), stories and actors, paginated."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from eventwire.export import ARTICLE_COLUMNS, EVENT_COLUMNS, event_row
from eventwire.records import Event
from eventwire.serve import params
from eventwire.serve.render import check_format, page_response
from eventwire.store import EventFilter, Store

router = APIRouter()

Limit = Annotated[int, Query(description=f"rows per page, 1 to {params.MAX_LIMIT}")]
Cursor = Annotated[str | None, Query(description="from the previous page's `next` link")]
Format = Annotated[str, Query(description="json, jsonl or csv")]
Stamp = Annotated[
    str | None,
    Query(description="only rows stored or updated since: Unix seconds or ISO date/time"),
]
EVENT_CSV_COLUMNS = [*EVENT_COLUMNS, "updated_at"]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _event_csv(row: dict[str, Any]) -> dict[str, Any]:
    return {**event_row(Event.from_json(row)), "updated_at": row.get("updated_at")}


@router.get("/events", tags=["read"], summary="Events, filtered, oldest first")
def list_events(
    request: Request,
    country: Annotated[
        str | None, Query(description="ISO3 or name of an actor's or recipient's country: "
                          "ARM|AZE or Armenia")
    ] = None,
    event_date: Annotated[
        str | None, Query(description="a date, or two with BETWEEN: 2022-01-01|2022-12-31")
    ] = None,
    event_date_where: Annotated[
        str | None, Query(description="=, BETWEEN, >, >=, <, <= (default = or BETWEEN)")
    ] = None,
    since: Annotated[str | None, Query(description="events on or after (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="events on or before")] = None,
    event_type: Annotated[str | None, Query(description="PLOVER types: CONSULT|AGREE")] = None,
    actor: Annotated[str | None, Query(description="part of an actor's name, or ISO3")] = None,
    q: Annotated[str | None, Query(description="text anywhere in the event or its sentences")]
    = None,
    story_id: str | None = None,
    modality: Annotated[str | None, Query(description="asserted|future|hypothetical")] = None,
    min_confidence: float = 0.0,
    negated: Annotated[
        str | None, Query(description="false (default: acts a sentence denies left out), "
                          "true (only them) or all")
    ] = None,
    timestamp: Stamp = None,
    limit: Limit = params.DEFAULT_LIMIT,
    cursor: Cursor = None,
    format: Format = "json",  # noqa: A002 - the ACLED parameter name
) -> Response:
    """Full event records (JSON, JSON Lines) or the canonical flat table (CSV)."""
    lo, hi = params.date_range(event_date, event_date_where, since, until)
    flt = EventFilter(
        types=params.event_types(event_type), actor=actor or None,
        countries=params.countries(country), since=lo, until=hi,
        min_confidence=min_confidence, story_id=story_id or None,
        include_modalities=params.modalities(modality),
        updated_since=params.timestamp(timestamp), text=q or None,
        negated=params.negated(negated),
    )
    size = params.check_limit(limit)
    fmt = check_format(format)
    key = params.decode_cursor(cursor, 2, nullable=(0,))
    items = _store(request).page_events(flt, key, size + 1)
    return page_response(request, fmt, list(items), size, _event_csv, EVENT_CSV_COLUMNS)


@router.get(
    "/events/deleted", tags=["read"],
    summary="Tombstones of events removed (merged into another, or withdrawn) since a time",
)
def list_deleted_events(
    request: Request,
    since: Annotated[
        str | None, Query(description="removed at or after: Unix seconds or ISO date/time")
    ] = None,
    timestamp: Stamp = None,
    limit: Limit = params.DEFAULT_LIMIT,
    cursor: Cursor = None,
    format: Format = "json",  # noqa: A002
) -> Response:
    """As ACLED's deleted-events list: `{event_id, deleted_at, reason, replaced_by, story_id}`;
    a mirror applies these after `/events?timestamp=` of the same time to stay exact."""
    size = params.check_limit(limit)
    fmt = check_format(format)
    rows = _store(request).page_deleted(
        params.timestamp(since or timestamp), params.decode_cursor(cursor, 2), size + 1
    )
    return page_response(request, fmt, list(rows), size, None,
                         ["event_id", "deleted_at", "reason", "replaced_by", "story_id"])


@router.get("/articles", tags=["read"], summary="Articles (without their text)")
def list_articles(
    request: Request,
    story_id: str | None = None,
    published_since: str | None = None,
    published_until: str | None = None,
    timestamp: Stamp = None,
    limit: Limit = params.DEFAULT_LIMIT,
    cursor: Cursor = None,
    format: Format = "json",  # noqa: A002
) -> Response:
    size = params.check_limit(limit)
    fmt = check_format(format)
    rows = _store(request).page_articles(
        params.decode_cursor(cursor, 1), size + 1, story_id=story_id or None,
        updated_since=params.timestamp(timestamp),
        since=params.day_bound(published_since, "published_since"),
        until=params.day_bound(published_until, "published_until", last=True),
    )
    items = [(r["article_id"], r) for r in rows]
    return page_response(request, fmt, items, size, None, [*ARTICLE_COLUMNS, "ingested_at"])


@router.get("/articles/{article_id:path}", tags=["read"], summary="One article with its text")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """The article's text, so a reader sees an event's sentences in context."""
    found = _store(request).article(article_id)
    if found is None:
        raise HTTPException(
            404, f"no article {article_id!r} in this database: take ids from /articles or "
            "from an event's sources"
        )
    return found


@router.get("/stories", tags=["read"], summary="Stories: articles that share a story_id")
def list_stories(
    request: Request, timestamp: Stamp = None, limit: Limit = params.DEFAULT_LIMIT,
    cursor: Cursor = None, format: Format = "json",  # noqa: A002
) -> Response:
    """Each story's size, dates and updated_at; its events are /events?story_id=..."""
    size = params.check_limit(limit)
    fmt = check_format(format)
    rows = _store(request).page_stories(params.decode_cursor(cursor, 1), size + 1,
                                        updated_since=params.timestamp(timestamp))
    items = [(r["story_id"], r) for r in rows]
    return page_response(request, fmt, items, size)


@router.get("/actors", tags=["read"], summary="Actors with their number of events")
def list_actors(
    request: Request,
    actor: Annotated[str | None, Query(description="part of the name")] = None,
    country: Annotated[str | None, Query(description="ISO3 codes or names: ARM|Azerbaijan")]
    = None,
    limit: Limit = params.DEFAULT_LIMIT, cursor: Cursor = None,
    format: Format = "json",  # noqa: A002
) -> Response:
    size = params.check_limit(limit)
    fmt = check_format(format)
    rows = _store(request).page_actors(
        params.decode_cursor(cursor, 3), size + 1, name=actor or None,
        countries=params.countries(country),
    )
    items = [((r["name"] or "", r["country"] or "", r["sector"] or ""), r) for r in rows]
    return page_response(request, fmt, items, size)
