"""What every command shares: consoles, option types, opening the store, reporting errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.text import Text

from eventwire.dates import utc_moment
from eventwire.errors import EventwireError
from eventwire.export import FORMATS
from eventwire.options import default_db_url
from eventwire.read import ReadFailure
from eventwire.read.dates import check_date
from eventwire.read.names import printable
from eventwire.store import Store

err = Console(stderr=True)
out = Console(width=None if sys.stdout.isatty() else 160)

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="SQLAlchemy URL [default: $EVENTWIRE_DB or sqlite:///eventwire.db]"),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="one of " + ", ".join(FORMATS))]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="file [default: stdout]")]
TypeOpt = Annotated[
    list[str] | None, typer.Option("--type", "-t", help="PLOVER event type; repeatable")
]
ActorOpt = Annotated[str | None, typer.Option(help="actor name or code (e.g. Putin, AZE)")]
CountryOpt = Annotated[str | None, typer.Option(
    help="country of an actor or recipient: ISO3 or name (ARM, Armenia); several as ARM|AZE")]
SinceOpt = Annotated[str | None, typer.Option(
    help="events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)")]
UntilOpt = Annotated[str | None, typer.Option(
    help="events on or before this date (a month or year runs to its end)")]
MinConfOpt = Annotated[float, typer.Option("--min-confidence", help="drop events below this")]
StoryOpt = Annotated[str | None, typer.Option("--story", help="only this story_id")]
NegatedOpt = Annotated[
    bool, typer.Option("--negated", help="only acts a sentence denies (\"did not meet\"), "
                       "which are left out by default")
]
WithNegatedOpt = Annotated[
    bool, typer.Option("--with-negated", help="denied acts too, marked negated (NOT in the "
                       "timeline)")
]


UpdatedSinceOpt = Annotated[
    str | None, typer.Option("--updated-since", help="only rows stored or changed at or after "
                             "this time (ISO date/time or Unix seconds), for incremental sync")
]


def updated_since(value: str | None) -> str | None:
    """--updated-since as the stored ISO UTC form; a value that is no time is an error."""
    if not value:
        return None
    try:
        return utc_moment(value)
    except (ValueError, OverflowError):
        raise fail(EventwireError(
            "E349", f"--updated-since {value!r} is not a time",
            "write an ISO date/time (2024-05-01T12:00:00Z) or Unix seconds (1714564800)",
        )) from None


def published_option(value: str | None) -> str | None:
    """--published checked as the JSON Lines field is: a value that is no day stops the
    command before anything is read (E172)."""
    try:
        check_date("--published", value)
    except EventwireError as error:
        raise fail(error) from None
    return value


def negated_choice(only: bool, also: bool) -> bool | None:
    """EventFilter.negated from --negated / --with-negated: False (default) leaves them out."""
    if only and also:
        raise fail(EventwireError(
            "E348", "--negated and --with-negated together",
            "give --negated for denied acts only, --with-negated for all events",
        ))
    return True if only else (None if also else False)


def fail(error: EventwireError) -> typer.Exit:
    """Print the error on one line (its text escaped, never read as markup); exit code 2."""
    err.print(Text.assemble(("error", "red"), " ", printable(str(error))), highlight=False,
              soft_wrap=True)
    return typer.Exit(code=2)


def open_store(db: str | None) -> Store:
    try:
        return Store(db or default_db_url())
    except EventwireError as error:
        raise fail(error) from error


#: The exit code of a run that skipped any file or record with an error (README, --help).
EXIT_SKIPPED = 3


def skip_line(failure: ReadFailure) -> str:
    """The one line that names a skipped file or record: escape sequences, newlines and
    undecodable bytes in a name or URL are shown escaped, never sent to the terminal."""
    return f"skipped {printable(failure.origin)}: {printable(failure.reason)}"


def report_failure(failure: ReadFailure) -> None:
    """One line on stderr per skipped file or record: never wrapped (however narrow the
    terminal or when stderr is a file), never read as rich markup."""
    line = skip_line(failure)
    err.print(Text.assemble(("skipped", "yellow"), line.removeprefix("skipped")),
              highlight=False, soft_wrap=True)


def input_lines(path: str) -> Iterator[str]:
    """The lines of a file or stdin ("-"); the file is opened now, so a missing or
    unreadable one is one coded line (E502) before any work, not a traceback later."""
    if path == "-":
        return iter(sys.stdin)
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed by _lines
    except OSError as error:
        from eventwire.cli.checks import path_error

        raise fail(path_error(error, path, writing=False)) from None
    return _lines(handle)


def _lines(handle: TextIO) -> Iterator[str]:
    with handle:
        yield from handle
