"""Stances an actor takes toward an act, read off the clause around it: an act it rules
out ("ruled out talks": PLOVER REJECT), a party it rallies others against ("called on
Arabs to unite against Sharon": ACCUSE, CAMEO 113), weapons it says it makes to use
against a party (THREATEN).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.coding.lexicon import Lexicon
from eventwire.coding.parse import Candidate, has_prep, objects_of, particle, word_lemma

#: Acts a party can rule out that are no event noun of the lexicon ("ruled out any
#: compromise", "ruled out military action").
_RULED_ACTS = frozenset(
    {
        "compromise", "concession", "action", "option", "intervention", "change", "deal",
        "agreement", "dialogue", "cooperation", "resignation", "election", "referendum",
        "sanction", "return", "deployment", "war", "offensive", "operation", "strike",
        "attack", "invasion", "use", "participation", "exchange", "release", "extension",
    }
)  # fmt: skip


def rules_out_act(verb: Any, lexicon: Lexicon) -> bool:
    """Whether "rule out" refuses an act ("ruled out talks", "ruled out sending troops"),
    not a hypothesis ("police ruled out foul play", "ruled out that it was an accident")."""
    if particle(verb) != "out":
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "pcomp") and c.pos_ == "VERB":
            return True
        if c.dep_ != "dobj":
            continue
        obj = c
        if word_lemma(obj) == "possibility":  # "ruled out the possibility of talks"
            of = has_prep(obj, {"of"})
            inner = [g for g in of.children if g.dep_ in ("pobj", "pcomp")] if of else []
            obj = inner[0] if inner else obj
            if obj.pos_ == "VERB":
                return True
        if word_lemma(obj) in _RULED_ACTS or word_lemma(obj) in lexicon.nouns:
            return True
    return False


#: Verbs of joining forces that a call turns into rallying opposition ("to unite against").
_RALLYING = frozenset({"unite", "rally", "mobilize", "mobilise", "rise", "stand", "band"})


def rallied_against(verb: Any) -> Any:
    """The "against" object of what a call rallies others to do ("called on Arabs to unite
    and mobilize *against Sharon*"), or None when the call asks for something else."""
    acts = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    acts += [c for a in acts for c in a.conjuncts]
    for act in acts:
        if word_lemma(act) not in _RALLYING:
            continue
        for tok in (act, *act.conjuncts):
            prep = has_prep(tok, {"against"})
            target = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
            if target is not None and _party(target):
                return target
    return None


#: Nouns that name a party one can rally against without naming it ("against the regime").
_PARTIES = frozenset(
    {"government", "regime", "authority", "army", "occupier", "occupation", "invader", "junta"}
)


def _party(tok: Any) -> bool:
    """Whether a rally's target is a party (a person, people, state or organisation), not a
    phenomenon: "unite against *Sharon*", "against *the regime*", not "against terrorism"."""
    return tok.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or word_lemma(tok) in _PARTIES


#: Verbs by which an actor comes to have weapons ("manufacturing weapons to use against").
_ARMING = frozenset(
    {
        "manufacture", "make", "build", "develop", "produce", "acquire", "obtain", "buy",
        "stockpile", "amass", "have", "possess", "hold", "keep", "prepare",
    }
)  # fmt: skip
_WEAPONS = frozenset(
    {
        "weapon", "weapons", "arm", "arms", "bomb", "bombs", "missile", "missiles", "explosive",
        "explosives", "drone", "drones", "rocket", "rockets", "warhead", "warheads", "gas",
    }
)  # fmt: skip
_CBRN = frozenset({"chemical", "biological", "nuclear", "radiological", "atomic"})
#: Verbs by which an actor states something of itself ("claims to be manufacturing").
_STATING = frozenset({"claim", "say", "boast", "announce", "declare", "admit", "state"})


def match_stated_weapons(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "A militant group claims to be manufacturing chemical weapons *to use against* the
    United States": an actor stating that it arms itself to strike a party threatens that
    party (PLOVER THREATEN, violence; CAMEO 1385 for chemical, biological or nuclear arms).
    Only a stated intention counts: a reporter's "is building missiles to use against" is
    no verbal act of the actor."""
    if word_lemma(verb) != "use" or "threaten" not in lexicon.verbs:
        return None
    if verb.dep_ not in ("xcomp", "advcl") or has_prep(verb, {"against"}) is None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    arming = verb.head
    weapons = [o for o in objects_of(arming) if word_lemma(o) in _WEAPONS]
    if word_lemma(arming) not in _ARMING or not weapons:
        return None
    if arming.dep_ != "xcomp" or word_lemma(arming.head) not in _STATING:
        return None
    kinds = {word_lemma(t) for w in weapons for t in w.subtree}
    cameo = "1385" if kinds & _CBRN else "138"
    trig = replace(lexicon.verbs["threaten"], word="use", mode="violence", cameo=cameo)
    return Candidate(replace(trig, strength=0.6), verb)
