"""Score the event coder on the PLOVER gold-standard sentences (../shared, not shipped).

Each sentence of ``plover-gsr-dev.jsonl`` is coded as a one-sentence article with the full
pipeline (``analyze`` then ``code_events``). The event with the highest confidence (an
asserted one first) is compared with the gold record:

- type accuracy: its event type equals the gold type (no event counts as wrong);
- macro F1: per-type F1 over the PLOVER types present in gold;
- actor / recipient country accuracy: over sentences whose gold lists source / target
  codes, the share where a predicted actor / recipient country is among them. Gold "IGO" /
  "NGO" match a predicted actor of that sector or an international organisation code.

Shared by ``scripts/eval_gsr.py`` (with the error list) and ``scripts/figures.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.coding import code_events
from eventwire.evaluate.splits import Split, split_of
from eventwire.language.analyze import analyze
from eventwire.records import ActorRef, Article, Event

_INTERNATIONAL = frozenset({"IGO", "NGO", "UNO", "EUR", "NAT", "IMG", "UNDP", "WFP", "ICR"})


@dataclass(frozen=True)
class GsrRow:
    """One gold sentence and what the coder made of it."""

    sentence_id: str
    text: str
    gold_type: str
    predicted_type: str  # "NONE" when no event was coded
    actor_ok: bool | None  # None when gold names no source
    recipient_ok: bool | None  # None when gold names no target


@dataclass(frozen=True)
class GsrScores:
    """The GSR figures of issue 4 and the rows behind them."""

    rows: tuple[GsrRow, ...]

    @property
    def type_accuracy(self) -> float:
        return sum(r.gold_type == r.predicted_type for r in self.rows) / max(len(self.rows), 1)

    @property
    def macro_f1(self) -> float:
        return macro_f1([(r.gold_type, r.predicted_type) for r in self.rows])

    @property
    def actor_country(self) -> float:
        known = [r.actor_ok for r in self.rows if r.actor_ok is not None]
        return sum(known) / max(len(known), 1)

    @property
    def recipient_country(self) -> float:
        known = [r.recipient_ok for r in self.rows if r.recipient_ok is not None]
        return sum(known) / max(len(known), 1)

    def to_json(self) -> dict[str, float]:
        return {
            "sentences": float(len(self.rows)),
            "type_accuracy": round(self.type_accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "actor_country": round(self.actor_country, 4),
            "recipient_country": round(self.recipient_country, 4),
            "no_event": float(sum(r.predicted_type == "NONE" for r in self.rows)),
        }

    def per_type(self) -> dict[str, tuple[int, int]]:
        """Gold type → (correct, total)."""
        right = Counter(r.gold_type for r in self.rows if r.gold_type == r.predicted_type)
        total = Counter(r.gold_type for r in self.rows)
        return {t: (right[t], n) for t, n in sorted(total.items())}


def _codes(field: Any) -> set[str]:
    if not isinstance(field, list):
        return set()
    return {str(a["code"]) for a in field if isinstance(a, dict) and a.get("code")}


def _matches(gold: set[str], refs: tuple[ActorRef, ...]) -> bool:
    for ref in refs:
        if ref.country in gold:
            return True
        if gold & {"IGO", "NGO"} and (
            ref.sector in ("IGO", "NGO") or (ref.country or "") in _INTERNATIONAL
        ):
            return True
    return False


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-averaged F1 over the gold types; a missing prediction is the type "NONE"."""
    scores = []
    for t in sorted({g for g, _ in pairs}):
        tp = sum(1 for g, p in pairs if g == t and p == t)
        fp = sum(1 for g, p in pairs if g != t and p == t)
        fn = sum(1 for g, p in pairs if g == t and p != t)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def top_event(events: tuple[Event, ...]) -> Event | None:
    """The event a one-sentence article is about: the most confident one, an act reported as
    done before a planned or hypothetical one ("collected signatures so that X is banned")."""
    return max(events, key=lambda e: (not e.negated, e.modality == "asserted", e.confidence)) \
        if events else None


def score_gsr(path: Path, splits: tuple[Split, ...] | None = None,
              detector: bool = True) -> GsrScores:
    """Code every gold sentence of ``path`` (those of ``splits`` only, when given: the sealed
    splits of ``evaluate.splits``) and compare (see the module docstring)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if splits is not None:
        rows = [r for r in rows if split_of("plover-gsr", r["id"]) in splits]
    out = []
    for row in rows:
        art = Article(article_id=row["id"], origin=str(path.name), text=row["text"].strip())
        event = top_event(code_events(analyze(art), detector=detector))
        src, tgt = _codes(row.get("source")), _codes(row.get("target"))
        out.append(
            GsrRow(
                sentence_id=row["id"],
                text=row["text"],
                gold_type=row["event_type"],
                predicted_type=event.event_type if event else "NONE",
                actor_ok=bool(event and _matches(src, event.actors)) if src else None,
                recipient_ok=bool(event and _matches(tgt, event.recipients)) if tgt else None,
            )
        )
    return GsrScores(tuple(out))
