"""`eventwire train`: train the sentence-level PLOVER type classifier on your annotations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli import app
from eventwire.cli.common import err, fail
from eventwire.errors import EventwireError


@app.command()
def train(
    annotations: Annotated[
        list[Path] | None,
        typer.Argument(help="JSON Lines with sentence (or text) and event_type, one a line"),
    ] = None,
    synthetic: Annotated[
        Path | None, typer.Option(help="NGEC synthetic stories (CSV, or its .zip)")
    ] = None,
    heldout: Annotated[
        list[Path] | None, typer.Option(help="JSON Lines to measure on (not trained on)")
    ] = None,
    out: Annotated[Path, typer.Option(help="where to write the JSON weights")] = Path(
        "type_classifier.json"
    ),
    c: Annotated[float, typer.Option(help="inverse regularisation of the regression")] = 16.0,
) -> None:
    """Train a TF-IDF + logistic-regression event-type classifier and write its weights.

    Example: eventwire train tests/gold/demo.events.jsonl
    --synthetic ../shared/data/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip
    --heldout tests/data/stories/gold.events.jsonl --out type_classifier.json
    """
    from eventwire.coding.train import (
        accuracy,
        annotated_examples,
        synthetic_examples,
        write_classifier,
    )
    from eventwire.coding.train import (
        train as fit,
    )

    examples = [ex for path in annotations or () for ex in annotated_examples(path)]
    if synthetic is not None:
        examples += synthetic_examples(synthetic)
    if not examples:
        raise fail(EventwireError(
            "E324", "nothing to train on", "give annotation files and/or --synthetic"
        ))
    try:
        model = fit(examples, c=c)
    except EventwireError as error:
        raise fail(error) from error
    write_classifier(model, out)
    err.print(f"trained on {len(examples)} sentences, {len(model.classes)} types: {out}")
    for path in heldout or ():
        acc, n = accuracy(model, annotated_examples(path))
        err.print(f"held out {path}: type accuracy {acc:.3f} over {n} sentences")
