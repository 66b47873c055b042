"""WikiEvents documents (../shared, development half): are the attacks, arrests, meetings,
demands, threats and protests of real news found, in the right sentence, with the
attacker named?

Each document is coded as one article (its sentences joined by spaces). A gold event
whose KAIROS type has a PLOVER counterpart (``KAIROS_TO_PLOVER``) is found when an event
of that PLOVER type cites the same sentence; precision counts the coded events of those
six types that match a gold one. For found attacks with an Attacker argument, the attacker
is named when one of the event's actors' names shares a word (not a stop word) with the
argument's text or with another mention of the same entity.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.coded import code_text
from eventwire.evaluate.splits import Split, split_of

KAIROS_TO_PLOVER = {
    "Conflict.Attack": "ASSAULT",
    "Conflict.Demonstrate": "PROTEST",
    "Contact.Contact.Meet": "CONSULT",
    "Contact.RequestCommand": "REQUEST",
    "Contact.ThreatenCoerce": "THREATEN",
    "Justice.ArrestJailDetain": "COERCE",
}
_STOP = frozenset({"the", "a", "an", "of", "and", "in", "to", "for", "on", "at", "by", "with"})


def plover_type(kairos: str) -> str | None:
    for prefix, plover in KAIROS_TO_PLOVER.items():
        if kairos == prefix or kairos.startswith(prefix + "."):
            return plover
    return None


@dataclass(frozen=True)
class WikiScores:
    gold: int
    found: int
    predicted: int
    predicted_right: int
    attacks_with_attacker: int
    attacker_named: int

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    @property
    def attacker_rate(self) -> float:
        return self.attacker_named / self.attacks_with_attacker if self.attacks_with_attacker \
            else 0.0

    def to_json(self) -> dict[str, float]:
        return {"gold": self.gold, "recall": round(self.recall, 4),
                "precision": round(self.precision, 4),
                "attacks_with_attacker": self.attacks_with_attacker,
                "attacker_named": round(self.attacker_rate, 4)}


def _words(text: str) -> set[str]:
    return {w for w in text.lower().replace("'s", "").split() if w not in _STOP and len(w) > 1}


def score_document(doc: dict[str, Any], detector: bool = True) -> WikiScores:
    texts = [s[1] for s in doc["sentences"]]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    analysis, events = code_text(" ".join(texts), doc["doc_id"], detector=detector)

    def gold_sentence(char: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= char)

    coded: dict[tuple[int, str], list[Any]] = {}
    for ev in events:
        if ev.negated:
            continue
        for src in ev.sources:
            sent = analysis.sentences[src.sentence_index]
            coded.setdefault((gold_sentence(sent.start), ev.event_type), []).append(ev)
    mentions: dict[str, list[str]] = {}
    for m in doc["entity_mentions"]:
        mentions.setdefault(m["id"], []).append(m["text"])
    gold = found = with_attacker = named = 0
    gold_keys: set[tuple[int, str]] = set()
    for em in doc["event_mentions"]:
        plover = plover_type(em["event_type"])
        if plover is None:
            continue
        key = (em["trigger"]["sent_idx"], plover)
        gold_keys.add(key)
        gold += 1
        hits = coded.get(key, [])
        found += bool(hits)
        attackers = [a for a in em["arguments"] if a["role"] == "Attacker"]
        if hits and plover == "ASSAULT" and attackers:
            with_attacker += 1
            words: set[str] = set()
            for a in attackers:
                words |= _words(a["text"])
                for text in mentions.get(a["entity_id"], []):
                    words |= _words(text)
            names = {w for ev in hits for r in ev.actors for w in _words(r.name or "")}
            named += bool(words & names)
    predicted = sum(len(v) for k, v in coded.items() if k[1] in KAIROS_TO_PLOVER.values())
    right = sum(len(v) for k, v in coded.items() if k in gold_keys)
    return WikiScores(gold, found, predicted, right, with_attacker, named)


def score_wikievents(path: Path, splits: tuple[Split, ...], detector: bool = True) -> WikiScores:
    total = WikiScores(0, 0, 0, 0, 0, 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        if split_of("wikievents", doc["doc_id"]) not in splits:
            continue
        s = score_document(doc, detector)
        total = WikiScores(*(a + b for a, b in zip(
            (total.gold, total.found, total.predicted, total.predicted_right,
             total.attacks_with_attacker, total.attacker_named),
            (s.gold, s.found, s.predicted, s.predicted_right, s.attacks_with_attacker,
             s.attacker_named), strict=True)))
    return total
