"""Batch runs on Dask distributed: the per-article stages on workers, one writer linking.

``eventwire ingest --workers N`` starts a local cluster of N worker processes;
``--scheduler tcp://host:8786`` uses a running one (every worker must see the input
files under the same paths and reach the database). The input is cut into partitions
(a file, or a slice of a JSON Lines file's records); a worker reads, cleans, analyses
and codes a partition's articles (``pipeline.code``, the models loaded once per worker
process and run with one ONNX thread, ``EVENTWIRE_THREADS=1``) and skips those the store
already holds, so a killed run resumes where it stopped.

Linking and storing stay in this process, in input order: each partition's articles
are linked and stored (``pipeline.store_article``, under the store's write lock) in the
order a single-process run takes them, so story and event ids are the same as
without a cluster. A partition that fails (its worker died, an error) is retried by the
scheduler (``RETRIES``); one that still fails is reported, and a rerun finishes it.
Workers report each article as they finish it (a Dask event topic), so progress moves
while a partition is still being coded.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select

from eventwire.errors import EventwireError, InputError
from eventwire.language.parse import parse_all
from eventwire.options import Options
from eventwire.pipeline import (
    Coded,
    Summary,
    _store_one,
    _stored_text,
    coded,
    conflict,
    readable_files,
    same_text,
)
from eventwire.prepare import prepare
from eventwire.read import (
    ReadFailure,
    failure_from,
    internal_failure,
    kind_of,
    read_path,
)
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.schema import articles as articles_table

PARTITION_SIZE = 50  # JSON Lines records per partition
RETRIES = 2  # a failed partition is run again this many times
PROGRESS_TOPIC = "eventwire-progress"
WORKER_ENV = {"EVENTWIRE_THREADS": "1", "OMP_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Partition:
    """Records ``start`` to ``stop`` of one file (all of it when stop is None)."""

    number: int
    path: str
    start: int = 0
    stop: int | None = None


PartResult = tuple[Article, Coded] | ReadFailure | str  # str: already stored (its id)


def partitions(files: Iterable[Path], size: int = PARTITION_SIZE) -> list[Partition]:
    """JSON Lines files cut every ``size`` records (their lines are counted here; a worker
    reads only its slice); every other file is one partition (a feed, a WARC, a page)."""
    out: list[Partition] = []
    for path in files:
        if kind_of(path) == "jsonl" and path.suffix.lower() not in (".json", ".gz"):
            with path.open("rb") as handle:
                lines = sum(1 for _ in handle)
            for start in range(0, max(lines, 1), size):
                out.append(Partition(len(out), str(path), start, start + size))
        else:
            out.append(Partition(len(out), str(path)))
    return out


def _stored(url: str, ids: list[str]) -> dict[str, str]:
    """Which of these article ids the store holds, with their texts (one read, no
    migration, no lock)."""
    if not ids:
        return {}
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(articles_table.c.article_id, articles_table.c.text)
                                .where(articles_table.c.article_id.in_(ids)))
            return {row.article_id: row.text or "" for row in rows}
    finally:
        engine.dispose()


def _report(done: int, number: int) -> None:
    """One article done on this worker: an event the client's progress bar listens to."""
    try:
        from distributed import get_worker

        get_worker().log_event(PROGRESS_TOPIC, {"partition": number, "done": done})
    except (ImportError, ValueError):  # not on a worker (a test calling it directly)
        pass


def code_partition(part: Partition, options: Options) -> list[PartResult]:
    """On a worker: read, clean, analyse and code one partition's articles, in order.

    Articles already stored (an earlier, interrupted run) come back as their id only,
    uncoded; a record that cannot be read comes back as its ReadFailure.
    """
    for key, value in WORKER_ENV.items():
        os.environ.setdefault(key, value)
    prepared: list[Article | ReadFailure] = []
    places: dict[str, str] = {}
    for raw in islice(read_path(Path(part.path), options), part.start, part.stop):
        if isinstance(raw, ReadFailure):
            prepared.append(raw)
            continue
        where = raw.location or raw.origin
        try:
            article = prepare(raw, options)
        except InputError as err:
            prepared.append(ReadFailure(where, failure_from(err).reason))
            continue
        except Exception as err:  # noqa: BLE001 - one bad article must not stop a run
            prepared.append(internal_failure(where, "cleaning", err))
            continue
        places[article.article_id] = where
        prepared.append(article)
    stored = _stored(options.db_url, [a.article_id for a in prepared if isinstance(a, Article)])
    new = [a for a in prepared if isinstance(a, Article) and a.article_id not in stored]
    parsed = parse_all(a.text for a in new)  # the partition parsed as a batch
    out: list[PartResult] = []
    for item in prepared:
        if isinstance(item, ReadFailure):
            out.append(item)
        elif item.article_id in stored:
            known = stored[item.article_id]
            out.append(item.article_id if same_text(known, item.text)
                       else conflict(places[item.article_id], item.article_id))
        else:
            doc = next(parsed)
            try:
                out.append((item, coded(item, doc)))
            except Exception as err:  # noqa: BLE001 - one article, not the partition
                out.append(internal_failure(places[item.article_id], "coding", err))
            _report(len(out), part.number)
    return out


