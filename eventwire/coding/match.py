"""What one word of a parsed sentence triggers: a verb, a verb + object pattern, an event noun.

One candidate per trigger word. The verb whose arguments give the roles (``verb``) may
differ from the word that names the event (``noun`` in "held talks with"), so both are kept.
Which of a sentence's candidates are events of their own is decided in ``candidates``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from eventwire.coding.lexicon import Lexicon, Trigger

log = logging.getLogger(__name__)

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_OBJECT_PREPS = frozenset({"on", "upon", "to", "for", "of"})
_SPEAK_VERBS = frozenset({"speak", "talk", "converse", "chat"})
_PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "videolink"})
_ANNOUNCE_VERBS = frozenset({"say", "announce", "declare", "state", "confirm"})
_WILL = frozenset({"will", "shall", "'ll"})
_SELF_PRONOUNS = frozenset({"it", "we", "they", "i"})
#: Verbs that report no act of their own ("said it will be difficult").
_NOT_ACTS = frozenset({"be", "have", "do", "become", "remain", "take", "need", "get", "see"})
#: Determiners by which a noun names an act already reported ("the joint statement").
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_THIRD_PARTY_HOSTS = frozenset({"host", "mediate", "broker", "organize", "organise", "arrange"})


@dataclass(frozen=True)
class Candidate:
    """A trigger found in the parse: what it codes as and where its roles are."""

    trigger: Trigger
    verb: Any  # spaCy Token whose arguments carry the roles
    noun: Any = None  # spaCy Token of the event noun, when a noun names the event
    third_party: bool = False
    #: The negation is the act: "will not accept" is a refusal (REJECT), asserted.
    refusal: bool = False
    #: Coded by who acts ("peacekeepers arrived"): an unnamed subject leaves no event.
    by_subject: bool = False

    @property
    def anchor(self) -> Any:
        """The token that names the event (for the event id and the nearest date)."""
        return self.noun if self.noun is not None else self.verb


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def verb_lemma(verb: Any, lexicon: Lexicon) -> str:
    """The verb's lemma, repaired where the tagger cut a silent "e" with the "-ed" ("staged"
    lemmatised as "stag"): when the lemma is no lexicon verb and the form without its "d"
    is, that form is the verb."""
    lemma = _lemma(verb)
    text = str(verb.text).lower()
    cut = verb.tag_ in ("VBD", "VBN") and text.endswith("ed") and lemma == text[:-2]
    if cut and lemma not in lexicon.verb_words and text[:-1] in lexicon.verb_words:
        return text[:-1]
    return lemma


def objects_of(verb: Any) -> list[Any]:
    """The verb's object nouns: direct, passive subject, and on/upon/to/for objects."""
    found = []
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS:
            found.append(child)
            found.extend(child.conjuncts)
        elif child.dep_ in ("prep", "agent") and _lemma(child) in _OBJECT_PREPS:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return found


#: Nouns that only measure or count what follows their "of" ("700 kg of medicine").
_MEASURES = frozenset(
    {
        "kg", "kilogram", "ton", "tonne", "tons", "tonnes", "worth", "batch", "shipment",
        "consignment", "load", "lot", "amount", "quantity", "package", "set", "number",
        "dozen", "hundred", "thousand", "million", "billion", "part", "some", "two", "three",
        "most", "all", "group", "team", "convoy", "cargo", "round", "pair",
    }
)  # fmt: skip


