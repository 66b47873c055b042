"""Generate N synthetic events straight into an eventwire database, for API benchmarks.

The spread is realistic for the demo region: PLOVER types weighted as news reports them,
actors from the South Caucasus and its neighbours, dates over 2020-2024 (mostly day
precision), places with coordinates. Each event has one stub source pointing at a stub
article (one per 20 events). Rows go in through the Store's engine and schema in bulk
inserts of 5,000, one transaction per batch: about 1 million events in a few minutes.

    python bench/make_events.py 100000 --db sqlite:///bench/out/events-100k.db
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from typing import Any

from eventwire.store import Store
from eventwire.store.db import date_bounds
from eventwire.store.schema import articles, event_actors, event_sources, events

TYPES = {  # type: (weight, cameo code, quad class)
    "CONSULT": (22, "040", 1), "AGREE": (8, "030", 1), "SUPPORT": (9, "051", 1),
    "COOPERATE": (6, "060", 2), "AID": (3, "070", 2), "REQUEST": (6, "020", 1),
    "ACCUSE": (10, "112", 3), "REJECT": (5, "120", 3), "THREATEN": (4, "130", 3),
    "PROTEST": (4, "140", 3), "SANCTION": (3, "163", 4), "MOBILIZE": (3, "154", 4),
    "COERCE": (4, "170", 4), "ASSAULT": (9, "190", 4), "CONCEDE": (2, "080", 2),
    "RETREAT": (2, "087", 2),
}
ACTORS = [
    ("Vladimir Putin", "RUS", "GOV"), ("Sergey Lavrov", "RUS", "GOV"), ("Russia", "RUS", None),
    ("Ilham Aliyev", "AZE", "GOV"), ("Jeyhun Bayramov", "AZE", "GOV"), ("Azerbaijan", "AZE", None),
    ("Nikol Pashinyan", "ARM", "GOV"), ("Ararat Mirzoyan", "ARM", "GOV"), ("Armenia", "ARM", None),
    (None, "ARM", "MIL"), (None, "AZE", "MIL"), (None, "RUS", "MIL"), (None, "ARM", "CVL"),
    (None, "AZE", "CVL"), (None, "ARM", "OPP"), ("Recep Tayyip Erdogan", "TUR", "GOV"),
    ("Charles Michel", "EUR", "GOV"), ("European Union", "EUR", None),
    ("Irakli Garibashvili", "GEO", "GOV"), ("Antony Blinken", "USA", "GOV"),
]
PLACES = [
    ("Baku", "AZE", 40.377, 49.892, 587084), ("Yerevan", "ARM", 40.181, 44.514, 616052),
    ("Moscow", "RUS", 55.752, 37.616, 524901), ("Khankendi", "AZE", 39.815, 46.752, 174875),
    ("Shusha", "AZE", 39.758, 46.749, 585221), ("Ganja", "AZE", 40.683, 46.361, 586523),
    ("Gyumri", "ARM", 40.789, 43.847, 616635), ("Sochi", "RUS", 43.600, 39.730, 491422),
    ("Tbilisi", "GEO", 41.694, 44.834, 611717), ("Brussels", "BEL", 50.850, 4.349, 2800866),
    ("Lachin", "AZE", 39.640, 46.547, 147622), ("Jermuk", "ARM", 39.842, 45.670, 616599),
]
START = date(2020, 1, 1)
DAYS = (date(2024, 12, 31) - START).days


def synthetic(n: int, rng: random.Random) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
    """One event's row, its actor rows and its article id."""
    kinds = list(TYPES)
    weights = [TYPES[k][0] for k in kinds]
    event_type = rng.choices(kinds, weights)[0]
    _w, cameo, quad = TYPES[event_type]
    day = START + timedelta(days=rng.randrange(DAYS))
    precision = rng.choices(["day", "month", "year"], [85, 12, 3])[0]
    event_date = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[
        precision]
    actor, recipient = rng.sample(ACTORS, 2)
    place = rng.choice(PLACES) if rng.random() < 0.7 else None
    event_id = f"bench{n:011d}"
    article_id = f"bench-article-{n // 20:08d}"
    person = [{"name": a[0], "country": a[1], "sector": a[2]} for a in (actor, recipient)]
    sentence = f"{actor[0] or actor[1]} and {recipient[0] or recipient[1]}: {event_type.lower()}."
    data = {
        "event_id": event_id, "event_type": event_type, "event_mode": None, "contexts": [],
        "cameo_code": cameo, "quad_class": quad, "actors": person[:1], "recipients": person[1:],
        "event_date": event_date, "date_precision": precision, "date_raw": None,
        "date_estimated": False,
        "location": None if place is None else {
            "name": place[0], "country": place[1], "latitude": place[2], "longitude": place[3],
            "geonames_id": place[4], "precision": "city"},
        "sources": [{"article_id": article_id, "origin": "bench", "outlet": "Bench Wire",
                     "title": None, "url": None, "publication_date": day.isoformat(),
                     "sentence": sentence, "sentence_index": n % 20}],
        "story_id": f"s-bench{n // 60:08d}", "confidence": round(rng.uniform(0.4, 0.95), 2),
        "modality": "asserted", "num_sources": 1, "num_articles": 1, "num_outlets": 1,
    }
    start, end = date_bounds(event_date)
    row = {"event_id": event_id, "event_type": event_type, "event_date": event_date,
           "date_start": start, "date_end": end, "story_id": data["story_id"],
           "confidence": data["confidence"], "modality": "asserted",
           "data": json.dumps(data, separators=(",", ":")),
           "updated_at": "2025-01-01T00:00:00+00:00"}
    roles = [{"event_id": event_id, "role": role, "name": p["name"], "country": p["country"],
              "sector": p["sector"]} for role, p in zip(("actor", "recipient"), person,
                                                        strict=True)]
    return row, roles, article_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of events")
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a new or empty database")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    store = Store(args.db)
    if store.counts()["events"]:
        sys.exit(f"{args.db} already holds events: give a new database so figures are comparable")
    rng = random.Random(args.seed)
    started = time.perf_counter()
    batch = 5000
    for first in range(0, args.n, batch):
        rows, people, sources, stubs = [], [], [], {}
        for n in range(first, min(first + batch, args.n)):
            row, roles, article_id = synthetic(n, rng)
            rows.append(row)
            people += roles
            sources.append({"event_id": row["event_id"], "article_id": article_id,
                            "sentence_index": n % 20})
            stubs[article_id] = {
                "article_id": article_id, "origin": "bench", "title": "Synthetic article",
                "outlet": "Bench Wire", "publication_date": row["date_start"],
                "publication_date_estimated": False, "story_id": row["story_id"],
                "text": "Stub text for a synthetic event.", "num_events": 20,
                "ingested_at": "2025-01-01T00:00:00+00:00",
            }
        with store.engine.begin() as conn:
            conn.execute(articles.insert().prefix_with("OR IGNORE", dialect="sqlite"),
                         list(stubs.values()))
            conn.execute(events.insert(), rows)
            conn.execute(event_actors.insert(), people)
            conn.execute(event_sources.insert(), sources)
        done = min(first + batch, args.n)
        if done % 100000 == 0 or done == args.n:
            print(f"{done:,} events, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with store.engine.begin() as conn:
        if store.engine.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")
    print(f"{args.n:,} events into {args.db} in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
