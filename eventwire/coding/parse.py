"""Reading a trigger's frame off the dependency parse: lemmas, objects, subjects, particles.

The helpers every matcher shares, and ``Candidate``, what a matcher finds: the trigger, the
verb whose arguments carry the roles and, when a noun names the event, that noun.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from eventwire.coding.lexicon import Lexicon, Trigger

log = logging.getLogger(__name__)


_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})


_OBJECT_PREPS = frozenset({"on", "upon", "to", "for", "of"})


_PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "videolink"})


#: Verbs of naming in "launched *what it called* anti-terror measures": the named thing is
#: the object of the outer verb.
_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "style"})


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
    #: An earlier event named as the setting of the clause's act ("followed fighting",
    #: "after an offensive"): reported, but as background, not as the sentence's act.
    background: bool = False
    #: An event others looked on at ("witnessed the signing"): its own act, not the
    #: onlookers', so it is not folded into their act of the same type.
    observed: bool = False

    @property
    def anchor(self) -> Any:
        """The token that names the event (for the event id and the nearest date)."""
        return self.noun if self.noun is not None else self.verb


def word_lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def verb_lemma(verb: Any, lexicon: Lexicon) -> str:
    """The verb's lemma, repaired where the tagger cut a silent "e" with the "-ed" ("staged"
    lemmatised as "stag"): when the lemma is no lexicon verb and the form without its "d"
    is, that form is the verb."""
    lemma = word_lemma(verb)
    text = str(verb.text).lower()
    cut = verb.tag_ in ("VBD", "VBN") and text.endswith("ed") and lemma == text[:-2]
    if cut and lemma not in lexicon.verb_words and text[:-1] in lexicon.verb_words:
        return text[:-1]
    return lemma


def _named_object(clause: Any) -> list[Any]:
    """What a "what X called Y" clause names (Y), as the object of the verb it completes."""
    if clause.dep_ != "ccomp" or word_lemma(clause) not in _NAMING_VERBS:
        return []
    if not any(c.tag_ == "WP" and word_lemma(c) == "what" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ in ("oprd", "attr") or (
        c.dep_ == "prep" and word_lemma(c) == "as")]


def role_nouns(verb: Any) -> list[Any]:
    """What a verb's "as" phrase says its object is sent or taken as ("troops were sent *as
    peacekeepers*"), read with the object for the object patterns."""
    prep = has_prep(verb, {"as"})
    return [g for g in prep.children if g.dep_ == "pobj"] if prep is not None else []


def objects_of(verb: Any) -> list[Any]:
    """The verb's object nouns: direct, passive subject, and on/upon/to/for objects, and
    what a "what it called" clause names ("launched *what it called* a special operation")."""
    found: list[Any] = []
    for child in verb.children:
        named = _named_object(child)
        if named:
            found.extend(g for n in named for g in ([n] if n.dep_ != "prep" else n.children))
        elif child.dep_ in _OBJECT_DEPS:
            found.append(child)
            found.extend(child.conjuncts)
        elif child.dep_ in ("prep", "agent") and word_lemma(child) in _OBJECT_PREPS:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return found


#: Nouns that only measure or count what follows their "of" ("20 tonnes of flour").
_MEASURES = frozenset(
    {
        "kg", "kilogram", "ton", "tonne", "tons", "tonnes", "worth", "batch", "shipment",
        "consignment", "load", "lot", "amount", "quantity", "package", "set", "number",
        "dozen", "hundred", "thousand", "million", "billion", "part", "some", "two", "three",
        "most", "all", "group", "team", "convoy", "cargo", "round", "pair",
    }
)  # fmt: skip


