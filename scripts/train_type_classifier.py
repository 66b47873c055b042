"""Train the sentence-level type classifier on the NGEC synthetic stories and the demo gold,
and measure it on sentences it never saw: the stories-corpus gold and the PLOVER GSR.

    python scripts/train_type_classifier.py [--out type_classifier.json]

The stories corpus and the GSR are held out (not trained on). The measured accuracy is why
the coder does not use the classifier today (see ``eventwire/coding/classify.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def main(argv: list[str]) -> int:
    synthetic = SHARED / "ngec-synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    if not synthetic.is_file():
        print(f"not found: {synthetic} (it lives in ../shared)", file=sys.stderr)
        return 2
    out = argv[argv.index("--out") + 1] if "--out" in argv else "type_classifier.json"
    args = ["train", str(ROOT / "tests" / "gold" / "demo.events.jsonl"),
            "--synthetic", str(synthetic), "--out", out,
            "--heldout", str(ROOT / "tests" / "data" / "stories" / "gold.events.jsonl"),
            "--heldout", str(SHARED / "plover-gsr-dev.jsonl")]
    app(args, standalone_mode=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
