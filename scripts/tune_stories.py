"""Learn story matching's weights and thresholds (eventwire/link/stories.json).

    python scripts/tune_stories.py            # search on train, select on validation, print
    python scripts/tune_stories.py --write    # ... and write eventwire/link/stories.json

Rerun after the detector is retrained: its encoder gives the lead vectors. Corpora (all
real or real-event multi-outlet coverage, see evaluate/storylinks.py): ECB+ development
topics (undated; needs ../shared), the stories corpus with its dates and without them,
and (for training only: it has no split of its own) the demo corpus.
A coordinate search over the weights and thresholds maximises the mean B-cubed F1 over
the three training splits; of the best ``--keep`` settings, the one with the best mean on
the validation splits is kept. The test splits are not read here (scripts/figures.py
scores them once).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from eventwire.coding.detector.model import load_detector
from eventwire.evaluate import storylinks as S
from eventwire.evaluate.corpora import demo_documents
from eventwire.link.stories import PARAMETERS, StoryParameters

GRID: dict[str, list[float]] = {
    "threshold": [round(0.2 + 0.025 * i, 3) for i in range(21)],
    "undated_threshold": [round(0.2 + 0.025 * i, 3) for i in range(21)],
    "w_vector": [0.0, 0.25, 0.5, 0.75, 1.0],
    "w_entities": [0.0, 0.25, 0.5, 0.75],
    "w_text": [0.0, 0.25, 0.5, 0.75],
    "merge_threshold": [round(0.2 + 0.05 * i, 2) for i in range(13)] + [2.0],
    "bonus_event": [0.2, 0.1, 0.05, 0.0],  # bonuses from large to none: ties keep less
    "bonus_type": [0.08, 0.04, 0.0],
    "bonus_name": [0.08, 0.04, 0.0],
    "min_specific": [0.0, 0.05, 0.1, 0.15, 0.2],
}


def corpora(split: str, cache: Path | None) -> dict[str, list[S.Coded]]:
    """The coded corpora of a split (the demo corpus, all of it, only in train)."""
    data: dict[str, list[S.Coded]] = {}
    if cache and cache.is_file():
        data = pickle.loads(cache.read_bytes())
    makers = {
        f"stories.{split}": lambda: S.code_corpus(S.stories_corpus([split]), S.stories_gold()),
        f"stories-undated.{split}": lambda: S.code_corpus(
            S.stories_corpus([split], dated=False), S.stories_gold()),
    }
    if S.ECBPLUS.is_dir():
        makers[f"ecbplus.{split}"] = lambda: S.code_corpus(
            S.ecbplus_documents([split]), S.ecbplus_gold())
    if split == "train":
        makers["demo.train"] = lambda: S.code_corpus(demo_documents(), S.demo_gold())
    changed = False
    for name, make in makers.items():
        if name not in data:
            data[name] = make()
            changed = True
    if cache and changed:
        cache.write_bytes(pickle.dumps(data))
    return {name: data[name] for name in makers}


def evaluate(p: StoryParameters, data: dict[str, list[S.Coded]]) -> dict[str, float]:
    return {name: S.story_scores(coded, p)["f1"] for name, coded in data.items()}


def mean(scores: dict[str, float]) -> float:
    return sum(scores.values()) / len(scores)


def search(train: dict[str, list[S.Coded]], rounds: int,
           start: StoryParameters | None = None) -> list[tuple[float, StoryParameters]]:
    """Coordinate ascent from ``start`` (the defaults where None); every setting tried is
    returned, best first. Starting from the current stories.json never ends below it on
    train: the ascent from the defaults can stop on a lower ridge (it did after the
    detector was retrained)."""
    tried: dict[StoryParameters, float] = {}

    def score(p: StoryParameters) -> float:
        if p not in tried:
            tried[p] = mean(evaluate(p, train))
        return tried[p]

    best = replace(start, provenance={}) if start is not None else StoryParameters()
    for _ in range(rounds):
        for name, values in GRID.items():
            for value in values:
                candidate = replace(best, **{name: value})
                if candidate.w_vector + candidate.w_entities + candidate.w_text == 0:
                    continue
                # on a plateau the later (stricter) value wins: splitting a story costs less
                # than joining two, which mixes their events
                if score(candidate) >= score(best):
                    best = candidate
            print(f"  {name}: {getattr(best, name)} -> train mean {score(best):.3f}",
                  file=sys.stderr)
    return sorted(((s, p) for p, s in tried.items()), key=lambda sp: -sp[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {PARAMETERS}")
    parser.add_argument("--cache", type=Path, help="pickle of the coded corpora (made if absent)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--from-current", action="store_true",
                        help=f"start the search from {PARAMETERS.name} rather than the defaults")
    parser.add_argument("--keep", type=int, default=5, help="train-best settings to validate")
    args = parser.parse_args()
    train = corpora("train", args.cache)
    validation = corpora("validation", args.cache)
    ranked = search(train, args.rounds, StoryParameters.load() if args.from_current else None)
    chosen: tuple[float, StoryParameters, dict[str, float]] | None = None
    for train_mean, p in ranked[: args.keep]:
        val = evaluate(p, validation)
        print(f"train {train_mean:.3f} validation {mean(val):.3f} {val}", file=sys.stderr)
        if chosen is None or mean(val) > mean(chosen[2]):
            chosen = (train_mean, p, val)
    assert chosen is not None
    train_mean, p, val = chosen
    detector = load_detector()
    out: dict[str, Any] = {k: v for k, v in asdict(p).items() if k != "provenance"}
    out["provenance"] = {
        "script": "scripts/tune_stories.py",
        "train_f1": evaluate(p, train),
        "validation_f1": val,
        "detector_sha256": (detector.meta.get("sha256") if detector else None),
        "articles": {k: len(v) for k, v in {**train, **validation}.items()},
    }
    print(json.dumps(out, indent=2))
    if args.write:
        PARAMETERS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {PARAMETERS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
