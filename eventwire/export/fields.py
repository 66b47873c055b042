"""Column definitions: name, type and meaning, kept next to the code that fills them.

One tuple of :class:`Field` per table drives the column order of every format, the
Parquet schema (so an all-empty column still has its type) and the codebook
(``docs/codebook.md``), so the documentation cannot drift from the data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: The type names a Field may carry; ``object`` and ``list[object]`` are JSON-only.
TYPES = ("string", "integer", "float", "boolean", "list[string]", "object", "list[object]")


@dataclass(frozen=True)
class Field:
    """One column: its name, its type (one of TYPES) and what it means."""

    name: str
    type: str
    description: str

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"[E330] field {self.name!r} has unknown type {self.type!r}; "
                             f"use one of {', '.join(TYPES)}")


def names(fields: Sequence[Field]) -> list[str]:
    """The column names, in order."""
    return [f.name for f in fields]


def arrow_schema(fields: Sequence[Field]) -> Any:
    """The pyarrow schema of a table, so empty columns keep their type in Parquet."""
    import pyarrow as pa

    types = {
        "string": pa.string(), "integer": pa.int64(), "float": pa.float64(),
        "boolean": pa.bool_(), "list[string]": pa.list_(pa.string()),
    }
    return pa.schema([(f.name, types[f.type]) for f in fields])
