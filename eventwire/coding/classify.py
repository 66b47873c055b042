"""A sentence-level PLOVER type classifier: a second opinion for the rule coder.

TF-IDF over word unigrams and bigrams with a multinomial logistic regression, trained by
``eventwire train`` (``eventwire/coding/train.py``) and written as plain JSON weights: no
pickle to trust, no scikit-learn needed to *use* it, the same numbers on every platform.

Not used by the coder today: trained on the NGEC synthetic stories and the demo gold, it
typed 0.31 of the PLOVER GSR sentences and 0.46 of the stories-corpus gold sentences
(both held out), against the rule coder's 0.61 on the GSR; choosing between the rule
coder's candidates by its probabilities changed 1 of 164 GSR sentences, and typing the
sentences where the rule coder finds nothing was wrong 20 times out of 25. It stays as a
tool to train and measure on one's own annotations (``eventwire train --heldout``).

Inference repeats scikit-learn's TfidfVectorizer (sublinear tf, idf, l2 norm) over the
features of ``features``, which training also uses, so the two cannot drift apart.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EventwireError

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def features(text: str) -> list[str]:
    """Lower-cased words (digits as "0") and adjacent word pairs."""
    words = ["0" if w[0].isdigit() else w for w in _WORD.findall(text.lower())]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True)
class TypeClassifier:
    """Weights of a trained classifier: feature → (column, idf), one row per class."""

    classes: tuple[str, ...]
    vocabulary: dict[str, tuple[int, float]]
    coef: tuple[tuple[float, ...], ...]  # classes × features
    intercept: tuple[float, ...]
    about: str = ""

    def probabilities(self, text: str) -> dict[str, float]:
        """P(type | sentence) for every class."""
        counts = Counter(f for f in features(text) if f in self.vocabulary)
        weights = {
            self.vocabulary[f][0]: (1.0 + math.log(n)) * self.vocabulary[f][1]
            for f, n in counts.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        scores = [
            b + sum(row[j] * w for j, w in weights.items()) / norm
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable type and its probability."""
        probs = self.probabilities(text)
        best = max(probs, key=lambda c: probs[c])
        return best, probs[best]

    def to_json(self) -> dict[str, object]:
        return {
            "about": self.about,
            "classes": list(self.classes),
            "intercept": [round(b, 5) for b in self.intercept],
            "vocabulary": {f: [j, round(idf, 5)] for f, (j, idf) in self.vocabulary.items()},
            "coef": [[round(w, 4) for w in row] for row in self.coef],
        }


def from_json(data: dict[str, object], where: str) -> TypeClassifier:
    """Weights read back; a file that does not have their shape is named, with the fix."""
    try:
        classes = tuple(str(c) for c in data["classes"])  # type: ignore[attr-defined]
        vocab = {
            str(f): (int(v[0]), float(v[1]))
            for f, v in data["vocabulary"].items()  # type: ignore[attr-defined]
        }
        coef = tuple(tuple(float(w) for w in row) for row in data["coef"])  # type: ignore[attr-defined]
        intercept = tuple(float(b) for b in data["intercept"])  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise EventwireError(
            "E320",
            f"{where} is not a type classifier ({type(exc).__name__}: {exc})",
            "retrain it with `eventwire train`, which writes this file",
        ) from exc
    if len(coef) != len(classes) or len(intercept) != len(classes):
        raise EventwireError(
            "E321",
            f"{where}: {len(classes)} classes but {len(coef)} weight rows",
            "retrain it with `eventwire train`",
        )
    return TypeClassifier(classes, vocab, coef, intercept, str(data.get("about", "")))


def load_classifier(path: Path) -> TypeClassifier:
    """A classifier written by ``eventwire train --out path``."""
    return from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