def _object_words(obj: Any) -> list[str]:
    """The object's lemma, text and compound/amod modifiers ("ceasefire agreement"), and
    what a measure word measures ("700 kg *of medicine*", "two *of its nationals*")."""
    words = [_lemma(obj), str(obj.text).lower()]
    words += [_lemma(c) for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
    if _lemma(obj) in _MEASURES or obj.pos_ == "NUM" or obj.tag_ == "CD":
        for prep in obj.children:
            if prep.dep_ == "prep" and _lemma(prep) == "of":
                words += [_lemma(g) for g in prep.children if g.dep_ == "pobj"]
    return words


def _topic_words(obj: Any) -> set[str]:
    """What an object is about: its "on/in/for" objects ("documents *on cooperation* in
    agriculture"). Not its modifiers: leaders signing "a broad cooperation agreement" sign
    a treaty (SUPPORT), where ministers sign documents on cooperation in a field."""
    words: set[str] = set()
    for prep in obj.children:
        if prep.dep_ == "prep" and _lemma(prep) in ("on", "in", "for", "about"):
            for g in prep.children:
                if g.dep_ == "pobj":
                    words |= {_lemma(g), *(_lemma(c) for c in g.conjuncts)}
    return words


def has_prep(tok: Any, preps: frozenset[str] | set[str]) -> Any:
    """The first prepositional child of ``tok`` whose word is in ``preps`` (or None)."""
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and _lemma(child) in preps:
            return child
    return None


def _modified_noun(verb: Any) -> list[Any]:
    """The noun a relative clause describes, as the verb's object: "the statement that
    Pashinyan *signed*" reports the signing. A participle ("a treaty signed by ...") is not
    taken: on the demo and stories corpora its events moved story merges (links precision
    and recall) below their floors."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    deps = {c.dep_ for c in verb.children if c.tag_ not in ("WDT", "WP")}
    if deps & {"dobj", "oprd", "acomp", "ccomp", "xcomp"}:
        return []  # the clause says something else of the noun ("talks that both called good")
    if "nsubj" not in deps:
        return []  # no one acts: a description
    return [verb.head]


def _match_object_pattern(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """The first pattern whose verb and object match; a pattern with ``needs_prep`` applies
    only with that preposition ("fired missiles *at* Kyiv" is an attack, a launch into the
    sea a show of force)."""
    lemma = verb_lemma(verb, lexicon)
    for obj in objects_of(verb) + _modified_noun(verb):
        words = _object_words(obj)
        for head_only in (True, False):
            for pattern in lexicon.objects:
                if lemma not in pattern.verbs:
                    continue
                if head_only and words[0] not in pattern.objects:
                    continue
                if not head_only and not any(w in pattern.objects for w in words[1:]):
                    continue
                if pattern.trigger.needs_prep and not _target_prep(verb, pattern.trigger):
                    continue
                if pattern.trigger.needs_modifier and not (
                    _topic_words(obj) & pattern.trigger.needs_modifier
                ):
                    continue
                if _particle(verb) != pattern.trigger.needs_particle and (
                    pattern.trigger.needs_particle or _particle(verb) in _TURNING_PARTICLES
                ):
                    continue  # "called *off* a strike" is no call for one
                return Candidate(pattern.trigger, verb, obj)
    return None


#: Particles that turn a verb's meaning around ("call off", "break off").
_TURNING_PARTICLES = frozenset({"off"})


def _particle(verb: Any) -> str | None:
    """The verb's particle ("handed *over*", "called *off*"), if any."""
    return next((_lemma(c) for c in verb.children if c.dep_ == "prt"), None)


def _target_prep(verb: Any, trig: Trigger) -> bool:
    """A preposition of ``trig.needs_prep`` naming a target, not a time ("on Monday")."""
    return any(
        child.dep_ in ("prep", "agent")
        and _lemma(child) in trig.needs_prep
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in child.children)
        for child in verb.children
    )


def _match_request_speech(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "Russia said Sudan must return the helicopter": a speaker saying what another party
    must or should do makes a request of that party (PLOVER REQUEST, the speaker acting).
    A speaker's own duty ("it must defend itself", "we should talk") is no request."""
    if _lemma(verb) not in lexicon.request_speech_verbs or "demand" not in lexicon.verbs:
        return None
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "aux" and _lemma(c) in lexicon.request_modals for c in comp.children):
            continue
        subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].pos_ == "PRON":
            continue
        if any(c.dep_ == "neg" for c in comp.children):
            continue
        trig = replace(lexicon.verbs["demand"], word=_lemma(verb), strength=0.55)
        return Candidate(trig, verb)
    return None


