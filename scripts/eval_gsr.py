"""Score the event coder on the PLOVER gold-standard sentences (../shared, not shipped).

The measuring lives in ``eventwire.evaluate.gsr`` (also used by ``scripts/figures.py``);
this script prints the figures and, with ``--errors``, every sentence coded wrongly.

Usage: python scripts/eval_gsr.py [path.jsonl] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.evaluate.gsr import score_gsr

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plover-gsr-dev.jsonl"


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    if not path.is_file():
        print(f"gold file not found: {path} (it lives in ../shared, not in the repository)")
        return 2
    scores = score_gsr(path)
    n = len(scores.rows)
    actor_n = sum(r.actor_ok is not None for r in scores.rows)
    recip_n = sum(r.recipient_ok is not None for r in scores.rows)
    print(f"sentences: {n}")
    print(f"event-type accuracy: {scores.type_accuracy:.3f}")
    print(f"macro F1: {scores.macro_f1:.3f}")
    print(f"no event: {sum(r.predicted_type == 'NONE' for r in scores.rows)}")
    print(f"actor country accuracy: {scores.actor_country:.3f} (n={actor_n})")
    print(f"recipient country accuracy: {scores.recipient_country:.3f} (n={recip_n})")
    print("per type:", ", ".join(f"{t} {c}/{k}" for t, (c, k) in scores.per_type().items()))
    if "--errors" in argv:
        for r in scores.rows:
            if r.predicted_type != r.gold_type:
                print(f"{r.gold_type:>9} got {r.predicted_type:<9} | {r.text[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
