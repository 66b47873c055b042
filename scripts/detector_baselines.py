"""The detector against the plainest methods, on the same sealed splits of real news.

    python scripts/detector_baselines.py            # validation
    python scripts/detector_baselines.py --test     # sealed test: totals only

Sentence-level micro F1 over (sentence, type) decisions, on every labelled real-news
sentence of the split (our annotations, PLOVER gold sentences, demo and stories gold):
- "no event": predict nothing (the majority answer);
- TF-IDF + one logistic regression per type (scikit-learn), trained on the same train split
  as the detector, threshold chosen on validation;
- the detector alone (its probabilities, threshold chosen on validation), before any parse.
"""

from __future__ import annotations

import sys

import numpy as np

from eventwire.coding.detector.data import Example, all_examples, in_split
from eventwire.coding.detector.fit import TYPES, best_threshold
from eventwire.coding.detector.model import load_detector


def micro_f1(probs: list[list[float]], rows: list[Example], threshold: float) -> float:
    tp = fp = fn = 0
    for p, row in zip(probs, rows, strict=True):
        for k, name in enumerate(TYPES):
            said, gold = p[k] >= threshold, name in row.types
            tp += said and gold
            fp += said and not gold
            fn += gold and not said
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tfidf(train: list[Example], rows: list[Example]) -> list[list[float]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x = vec.fit_transform([e.text for e in train])
    xr = vec.transform([e.text for e in rows])
    out = np.zeros((len(rows), len(TYPES)))
    for k, name in enumerate(TYPES):
        y = [name in e.types for e in train]
        if any(y):
            model = LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced")
            model.fit(x, y, sample_weight=[e.weight for e in train])
            out[:, k] = model.predict_proba(xr)[:, 1]
    return out.tolist()


def main(argv: list[str]) -> int:
    everything = all_examples()
    real = [e for e in everything if e.corpus != "ngec-synthetic"]
    train = in_split(everything, "train")
    validation = in_split(real, "validation")
    rows = in_split(real, "test") if "--test" in argv else validation
    name = "test" if "--test" in argv else "validation"
    print(f"{name}: {len(rows)} sentences, {sum(bool(r.types) for r in rows)} with an event")
    print(f"  no event (majority): micro F1 0.000, sentences right "
          f"{sum(not r.types for r in rows) / len(rows):.3f}")
    threshold = best_threshold(tfidf(train, validation), validation)[1]
    baseline = micro_f1(tfidf(train, rows), rows, threshold)
    print(f"  TF-IDF + logistic regression: micro F1 {baseline:.3f}")
    det = load_detector()
    assert det is not None, "EVENTWIRE_DETECTOR is off"

    def probs(examples: list[Example]) -> list[list[float]]:
        return [[s.probabilities[t] for t in TYPES] for s in det.score([r.text for r in examples])]

    best = best_threshold(probs(validation), validation)[1]
    print(f"  detector alone: micro F1 {micro_f1(probs(rows), rows, best):.3f} "
          f"(threshold {best} chosen on validation, as for TF-IDF)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
