"""Commands over a database: ingest, events, timeline, articles, demo."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from eventwire import pipeline
from eventwire.cli import app
from eventwire.cli.checks import (
    DEMO_FILE,
    check_output,
    command_name,
    event_filter,
    path_errors,
    read_store,
)
from eventwire.cli.common import (
    EXIT_SKIPPED,
    ActorOpt,
    CountryOpt,
    DbOpt,
    FormatOpt,
    MinConfOpt,
    NegatedOpt,
    OutOpt,
    SinceOpt,
    StoryOpt,
    TypeOpt,
    UntilOpt,
    UpdatedSinceOpt,
    WithNegatedOpt,
    err,
    fail,
    negated_choice,
    open_store,
    out,
    published_option,
    report_failure,
    updated_since,
)
from eventwire.errors import EventwireError
from eventwire.export import ARTICLE_COLUMNS, EVENT_FORMATS, PROFILES, export_events, write_rows
from eventwire.export.timeline import timeline_table
from eventwire.options import Options, default_db_url
from eventwire.read.names import printable
from eventwire.store import EventFilter, Store


def run_ingest(
    paths: list[str], options: Options, store: Store, workers: int | None = None,
    scheduler: str | None = None, partition_size: int = 50,
) -> pipeline.Summary:
    """Ingest with a progress bar on stderr and a labelled summary at the end."""
    before = store.counts()
    if workers or scheduler:
        summary = _run_on_cluster(paths, options, store, workers, scheduler, partition_size)
        _print_summary(summary, before, store.counts())
        return summary
    with Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.description}"), console=err, transient=True,
        disable=not err.is_terminal,  # a log file gets only the skip lines and the summary
    ) as progress:
        task = progress.add_task("", total=None)

        def on_file(number: int, total: int, origin: str) -> None:
            name = escape(printable(Path(origin).name))  # a file name is not markup
            progress.update(task, completed=number - 1, total=total, description=name)

        try:
            summary = pipeline.ingest(paths, options, store, on_file=on_file,
                                      on_failure=report_failure)
        except EventwireError as error:  # the store stayed locked (E208): stop, rerun later
            raise fail(error) from error
        progress.update(task, completed=summary.files)
    _print_summary(summary, before, store.counts())
    return summary


def _run_on_cluster(
    paths: list[str], options: Options, store: Store, workers: int | None,
    scheduler: str | None, partition_size: int,
) -> pipeline.Summary:
    """The per-article stages on Dask workers (eventwire.cluster), progress as they report."""
    from eventwire import cluster

    try:
        client = cluster.start_client(workers, scheduler)
    except EventwireError as error:
        raise fail(error) from error
    try:
        with Progress(
            TextColumn("[bold]ingest"), TextColumn("{task.description}"), console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("starting workers")

            def on_progress(coded: int, partitions: int) -> None:
                progress.update(task, description=f"{coded} articles coded, "
                                f"{partitions} partitions stored")

            return cluster.ingest_on_cluster(paths, options, store, client,
                                             on_progress=on_progress,
                                             on_failure=report_failure,
                                             partition_size=max(1, partition_size))
    except EventwireError as error:
        raise fail(error) from error
    finally:
        local = client.cluster
        client.close()
        if local is not None:
            local.close()


def _print_summary(
    summary: pipeline.Summary, before: dict[str, int], after: dict[str, int]
) -> None:
    """Each count labelled: what this run stored, what it found stored, what it skipped,
    and what the store holds now (a run's reports of known events update them, so
    "events stored" alone never matched the total)."""
    new_events = max(0, min(after["events"] - before["events"], summary.events))
    err.print(
        f"ingest: {summary.files} files read\n"
        f"  articles: {summary.stored} new articles stored ({summary.copies} of them "
        "near-copies: linked, not coded again), "
        f"{summary.already_stored} already stored, {len(summary.failures)} skipped with errors\n"
        f"  events:   {new_events} new events, {summary.events - new_events} reports merged "
        "into events already known\n"
        f"  in store: {after['articles']} articles, {after['events']} events in all",
        highlight=False, markup=False, soft_wrap=True,
    )
    warning = summary.date_warning()
    if warning:
        err.print(warning, highlight=False, markup=False, soft_wrap=True)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files, folders or globs")],
    db: DbOpt = None,
    published: Annotated[
        str | None, typer.Option(help="publication date for files that carry none")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="outlet for files that name none")] = None,
    max_bytes: Annotated[int, typer.Option(help="skip larger files")] = 20 * 1024 * 1024,
    workers: Annotated[
        int | None, typer.Option(help="code on a local Dask cluster of this many worker "
                                 "processes (needs eventwire[dask])")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="code on the Dask cluster whose scheduler is at this "
                                 "address (tcp://host:8786)")
    ] = None,
    partition_size: Annotated[
        int, typer.Option(help="JSON Lines records per Dask partition")
    ] = 50,
) -> None:
    """Read articles (.txt, .html, .jsonl, RSS/Atom, WARC) into the database.

    Rerunning on the same input adds nothing twice. With --workers or --scheduler the
    reading, cleaning, language and coding run on Dask workers; linking and storing
    stay here, in input order, so the result is the same as without.

    Every file or record that is not stored is named on one line of stderr ("skipped
    FILE[:LINE|#RECORD]: [CODE] reason"). Exit code: 0 when nothing was skipped with an
    error, 3 when something was (the rest is stored), 2 when the run could not start or
    had to stop.

    Example: eventwire ingest news/ 'feeds/*.xml' --db sqlite:///caucasus.db
    """
    options = Options(db_url=db or default_db_url(), published=published_option(published),
                      outlet=outlet, max_file_bytes=max_bytes)
    summary = run_ingest(paths, options, open_store(db), workers, scheduler, partition_size)
    if summary.failures:
        raise typer.Exit(code=EXIT_SKIPPED)


@app.command()
def events(
    db: DbOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="one of " + ", ".join(EVENT_FORMATS))
    ] = "jsonl",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="file, or folder for gephi and partitioned parquet "
                     "[default: stdout]"),
    ] = None,
    type_: TypeOpt = None,
    actor: ActorOpt = None, country: CountryOpt = None, since: SinceOpt = None,
    until: UntilOpt = None, min_confidence: MinConfOpt = 0.0, story: StoryOpt = None,
    profile: Annotated[
        str | None,
        typer.Option("--profile", "-p", help="column layout: " + ", ".join(PROFILES)
                     + " [default: record for jsonl/json, canonical otherwise]"),
    ] = None,
    partition: Annotated[
        bool, typer.Option("--partition", help="parquet as a folder split by year and month")
    ] = False,
    disputed: Annotated[
        bool, typer.Option("--disputed", help="only events whose sources disagree on a fact "
                           "(date, place, a number, who took part)")
    ] = False,
    negated: NegatedOpt = False,
    with_negated: WithNegatedOpt = False,
    updated: UpdatedSinceOpt = None,
) -> None:
    """Export events, filtered, in a format and a profile other tools read.

    Formats: jsonl, json, csv, tsv, parquet (a file, or a year=/month= folder with
    --partition), geojson (located events) and gephi (nodes.csv and edges.csv in
    the -o folder). Profiles: record (the full nested event), canonical (one flat
    row per event), gdelt and acled (their column names), plover (PLOVER JSON).
    Lists are joined with "; " in CSV and TSV. Every column: docs/codebook.md.

    Example: eventwire events --country ARM --since 2021-01-01 -f csv -p gdelt -o armenia.csv
    """
    flt = event_filter(type_, actor, country, since, until, min_confidence, story)
    flt = dataclasses.replace(flt, disputed=disputed, updated_since=updated_since(updated),
                              negated=negated_choice(negated, with_negated))
    if fmt != "gephi" and not partition:
        check_output(output)
    store = read_store(db)
    try:
        with path_errors(output, writing=True):
            summary = export_events(store, flt, fmt, output, profile, partition)
    except EventwireError as error:
        raise fail(error) from error
    err.print(summary.message, highlight=False)


@app.command()
def timeline(
    db: DbOpt = None, type_: TypeOpt = None, actor: ActorOpt = None,
    country: CountryOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    min_confidence: MinConfOpt = 0.0, story: StoryOpt = None,
    negated: NegatedOpt = False, with_negated: WithNegatedOpt = False,
) -> None:
    """Print the timeline: date, event type, who → whom, where, number of sources.

    A date ending in ~ was not stated and is the article's publication date. Acts a
    sentence denies are left out unless asked for, and then marked NOT.

    Example: eventwire timeline --actor Pashinyan --type CONSULT
    """
    flt = event_filter(type_, actor, country, since, until, min_confidence, story)
    flt = dataclasses.replace(flt, negated=negated_choice(negated, with_negated))
    store = read_store(db)
    chosen = list(store.iter_events(flt))
    out.print(timeline_table(chosen))
    err.print(f"{len(chosen)} events", highlight=False)


@app.command()
def articles(db: DbOpt = None, fmt: FormatOpt = "jsonl", output: OutOpt = None) -> None:
    """List stored articles with their copy and story links.

    Example: eventwire articles -f csv -o articles.csv
    """
    check_output(output)
    store = read_store(db)
    try:
        with path_errors(output, writing=True):
            count = write_rows(store.iter_articles(), fmt, output, ARTICLE_COLUMNS)
    except EventwireError as error:
        raise fail(error) from error
    err.print(f"{count} articles", highlight=False)


@app.command()
def demo(db: DbOpt = None) -> None:
    """Ingest the built-in demo corpus (South Caucasus, 2020-2024) and print its timeline.

    Example: eventwire demo --db sqlite:///demo.db
    """
    from eventwire.demo import corpus_dir

    url = db or f"sqlite:///{DEMO_FILE}"
    store = open_store(url)
    run_ingest([str(corpus_dir())], Options(db_url=url), store)
    chosen = list(store.iter_events(EventFilter()))
    out.print(timeline_table(chosen, title="eventwire demo: South Caucasus 2020-2024"))
    name = command_name()
    err.print(
        f"\nThe database is {url}.\n"
        "Try next:\n"
        f"  {name} timeline --db {url} --actor Pashinyan\n"
        f"  {name} events --db {url} -f csv -o events.csv\n"
        f"  {name} articles --db {url}\n"
        f"  {name} ingest your-articles/ --db sqlite:///mine.db",
        highlight=False, markup=False, soft_wrap=True,
    )


