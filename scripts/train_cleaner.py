"""Train the plain-text line classifier and write eventwire/models/cleaner/lines.json.

    python scripts/train_cleaner.py            # needs ../shared (the benchmark pages, seeds)
    python scripts/train_cleaner.py --out x.json

Trains on the train split of the article-extraction development pages and the
project's own cleaning gold, chooses the decision thresholds on the validation split
(see eventwire/lineclass/train.py), and records both in the JSON's "provenance".
The test split is not read; scripts/figures.py scores it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventwire.lineclass.model import MODEL_FILE
from eventwire.lineclass.train import train


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    provenance = train(args.out)
    print(json.dumps(provenance, indent=1))


if __name__ == "__main__":
    main()
