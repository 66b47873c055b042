"""Event nouns that tell an event other than the clause's own act.

Split from ``match``: the setting of an act ("*during* demonstrations"), what came before it
("followed fighting", "the first meeting *since* a summit", "after four days *of* talks"),
what was held ("the summit, *held* in Singapore") or looked on at ("witnessed the signing"),
and a ceasefire that a relative clause says took effect. ``match_noun`` decides with these
whether a noun is an event of its own and where its roles are.
"""

from __future__ import annotations

from typing import Any

from eventwire.coding.lexicon import Lexicon
from eventwire.coding.parse import has_prep, word_lemma

#: Determiners by which a noun names an act already reported ("the joint statement").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


#: Prepositions whose object is an event that took place around the clause's act.
_SETTING_PREPS = frozenset({"during", "amid"})


def setting_verb(noun: Any) -> Any:
    """The verb whose act happened during the event ``noun`` names ("resorted to throwing
    stones *during demonstrations*"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or word_lemma(prep) not in _SETTING_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


#: Verbs of looking on: their object is an event that took place, done by others.
OBSERVING = frozenset({"witness", "watch", "observe"})


#: Verbs whose object is an earlier event that took place ("the talks *followed* fighting").
_FOLLOW_VERBS = frozenset({"follow"})


def _dated_and_authored(noun: Any) -> bool:
    """ "followed *Tuesday's Azerbaijani* offensive": an event noun with its own day and
    its own author tells the event, not a reference back to one already reported."""
    dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children)
    authored = any(
        c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")
        for c in noun.children
    )
    return dated and authored


#: Prepositions whose object is an event that came before the clause's act ("after talks",
#: "the first meeting *since a summit* in Astana", "following talks").
_BEFORE_PREPS = frozenset({"after", "since", "following"})


#: Units by which an event's length is counted ("after *four days of* talks", "during *five
#: days of* negotiations"): the event is the "of" noun, in the unit's place in the clause.
SPANS = frozenset({"minute", "hour", "day", "week", "month", "year", "round"})


def in_place_of(noun: Any) -> Any:
    """The word standing for ``noun`` in its clause: the unit of a measured event ("four
    days of talks" is the talks, where "days" stands), else the noun itself."""
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and word_lemma(head) == "of"
        and word_lemma(head.head) in SPANS
        and head.head.pos_ == "NOUN"
    ):
        return head.head
    return noun


def measured(obj: Any) -> Any:
    """The event a measured object names: "hosted earlier *rounds of talks* between them" are
    the talks (and their "between" parties), else the object itself."""
    if word_lemma(obj) not in SPANS:
        return obj
    of = has_prep(obj, {"of"})
    inner = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
    return inner[0] if inner else obj


def preceding(noun: Any) -> bool:
    """An event noun named as what came before the clause's act: the object of "follow" or
    of the prepositions "after", "since", "following". All say the event happened (a
    background event)."""
    if any(
        (c.dep_ == "det" and word_lemma(c) in DEFINITE) or c.dep_ == "poss" for c in noun.children
    ) and not _dated_and_authored(noun):
        return False  # "after the talks", "after Monday's talks": one already reported
    slot = in_place_of(noun)
    if slot is not noun and has_prep(noun, {"between", "with", "among"}) is None:
        return False  # "signed after five hours of talks": the meeting just reported, retold
    head = slot.head
    if slot.dep_ == "dobj" and word_lemma(head) in _FOLLOW_VERBS and head.pos_ == "VERB":
        return True
    return slot.dep_ == "pobj" and word_lemma(head) in _BEFORE_PREPS and head.dep_ == "prep"


#: Participles by which a noun's event is said to have taken place ("the first summit,
#: *held* in Singapore in June last year").
_HELD = frozenset({"hold", "convene", "stage"})


def held_participle(noun: Any) -> Any:
    """The past participle that says the noun's event was held ("the summit, held in
    Singapore"), or None: it carries the event's own date and place."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and word_lemma(c) in _HELD:
            return c
    return None


def occurs_in_relative(noun: Any, lexicon: Lexicon) -> Any:
    """The occurrence verb of a relative clause whose subject is the noun itself ("the
    ceasefire *that began* on Wednesday", "a truce which took effect at noon"), or None."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or word_lemma(clause) not in lexicon.occurrence_verbs:
            continue
        if any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children):
            return clause
    return None
