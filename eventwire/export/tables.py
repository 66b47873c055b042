"""Tidy tables: one event per row, the same columns in every format.

List fields stay lists in JSON Lines, JSON and Parquet and are joined with
"; " in CSV and TSV, whose first line is always the header.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from eventwire.errors import EventwireError
from eventwire.records import Event

FORMATS = ("jsonl", "json", "csv", "tsv", "parquet")
LIST_SEPARATOR = "; "
EVENT_COLUMNS = [
    "event_id", "event_date", "date_precision", "year", "yyyymmdd", "date_raw", "date_estimated",
    "event_type", "event_mode", "contexts", "cameo_code", "quad_class", "modality",
    "actor_names", "actor_countries", "actor_sectors",
    "recipient_names", "recipient_countries", "recipient_sectors",
    "location_name", "location_country", "latitude", "longitude", "geonames_id",
    "story_id", "confidence", "num_sources", "num_articles", "num_outlets",
    "source_article_ids", "source_urls", "first_sentence",
]
ARTICLE_COLUMNS = [
    "article_id", "origin", "title", "outlet", "url", "publication_date",
    "publication_date_estimated", "duplicate_of", "story_id", "num_events",
]


def event_row(ev: Event) -> dict[str, Any]:
    """The canonical flat row of an event (nested fields spread into columns)."""
    loc = ev.location
    year = int(ev.event_date[:4]) if ev.event_date else None
    yyyymmdd = None
    if ev.event_date:
        parts = (ev.event_date.split("-") + ["00", "00"])[:3]
        yyyymmdd = int("".join(p.zfill(2) for p in parts))
    first = ev.sources[0] if ev.sources else None
    row = {
        "event_id": ev.event_id,
        "event_date": ev.event_date,
        "date_precision": ev.date_precision,
        "year": year,
        "yyyymmdd": yyyymmdd,
        "date_raw": ev.date_raw,
        "date_estimated": ev.date_estimated,
        "event_type": ev.event_type,
        "event_mode": ev.event_mode,
        "contexts": list(ev.contexts),
        "cameo_code": ev.cameo_code,
        "quad_class": ev.quad_class,
        "modality": ev.modality,
        "actor_names": [a.name for a in ev.actors],
        "actor_countries": [a.country for a in ev.actors],
        "actor_sectors": [a.sector for a in ev.actors],
        "recipient_names": [a.name for a in ev.recipients],
        "recipient_countries": [a.country for a in ev.recipients],
        "recipient_sectors": [a.sector for a in ev.recipients],
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geonames_id": loc.geonames_id if loc else None,
        "story_id": ev.story_id,
        "confidence": ev.confidence,
        "num_sources": len(ev.sources),
        "num_articles": len({s.article_id for s in ev.sources}),
        "num_outlets": len({s.outlet or s.origin for s in ev.sources}),
        "source_article_ids": [s.article_id for s in ev.sources],
        "source_urls": [s.url or s.origin for s in ev.sources],
        "first_sentence": first.sentence if first else None,
    }
    assert list(row) == EVENT_COLUMNS  # one list of columns for every format and the codebook
    return row


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    return value


def write_rows(
    rows: Iterable[dict[str, Any]], fmt: str, out: Path | None, columns: list[str] | None = None
) -> int:
    """Write rows to a file or stdout; returns how many were written."""
    if fmt not in FORMATS:
        raise EventwireError("E300", f"unknown format {fmt!r}", "use one of " + ", ".join(FORMATS))
    if fmt == "parquet":
        if out is None:
            raise EventwireError("E301", "parquet needs an output file", "add -o events.parquet")
        import pandas as pd

        table = list(rows)
        pd.DataFrame(table, columns=columns).to_parquet(out, index=False)
        return len(table)
    handle: IO[str] = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        return _write_text(rows, fmt, handle, columns)
    finally:
        if out:
            handle.close()


def _write_text(
    rows: Iterable[dict[str, Any]], fmt: str, handle: IO[str], columns: list[str] | None
) -> int:
    count = 0
    if fmt == "json":
        table = list(rows)
        json.dump(table, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
        return len(table)
    if fmt == "jsonl":
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(
                handle, fieldnames=columns or list(row), delimiter="\t" if fmt == "tsv" else ",",
                extrasaction="ignore",
            )
            writer.writeheader()
        writer.writerow({k: _flat(v) for k, v in row.items()})
        count += 1
    if writer is None and columns:
        csv.writer(handle, delimiter="\t" if fmt == "tsv" else ",").writerow(columns)
    return count
