"""Tidy tables: one event per row, the same columns in every format.

List fields stay lists in JSON Lines, JSON and Parquet and are joined with
"; " in CSV and TSV, whose first line is always the header.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from eventwire.errors import EventwireError
from eventwire.export.canonical import ARTICLE_COLUMNS, EVENT_COLUMNS, event_row
from eventwire.export.fields import Field, names

__all__ = ["ARTICLE_COLUMNS", "EVENT_COLUMNS", "FORMATS", "LIST_SEPARATOR", "event_row",
           "write_rows"]

FORMATS = ("jsonl", "json", "csv", "tsv", "parquet")
LIST_SEPARATOR = "; "


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    return value


def write_rows(
    rows: Iterable[dict[str, Any]], fmt: str, out: Path | None, columns: list[str] | None = None,
    fields: Sequence[Field] | None = None,
) -> int:
    """Write rows to a file or stdout; returns how many were written.

    With ``fields`` the columns follow them and Parquet gets their typed schema, so a
    column that is empty in this selection still has its type.
    """
    if fmt not in FORMATS:
        raise EventwireError("E300", f"unknown format {fmt!r}", "use one of " + ", ".join(FORMATS))
    if fields is not None and columns is None:
        columns = names(fields)
    if fmt == "parquet":
        if out is None:
            raise EventwireError("E301", "parquet needs an output file", "add -o events.parquet")
        if fields is not None:
            from eventwire.export.parquet import write_parquet

            return write_parquet(rows, out, fields)
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
    # Text values are quoted and numbers not (csv.QUOTE_NONNUMERIC), so a code such as
    # CAMEO "074" reads back as text where a reader honours quotes; pandas does not, and
    # needs dtype={"cameo_code": str} (README). The header stays unquoted.
    delimiter = "\t" if fmt == "tsv" else ","
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            fieldnames = columns or list(row)
            csv.writer(handle, delimiter=delimiter).writerow(fieldnames)
            writer = csv.DictWriter(handle, fieldnames=fieldnames, delimiter=delimiter,
                                    extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow({k: _flat(v) for k, v in row.items()})
        count += 1
    if writer is None and columns:
        csv.writer(handle, delimiter=delimiter).writerow(columns)
    return count
