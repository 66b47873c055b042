"""Train the event detector on every labelled sentence's train split and ship it.

    python scripts/train_detector.py                      # writes eventwire/models/detector
    python scripts/train_detector.py --out /tmp/det --epochs 2

Selection (best epoch, threshold) uses the validation split of real news only (not the
synthetic stories). The sealed test split is scored once, at the end, as totals per corpus;
its sentences are never printed. Needs the ``train`` extra and requirements/train.txt.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from eventwire.coding.detector.data import all_examples, in_split
from eventwire.coding.detector.fit import FitOptions, fit

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "eventwire" / "models" / "detector")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--distill", type=float, default=1.0)
    parser.add_argument("--no-synthetic", action="store_true")
    parser.add_argument("--keep-float", action="store_true", help="also write model.float.onnx")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    examples = all_examples()
    if args.no_synthetic:
        examples = [e for e in examples if e.corpus != "ngec-synthetic"]
    train = in_split(examples, "train")
    validation = [e for e in in_split(examples, "validation") if e.corpus != "ngec-synthetic"]
    command = "python scripts/train_detector.py " + " ".join(argv)
    report = fit(train, validation, args.out, FitOptions(
        epochs=args.epochs, learning_rate=args.lr, distill=args.distill, command=command.strip(),
        keep_float=args.keep_float))
    print(f"trained on {len(train)}, validated on {len(validation)}: "
          f"validation micro F1 per epoch {report.validation_f1}, kept epoch {report.best_epoch}, "
          f"threshold {report.threshold}, {report.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
