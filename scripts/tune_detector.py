"""Choose how the detector and the rules combine (``floor`` and ``threshold`` in the model's
meta.json) on the validation split of third-party text, and write them into meta.json.

    python scripts/tune_detector.py [--write]

The objective is the mean of the validation figures: CASE 2021 family recall, WikiEvents
mapped-type recall, our annotations' type F1, and the PLOVER gold sentences' type accuracy
at half weight (the rules were written while reading every PLOVER development sentence, so
that figure flatters them).
"""

from __future__ import annotations

import itertools
import json
import sys

from eventwire.coding.detector.model import DEFAULT_DIR, load_detector
from eventwire.evaluate.annotations import default_shared
from eventwire.evaluate.thirdparty import thirdparty_figures

FLOORS = (0.02, 0.05)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def objective(fig: dict) -> float:
    parts = [(fig["case2021"]["macro_recall"], 1.0), (fig["wikievents"]["recall"], 1.0),
             (fig["annotations"]["type_f1"], 1.0), (fig["plover_gsr"]["type_accuracy"], 0.5)]
    return sum(v * w for v, w in parts) / sum(w for _, w in parts)


def main(argv: list[str]) -> int:
    det = load_detector()
    best = (-1.0, 0.0, 0.0)
    for floor, threshold in itertools.product(FLOORS, THRESHOLDS):
        det.meta["floor"], det.meta["threshold"] = floor, threshold
        fig = thirdparty_figures(("validation",), True, default_shared())
        score = objective(fig)
        print(f"floor {floor} threshold {threshold}: {score:.4f} "
              f"(case {fig['case2021']['macro_recall']:.3f}, "
              f"wiki {fig['wikievents']['recall']:.3f}, "
              f"annotations {fig['annotations']['type_f1']:.3f}, "
              f"gsr {fig['plover_gsr']['type_accuracy']:.3f})", flush=True)
        best = max(best, (score, floor, threshold))
    print(f"best: floor {best[1]}, threshold {best[2]} ({best[0]:.4f})")
    if "--write" in argv:
        path = DEFAULT_DIR / "meta.json"
        meta = json.loads(path.read_text())
        meta["floor"], meta["threshold"] = best[1], best[2]
        meta["tuned"] = "python scripts/tune_detector.py --write"
        path.write_text(json.dumps(meta, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
