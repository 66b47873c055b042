"""What one word of a parsed sentence triggers: a verb, a verb + object pattern, an event noun.

One candidate per trigger word. The verb whose arguments give the roles (``verb``) may
differ from the word that names the event (``noun`` in "held talks with"), so both are kept.
Which of a sentence's candidates are events of their own is decided in ``candidates``;
verbs whose event depends on their clause are matched in ``phrases``, on the parse helpers
of ``parse``; nouns naming an event other than the clause's act are read in ``earlier``.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from eventwire.actors.offices import GROUP_NOUNS
from eventwire.coding.earlier import (
    DEFINITE,
    OBSERVING,
    SPANS,
    held_participle,
    in_place_of,
    measured,
    occurs_in_relative,
    preceding,
    setting_verb,
)
from eventwire.coding.lexicon import Lexicon, Trigger
from eventwire.coding.modality import ruled_out
from eventwire.coding.parse import (
    Candidate,
    event_noun,
    has_prep,
    is_phone,
    noun_needs_met,
    object_words,
    objects_of,
    verb_lemma,
    word_lemma,
)
from eventwire.coding.phrases import (
    match_announced_act,
    match_captives,
    match_object_pattern,
    match_prep_noun,
    match_readiness,
    match_request_speech,
    match_special,
    match_subject_pattern,
    match_text_commitment,
    opinion,
)
from eventwire.coding.stances import match_stated_weapons

__all__ = ["Candidate", "match_noun", "match_verb", "objects_of"]

log = logging.getLogger(__name__)




_THIRD_PARTY_HOSTS = frozenset({"host", "mediate", "broker", "organize", "organise", "arrange"})


def _verb_needs_met(trig: Trigger, verb: Any) -> tuple[bool, str]:
    if trig.needs_object:
        words = [w for o in objects_of(verb) for w in object_words(o)]
        if not any(w in trig.needs_object for w in words):
            return False, f"'{trig.word}' codes only with an object in {sorted(trig.needs_object)}"
    if trig.needs_actor_object and not any(
        o.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or _people_named_before(o)
        for o in objects_of(verb)
    ):
        return False, f"'{trig.word}' codes only with a named object"
    if trig.needs_particle and not any(
        c.dep_ in ("prt", "advmod") and word_lemma(c) == trig.needs_particle for c in verb.children
    ):
        return False, f"'{trig.word}' codes only with the particle '{trig.needs_particle}'"
    if trig.needs_prep and not has_prep(verb, trig.needs_prep):
        return False, f"'{trig.word}' codes only with a preposition in {sorted(trig.needs_prep)}"
    if trig.needs_xcomp and not any(c.dep_ == "xcomp" for c in verb.children):
        return False, f"'{trig.word}' codes only with a to-complement"
    return True, ""


#: Words by which a plural office noun points back to people already named ("received
#: *the two ministers*", "*both leaders*"); the actor layer resolves them (actors.coref).
_BACK = frozenset({"the", "both", "two", "three", "four", "these", "those"})


def _people_named_before(obj: Any) -> bool:
    """An object that names office-holders the article named earlier ("received the two
    ministers"), the actor layer's group nouns: as much an actor as a name."""
    return (
        obj.tag_ in ("NNS", "NNPS")
        and word_lemma(obj) in GROUP_NOUNS
        and any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in _BACK for c in obj.children)
    )


def _nominal(verb: Any) -> bool:
    """A participle used as a noun ("evacuated *the wounded*"), which names people, not an
    act, or as an adjective of a noun with no parties of its own ("no *agreed* steps"),
    which names a thing."""
    if verb.dep_ == "amod" and verb.tag_ == "VBN" and not list(verb.children):
        return True
    return verb.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
        c.dep_ == "det" for c in verb.children
    )


#: What one "meets" without meeting anyone: a demand or a target is satisfied, not consulted.
_MET_CONDITIONS = frozenset(
    {
        "demand", "condition", "requirement", "target", "goal", "deadline", "expectation",
        "need", "criterion", "standard", "obligation", "commitment", "term", "request",
        "challenge", "threshold", "quota",
    }
)  # fmt: skip


