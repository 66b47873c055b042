"""Verbs whose event depends on their clause: their object or subject ("sign" + treaty,
peacekeepers + "arrive"), what they report ("said Sudan must return", "said it will
support"), their preposition ("returned for talks") or their frame ("called on", "spoke
with", "welcomed Biden to the villa", "agreed that ... was").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.coding.lexicon import Lexicon
from eventwire.coding.parse import (
    Candidate,
    event_noun,
    has_prep,
    is_phone,
    modified_noun,
    noun_needs_met,
    object_words,
    objects_of,
    own_subjects,
    particle,
    role_nouns,
    target_prep,
    topic_words,
    verb_lemma,
    word_lemma,
)
from eventwire.coding.stances import rallied_against, rules_out_act

#: Particles that turn a verb's meaning around ("call off", "break off").
_TURNING_PARTICLES = frozenset({"off"})


_SPEAK_VERBS = frozenset({"speak", "talk", "converse", "chat"})
#: Whom one speaks to without consulting anyone: "speaking to reporters" is a statement.
_AUDIENCES = frozenset(
    {
        "reporter", "journalist", "press", "media", "correspondent", "audience", "crowd",
        "nation", "supporter", "newspaper", "agency", "television", "broadcaster", "radio",
        "channel", "outlet", "station", "student", "parliament", "lawmaker", "daily",
        "magazine",
    }
)  # fmt: skip


_ANNOUNCE_VERBS = frozenset({"say", "announce", "declare", "state", "confirm"})


_WILL = frozenset({"will", "shall", "'ll"})


_SELF_PRONOUNS = frozenset({"it", "we", "they", "i"})


#: Verbs that report no act of their own ("said it will be difficult").
_NOT_ACTS = frozenset({"be", "have", "do", "become", "remain", "take", "need", "get", "see"})


def match_object_pattern(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """The first pattern whose verb and object match; a pattern with ``needs_prep`` applies
    only with that preposition ("fired missiles *at* Kyiv" is an attack, a launch into the
    sea a show of force)."""
    lemma = verb_lemma(verb, lexicon)
    for obj in objects_of(verb) + modified_noun(verb) + role_nouns(verb):
        words = object_words(obj)
        for head_only in (True, False):
            for pattern in lexicon.objects:
                if lemma not in pattern.verbs:
                    continue
                if head_only and words[0] not in pattern.objects:
                    continue
                if not head_only and not any(w in pattern.objects for w in words[1:]):
                    continue
                # The preposition may hang from the object ("led a coalition *against* ...").
                needs = pattern.trigger.needs_prep
                if needs and not (
                    target_prep(verb, pattern.trigger) or target_prep(obj, pattern.trigger)
                ):
                    continue
                # The topic may hang from the verb ("signed documents *on cooperation*").
                if pattern.trigger.needs_modifier and not (
                    (topic_words(obj) | topic_words(verb)) & pattern.trigger.needs_modifier
                ):
                    continue
                if particle(verb) != pattern.trigger.needs_particle and (
                    pattern.trigger.needs_particle or particle(verb) in _TURNING_PARTICLES
                ):
                    continue  # "called *off* a strike" is no call for one
                return Candidate(pattern.trigger, verb, obj)
    return None


def match_request_speech(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "Russia said Sudan must return the helicopter": a speaker saying what another party
    must or should do makes a request of that party (PLOVER REQUEST, the speaker acting).
    A speaker's own duty ("it must defend itself", "we should talk") is no request."""
    if word_lemma(verb) not in lexicon.request_speech_verbs or "demand" not in lexicon.verbs:
        return None
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX"):
            continue
        modals = lexicon.request_modals
        if not any(c.dep_ == "aux" and word_lemma(c) in modals for c in comp.children):
            continue
        subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].pos_ == "PRON":
            continue
        if any(c.dep_ == "neg" for c in comp.children):
            continue
        trig = replace(lexicon.verbs["demand"], word=word_lemma(verb), strength=0.55)
        return Candidate(trig, verb)
    return None


