"""Score eventwire's time expressions on TimeBank 1.2 + AQUAINT (TempEval-3 training data).

Usage: python scripts/eval_timebank.py [--limit N] [--errors] [--data PATH]

Reads ../shared/data/timebank (not shipped with eventwire), runs find_times on
the plain text of each document anchored at its creation date, and prints the
TempEval-3 figures. ``--errors`` lists the most frequent disagreements.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from eventwire.evaluate.timex import (
    TimexCounts,
    match_timexes,
    read_timeml,
    scores,
    timeml_files,
    worst_confusions,
)
from eventwire.language.nlp import load_nlp
from eventwire.language.times import find_times

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "timebank"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    parser.add_argument("--errors", action="store_true", help="print the worst confusions")
    parser.add_argument("--top", type=int, default=40, help="how many confusions to print")
    parser.add_argument("--data", type=Path, default=DEFAULT, help="folder of .tml files")
    args = parser.parse_args(argv)
    files = timeml_files(args.data)
    if not files:
        print(f"no .tml files under {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    if args.limit:
        files = files[: args.limit]
    nlp = load_nlp()
    total = TimexCounts()
    began = time.perf_counter()
    for path in files:
        doc = read_timeml(path)
        found = find_times(nlp(doc.text), doc.dct)
        total.add(match_timexes(doc.timexes, found, doc.doc_id))
    elapsed = time.perf_counter() - began
    s = scores(total)
    print(f"documents {len(files)}  gold {total.gold}  system {total.system}")
    print(f"strict span   P {s.strict_p:.3f}  R {s.strict_r:.3f}  F1 {s.strict_f1:.3f}")
    print(f"relaxed span  P {s.relaxed_p:.3f}  R {s.relaxed_r:.3f}  F1 {s.relaxed_f1:.3f}")
    print(f"value         P {s.value_p:.3f}  R {s.value_r:.3f}  F1 {s.value_f1:.3f}"
          f"  (accuracy on matches {s.value_accuracy:.3f})")  # fmt: skip
    print(f"type accuracy {s.type_accuracy:.3f}")
    print(f"speed         {len(files) / elapsed:.1f} docs/s")
    if args.errors:
        for n, line in worst_confusions(total.confusions, args.top):
            print(f"{n:4}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
