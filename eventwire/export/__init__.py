"""Stage 8, export: events and articles as files other tools read."""

from eventwire.export.tables import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    FORMATS,
    event_row,
    write_rows,
)

__all__ = ["ARTICLE_COLUMNS", "EVENT_COLUMNS", "FORMATS", "event_row", "write_rows"]
