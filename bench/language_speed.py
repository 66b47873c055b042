"""Articles per second of the language layer (spaCy, times, actors, places) on the seeds.

    python bench/language_speed.py [--rounds 3]

Reads the seed articles from ../shared/seeds (third-party text, never copied here),
prepares them as ingest does, and times ``analyze`` alone, after one warm-up pass
that loads the model and the tables (their load times are printed separately, and the
gazetteer's both built from its sources and opened from its on-disk cache).
"""

from __future__ import annotations

import argparse
import sys
import time

from eventwire.evaluate.corpora import seed_documents
from eventwire.options import Options
from eventwire.prepare import prepare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the seeds")
    args = parser.parse_args(argv)
    try:
        articles = [prepare(doc, Options()) for doc in seed_documents()]
    except (OSError, FileNotFoundError) as error:
        print(f"[B001] cannot read the seed articles ({error}); this needs ../shared/seeds",
              file=sys.stderr)  # fmt: skip
        return 2
    if not articles:
        print("[B002] no seed articles found under ../shared/seeds", file=sys.stderr)
        return 2
    began = time.perf_counter()
    from eventwire.language.nlp import load_nlp

    load_nlp()
    model_s = time.perf_counter() - began
    from eventwire.language.analyze import analyze
    from eventwire.language.places_gazetteer import build_gazetteer, load_gazetteer

    began = time.perf_counter()
    build_gazetteer()
    build_s = time.perf_counter() - began
    load_gazetteer()  # writes the on-disk cache if there is none yet
    load_gazetteer.cache_clear()
    began = time.perf_counter()
    load_gazetteer()
    cached_s = time.perf_counter() - began
    began = time.perf_counter()
    analyze(articles[0])  # loads the actor table and the gazetteer
    warm_s = time.perf_counter() - began
    words = sum(len(a.text.split()) for a in articles)
    began = time.perf_counter()
    for _ in range(args.rounds):
        for article in articles:
            analyze(article)
    elapsed = time.perf_counter() - began
    n = len(articles) * args.rounds
    print(f"articles {len(articles)} ({words} words) x {args.rounds} rounds")
    print(f"model load {model_s:.2f} s; first article with tables {warm_s:.2f} s")
    print(f"gazetteer: built in {build_s:.2f} s, opened from its cache in {cached_s:.3f} s")
    rate = words * args.rounds / elapsed
    print(f"language layer: {n / elapsed:.1f} articles/s, {rate:.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