def start_client(workers: int | None, scheduler: str | None) -> Any:
    """A Dask client: on the scheduler at ``scheduler``, or on a new local cluster of
    ``workers`` single-threaded worker processes."""
    quiet = logging.getLogger("eventwire").getEffectiveLevel() > logging.DEBUG
    if quiet:  # Dask's INFO lines (and its workers', which inherit this) only with -v
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
        logging.getLogger("distributed").setLevel(logging.WARNING)
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise EventwireError(
            "E210", "--workers and --scheduler need Dask distributed, which is not installed",
            "pip install 'eventwire[dask]'",
        ) from err
    if scheduler:
        try:
            return Client(scheduler, timeout="30s")
        except OSError as err:
            raise EventwireError(
                "E211", f"cannot reach the Dask scheduler at {scheduler} ({err})",
                "start one (`dask scheduler`, then `dask worker ADDRESS` on each machine) or "
                "check the address",
            ) from err
    cluster = LocalCluster(
        n_workers=workers or 1, threads_per_worker=1, processes=True,
        dashboard_address=None, env=WORKER_ENV,
    )
    return Client(cluster)


def ingest_on_cluster(
    paths: Iterable[str], options: Options, store: Store, client: Any,
    on_progress: Callable[[int, int], None] | None = None,
    on_failure: Callable[[ReadFailure], None] | None = None,
    partition_size: int = PARTITION_SIZE,
) -> Summary:
    """Like ``pipeline.ingest``, with the per-article stages on the client's workers.

    ``on_progress(articles coded, partitions done)`` is called as workers report.
    """
    summary = Summary()
    files = readable_files(paths, summary, on_failure)
    summary.files = len(files)
    parts = partitions(files, partition_size)
    coded = [0]
    finished = [0]

    def heard(event: Any) -> None:
        coded[0] += 1
        if on_progress:
            on_progress(coded[0], finished[0])

    client.subscribe_topic(PROGRESS_TOPIC, heard)
    index = store.link_index()
    window = max(2, 2 * len(client.scheduler_info().get("workers", {}) or [1]))
    pending: deque[tuple[Partition, Any]] = deque()
    queue = iter(parts)
    try:
        for part in _refill(queue, pending, window, client, options):
            future = pending.popleft()[1]
            try:
                results: list[PartResult] = future.result()
            except Exception as err:  # noqa: BLE001 - a partition failing RETRIES times
                failure = ReadFailure(
                    f"{part.path} [records {part.start}-{part.stop or 'end'}]",
                    f"[E212] partition failed after {RETRIES} retries ({type(err).__name__}: "
                    f"{err}); rerun the same command to finish it",
                )
                summary.failures.append(failure)
                if on_failure:
                    on_failure(failure)
                continue
            finished[0] += 1
            _store_partition(results, index, store, summary, on_failure)
            if on_progress:
                on_progress(coded[0], finished[0])
    finally:
        client.unsubscribe_topic(PROGRESS_TOPIC)
    return summary


def _refill(
    queue: Iterator[Partition], pending: deque[tuple[Partition, Any]], window: int,
    client: Any, options: Options,
) -> Iterator[Partition]:
    """Keep ``window`` partitions submitted ahead; yield each in input order."""
    while True:
        while len(pending) < window:
            part = next(queue, None)
            if part is None:
                break
            future = client.submit(code_partition, part, options, retries=RETRIES,
                                   key=f"eventwire-partition-{part.number}-{id(pending)}")
            pending.append((part, future))
        if not pending:
            return
        yield pending[0][0]


def _store_partition(
    results: list[PartResult], index: Any, store: Store, summary: Summary,
    on_failure: Callable[[ReadFailure], None] | None,
) -> None:
    """Link and store a partition's articles in order, as the single-process run does."""
    stored_text = _stored_text(store)
    for item in results:
        if isinstance(item, str):
            summary.already_stored += 1
            continue
        if isinstance(item, ReadFailure):
            outcome: ReadFailure | None = item
        elif (known := stored_text(item[0].article_id)) is not None:  # twice in the input
            if same_text(known, item[0].text):
                summary.already_stored += 1
                continue
            outcome = conflict(item[0].origin, item[0].article_id)
        else:
            summary.articles += 1
            outcome = _store_one(item[0], index, store, summary, done=item[1])
        if outcome is not None:
            summary.failures.append(outcome)
            if on_failure:
                on_failure(outcome)
