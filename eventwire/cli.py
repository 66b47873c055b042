"""The command line: data to stdout, messages and progress to stderr.

Every command's help ends with an example, in the manner of sqlite-utils.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from eventwire import __version__
from eventwire.errors import EventwireError
from eventwire.export import ARTICLE_COLUMNS, EVENT_COLUMNS, FORMATS, event_row, write_rows
from eventwire.export.timeline import timeline_table
from eventwire.options import Options, default_db_url
from eventwire.read import ReadFailure
from eventwire.records import Event
from eventwire.store import EventFilter, Store

app = typer.Typer(
    name="eventwire",
    help="News articles in, a sourced and deduplicated timeline of political events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()

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
CountryOpt = Annotated[str | None, typer.Option(help="ISO3 country of an actor or recipient")]
SinceOpt = Annotated[str | None, typer.Option(help="events on or after this date (YYYY-MM-DD)")]
UntilOpt = Annotated[str | None, typer.Option(help="events on or before this date")]
MinConfOpt = Annotated[float, typer.Option("--min-confidence", help="drop events below this")]
StoryOpt = Annotated[str | None, typer.Option("--story", help="only this story_id")]


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log details to stderr")] = False,
) -> None:
    """eventwire: try `eventwire demo`, then `eventwire timeline --db sqlite:///eventwire-demo.db`."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _fail(error: EventwireError) -> typer.Exit:
    err.print(f"[red]error[/red] {error}", highlight=False, markup=True)
    return typer.Exit(code=2)


def _open(db: str | None) -> Store:
    try:
        return Store(db or default_db_url())
    except EventwireError as error:
        raise _fail(error) from error


def _report_failure(failure: ReadFailure) -> None:
    err.print(f"[yellow]skipped[/yellow] {failure.origin}: {failure.reason}", highlight=False)


def _ingest(paths: list[str], options: Options, store: Store) -> None:
    from eventwire.pipeline import ingest as run_ingest

    with Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.description}"), console=err, transient=True,
    ) as progress:
        task = progress.add_task("", total=None)

        def on_file(number: int, total: int, origin: str) -> None:
            progress.update(task, completed=number - 1, total=total, description=Path(origin).name)

        summary = run_ingest(paths, options, store, on_file=on_file, on_failure=_report_failure)
        progress.update(task, completed=summary.files)
    err.print(
        f"{summary.files} files, {summary.articles} new articles "
        f"({summary.copies} near-copies), {summary.events} events stored or updated; "
        f"{summary.already_stored} already stored, {len(summary.failures)} skipped with errors",
        highlight=False,
    )


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files, folders or globs")],
    db: DbOpt = None,
    published: Annotated[
        str | None, typer.Option(help="publication date for files that carry none")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="outlet for files that name none")] = None,
    max_bytes: Annotated[int, typer.Option(help="skip larger files")] = 20 * 1024 * 1024,
) -> None:
    """Read articles (.txt, .html, .jsonl, RSS/Atom, WARC) into the database.

    Rerunning on the same input adds nothing twice.

    Example: eventwire ingest news/ 'feeds/*.xml' --db sqlite:///caucasus.db
    """
    options = Options(db_url=db or default_db_url(), published=published, outlet=outlet,
                      max_file_bytes=max_bytes)
    _ingest(paths, options, _open(db))


def _filter(
    types: list[str] | None, actor: str | None, country: str | None, since: str | None,
    until: str | None, min_confidence: float, story: str | None,
) -> EventFilter:
    return EventFilter(types=tuple(types or ()), actor=actor, country=country, since=since,
                       until=until, min_confidence=min_confidence, story_id=story)


@app.command()
def events(
    db: DbOpt = None, fmt: FormatOpt = "jsonl", output: OutOpt = None, type_: TypeOpt = None,
    actor: ActorOpt = None, country: CountryOpt = None, since: SinceOpt = None,
    until: UntilOpt = None, min_confidence: MinConfOpt = 0.0, story: StoryOpt = None,
) -> None:
    """Export events. JSON Lines and JSON carry the full nested record; CSV, TSV and
    Parquet the flat table (lists joined with "; " in CSV/TSV).

    Example: eventwire events --country ARM --since 2021-01-01 -f csv -o armenia.csv
    """
    store = _open(db)
    chosen = store.iter_events(
        _filter(type_, actor, country, since, until, min_confidence, story)
    )
    rows: Iterator[dict[str, object]]
    if fmt in ("jsonl", "json"):
        rows = (ev.to_json() for ev in chosen)
        columns = None
    else:
        rows = (event_row(ev) for ev in chosen)
        columns = EVENT_COLUMNS
    try:
        count = write_rows(rows, fmt, output, columns)
    except EventwireError as error:
        raise _fail(error) from error
    err.print(f"{count} events", highlight=False)



@app.command()
def timeline(
    db: DbOpt = None, type_: TypeOpt = None, actor: ActorOpt = None,
    country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    min_confidence: MinConfOpt = 0.0, story: StoryOpt = None,
) -> None:
    """Print the timeline: date, event type, who → whom, where, number of sources.

    A date ending in ~ was not stated and is the article's publication date.

    Example: eventwire timeline --actor Pashinyan --type CONSULT
    """
    store = _open(db)
    chosen = list(store.iter_events(
        _filter(type_, actor, country, since, until, min_confidence, story)
    ))
    out.print(timeline_table(chosen))
    err.print(f"{len(chosen)} events", highlight=False)


