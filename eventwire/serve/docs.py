"""`/docs` from the fastapi-offline package, so the API docs work offline.

FastAPI's default pages load Swagger UI and ReDoc from a CDN: offline, or behind a
firewall, `/docs` was blank, and every visit told a third party about the server.
fastapi-offline (MIT, a plain FastAPI app factory) ships Swagger UI 5's release files and
serves them from this server (`/docs/assets/`). Swagger UI 5 is needed, not the 4 of the
older swagger-ui-bundle package: FastAPI writes OpenAPI 3.1, which Swagger UI 4 refuses
to render. Swagger UI's validator badge (a request to validator.swagger.io) is turned
off. ReDoc is not served: even its bundled copy fetches the Redocly logo from a CDN, and
Swagger UI shows the same OpenAPI document.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

ASSETS_URL = "/docs/assets"


def docs_app(**settings: Any) -> FastAPI:
    """A FastAPI app whose /docs uses only this server's files (and no /redoc)."""
    from fastapi_offline import FastAPIOffline

    app: FastAPI = FastAPIOffline(
        docs_url="/docs", redoc_url=None, static_url=ASSETS_URL,
        swagger_ui_parameters={"validatorUrl": None}, **settings,
    )
    return app
