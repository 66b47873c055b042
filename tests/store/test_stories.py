"""The stories table and disputed events, on real ingests of the demo corpus into SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from eventwire.demo import corpus_dir
from eventwire.link import link
from eventwire.options import Options
from eventwire.pipeline import ingest
from eventwire.records import ActorRef, Article, Event, Place, Source
from eventwire.store import EventFilter, Store
from eventwire.store.schema import SCHEMA_VERSION
from eventwire.store.stories import summary_of

FIRST = ["*.html", "*.txt"]  # 5 articles, then the wire and the feed (20 more)
LATER = ["wire.jsonl", "feed.xml"]


def _paths(patterns: list[str]) -> list[str]:
    return [str(corpus_dir() / p) for p in patterns]


def _stories_by_article(store: Store) -> dict[str, str]:
    return {a["article_id"]: a["story_id"] for a in store.iter_articles()}


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The demo corpus ingested in two batches into one database."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'two-batches.db'}"
    store = Store(url)
    ingest(_paths(FIRST), Options(db_url=url), store)
    store.first_batch = _stories_by_article(store)  # type: ignore[attr-defined]
    ingest(_paths(LATER), Options(db_url=url), store)
    return store


def test_ingesting_more_never_renumbers_stories(whole: Store) -> None:
    before: dict[str, str] = whole.first_batch  # type: ignore[attr-defined]
    after = _stories_by_article(whole)
    assert len(before) == 5 and len(after) == 25
    assert {a: after[a] for a in before} == before
    # and some later article joined a story the first batch opened
    assert set(after.values()) & set(before.values()) > set()
    assert any(s in before.values() for a, s in after.items() if a not in before)


def test_a_rerun_of_the_same_input_gives_the_same_story_ids(whole: Store, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    again = Store(url)
    ingest(_paths(FIRST), Options(db_url=url), again)
    ingest(_paths(LATER), Options(db_url=url), again)
    assert _stories_by_article(again) == _stories_by_article(whole)
    assert [r["story_id"] for r in again.stories()] == [r["story_id"] for r in whole.stories()]
    ingest(_paths(FIRST + LATER), Options(db_url=url), again)  # rerun: nothing changes
    assert _stories_by_article(again) == _stories_by_article(whole)


def test_story_rows_count_what_is_stored(whole: Store) -> None:
    rows = whole.stories()
    articles = list(whole.iter_articles())
    assert sum(r["num_articles"] for r in rows) == len(articles)
    assert {r["story_id"] for r in rows} >= {a["story_id"] for a in articles}
    for row in rows:
        events = list(whole.iter_events(EventFilter(story_id=row["story_id"])))
        assert row["num_events"] == len(events)
        members = [a for a in articles if a["story_id"] == row["story_id"]]
        assert row["num_outlets"] == len({a["outlet"] or a["origin"] for a in members})
        dates = sorted(a["publication_date"] for a in members if a["publication_date"])
        if dates:
            assert (row["first_date"], row["last_date"]) == (dates[0], dates[-1])
    ceasefire = next(r for r in rows if r["title"] and "Karabakh war halts" in r["title"])
    assert ceasefire["num_articles"] == 3 and ceasefire["num_outlets"] == 3
    detail = whole.story(ceasefire["story_id"])
    assert detail is not None and detail["summary"]
    assert "signed a joint statement" in detail["summary"]
    assert len(whole.story_articles(ceasefire["story_id"])) == 3
    assert whole.story("s-nothing") is None


def test_disputed_filter_returns_only_events_with_disagreements(whole: Store) -> None:
    every = list(whole.iter_events(EventFilter()))
    disputed = list(whole.iter_events(EventFilter(disputed=True)))
    assert {e.event_id for e in disputed} == {e.event_id for e in every if e.disagreements}
    for ev in disputed:
        for d in ev.disagreements:
            assert len(d.values) >= 2
            assert all(ids for _value, ids in d.values)


def test_summary_takes_one_sentence_per_event_most_supported_first(whole: Store) -> None:
    events = sorted(whole.iter_events(EventFilter()), key=lambda e: -len(e.sources))
    assert len(events[0].sources) > 1
    summary = summary_of(events, limit=2)
    earliest = min(events[0].sources, key=lambda s: (s.publication_date or "", s.sentence_index))
    first = " ".join(earliest.sentence.split())
    assert summary.startswith(first)
    # the next sentence comes from the next event, not from the first event's other reports
    others = {" ".join(s.sentence.split()) for s in events[0].sources} - {first}
    assert not any(other in summary for other in others)
    assert summary_of([events[0]], limit=3) == first
    # the same event given twice adds another of its reports, never the same sentence again
    twice = summary_of([events[0], events[0]], limit=3)
    assert twice.count(first) == 1


def test_a_version_2_database_gets_its_stories_on_opening(whole: Store, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v2.db'}"
    store = Store(url)
    ingest(_paths(FIRST), Options(db_url=url), store)
    expected = store.stories()
    store.close()
    engine = create_engine(url)
    with engine.begin() as conn:  # what a version 2 database looks like
        conn.execute(text("DROP TABLE stories"))
        for column in ("disputed", "num_articles", "num_sources"):
            conn.execute(text(f"ALTER TABLE events DROP COLUMN {column}"))
        conn.execute(text("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))
    engine.dispose()
    reopened = Store(url)
    with reopened.engine.connect() as conn:
        version = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar()
        data = [json.loads(d) for (d,) in conn.execute(text("SELECT data FROM events"))]
        counts = [n for (n,) in conn.execute(text("SELECT num_sources FROM events"))]
    assert version == str(SCHEMA_VERSION)
    assert sorted(counts) == sorted(len(d["sources"]) for d in data)
    strip = ("updated_at",)
    assert [{k: v for k, v in r.items() if k not in strip} for r in reopened.stories()] == [
        {k: v for k, v in r.items() if k not in strip} for r in expected
    ]


def _report(article_id: str, outlet: str, sentence: str) -> tuple[Article, Event]:
    art = Article(article_id, f"/news/{article_id}.txt", sentence, title=f"Ganja {article_id}",
                  outlet=outlet, publication_date="2020-10-11")
    ev = Event(
        event_id=f"{article_id}-e0", event_type="ASSAULT", event_mode=None, contexts=(),
        cameo_code="190", quad_class=4, actors=(ActorRef(None, "ARM", "MIL"),),
        recipients=(ActorRef(None, "AZE", "CVL"),), event_date="2020-10-11",
        date_precision="day", date_raw="on Sunday", date_estimated=False,
        location=Place("Ganja", "AZE", 40.68, 46.36, 587084),
        sources=(Source(article_id, art.origin, outlet, art.title, None, "2020-10-11",
                        sentence, 0),),
    )
    return art, ev


def test_a_death_toll_the_reports_disagree_on_is_stored_as_disputed(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'toll.db'}")
    index = store.link_index()
    for article_id, outlet, sentence in (
        ("ganja-1", "Caucasus Wire", "A missile strike on Ganja on Sunday killed nine civilians."),
        ("ganja-2", "Baku Evening Post", "Officials said the rocket attack on Ganja on Sunday "
                                         "left ten people dead."),
        ("ganja-3", "Kura Valley Post", "Nine people were killed when a missile hit Ganja."),
    ):
        art, ev = _report(article_id, outlet, sentence)
        result = link(art, (ev,), index)
        store.save(art, result)
        index.add(result)
    (ev,) = store.iter_events(EventFilter(disputed=True))
    assert ev.event_id == "ganja-1-e0" and len(ev.sources) == 3
    (d,) = ev.disagreements
    assert d.field == "killed"
    assert d.values == (("9", ("ganja-1", "ganja-3")), ("10", ("ganja-2",)))
    (row,) = store.stories()
    assert (row["num_events"], row["num_articles"], row["num_outlets"]) == (1, 3, 3)
    detail = store.story(row["story_id"])
    assert detail is not None and detail["summary"].startswith("A missile strike on Ganja")
