"""Stateless commands for pipes and evaluations: extract, clean, score, version."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from eventwire import __version__
from eventwire.cli import app
from eventwire.cli.checks import path_errors
from eventwire.cli.common import (
    EXIT_SKIPPED,
    NegatedOpt,
    WithNegatedOpt,
    fail,
    input_lines,
    negated_choice,
    published_option,
    report_failure,
)
from eventwire.errors import EventwireError, InputError
from eventwire.options import Options
from eventwire.read import ReadFailure, failure_from
from eventwire.read.names import origin_of
from eventwire.records import Event


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="JSON Lines file, or - for stdin")] = "-",
    published: Annotated[
        str | None, typer.Option(help="publication date for articles that carry none")
    ] = None,
    negated: NegatedOpt = False,
    with_negated: WithNegatedOpt = False,
) -> None:
    """Events for JSON Lines articles, without a database (for pipes and evaluations).

    Input lines are {id, text, title?, url?, outlet?, published?}; output lines
    are events, exactly those `ingest` would store for the same input (acts a
    sentence denies only with --negated or --with-negated, as `events` lists them).
    A line that cannot be read is named on stderr and the exit code is then 3.

    Example: cat articles.jsonl | eventwire extract - > events.jsonl
    """
    from eventwire.pipeline import extract as run_extract
    from eventwire.read.jsonl import iter_json_bytes

    docs = (
        failure_from(d) if isinstance(d, InputError) else d
        for d in iter_json_bytes(path, _byte_lines(path))
    )
    ev: Event
    wanted = negated_choice(negated, with_negated)
    skipped: list[ReadFailure] = []

    def on_failure(failure: ReadFailure) -> None:
        skipped.append(failure)
        report_failure(failure)

    options = Options(published=published_option(published))
    for ev in run_extract(docs, options, on_failure=on_failure):
        if wanted is not None and ev.negated != wanted:
            continue
        sys.stdout.write(json.dumps(ev.to_json(), ensure_ascii=False) + "\n")
    if skipped:
        raise typer.Exit(code=EXIT_SKIPPED)


def _byte_lines(path: str) -> Iterator[bytes]:
    """The lines of a file or stdin as bytes (each decoded, and named if it is not UTF-8,
    by the reader); a file that cannot be opened ends the command with one line."""
    if path == "-":
        yield from sys.stdin.buffer
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the last line
    except OSError as error:
        raise fail(InputError(origin_of(path), "E100", f"cannot be read ({error.strerror})")) \
            from None
    with handle:
        yield from handle


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
    from eventwire.read.jsonl import parse_json

    if jsonl:
        for path in paths or ["-"]:
            for number, line in enumerate(input_lines(path), start=1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    obj = parse_json(where, line)
                    text = obj["text"]
                    if not isinstance(text, str):
                        raise TypeError(f"'text' is {type(text).__name__}")
                except (InputError, KeyError, TypeError) as error:
                    report_failure(ReadFailure(where, f"[E122] not a JSON object with a 'text' "
                                               f"string ({error})"))
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
            report_failure(doc)
            continue
        if len(paths) > 1:
            sys.stdout.write(f"==> {doc.origin} <==\n")
        if doc.title:
            sys.stdout.write(doc.title + "\n\n")
        sys.stdout.write(clean_text(doc.text, classify=not doc.is_html).text + "\n")


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

    lines = input_lines(predicted)
    with path_errors(gold, writing=False):
        try:
            expected = load_gold(gold)
        except ValueError as error:  # a line that is no JSON, named by number
            raise fail(EventwireError("E506", f"--gold {error}",
                                      "give gold events as JSON Lines")) from None
    preds = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            preds.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise fail(EventwireError(
                "E506", f"{predicted}:{number}: not a JSON object ({error.msg})",
                "give predicted events as JSON Lines, as `eventwire extract` writes them",
            )) from None
    result = score_events(preds, expected)
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

