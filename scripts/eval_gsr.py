"""Score the event coder on the PLOVER gold-standard sentences (../shared, not shipped).

Each sentence of ``../shared/data/plover-gsr-dev.jsonl`` is coded as a one-sentence article
with the full pipeline (``analyze`` then ``code_events``). The event with the highest
confidence is compared with the gold record:

- type accuracy: its event type equals the gold type (no event counts as wrong);
- macro F1: per-type F1 over the 16 PLOVER types, averaged over the types present in gold;
- actor / recipient country accuracy: over sentences whose gold lists source / target
  codes, the share where a predicted actor / recipient country is among them. Gold "IGO" /
  "NGO" match a predicted actor of that sector or an international organisation code.

Usage: python scripts/eval_gsr.py [path.jsonl] [--errors]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.coding import code_events
from eventwire.language.analyze import analyze
from eventwire.records import ActorRef, Article, Event

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plover-gsr-dev.jsonl"
_INTERNATIONAL = frozenset({"IGO", "NGO", "UNO", "EUR", "NAT", "IMG", "UNDP", "WFP", "ICR"})


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
    gold_types = sorted({g for g, _ in pairs})
    scores = []
    for t in gold_types:
        tp = sum(1 for g, p in pairs if g == t and p == t)
        fp = sum(1 for g, p in pairs if g != t and p == t)
        fn = sum(1 for g, p in pairs if g == t and p != t)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def top_event(events: tuple[Event, ...]) -> Event | None:
    return max(events, key=lambda e: e.confidence) if events else None


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    if not path.is_file():
        print(f"gold file not found: {path} (it lives in ../shared, not in the repository)")
        return 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    pairs: list[tuple[str, str]] = []
    actor_hits = actor_n = recip_hits = recip_n = 0
    errors: list[str] = []
    for row in rows:
        art = Article(article_id=row["id"], origin=str(path.name), text=row["text"].strip())
        event = top_event(code_events(analyze(art)))
        predicted = event.event_type if event else "NONE"
        pairs.append((row["event_type"], predicted))
        if predicted != row["event_type"]:
            errors.append(f"{row['event_type']:>9} got {predicted:<9} | {row['text'][:110]}")
        src, tgt = _codes(row.get("source")), _codes(row.get("target"))
        if src:
            actor_n += 1
            actor_hits += bool(event and _matches(src, event.actors))
        if tgt:
            recip_n += 1
            recip_hits += bool(event and _matches(tgt, event.recipients))
    correct = sum(1 for g, p in pairs if g == p)
    print(f"sentences: {len(pairs)}")
    print(f"event-type accuracy: {correct / len(pairs):.3f}")
    print(f"macro F1: {macro_f1(pairs):.3f}")
    print(f"no event: {sum(1 for _, p in pairs if p == 'NONE')}")
    print(f"actor country accuracy: {actor_hits / max(actor_n, 1):.3f} (n={actor_n})")
    print(f"recipient country accuracy: {recip_hits / max(recip_n, 1):.3f} (n={recip_n})")
    per_type = Counter(g for g, p in pairs if g == p)
    totals = Counter(g for g, _ in pairs)
    print("per type:", ", ".join(f"{t} {per_type[t]}/{n}" for t, n in sorted(totals.items())))
    if "--errors" in argv:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
