"""Python access for analysts: ``eventwire.open(url).events(country="AZE")`` → DataFrame.

The frame has the canonical columns with pandas types that keep missing values
(nullable integers, so ``yyyymmdd`` stays an integer) and Python lists in list
columns. pandas is imported here, never by ``import eventwire``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import EventwireError
from eventwire.export.canonical import ARTICLE_FIELDS
from eventwire.export.fields import Field, names
from eventwire.export.profiles import get_profile
from eventwire.export.run import profile_rows, updated_times
from eventwire.store import EventFilter, Store

if TYPE_CHECKING:
    import pandas as pd

_DTYPES = {"integer": "Int64", "float": "float64", "boolean": "boolean"}


def frame(rows: list[dict[str, Any]], fields: Sequence[Field]) -> pd.DataFrame:
    """Rows as a DataFrame with the columns and types of ``fields``."""
    import pandas as pd

    table = pd.DataFrame.from_records(rows, columns=names(fields))
    for f in fields:
        if f.type in _DTYPES:
            table[f.name] = table[f.name].astype(_DTYPES[f.type])  # type: ignore[call-overload]
    return table


class EventDatabase:
    """A stored event database opened for reading into pandas."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.store = Store(url)

    def __repr__(self) -> str:
        return f"EventDatabase({self.url!r})"

    def events(
        self, type: str | Sequence[str] | None = None, actor: str | None = None,  # noqa: A002
        country: str | None = None, since: str | None = None, until: str | None = None,
        min_confidence: float = 0.0, story: str | None = None, profile: str = "canonical",
        negated: bool | None = False,
    ) -> pd.DataFrame:
        """Events as a DataFrame, with the filters of ``eventwire events``.

        ``profile`` may also be gdelt or acled for those column names. ``negated``: False
        leaves out acts a sentence denies (the default), True gives only them, None all.
        """
        chosen = get_profile(profile)
        if not chosen.flat:
            raise EventwireError("E317", f"the {chosen.name} profile is nested, not a table",
                                 "use profile='canonical', 'gdelt' or 'acled'")
        types = (type,) if isinstance(type, str) else tuple(type or ())
        flt = EventFilter(types=types, actor=actor, country=country, since=since, until=until,
                          min_confidence=min_confidence, story_id=story, negated=negated)
        updated = updated_times(self.store) if chosen.needs_updated_at else None
        rows = list(profile_rows(self.store.iter_events(flt), chosen, updated))
        return frame(rows, chosen.fields)

    def articles(self) -> pd.DataFrame:
        """Stored articles with their copy and story links, one per row."""
        return frame(list(self.store.iter_articles()), ARTICLE_FIELDS)

    def close(self) -> None:
        self.store.close()


def open_database(url: str | None = None) -> EventDatabase:
    """Open a database by SQLAlchemy URL (default: $EVENTWIRE_DB or sqlite:///eventwire.db).

    A SQLite file that does not exist is an error rather than a new empty database,
    so a mistyped path does not quietly return no events.
    """
    from sqlalchemy.engine import make_url

    from eventwire.options import default_db_url

    url = url or default_db_url()
    try:
        parsed = make_url(url)
    except Exception as error:  # sqlalchemy raises ArgumentError; any parse failure is fatal
        raise EventwireError("E200", f"cannot open database URL {url!r} ({error})",
                             "give a SQLAlchemy URL such as sqlite:///eventwire.db") from error
    path = parsed.database
    if parsed.get_backend_name() == "sqlite" and path and path != ":memory:" \
            and not Path(path).exists():
        raise EventwireError("E318", f"no database at {path}",
                             "check the path, or create it with eventwire ingest or eventwire demo")
    return EventDatabase(url)
