"""Resume gives the identical database: a run split in two, or killed with SIGKILL and run
again, stores exactly what one uninterrupted run stores (every table, every column but
the write times of ``eventwire.store.compare.TIME_COLUMNS``).

That holds because the link index rebuilt from storage is the very index the run had built
by then; the first test compares the two directly, bit for bit, over a run with story
merges, copies and events merged across articles. ``bench/resume.py`` runs ten kills.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from eventwire.demo import corpus_dir
from eventwire.link import LinkIndex, link
from eventwire.link.stories import StoryParameters
from eventwire.options import Options
from eventwire.pipeline import ingest
from eventwire.store import Store
from eventwire.store.compare import differences
from tests.link.corpus import article, coded_events

ROOT = Path(__file__).resolve().parents[2]
# (article, the test text it carries, date): reports of one ceasefire ten days apart, then
# one between them that (with the parameters below) joins their two stories, then a reprint
# and later reports that join the merged story or open others
MERGING = [("ceasefire-a", "ceasefire-a", "2020-11-05"), ("ceasefire-c", "ceasefire-c",
           "2020-11-15"), ("ceasefire-b", "ceasefire-b", "2020-11-10"),
           ("reprint", "ceasefire-a", "2020-11-11"), ("truce-a", "truce-a", "2020-11-12"),
           ("ganja-a", "ganja-a", "2020-11-30"), ("ganja-b", "ganja-b", "2020-12-01"),
           ("truce-b", "truce-b", "2020-11-16")]


def state(index: LinkIndex) -> dict[str, Any]:
    """Everything the index decides with, in comparable form (floats exact, order kept)."""
    stories = index.stories
    cores = {
        story: (core.order, list(core.text.items()), list(core.entities.items()),
                None if core.vector is None else core.vector.tobytes(), core.names,
                core.types, core.days, core.members)
        for story, core in stories._cores.items()
    }
    return {
        "events": index.events, "event_order": index._event_order,
        "event_buckets": index._event_buckets, "story_events": index._story_events,
        "duplicate_of": index._duplicate_of,
        "article_order": getattr(index, "_article_order", None),
        "copies": {k: vars(v) for k, v in index.copies._entries.items()},
        "features": stories._features, "story": stories._story, "alias": stories._alias,
        "cores": cores, "story_buckets": stories._buckets, "story_order": stories._order,
        "df": list(stories._df.items()), "edf": list(stories._edf.items()), "n": stories._n,
        "opened": getattr(stories, "_opened", None),
    }


def test_the_rebuilt_link_index_is_the_one_the_run_built(tmp_path: Path) -> None:
    p = replace(StoryParameters.load(), window_days=5, threshold=-1.0, undated_threshold=-1.0,
                merge_threshold=-1.0)
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    index = LinkIndex(p)
    results = []
    for key, text, day in MERGING:
        art = replace(article(text), article_id=key, publication_date=day)
        coded = coded_events(text) if key == text else ()  # a reprint is not coded
        events = tuple(replace(e, event_date=day) for e in coded)
        result = store.save_linked(art, index, lambda a=art, e=events: link(a, e, index))
        assert result is not None
        results.append(result)
        assert state(store.link_index(p)) == state(index), f"after {key}"
    assert any(r.merged_stories for r in results) and store.story_merges()
    assert any(r.duplicate_of for r in results)


def _corpus(folder: Path) -> list[str]:
    """The demo corpus, then a report of talks its wire covers: 26 articles. The last one
    merges into one of two stored events that match it equally well, which the earlier
    index broke differently in a rebuild (events ordered by date, not as linked)."""
    folder.mkdir()
    files = [shutil.copy(p, folder / p.name) for p in sorted(corpus_dir().iterdir())]
    files.append(shutil.copy(ROOT / "tests" / "data" / "read" / "yerevan-talks.txt",
                             folder / "yerevan-talks.txt"))
    return [str(f) for f in files]


@pytest.fixture(scope="module")
def one_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    """The corpus and the database of one uninterrupted run over it."""
    folder = tmp_path_factory.mktemp("resume")
    files = _corpus(folder / "in")
    ingest(files, Options(db_url=f"sqlite:///{folder / 'one.db'}"),
           Store(f"sqlite:///{folder / 'one.db'}"))
    return files, folder / "one.db"


def test_a_run_split_in_two_stores_what_one_run_stores(
    one_run: tuple[list[str], Path], tmp_path: Path
) -> None:
    files, one = one_run
    two = f"sqlite:///{tmp_path / 'two.db'}"
    ingest(files[:-1], Options(db_url=two), Store(two))  # the demo corpus, then the last
    ingest(files, Options(db_url=two), Store(two))
    assert differences(f"sqlite:///{one}", two) == []


def _stored(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_kill_9_and_rerun_stores_what_one_run_stores(
    one_run: tuple[list[str], Path], tmp_path: Path
) -> None:
    files, one = one_run
    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "ingest", *files, "--db", f"sqlite:///{killed}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:  # after both tied events are stored (articles 16 and 17 of 26), before the last
        deadline = time.monotonic() + 300
        while proc.poll() is None and _stored(killed) < 20 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert 20 <= _stored(killed) < _stored(one)  # killed before the end
    ingest(files, Options(db_url=f"sqlite:///{killed}"), Store(f"sqlite:///{killed}"))
    assert differences(f"sqlite:///{one}", f"sqlite:///{killed}") == []
