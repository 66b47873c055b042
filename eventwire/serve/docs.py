"""`/docs`: Swagger UI from the swagger-ui-bundle package, so the API docs work offline.

FastAPI's default page loads Swagger UI's script, CSS and favicon from a CDN: offline, or
behind a firewall, `/docs` was blank, and every visit told a third party about the server.
The pip package swagger-ui-bundle (kept by the connexion maintainers, Apache-2.0) ships
Swagger UI's release files; they are served from `/docs/assets/`. Swagger UI's validator
badge (a request to validator.swagger.io) is turned off. ReDoc is not served: it has no
offline bundle on PyPI, and Swagger UI shows the same OpenAPI document.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

DOCS_URL = "/docs"
ASSETS_URL = "/docs/assets"


def add_docs(app: FastAPI) -> None:
    """Serve /docs and its assets from the installed swagger-ui-bundle."""
    from swagger_ui_bundle import swagger_ui_path

    @app.get(DOCS_URL, include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} API",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    app.mount(ASSETS_URL, StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")
