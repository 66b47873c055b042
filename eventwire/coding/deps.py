"""Small helpers over the dependency parse shared by the role rules (roles.py, targets.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: Prepositions whose object receives a verb's act ("talks *with* Aliyev", "fired *into*").
RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "toward", "towards", "at", "from", "into"}
)


def with_conjuncts(toks: Iterable[Any]) -> list[Any]:
    """The tokens and everything conjoined to them ("Armenia and Azerbaijan"), once each.

    A party named with an apposition has the next party hung on the apposition ("talks
    between Iran's security chief, Ali Shamkhani, and the Saudi adviser"): its conjuncts
    are conjoined to the party too.
    """
    out: list[Any] = []
    for tok in toks:
        named = [a for a in tok.children if a.dep_ == "appos"]
        for t in (tok, *tok.conjuncts, *(c for a in named for c in a.conjuncts)):
            if t not in out:
                out.append(t)
    return out


def agents(verb: Any) -> list[Any]:
    """The "by" objects of a passive verb ("was shelled *by Azerbaijani forces*")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def pobjs(tok: Any, preps: frozenset[str] | set[str]) -> list[Any]:
    """The objects of the token's prepositions in ``preps``, with their conjuncts."""
    out: list[Any] = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and str(child.lemma_).lower() in preps:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return with_conjuncts(out)


#: Prepositions of the means a meeting is held by ("spoke *by phone* with", "*over video
#: link* with", "*on the phone* with"): the parser may hang the "with" party on that noun.
MEANS_PREPS = frozenset({"by", "over", "via", "on"})
#: Verbs of calling talks into being: their "by" agent is the third party who convened them.
CONVENE_VERBS = frozenset({
    "convene", "host", "organize", "organise", "broker", "mediate", "chair", "sponsor",
})


def means_parties(verb: Any) -> list[Any]:
    """The "with" party of a meeting's means: "spoke by phone *with Aliyev*"."""
    return [p for m in pobjs(verb, MEANS_PREPS) for p in pobjs(m, {"with"})]


def conveners(verb: Any, noun: Any | None) -> list[Any]:
    """Who convened the talks the parties met at: "met in Moscow at talks *convened by
    Putin*", "talks *hosted by* Erdogan" (the event noun itself or the meeting the verb's
    "at/during" phrase names)."""
    meetings = pobjs(verb, {"at", "during", "in"}) + ([noun] if noun is not None else [])
    out: list[Any] = []
    for meeting in meetings:
        for acl in meeting.children:
            if acl.dep_ == "acl" and str(acl.lemma_).lower() in CONVENE_VERBS:
                out += with_conjuncts(agents(acl))
    return out
