"""What a command checks before it works, so a newcomer's slip costs one line, not a traceback.

Reading commands refuse a SQLite file that is not there (opening it would create an
empty database and print "0 events" for a typo); paths that cannot be read or written
give one coded line; filters are validated by the same functions as the HTTP API's
(``eventwire.serve.params``), with country names as well as codes. Codes E500-E549.
"""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from eventwire.cli.common import fail
from eventwire.errors import EventwireError
from eventwire.options import default_db_url
from eventwire.store import EventFilter, Store
from eventwire.store.countryfilter import country_filter_code

#: Where `eventwire demo` puts its database unless given --db.
DEMO_FILE = "eventwire-demo.db"


def command_name() -> str:
    """How to run eventwire again, as this process was started (for "Try next" lines).

    After the Quick start `eventwire` is not on PATH, so a bare `eventwire` would not run:
    give `.venv/bin/eventwire` (the path as invoked, relative to here when below it),
    `python -m eventwire.cli` for a module run, and `eventwire` only when PATH finds it.
    """
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else "eventwire"
    path = Path(argv0)
    if path.name == "__main__.py":
        module = "eventwire.cli" if path.parent.name == "cli" else "eventwire"
        return f"{_short(sys.executable)} -m {module}"
    found = shutil.which(path.name)
    if found and path.exists() and Path(found).resolve() == path.resolve():
        return path.name
    return _short(argv0)


def _short(path: str) -> str:
    """A path as a user types it: relative when below the working folder, quoted if needed."""
    absolute = Path(os.path.abspath(path))
    try:
        shown = str(absolute.relative_to(Path.cwd()))
        if os.sep not in shown:
            shown = "." + os.sep + shown
    except ValueError:
        shown = str(absolute)
    return shlex.quote(shown)


def missing_sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names when it does not exist yet; None for anything else
    (another database, an in-memory one, a URI filename, a URL that is no URL)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # Store reports the bad URL (E200)
    name = parsed.database
    if not parsed.drivername.startswith("sqlite") or not name or name == ":memory:":
        return None
    if name.startswith("file:") or parsed.query.get("uri"):
        return None
    path = Path(name)
    return None if path.exists() else path


def read_store(db: str | None) -> Store:
    """Open the store for a command that only reads; a missing SQLite file is an error
    (E500), never created."""
    url = db or default_db_url()
    missing = missing_sqlite_file(url)
    if missing is not None:
        raise fail(no_database(url, missing))
    try:
        return Store(url)
    except EventwireError as error:
        raise fail(error) from error


def no_database(url: str, path: Path) -> EventwireError:
    """E500, with the commands that would create it (and the demo's database when it is
    here: plain `eventwire timeline` after `eventwire demo` looks for eventwire.db)."""
    name = command_name()
    create = f"`{name} ingest FILES --db {url}` for your articles"
    if Path(DEMO_FILE).is_file() and path.resolve() != Path(DEMO_FILE).resolve():
        remedy = (f"the demo's database is here: add --db sqlite:///{DEMO_FILE}; or create "
                  f"this one: {create}")
    else:
        remedy = (f"check the --db spelling, or create one: `{name} demo` for the demo data, "
                  f"{create}")
    return EventwireError("E500", f"no database at {path} ({url})", remedy)


@contextmanager
def path_errors(path: Path | str | None, writing: bool) -> Iterator[None]:
    """One coded line (E501 writing, E502 reading) for an OSError on a user's path."""
    try:
        yield
    except OSError as error:
        raise fail(path_error(error, path, writing)) from None


def path_error(error: OSError, path: Path | str | None, writing: bool) -> EventwireError:
    where = error.filename or path or "?"
    reason = error.strerror or str(error)
    if writing:
        if error.errno == errno.ENOENT:
            remedy = (f"create the folder first (mkdir -p {Path(str(where)).parent}) "
                      "or give another -o path")
        else:
            remedy = "give a path you may write to (-o), or check the disk"
        return EventwireError("E501", f"cannot write {where}: {reason}", remedy)
    return EventwireError("E502", f"cannot read {where}: {reason}",
                          "check the path and your permissions")


def check_output(out: Path | None) -> None:
    """Refuse a file output whose folder is missing before any work is done (E501)."""
    if out is None or out.exists():
        return
    parent = out.parent
    if not parent.is_dir():
        raise fail(EventwireError(
            "E501", f"cannot write {out}: the folder {parent} does not exist",
            f"create it first (mkdir -p {parent}) or give another -o path",
        ))


def event_filter(
    types: list[str] | None, actor: str | None, country: str | None, since: str | None,
    until: str | None, min_confidence: float, story: str | None,
) -> EventFilter:
    """The CLI's filter options, checked as the API checks its parameters (one validator):
    PLOVER types (E503), dates (E504: YYYY, YYYY-MM or YYYY-MM-DD, a real day; --until
    2022-05 runs to the month's end), countries by code or name, A|B for several (E505)."""
    from eventwire.serve import params

    try:
        chosen = params.event_types("|".join(types or ()))
    except params.BadRequest as error:
        raise fail(EventwireError("E503", f"--type: {error}")) from None
    try:
        lo, hi = params.date_range(None, None, since, until)
    except params.BadRequest as error:
        raise fail(EventwireError("E504", f"--{str(error).replace('=', ' ', 1)}")) from None
    if lo and hi and lo > hi:
        raise fail(EventwireError("E504", f"--since {since} is after --until {until}",
                                  "put the earlier date in --since"))
    return EventFilter(types=chosen, actor=actor, countries=country_codes(country), since=lo,
                       until=hi, min_confidence=min_confidence, story_id=story)


def country_codes(value: str | None) -> tuple[str, ...]:
    """--country as stored codes: ISO3 or a name, several as A|B; an unknown one is E505."""
    from eventwire.serve.params import split

    codes = []
    for part in split(value):
        code = country_filter_code(part)
        if code is None:
            raise fail(EventwireError(
                "E505", f"--country {part!r} is no country eventwire knows",
                "give an ISO3 code (ARM) or an English name (Armenia); several as ARM|AZE",
            ))
        codes.append(code)
    return tuple(codes)
