"""Training the sentence-level type classifier of ``classify`` (scikit-learn, CPU, seconds).

Training data are (sentence, PLOVER type) pairs from two kinds of file:

- the NGEC synthetic stories (a CSV, or the zip it ships in, with ``text`` and ``label``
  columns): silver labels for whole stories, so only each story's first sentences, which
  report its event, are used;
- JSON Lines annotations with ``sentence`` (or ``text``) and ``event_type`` (the project's
  gold files, the PLOVER GSR, or a user's own): one pair per line.

The result is written as JSON weights that ``classify.load_classifier`` reads; nothing of
scikit-learn is pickled.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.coding.classify import TypeClassifier, features
from eventwire.coding.lexicon import PLOVER_TYPES
from eventwire.errors import EventwireError

log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
Example = tuple[str, str]


def first_sentences(text: str, n: int) -> str:
    """The first ``n`` sentences of a story (a plain splitter: no spaCy pass needed)."""
    return " ".join(_SENTENCE_END.split(text.strip())[:n])


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(".csv")]
            for name in names:
                with zf.open(name) as raw:
                    yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
        return
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def synthetic_examples(path: Path, sentences: int = 2) -> list[Example]:
    """(first sentences, label) of every synthetic story with a PLOVER label."""
    out: list[Example] = []
    skipped = 0
    for row in _csv_rows(path):
        label, text = (row.get("label") or "").strip().upper(), row.get("text") or ""
        if label not in PLOVER_TYPES or not text.strip():
            skipped += 1
            continue
        out.append((first_sentences(text, sentences), label))
    if skipped:
        log.warning("%s: %d rows without a PLOVER label or text skipped", path, skipped)
    return out


def annotated_examples(path: Path) -> list[Example]:
    """(sentence, event_type) of every JSON Lines annotation that has both."""
    out: list[Example] = []
    skipped = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        sentence, label = row.get("sentence") or row.get("text"), row.get("event_type")
        if not sentence or label not in PLOVER_TYPES:
            skipped += 1
            continue
        out.append((str(sentence), str(label)))
    if skipped:
        log.warning("%s: %d lines without a sentence or a PLOVER type skipped", path, skipped)
    return out


def train(examples: Iterable[Example], max_features: int = 12000, c: float = 8.0,
          about: str = "") -> TypeClassifier:
    """Fit TF-IDF + logistic regression and return its weights (needs scikit-learn)."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - scikit-learn is a dependency
        raise EventwireError(
            "E322", "training needs scikit-learn", "pip install scikit-learn"
        ) from exc
    pairs = list(examples)
    if len({label for _, label in pairs}) < 2:
        raise EventwireError(
            "E323",
            f"{len(pairs)} training examples with fewer than two event types",
            "give annotations of at least two PLOVER types",
        )
    vectorizer = TfidfVectorizer(
        analyzer=features, sublinear_tf=True, max_features=max_features, min_df=2
    )
    matrix = vectorizer.fit_transform([text for text, _ in pairs])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(matrix, [label for _, label in pairs])
    idf = vectorizer.idf_
    vocabulary = {f: (int(j), float(idf[j])) for f, j in vectorizer.vocabulary_.items()}
    coef = model.coef_
    return TypeClassifier(
        classes=tuple(str(c) for c in model.classes_),
        vocabulary=vocabulary,
        coef=tuple(tuple(float(w) for w in row) for row in coef),
        intercept=tuple(float(b) for b in model.intercept_),
        about=about or f"TF-IDF + logistic regression on {len(pairs)} sentences",
    )


def accuracy(model: TypeClassifier, examples: Iterable[Example]) -> tuple[float, int]:
    """Share of examples typed right, and how many there were."""
    pairs = list(examples)
    right = sum(model.predict(text)[0] == label for text, label in pairs)
    return right / max(len(pairs), 1), len(pairs)


def write_classifier(model: TypeClassifier, path: Path) -> None:
    """Write the weights as compact JSON (what ``load_classifier`` reads)."""
    path.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
