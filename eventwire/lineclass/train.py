"""Training the line classifier: data, fit, decision thresholds, the JSON it ships as.

Training documents (every line labelled body or junk):

* the train split of the article-extraction development pages (``../shared``),
  labelled by ``evaluate.extraction.line_labels`` against their gold body;
* the project's own cleaning gold: the seed articles (``tests/gold/seeds.clean.json``
  names their body and junk lines; the text is in ``../shared/seeds``) and the demo
  corpus (``tests/gold/demo.clean.jsonl`` gives each body).

Each document weighs the same in total, spread over its lines by word count, since
shingle F1 charges a line by its length. The decision thresholds are chosen on the
validation pages, through ``clean_text`` itself (rules, then classifier), as the
highest mean F1 whose mean recall stays at or above ``RECALL_FLOOR``: losing article
text loses events, so the cleaner leans to keeping.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.clean import clean_text, named_rule
from eventwire.evaluate.clean import shingle_scores
from eventwire.evaluate.corpora import GOLD, SHARED, demo_documents
from eventwire.evaluate.extraction import Page, line_labels, load_pages, page_text
from eventwire.lineclass.features import feature_names, line_features
from eventwire.lineclass.model import LineModel

#: Inverse regularisation of the logistic regression (grouped cross-validation on the
#: development pages: 0.1 to 1 score alike; the smaller is the simpler model).
C = 0.1
#: The lowest mean validation recall a decision may have.
RECALL_FLOOR = 0.93
#: Total sample weight of one training document.
DOC_WEIGHT = 100.0


@dataclass(frozen=True)
class LabelledDoc:
    """Lines of one training document with their labels."""

    name: str
    lines: tuple[str, ...]
    labels: tuple[bool, ...]


def page_docs(pages: Sequence[Page]) -> list[LabelledDoc]:
    return [LabelledDoc(p.page_id, p.lines, tuple(line_labels(p.lines, p.gold))) for p in pages]


def own_docs(shared: Path = SHARED) -> list[LabelledDoc]:
    """The seeds (where ../shared has them) and the demo corpus, labelled by our gold."""
    docs = []
    seeds = json.loads((GOLD / "seeds.clean.json").read_text())
    for name, spec in sorted(seeds.items()):
        path = shared / "seeds" / name
        if not path.is_file():
            continue
        body = set(spec["body_lines"])
        numbered = [
            (i, line.strip()) for i, line in enumerate(path.read_text("utf-8").splitlines(), 1)
            if line.strip() and i != spec.get("title_line")
        ]
        docs.append(LabelledDoc(name, tuple(t for _i, t in numbered),
                                tuple(i in body for i, _t in numbered)))
    gold = {}
    for raw in (GOLD / "demo.clean.jsonl").read_text().splitlines():
        if raw.strip():
            row = json.loads(raw)
            gold[row["article"]] = row["body"]
    for doc in demo_documents():
        key = doc.given_id or Path(doc.origin).name
        if key in gold:
            lines = tuple(line.strip() for line in doc.text.splitlines() if line.strip())
            docs.append(LabelledDoc(key, lines, tuple(line_labels(lines, gold[key]))))
    return docs


def matrix(docs: Sequence[LabelledDoc]) -> tuple[list[list[float]], list[int], list[float]]:
    """Features, labels and sample weights of every line of ``docs``."""
    xs: list[list[float]] = []
    ys: list[int] = []
    ws: list[float] = []
    for doc in docs:
        named = [named_rule(line) is not None for line in doc.lines]
        xs += line_features(doc.lines, named)
        ys += [int(label) for label in doc.labels]
        words = [max(len(line.split()), 1) for line in doc.lines]
        total = sum(words) or 1
        ws += [DOC_WEIGHT * n / total for n in words]
    return xs, ys, ws


def fit(docs: Sequence[LabelledDoc], c: float = C) -> LineModel:
    """A standardised logistic regression on ``docs`` (decision thresholds still unset)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    xs, ys, ws = matrix(docs)
    scaler = StandardScaler().fit(xs)
    scale = [s if s > 0 else 1.0 for s in scaler.scale_]
    model = LogisticRegression(C=c, max_iter=5000).fit(scaler.transform(xs), ys,
                                                       sample_weight=ws)
    return LineModel(
        names=feature_names(), mean=tuple(float(m) for m in scaler.mean_),
        scale=tuple(float(s) for s in scale), coef=tuple(float(v) for v in model.coef_[0]),
        intercept=float(model.intercept_[0]), block_threshold=0.5, inside_floor=0.0,
        outside_keep=1.01,
    )


def mean_scores(model: LineModel, pages: Sequence[Page]) -> tuple[float, float, float]:
    """Mean shingle precision, recall and F1 of ``clean_text`` with ``model`` on ``pages``."""
    scores = [shingle_scores(clean_text(page_text(p), model=model).text, p.gold) for p in pages]
    n = max(len(scores), 1)
    return (sum(s.precision for s in scores) / n, sum(s.recall for s in scores) / n,
            sum(s.f1 for s in scores) / n)


GRID = {
    "block_threshold": (0.2, 0.3, 0.4, 0.5),
    "inside_floor": (0.02, 0.05, 0.1, 0.2),
    "outside_keep": (0.5, 0.7, 0.9),  # a line the model is sure of stays wherever it is
}


def tune(model: LineModel, pages: Sequence[Page]) -> tuple[LineModel, dict[str, float]]:
    """The decision thresholds with the best validation F1 at recall >= RECALL_FLOOR."""
    best: tuple[float, LineModel, dict[str, float]] | None = None
    for values in itertools.product(*GRID.values()):
        block, floor, outside = values
        candidate = replace(model, block_threshold=block, inside_floor=floor,
                            outside_keep=outside)
        p, r, f = mean_scores(candidate, pages)
        if r >= RECALL_FLOOR and (best is None or f > best[0]):
            best = (f, candidate, {"precision": p, "recall": r, "f1": f})
    if best is None:
        raise SystemExit(f"no decision reaches recall {RECALL_FLOOR} on validation")
    return best[1], best[2]


def to_json(model: LineModel, provenance: dict[str, object]) -> dict[str, object]:
    return {
        "kind": "logistic regression over line features (eventwire.lineclass)",
        "features": list(model.names), "mean": list(model.mean), "scale": list(model.scale),
        "coef": list(model.coef), "intercept": model.intercept,
        "decision": {"block_threshold": model.block_threshold,
                     "inside_floor": model.inside_floor, "outside_keep": model.outside_keep},
        "provenance": provenance,
    }


def train(out: Path) -> dict[str, object]:
    """Train on train pages and own gold, tune on validation pages, write ``out``."""
    import sklearn

    train_pages = load_pages(["train"])
    validation = load_pages(["validation"])
    own = own_docs()
    model = fit(page_docs(train_pages) + own)
    model, figures = tune(model, validation)
    provenance: dict[str, object] = {
        "command": "python scripts/train_cleaner.py",
        "training_data": {
            "article_extraction_train_pages": len(train_pages),
            "own_gold_documents": [d.name for d in own],
            "source": "scrapinghub/article-extraction-benchmark development half (MIT), "
                      "split train by split_of('article-extraction', id); tests/gold",
        },
        "tuned_on": f"{len(validation)} validation pages, best mean F1 at recall >= "
                    f"{RECALL_FLOOR}",
        "validation": figures,
        "C": C, "scikit_learn": sklearn.__version__, "python": sys.version.split()[0],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(to_json(model, provenance), indent=1) + "\n", encoding="utf-8")
    return provenance
