"""Negated events (acts a sentence denies) in the store, its filters, exports, API and linker.

Two real articles go through the real pipeline: one reports a meeting and denies another
("Pashinyan did not meet ... Putin on Monday"), the other, from a second outlet, says the
two leaders met that Monday. The denial is stored with negated=true, listed only when
asked, never counted as an event, and never merged with the report that they met.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export.canonical import event_row
from eventwire.export.plover import plover_record
from eventwire.options import Options
from eventwire.pipeline import ingest
from eventwire.serve.app import create_app
from eventwire.store import EventFilter, Store
from eventwire.store.schema import SCHEMA_VERSION

ARTICLES = [
    {"id": "neg-1", "title": "Talks in Brussels", "outlet": "Wire A", "published": "2022-05-24",
     "text": "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in "
             "Brussels on Sunday. Pashinyan did not meet Russian President Vladimir Putin on "
             "Monday."},
    {"id": "neg-2", "title": "Moscow meeting", "outlet": "Wire B", "published": "2022-05-24",
     "text": "Russian President Vladimir Putin met Armenian Prime Minister Nikol Pashinyan in "
             "Moscow on Monday."},
]


@pytest.fixture()
def stored(db_url: str, tmp_path: Path) -> tuple[str, Path]:
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    summary = ingest([str(source)], Options(db_url=db_url), Store(db_url))
    assert summary.stored == 2 and not summary.failures
    return db_url, source


def _negated(store: Store) -> list:
    return list(store.iter_events(EventFilter(negated=True)))


def test_negated_is_stored_and_listed_only_when_asked(stored: tuple[str, Path]) -> None:
    store = Store(stored[0])
    listed = list(store.iter_events(EventFilter()))
    denied = _negated(store)
    everything = list(store.iter_events(EventFilter(negated=None)))
    assert denied and all(e.negated for e in denied)
    assert listed and not any(e.negated for e in listed)
    assert {e.event_id for e in everything} == {e.event_id for e in listed + denied}
    with store.engine.connect() as conn:
        flags = dict(conn.execute(text("select event_id, negated from events")).all())
    assert {k for k, v in flags.items() if v} == {e.event_id for e in denied}


def test_a_denial_is_never_merged_with_the_report_that_it_happened(
    stored: tuple[str, Path],
) -> None:
    store = Store(stored[0])
    denied = _negated(store)
    met = [e for e in store.iter_events(EventFilter(types=("CONSULT",)))
           if any(s.article_id == "neg-2" for s in e.sources)]
    assert met, "the Moscow meeting is coded"
    assert all({s.article_id for s in e.sources} == {"neg-1"} for e in denied)
    assert all({s.article_id for s in e.sources} == {"neg-2"} for e in met)


def test_counts_leave_denials_out(stored: tuple[str, Path]) -> None:
    store = Store(stored[0])
    happened = list(store.iter_events(EventFilter()))
    by_story: dict[str, int] = {}
    for ev in happened:
        by_story[ev.story_id or ""] = by_story.get(ev.story_id or "", 0) + 1
    for row in store.stories():
        assert row["num_events"] == by_story.get(row["story_id"], 0)
    article = {a["article_id"]: a for a in store.iter_articles()}["neg-1"]
    own = [e for e in happened if any(s.article_id == "neg-1" for s in e.sources)]
    assert article["num_events"] == len(own)
    actors = store.page_actors(None, 100, name="Putin")
    assert all(r["num_events"] == sum(
        1 for e in happened if any(a.name == r["name"] for a in e.actors + e.recipients)
    ) for r in actors)


def test_exports_carry_negated(stored: tuple[str, Path]) -> None:
    denied = _negated(Store(stored[0]))[0]
    assert event_row(denied)["negated"] is True
    assert plover_record(denied)["negated"] is True
    assert denied.to_json()["negated"] is True


def test_cli_negated_and_with_negated(stored: tuple[str, Path]) -> None:
    url = stored[0]
    runner = CliRunner()

    def ids(*flags: str) -> set[str]:
        result = runner.invoke(app, ["events", "--db", url, "-f", "jsonl", *flags])
        assert result.exit_code == 0, result.output
        return {json.loads(line)["event_id"] for line in result.stdout.splitlines() if line}

    default, only, both = ids(), ids("--negated"), ids("--with-negated")
    store = Store(url)
    assert only == {e.event_id for e in _negated(store)}
    assert not default & only and both == default | only
    clash = runner.invoke(app, ["events", "--db", url, "--negated", "--with-negated"])
    assert clash.exit_code == 2 and "E348" in clash.output
    shown = runner.invoke(app, ["timeline", "--db", url, "--with-negated"])
    assert "NOT CONSULT" in shown.stdout
    assert "NOT " not in runner.invoke(app, ["timeline", "--db", url]).stdout
    csv_out = runner.invoke(app, ["events", "--db", url, "-f", "csv", "--negated"]).stdout
    assert csv_out.splitlines()[0].split(",")[-1] == "negated"
    assert csv_out.splitlines()[1].split(",")[-1] in ("True", "true")


def test_api_negated_filter(stored: tuple[str, Path]) -> None:
    url = stored[0]
    with TestClient(create_app(url, None, None)) as client:
        def ids(query: str) -> set[str]:
            answer = client.get(f"/events?limit=5000{query}")
            assert answer.status_code == 200, answer.text
            return {e["event_id"] for e in answer.json()["data"]}

        default, false = ids(""), ids("&negated=false")
        only, everything = ids("&negated=true"), ids("&negated=all")
        assert default == false and only and not only & default
        assert everything == default | only
        bad = client.get("/events?negated=maybe")
        assert bad.status_code == 400 and "negated" in bad.text


def test_a_v3_database_gains_the_column(db_url: str, tmp_path: Path) -> None:
    """A database written before negated events existed opens; its events are not negated."""
    Store(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE events DROP COLUMN negated"))
        conn.execute(text("update meta set value='3' where key='schema_version'"))
    engine.dispose()
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(ARTICLES[1]) + "\n", encoding="utf-8")
    store = Store(db_url)
    ingest([str(source)], Options(db_url=db_url), store)
    with store.engine.connect() as conn:
        assert conn.execute(text("select value from meta where key='schema_version'")).scalar() \
            == str(SCHEMA_VERSION)
        assert conn.execute(text("select count(*) from events where negated")).scalar() == 0
    assert list(store.iter_events(EventFilter()))


def test_extract_lists_denials_only_when_asked(stored: tuple[str, Path]) -> None:
    source = stored[1]
    runner = CliRunner()

    def negated_flags(*flags: str) -> list[bool]:
        result = runner.invoke(app, ["extract", str(source), *flags])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["negated"] for line in result.stdout.splitlines() if line]

    assert negated_flags() and not any(negated_flags())
    assert negated_flags("--negated") and all(negated_flags("--negated"))
    assert sorted(negated_flags("--with-negated")) == sorted(
        negated_flags() + negated_flags("--negated")
    )
