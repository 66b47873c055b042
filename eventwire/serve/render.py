"""One page of rows as JSON, JSON Lines or CSV, always with an explicit link to the next page.

JSON carries `next` in the body; every format also carries it in a `Link: <...>; rel="next"`
header (and `X-Next-Cursor`), so a client that reads CSV or JSON Lines still sees
that more rows exist: results are never silently capped.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from eventwire.export.tables import LIST_SEPARATOR
from eventwire.serve.params import BadRequest, encode_cursor

FORMATS = ("json", "jsonl", "csv")
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise BadRequest(f"format={fmt!r} is not served: use one of " + ", ".join(FORMATS))
    return fmt


def _flat(value: Any) -> Any:
    """Lists joined with '; ' and objects as JSON, as the CSV exports do."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(
            "" if v is None else json.dumps(v) if isinstance(v, dict) else str(v) for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    handle = io.StringIO()
    writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(v) for k, v in row.items()})
    return handle.getvalue()


def page_response(
    request: Request,
    fmt: str,
    items: list[tuple[Any, dict[str, Any]]],
    limit: int,
    flat: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    columns: list[str] | None = None,
) -> Response:
    """Respond with up to limit of items (key, row); one more item means there is a next page.

    `flat` turns a row into its CSV row (the canonical export columns for events).
    """
    more = len(items) > limit
    items = items[:limit]
    rows = [row for _key, row in items]
    next_url = None
    headers: dict[str, str] = {}
    if more:
        cursor = encode_cursor(list(items[-1][0]) if isinstance(items[-1][0], tuple)
                               else [items[-1][0]])
        next_url = str(request.url.include_query_params(cursor=cursor))
        headers["Link"] = f'<{next_url}>; rel="next"'
        headers["X-Next-Cursor"] = cursor
    headers["X-Count"] = str(len(rows))
    if fmt == "json":
        body = {"count": len(rows), "limit": limit, "next": next_url, "data": rows}
        return JSONResponse(body, headers=headers)
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        return Response(text, media_type=MEDIA["jsonl"], headers=headers)
    table = [flat(r) for r in rows] if flat else rows
    cols = columns or (list(table[0]) if table else [])
    return Response(to_csv(table, cols), media_type=MEDIA["csv"], headers=headers)
