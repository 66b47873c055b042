"""What the server tells whom: /health's counts only to readers, CORS headers only for the
origins the operator named, and /docs served whole from this server (no CDN), checked in
real headless Chromium where it is installed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.errors import EventwireError
from eventwire.serve import create_app
from eventwire.serve.app import STATIC
from tests.serve.conftest import LiveServer

EXTERNAL = re.compile(r"""(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}""", re.IGNORECASE)


@pytest.fixture(scope="module")
def client(demo_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db, "w", None)) as test_client:
        yield test_client


def test_health_counts_only_for_readers(demo_db: str) -> None:
    with TestClient(create_app(demo_db, "w", "r")) as locked:
        anonymous = locked.get("/health")
        assert anonymous.status_code == 200
        assert set(anonymous.json()) == {"status", "eventwire"}
        wrong = locked.get("/health", headers={"Authorization": "Bearer nope"}).json()
        assert "events" not in wrong and "articles" not in wrong
        for token in ("r", "w"):
            counted = locked.get("/health", headers={"Authorization": f"Bearer {token}"}).json()
            assert counted["status"] == "ok" and counted["events"] > 20
    with TestClient(create_app(demo_db, None, None)) as open_reading:
        assert open_reading.get("/health").json()["articles"] > 0


def test_no_cors_headers_by_default(client: TestClient) -> None:
    got = client.get("/events?limit=1", headers={"Origin": "https://elsewhere.example"})
    assert got.status_code == 200 and "access-control-allow-origin" not in got.headers
    preflight = client.options("/events", headers={
        "Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_for_the_named_origins_only(demo_db: str) -> None:
    app = create_app(demo_db, "w", None, cors_origins=["https://ok.example/", "http://localhost:3000"])
    with TestClient(app) as client:
        for origin in ("https://ok.example", "http://localhost:3000"):
            got = client.get("/events?limit=1", headers={"Origin": origin})
            assert got.headers["access-control-allow-origin"] == origin
            assert "link" in got.headers["access-control-expose-headers"].lower()
        preflight = client.options("/articles", headers={
            "Origin": "https://ok.example", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type"})
        assert preflight.status_code == 200
        assert "POST" in preflight.headers["access-control-allow-methods"]
        other = client.get("/events?limit=1", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        refused = client.options("/events", headers={
            "Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
        assert refused.status_code == 400
    with TestClient(create_app(demo_db, None, None, cors_origins=["*"])) as anyone:
        got = anyone.get("/events?limit=1", headers={"Origin": "https://x.example"})
        assert got.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize("origin", ["example.org", "https://example.org/path", "ftp://x.org",
                                    "https://", ""])
def test_a_bad_cors_origin_is_an_error(demo_db: str, origin: str) -> None:
    with pytest.raises(EventwireError, match="E610"):
        create_app(demo_db, None, None, cors_origins=[origin])


def test_docs_reference_nothing_outside_and_their_assets_load(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert EXTERNAL.findall(page.text) == []
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
    assert len(assets) >= 2
    for asset in assets:
        got = client.get(asset)
        assert got.status_code == 200 and len(got.content) > 1000, asset
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/redoc").status_code == 404  # ReDoc fetches its logo from a CDN


def test_the_explorer_links_to_the_local_docs() -> None:
    explorer = (STATIC / "index.html").read_text(encoding="utf-8")
    assert 'href="/docs"' in explorer and EXTERNAL.findall(explorer) == []


def test_docs_render_offline_in_chromium(browser: Any, live_server: LiveServer) -> None:
    tab = browser.new_page()
    outside: list[str] = []
    failed: list[str] = []
    tab.on("request", lambda r: None if r.url.startswith(live_server.base)
           else outside.append(r.url))
    tab.on("requestfailed", lambda r: failed.append(r.url))
    try:
        tab.goto(live_server.base + "/docs")
        tab.wait_for_selector(".opblock-summary-path", timeout=20000)
        paths = tab.locator(".opblock-summary-path").all_inner_texts()
        assert "/events" in paths and "/articles" in paths
    finally:
        tab.close()
    assert outside == [] and failed == []


def test_serve_refuses_a_bad_cors_origin_from_option_or_env(demo_db: str) -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    runner = CliRunner()
    by_option = runner.invoke(app, ["serve", "--db", demo_db, "--cors-origin", "example.org"])
    by_env = runner.invoke(app, ["serve", "--db", demo_db],
                           env={"EVENTWIRE_CORS_ORIGINS": "https://ok.example example.org"})
    for result in (by_option, by_env):
        assert result.exit_code != 0 and "E610" in result.output, result.output
