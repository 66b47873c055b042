"""The language layer alone, for pipes and outside evaluations: analyze and resolve.

Both read JSON Lines and write one JSON object per input line. ``analyze`` runs on
the text exactly as given (cleaning would shift offsets), but dates the article the
way ``ingest`` does: given metadata first, else an estimate from title, URL and
dateline, marked ``publication_date_estimated``.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from typing import Annotated, Any

import typer

from eventwire.cli import app
from eventwire.cli.common import input_lines, report_failure
from eventwire.errors import EventwireError, InputError
from eventwire.options import Options
from eventwire.read import ReadFailure, failure_from
from eventwire.read.jsonl import parse_json
from eventwire.records import Analysis, Article, RawDocument


def _article(raw: RawDocument, options: Options) -> Article:
    """The Article ``ingest`` would make, but holding the text as given (offsets stay true)."""
    from eventwire.prepare import article_id_for, prepare, publication_of

    try:
        article = prepare(raw, options)
    except InputError:  # nothing left after cleaning: still analyse what was given
        published, estimated, earliest, latest = publication_of(raw, raw.text, options)
        article = Article(article_id_for(raw), raw.origin, raw.text, raw.title, raw.url,
                          raw.outlet, published, estimated, earliest, latest)  # fmt: skip
    return dataclasses.replace(article, text=raw.text)


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """The public JSON shape of one analysed article (field names are an interface)."""
    art = analysis.article
    return {
        "id": art.article_id,
        "publication_date": art.publication_date,
        "publication_date_estimated": art.publication_date_estimated,
        "publication_date_earliest": art.publication_date_earliest,
        "publication_date_latest": art.publication_date_latest,
        "sentences": [{"start": s.start, "end": s.end} for s in analysis.sentences],
        "entities": [
            {"text": e.text, "start": e.start, "end": e.end, "label": e.label}
            for e in analysis.entities
        ],
        "actors": [
            {"text": m.text, "start": m.start, "end": m.end, "name": m.actor.name,
             "country": m.actor.country, "sector": m.actor.sector}
            for m in analysis.actors
        ],  # fmt: skip
        "times": [
            {"text": t.text, "start": t.start, "end": t.end, "value": t.value,
             "precision": t.precision, "type": t.type, "anchor": t.anchor}
            for t in analysis.times
        ],  # fmt: skip
        "places": [
            {"text": p.text, "start": p.start, "end": p.end, "name": p.place.name,
             "country": p.place.country, "latitude": p.place.latitude,
             "longitude": p.place.longitude, "geonames_id": p.place.geonames_id}
            for p in analysis.places
        ],  # fmt: skip
    }


def _objects(path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, object) for each non-blank line; a bad line is reported on stderr, not dropped
    silently."""
    for number, line in enumerate(input_lines(path), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = parse_json(where, line)
        except InputError as error:
            report_failure(failure_from(error))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            report_failure(ReadFailure(where, "[E122] not a JSON object with a string 'text' "
                                       "field"))
            continue
        yield where, obj


@app.command()
def analyze(
    path: Annotated[str, typer.Argument(help="JSON Lines file, or - for stdin")] = "-",
    published: Annotated[
        str | None, typer.Option(help="publication date for articles that carry none")
    ] = None,
) -> None:
    """Sentences, entities, actors, times and places of JSON Lines articles.

    Input lines are {id, text, title?, url?, published?}; each output line is
    {id, publication_date, publication_date_estimated, sentences, entities, actors,
    times, places}, with character offsets into `text` exactly as given.

    Example: eventwire analyze articles.jsonl > analysed.jsonl
    """
    from eventwire.language.analyze import analyze as run_analyze
    from eventwire.read.jsonl import record_to_document

    options = Options(published=published)
    for where, obj in _objects(path):
        try:
            raw = record_to_document(where, obj)
            article = _article(raw, options)
        except InputError as error:
            report_failure(ReadFailure(where, failure_from(error).reason))
            continue
        except EventwireError as error:
            report_failure(ReadFailure(where, str(error)))
            continue
        record = analysis_to_json(run_analyze(article))
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@app.command()
def resolve(
    path: Annotated[str, typer.Argument(help="JSON Lines file, or - for stdin")] = "-",
) -> None:
    """Who each mention is on its date: {id, text, date?, context?} in, {id, name, country,
    sector, ...} out.

    An unresolvable mention still gets its line, with null name, country and sector;
    an unknown country is null, never a guess.

    Example: echo '{"id": 1, "text": "Mr. Pashinyan", "date": "2024-08-19"}' | eventwire resolve -
    """
    from eventwire.actors import resolve as run_resolve

    for _where, obj in _objects(path):
        date = obj.get("date") if isinstance(obj.get("date"), str) else None
        context = obj.get("context") if isinstance(obj.get("context"), str) else None
        ref = run_resolve(obj["text"], date, context)
        record = {
            "id": obj.get("id"),
            "text": obj["text"],
            "date": date,
            "name": ref.name if ref else None,
            "country": ref.country if ref else None,
            "sector": ref.sector if ref else None,
            "resolved": ref is not None,
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
