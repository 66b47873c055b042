"""How the rule coder's events and the detector's probabilities make one sentence's record.

The detector decides *whether* a sentence reports a political act and *of which kind*; the
parse decides who, to whom, when, where and whether it happened (modality, negation).
Measured on the validation split, the detector is right more often about the first two and
the rules about the rest, so per sentence:

- a rule event is kept when the detector gives its type at least ``floor``: a type the
  detector all but rules out is a word used in another sense ("an assault on democracy", a
  "strike" in football), which the lexicon cannot tell;
- a type the detector gives at least its threshold that no kept rule event has is coded
  from the parse too: anchored on a rule trigger of that type the coder set aside, else on
  the verb the annotations most often name as that type's trigger, else on the clause's
  main verb; its roles, date and place come from the same machinery as any rule event.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.coding.detector.model import Scores
from eventwire.coding.lexicon import Trigger
from eventwire.coding.parse import Candidate

log = logging.getLogger(__name__)

#: A generic CAMEO code for an act of each type the lexicon did not name (the PLOVER
#: type's root in the 2021 CAMEO→PLOVER table).
ROOT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "087", "ACCUSE": "111", "REQUEST": "020", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160",
    "COERCE": "170", "ASSAULT": "190",
}  # fmt: skip
#: Acts whose parties all act together (no recipient): "X and Y met", "held exercises".
RECIPROCAL = frozenset({"CONSULT", "COOPERATE"})
_VERBAL = frozenset({"VERB", "AUX"})
#: How sure the detector must be before an act is anchored on the clause's main verb, no
#: word of the sentence being known to report that kind of act.
SURE = 0.8


@dataclass(frozen=True)
class Verdict:
    """The detector's decision for one sentence."""

    keep: frozenset[str]  # rule types it lets stand
    add: tuple[tuple[str, float], ...]  # types to code although no rule event has them


def judge(rule_types: Sequence[str], scores: Scores, threshold: float, floor: float) -> Verdict:
    """Which rule types stand and which types the sentence reports that no rule found."""
    probs = scores.probabilities
    keep = frozenset(t for t in rule_types if probs.get(t, 0.0) >= floor)
    for t in sorted(set(rule_types) - keep):
        log.debug("detector: %s has P=%.2f < %.2f here; the rule event is dropped", t,
                  probs.get(t, 0.0), floor)
    add = tuple((t, p) for t, p in scores.above(threshold) if t not in keep)
    return Verdict(keep, add)


def model_candidate(span: Any, event_type: str, probability: float,
                    set_aside: Sequence[Candidate], words: frozenset[str]) -> Candidate | None:
    """A candidate for an act of ``event_type`` the detector found in ``span``."""
    for cand in set_aside:
        if cand.trigger.event_type == event_type:
            return cand
    verbs = [t for t in span if t.pos_ in _VERBAL and t.dep_ != "aux" and t.dep_ != "auxpass"]
    named = [t for t in span if t.lower_ in words or str(t.lemma_).lower() in words]
    anchor = next(iter(named), None)
    if anchor is None and probability >= SURE:
        root = span.root
        anchor = root if root.pos_ in _VERBAL else next(iter(verbs), None)
    if anchor is None:
        log.debug("detector: %s (P=%.2f) but no word to anchor it in %r", event_type,
                  probability, span.text)
        return None
    verb, noun = anchor, None
    if anchor.pos_ not in _VERBAL:
        noun = anchor
        verb = _governing_verb(anchor) or anchor
    trigger = Trigger(
        word=str(anchor.lemma_).lower(),
        event_type=event_type,
        cameo=ROOT_CAMEO[event_type],
        role="reciprocal" if event_type in RECIPROCAL else "default",
        strength=round(probability, 3),
    )
    return Candidate(trigger=trigger, verb=verb, noun=noun)


#: Links from an event noun up to the verb whose subject acts: "added them *to* its
#: *sanctions* list", "imposed a *ban* on", "announced new *sanctions*".
_NOUN_PATH = frozenset({"compound", "pobj", "prep", "dobj", "nmod", "amod", "conj", "appos"})


def _governing_verb(noun: Any) -> Any | None:
    """The verb a detector's event noun hangs from within a few noun-phrase links, whose
    subject is then who acts; None when the noun hangs from no verb (a headline)."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in _NOUN_PATH or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in _VERBAL:
            return cur
    return None
