"""The learned line classifier: which lines of a plain-text page are article body.

A logistic regression over ``features.line_features`` (own shape, place in the
page, neighbours), trained by ``scripts/train_cleaner.py`` and shipped as plain
JSON weights in ``eventwire/models/cleaner/lines.json`` (no pickle: the file is
read, never executed, and states its training data, command and figures).

The decision works on the page, not on lines alone: the article is the run of
lines whose body probabilities, taken together, most exceed ``block_threshold``
(a maximum-sum run, so a table cell or a one-line quote inside the article stays
with it and a teaser headline outside it goes). Inside that run a line goes only
when the model is all but sure it is junk (``inside_floor``); outside it a line
stays when the model is sure it is body (``outside_keep``). The thresholds lean to
keeping: a dropped body sentence loses its events, a kept menu line costs little.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.lineclass.features import feature_names, line_features

MODEL_FILE = Path(__file__).resolve().parents[1] / "models" / "cleaner" / "lines.json"


@dataclass(frozen=True)
class LineModel:
    """Standardised logistic-regression weights and the page-level decision thresholds."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    block_threshold: float
    inside_floor: float
    outside_keep: float

    def probabilities(self, lines: Sequence[str], named_rules: Sequence[bool]) -> list[float]:
        """The probability that each line is article body."""
        out = []
        for row in line_features(lines, named_rules):
            z = self.intercept + sum(
                c * (x - m) / s
                for c, x, m, s in zip(self.coef, row, self.mean, self.scale, strict=True)
            )
            out.append(1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0))))
        return out

    def keep(self, lines: Sequence[str], named_rules: Sequence[bool]) -> list[bool]:
        """Whether each line is kept as article body (see the module docstring)."""
        return self.decide(lines, named_rules)[0]

    def decide(
        self, lines: Sequence[str], named_rules: Sequence[bool]
    ) -> tuple[list[bool], tuple[int, int]]:
        """Whether each line is kept, and the article's run of lines (first, last index)."""
        probs = self.probabilities(lines, named_rules)
        start, end = body_run(probs, self.block_threshold)
        keep = [
            (start <= i <= end and p >= self.inside_floor) or p >= self.outside_keep
            for i, p in enumerate(probs)
        ]
        return keep, (start, end)


def body_run(probs: Sequence[float], threshold: float) -> tuple[int, int]:
    """The run of lines maximising the sum of (probability - threshold); (0, -1) if none."""
    best, span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, p in enumerate(probs):
        if total <= 0:
            total, start = 0.0, i
        total += p - threshold
        if total > best:
            best, span = total, (start, i)
    return span


def model_from_json(data: dict[str, object], origin: str) -> LineModel:
    """A LineModel from its JSON form; E160 where it does not fit this version's features."""
    names: tuple[str, ...] = tuple(data.get("features", ()))  # type: ignore[arg-type]
    if names != feature_names():
        raise EventwireError(
            "E160", f"the line classifier in {origin} was trained on other features",
            "retrain it with `python scripts/train_cleaner.py` (needs ../shared)",
        )
    decision: dict[str, float] = data["decision"]  # type: ignore[assignment]
    return LineModel(
        names=names,
        mean=tuple(data["mean"]),  # type: ignore[arg-type]
        scale=tuple(data["scale"]),  # type: ignore[arg-type]
        coef=tuple(data["coef"]),  # type: ignore[arg-type]
        intercept=float(data["intercept"]),  # type: ignore[arg-type]
        block_threshold=float(decision["block_threshold"]),
        inside_floor=float(decision["inside_floor"]),
        outside_keep=float(decision["outside_keep"]),
    )


@lru_cache(maxsize=1)
def shipped_model() -> LineModel:
    """The model shipped with eventwire, read once per process."""
    try:
        data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EventwireError(
            "E161", f"the line classifier {MODEL_FILE} cannot be read ({error})",
            "reinstall eventwire, or retrain it with `python scripts/train_cleaner.py`",
        ) from error
    return model_from_json(data, str(MODEL_FILE))
