"""eventwire: news articles in, a sourced and deduplicated timeline of political events out.

The pipeline stages, in the order data flows through them, are the subpackages
``read`` → ``clean`` → ``language`` → ``actors`` → ``coding`` → ``link`` →
``store`` → ``export``; ``pipeline`` composes them in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.export.frames import EventDatabase

__version__ = "0.1.0"


def open(url: str | None = None) -> EventDatabase:  # noqa: A001 - eventwire.open(url) reads well
    """Open an event database for pandas: ``eventwire.open(url).events(country="AZE")``.

    Imported on first call so that ``import eventwire`` stays light (no pandas, no spaCy).
    """
    from eventwire.export.frames import open_database

    return open_database(url)
