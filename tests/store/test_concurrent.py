"""Two ingests at once into one store (two real processes): no lost report, no duplicate.

Both processes ingest the whole demo corpus, at the same time, into one SQLite
file or one PostgreSQL database. Every article ends stored once, and every report its
coder finds (article, sentence, type) is in the store, no more often than coded: a writer that
linked against an index missing the other's articles, or overwrote a stored event the
other had just extended, would lose or repeat one; and the articles fall into the
stories one process alone gives them (a writer that did not catch up with the other's
articles would open stories of its own). A SQLite writer that cannot get the
write lock within its timeout stops with E208 and writes nothing.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text

from eventwire.demo import corpus_dir
from eventwire.options import Options
from eventwire.pipeline import code, link_all
from eventwire.prepare import prepare
from eventwire.read import read_paths
from eventwire.records import RawDocument
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _ingest(paths: list[str], url: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "ingest", *paths, "--db", url],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def test_two_ingests_at_once_lose_and_repeat_nothing(db_url: str) -> None:
    Store(db_url).close()  # the schema exists before both start (as after `eventwire demo`)
    files = sorted(str(p) for p in corpus_dir().iterdir())
    # the same order, so that the stored order is the file order whoever wins each article
    # (the stories of a different order may differ for reasons of their own)
    first, second = _ingest(files, db_url), _ingest(files, db_url)
    outputs = [first.communicate(timeout=600), second.communicate(timeout=600)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    engine = create_engine(db_url)
    with engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT article_id, duplicate_of FROM articles")).all())
        story_of = dict(conn.execute(text("SELECT article_id, story_id FROM articles")).all())
        reports = Counter(conn.execute(text(
            "SELECT s.article_id, s.sentence_index, e.event_type FROM event_sources s "
            "JOIN events e ON e.event_id = s.event_id"
        )).all())
        if engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()
    docs = [d for d in read_paths([str(corpus_dir())], Options()) if isinstance(d, RawDocument)]
    articles = {a.article_id: a for a in (prepare(d, Options()) for d in docs)}
    assert set(stored) == set(articles)  # every article once (a primary key: never twice)
    coded = Counter(
        (article_id, ev.sources[0].sentence_index, ev.event_type)
        for article_id, copy_of in stored.items() if copy_of is None
        for ev in code(articles[article_id])
    )
    assert set(reports) == set(coded)  # no report lost
    # none twice: at most as many events cite a sentence for a type as the coder found there
    assert not reports - coded
    # each writer linked against the other's articles too: the stories are those of one run
    alone = {article.article_id: result.story_id for article, result in link_all(docs, Options())}
    assert _partition(story_of) == _partition(alone)


def _partition(story_of: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for article_id, story in story_of.items():
        groups.setdefault(story, set()).add(article_id)
    return {frozenset(g) for g in groups.values()}


def test_a_locked_sqlite_file_stops_the_writer_with_a_clear_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'locked.db'}"
    Store(url).close()
    holder = sqlite3.connect(tmp_path / "locked.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer in the middle of its transaction
    try:
        blocked = _ingest([str(corpus_dir() / "baku-talks.txt")], url,
                          {"EVENTWIRE_SQLITE_TIMEOUT": "1"})
        _out, err = blocked.communicate(timeout=600)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert blocked.returncode == 2 and "E208" in err, err
    assert Store(url).counts() == {"articles": 0, "events": 0}
    done = _ingest([str(corpus_dir() / "baku-talks.txt")], url)
    assert done.wait(timeout=600) == 0 and Store(url).counts()["articles"] == 1


def test_the_api_writer_keeps_its_index_and_catches_up_with_an_ingest(
    db_url: str, tmp_path: Path,
) -> None:
    """The server's kept link index sees an article another process stored meanwhile."""
    import json

    from fastapi.testclient import TestClient

    from eventwire.pipeline import ingest
    from eventwire.serve.app import create_app
    from eventwire.store import EventFilter

    def article(key: str, outlet: str, text_: str) -> dict[str, str]:
        return {"id": key, "title": "Brussels talks", "outlet": outlet,
                "published": "2022-05-24", "text": text_}

    talks = ("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev "
             "in Brussels on Sunday.")
    with TestClient(create_app(db_url, "w", None)) as client:
        auth = {"Authorization": "Bearer w"}
        first = client.post("/articles", json=[article("api-1", "Wire A", talks)], headers=auth)
        assert first.status_code == 200, first.text
        other = tmp_path / "other.jsonl"
        other.write_text(json.dumps(article("cli-2", "Wire B", talks.replace(
            "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev",
            "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan "
            "held talks"))) + "\n", encoding="utf-8")
        ingest([str(other)], Options(db_url=db_url), Store(db_url))  # another writer
        third = client.post("/articles", json=[article("api-3", "Wire C", talks.replace(
            "met", "held talks with"))], headers=auth)
        assert third.status_code == 200, third.text
    met = [e for e in Store(db_url).iter_events(EventFilter(types=("CONSULT",)))]
    assert len(met) == 1
    assert {s.article_id for s in met[0].sources} == {"api-1", "cli-2", "api-3"}


OPEN_AT = """
import sys, time
from eventwire.store import Store
start, paths = float(sys.argv[1]), sys.argv[2:]
for number, path in enumerate(paths):
    time.sleep(max(0.0, start + 0.25 * number - time.time()))
    Store(f"sqlite:///{path}").close()
"""


def test_two_processes_creating_one_sqlite_store_at_once_both_succeed(tmp_path: Path) -> None:
    """Two writers started on a new file create its schema one after the other: the
    second waits for the first's lock (and then finds the schema made) instead of failing
    with "database is locked" (which it did in 20 starts of 20 before the schema was
    created under the write lock)."""
    paths = [str(tmp_path / f"new-{n}.db") for n in range(8)]
    start = time.time() + 3  # both imported by then; each file opened at the same instant
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_AT, str(start), *paths], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}) for _ in range(2)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    for path in paths:
        assert Store(f"sqlite:///{path}").counts() == {"articles": 0, "events": 0}