def object_words(obj: Any) -> list[str]:
    """The object's lemma, text and compound/amod modifiers ("ceasefire agreement"), and
    what a measure word measures ("700 kg *of medicine*", "two *of its nationals*"), and
    what kind of state a "state of" is ("lifted the state *of emergency*")."""
    words = [word_lemma(obj), str(obj.text).lower()]
    words += [word_lemma(c) for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
    measure = word_lemma(obj) in _MEASURES or word_lemma(obj) == "state"
    if measure or obj.pos_ == "NUM" or obj.tag_ == "CD":
        for prep in obj.children:
            if prep.dep_ == "prep" and word_lemma(prep) == "of":
                words += [word_lemma(g) for g in prep.children if g.dep_ == "pobj"]
    return words


def topic_words(obj: Any) -> set[str]:
    """What an object is about: its "on/in/for" objects ("documents *on cooperation* in
    agriculture"). Not its modifiers: leaders signing "a broad cooperation agreement" sign
    a treaty (SUPPORT), where ministers sign documents on cooperation in a field."""
    words: set[str] = set()
    for prep in obj.children:
        if prep.dep_ == "prep" and word_lemma(prep) in ("on", "in", "for", "about"):
            for g in prep.children:
                if g.dep_ == "pobj":
                    words |= {word_lemma(g), *(word_lemma(c) for c in g.conjuncts)}
    return words


def has_prep(tok: Any, preps: frozenset[str] | set[str]) -> Any:
    """The first prepositional child of ``tok`` whose word is in ``preps`` (or None)."""
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and word_lemma(child) in preps:
            return child
    return None


def modified_noun(verb: Any) -> list[Any]:
    """The noun a relative clause or a participle describes, as the verb's object: "the
    statement that Pashinyan *signed*", "the ceasefire they *signed* last November", "a
    deal *signed* overnight by Putin" report the signing. A participle counts only with its
    own agent or point in time, and only for a signing (``signed_fact``)."""
    deps = {c.dep_ for c in verb.children if c.tag_ not in ("WDT", "WP")}
    if deps & {"dobj", "oprd", "acomp", "ccomp", "xcomp"}:
        return []  # the clause says something else of the noun ("talks that both called good")
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and _nounlike(verb.head):
        # "The statement that Armenia's prime minister signed on Monday": parsed with the
        # subject as the head of a participle; the described noun stands before "that".
        found = antecedent(verb.head.left_edge, relative=True)
        if found is not None:
            return [found]
        own = "nsubj" not in deps and signed_fact(verb)  # VBD: a participle mis-tagged
        return [verb.head] if own else []
    if verb.dep_ != "relcl" or "nsubj" not in deps:
        return []  # no one acts: a description
    found = [verb.head] if _nounlike(verb.head) else []
    # "a year after the ceasefire they signed": the noun right before the clause, where the
    # parser hung the clause on a noun further back.
    before = antecedent(verb.left_edge)
    return found + [before] if before is not None and before not in found else found


def _nounlike(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


#: Relative words that may open a clause describing the noun before them.
_RELATIVES = frozenset({"that", "which"})


def antecedent(left: Any, relative: bool = False) -> Any:
    """The noun a clause starting at ``left`` describes: the noun just before it, past a
    relative "that/which" ("the statement *that* ..."; required with ``relative``), or None."""
    i = left.i - 1
    if i >= left.sent.start and left.doc[i].lower_ in _RELATIVES:
        i -= 1
    elif relative:
        return None
    if i < left.sent.start or not _nounlike(left.doc[i]):
        return None
    return left.doc[i]


#: Verbs by which parties put their names to a text or set an operation going: their
#: participle reports that act ("a deal *signed* by", "its operation, *launched* on").
SIGNING = frozenset({"sign", "ink", "seal", "initial", "countersign", "launch"})


def signed_fact(verb: Any) -> bool:
    """ "a deal *signed overnight by Putin*", "a pact *signed in 2001*", "its operation,
    *launched on September 19*": a participle of signing or launching with its own agent
    or date reports that act, a past act of its own (not the content of the verb above:
    "agreed to revive a pact signed in 2001"). Other participles ("a truce brokered by
    Russia", "sanctions imposed in 2014") are left to describe their noun: coded, they
    added more extras than events on the gold corpora."""
    return verb.dep_ == "acl" and word_lemma(verb) in SIGNING and own_occasion(verb)


#: Prepositions whose date is a point in time ("signed *in* 2001", "*on* Monday"), unlike
#: a span ("imposed *since* 2014").
_POINT_PREPS = frozenset({"in", "on", "at", "during"})


def own_occasion(verb: Any) -> bool:
    """Whether a participle names its own occasion: an agent ("signed *by Putin*") or a
    point in time ("signed *in 2001*", "signed *overnight*", "signed *last November*")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return True
        if child.ent_type_ in ("DATE", "TIME") and child.dep_ in ("npadvmod", "advmod", "tmod"):
            return True
        if child.dep_ == "prep" and word_lemma(child) in _POINT_PREPS and any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children
        ):
            return True
    return False


def particle(verb: Any) -> str | None:
    """The verb's particle ("handed *over*", "called *off*"), if any."""
    return next((word_lemma(c) for c in verb.children if c.dep_ == "prt"), None)


def target_prep(verb: Any, trig: Trigger) -> bool:
    """A preposition of ``trig.needs_prep`` naming a target, not a time ("on Monday")."""
    return any(
        child.dep_ in ("prep", "agent")
        and word_lemma(child) in trig.needs_prep
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in child.children)
        for child in verb.children
    )


def is_phone(tok: Any) -> bool:
    return any(str(t.lemma_).lower() in _PHONE_WORDS for t in tok.subtree)


def noun_needs_met(noun: Any, trig: Trigger) -> bool:
    """An event noun's own conditions (its modifier, a word in its sentence), logged when
    unmet; they hold however the noun is found, alone or as a light verb's object."""
    if trig.needs_modifier and not any(
        c.dep_ in ("amod", "compound") and word_lemma(c) in trig.needs_modifier
        for c in noun.children
    ):
        log.debug(
            "not coded: %r in %r lacks a modifier of %s",
            noun.text,
            noun.sent.text,
            sorted(trig.needs_modifier),
        )
        return False
    if trig.needs_sentence_word and not any(
        word_lemma(t) in trig.needs_sentence_word for t in noun.sent
    ):
        log.debug(
            "not coded: %r in %r: no word of %s",
            noun.text,
            noun.sent.text,
            sorted(trig.needs_sentence_word),
        )
        return False
    return True


def event_noun(obj: Any, lexicon: Lexicon) -> tuple[Any, Trigger] | None:
    """The event noun an object names: itself ("held *talks*") or its compound modifier
    ("launched a *mediation* effort", "staged a *hunger* strike" is the object itself)."""
    for tok in (obj, *(c for c in obj.children if c.dep_ == "compound")):
        trig = lexicon.nouns.get(word_lemma(tok)) or lexicon.nouns.get(str(tok.text).lower())
        if trig is not None and not trig.needs_next:
            return tok, trig
    return None


def clause_antecedent(verb: Any, subj: Any) -> Any:
    """ "The contingent had 2,000 troops when *it* deployed": a pronoun subject of an
    adverbial clause stands for the subject noun of the clause it hangs from."""
    if subj.lower_ not in ("it", "they") or verb.dep_ != "advcl":
        return subj
    above = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return above[0] if above else subj


def own_subjects(verb: Any) -> list[Any]:
    """The verb's subject, or the subject of the verb it completes ("began *arriving*"), or
    the noun a participle or a finite verb was hung on by the parser ("all military action
    *ceased* from midnight")."""
    for tok in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if tok is None:
            break
        found = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if found:
            return [clause_antecedent(verb, t) for t in found]
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ == "NOUN":
        return [verb.head]
    return []
