"""Measure the event coder on third-party sentences, by sealed split, with and without the
detector.

    python scripts/eval_detector.py                 # validation figures (development)
    python scripts/eval_detector.py --test          # the sealed test split: totals only
    python scripts/eval_detector.py --rules         # the rule coder alone, for comparison

Corpora (all in ../shared, development halves): the PLOVER gold sentences, CASE 2021
snippets, WikiEvents documents, and our annotations of them and of ECB+. Test errors are
never printed: only the totals.
"""

from __future__ import annotations

import json
import sys

from eventwire.evaluate.annotations import default_shared
from eventwire.evaluate.splits import Split
from eventwire.evaluate.thirdparty import thirdparty_figures


def main(argv: list[str]) -> int:
    shared = default_shared()
    if not (shared / "data").is_dir():
        print(f"no ../shared data at {shared}", file=sys.stderr)
        return 2
    splits: tuple[Split, ...] = ("test",) if "--test" in argv else ("validation",)
    result = thirdparty_figures(splits, "--rules" not in argv, shared)
    print(json.dumps({"splits": splits, "detector": "--rules" not in argv, **result}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
