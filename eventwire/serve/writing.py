"""POST /articles: submitted articles go through the same pipeline as `eventwire ingest`.

Each article is prepared and coded, then linked and saved under the store's write lock
by `eventwire.pipeline.store_article`, against the link index caught up with any other
writer (an ingest running meanwhile); a thread lock serialises submissions to this
server. An article that fails is reported by position with the reason; the others are stored.
"""

from __future__ import annotations

import json
import threading
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from eventwire import pipeline
from eventwire.errors import EventwireError, InputError
from eventwire.options import MAX_FILE_BYTES, Options
from eventwire.prepare import prepare
from eventwire.read.jsonl import record_to_document
from eventwire.records import RawDocument
from eventwire.store import Store

router = APIRouter()
_LOCK = threading.Lock()


def parse_body(body: bytes) -> list[Any]:
    """A JSON list of article objects, or JSON Lines (one object a line)."""
    if len(body) > MAX_FILE_BYTES:
        raise HTTPException(413, f"body over {MAX_FILE_BYTES} bytes: send it in several requests")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise HTTPException(400, f"body is not UTF-8 ({err.reason})") from err
    try:
        if text.lstrip().startswith("["):
            items = json.loads(text)
            return list(items)
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as err:
        raise HTTPException(
            400, f"body is neither a JSON list nor JSON Lines ({err.msg}, line {err.lineno}): "
            'send [{"id": ..., "text": ..., "title": ..., "url": ..., "outlet": ..., '
            '"published": "YYYY-MM-DD"}] or one such object a line'
        ) from err


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
            try:
                raw: RawDocument = record_to_document(origin, obj)
                article = prepare(raw, options)
            except InputError as err:
                summary["failed"] += 1
                results.append({"index": number, "status": "failed",
                                "error": f"[{err.code}] {err.reason}"})
                continue
            result = None
            if not store.has_article(article.article_id):
                try:
                    result = pipeline.store_article(article, index, store)
                except Exception as err:  # noqa: BLE001 - one bad article must not stop the rest
                    summary["failed"] += 1
                    code = err.code if isinstance(err, EventwireError) else "E900"
                    results.append({"index": number, "article_id": article.article_id,
                                    "status": "failed", "error": f"[{code}] "
                                    f"({type(err).__name__}: {err}); report it with the article"})
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
)
async def submit_articles(request: Request) -> dict[str, Any]:
    """Articles as a JSON list or JSON Lines of {id, text, title, url, outlet, published}.

    Answers once they are coded and stored, with each article's status and event ids.
    """
    records = parse_body(await request.body())
    if not records:
        raise HTTPException(400, "no articles in the body: send at least one {\"text\": ...}")
    from starlette.concurrency import run_in_threadpool

    outcome = await run_in_threadpool(ingest_records, request.app.state.store, records)
    if outcome["failed"] == len(records):
        raise HTTPException(422, outcome)
    return outcome
