"""Actor mentions looked up by token: what the actor layer found under a word or phrase.

Split from roles.py: the role rules ask "who does this noun phrase name?"; this module
answers from the mentions (``analysis.actors``) and, for a capital or seat of power in a
role position, from the actor layer's capitals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from eventwire.records import ActorMention, ActorRef

_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod"})


class MentionIndex:
    """Actor mentions looked up by the character offset of a token."""

    def __init__(self, mentions: Sequence[ActorMention]) -> None:
        self._mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))

    def all_at(self, tok: Any) -> list[ActorRef]:
        """Every actor of the longest mention covering the token: the actor layer gives a
        group noun ("the two presidents") one mention per person it stands for."""
        start = int(tok.idx)
        end = start + len(tok.text)
        covering = [m for m in self._mentions if m.start <= start and end <= m.end]
        if not covering:
            return []
        longest = max(covering, key=lambda m: m.end - m.start)
        out: list[ActorRef] = []
        for m in covering:
            if (m.start, m.end) == (longest.start, longest.end) and m.actor not in out:
                out.append(m.actor)
        return out

    def texts_of(self, ref: ActorRef) -> list[str]:
        """The words of every mention of an actor."""
        return [m.text for m in self._mentions if m.actor == ref]

    def at(self, tok: Any) -> ActorRef | None:
        found = self.all_at(tok)
        return found[0] if found else None

    def of_phrase(self, tok: Any) -> ActorRef | None:
        """The first actor a noun phrase refers to (see ``phrase_refs``)."""
        found = self.phrase_refs(tok)
        return found[0] if found else None

    def phrase_refs(self, tok: Any) -> list[ActorRef]:
        """The actors a noun phrase refers to: its head, modifiers, or "of"/"from" object.

        "Armenian Prime Minister Nikol Pashinyan", "Russia's foreign minister", "the
        president of Azerbaijan" all name one actor; "the leaders of Russia, Azerbaijan and
        Armenia" and "the two presidents" name several. The phrase's own words decide,
        never a relative clause or a second prepositional phrase.
        """
        capital = _capital(tok)
        found = self.all_at(tok) or ([capital] if capital is not None else [])
        if not found:
            queue = [c for c in tok.children if c.dep_ in _NP_DEPS]
            seen = 0
            while queue and seen < 12 and not found:
                cur = queue.pop(0)
                seen += 1
                found = self.all_at(cur)
                queue.extend(c for c in cur.children if c.dep_ in _NP_DEPS)
        for prep in tok.children:
            word = str(prep.lemma_).lower()
            if prep.dep_ not in ("prep", "agent") or word not in ("of", "from", "by", "for"):
                continue
            if word in ("by", "for") and found:
                continue  # "calls by X", "a camp for refugees": only a noun naming no one
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if not found:
                    found = self.all_at(pobj) or self.phrase_refs(pobj)
                # "the leaders of Russia, Azerbaijan and Armenia": every conjoined country.
                for conj in pobj.conjuncts:
                    found += [r for r in self.phrase_refs(conj) if r not in found]
        return _unique(found)


def _unique(refs: Iterable[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for ref in refs:
        if ref not in out:
            out.append(ref)
    return out


def _capital(tok: Any) -> ActorRef | None:
    """A capital or seat of power in a role position stands for its government
    ("Moscow warned", "visited Baku", "the Kremlin said")."""
    if tok.ent_type_ not in ("GPE", "ORG", "FAC", "LOC") and tok.pos_ != "PROPN":
        return None
    try:
        from eventwire.actors.countries import capital_actor, country_name
    except ImportError:  # the actor layer is optional for the coder
        return None
    text = tok.doc[tok.left_edge.i : tok.i + 1].text if tok.ent_type_ else tok.text
    found = capital_actor(text) or capital_actor(tok.text)
    if found is None:
        return None
    code, sector = found
    return ActorRef(name=country_name(code), country=code, sector=sector)
