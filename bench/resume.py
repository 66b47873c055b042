"""Resume gives the identical database: kill -9 an ingest, rerun it, compare with one run.

The corpus is the demo corpus, the multi-outlet stories corpus of ``evaluate/links.py``
(split into files of ``--per-file`` articles, so a run can also be cut between files) and
the readable articles of the reader tests' folder: about 90 articles, with copies, story
merges and events merged across outlets. First one uninterrupted ingest gives the
reference database; then

* ``--splits`` clean runs in two: the first files, then all files (the second run
  rebuilds the link index from storage and goes on);
* ``--trials`` kill-and-rerun trials: ``eventwire ingest`` in a subprocess is sent
  SIGKILL once N articles are stored (N spread evenly over the run), then the same
  command is run again to the end;

and each database is compared with the reference over every table and column but the
write times (``eventwire.store.compare.TIME_COLUMNS``). Prints each trial's outcome and
the number identical; the differences of a differing one are listed.

    python bench/resume.py --trials 10 --splits 2
    python bench/resume.py --postgres postgresql+psycopg://eventwire:eventwire@127.0.0.1:5432/eventwire_test

With ``--postgres URL`` every run writes to a fresh database on that server (created next
to the URL's database and dropped at the end; the role needs CREATEDB), so the trials
test PostgreSQL's transactions and advisory lock instead of SQLite's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventwire.demo import corpus_dir
from eventwire.store.compare import differences

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "tests" / "data" / "stories" / "articles.jsonl"
READ_TESTS = ROOT / "tests" / "data" / "read"
READABLE = ("articles.jsonl", "feed.xml", "latin1.txt", "sochi.html", "yerevan-talks.txt")


def make_corpus(folder: Path, per_file: int = 3) -> list[str]:
    """Write the corpus into ``folder``; its files in the order every run reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for path in sorted(corpus_dir().iterdir()):
        files.append(Path(shutil.copy(path, folder / f"demo-{path.name}")))
    lines = [x for x in STORIES.read_text(encoding="utf-8").splitlines() if x.strip()]
    for start in range(0, len(lines), per_file):
        out = folder / f"stories-{start // per_file:03d}.jsonl"
        out.write_text("\n".join(lines[start : start + per_file]) + "\n", encoding="utf-8")
        files.append(out)
    for name in READABLE:
        files.append(Path(shutil.copy(READ_TESTS / name, folder / f"read-{name}")))
    return [str(p) for p in files]


def command(files: list[str], url: str) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", "ingest", *files, "--db", url]


def subprocess_env() -> dict[str, str]:
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{path}" if path else str(ROOT)}


def ingest(files: list[str], url: str) -> None:
    """One ingest run to its end (a subprocess, as a user runs it)."""
    done = subprocess.run(
        command(files, url), capture_output=True, text=True, env=subprocess_env(), check=False
    )
    if done.returncode not in (0, 3):  # 3: bad records skipped (the corpus has some on purpose)
        raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr[-2000:]}")


