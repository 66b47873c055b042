"""Incremental sync: a mirror that pulls `/events?timestamp=T` and `/events/deleted?since=T`
stays identical to the store through new articles, merges into stored events, a withdrawn
article and an analyst's merge of two stored events."""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import EventwireError
from eventwire.options import Options
from eventwire.pipeline import ingest
from eventwire.serve.app import create_app
from eventwire.store import EventFilter, Store

FIRST = [
    {"id": "sync-1", "title": "Brussels talks", "outlet": "Wire A", "published": "2022-05-24",
     "text": "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev "
             "in Brussels on Sunday."},
    {"id": "sync-2", "title": "Sochi summit", "outlet": "Wire B", "published": "2022-08-06",
     "text": "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in "
             "Sochi on Friday."},
    {"id": "sync-3", "title": "Moscow visit", "outlet": "Wire C", "published": "2022-08-10",
     "text": "Russian Foreign Minister Sergei Lavrov met Armenian Foreign Minister Ararat "
             "Mirzoyan in Moscow on Tuesday."},
]
SECOND = [
    {"id": "sync-4", "title": "Leaders meet in Brussels", "outlet": "Wire D",
     "published": "2022-05-24",
     "text": "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan "
             "held talks in Brussels on Sunday."},
    {"id": "sync-5", "title": "Washington talks", "outlet": "Wire E", "published": "2022-09-20",
     "text": "US Secretary of State Antony Blinken met Azerbaijani Foreign Minister Jeyhun "
             "Bayramov in Washington on Monday."},
]


def _write(path: Path, rows: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _pages(client: TestClient, url: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    while url:
        answer = client.get(url)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        rows += body["data"]
        url = body["next"] or ""
    return rows


class Mirror:
    """What a consumer keeps: every event by id, updated by time."""

    def __init__(self) -> None:
        self.events: dict[str, dict[str, Any]] = {}
        self.since: str | None = None
        self.pulled: list[dict[str, Any]] = []
        self.previous: str | None = None

    def sync(self, client: TestClient) -> None:
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        stamp = f"&timestamp={self.since}" if self.since else ""
        changed = _pages(client, f"/events?negated=all&limit=2{stamp}")
        since = f"&since={self.since}" if self.since else ""
        gone = _pages(client, f"/events/deleted?limit=2{since}")
        for row in changed:
            self.events[row["event_id"]] = row
        for tomb in gone:
            self.events.pop(tomb["event_id"], None)
        self.pulled = changed
        self.previous, self.since = self.since, started


def test_a_mirror_syncing_twice_ends_identical(db_url: str, tmp_path: Path) -> None:
    store = Store(db_url)
    ingest([_write(tmp_path / "first.jsonl", FIRST)], Options(db_url=db_url), store)
    mirror = Mirror()
    runner = CliRunner()
    with TestClient(create_app(db_url, None, None)) as client:
        mirror.sync(client)
        assert mirror.events and len(mirror.pulled) == len(mirror.events)
        time.sleep(1.1)  # stamps have whole seconds: let the changes below come after
        summary = ingest([_write(tmp_path / "second.jsonl", SECOND)], Options(db_url=db_url),
                         store)
        assert summary.stored == 2
        withdrawn = runner.invoke(app, ["withdraw", "sync-3", "--db", db_url])
        assert withdrawn.exit_code == 0, withdrawn.output
        by_article = {s.article_id: e.event_id for e in store.iter_events(EventFilter())
                      for s in e.sources}
        keep, gone = by_article["sync-2"], by_article["sync-5"]
        merged = runner.invoke(app, ["merge-events", keep, gone, "--db", db_url])
        assert merged.exit_code == 0, merged.output
        mirror.sync(client)
        truth = {e["event_id"]: e for e in _pages(client, "/events?negated=all")}
        tombs = _pages(client, "/events/deleted")
        stories = _pages(client, f"/stories?timestamp={mirror.since}")
    assert mirror.events == truth
    # the second sync pulled only what changed since the first
    assert mirror.pulled and all(e["updated_at"] >= str(mirror.previous) for e in mirror.pulled)
    reasons = {t["event_id"]: (t["reason"], t["replaced_by"]) for t in tombs}
    assert reasons[gone] == ("merged", keep)
    assert "withdrawn" in {r for r, _ in reasons.values()}
    assert not set(reasons) & set(truth)
    assert len(truth[keep]["sources"]) == 2
    assert not store.has_article("sync-3")
    assert all("updated_at" in s for s in stories)


def test_updated_since_in_the_cli_matches_the_api(db_url: str, tmp_path: Path) -> None:
    store = Store(db_url)
    ingest([_write(tmp_path / "first.jsonl", FIRST[:1])], Options(db_url=db_url), store)
    time.sleep(1.1)
    since = datetime.now(timezone.utc).isoformat(timespec="seconds")
    ingest([_write(tmp_path / "second.jsonl", SECOND[1:])], Options(db_url=db_url), store)
    runner = CliRunner()
    result = runner.invoke(app, ["events", "--db", db_url, "--updated-since", since])
    assert result.exit_code == 0, result.output
    cli_ids = {json.loads(line)["event_id"] for line in result.stdout.splitlines() if line}
    with TestClient(create_app(db_url, None, None)) as client:
        api_ids = {e["event_id"] for e in _pages(client, f"/events?timestamp={since}")}
    assert cli_ids == api_ids and cli_ids
    assert all(s.article_id == "sync-5" for e in store.iter_events(
        EventFilter(updated_since=since)) for s in e.sources)
    unix = str(int(datetime.fromisoformat(since).timestamp()))
    again = runner.invoke(app, ["events", "--db", db_url, "--updated-since", unix])
    assert {json.loads(x)["event_id"] for x in again.stdout.splitlines() if x} == cli_ids
    bad = runner.invoke(app, ["events", "--db", db_url, "--updated-since", "yesterday"])
    assert bad.exit_code == 2 and "E349" in bad.output


def test_corrections_refuse_what_they_cannot_do(db_url: str, tmp_path: Path) -> None:
    store = Store(db_url)
    ingest([_write(tmp_path / "first.jsonl", FIRST[:2])], Options(db_url=db_url), store)
    with pytest.raises(EventwireError, match="E206"):
        store.withdraw_article("no-such-article")
    with pytest.raises(EventwireError, match="E203"):
        store.merge_stored("no-such-event", "other")
    some = next(iter(store.iter_events(EventFilter())))
    with pytest.raises(EventwireError, match="E204"):
        store.merge_stored(some.event_id, some.event_id)


def test_a_v4_database_gains_the_tombstones(db_url: str) -> None:
    Store(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE deleted_events"))
        conn.execute(text("DROP INDEX ix_events_updated"))
        conn.execute(text("update meta set value='4' where key='schema_version'"))
    engine.dispose()
    store = Store(db_url)
    assert store.page_deleted(None, None, 10) == []
