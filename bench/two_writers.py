"""Two ingests on one SQLite file at once: nothing lost, nothing twice, no "database is locked".

The corpus of ``bench/resume.py`` (about 90 articles) is ingested once alone (the
reference), then by two ``eventwire ingest`` processes at once into one fresh SQLite
file (neither has created the schema: both create or migrate it at the same instant), in
several interleavings:

* ``same``: both read the files in the same order;
* ``same-late``: the same, the second started ``--late`` seconds after the first;
* ``reversed``: the second reads the files in reverse;
* ``interleaved``: the first reads the even-numbered files first, the second the odd ones;
* ``overlap``: the first reads the first two thirds, the second the last two thirds
  (reversed), so only the middle third is contended.

Each trial checks: both exit 0; no ``E900``, ``IntegrityError`` or "database is locked"
on stderr; every article stored once; every report (article, sentence, event type) the
coder finds in an article that is not a copy is stored, and none more often than coded
(a writer linking against a stale index would repeat or lose one); and the database is
identical (``eventwire.store.compare``) to the one a single writer gives when handed the
articles in the order the two stored them: each writer caught up exactly with the other's
writes. Where both read in one order that order is the file order whoever wins each
article, so it is the reference run itself. The events and stories counts are printed
beside the reference's: in other orders they may differ, as linking depends on arrival
order (one process given the files reversed stores 212 events in 25 stories, not 23).

    python bench/two_writers.py
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from resume import command, ingest, make_corpus, subprocess_env  # type: ignore[import-not-found]

from eventwire.options import Options
from eventwire.pipeline import Summary, code
from eventwire.pipeline import _store_one as store_one
from eventwire.prepare import prepare
from eventwire.read import read_paths
from eventwire.records import RawDocument
from eventwire.store import Store
from eventwire.store.compare import differences

BAD = ("E900", "IntegrityError", "database is locked", "Traceback")


def orders(files: list[str]) -> dict[str, tuple[list[str], list[str], float]]:
    third = len(files) // 3
    return {
        "same": (files, files, 0.0),
        "same-late": (files, files, -1.0),
        "reversed": (files, files[::-1], 0.0),
        "interleaved": (files[0::2] + files[1::2], files[1::2] + files[0::2], 0.0),
        "overlap": (files[:len(files) - third], files[third:][::-1], 0.0),
    }


def coded_reports(files: list[str]) -> dict[str, Counter[tuple[str, int, str]]]:
    """Each article's reports (article, sentence, type) as the coder finds them."""
    out: dict[str, Counter[tuple[str, int, str]]] = {}
    for doc in read_paths(files, Options()):
        if isinstance(doc, RawDocument):
            article = prepare(doc, Options())
            out[article.article_id] = Counter(
                (article.article_id, ev.sources[0].sentence_index, ev.event_type)
                for ev in code(article)
            )
    return out


def facts(path: Path) -> tuple[dict[str, str | None], Counter[tuple[str, int, str]], int, int]:
    with sqlite3.connect(path) as conn:
        stored = dict(conn.execute("SELECT article_id, duplicate_of FROM articles"))
        reports = Counter(conn.execute(
            "SELECT s.article_id, s.sentence_index, e.event_type FROM event_sources s "
            "JOIN events e ON e.event_id = s.event_id").fetchall())
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return stored, reports, n_events, n_stories


def one_writer_in_order(files: list[str], db: Path) -> Path:
    """The database one writer gives, linking the articles in the order ``db`` stored them."""
    articles = {}
    for doc in read_paths(files, Options()):
        if isinstance(doc, RawDocument):
            article = prepare(doc, Options())
            articles[article.article_id] = article
    with sqlite3.connect(db) as conn:
        order = [a for (a,) in conn.execute("SELECT article_id FROM articles ORDER BY seq")]
    out = db.with_name(db.stem + "-one-writer.db")
    out.unlink(missing_ok=True)
    store = Store(f"sqlite:///{out}")
    index, summary = store.link_index(), Summary()
    for article_id in order:
        failed = store_one(articles[article_id], index, store, summary)
        if failed is not None:
            raise SystemExit(f"one writer failed on {article_id}: {failed.reason}")
    store.close()
    return out


def trial(name: str, first: list[str], second: list[str], late: float, db: Path,
          coded: dict[str, Counter[tuple[str, int, str]]], reference: Path) -> list[str]:
    """Problems found (empty: the trial passed)."""
    url = f"sqlite:///{db}"
    procs = [subprocess.Popen(command(first, url), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=subprocess_env())]
    if late:
        time.sleep(late)
    procs.append(subprocess.Popen(command(second, url), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=subprocess_env()))
    outs = [p.communicate(timeout=1800) for p in procs]
    problems = []
    for number, (proc, (_out, err)) in enumerate(zip(procs, outs, strict=True), start=1):
        if proc.returncode != 0:
            problems.append(f"writer {number} exited {proc.returncode}: {err[-500:]}")
        for word in BAD:
            if word in err:
                line = next(x for x in err.splitlines() if word in x)
                problems.append(f"writer {number} printed {word!r}: {line[:300]}")
    stored, reports, n_events, n_stories = facts(db)
    _, _, ref_events, ref_stories = facts(reference)
    expected = set(coded)
    if set(stored) != expected:
        problems.append(f"articles: {len(set(stored) - expected)} unexpected, "
                        f"{len(expected - set(stored))} missing")
    want: Counter[tuple[str, int, str]] = Counter()
    for article_id, copy_of in stored.items():
        if copy_of is None and article_id in coded:
            want += coded[article_id]
    if set(reports) != set(want):
        problems.append(f"reports: {len(set(want) - set(reports))} lost, "
                        f"{len(set(reports) - set(want))} not coded")
    if reports - want:
        problems.append(f"reports stored more often than coded: {sorted(reports - want)[:5]}")
    # one writer given the articles in the order the two stored them must store the same
    same = reference if first == second else one_writer_in_order(first + second, db)
    diff = differences(f"sqlite:///{same}", url)
    problems += [f"differs from one writer in that order: {x}" for x in diff[:10]]
    print(f"{name}: events {n_events} (one run: {ref_events}), stories {n_stories} "
          f"(one run: {ref_stories}): {'ok' if not problems else 'FAILED'}", flush=True)
    for line in problems:
        print(f"    {line}", flush=True)
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=1, help="times to run every order")
    parser.add_argument("--late", type=float, default=8.0, help="seconds for same-late")
    parser.add_argument("--keep", help="keep the databases in this folder")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="eventwire-concurrent-"))
    work.mkdir(parents=True, exist_ok=True)
    files = make_corpus(work / "corpus")
    reference = work / "reference.db"
    reference.unlink(missing_ok=True)
    ingest(files, f"sqlite:///{reference}")
    coded = coded_reports(files)
    failed = total = 0
    for round_ in range(args.rounds):
        for name, (first, second, late) in orders(files).items():
            db = work / f"{name}-{round_}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            total += 1
            failed += bool(trial(name, first, second, args.late if late < 0 else late, db,
                                 coded, reference))
    print(f"{total - failed} of {total} concurrent trials passed")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
