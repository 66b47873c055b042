"""POST /articles: submitted articles go through the same pipeline as `eventwire ingest`.

Each article is prepared and coded, then linked and saved under the store's write lock
by `eventwire.pipeline.store_article`, against the link index caught up with any other
writer (an ingest running meanwhile); a thread lock serialises submissions to this
server. An article that fails is reported by position with the reason; the others are stored.
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from eventwire import pipeline
from eventwire.errors import EventwireError, InputError
from eventwire.options import Options
from eventwire.prepare import prepare
from eventwire.read.jsonl import record_to_document
from eventwire.records import RawDocument
from eventwire.serve.body import (
    BadRecord,
    check_content_type,
    check_declared_length,
    parse_records,
    read_limited,
)
from eventwire.store import Store

router = APIRouter()
_LOCK = threading.Lock()


#: Metadata fields and the JSON types each may have (None = absent); anything else, such as
#: `"title": 5`, used to fail the whole request deep in the pipeline with a 500.
FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,), "id": (str, int), "title": (str,), "url": (str,), "outlet": (str,),
    "published": (str,), "publication_date": (str,),
}


def check_fields(origin: str, obj: Any) -> None:
    """Refuse an article whose fields have the wrong JSON type, naming the field."""
    if not isinstance(obj, dict):
        return  # record_to_document names this (E121)
    for name, types in FIELD_TYPES.items():
        value = obj.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, types):
            wanted = " or ".join("a string" if t is str else "an integer" for t in types)
            raise InputError(origin, "E607", f"field {name!r} must be {wanted}, "
                             f"not {type(value).__name__}", "fix that field and send it again")
        if isinstance(value, str) and "\x00" in value:  # PostgreSQL cannot store it
            raise InputError(origin, "E612", f"field {name!r} holds a NUL character (\\u0000)",
                             "remove it and send the article again")


def _one_line(err: Exception) -> str:
    """The exception's type and first line (a database error carries its SQL below)."""
    lines = str(err).strip().splitlines()
    return f"{type(err).__name__}: {lines[0][:300] if lines else ''}"


def _refused(number: int, code: str, reason: str, article_id: str | None = None
             ) -> dict[str, Any]:
    row: dict[str, Any] = {"index": number, "status": "failed", "error": f"[{code}] {reason}"}
    if article_id is not None:
        row["article_id"] = article_id
    return row


def ingest_records(store: Store, records: list[Any]) -> dict[str, Any]:
    """Store what can be stored; report per article, never dropping one silently."""
    options = Options(db_url=store.url)
    results: list[dict[str, Any]] = []
    summary = {"received": len(records), "stored": 0, "already_stored": 0, "failed": 0,
               "events": 0}
    with _LOCK:
        index = store.kept_index()
        for number, obj in enumerate(records):
            origin = f"POST /articles [{number}]"
            if isinstance(obj, BadRecord):
                summary["failed"] += 1
                results.append(_refused(number, obj.code, f"{origin}: {obj.reason}"))
                continue
            try:
                check_fields(origin, obj)
                raw: RawDocument = record_to_document(origin, obj)
                article = prepare(raw, options)
            except InputError as err:
                summary["failed"] += 1
                results.append(_refused(number, err.code, err.reason + (
                    f"; {err.remedy}" if err.remedy else "")))
                continue
            except Exception as err:  # noqa: BLE001 - one bad article must not stop the rest
                summary["failed"] += 1
                results.append(_refused(number, "E608", f"{origin}: could not be prepared "
                                        f"({_one_line(err)}); report it with the "
                                        "article"))
                continue
            result = None
            try:
                if not store.has_article(article.article_id):
                    result = pipeline.store_article(article, index, store)
            except Exception as err:  # noqa: BLE001 - one bad article must not stop the rest
                summary["failed"] += 1
                code = err.code if isinstance(err, EventwireError) else "E900"
                results.append(_refused(number, code, f"{origin}: not stored ({_one_line(err)}"
                                        "); report it with the article", article.article_id))
                continue
            if result is None:  # stored before, or by another writer meanwhile
                summary["already_stored"] += 1
                results.append({"index": number, "article_id": article.article_id,
                                "status": "already_stored"})
                continue
            summary["stored"] += 1
            summary["events"] += len(result.events)
            results.append({
                "index": number, "article_id": article.article_id, "status": "stored",
                "duplicate_of": result.duplicate_of, "story_id": result.story_id,
                "event_ids": [e.event_id for e in result.events],
            })
    return {**summary, "articles": results}


@router.post(
    "/articles", tags=["write"], summary="Submit articles for ingestion (write token)",
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
        "application/x-ndjson": {"schema": {"type": "string"}},
    }}},
    responses={
        400: {"description": "no article, a body not UTF-8, or a JSON list that does not parse"},
        401: {"description": "no or wrong write token"},
        403: {"description": "writing is disabled on this server"},
        413: {"description": "body over 20 MB: split it over several requests"},
        415: {"description": "body declared as something other than JSON or JSON Lines"},
        422: {"description": "no article usable: each one's reason, by position"},
    },
)
async def submit_articles(request: Request) -> dict[str, Any]:
    """Articles as a JSON list or JSON Lines of {id, text, title, url, outlet, published}.

    Answers once they are coded and stored, with each article's status and event ids;
    an article refused says why by its position, and its siblings are stored all the same.
    422 only when no article was usable; 413 past 20 MB; 415 for a body declared as
    something other than JSON or JSON Lines.
    """
    check_content_type(request.headers.get("content-type"))
    check_declared_length(request.headers.get("content-length"))
    records = parse_records(await read_limited(request.stream()))
    if not records:
        raise HTTPException(
            400, "[E609] no articles in the body: send at least one {\"text\": ...}"
        )
    outcome = await run_in_threadpool(ingest_records, request.app.state.store, records)
    if outcome["failed"] == len(records):
        raise HTTPException(422, outcome)
    return outcome