def _meets_condition(verb: Any) -> bool:
    """ "until the West *met its demands*": a condition fulfilled, no meeting (CONSULT)."""
    return word_lemma(verb) == "meet" and any(
        o.dep_ == "dobj" and word_lemma(o) in _MET_CONDITIONS for o in verb.children
    )


#: Objects with which a trigger verb names no event of its type: aims one "seeks" without
#: asking anyone for them (a goal, not a REQUEST), and civilians or means one "mobilizes"
#: (PLOVER MOBILIZE is armed, police or militia units made ready).
_NON_EVENT_OBJECTS: dict[str, frozenset[str]] = {
    "seek": frozenset(
        {
            "solution", "outcome", "result", "way", "means", "path", "opportunity", "answer",
            "balance", "election", "vote", "referendum",
        }
    ),
    "mobilize": frozenset(
        {
            "group", "supporter", "voter", "resource", "fund", "money", "aid", "support",
            "opinion", "lobby", "lobbyist", "activist", "community", "public", "investment",
            "finance", "financing", "diaspora", "donor", "campaign", "effort",
        }
    ),
}  # fmt: skip
_NON_EVENT_OBJECTS["mobilise"] = _NON_EVENT_OBJECTS["mobilize"]
#: "Thank you": a courtesy said to whoever is spoken to, not praise of a party.
_NON_EVENT_OBJECTS["thank"] = frozenset({"you"})


def _non_event_object(verb: Any) -> bool:
    """ "Baku is *seeking solutions* to normalize relations", "sought early *elections*" (an
    aim, asked of no one), "Riyadh *mobilized pressure groups* to support the Palestinians":
    the verb's object says it is no event of its type."""
    objects = _NON_EVENT_OBJECTS.get(word_lemma(verb))
    return objects is not None and any(
        o.dep_ == "dobj" and word_lemma(o) in objects for o in verb.children
    )


#: What signatures gathered to stand for office are for: a candidacy, not a dissent.
_BALLOT_WORDS = frozenset(
    {"candidacy", "candidate", "nomination", "register", "registration", "ballot", "run"}
)


