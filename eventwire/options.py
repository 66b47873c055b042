"""One options object passed down the pipeline instead of long argument lists."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB = "sqlite:///eventwire.db"
MAX_FILE_BYTES = 20 * 1024 * 1024


def default_db_url() -> str:
    """The database URL: EVENTWIRE_DB if set, else a SQLite file in the working folder."""
    return os.environ.get("EVENTWIRE_DB") or DEFAULT_DB


@dataclass(frozen=True)
class Options:
    """Settings for one run of the pipeline.

    ``published`` and ``outlet`` are defaults applied to articles that carry
    none of their own (a folder of .txt files has no metadata).
    """

    db_url: str = DEFAULT_DB
    published: str | None = None
    outlet: str | None = None
    max_file_bytes: int = MAX_FILE_BYTES
    verbose: bool = False
    min_confidence: float = 0.0