class Stores:
    """Fresh databases by name: SQLite files in a folder, or databases on a PostgreSQL server."""

    def __init__(self, work: Path, postgres: str | None = None) -> None:
        self.work, self.postgres = work, postgres
        self.made: list[str] = []

    def url(self, name: str) -> str:
        if self.postgres is None:
            return f"sqlite:///{self.work / name}.db"
        from sqlalchemy.engine import make_url

        base = make_url(self.postgres)
        return base.set(database=f"{base.database}_resume_{name}").render_as_string(
            hide_password=False
        )

    def reset(self, name: str) -> str:
        """An empty database called ``name``; its URL."""
        if self.postgres is None:
            (self.work / f"{name}.db").unlink(missing_ok=True)
            return self.url(name)
        self._admin(f'DROP DATABASE IF EXISTS "{self._db(name)}" WITH (FORCE)')
        self._admin(f'CREATE DATABASE "{self._db(name)}"')
        self.made.append(name)
        return self.url(name)

    def stored(self, name: str) -> int:
        """Articles committed so far (0 before the schema exists)."""
        if self.postgres is None:
            path = self.work / f"{name}.db"
            if not path.exists():
                return 0
            try:
                with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
                    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
            except sqlite3.Error:
                return 0
        import sqlalchemy as sa

        engine = sa.create_engine(self.url(name), poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as conn:
                return int(conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one())
        except sa.exc.SQLAlchemyError:
            return 0
        finally:
            engine.dispose()

    def drop_all(self) -> None:
        for name in self.made:
            self._admin(f'DROP DATABASE IF EXISTS "{self._db(name)}" WITH (FORCE)')

    def _db(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        return str(make_url(self.url(name)).database)

    def _admin(self, sql: str) -> None:
        import sqlalchemy as sa

        assert self.postgres is not None
        engine = sa.create_engine(
            self.postgres, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool
        )
        try:
            with engine.connect() as conn:
                conn.execute(sa.text(sql))
        finally:
            engine.dispose()


def kill_after(
    files: list[str], stores: Stores, name: str, articles: int, timeout: float = 600
) -> int:
    """Start an ingest, SIGKILL it once ``articles`` are stored; how many were stored then."""
    proc = subprocess.Popen(
        command(files, stores.url(name)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=subprocess_env(),
    )
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if stores.stored(name) >= articles:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    return stores.stored(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=10, help="kill-and-rerun trials")
    parser.add_argument("--splits", type=int, default=2, help="clean runs split in two")
    parser.add_argument("--per-file", type=int, default=3, help="stories articles per file")
    parser.add_argument("--keep", help="keep the databases in this folder")
    parser.add_argument("--json", help="write the outcome as JSON here")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="run every database on this PostgreSQL server instead of SQLite",
    )
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="eventwire-resume-"))
    work.mkdir(parents=True, exist_ok=True)
    files = make_corpus(work / "corpus", args.per_file)
    stores = Stores(work, args.postgres)
    reference = stores.reset("reference")
    started = time.monotonic()
    ingest(files, reference)
    total = stores.stored("reference")
    print(
        f"reference: {total} articles from {len(files)} files "
        f"in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    outcome: dict[str, list[dict[str, object]]] = {"splits": [], "kills": []}
    for number in range(args.splits):
        cut = len(files) * (number + 1) // (args.splits + 1)
        db = stores.reset(f"split{number}")
        ingest(files[:cut], db)
        ingest(files, db)
        diff = differences(reference, db)
        outcome["splits"].append({"files_first": cut, "identical": not diff, "diff": diff})
        _report(f"split after {cut} of {len(files)} files", diff)
    for number in range(args.trials):
        target = max(1, total * (number + 1) // (args.trials + 1))
        db = stores.reset(f"kill{number}")
        at = kill_after(files, stores, f"kill{number}", target)
        ingest(files, db)
        diff = differences(reference, db)
        outcome["kills"].append({"killed_at": at, "identical": not diff, "diff": diff})
        _report(f"kill -9 at {at} of {total} articles, rerun", diff)
    same_kills = sum(bool(k["identical"]) for k in outcome["kills"])
    same_splits = sum(bool(s["identical"]) for s in outcome["splits"])
    print(
        f"identical: {same_kills} of {args.trials} kill-and-rerun trials, "
        f"{same_splits} of {args.splits} split runs ({time.monotonic() - started:.0f} s)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(outcome, indent=1), encoding="utf-8")
    if not args.keep:
        stores.drop_all()
        shutil.rmtree(work, ignore_errors=True)


def _report(what: str, diff: list[str]) -> None:
    print(f"{what}: {'identical' if not diff else 'DIFFERS'}", flush=True)
    for line in diff[:40]:
        print(f"    {line}", flush=True)


if __name__ == "__main__":
    main()