def match_announced_act(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "Hungary said it will support the resolution": a government announcing its own future
    act commits itself (PLOVER AGREE by the speaker; see the package rule) even when the act's
    verb has no lexicon entry. Only "it/we/they will" counts: a named other subject ("said
    Russia will") is a prediction, and an act the lexicon knows is coded as that act."""
    if word_lemma(verb) not in _ANNOUNCE_VERBS or "promise" not in lexicon.verbs:
        return None
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.pos_ != "VERB" or word_lemma(comp) in _NOT_ACTS:
            continue
        aux = {str(c.text).lower() for c in comp.children if c.dep_ == "aux"}
        subj = [c for c in comp.children if c.dep_ == "nsubj"]
        if not aux & _WILL or not subj or word_lemma(subj[0]) not in _SELF_PRONOUNS:
            continue
        if any(c.dep_ == "neg" for c in comp.children):
            continue  # "said it will not accept": a refusal, not a promise
        acts = [comp] + [c for c in comp.children if c.dep_ in ("xcomp", "conj")]
        if any(word_lemma(t) in lexicon.verbs or match_object_pattern(t, lexicon) for t in acts):
            continue  # the act has its own entry and is coded as itself
        trig = replace(lexicon.verbs["promise"], word=word_lemma(comp), strength=0.5)
        return Candidate(trig, verb)
    return None


#: People one welcomes as guests ("welcomed both delegations", "welcomed him").
_GUESTS = frozenset(
    {"delegation", "leader", "president", "guest", "counterpart", "minister", "he", "she", "they"}
)


#: Verbs of sharing a view: "agreed that Putin was a killer" states an opinion, no act.
_OPINION_VERBS = frozenset({"agree"})


def opinion(verb: Any) -> bool:
    """A verb of agreeing whose clause only says what something is ("agreed that Putin was
    a killer"), with no act to agree on ("agreed that their countries should cooperate")."""
    if word_lemma(verb) not in _OPINION_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        word_lemma(c) == "be" and not any(a.dep_ == "aux" for a in c.children) for c in clauses
    )


def _to_audience(verb: Any) -> bool:
    """ "Speaking to reporters", "told the nation on television": a statement to an
    audience, not talks with a party (no CONSULT)."""
    prep = has_prep(verb, {"with", "to"})
    heard = [g for g in prep.children if g.dep_ == "pobj"] if prep is not None else []
    return bool(heard) and all(word_lemma(g) in _AUDIENCES for g in heard)


#: What calling an act or a party condemns it: "called the launch *a provocation*".
_CONDEMNING_NAMES = frozenset(
    {
        "provocation", "violation", "crime", "aggression", "threat", "terrorism", "terrorist",
        "mistake", "lie", "farce", "blackmail", "disgrace", "outrage", "insult", "sham",
        "betrayal", "genocide", "atrocity", "invasion", "occupation", "escalation",
    }
)  # fmt: skip


def _condemning_name(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "Yoon called the launch a serious provocation": naming an act or a party with a
    word of condemnation criticises it (PLOVER ACCUSE, CAMEO 111); any other name is no
    event."""
    names = [c for c in verb.children if c.dep_ == "oprd"]
    # "an act of terrorism": the act's kind names it
    names += [g for n in names if word_lemma(n) == "act" for p in n.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if "condemn" not in lexicon.verbs or not any(
        word_lemma(n) in _CONDEMNING_NAMES for n in names
    ):
        return None
    return Candidate(replace(lexicon.verbs["condemn"], word="call", strength=0.7), verb)


def _naming(verb: Any) -> bool:
    """ "the city that Armenians *call* Stepanakert", "they call it a provocation": "call"
    with two objects, or an object and its predicate, gives a name, not a phone call."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) > 1 or (bool(objects) and any(c.dep_ == "oprd" for c in verb.children))


def match_special(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """Verbs whose event depends on their frame: speak/talk with, call (on/for/someone)."""
    lemma = word_lemma(verb)
    if lemma == "welcome" and "host" in lexicon.verbs and any(
        o.ent_type_ in ("PERSON", "NORP") or word_lemma(o) in _GUESTS for o in objects_of(verb)
    ):
        # "Parmelin welcomed Biden and Putin to the villa": hosting them, not praise.
        return Candidate(replace(lexicon.verbs["host"], word=lemma, strength=0.6), verb)
    if lemma in _SPEAK_VERBS and _to_audience(verb):
        return None
    if lemma in _SPEAK_VERBS and (has_prep(verb, {"with", "to"}) or is_phone(verb)):
        key = "phone" if is_phone(verb) else "talks"
        trig = lexicon.verbs.get(key) or lexicon.nouns["talks"]
        return Candidate(replace(trig, word=lemma, strength=0.75), verb)
    if lemma == "rule" and rules_out_act(verb, lexicon) and "reject" in lexicon.verbs:
        # "ruled out talks", "ruled out lifting the sanctions": a refusal (PLOVER REJECT).
        return Candidate(replace(lexicon.verbs["reject"], word="rule", strength=0.75), verb)
    if lemma == "call" and rallied_against(verb) is not None and "accuse" in lexicon.verbs:
        # "called on Arabs to unite against X": rallying opposition against X (CAMEO 113,
        # PLOVER ACCUSE), not a request of those called on.
        trig = replace(lexicon.verbs["accuse"], word="call", mode="disapprove", cameo="113")
        return Candidate(replace(trig, role="default", strength=0.7), verb)
    if lemma == "call":
        if _naming(verb):
            return _condemning_name(verb, lexicon)
        # "called on X to", "called for talks"; not "called the choice painful for himself",
        # nor "called Aliyev on Monday" (a phone call on a day).
        prep = has_prep(verb, {"on", "upon", "for"})
        asks = prep is not None and any(
            g.dep_ == "pobj" and g.pos_ != "PRON" and g.ent_type_ not in ("DATE", "TIME")
            for g in prep.children
        ) and not (word_lemma(prep) != "for" and any(c.dep_ == "dobj" for c in verb.children))
        if asks or any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children):
            return Candidate(replace(lexicon.verbs["demand"], word="call", strength=0.8), verb)
        if any(
            c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
            for c in verb.children
        ):
            return Candidate(replace(lexicon.verbs["phone"], word="call", strength=0.6), verb)
    return None


#: Verbs by which people are held captive ("took them hostage", "held villagers as shields").
_HOLDING = frozenset({"take", "hold", "keep", "seize", "use"})
_HOSTAGE_DEPS = frozenset(
    {"dobj", "ccomp", "oprd", "attr", "advmod", "npadvmod", "xcomp", "advcl"}
)


def match_captives(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "Gunmen took 20 tourists hostage", "were held hostage", "holding villagers as human
    shields": taking hostages or using people as shields (CAMEO 181/184, PLOVER ASSAULT,
    abduct). "Use" counts only with shields ("used civilians as human shields")."""
    lemma = word_lemma(verb)
    if lemma not in _HOLDING or "kidnap" not in lexicon.verbs:
        return None
    cameo = None
    if lemma != "use" and any(
        c.dep_ in _HOSTAGE_DEPS and word_lemma(c) == "hostage" for c in verb.children
    ):
        cameo = "181"
    prep = has_prep(verb, {"as"})
    for g in prep.children if prep is not None else ():
        if g.dep_ == "pobj" and word_lemma(g) == "hostage" and lemma != "use":
            cameo = "181"
        if g.dep_ == "pobj" and word_lemma(g) == "shield" and any(
            word_lemma(c) == "human" for c in g.children
        ):
            cameo = "184"
    if cameo is None:
        return None
    trig = replace(lexicon.verbs["kidnap"], word=lemma, cameo=cameo, strength=0.75)
    return Candidate(trig, verb)


def match_prep_noun(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """An event noun that is the purpose or the setting of a verb: people who "returned to
    Geneva *for talks*" or "converged *for a rally*" meet or protest; forces "engaged *in*
    ethnic cleansing" or "took part *in* the talks" do what the noun names."""
    lemma = word_lemma(verb)
    preps = lexicon.prep_noun_verbs.get(lemma)
    if not preps:
        return None
    for child in verb.children:
        if child.dep_ != "prep" or word_lemma(child) not in preps:
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            found = event_noun(obj, lexicon)
            if found is not None and noun_needs_met(found[0], found[1]):
                return Candidate(found[1], verb, found[0])
    return None


def match_subject_pattern(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """A verb whose event depends on its subject: peacekeepers arriving are aid delivered
    (AID), "the fighting stopped" is a ceasefire observed (RETREAT), a crowd breaking into
    a building riots (PROTEST)."""
    lemma = verb_lemma(verb, lexicon)
    subj = own_subjects(verb)
    if not subj:
        return None
    words = object_words(subj[0])
    for pattern in lexicon.subjects:
        if lemma not in pattern.verbs or not any(w in pattern.objects for w in words):
            continue
        trig = pattern.trigger
        if trig.needs_prep and not has_prep(verb, trig.needs_prep):
            continue
        if trig.needs_particle and particle(verb) != trig.needs_particle:
            continue
        if trig.needs_sentence_word and not any(
            word_lemma(t) in trig.needs_sentence_word for t in verb.sent
        ):
            continue
        if trig.role == "reciprocal" and has_prep(subj[0], {"between"}) is not None:
            # "the fighting *between* Armenian and Azerbaijani forces stopped": the sides
            # named by the subject are the parties.
            return Candidate(trig, verb, subj[0], by_subject=True)
        return Candidate(trig, verb, by_subject=True)
    return None


#: Verbs by which a text binds its parties ("a treaty *that commits* each country to help").
_BINDING_VERBS = frozenset({"commit", "promise", "pledge", "oblige", "obligate", "bind"})


#: Verbs by which parties make a text theirs.
_SIGNING_VERBS = frozenset({"sign", "adopt", "conclude", "ink", "approve"})


def match_text_commitment(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "They signed a treaty *that commits* each country to help the other", "signed a
    statement *pledging* steps": the signatories commit themselves (PLOVER AGREE), as the
    subjects of the signing; the clause's own subject is only the text."""
    if word_lemma(verb) not in _BINDING_VERBS or "commit" not in lexicon.verbs:
        return None
    text, signing = verb.head, verb.head.head
    if text.dep_ != "dobj" or word_lemma(signing) not in _SIGNING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    relative = verb.dep_ == "relcl" and all(c.tag_ == "WDT" for c in subjects) and subjects
    participle = verb.dep_ == "acl" and verb.tag_ == "VBG" and not subjects
    if not (relative or participle):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return Candidate(replace(lexicon.verbs["commit"], word=word_lemma(verb)), signing, verb)

#: Adjectives by which a party states its readiness to act ("Russia is *ready to* help").
_READINESS = frozenset({"ready", "willing", "prepared", "glad", "eager"})


def match_readiness(verb: Any, lexicon: Lexicon) -> Candidate | None:
    """ "Aliyev said he was ready to begin work on a peace treaty": a party stating its
    readiness to act indicates willingness to cooperate (PLOVER AGREE, by that party). When
    the act has its own lexicon entry ("ready to meet"), that act is coded and becomes the
    commitment (``context.pledge``); this covers acts the lexicon does not know."""
    if word_lemma(verb) != "be" or "promise" not in lexicon.verbs:
        return None
    if any(c.dep_ == "neg" for c in verb.children) or not own_subjects(verb):
        return None
    for adj in verb.children:
        if adj.dep_ != "acomp" or word_lemma(adj) not in _READINESS:
            continue
        if any(c.dep_ == "neg" for c in adj.children):
            continue
        acts = [c for c in adj.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        acts += [c for a in acts for c in a.conjuncts]
        if not acts or any(
            word_lemma(t) in lexicon.verbs or match_object_pattern(t, lexicon) for t in acts
        ):
            continue
        trig = replace(lexicon.verbs["promise"], word=word_lemma(adj), strength=0.6)
        return Candidate(trig, verb)
    return None

