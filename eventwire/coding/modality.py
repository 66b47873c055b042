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
#: Conjunctions whose clause, in the present tense, is a condition still to be met.
_PENDING_MARKS = frozenset({"until", "till", "once", "before"})
#: Dependencies through which the verb above shares the trigger's modality.
_CHAIN_DEPS = frozenset({"xcomp", "acomp", "attr"})


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def _is_negated(tok: Any, lexicon: Lexicon) -> bool:
    if tok.dep_ == "pcomp" and _lemma(tok.head) == "without":
        return True  # "left without signing any document"
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and _lemma(child) == "no"):
            return True
        if child.dep_ == "advmod" and _lemma(child) in ("never", "not"):
            return True
    return False


def _shares_head(tok: Any) -> bool:
    """A verb coordinated with the one before it that has no subject or auxiliary of its
    own ("will visit Baku *and sign* a treaty"): it shares that verb's modality."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
    )


def _chain(tok: Any, coordinated: bool = True) -> list[Any]:
    """The trigger and the verbs above it whose modality it inherits ("plans to meet"); with
    ``coordinated``, also through a verb it is coordinated with ("will visit and sign")."""
    chain = [tok]
    cur = tok
    while (cur.dep_ in _CHAIN_DEPS or (coordinated and _shares_head(cur))) and cur.head.i != cur.i:
        if len(chain) >= 6:
            break
        cur = cur.head
        chain.append(cur)
    return chain


def modality(verb: Any, noun: Any, lexicon: Lexicon) -> tuple[str, str]:
    """The modality of a trigger and the reason for it (for logging).

    Returns one of ``asserted``, ``future``, ``hypothetical``, ``negated``.
    """
    tokens = ([noun] if noun is not None else []) + _chain(verb)
    own = {verb.i} | ({noun.i} if noun is not None else set())
    # A negation stays with its own verb: "did not meet him *but signed* a deal".
    for tok in ([noun] if noun is not None else []) + _chain(verb, coordinated=False):
        if _is_negated(tok, lexicon):
            return NEGATED, f"'{tok.text}' is negated"
        if tok.i not in own and _lemma(tok) in lexicon.negating_frames:
            return NEGATED, f"governed by '{tok.text}'"
        prevented = _prevented(tok, lexicon)
        if prevented:
            return NEGATED, prevented
    for tok in [noun, verb] if noun is not None else [verb]:
        ruled = ruled_out(tok)
        if ruled:
            return NEGATED, ruled
        if ruled_out(tok, negated=True):
            return HYPOTHETICAL, "not ruled out"
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
            if child.dep_ == "mark" and word in _PENDING_MARKS and tok.tag_ in ("VBZ", "VBP"):
                # "would not negotiate until he withdraws the draft": a condition not yet met
                return HYPOTHETICAL, f"'{child.text}' with the present: a condition not yet met"
            if child.dep_ == "mark" and word == "so" and child.nbor(1).lower_ == "that":
                # "amend the constitution so that such marriages are banned": an aim
                return HYPOTHETICAL, "purpose 'so that'"
        if tok.i not in own and _lemma(tok) in lexicon.future_frames:
            below = tokens[tokens.index(tok) - 1]
            if below.dep_ == "xcomp" and below.head.i == tok.i:
                return FUTURE, f"governed by '{tok.text}'"
    return ASSERTED, ""


def _prevented(tok: Any, lexicon: Lexicon) -> str:
    """Why an act was kept from happening: it follows the "from" of a verb that keeps
    someone from it ("were barred from travelling"), or "" when it does not."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.i == tok.i or prep.lower_ != "from" or prep.head.i == prep.i:
        return ""
    if _lemma(prep.head) in lexicon.preventing_frames:
        return f"kept from it by '{prep.head.text}'"
    return ""


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



#: Predicates that rule an act out: "lifting the sanctions *is out of the question*",
#: "a withdrawal *is off the table*".
_RULED_OUT = frozenset({"out of the question", "out of question", "off the table"})


def ruled_out(tok: Any, negated: bool = False) -> str:
    """Why an act is ruled out by the clause it is the subject of ("removing the sanctions
    is out of the question"), or "" when it is not. Ruling an act out refuses it (PLOVER
    REJECT); "is not out of the question" keeps it possible (found with ``negated``)."""
    if tok.dep_ not in ("csubj", "nsubj", "nsubjpass") or tok.head.i == tok.i:
        return ""
    head = tok.head
    if _lemma(head) != "be" or any(c.dep_ == "neg" for c in head.children) != negated:
        return ""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("out", "off"):
            words = " ".join(t.lower_ for t in prep.subtree)
            if words in _RULED_OUT:
                return f"ruled out ('{words}')"
    return ""


def refusal(verb: Any, event_type: str, role: str) -> bool:
    """Whether an agreement that "failed" is a refusal to agree (PLOVER REJECT; the CAMEO
    verb dictionary codes FAIL as 120): "failed to reach agreement on the offices". A plain
    negation ("had not agreed on every point") only says what did not happen."""
    if event_type != "AGREE" or role != "reciprocal":
        return False
    return any(_lemma(tok) == "fail" for tok in _chain(verb)[1:])
