"""Whether a trigger reports an event that happened, will happen, might happen, or did not.

A timeline must not show a meeting that "did not take place", and must mark a planned
signing as planned. The parse tells us: a negation on the trigger or on the verbs it is the
complement of, an auxiliary ("will", "could"), or a planning verb above it ("plans to meet").
"""

from __future__ import annotations

from typing import Any

from eventwire.coding.lexicon import Lexicon

ASSERTED = "asserted"
FUTURE = "future"
HYPOTHETICAL = "hypothetical"
NEGATED = "negated"

_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "can", "must", "'d"})
_SPEECH_VERBS = frozenset(
    {"say", "announce", "tell", "state", "confirm", "report", "add", "note", "declare", "write"}
)
_FUTURE_ADJ = frozenset(
    {"planned", "upcoming", "forthcoming", "future", "proposed", "scheduled", "next", "expected"}
)
_HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
#: Dependencies through which the verb above shares the trigger's modality.
_CHAIN_DEPS = frozenset({"xcomp", "acomp", "attr"})


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def _is_negated(tok: Any, lexicon: Lexicon) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and _lemma(child) == "no"):
            return True
        if child.dep_ == "advmod" and _lemma(child) in ("never", "not"):
            return True
    return False


def _chain(tok: Any) -> list[Any]:
    """The trigger and the verbs above it whose modality it inherits ("plans to meet")."""
    chain = [tok]
    cur = tok
    while cur.dep_ in _CHAIN_DEPS and cur.head.i != cur.i and len(chain) < 6:
        cur = cur.head
        chain.append(cur)
    return chain


def modality(verb: Any, noun: Any, lexicon: Lexicon) -> tuple[str, str]:
    """The modality of a trigger and the reason for it (for logging).

    Returns one of ``asserted``, ``future``, ``hypothetical``, ``negated``.
    """
    tokens = ([noun] if noun is not None else []) + _chain(verb)
    own = {verb.i} | ({noun.i} if noun is not None else set())
    for tok in tokens:
        if _is_negated(tok, lexicon):
            return NEGATED, f"'{tok.text}' is negated"
        if tok.i not in own and _lemma(tok) in lexicon.negating_frames:
            return NEGATED, f"governed by '{tok.text}'"
    intent = _intended(verb)
    if intent:
        return FUTURE, intent
    if _polite_readiness(verb):
        return ASSERTED, "a readiness stated now ('would be glad to')"
    if noun is not None:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "poss") and _lemma(child) in _FUTURE_ADJ:
                return FUTURE, f"'{child.text} {noun.text}'"
            if child.dep_ == "amod" and child.text.lower() in _FUTURE_ADJ:
                return FUTURE, f"'{child.text} {noun.text}'"
    for tok in tokens:
        for child in tok.children:
            word = str(child.text).lower()
            if child.dep_ in ("aux", "auxpass") and (
                word in _FUTURE_AUX or _lemma(child) == "will"
            ):
                return FUTURE, f"auxiliary '{child.text}'"
            if child.dep_ == "aux" and word in _HYPOTHETICAL_AUX:
                if word in ("would", "'d") and _reported(tok):
                    return FUTURE, f"'{child.text}' in reported speech"
                return HYPOTHETICAL, f"auxiliary '{child.text}'"
            if child.dep_ == "mark" and word in _HYPOTHETICAL_MARKS:
                return HYPOTHETICAL, f"conditional '{child.text}'"
        if tok.i not in own and _lemma(tok) in lexicon.future_frames:
            below = tokens[tokens.index(tok) - 1]
            if below.dep_ == "xcomp" and below.head.i == tok.i:
                return FUTURE, f"governed by '{tok.text}'"
    return ASSERTED, ""


#: Nouns of intent whose "to" clause is not yet done ("their plan to normalise ties").
INTENT_NOUNS = frozenset({"plan", "intention", "intent", "decision", "readiness", "willingness"})


def _intended(verb: Any) -> str:
    """Why an act is only intended: the "to" clause of a plan or decision noun ("announced
    their plan *to normalise* ties"), or "" when it is not."""
    head = verb.head
    if verb.dep_ != "acl" or head.i == verb.i or _lemma(head) not in INTENT_NOUNS:
        return ""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return ""
    return f"the content of '{head.text}'"


#: Adjectives of readiness whose "would" is politeness, not a later act ("Moscow would be
#: glad to help"): the readiness is stated, and so given, now.
_READY_ADJ = frozenset({"ready", "willing", "glad", "happy", "prepared", "eager"})


def _polite_readiness(verb: Any) -> bool:
    """ "said Moscow *would be glad to* help": "be" with a readiness adjective and "would"."""
    if _lemma(verb) != "be":
        return False
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)
    return would and any(
        c.dep_ == "acomp" and _lemma(c) in _READY_ADJ for c in verb.children
    )


def _reported(tok: Any) -> bool:
    """Whether a clause is reported speech ("said they would meet")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "ccomp" and _lemma(cur.head) in _SPEECH_VERBS:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False



def refusal(verb: Any, event_type: str, role: str) -> bool:
    """Whether an agreement that "failed" is a refusal to agree (PLOVER REJECT; the CAMEO
    verb dictionary codes FAIL as 120): "failed to reach agreement on the offices". A plain
    negation ("had not agreed on every point") only says what did not happen."""
    if event_type != "AGREE" or role != "reciprocal":
        return False
    return any(_lemma(tok) == "fail" for tok in _chain(verb)[1:])
