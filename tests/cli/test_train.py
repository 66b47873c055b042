"""`eventwire train` fine-tunes a detector from a user's annotations and the pipeline uses it.

Needs the ``train`` extra and the pretrained encoder (requirements/train.txt), which CI
installs; skipped with the reason where they are absent.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

MISSING = [m for m in ("torch", "transformers", "onnx", "all_minilm_l6_v2")
           if importlib.util.find_spec(m) is None]
pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"training needs eventwire[train] and requirements/train.txt "
    f"(missing: {', '.join(MISSING)})"
)

LINES = [
    ("Police arrested three journalists in the capital.", "COERCE"),
    ("Security forces detained the opposition leader at his home.", "COERCE"),
    ("The two presidents met in Vienna for talks.", "CONSULT"),
    ("The foreign ministers held a meeting on the border dispute.", "CONSULT"),
    ("Heavy rain fell across the north on Tuesday.", None),
    ("The team won its third match in a row.", None),
] * 4


def _write(path: Path, lines: list[tuple[str, str | None]]) -> None:
    with path.open("w") as fh:
        for text, kind in lines:
            events = [{"event_type": kind}] if kind else []
            fh.write(json.dumps({"text": text, "events": events}) + "\n")


def test_train_writes_a_detector_the_pipeline_loads(tmp_path: Path) -> None:
    mine, check = tmp_path / "mine.jsonl", tmp_path / "check.jsonl"
    _write(mine, LINES)
    _write(check, LINES[:6])
    out = tmp_path / "my-detector"
    run = subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "train", str(mine), "--heldout", str(check),
         "--epochs", "1", "--out", str(out)], capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stderr
    assert "EVENTWIRE_DETECTOR=" in run.stderr
    meta = json.loads((out / "meta.json").read_text())
    assert meta["trained"]["train_sentences"] == len(LINES)
    from eventwire.coding.detector.model import Detector

    scores = Detector(out).score(["Police detained a protester."])
    assert set(scores[0].probabilities) >= {"COERCE", "CONSULT"}


def test_train_with_nothing_to_learn_from_says_so(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "eventwire.cli", "train", "--out",
                          str(tmp_path / "x")], capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "E324" in run.stderr
