"""The HTTP API over the demo database: ACLED-style filters, cursor pagination followed to
the end, the three formats, tokens, and article submission through the pipeline."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from eventwire.serve import create_app
from tests.serve.conftest import WRITE_TOKEN, LiveServer


@pytest.fixture(scope="module")
def client(demo_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db, WRITE_TOKEN, None)) as test_client:
        yield test_client


def _all(client: TestClient, url: str) -> list[dict]:
    rows: list[dict] = []
    next_url: str | None = url
    while next_url:
        page = client.get(next_url).json()
        rows += page["data"]
        next_url = page["next"]
    return rows


def test_pagination_follows_next_to_the_end_without_gaps(client: TestClient) -> None:
    everything = client.get("/events?limit=5000").json()
    assert everything["next"] is None
    paged = _all(client, "/events?limit=7")
    ids = [e["event_id"] for e in paged]
    assert len(ids) == len(set(ids)) == everything["count"] > 20
    assert ids == [e["event_id"] for e in everything["data"]]
    assert client.get("/events?limit=5001").status_code == 400
    assert "cursor" in client.get("/events?cursor=garbage").json()["detail"]


def test_acled_style_filters(client: TestClient) -> None:
    rows = _all(client, "/events?limit=5000")
    both = _all(client, "/events?country=ARM|AZE&limit=5000")
    arm = _all(client, "/events?country=ARM&limit=5000")
    assert 0 < len(arm) < len(both) <= len(rows)
    for ev in arm:
        assert "ARM" in {a["country"] for a in ev["actors"] + ev["recipients"]}
    year = _all(client, "/events?event_date=2022-01-01|2022-12-31&event_date_where=BETWEEN"
                        "&limit=5000")
    assert year and all(e["event_date"].startswith("2022") for e in year)
    assert {e["event_id"] for e in year} == {
        e["event_id"] for e in _all(client, "/events?event_date=2022&limit=5000")}
    later = _all(client, "/events?event_date=2023-01-01&event_date_where=>=&limit=5000")
    assert later and all(e["event_date"] >= "2023" for e in later)
    consult = _all(client, "/events?event_type=CONSULT&limit=5000")
    assert consult and {e["event_type"] for e in consult} == {"CONSULT"}
    putin = _all(client, "/events?actor=Putin&limit=5000")
    assert putin and all(
        any("Putin" in (a["name"] or "") for a in e["actors"] + e["recipients"]) for e in putin)
    assert _all(client, "/events?q=Sochi&limit=5000")
    assert _all(client, "/events?timestamp=2000-01-01&limit=5000") == rows
    assert _all(client, "/events?timestamp=4102444800&limit=5000") == []
    bad = client.get("/events?event_type=FIGHT")
    assert bad.status_code == 400 and "PLOVER" in bad.json()["detail"]
    assert client.get("/events?event_date=2022-01-01&event_date_where=BETWEEN").status_code == 400


def test_formats_carry_the_next_link(client: TestClient) -> None:
    page = client.get("/events?limit=3&format=csv")
    assert page.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(page.text)))
    assert len(table) == 3 and "event_type" in table[0] and "latitude" in table[0]
    assert 'rel="next"' in page.headers["link"]
    lines = client.get("/events?limit=4&format=jsonl")
    records = [json.loads(line) for line in lines.text.splitlines()]
    assert len(records) == 4 and "sources" in records[0]
    assert "cursor=" in lines.headers["link"]
    assert client.get("/events?format=xml").status_code == 400


def test_articles_stories_actors(client: TestClient) -> None:
    articles = _all(client, "/articles?limit=4")
    assert len(articles) == len({a["article_id"] for a in articles}) == client.get(
        "/health").json()["articles"]
    one = client.get(f"/articles/{articles[0]['article_id']}").json()
    assert one["text"]
    assert client.get("/articles/nope").status_code == 404
    stories = _all(client, "/stories?limit=3")
    assert stories and all(s["num_articles"] >= 1 for s in stories)
    actors = _all(client, "/actors?limit=5")
    assert len(actors) == len({(a["name"], a["country"], a["sector"]) for a in actors})
    assert any(a["name"] == "Nikol Pashinyan" for a in actors)
    assert client.get("/version").json()["eventwire"]
    assert "/events" in client.get("/openapi.json").json()["paths"]


def test_tokens(demo_db: str) -> None:
    with TestClient(create_app(demo_db, "w", "r")) as locked:
        assert locked.get("/events").status_code == 401
        assert locked.get("/events", headers={"Authorization": "Bearer r"}).status_code == 200
        assert locked.get("/events", headers={"Authorization": "Bearer w"}).status_code == 200
        assert locked.get("/").status_code == 200  # the page itself holds no data
    with TestClient(create_app(demo_db, None, None)) as open_reading:
        assert open_reading.post("/articles", json=[{"text": "x"}]).status_code == 403


def test_submit_articles_requires_the_token_and_ingests(
    live_server: LiveServer, demo_db: str
) -> None:
    article = {"id": "api-test-1", "title": "Pashinyan meets Aliyev",
               "text": "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President "
                       "Ilham Aliyev in Brussels on Monday to discuss the peace treaty.",
               "outlet": "Test Wire", "published": "2023-05-15"}
    url = live_server.base + "/articles"
    assert httpx.post(url, json=[article]).status_code == 401
    assert httpx.post(url, json=[article],
                      headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": f"Bearer {WRITE_TOKEN}"}
    body = json.dumps(article) + "\n" + json.dumps({"id": "empty", "text": ""}) + "\n"
    done = httpx.post(url, content=body, headers={**auth, "Content-Type": "application/x-ndjson"},
                      timeout=120).json()
    assert done["stored"] == 1 and done["failed"] == 1 and done["events"] >= 1
    assert "E122" in done["articles"][1]["error"]
    again = httpx.post(url, json=[article], headers=auth, timeout=120).json()
    assert again["already_stored"] == 1
    found = httpx.get(live_server.base + "/events", params={"q": "Brussels", "limit": 5000}).json()
    assert any(s["article_id"] == "api-test-1" for e in found["data"] for s in e["sources"])
