"""Which triggers of a sentence report acts of their own.

``match`` finds what each word triggers; a sentence often names one act several times.
Words that are only the content of another trigger ("agreed to *sign*", "accused X of
*shelling*") are not coded twice: PLOVER codes the framing act. Nor is the purpose of an
act ("sent peacekeepers *to patrol*"): the act done is coded once.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from eventwire.coding.cameo import quad_class
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import Candidate, match_noun, match_verb
from eventwire.coding.parse import signed_fact

log = logging.getLogger(__name__)

#: Dependency labels through which a word is the content of the verb above it.
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "conj"})


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


#: Clauses inside a frame's content that are content too ("rejected an invitation *to
#: attend* a meeting", "swore to fight *until they gain control*").
_INNER_DEPS = frozenset({"acl", "advcl", "relcl"})


def _is_frame(head: Any, matched: dict[int, Candidate], lexicon: Lexicon) -> bool:
    if head.i not in matched or matched[head.i].verb.i != head.i:
        return False
    return _lemma(head) in lexicon.frame_verbs or (
        matched[head.i].trigger.event_type == "REQUEST"
        and _lemma(head) in lexicon.request_speech_verbs
    )


def _condition(clause: Any) -> bool:
    """An adverbial clause that bounds its verb's content ("swore to fight *until they gain
    control*", "will withdraw *unless* ..."): part of what is threatened or promised."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and _lemma(c) in ("until", "unless") for c in clause.children
    )


def framed_by(tok: Any, matched: dict[int, Candidate], lexicon: Lexicon) -> Any:
    """The trigger verb whose content ``tok`` is ("agreed to sign"), or None.

    A coordinated verb shares the content of the verb it is coordinated with ("called on
    Arabs to unite *and mobilize*"), and is its own event when that verb is ("met and
    signed"). A clause hanging from the content is content ("rejected an invitation to
    *attend*"), but the frame itself is reached only through a complement: an adverbial
    clause of the frame verb ("agreed to a truce *after* troops shelled") is not its content.
    Nor is a past participle with its own agent or date ("agreed to revive a pact *signed
    in 2001*"): it states what happened, not what is agreed.
    """
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            return None
        head, dep = cur.head, cur.dep_
        if signed_fact(cur) and not any(c.dep_ == "nsubj" for c in cur.children):
            return None
        content = (dep in _CONTENT_DEPS and dep != "conj") or _condition(cur)
        if content and _is_frame(head, matched, lexicon):
            return head
        if dep not in _CONTENT_DEPS and dep not in _INNER_DEPS:
            return None
        cur = head
    return None


def purpose_of(tok: Any, matched: dict[int, Candidate]) -> Any:
    """The trigger verb ``tok`` is the purpose of ("sending peacekeepers *to patrol*"):
    one act, coded once as the act that was done, or None. A verb coordinated with the
    purpose shares it ("called on Arabs to unite *and mobilize*")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or tok.head.i == tok.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = tok.head
    return head if head.i in matched and matched[head.i].verb.i == head.i else None


#: A state's own armed or police forces: ordering them to act is no demand made of another
#: party (PLOVER REQUEST) but the state acting through them.
_OWN_FORCES = frozenset(
    {
        "military", "army", "troops", "troop", "force", "forces", "soldier", "police",
        "unit", "navy", "guard", "commander", "officer", "ministry",
    }
)  # fmt: skip


def _own_command(cand: Candidate) -> bool:
    """ "Putin ordered Russian troops *to withdraw*", "Yoon ordered his military to
    strengthen readiness": an order to forces, whose content (if any) is the act coded."""
    verb = cand.verb
    if cand.trigger.event_type != "REQUEST" or _lemma(verb) != "order":
        return False
    forces = any(c.dep_ == "dobj" and _lemma(c) in _OWN_FORCES for c in verb.children)
    return forces and any(c.dep_ == "xcomp" for c in verb.children)


#: Auxiliaries and marks that make a warning's content a harm held over someone ("warned
#: that it would strike back if attacked"): PLOVER THREATEN.
_THREAT_AUX = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "wo"})
_THREAT_MARKS = frozenset({"if", "unless"})


