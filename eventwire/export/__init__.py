"""Stage 8, export: events and articles as files other tools read.

Profiles (canonical, gdelt, acled, plover, record) × formats (jsonl, json, csv, tsv,
parquet, geojson, gephi); :func:`export_events` is the one entry point, and every
column is defined once with its description (see docs/codebook.md).
"""

from eventwire.export.canonical import ARTICLE_FIELDS, EVENT_FIELDS
from eventwire.export.fields import Field
from eventwire.export.profiles import PROFILES, Profile, get_profile
from eventwire.export.run import EVENT_FORMATS, ExportSummary, export_events, profile_rows
from eventwire.export.tables import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    FORMATS,
    event_row,
    write_rows,
)

__all__ = [
    "ARTICLE_COLUMNS", "ARTICLE_FIELDS", "EVENT_COLUMNS", "EVENT_FIELDS", "EVENT_FORMATS",
    "FORMATS", "PROFILES", "ExportSummary", "Field", "Profile", "event_row", "export_events",
    "get_profile", "profile_rows", "write_rows",
]
