"""Throughput and peak memory of the whole pipeline, into a real SQLite database.

Ingests the demo corpus (and ../shared/seeds when present) `--rounds` times,
each round into a fresh database so that every round reads, cleans, analyses,
codes, links and stores every article again (a second round into the same
database would find them all already stored). Prints articles per second,
words per second and peak resident memory; then the time of each stage (the
stages called one by one, as `pipeline.ingest` composes them) beside a bare
spaCy parse of the same texts (`nlp.pipe`), and the ratio the issue-14 speed
budget asks for: the bare parse over the pipeline without its coding stage.

    python bench/throughput.py --rounds 5
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from eventwire.coding import code_events
from eventwire.demo import corpus_dir
from eventwire.language.analyze import analyze
from eventwire.language.nlp import load_nlp
from eventwire.link import find_copy_of, link
from eventwire.options import Options
from eventwire.pipeline import ingest
from eventwire.prepare import prepare
from eventwire.read import read_paths
from eventwire.records import Event, RawDocument
from eventwire.store import Store

STAGES = ("read", "clean", "language", "coding", "link", "store")


def stage_times(paths: list[str], db: Path) -> tuple[dict[str, float], float, int]:
    """Seconds spent in each stage over one ingest, the bare spaCy parse, and articles."""
    spent = dict.fromkeys(STAGES, 0.0)
    store = Store(f"sqlite:///{db}")
    index = store.link_index()
    started = time.perf_counter()
    raws = [d for d in read_paths(paths, Options()) if isinstance(d, RawDocument)]
    spent["read"] = time.perf_counter() - started
    texts = []
    for raw in raws:
        started = time.perf_counter()
        article = prepare(raw, Options())
        spent["clean"] += time.perf_counter() - started
        if store.has_article(article.article_id):
            continue
        texts.append(article.text)
        started = time.perf_counter()
        copy_check = find_copy_of(article, index)
        events: tuple[Event, ...] = ()
        if copy_check[2] is None:
            analysis = analyze(article)
            spent["language"] += time.perf_counter() - started
            started = time.perf_counter()
            events = tuple(code_events(analysis))
            spent["coding"] += time.perf_counter() - started
        started = time.perf_counter()
        result = link(article, events, index, copy_check=copy_check)
        spent["link"] += time.perf_counter() - started
        started = time.perf_counter()
        store.save(article, result)
        index.add(result)
        spent["store"] += time.perf_counter() - started
    store.close()
    nlp = load_nlp()
    started = time.perf_counter()
    for _doc in nlp.pipe(texts):
        pass
    return spent, time.perf_counter() - started, len(texts)

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
    with tempfile.TemporaryDirectory() as tmp:
        spent, bare, count = stage_times(paths, Path(tmp) / "stages.db")
    total = sum(spent.values())
    print(f"time per stage over {count} articles (one round):")
    for stage in STAGES:
        print(f"  {stage:<9}{spent[stage]:7.2f} s {spent[stage] / count * 1000:8.1f} ms/article "
              f"{spent[stage] / total:6.1%}")
    print(f"  bare spaCy parse (nlp.pipe) {bare:.2f} s; pipeline without coding "
          f"{total - spent['coding']:.2f} s; ratio {bare / (total - spent['coding']):.2f} "
          "(the budget: >= 1.0)")


if __name__ == "__main__":
    main()
