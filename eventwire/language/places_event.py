"""Where did the event of a sentence happen? (re-exported by ``places``).

A sentence often names several places, and most are not where anything
happened: "Russian President", "Armenia's prime minister" and "Azerbaijan
accused Armenia" name actors; "flew in from Moscow" names an origin. The
place of the event is the one governed by a locative preposition ("in",
"at", "near", ...), possibly through "the city of", an apposition or a
compound. Hence ``event_place`` takes the spaCy Doc: the dependency parse is
what tells "in Baku" from "Baku said".
"""

from __future__ import annotations

from typing import Any

from eventwire.records import Place, PlaceMention

LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "within",
        "along",
        "on",
        "into",
        "to",
        "towards",
        "toward",
        "over",
        "throughout",
        "nearby",
    }
)
ORIGIN = frozenset({"from", "of", "by", "with", "against", "for", "between", "than"})
# Nouns that sit between a preposition and a name: "in the city of Ganja".
CONTAINERS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "region",
        "district",
        "province",
        "resort",
        "outskirts",
        "suburb",
        "area",
        "republic",
        "exclave",
        "enclave",
        "port",
        "border",
    }
)
HOST_VERBS = frozenset({"host"})
PRECISION_RANK = {"city": 0, "region": 1, "country": 2}


def _role(doc: Any, mention: PlaceMention) -> str:
    """'locative', 'host', 'actor', 'origin' or 'other', read off the parse."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "other"
    tok = span.root
    for _ in range(5):
        dep = tok.dep_
        if dep == "pobj":
            prep = tok.head.lower_
            if prep in LOCATIVE:
                return "locative"
            if prep == "of" and tok.head.head.lemma_.lower() in CONTAINERS:
                tok = tok.head.head
                continue
            return "origin" if prep in ORIGIN else "other"
        if dep in ("appos", "compound", "conj", "nmod", "npadvmod") and tok.head is not tok:
            if dep == "compound" and tok.head.ent_type_ in ("PERSON", "ORG", "NORP"):
                return "actor"
            tok = tok.head
            continue
        if dep in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in HOST_VERBS:
            return "host"
        if dep in ("dobj",) and tok.head.lemma_.lower() in {"visit", "shell", "hit", "strike"}:
            return "other"
        if dep in ("poss", "nsubj", "nsubjpass", "dative", "agent", "attr", "compound"):
            return "actor"
        return "other"
    return "other"


def event_place(
    doc: Any, sentence_start: int, sentence_end: int, places: tuple[PlaceMention, ...]
) -> Place | None:
    """The place where the event in ``doc.text[sentence_start:sentence_end]`` happened.

    ``doc`` is the article's spaCy Doc (``Analysis.doc``) and ``places`` its
    ``find_places`` mentions; mentions outside the sentence are ignored.
    Preference: a place governed by in/at/near (or the subject of "host"),
    the most precise first (facility/city, then region, then country), then
    the first in the sentence; failing that, a city or region that is not an
    actor or an origin ("shelled Tovuz"); else None. A country that is merely
    an actor or a nationality is never returned.
    """
    inside = [m for m in places if sentence_start <= m.start and m.end <= sentence_end]
    if not inside:
        return None
    roles = [(m, _role(doc, m)) for m in inside]
    governed = [m for m, role in roles if role in ("locative", "host")]
    if governed:
        best = min(governed, key=lambda m: (PRECISION_RANK.get(m.place.precision, 1), m.start))
        return best.place
    fallback = [m for m, role in roles if role == "other" and m.place.precision != "country"]
    if fallback:
        best = min(fallback, key=lambda m: (PRECISION_RANK.get(m.place.precision, 1), m.start))
        return best.place
    return None
