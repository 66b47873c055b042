"""Throughput and peak memory of the whole pipeline, into a real SQLite database.

Ingests the demo corpus (and ../shared/seeds when present) `--rounds` times,
each round into a fresh database so that every round reads, cleans, analyses,
codes, links and stores every article again (a second round into the same
database would find them all already stored). Prints articles per second,
words per second and peak resident memory.

    python bench/throughput.py --rounds 5
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from eventwire.demo import corpus_dir
from eventwire.language.nlp import load_nlp
from eventwire.options import Options
from eventwire.pipeline import ingest
from eventwire.read import read_paths
from eventwire.records import RawDocument
from eventwire.store import Store

SHARED_SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description="eventwire ingest throughput")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    paths = [str(corpus_dir())] + ([str(SHARED_SEEDS)] if SHARED_SEEDS.is_dir() else [])
    docs = [d for d in read_paths(paths, Options()) if isinstance(d, RawDocument)]
    words = sum(len(d.text.split()) for d in docs)
    started = time.perf_counter()
    load_nlp()
    load_seconds = time.perf_counter() - started
    seconds = 0.0
    articles = events = failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for round_no in range(args.rounds):
            store = Store(f"sqlite:///{Path(tmp) / f'round-{round_no}.db'}")
            started = time.perf_counter()
            summary = ingest(paths, Options(), store)
            seconds += time.perf_counter() - started
            store.close()
            articles += summary.articles
            events += summary.events
            failures += len(summary.failures)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seeds = "with" if SHARED_SEEDS.is_dir() else "without"
    print(f"corpus: {len(docs)} articles, {words:,} words ({seeds} ../shared seeds), "
          f"{args.rounds} rounds")
    print(f"model load: {load_seconds:.1f} s (once per process)")
    print(f"ingest: {articles / seconds:.1f} articles/s, {words * args.rounds / seconds:,.0f} "
          f"words/s ({articles} articles, {events} events, {failures} failures, {seconds:.1f} s)")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
