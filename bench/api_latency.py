"""Median and 95th-percentile latency of filtered event queries against an eventwire server.

Loopback only and a bounded number of requests. Either point it at a running server
(--url http://127.0.0.1:8000) or give --db and it starts one on a free loopback port.

    python bench/make_events.py 1000000 --db sqlite:///bench/out/events-1m.db
    python bench/api_latency.py --db sqlite:///bench/out/events-1m.db --requests 200
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from urllib.parse import urlparse

import httpx

QUERIES = [  # filtered event queries a journalist or a sync job would send
    {"country": "ARM", "event_date": "2022-01-01|2022-03-31", "event_date_where": "BETWEEN"},
    {"event_type": "ASSAULT|COERCE", "event_date": "2023-09", "country": "AZE|ARM"},
    {"actor": "Pashinyan", "event_date": "2021-01-01|2021-12-31"},
    {"country": "RUS", "event_type": "CONSULT", "event_date": "2024-05"},
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def start_server(db: str) -> str:
    import socket

    import uvicorn

    from eventwire.serve import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            sys.exit("the server did not start within 30 s")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=None, help="a running server on loopback")
    parser.add_argument("--db", default=None, help="or a database to serve in-process")
    parser.add_argument("--requests", type=int, default=200, help="how many (at most 5000)")
    parser.add_argument("--limit", type=int, default=500, help="page size of each query")
    args = parser.parse_args()
    if args.requests < 1 or args.requests > 5000:
        sys.exit("--requests must be 1 to 5000: this is a bounded benchmark")
    if bool(args.url) == bool(args.db):
        sys.exit("give exactly one of --url (a running server) or --db (serve it here)")
    base = args.url or start_server(args.db)
    if urlparse(base).hostname not in LOOPBACK:
        sys.exit(f"{base} is not a loopback address: this benchmark only measures local servers")
    rng = random.Random(6)
    timings: dict[int, list[float]] = {i: [] for i in range(len(QUERIES))}
    rows = 0
    with httpx.Client(base_url=base, timeout=60) as client:
        total = client.get("/health").json()
        for i, q in enumerate(QUERIES):  # warm-up: the first query pays the page cache
            client.get("/events", params={**q, "limit": args.limit}).raise_for_status()
            timings[i] = []
        for _ in range(args.requests):
            i = rng.randrange(len(QUERIES))
            started = time.perf_counter()
            response = client.get("/events", params={**QUERIES[i], "limit": args.limit})
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            rows += response.json()["count"]
            timings[i].append(elapsed)
    every = [t for ts in timings.values() for t in ts]
    print(f"database: {total['events']:,} events, {total['articles']:,} articles; "
          f"{args.requests} requests, limit {args.limit}, {rows / args.requests:.0f} rows each "
          "on average")
    for i, q in enumerate(QUERIES):
        if timings[i]:
            print(f"  {q}: median {statistics.median(timings[i]):.1f} ms, "
                  f"p95 {percentile(timings[i], 0.95):.1f} ms ({len(timings[i])} requests)")
    print(f"all: median {statistics.median(every):.1f} ms, p95 {percentile(every, 0.95):.1f} ms")


if __name__ == "__main__":
    main()
