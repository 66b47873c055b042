"""Where did the event of a sentence happen? (re-exported by ``places``).

A sentence often names several places, and most are not where anything
happened: "Russian President", "Armenia's prime minister" and "Azerbaijan
accused Armenia" name actors; "flew in from Moscow" names an origin. The
place of the event is the one governed by a locative preposition ("in",
"at", "near", ...), possibly through "the city of", an apposition or a
compound. Hence ``event_place`` takes the spaCy Doc: the dependency parse is
what tells "in Baku" from "Baku said".

A sentence that names no place of its own ("The talks lasted four hours")
happened where a located event of the one or two sentences before it did
("hosted ... in the Kremlin"), or at the dateline ("ASTANA, Oct 13 (Reuters)
-"): the place is carried forward a short way, never guessed from an actor's
country. Further on, a story has mostly moved to background ("The war of 2020
ended ...") that happened elsewhere.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from eventwire.language.parse import doc_text, sentence_bounds
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
        "throughout",
        "nearby",
    }
)
# "over" is left out: "the war over Karabakh", "talks over Karabakh" name a topic.
ORIGIN = frozenset(
    {"from", "of", "by", "with", "against", "for", "between", "than", "over", "about"}
)
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
# Nouns whose "in X" says where an event was ("talks in Sochi"); any other noun's
# "in X" describes the noun ("regions in eastern Ukraine", "the situation in the
# South Caucasus", "a centre based in Aghdam") and not where the event happened.
EVENT_NOUNS = frozenset(
    {
        "talk", "talks", "meeting", "summit", "session", "ceremony", "visit", "war",
        "fighting", "clash", "offensive", "operation", "attack", "protest", "rally",
        "signing", "negotiation", "conference", "round", "election", "vote", "strike",
        "shelling", "explosion", "blast", "battle", "demonstration", "meet", "trip",
        "tour", "exercise", "drill", "parade", "forum", "gathering", "funeral", "speech",
    }
)  # fmt: skip
DISTANCE = re.compile(r"\b(?:km|kilometres|kilometers|miles|mi)\s*$", re.IGNORECASE)
CLAUSE_DEPS = frozenset({"acl", "relcl"})
PRECISION_RANK = {"city": 0, "region": 1, "country": 2}
#: How many sentences back a located event lends its place to one that names none: the
#: next sentence or two tell the same occasion ("The talks lasted four hours"); further on
#: a story has mostly moved to background, reactions or another occasion.
CARRY_SENTENCES = 2


def _role(doc: Any, mention: PlaceMention) -> str:
    """'locative', 'host', 'actor', 'origin', 'source' or 'other', read off the parse."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "other"
    tok = span.root
    for _ in range(5):
        dep = tok.dep_
        if dep == "pobj":
            prep = tok.head.lower_
            if prep == "to" and tok.head.head.lower_ == "according":
                return "source"  # "according to the White House": who said it, not where
            if prep in LOCATIVE:
                return "locative" if _attached_to_event(tok.head) else "modifier"
            if prep == "of" and tok.head.head.lemma_.lower() in CONTAINERS:
                tok = tok.head.head
                continue
            if prep == "from" and _after_distance(doc_text(doc), tok.head.idx):
                return "locative"  # "40km from the capital Baku": near it
            return "origin" if prep in ORIGIN else "other"
        if dep == "compound" and tok.head.lemma_.lower() == "time":
            return "modifier"  # "midnight Moscow time" is a clock, not a place
        if dep in ("appos", "compound", "conj", "nmod", "npadvmod") and tok.head is not tok:
            if dep == "compound" and tok.head.ent_type_ in ("PERSON", "ORG", "NORP"):
                return "actor"
            tok = tok.head
            continue
        if dep in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in HOST_VERBS:
            return "host"
        if dep in ("dobj",) and tok.head.lemma_.lower() in {"visit", "shell", "hit", "strike"}:
            return "other"
        if dep == "poss" and _locative_object(tok.head):
            return "locative"  # "on Singapore's Sentosa island": the island is in Singapore
        if dep in ("poss", "nsubj", "nsubjpass", "dative", "agent", "attr", "compound"):
            return "actor"
        return "other"
    return "other"


#: Nouns for a spot inside a place: "at Moscow's airport", "on Japan's northern island".
SPOTS = frozenset(
    {
        "island", "airport", "port", "coast", "border", "outskirts", "capital", "city",
        "region", "province", "hotel", "palace", "base", "village", "town", "waters",
    }
)  # fmt: skip