def _match_announced_act(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "Hungary said it will support the resolution": a government announcing its own future
    act commits itself (PLOVER AGREE by the speaker; see the package rule) even when the act's
    verb has no lexicon entry. Only "it/we/they will" counts: a named other subject ("said
    Russia will") is a prediction, and an act the lexicon knows is coded as that act."""
    if _lemma(verb) not in _ANNOUNCE_VERBS or "promise" not in lexicon.verbs:
        return None
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.pos_ != "VERB" or _lemma(comp) in _NOT_ACTS:
            continue
        aux = {str(c.text).lower() for c in comp.children if c.dep_ == "aux"}
        subj = [c for c in comp.children if c.dep_ == "nsubj"]
        if not aux & _WILL or not subj or _lemma(subj[0]) not in _SELF_PRONOUNS:
            continue
        if any(c.dep_ == "neg" for c in comp.children):
            continue  # "said it will not accept": a refusal, not a promise
        acts = [comp] + [c for c in comp.children if c.dep_ in ("xcomp", "conj")]
        if any(_lemma(t) in lexicon.verbs or _match_object_pattern(t, lexicon) for t in acts):
            continue  # the act has its own entry and is coded as itself
        trig = replace(lexicon.verbs["promise"], word=_lemma(comp), strength=0.5)
        return Candidate(trig, verb)
    return None


#: People one welcomes as guests ("welcomed both delegations", "welcomed him").
_GUESTS = frozenset(
    {"delegation", "leader", "president", "guest", "counterpart", "minister", "he", "she", "they"}
)
#: Verbs of sharing a view: "agreed that Putin was a killer" states an opinion, no act.
_OPINION_VERBS = frozenset({"agree"})


def _opinion(verb: Any) -> bool:
    """A verb of agreeing whose clause only says what something is ("agreed that Putin was
    a killer"), with no act to agree on ("agreed that their countries should cooperate")."""
    if _lemma(verb) not in _OPINION_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        _lemma(c) == "be" and not any(a.dep_ == "aux" for a in c.children) for c in clauses
    )


def _is_phone(tok: Any) -> bool:
    return any(str(t.lemma_).lower() in _PHONE_WORDS for t in tok.subtree)


def _match_special(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """Verbs whose event depends on their frame: speak/talk with, call (on/for/someone)."""
    lemma = _lemma(verb)
    if lemma == "welcome" and "host" in lexicon.verbs and any(
        o.ent_type_ in ("PERSON", "NORP") or _lemma(o) in _GUESTS for o in objects_of(verb)
    ):
        # "Parmelin welcomed Biden and Putin to the villa": hosting them, not praise.
        return Candidate(replace(lexicon.verbs["host"], word=lemma, strength=0.6), verb)
    if lemma in _SPEAK_VERBS and (has_prep(verb, {"with", "to"}) or _is_phone(verb)):
        key = "phone" if _is_phone(verb) else "talks"
        trig = lexicon.verbs.get(key) or lexicon.nouns["talks"]
        return Candidate(replace(trig, word=lemma, strength=0.75), verb)
    if lemma == "call":
        # "called on X to", "called for talks"; not "called the choice painful for himself".
        prep = has_prep(verb, {"on", "upon", "for"})
        asks = prep is not None and any(
            g.dep_ == "pobj" and g.pos_ != "PRON" for g in prep.children
        )
        if asks or any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children):
            return Candidate(replace(lexicon.verbs["demand"], word="call", strength=0.8), verb)
        if any(
            c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
            for c in verb.children
        ):
            return Candidate(replace(lexicon.verbs["phone"], word="call", strength=0.6), verb)
    return None


def _verb_needs_met(trig: Trigger, verb: Any) -> tuple[bool, str]:
    if trig.needs_object:
        words = [w for o in objects_of(verb) for w in _object_words(o)]
        if not any(w in trig.needs_object for w in words):
            return False, f"'{trig.word}' codes only with an object in {sorted(trig.needs_object)}"
    if trig.needs_actor_object and not any(
        o.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") for o in objects_of(verb)
    ):
        return False, f"'{trig.word}' codes only with a named object"
    if trig.needs_particle and not any(
        c.dep_ in ("prt", "advmod") and _lemma(c) == trig.needs_particle for c in verb.children
    ):
        return False, f"'{trig.word}' codes only with the particle '{trig.needs_particle}'"
    if trig.needs_prep and not has_prep(verb, trig.needs_prep):
        return False, f"'{trig.word}' codes only with a preposition in {sorted(trig.needs_prep)}"
    if trig.needs_xcomp and not any(c.dep_ == "xcomp" for c in verb.children):
        return False, f"'{trig.word}' codes only with a to-complement"
    return True, ""


def _nominal(verb: Any) -> bool:
    """A participle used as a noun ("evacuated *the wounded*"), which names people, not an act."""
    return verb.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
        c.dep_ == "det" for c in verb.children
    )


