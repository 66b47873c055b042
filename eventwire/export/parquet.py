"""Parquet: one typed file, or a folder partitioned by year and month (Hive layout).

The schema comes from the Field definitions, so a column that is empty in one
partition has the same type as in the others and pandas, DuckDB, Spark and R's arrow
read the folder back as one table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.export.fields import Field, arrow_schema

#: Partition keys; 0 stands for "unknown" (undated events, or month of a year-only date),
#: because pyarrow cannot read back a partition key that is null in one folder only.
PARTITION_COLUMNS = ("year", "month")


def write_parquet(
    rows: Iterable[dict[str, Any]], out: Path, fields: Sequence[Field], partition: bool = False
) -> int:
    """Write rows as Parquet (a file, or a year=/month= folder tree); returns the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table_rows = list(rows)
    schema = arrow_schema(fields)
    if not partition:
        pq.write_table(pa.Table.from_pylist(table_rows, schema=schema), out)
        return len(table_rows)
    missing = [c for c in PARTITION_COLUMNS if c not in schema.names]
    if missing:
        raise EventwireError(
            "E311", f"cannot partition by {', '.join(missing)}: the table has no such column",
            "use the canonical, gdelt or acled profile, or drop --partition",
        )
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise EventwireError(
            "E312", f"{out} exists and is not an empty folder",
            "give a new or empty folder for a partitioned export (old partitions would mix "
            "with the new ones)",
        )
    keyed = [{**r, **{c: r.get(c) or 0 for c in PARTITION_COLUMNS}} for r in table_rows]
    table = pa.Table.from_pylist(keyed, schema=schema)
    out.mkdir(parents=True, exist_ok=True)
    pq.write_to_dataset(table, str(out), partition_cols=list(PARTITION_COLUMNS),
                        basename_template="part-{i}.parquet")
    return len(table_rows)
