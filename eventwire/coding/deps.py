"""Small helpers over the dependency parse shared by the role rules (roles.py, targets.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: Prepositions whose object receives a verb's act ("talks *with* Aliyev", "fired *into*").
RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "toward", "towards", "at", "from", "into"}
)


def with_conjuncts(toks: Iterable[Any]) -> list[Any]:
    """The tokens and everything conjoined to them ("Armenia and Azerbaijan"), once each."""
    out: list[Any] = []
    for tok in toks:
        for t in (tok, *tok.conjuncts):
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