@app.command()
def articles(db: DbOpt = None, fmt: FormatOpt = "jsonl", output: OutOpt = None) -> None:
    """List stored articles with their copy and story links.

    Example: eventwire articles -f csv -o articles.csv
    """
    store = _open(db)
    try:
        count = write_rows(store.iter_articles(), fmt, output, ARTICLE_COLUMNS)
    except EventwireError as error:
        raise _fail(error) from error
    err.print(f"{count} articles", highlight=False)


def _input_lines(path: str) -> Iterator[str]:
    if path == "-":
        yield from sys.stdin
    else:
        with open(path, encoding="utf-8") as handle:
            yield from handle


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="JSON Lines file, or - for stdin")] = "-",
    published: Annotated[
        str | None, typer.Option(help="publication date for articles that carry none")
    ] = None,
) -> None:
    """Events for JSON Lines articles ({id, text, title?, url?, outlet?, published?}), no
    database: JSON Lines events out, exactly those `ingest` would store.

    Example: cat articles.jsonl | eventwire extract - > events.jsonl
    """
    from eventwire.pipeline import extract as run_extract
    from eventwire.read.jsonl import iter_json_lines

    docs = (
        ReadFailure(d.origin, d.reason) if isinstance(d, EventwireError) else d
        for d in iter_json_lines(path, _input_lines(path))
    )
    ev: Event
    for ev in run_extract(docs, Options(published=published), on_failure=_report_failure):
        sys.stdout.write(json.dumps(ev.to_json(), ensure_ascii=False) + "\n")


@app.command()
def clean(
    paths: Annotated[list[str] | None, typer.Argument(help="files, or - for stdin")] = None,
    jsonl: Annotated[
        bool, typer.Option(help="JSON Lines {id, text} in, {id, title, text} out")
    ] = False,
) -> None:
    """Print the cleaned article text of each file (site junk removed).

    Example: eventwire clean page.html story.txt; eventwire clean --jsonl - < raw.jsonl
    """
    from eventwire.clean import clean_text
    from eventwire.read import read_paths

    if jsonl:
        for path in paths or ["-"]:
            for number, line in enumerate(_input_lines(path), start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    text = obj["text"]
                except (json.JSONDecodeError, KeyError, TypeError) as error:
                    err.print(f"skipped {path}:{number}: not a JSON object with 'text' ({error})")
                    continue
                result = clean_text(text)
                record = {"id": obj.get("id"), "title": obj.get("title"), "text": result.text}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if not paths or paths == ["-"]:
        sys.stdout.write(clean_text(sys.stdin.read()).text + "\n")
        return
    for doc in read_paths(paths, Options()):
        if isinstance(doc, ReadFailure):
            _report_failure(doc)
            continue
        if len(paths) > 1:
            sys.stdout.write(f"==> {doc.origin} <==\n")
        if doc.title:
            sys.stdout.write(doc.title + "\n\n")
        sys.stdout.write(clean_text(doc.text).text + "\n")


@app.command()
def demo(db: DbOpt = None) -> None:
    """Ingest the built-in demo corpus (South Caucasus, 2020-2024) and print its timeline.

    Example: eventwire demo --db sqlite:///demo.db
    """
    from eventwire.demo import corpus_dir

    url = db or "sqlite:///eventwire-demo.db"
    store = _open(url)
    _ingest([str(corpus_dir())], Options(db_url=url), store)
    chosen = list(store.iter_events(EventFilter()))
    out.print(timeline_table(chosen, title="eventwire demo: South Caucasus 2020-2024"))
    counts = store.counts()
    err.print(
        f"\nThe database is {url} ({counts['articles']} articles, {counts['events']} events).\n"
        "Try next:\n"
        f"  eventwire timeline --db {url} --actor Pashinyan\n"
        f"  eventwire events --db {url} -f csv -o events.csv\n"
        f"  eventwire articles --db {url}\n"
        "  eventwire ingest your-articles/ --db sqlite:///mine.db",
        highlight=False,
    )


@app.command()
def score(
    gold: Annotated[Path, typer.Option(help="gold events (JSON Lines)")],
    predicted: Annotated[
        str, typer.Argument(help="predicted events (JSON Lines), - for stdin")
    ] = "-",
    as_json: Annotated[bool, typer.Option("--json", help="print figures as JSON")] = False,
) -> None:
    """Precision, recall and F1 of extracted events against an annotated file.

    Example: eventwire extract seeds.jsonl | eventwire score --gold tests/gold/seeds.events.jsonl
    """
    from eventwire.evaluate.events import load_gold, score_events

    preds = [json.loads(line) for line in _input_lines(predicted) if line.strip()]
    result = score_events(preds, load_gold(gold))
    if as_json:
        sys.stdout.write(json.dumps(result.to_json(), indent=2) + "\n")
    else:
        sys.stdout.write(result.format_table() + "\n")


@app.command()
def version() -> None:
    """Print eventwire's version.

    Example: eventwire version
    """
    sys.stdout.write(__version__ + "\n")


if __name__ == "__main__":
    app()