def _event_noun(obj: Any, lexicon: Lexicon) -> tuple[Any, Trigger] | None:
    """The event noun an object names: itself ("held *talks*") or its compound modifier
    ("launched a *mediation* effort", "staged a *hunger* strike" is the object itself)."""
    for tok in (obj, *(c for c in obj.children if c.dep_ == "compound")):
        trig = lexicon.nouns.get(_lemma(tok)) or lexicon.nouns.get(str(tok.text).lower())
        if trig is not None and not trig.needs_next:
            return tok, trig
    return None


def _match_prep_noun(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """An event noun that is the purpose or the setting of a verb: people who "returned to
    Geneva *for talks*" or "converged *for a rally*" meet or protest; forces "engaged *in*
    ethnic cleansing" or "took part *in* the talks" do what the noun names."""
    lemma = _lemma(verb)
    preps = lexicon.prep_noun_verbs.get(lemma)
    if not preps:
        return None
    for child in verb.children:
        if child.dep_ != "prep" or _lemma(child) not in preps:
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            found = _event_noun(obj, lexicon)
            if found is not None and _noun_needs_met(found[0], found[1]):
                return Candidate(found[1], verb, found[0])
    return None


def _own_subjects(verb: Any) -> list[Any]:
    """The verb's subject, or the subject of the verb it completes ("began *arriving*")."""
    for tok in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if tok is None:
            break
        found = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
    return []


def _match_subject_pattern(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """A verb whose event depends on its subject: peacekeepers arriving are aid delivered
    (AID), "the fighting stopped" is a ceasefire observed (RETREAT), a crowd breaking into
    a building riots (PROTEST)."""
    lemma = verb_lemma(verb, lexicon)
    subj = _own_subjects(verb)
    if not subj:
        return None
    words = _object_words(subj[0])
    for pattern in lexicon.subjects:
        if lemma not in pattern.verbs or not any(w in pattern.objects for w in words):
            continue
        trig = pattern.trigger
        if trig.needs_prep and not has_prep(verb, trig.needs_prep):
            continue
        if trig.needs_particle and _particle(verb) != trig.needs_particle:
            continue
        if trig.needs_sentence_word and not any(
            _lemma(t) in trig.needs_sentence_word for t in verb.sent
        ):
            continue
        return Candidate(trig, verb, by_subject=True)
    return None


def match_verb(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """The event a verb reports, trying object patterns, event nouns, then the verb itself."""
    if verb.pos_ not in ("VERB", "AUX") and not (verb.pos_ == "NOUN" and verb.dep_ == "ROOT"):
        return None
    if _nominal(verb) or _opinion(verb):
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and verb_lemma(verb, lexicon) in lexicon.refusal_verbs and "reject" in lexicon.verbs:
        refused = replace(lexicon.verbs["reject"], word=_lemma(verb), strength=0.7)
        return Candidate(refused, verb, refusal=True)
    found = _match_object_pattern(verb, lexicon) or _match_subject_pattern(verb, lexicon)
    if found:
        return found
    lemma = verb_lemma(verb, lexicon)
    if lemma in lexicon.light_verbs:
        for obj in objects_of(verb):
            named = _event_noun(obj, lexicon)
            if named is None:
                continue
            obj, noun = named
            if _lemma(obj) == "call" and not _is_phone(obj):
                continue
            if not _noun_needs_met(obj, noun):
                continue
            third = lemma in _THIRD_PARTY_HOSTS and has_prep(obj, {"between"}) is not None
            return Candidate(noun, verb, obj, third_party=third)
    special = _match_special(verb, lexicon) or _match_prep_noun(verb, lexicon)
    if special:
        return special
    trig = lexicon.verbs.get(lemma)
    if trig is None:
        return _match_request_speech(verb, lexicon) or _match_announced_act(verb, lexicon)
    ok, why = _verb_needs_met(trig, verb)
    if not ok:
        log.debug("not coded: %r in %r: %s", verb.text, verb.sent.text, why)
        return None
    third = trig.role == "host" and (
        has_prep(verb, {"between"}) is not None
        or any(has_prep(o, {"between"}) is not None for o in objects_of(verb))
    )
    return Candidate(trig, verb, None, third_party=third)


def _noun_needs_met(noun: Any, trig: Trigger) -> bool:
    """An event noun's own conditions (its modifier, a word in its sentence), logged when
    unmet; they hold however the noun is found, alone or as a light verb's object."""
    if trig.needs_modifier and not any(
        c.dep_ in ("amod", "compound") and _lemma(c) in trig.needs_modifier for c in noun.children
    ):
        log.debug(
            "not coded: %r in %r lacks a modifier of %s",
            noun.text,
            noun.sent.text,
            sorted(trig.needs_modifier),
        )
        return False
    if trig.needs_sentence_word and not any(
        _lemma(t) in trig.needs_sentence_word for t in noun.sent
    ):
        log.debug(
            "not coded: %r in %r: no word of %s",
            noun.text,
            noun.sent.text,
            sorted(trig.needs_sentence_word),
        )
        return False
    return True


#: Prepositions whose object is an event that took place around the clause's act.
_SETTING_PREPS = frozenset({"during", "amid"})


def _setting_verb(noun: Any) -> Any:
    """The verb whose act happened during the event ``noun`` names ("resorted to throwing
    stones *during demonstrations*"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or _lemma(prep) not in _SETTING_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def match_noun(noun: Any, lexicon: Lexicon) -> Candidate | None:
    """An event noun that reports an event on its own ("talks took place", a headline)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    trig = lexicon.nouns.get(_lemma(noun)) or lexicon.nouns.get(str(noun.text).lower())
    if trig is None:
        return None
    if trig.needs_next and (
        noun.i + 1 >= len(noun.doc) or _lemma(noun.doc[noun.i + 1]) != trig.needs_next
    ):
        return None
    if _lemma(noun) == "call" and not _is_phone(noun):
        return None
    if not _noun_needs_met(noun, trig):
        return None
    head = noun.head
    setting = _setting_verb(noun)
    if setting is not None:
        # "threw stones *during demonstrations*": the noun's event took place; the clause's
        # subject took part in it.
        return Candidate(trig, setting, noun)
    if trig.anywhere and noun.dep_ != "ROOT":
        if any(c.dep_ == "det" and _lemma(c) in _DEFINITE for c in noun.children):
            log.debug(
                "not coded: %r in %r refers back to one already reported", noun.text, noun.sent.text
            )
            return None
        # Such a noun names an act wherever it stands ("ended with a joint statement",
        # "tracked the missile from its launch"); its roles are its own ("their joint
        # statement"), not the clause's, whose subject is often an observer.
        return Candidate(trig, noun, noun)
    occurs = noun.dep_ in ("nsubj", "nsubjpass") and _lemma(head) in lexicon.occurrence_verbs
    if occurs:
        # "The truce took effect": the ceasefire observed, not its declaration.
        trig = lexicon.occurring_nouns.get(_lemma(noun), trig)
    if noun.dep_ == "ROOT" or occurs:
        third = has_prep(noun, {"between"}) is not None and any(
            _lemma(c) in _THIRD_PARTY_HOSTS for c in noun.children if c.dep_ in ("acl", "amod")
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