def _ballot_signatures(verb: Any) -> bool:
    """ "collected 100,000 signatures to register his candidacy": signatures gathered to get
    on a ballot are an electoral formality, not a petition drive (PLOVER PROTEST)."""
    if word_lemma(verb) not in ("collect", "gather") or not any(
        o.dep_ == "dobj" and word_lemma(o) in ("signature", "signatures") for o in verb.children
    ):
        return False
    inner = [c for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass")]
    return any(word_lemma(t) in _BALLOT_WORDS for c in inner for t in c.subtree)


def match_verb(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """The event a verb reports, trying object patterns, event nouns, then the verb itself."""
    if verb.pos_ not in ("VERB", "AUX") and not (verb.pos_ == "NOUN" and verb.dep_ == "ROOT"):
        return None
    if _nominal(verb) or opinion(verb) or _meets_condition(verb) or _non_event_object(verb):
        return None
    if _ballot_signatures(verb):
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and verb_lemma(verb, lexicon) in lexicon.refusal_verbs and "reject" in lexicon.verbs:
        refused = replace(lexicon.verbs["reject"], word=word_lemma(verb), strength=0.7)
        return Candidate(refused, verb, refusal=True)
    found = (
        match_text_commitment(verb, lexicon)
        or match_object_pattern(verb, lexicon)
        or match_subject_pattern(verb, lexicon)
    )
    if found:
        return found
    lemma = verb_lemma(verb, lexicon)
    if lemma in lexicon.light_verbs:
        for obj in objects_of(verb):
            named = event_noun(measured(obj), lexicon)
            if named is None:
                continue
            obj, noun = named
            if word_lemma(obj) == "call" and not is_phone(obj):
                continue
            if not noun_needs_met(obj, noun):
                continue
            third = lemma in _THIRD_PARTY_HOSTS and has_prep(obj, {"between"}) is not None
            return Candidate(noun, verb, obj, third_party=third)
    special = (
        match_stated_weapons(verb, lexicon)
        or match_captives(verb, lexicon)
        or match_special(verb, lexicon)
        or match_prep_noun(verb, lexicon)
        or match_readiness(verb, lexicon)
    )
    if special:
        return special
    trig = lexicon.verbs.get(lemma)
    if trig is None:
        return match_request_speech(verb, lexicon) or match_announced_act(verb, lexicon)
    ok, why = _verb_needs_met(trig, verb)
    if not ok:
        log.debug("not coded: %r in %r: %s", verb.text, verb.sent.text, why)
        return None
    third = trig.role == "host" and (
        has_prep(verb, {"between"}) is not None
        or any(has_prep(o, {"between"}) is not None for o in objects_of(verb))
    )
    return Candidate(trig, verb, None, third_party=third)


def match_noun(noun: Any, lexicon: Lexicon) -> Candidate | None:
    """An event noun that reports an event on its own ("talks took place", a headline)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    trig = lexicon.nouns.get(word_lemma(noun)) or lexicon.nouns.get(str(noun.text).lower())
    if trig is None:
        return None
    if trig.needs_next and (
        noun.i + 1 >= len(noun.doc) or word_lemma(noun.doc[noun.i + 1]) != trig.needs_next
    ):
        return None
    if word_lemma(noun) == "call" and not is_phone(noun):
        return None
    if word_lemma(noun) in SPANS and has_prep(noun, {"of"}) is not None:
        return None  # "a round of sanctions"; in "two rounds of talks" the talks are coded
    if not noun_needs_met(noun, trig):
        return None
    head = noun.head
    if preceding(noun):
        # "The talks followed *fighting* on the border", "shrank *after the offensive*":
        # the earlier event took place; its roles are its own, not the clause's.
        return Candidate(trig, noun, noun, background=True)
    if noun.dep_ == "dobj" and word_lemma(head) in OBSERVING and head.pos_ == "VERB":
        # "The leaders witnessed the signing of six documents": the event took place; its
        # roles are its own, not the onlookers'.
        return Candidate(trig, noun, noun, background=True, observed=True)
    held = held_participle(noun)
    if held is not None:
        # "The first summit, held in Singapore in June last year, produced a pledge": the
        # participle reports the meeting as held, with its own date and place.
        return Candidate(trig, held, noun, background=True)
    setting = setting_verb(in_place_of(noun))
    if setting is not None:
        # "threw stones *during demonstrations*": the noun's event took place; the clause's
        # subject took part in it.
        return Candidate(trig, setting, noun)
    if trig.anywhere and noun.dep_ != "ROOT":
        ordinal = any(c.ent_type_ == "ORDINAL" for c in noun.children)
        if not ordinal and any(
            c.dep_ == "det" and word_lemma(c) in DEFINITE for c in noun.children
        ):
            log.debug(
                "not coded: %r in %r refers back to one already reported", noun.text, noun.sent.text
            )
            return None
        # Such a noun names an act wherever it stands ("ended with a joint statement",
        # "tracked the missile from its launch", "the *second* launch this month": an
        # ordinal counts a new one); its roles are its own ("their joint statement"), not
        # the clause's, whose subject is often an observer.
        return Candidate(trig, noun, noun)
    if ruled_out(noun):
        # "A withdrawal is out of the question": the act is refused (coded as REJECT).
        return Candidate(trig, noun, noun, refusal=True)
    occurs = noun.dep_ in ("nsubj", "nsubjpass") and word_lemma(head) in lexicon.occurrence_verbs
    relative = occurs_in_relative(noun, lexicon)
    if relative is not None and word_lemma(noun) in lexicon.occurring_nouns:
        # "the ceasefire *that began* on Wednesday": the noun's own clause says it happened.
        trig = lexicon.occurring_nouns[word_lemma(noun)]
        return Candidate(trig, relative, noun, background=noun.dep_ != "ROOT")
    if occurs:
        # "The truce took effect": the ceasefire observed, not its declaration.
        trig = lexicon.occurring_nouns.get(word_lemma(noun), trig)
    if noun.dep_ == "ROOT" or occurs:
        third = has_prep(noun, {"between"}) is not None and any(
            word_lemma(c) in _THIRD_PARTY_HOSTS for c in noun.children if c.dep_ in ("acl", "amod")
        )
        return Candidate(trig, head if noun.dep_ != "ROOT" else noun, noun, third_party=third)
    log.debug(
        "not coded: event noun %r in %r is %s of %r, not reported as happening",
        noun.text,
        noun.sent.text,
        noun.dep_,
        head.text,
    )
    return None
