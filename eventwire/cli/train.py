"""`eventwire train`: retrain the event detector (or the TF-IDF baseline) on annotations."""

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
        typer.Argument(help="JSON Lines of {text, events} (or {sentence, event_type}) lines"),
    ] = None,
    synthetic: Annotated[
        Path | None, typer.Option(help="NGEC synthetic stories (CSV, or its .zip)")
    ] = None,
    heldout: Annotated[
        list[Path] | None, typer.Option(help="JSON Lines to select and measure on (not trained on)")
    ] = None,
    out: Annotated[Path | None, typer.Option(
        help="where to write the model (a folder; for --kind tfidf a JSON file)")] = None,
    c: Annotated[float, typer.Option(help="--kind tfidf: inverse regularisation")] = 16.0,
    kind: Annotated[str, typer.Option(
        help="detector (fine-tuned encoder, needs eventwire[train]) or tfidf (baseline)")
    ] = "detector",
    project: Annotated[bool, typer.Option(
        "--project", help="add the project's own training data (needs ../shared)")] = False,
    epochs: Annotated[int, typer.Option(help="--kind detector: passes over the data")] = 4,
) -> None:
    """Train the event detector on your annotations and write it as a model folder.

    An annotation is one JSON object a line: {"text": "Police arrested three protesters.",
    "events": [{"event_type": "COERCE", "actors": [{"text": "Police"}]}]}; "events": []
    marks a sentence with no political event. Use the result with
    EVENTWIRE_DETECTOR=my-detector eventwire ingest news/.

    Example: eventwire train my-annotations.jsonl --heldout my-check.jsonl --out my-detector

    Example (the shipped model): eventwire train --project --out eventwire/models/detector
    """
    if kind == "tfidf":
        target_file = out or Path("type_classifier.json")
        _train_tfidf(annotations or [], synthetic, heldout or [], target_file, c)
        return
    if kind != "detector":
        raise fail(EventwireError("E347", f"unknown --kind {kind!r}", "use detector or tfidf"))
    from eventwire.coding.detector.data import training_sets
    from eventwire.coding.detector.fit import FitOptions, fit

    target = out or Path("eventwire-detector")
    try:
        rows, check = training_sets(annotations or [], heldout or [], project, synthetic)
        if not rows:
            raise EventwireError("E324", "nothing to train on",
                                 "give annotation files and/or --project or --synthetic")
        command = "eventwire train " + " ".join(
            [*(str(p) for p in annotations or []), *(f"--heldout {p}" for p in heldout or []),
             *(["--project"] if project else []), f"--epochs {epochs}", f"--out {target}"])
        report = fit(rows, check, target, FitOptions(epochs=epochs, command=command))
    except EventwireError as error:
        raise fail(error) from error
    err.print(f"trained on {len(rows)} sentences in {report.seconds:.0f} s; kept epoch "
              f"{report.best_epoch} (validation micro F1 {report.validation_f1}); model: {target}")
    err.print(f"use it with: EVENTWIRE_DETECTOR={target} eventwire ingest ...")


def _train_tfidf(annotations: list[Path], synthetic: Path | None, heldout: list[Path],
                 out: Path, c: float) -> None:
    from eventwire.coding.train import (
        accuracy,
        annotated_examples,
        synthetic_examples,
        write_classifier,
    )
    from eventwire.coding.train import (
        train as fit,
    )

    examples = [ex for path in annotations for ex in annotated_examples(path)]
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
    for path in heldout:
        acc, n = accuracy(model, annotated_examples(path))
        err.print(f"held out {path}: type accuracy {acc:.3f} over {n} sentences")