def _locative_object(noun: Any) -> bool:
    """Whether ``noun`` is a spot ("island", "airport") that a locative preposition of the
    event governs, so that its possessor is where the event happened."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in SPOTS:
        return False
    return noun.head.lower_ in LOCATIVE and _attached_to_event(noun.head)


def _attached_to_event(prep: Any) -> bool:
    """Whether a locative preposition says where the clause's event was: it hangs
    from a verb of the main clause or from an event noun ("talks in Sochi")."""
    head = prep.head
    if head.pos_ == "NOUN":
        if head.lemma_.lower() in EVENT_NOUNS or head.lower_ in EVENT_NOUNS:
            return True
        # Only a noun that is an argument of the verb is described by its "in X"
        # ("recognised regions in Ukraine"); deeper attachments are parser guesses.
        return head.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr")
    return head.dep_ not in CLAUSE_DEPS


@lru_cache(maxsize=512)
def _capital_of(iso3: str) -> Place | None:
    """A country's capital city, from the gazetteer's country table."""
    from eventwire.language.places import lookup_place
    from eventwire.language.places_gazetteer import capital_name

    name = capital_name(iso3)
    return lookup_place(name, (iso3,)) if name else None


def _is_capital(place: Place) -> bool:
    capital = _capital_of(place.country) if place.country and place.precision == "city" else None
    return capital is not None and capital.geonames_id == place.geonames_id


def _capital_mentions(doc: Any, start: int, end: int) -> list[PlaceMention]:
    """ "the Kazakh capital", "Armenia's capital": the capital of the named country,
    unless the capital is named right there ("the capital Baku", already a mention)."""
    from eventwire.language.places import DEMONYMS, unambiguous_country

    found = []
    span = doc.char_span(start, end, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.lower_ != "capital" or tok.pos_ != "NOUN":
            continue
        named = tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
        if named or any(c.dep_ == "appos" for c in tok.children):
            continue
        iso = None
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                iso = DEMONYMS.get(child.lower_) or unambiguous_country(child.text)
                if iso:
                    break
        capital = _capital_of(iso) if iso else None
        if capital is not None:
            found.append(PlaceMention(tok.text, tok.idx, tok.idx + len(tok.text), capital))
    return found


#: What follows a dateline's city: a comma or the dash before the story ("ASTANA, Oct 13",
#: "BAKU (Reuters) -"). A bare space is not enough: "US President Donald Trump met ..."
#: opens with an upper-case name that is an actor, not where the report was filed.
_DATELINE_END = re.compile(r",|\s*(?:\(|-|\u2013|\u2014)")


def _dateline(doc: Any, mention: PlaceMention) -> bool:
    """ "ASTANA, Oct 13 (Steppe Herald) -": the city the report was filed from."""
    if not mention.text.isupper():
        return False
    text = doc_text(doc)
    i = mention.start  # only white space between the line's start and the mention
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    at_line_start = i == 0 or text[i - 1] == "\n"
    return at_line_start and _DATELINE_END.match(text, mention.end) is not None


def _after_distance(text: str, at: int) -> bool:
    """Whether a distance unit ("40km", "5 miles") ends right before ``at`` (white space
    between): read off the few characters there, not the whole text before."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return DISTANCE.search(text[max(0, end - 12) : at]) is not None


def _own_place(
    doc: Any, start: int, end: int, places: tuple[PlaceMention, ...], strict: bool = False
) -> Place | None:
    """The place a sentence itself gives its event, or None. ``strict`` keeps only
    places governed by a locative (used when carrying a place forward)."""
    first = bisect.bisect_left(places, start, key=lambda m: m.start)  # places are in text order
    inside = [m for m in places[first:_upto(places, end, first)] if m.end <= end]
    inside += _capital_mentions(doc, start, end)
    if not inside:
        return None
    roles = [(m, "locative" if _dateline(doc, m) else _role(doc, m)) for m in inside]
    governed = [m for m, role in roles if role in ("locative", "host")]
    if governed:
        best = min(governed, key=lambda m: (PRECISION_RANK.get(m.place.precision, 1), m.start))
        return best.place
    if strict:
        return None
    # A city or region that is neither an actor nor an origin: "shelled Tovuz",
    # "forces in Karabakh agreed"; a capital there is the government (metonymy).
    fallback = [
        m
        for m, role in roles
        if role in ("other", "modifier")
        and m.place.precision != "country"
        and m.place.country
        and not _is_capital(m.place)
    ]
    if fallback:
        best = min(fallback, key=lambda m: (PRECISION_RANK.get(m.place.precision, 1), m.start))
        return best.place
    return None


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
    own = _own_place(doc, sentence_start, sentence_end, places)
    if own is not None:
        return own
    bounds = sentence_bounds(doc)
    before = bisect.bisect_right(bounds, sentence_start, key=lambda b: b[1])  # ended before it
    for sent_start, sent_end in reversed(bounds[max(0, before - CARRY_SENTENCES) : before]):
        carried = _own_place(doc, sent_start, sent_end, places, strict=True)
        if carried is not None:
            return carried
    return _dateline_place(doc, places, sentence_start)


def _upto(places: tuple[PlaceMention, ...], end: int, first: int) -> int:
    """Index after the last place starting before ``end`` (from ``first`` on)."""
    return bisect.bisect_left(places, end, lo=first, key=lambda m: m.start)


def _dateline_place(doc: Any, places: tuple[PlaceMention, ...], before: int) -> Place | None:
    """The dateline's city ("ASTANA, Oct 13 -"): the report was filed from there, so a
    sentence with no place of its own and no located event just before it is placed there.
    The first dateline among the places is found once per Doc (``places`` are in text
    order, as ``find_places`` gives them), not once per event."""
    key = (_DATELINE_KEY, id(places))
    if key not in doc.user_data:
        doc.user_data[key] = next((m for m in places if _dateline(doc, m)), None)
    first = doc.user_data[key]
    return first.place if first is not None and first.start < before else None


_DATELINE_KEY = "eventwire.first_dateline"
