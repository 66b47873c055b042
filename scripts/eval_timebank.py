"""Score eventwire's time expressions on TimeBank 1.2 + AQUAINT (TempEval-3 training data).

Usage: python scripts/eval_timebank.py [--split dev|test|all] [--errors] [--data PATH]

Reads ../shared/data/timebank (not shipped with eventwire), runs find_times on
the plain text of each document anchored at its creation date, and prints the
TempEval-3 figures for the development part (train + validation splits) and the
sealed test split apart (``split_of("timebank", file name)``). ``--errors`` lists
the most frequent disagreements, on the development part only: the test split's
errors are never printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventwire.evaluate.mentions import timebank_scores
from eventwire.evaluate.timex import timeml_files, worst_confusions

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "timebank"
SPLITS = {"dev": ("train", "validation"), "test": ("test",), "all": ()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "both", "all"), default="both",
                        help="dev (train+validation), test (sealed), both apart, or all as one")
    parser.add_argument("--errors", action="store_true", help="print the worst dev confusions")
    parser.add_argument("--top", type=int, default=40, help="how many confusions to print")
    parser.add_argument("--data", type=Path, default=DEFAULT, help="folder of .tml files")
    args = parser.parse_args(argv)
    if not timeml_files(args.data):
        print(f"no .tml files under {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    names = ["dev", "test"] if args.split == "both" else [args.split]
    for name in names:
        s, total, speed = timebank_scores(args.data, splits=SPLITS[name])
        print(f"[{name}] gold {total.gold}  system {total.system}")
        print(f"  strict span   P {s.strict_p:.3f}  R {s.strict_r:.3f}  F1 {s.strict_f1:.3f}")
        print(f"  relaxed span  P {s.relaxed_p:.3f}  R {s.relaxed_r:.3f}  F1 {s.relaxed_f1:.3f}")
        print(f"  value         P {s.value_p:.3f}  R {s.value_r:.3f}  F1 {s.value_f1:.3f}"
              f"  (accuracy on matches {s.value_accuracy:.3f})")  # fmt: skip
        print(f"  type accuracy {s.type_accuracy:.3f}   speed {speed:.1f} docs/s")
        if args.errors and name == "dev":
            for n, line in worst_confusions(total.confusions, args.top):
                print(f"{n:4}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
