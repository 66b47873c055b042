"""Our annotated sentences of third-party news (tests/gold/annotations): the detector's
own sealed test.

Each sentence is coded as a one-sentence article. Compared are the types of the acts it
reports as done or said (asserted and not negated, on both sides), as sentence-level
precision, recall and F1 over (sentence, type) pairs; the share of sentences with no
political act where nothing is coded; and, for gold events whose actor has a country, the
share where an event of the same type names an actor of that country.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eventwire.coding.detector.data import ANNOTATIONS
from eventwire.evaluate.annotations import AnnotatedSentence, read_annotations
from eventwire.evaluate.coded import code_text, happened
from eventwire.evaluate.splits import Split


@dataclass(frozen=True)
class SentenceScores:
    tp: int
    fp: int
    fn: int
    quiet_right: int
    quiet: int
    actor_right: int
    actor_gold: int
    sentences: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float]:
        return {
            "sentences": self.sentences,
            "type_precision": round(self.precision, 4),
            "type_recall": round(self.recall, 4),
            "type_f1": round(self.f1, 4),
            "no_event_right": round(self.quiet_right / self.quiet, 4) if self.quiet else 0.0,
            "actor_country": round(self.actor_right / self.actor_gold, 4)
            if self.actor_gold else 0.0,
        }


def annotated(splits: tuple[Split, ...], shared: Path | None = None) -> list[AnnotatedSentence]:
    rows: list[AnnotatedSentence] = []
    for path in sorted(ANNOTATIONS.glob("*.jsonl")):
        rows += [r for r in read_annotations(path, shared) if r.split in splits]
    return rows


def score_sentences(rows: list[AnnotatedSentence], detector: bool = True) -> SentenceScores:
    tp = fp = fn = quiet = quiet_right = actor_right = actor_gold = 0
    for row in rows:
        _, events = code_text(row.text, row.sentence_id, detector=detector)
        done = happened(events)
        predicted = {e.event_type for e in done}
        gold = set(row.types)
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        if not row.events:
            quiet += 1
            quiet_right += not done
        for ev in row.events:
            if ev.modality != "asserted" or ev.negated:
                continue
            countries = {a.country for a in ev.actors if a.country}
            if not countries:
                continue
            actor_gold += 1
            actor_right += any(
                e.event_type == ev.event_type and {a.country for a in e.actors} & countries
                for e in done
            )
    return SentenceScores(tp, fp, fn, quiet_right, quiet, actor_right, actor_gold, len(rows))
