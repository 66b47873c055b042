"""One entry point for every event export: pick a profile and a format, write, report.

The CLI's ``events`` command and the HTTP API call :func:`export_events`; the row
functions underneath are pure, so either can also build rows itself with
:func:`profile_rows`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.export.fields import Field
from eventwire.export.parquet import PARTITION_COLUMNS, write_parquet
from eventwire.export.profiles import Profile, get_profile
from eventwire.export.tables import FORMATS, write_rows
from eventwire.records import Event
from eventwire.store import EventFilter, Store

EVENT_FORMATS = (*FORMATS, "geojson", "gephi")


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote, as the one line a user reads on stderr."""

    written: int
    message: str


def updated_times(store: Store) -> dict[str, str]:
    """event_id → when it was last stored or updated (GDELT DATEADDED, ACLED timestamp)."""
    from sqlalchemy import select

    from eventwire.store.schema import events

    with store.engine.connect() as conn:
        rows = conn.execute(select(events.c.event_id, events.c.updated_at))
        return {event_id: updated for event_id, updated in rows}


def profile_rows(
    events: Iterable[Event], profile: Profile, updated: dict[str, str] | None = None
) -> Iterator[dict[str, Any]]:
    """Each event as a row of the profile."""
    for ev in events:
        yield profile.row(ev, (updated or {}).get(ev.event_id))


def default_profile(fmt: str) -> str:
    """The nested record for JSON Lines and JSON (as before profiles existed), else canonical."""
    return "record" if fmt in ("jsonl", "json") else "canonical"


def _check(fmt: str, profile: Profile, out: Path | None, partition: bool) -> None:
    if fmt not in EVENT_FORMATS:
        raise EventwireError("E300", f"unknown format {fmt!r}",
                             "use one of " + ", ".join(EVENT_FORMATS))
    if not profile.flat and fmt not in ("jsonl", "json", "geojson"):
        raise EventwireError(
            "E314", f"the {profile.name} profile is nested JSON and cannot be written as {fmt}",
            "use -f jsonl or -f json, or --profile canonical for a flat table",
        )
    if fmt == "gephi" and out is None:
        raise EventwireError("E315", "gephi writes nodes.csv and edges.csv into a folder",
                             "add -o FOLDER")
    if partition and fmt != "parquet":
        raise EventwireError("E316", f"--partition is for parquet, not {fmt}",
                             "add -f parquet or drop --partition")


def _with_partition_keys(
    rows: Iterable[dict[str, Any]], events: list[Event], fields: tuple[Field, ...]
) -> tuple[list[dict[str, Any]], tuple[Field, ...]]:
    """Add year/month to a profile that lacks them, so any flat profile can be partitioned."""
    from eventwire.export.canonical import EVENT_FIELDS, event_row

    have = {f.name for f in fields}
    extra = tuple(f for f in EVENT_FIELDS if f.name in PARTITION_COLUMNS and f.name not in have)
    out = []
    for row, ev in zip(rows, events, strict=True):
        canon = event_row(ev)
        out.append({**row, **{f.name: canon[f.name] for f in extra}})
    return out, fields + extra


def export_events(
    store: Store, flt: EventFilter, fmt: str, out: Path | None, profile_name: str | None = None,
    partition: bool = False,
) -> ExportSummary:
    """Write the filtered events in a format and profile to a file, folder or stdout."""
    profile = get_profile(profile_name or default_profile(fmt))
    if fmt == "parquet" and out is not None and out.is_dir():
        partition = True  # -o names an existing folder: a partitioned dataset
    _check(fmt, profile, out, partition)
    chosen = store.iter_events(flt)
    updated = updated_times(store) if profile.needs_updated_at else None
    if fmt == "gephi":
        from eventwire.export.gephi import write_gephi

        assert out is not None
        result = write_gephi(chosen, out)
        return ExportSummary(result.events, (
            f"{result.events} events → {result.nodes} nodes, {result.edges} edges in {out}; "
            f"{result.without_edge} events with fewer than two actors give no edge"
        ))
    if fmt == "geojson":
        from eventwire.export.geojson import feature_collection

        geo = feature_collection(
            chosen, lambda ev: profile.row(ev, (updated or {}).get(ev.event_id))
        )
        text = json.dumps(geo.collection, ensure_ascii=False) + "\n"
        if out is None:
            sys.stdout.write(text)
        else:
            out.write_text(text, encoding="utf-8")
        return ExportSummary(geo.located, (
            f"{geo.located} located events; {geo.unlocated} without coordinates left out "
            "(they are in the other formats)"
        ))
    if fmt == "parquet" and partition:
        assert out is not None
        events = list(chosen)
        rows, fields = _with_partition_keys(profile_rows(events, profile, updated), events,
                                            profile.fields)
        count = write_parquet(rows, out, fields, partition=True)
        return ExportSummary(count, f"{count} events in {out}/year=*/month=* (0 = unknown)")
    if fmt == "parquet" and out is not None:
        count = write_parquet(profile_rows(chosen, profile, updated), out, profile.fields)
        return ExportSummary(count, f"{count} events")
    count = write_rows(profile_rows(chosen, profile, updated), fmt, out,
                       fields=profile.fields if profile.flat else None)
    return ExportSummary(count, f"{count} events")

