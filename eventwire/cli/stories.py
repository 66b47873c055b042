"""Commands over stories: `stories` lists them, `story` prints one with its summary and sources."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from eventwire.cli import app
from eventwire.cli.checks import check_output, path_errors, read_store
from eventwire.cli.common import (
    DbOpt,
    OutOpt,
    UpdatedSinceOpt,
    err,
    fail,
    out,
    updated_since,
)
from eventwire.errors import EventwireError
from eventwire.export import FORMATS, write_rows
from eventwire.export.timeline import timeline_table
from eventwire.read.names import printable
from eventwire.records import Event
from eventwire.store import EventFilter
from eventwire.store.stories import STORY_COLUMNS

StoryFormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="table, or one of " + ", ".join(FORMATS))
]


def stories_table(rows: list[dict[str, Any]]) -> Table:
    """One line per story: id, title, first and last date, events, articles, outlets."""
    table = Table(title="eventwire stories")
    for name in ("story", "title", "first", "last"):
        table.add_column(name, no_wrap=name != "title")
    for name in ("events", "articles", "outlets"):
        table.add_column(name, justify="right")
    for r in rows:
        table.add_row(r["story_id"], r["title"] or "", r["first_date"] or "?",
                      r["last_date"] or "?", str(r["num_events"]), str(r["num_articles"]),
                      str(r["num_outlets"]))
    return table


def disagreement_lines(events: list[Event]) -> list[str]:
    """'2020-11-10 SUPPORT (ev-1) date: 2020-11-10 [a, b] | 2020-11-09 [c]' per disputed fact."""
    lines = []
    for ev in events:
        for d in ev.disagreements:
            versions = " | ".join(f"{v} [{', '.join(ids)}]" for v, ids in d.values)
            lines.append(f"{ev.event_date or '?'} {ev.event_type} ({ev.event_id}) "
                         f"{d.field}: {versions}")
    return lines


@app.command("stories")
def list_stories(
    db: DbOpt = None, fmt: StoryFormatOpt = "table", output: OutOpt = None,
    updated: UpdatedSinceOpt = None,
) -> None:
    """List stories: id, title, first and last date, events, articles, outlets.

    A story is one news development told by one or more articles; its id never
    changes as more articles arrive.

    Example: eventwire stories --db sqlite:///eventwire-demo.db -f csv
    """
    since = updated_since(updated)
    if fmt != "table":
        check_output(output)
    rows = read_store(db).stories(since)
    if fmt == "table":
        out.print(stories_table(rows))
    else:
        try:
            with path_errors(output, writing=True):
                write_rows(rows, fmt, output, STORY_COLUMNS)
        except EventwireError as error:
            raise fail(error) from error
    err.print(f"{len(rows)} stories", highlight=False)


@app.command("story")
def show_story(
    story_id: Annotated[str, typer.Argument(help="a story_id from `eventwire stories`")],
    db: DbOpt = None,
) -> None:
    """Print a story: its summary, its timeline of events, its sources and disagreements.

    The summary is built from the sentences of the events most sources report.

    Example: eventwire story s-499298c5a84d --db sqlite:///eventwire-demo.db
    """
    store = read_store(db)
    row = store.story(story_id)
    if row is None:
        raise fail(EventwireError(
            "E310", f"no story {story_id!r} in {store.url}",
            "list the stored stories with `eventwire stories`",
        ))
    if row["story_id"] != story_id:  # merged into a later-found story of the same news
        out.print(f"story {story_id} was merged into {row['story_id']}", highlight=False)
        story_id = row["story_id"]
    events = list(store.iter_events(EventFilter(story_id=story_id)))
    out.print(f"[bold]{_plain(row['title'] or story_id)}[/bold]  ({story_id})", highlight=False)
    out.print(f"{row['first_date'] or '?'} to {row['last_date'] or '?'}: {row['num_events']} "
              f"events, {row['num_articles']} articles, {row['num_outlets']} outlets",
              highlight=False)
    out.print("\n[bold]Summary[/bold]\n" + _plain(row["summary"] or "(no event sentences)"),
              highlight=False)
    out.print(timeline_table(events, title="Timeline"))
    out.print("[bold]Sources[/bold]", highlight=False)
    for a in store.story_articles(story_id):
        copy = f" (copy of {a['duplicate_of']})" if a["duplicate_of"] else ""
        out.print(printable(f"  {a['publication_date'] or '?'}  {a['outlet'] or a['origin']}: "
                            f"{a['title'] or a['article_id']}{copy}  {a['url'] or ''}"),
                  highlight=False, markup=False)
    lines = disagreement_lines(events)
    out.print("[bold]Disagreements[/bold]", highlight=False)
    for line in lines or ["  none: the sources agree on every fact of every event"]:
        out.print(f"  {line}" if lines else line, highlight=False, markup=False)


def _plain(text: str) -> str:
    """Stored text (a title, a summary) inside markup: escaped, never read as markup, and
    no escape sequence sent to the terminal."""
    return escape("\n".join(printable(line) for line in text.split("\n")))