def _warning_of_fact(cand: Candidate) -> bool:
    """ "Farmers warned that the silos were already full", "Japan warned that the missile
    had the range to reach the US": a warning that states a fact or a danger threatens no
    one. PLOVER THREATEN needs an act the speaker holds over someone, so a warning whose
    "that" clause has neither a future or conditional auxiliary nor an "if"/"unless"
    condition is not coded."""
    verb = cand.verb
    if cand.trigger.event_type != "THREATEN" or _lemma(verb) != "warn":
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in ("xcomp", "dobj", "prep") for c in verb.children):
        return False
    for clause in clauses:
        for tok in clause.subtree:
            if tok.dep_ == "aux" and (tok.lower_ in _THREAT_AUX or _lemma(tok) == "will"):
                return False
            if tok.dep_ == "mark" and tok.lower_ in _THREAT_MARKS:
                return False
    return True


#: Passive verbs that ascribe a purpose to something ("the deal *is meant to* release
#: grain", "the operation *was aimed at* disarming them").
_AIMS = frozenset({"mean", "design", "intend", "aim"})


def stated_aim(verb: Any) -> Any:
    """The passive purpose verb whose content ``verb`` is, or None: what a deal or an
    operation is meant to achieve is no act done by anyone (the deal or the operation is
    coded on its own), so the content is not coded."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "at":
        head = head.head
    elif verb.dep_ != "xcomp":
        return None
    if _lemma(head) in _AIMS and any(c.dep_ == "auxpass" for c in head.children):
        return head
    return None


def find_candidates(sent: Any, lexicon: Lexicon) -> list[Candidate]:
    """Every trigger in a sentence span, in token order, one per trigger word."""
    matched: dict[int, Candidate] = {}
    used_nouns: set[int] = set()
    for tok in sent:
        cand = match_verb(tok, lexicon)
        if cand is not None:
            matched[tok.i] = cand
            if cand.noun is not None:
                used_nouns.add(cand.noun.i)
            if cand.by_subject:
                # "the fighting stopped" is the ceasefire, not also the fighting
                used_nouns.update(c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
    for tok in sent:
        if tok.i in used_nouns or tok.i in matched:
            continue
        cand = match_noun(tok, lexicon)
        if cand is not None:
            matched[tok.i] = cand
    frames: dict[int, Any] = {}
    for i in sorted(matched):
        cand = matched[i]
        # A noun named wherever it stands ("in a joint statement, they called for") is
        # its own act, not the content of the verb it hangs from.
        frame = (
            None
            if cand.trigger.anywhere
            else framed_by(cand.verb, matched, lexicon) or purpose_of(cand.verb, matched)
        )
        if frame is not None and frame.i != cand.verb.i:
            frames[i] = frame
            _concession(matched, frame.i, cand, lexicon)
            _vowed_harm(matched, frame.i, cand, lexicon)
    commands = {i for i in matched if _own_command(matched[i])}
    frames = {i: f for i, f in frames.items() if f.i not in commands}
    result = []
    for i in sorted(matched):
        if i in commands:
            log.debug(
                "not coded: %r orders the actor's own forces (no other party is asked)",
                matched[i].anchor.text,
            )
            continue
        if _warning_of_fact(matched[i]):
            log.debug("not coded: %r warns of a fact, not a harm", matched[i].anchor.text)
            continue
        acted_on = _text_acted_on(matched[i], matched)
        if acted_on is not None:
            log.debug(
                "not coded: %r only dates the text %r acts on", matched[i].verb.text, acted_on.text
            )
            continue
        aim = stated_aim(matched[i].verb)
        if aim is not None:
            log.debug("not coded: %r is the aim of %r", matched[i].anchor.text, aim.text)
            continue
        protest = _protest_demand(matched[i], matched)
        if protest is not None:
            log.debug(
                "not coded: %r is the demand of the protest %r (PLOVER codes the protest)",
                matched[i].anchor.text,
                protest.anchor.text,
            )
            continue
        if i in frames:
            log.debug(
                "not coded: %r is the content of %r (%s), which is coded instead",
                matched[i].anchor.text,
                frames[i].text,
                matched[frames[i].i].trigger.event_type,
            )
            continue
        result.append(matched[i])
    return result


def _text_acted_on(cand: Candidate, matched: dict[int, Candidate]) -> Any:
    """The trigger acting on the text a signing with no signers named describes ("violating
    the agreement *signed in 2001*"), or None: the act on the text is what is reported, its
    date of signing a detail of the text."""
    verb, noun = cand.verb, cand.noun
    if noun is None or verb.dep_ != "acl" or verb.head.i != noun.i:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    above = noun.head
    if noun.dep_ == "pobj" and above.dep_ == "prep":
        above = above.head
    found = matched.get(above.i)
    return above if found is not None and found.verb.i == above.i else None


#: Frames that offer an act rather than promise it: PLOVER AGREE names offers outright.
_OFFERS = frozenset({"offer", "propose"})


#: Types of a promised act that make the promise a concession (see ``context.CONCESSIONS``).
_CONCESSIONS = frozenset({"RETREAT", "CONCEDE"})


def _concession(
    matched: dict[int, Candidate], frame: int, content: Candidate, lexicon: Lexicon
) -> None:
    """An agreement or promise whose content is a withdrawal, a release, a disarming or an
    easing ("agreed to lay down their arms", "pledged to pull out") is a concession: PLOVER
    CONCEDE ("promise of future concessions"), not AGREE."""
    promise = matched[frame]
    if promise.trigger.event_type != "AGREE" or content.trigger.event_type not in _CONCESSIONS:
        return
    if _lemma(promise.verb) in _OFFERS:
        return  # an offer stays an offer (PLOVER AGREE: "agree to, offer, promise ...")
    if "concede" not in lexicon.verbs:
        return
    trig = replace(lexicon.verbs["concede"], word=promise.trigger.word, role=promise.trigger.role)
    matched[frame] = replace(promise, trigger=replace(trig, strength=promise.trigger.strength))


#: Verbs that carry an act on ("vowed to *continue* protesting").
_GOING_ON = frozenset({"continue", "keep", "resume", "step"})
#: Frames that promise their content; promising a harm threatens it ("vowed to attack").
_PROMISES = frozenset({"vow", "pledge", "promise", "swear"})


def _vowed_harm(
    matched: dict[int, Candidate], frame: int, content: Candidate, lexicon: Lexicon
) -> None:
    """A vow or pledge whose content is a material conflict act ("vowed to attack", "pledged
    to impose sanctions") threatens it: PLOVER THREATEN ("coercive or forceful warnings"),
    CAMEO 13x, not a willingness to cooperate (AGREE)."""
    promise = matched[frame]
    if promise.trigger.event_type != "AGREE" or _lemma(promise.verb) not in _PROMISES:
        return
    if quad_class(content.trigger.cameo) != 4 or "threaten" not in lexicon.verbs:
        return
    if content.trigger.event_type == "MOBILIZE":
        return  # "pledged to deploy more police": forces promised, no harm held over anyone
    act = content.verb
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
    if act.dep_ == "xcomp" and _lemma(act.head) in _GOING_ON and act.head.dep_ == "xcomp":
        act = act.head  # "vowed to continue protesting": the protest goes on
    if act.dep_ != "xcomp" or act.head.i != promise.verb.i:
        return  # only the vowed act itself: not "pledged to help them fight", "to stop fighting"
    trig = replace(lexicon.verbs["threaten"], word=promise.trigger.word, role=promise.trigger.role)
    matched[frame] = replace(promise, trigger=replace(trig, strength=promise.trigger.strength))


_LINKS = frozenset({"conj", "advcl", "xcomp"})


def _protest_demand(cand: Candidate, matched: dict[int, Candidate]) -> Candidate | None:
    """The protest whose demand ``cand`` is ("protesters gathered and demanded that he
    resign", "rallied, demanding"), or None: PLOVER codes a protest's demands as the PROTEST
    ("protests making requests are coded under PROTEST")."""
    if cand.trigger.event_type != "REQUEST":
        return None
    verb = cand.verb
    for other in matched.values():
        if other.trigger.event_type != "PROTEST" or other.verb.i == verb.i:
            continue
        linked = (verb.dep_ in _LINKS and verb.head.i == other.verb.i) or (
            other.verb.dep_ in _LINKS and other.verb.head.i == verb.i
        )
        if linked:
            return other
    return None
