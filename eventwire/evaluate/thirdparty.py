"""Every third-party sentence-level figure for one sealed split (../shared, dev halves):
the PLOVER gold sentences, CASE 2021 snippets, WikiEvents documents and our annotations.
Shared by ``scripts/eval_detector.py`` and ``scripts/figures.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.evaluate.case2021 import score_case2021
from eventwire.evaluate.gsr import score_gsr
from eventwire.evaluate.sentences import annotated, score_sentences
from eventwire.evaluate.splits import Split
from eventwire.evaluate.wikievents import score_wikievents


def thirdparty_figures(splits: tuple[Split, ...], detector: bool, shared: Path) -> dict[str, Any]:
    data = shared / "data"
    out: dict[str, Any] = {}
    if (p := data / "plover-gsr-dev.jsonl").is_file():
        out["plover_gsr"] = score_gsr(p, splits, detector).to_json()
    if (p := data / "case2021-dev" / "case2021-task2-dev.tsv").is_file():
        out["case2021"] = score_case2021(p, splits, detector).to_json()
    if (p := data / "wikievents-dev" / "dev.jsonl").is_file():
        out["wikievents"] = score_wikievents(p, splits, detector).to_json()
    rows = annotated(splits, shared)
    if rows:
        out["annotations"] = score_sentences(rows, detector).to_json()
    return out
