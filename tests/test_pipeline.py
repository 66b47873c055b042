"""End to end: the demo corpus and the seed articles through every stage, and a crash mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from eventwire.demo import corpus_dir
from eventwire.evaluate.corpora import seed_documents
from eventwire.options import Options
from eventwire.pipeline import extract, ingest
from eventwire.store import EventFilter, Store


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    summary = ingest([str(corpus_dir())], Options(), store)
    assert not summary.failures, summary.failures
    return store


def test_demo_events_keep_their_exact_sentences(demo_store: Store) -> None:
    texts = {
        row["article_id"]: row for row in demo_store.iter_articles()
    }
    engine = create_engine(demo_store.url)
    with engine.connect() as conn:
        bodies = dict(conn.execute(text("select article_id, text from articles")).all())
    events = list(demo_store.iter_events(EventFilter()))
    assert len(events) >= 30
    for ev in events:
        assert ev.sources, ev.event_id
        for source in ev.sources:
            assert source.article_id in texts
            assert source.sentence in bodies[source.article_id]
        assert ev.event_date is None or ev.event_date[:4] in {"2020", "2021", "2022", "2023",
                                                             "2024", "2019", "2018"}


def test_demo_copy_is_recorded_and_not_coded(demo_store: Store) -> None:
    copies = [row for row in demo_store.iter_articles() if row["duplicate_of"]]
    assert [row["article_id"] for row in copies] == ["black-sea-monitor-2023-09-21-karabakh-truce"]
    assert copies[0]["duplicate_of"] == "caspian-ledger-2023-09-20-karabakh-ceasefire"
    assert copies[0]["num_events"] == 0


def test_demo_every_article_has_a_story_and_a_date(demo_store: Store) -> None:
    rows = list(demo_store.iter_articles())
    assert len(rows) == 25
    assert all(row["story_id"] for row in rows)
    assert all(row["publication_date"] for row in rows)
    estimated = [row for row in rows if row["publication_date_estimated"]]
    assert all(row["origin"].endswith(".txt") for row in estimated)


def test_some_events_are_reported_by_several_outlets(demo_store: Store) -> None:
    merged = [ev for ev in demo_store.iter_events(EventFilter())
              if len({s.article_id for s in ev.sources}) > 1]
    assert merged, "the demo corpus reports several events in more than one outlet"


def test_extract_equals_ingest_on_the_demo(demo_store: Store) -> None:
    from eventwire.read import read_paths

    docs = list(read_paths([str(corpus_dir())], Options()))
    extracted = {ev.event_id: ev for ev in extract(docs, Options())}
    stored = {ev.event_id: ev for ev in demo_store.iter_events(EventFilter(negated=None))}
    assert extracted.keys() == stored.keys()
    for key, ev in extracted.items():
        assert ev.event_type == stored[key].event_type
        assert {s.article_id for s in ev.sources} == {s.article_id for s in stored[key].sources}


def test_seed_articles_end_to_end(shared_dir: Path) -> None:
    events = list(extract(seed_documents(shared_dir), Options()))
    by_seed = {Path(s.origin).name for ev in events for s in ev.sources}
    assert len(by_seed) == 5, "every seed article reports at least one event"
    # "Last February, Putin and Aliyev signed ..." in an article of September 2022
    feb = [ev for ev in events if ev.event_date == "2022-02" and ev.event_type == "SUPPORT"]
    assert feb and feb[0].date_raw == "Last February"
    assert {a.country for a in feb[0].actors} == {"RUS", "AZE"}


def _count(url: str) -> tuple[int, int, int]:
    """Rows in the main tables; zeros while the first run is still creating the schema."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            counts = tuple(
                conn.execute(text(f"select count(*) from {table}")).scalar_one()
                for table in ("articles", "events", "event_sources")
            )
    except OperationalError:
        counts = (0, 0, 0)
    finally:
        engine.dispose()
    return counts  # type: ignore[return-value]


def test_a_crash_halfway_then_a_rerun_finishes_without_duplicates(
    tmp_path: Path, demo_store: Store
) -> None:
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus_dir()), "--db", url]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "COLUMNS": "80"})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if (tmp_path / "crash.db").exists() and _count(url)[0] >= 3:
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(url)
    assert partial[0] < 25, "the run was meant to be killed halfway"
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert _count(url) == _count(demo_store.url)
