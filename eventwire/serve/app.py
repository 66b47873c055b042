"""The FastAPI application: the read and write routers, tokens, health, version, the page.

Reading is open unless a read token is set; writing always needs the write token and is
refused (403) when the operator set none. Tokens go in `Authorization: Bearer TOKEN`.
The explorer page, its static files and the API docs (/docs, offline) are always served:
they hold no data. /health says "ok" to anyone, and the database's counts only to a
reader who may read. Browsers get no CORS headers (same origin only) unless the operator
names origins (`--cors-origin`): then those origins, and only they, may read from scripts.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.errors import EventwireError
from eventwire.serve import reading, writing
from eventwire.serve.docs import docs_app
from eventwire.serve.params import BadRequest, no_nul
from eventwire.store import Store
from eventwire.store.schema import SCHEMA_VERSION

STATIC = Path(__file__).parent / "static"
_bearer = HTTPBearer(auto_error=False, description="the read or write token")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _matches(given: HTTPAuthorizationCredentials | None, *tokens: str | None) -> bool:
    if given is None:
        return False
    return any(t and secrets.compare_digest(given.credentials.encode(), t.encode())
               for t in tokens)


def _guards(
    write_token: str | None, read_token: str | None
) -> tuple[Callable[[Credentials], None], Callable[[Credentials], None]]:
    """Dependencies that check the read and the write token (the write token also reads)."""

    def can_read(creds: Credentials) -> None:
        if read_token and not _matches(creds, read_token, write_token):
            raise HTTPException(
                401, "this server needs a read token: send 'Authorization: Bearer TOKEN' "
                "(ask the operator for it)", headers={"WWW-Authenticate": "Bearer"},
            )

    def can_write(creds: Credentials) -> None:
        if not write_token:
            raise HTTPException(
                403, "writing is disabled: the operator started the server without a write "
                "token (eventwire serve --token TOKEN or EVENTWIRE_TOKEN)",
            )
        if not _matches(creds, write_token):
            raise HTTPException(
                401, "submitting articles needs the write token: send "
                "'Authorization: Bearer TOKEN'", headers={"WWW-Authenticate": "Bearer"},
            )

    return can_read, can_write


def check_origins(origins: Sequence[str]) -> list[str]:
    """Origins as browsers send them (scheme://host[:port], no path or trailing slash), or
    "*" for any; a value that cannot match any browser's Origin is an error, not a no-op."""
    kept: list[str] = []
    for origin in origins:
        value = origin.strip().rstrip("/")
        scheme, _, rest = value.partition("://")
        if value != "*" and (scheme not in ("http", "https") or not rest or "/" in rest):
            raise EventwireError(
                "E610", f"CORS origin {origin!r} is not an origin",
                "give scheme and host as a browser sends them, such as "
                "https://example.org or http://localhost:3000 (or * for any origin)",
            )
        kept.append(value)
    return kept


def create_app(
    store_url: str, write_token: str | None = None, read_token: str | None = None,
    cors_origins: Sequence[str] = (),
) -> FastAPI:
    """The API and explorer over the database at store_url; cors_origins may read it from
    scripts on their pages (none by default: same origin only)."""
    origins = check_origins(cors_origins)
    app = docs_app(
        dependencies=[Depends(no_nul)],
        title="eventwire",
        version=__version__,
        description="Sourced political events from news articles, coded in PLOVER. Filters "
        "follow the ACLED API (country=A|B, event_date=2022-01-01|2022-12-31 with "
        "event_date_where=BETWEEN, event_type, actor, timestamp); every list is paginated "
        "by cursor with an explicit `next` link.",
    )
    app.state.store = Store(store_url)
    can_read, can_write = _guards(write_token, read_token)

    @app.exception_handler(BadRequest)
    async def _bad_request(_request: Request, exc: BadRequest) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(EventwireError)
    async def _eventwire_error(_request: Request, exc: EventwireError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=500)

    app.include_router(reading.router, dependencies=[Depends(can_read)])
    app.include_router(writing.router, dependencies=[Depends(can_write)])

    @app.get("/health", tags=["meta"], summary="Is the database reachable (counts to readers)")
    def health(creds: Credentials) -> dict[str, Any]:
        """`ok` and the version to anyone; the article and event counts only to a client
        that may read (everyone, unless a read token is set)."""
        counts = app.state.store.counts()  # also the check that the database answers
        status = {"status": "ok", "eventwire": __version__}
        if read_token and not _matches(creds, read_token, write_token):
            return status
        return {**status, **counts}

    @app.get("/version", tags=["meta"], summary="eventwire and schema versions")
    def version() -> dict[str, Any]:
        return {"eventwire": __version__, "schema_version": SCHEMA_VERSION,
                "read_token_required": bool(read_token), "writing_enabled": bool(write_token)}

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    if origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            expose_headers=["Link", "X-Next-Cursor", "X-Count"], max_age=600,
        )
    return app
