"""Batch runs on a real Dask LocalCluster of 2 worker processes, storing into PostgreSQL.

The store a cluster run leaves must be the store a single-process run leaves: the same
articles with the same story ids and copies, the same events with the same ids, story ids
and records, also when a worker dies in the middle (its partition is run again) and when
the whole run is killed and started again (it resumes without duplicates).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from eventwire.demo import corpus_dir
from eventwire.options import Options
from eventwire.pipeline import ingest
from eventwire.store import Store
from eventwire.store.schema import drop_everything

distributed = pytest.importorskip("distributed", reason="needs eventwire[dask]")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def pg_url() -> Iterator[str]:
    url = os.environ.get("EVENTWIRE_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server: run `export EVENTWIRE_TEST_PG=$(bash .ci/postgres.sh)`")
    engine = create_engine(url)
    drop_everything(engine)
    engine.dispose()
    yield url
    engine = create_engine(url)
    drop_everything(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A handful of demo articles: 8 wire records (4 partitions of 2) and a text file."""
    folder = tmp_path_factory.mktemp("cluster-input")
    lines = (corpus_dir() / "wire.jsonl").read_text(encoding="utf-8").splitlines()[:8]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder / "wire.jsonl"), str(corpus_dir() / "baku-talks.txt")]


@pytest.fixture(scope="module")
def single(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    url = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    summary = ingest(inputs, Options(db_url=url), Store(url))
    assert summary.stored == 9 and not summary.failures
    return _contents(url)


def _contents(url: str) -> dict[str, Any]:
    """What must not depend on how the run was made (times and write numbers aside)."""
    engine = create_engine(url)
    with engine.connect() as conn:
        arts = sorted(tuple(r) for r in conn.execute(text(
            "SELECT article_id, story_id, duplicate_of, num_events, notes FROM articles")))
        evs = sorted((r[0], r[1], json.loads(r[2])) for r in conn.execute(text(
            "SELECT event_id, story_id, data FROM events")))
    engine.dispose()
    return {"articles": arts, "events": [(i, s, json.dumps(d, sort_keys=True))
                                         for i, s, d in evs]}


def test_two_workers_store_what_one_process_stores_even_when_a_worker_dies(
    inputs: list[str], single: dict[str, Any], pg_url: str,
) -> None:
    from eventwire.cluster import ingest_on_cluster, start_client

    client = start_client(2, None)
    try:
        pids = list(client.run(os.getpid).values())
        assert len(pids) == 2
        heard: list[tuple[int, int]] = []

        def on_progress(coded: int, partitions: int) -> None:
            if not heard:  # a worker is coding a partition: kill the other one's process
                os.kill(pids[0], signal.SIGKILL)
            heard.append((coded, partitions))

        summary = ingest_on_cluster(inputs, Options(db_url=pg_url), Store(pg_url), client,
                                    on_progress=on_progress, partition_size=2)
    finally:
        client.close()
        client.cluster.close()
    assert not summary.failures and summary.stored == 9
    assert heard and heard[-1][1] == 5  # progress came from the workers, to the last partition
    assert _contents(pg_url) == single


def test_a_killed_run_resumes_without_duplicates(
    inputs: list[str], single: dict[str, Any], pg_url: str,
) -> None:
    Store(pg_url).close()
    command = [sys.executable, "-m", "eventwire.cli", "ingest", *inputs, "--db", pg_url,
               "--workers", "2", "--partition-size", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    engine = create_engine(pg_url)
    stored = 0
    deadline = time.monotonic() + 300
    while run.poll() is None and time.monotonic() < deadline:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        if stored:
            os.killpg(run.pid, signal.SIGKILL)  # the run, its scheduler and its workers
            break
        time.sleep(0.05)
    run.wait(timeout=60)
    with engine.connect() as conn:  # what the killed run had stored by the time it died
        stored = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
    engine.dispose()
    assert 0 < stored < 9, "the run was killed part way"
    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 0, again.stderr
    assert f"{stored} already stored" in " ".join(again.stderr.split())
    assert _contents(pg_url) == single
