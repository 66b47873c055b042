"""Who acts and to whom: actors and recipients of a trigger, read off the dependency parse.

PLOVER's rules: the subject acts, the object or "with/to/against" phrase receives; joint
acts (meetings, signings, agreements) put every party among the actors with no recipient;
a visitor acts on the host; a third party hosting talks acts on both sides. Tokens become
actors only through the actor mentions the actor layer found (``analysis.actors``, looked
up by ``mention_index``). Where the subject and object say nothing, ``targets`` looks in
the other places news puts whom an act is aimed at, and ``domestic`` gives a society group
the country of the authorities it deals with.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from eventwire.coding.deps import RECIPIENT_PREPS as _RECIPIENT_PREPS
from eventwire.coding.deps import agents as _agents
from eventwire.coding.deps import conveners, means_parties
from eventwire.coding.deps import pobjs as _pobjs
from eventwire.coding.deps import with_conjuncts as _with_conjuncts
from eventwire.coding.domestic import domestic
from eventwire.coding.match import Candidate, objects_of
from eventwire.coding.mention_index import MentionIndex
from eventwire.coding.stances import rallied_against
from eventwire.coding.targets import (
    agentless_passive,
    complement_targets,
    condition_targets,
    deployment,
    object_targets,
    opposed_targets,
    place_authorities,
    place_people,
    protest_place,
    shared_targets,
    unknown_attackers,
)
from eventwire.language.parse import ent_at
from eventwire.records import ActorRef

log = logging.getLogger(__name__)

_RECIPROCAL_PREPS = frozenset({"with", "between", "among"})
#: Prepositions whose gerund is an argument of the word above ("guilty *of* violating",
#: "resorted *to* throwing stones").
_ARGUMENT_PREPS = frozenset({"of", "from", "with", "for", "to"})
#: Event types whose place, when no one is named, says whose people receive the act.
_PLACE_TARGETED = frozenset({"COERCE", "SANCTION"})
#: Passive forms that state the subject's own stance ("is committed to").
_STATIVE = frozenset({"commit", "prepare", "determine", "resolve", "dedicate", "poise"})


@dataclass(frozen=True)
class Roles:
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    third_party: bool = False  # a host or mediator acting on two or more guests


def _nominal(subj: list[Any]) -> list[Any]:
    """A subject the parser took for a verb ("The Red Cross *operating* in Iraq said")
    stands for its own subject noun."""
    out = []
    for tok in subj:
        inner = [c for c in tok.children if c.dep_ == "nsubj"] if tok.pos_ == "VERB" else []
        out += inner or [tok]
    return out


def subjects(verb: Any) -> list[Any]:
    """The subject tokens of a verb, inherited from the verb above for "plans to meet",
    "arrived and met", "is willing to withdraw", "are guilty of violating", or the noun a
    relative clause hangs on.
    A participle after a passive ("was attacked by X, killing 20") takes its agent."""
    cur = verb
    via = ""
    for _ in range(5):
        if via == "advcl" and _agents(cur):
            return _with_conjuncts(_agents(cur))
        deps = ("nsubj", "csubj") if cur.i == verb.i else ("nsubj", "csubj", "nsubjpass")
        subj = [c for c in cur.children if c.dep_ in deps]
        relative = subj and all(c.tag_ in ("WP", "WDT") for c in subj)
        if relative and cur.dep_ == "relcl" and via in ("", "xcomp", "conj"):
            # "Trump, *who* hosted the ceremony, also signed": the pronoun is the noun above
            return _with_conjuncts([cur.head])
        if subj:
            return _with_conjuncts(_nominal(subj))
        agent = _agents(cur)
        if agent:
            return _with_conjuncts(agent)
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head.i != cur.i:
            controller = _object_control(cur)
            if controller:
                return controller
            via = cur.dep_
            cur = cur.head
            continue
        if (
            cur.dep_ == "pcomp"
            and cur.head.dep_ == "prep"
            and cur.head.lower_ in _ARGUMENT_PREPS
            and cur.head.head.i != cur.head.i
        ):
            # "are guilty of violating"; with an object above, the object acts: "accused
            # Armenia of shelling", "stopped X from entering". Not an adjunct ("by brokering
            # the deal, Putin ..."): that clause is background, not who did it.
            above = cur.head.head
            obj = [c for c in above.children if c.dep_ == "dobj"]
            if obj:
                return _with_conjuncts(obj)
            via = "pcomp"
            cur = above
            continue
        if cur.dep_ == "ROOT":
            stray = _fronted_subject(cur)
            if stray:
                return stray
        if cur.dep_ in ("relcl", "acl") and cur.head.i != cur.i:
            if cur.dep_ == "acl" and any(c.dep_ == "agent" for c in cur.children):
                break
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in cur.children):
                break  # "peacekeepers who were killed": the noun is the patient, not the agent
            return _with_conjuncts([cur.head])
        break
    return []




def _fronted_subject(verb: Any) -> list[Any]:
    """The subject the parser joined to a fronted phrase before a main verb that has none:
    in "After years of hostility that fed wars from Yemen to Syria, Saudi Arabia and Iran
    said ..." it reads "Saudi Arabia and Iran" as more places of the list. The names right
    before the verb, after the comma, are its subject."""
    toks: list[Any] = []
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("PROPN", "NOUN", "CCONJ") and i >= verb.sent.start:
        toks.append(verb.doc[i])
        i -= 1
    if i < verb.sent.start or verb.doc[i].text != ",":
        return []
    heads = [t for t in reversed(toks) if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")]
    if not heads or any(t.head.i > verb.i for t in toks):
        return []
    return heads


#: Verbs whose subject, not their object, does what their "to" clause says ("promised
#: Baku to help").
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge"})


def _object_control(comp: Any) -> list[Any]:
    """Who does what a "to" clause says when the verb above has an object: the object
    ("talks that *led Saudi Arabia and Iran to agree*", "allowed the inspectors to enter").
    Empty when the clause is no such complement or the verb keeps its subject as the doer."""
    head = comp.head
    if comp.dep_ != "xcomp" or comp.pos_ != "VERB" or str(head.lemma_).lower() in _SUBJECT_CONTROL:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return []
    objs = [c for c in head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    return _with_conjuncts(objs)


def _passive_patients(verb: Any) -> list[Any]:
    return _with_conjuncts(c for c in verb.children if c.dep_ == "nsubjpass")


def _resolve(toks: Iterable[Any], index: MentionIndex, what: str) -> list[ActorRef]:
    out: list[ActorRef] = []
    for tok in toks:
        refs = index.phrase_refs(tok)
        if not refs:
            unknown = unresolved_name(tok)
            log.debug("no actor for %s %r in %r%s", what, tok.text, tok.sent.text,
                      f"; kept as {unknown.name!r}, country unknown" if unknown else "")
            refs = [unknown] if unknown else []
        out += [r for r in refs if r not in out]
    return out


_NAMED = frozenset({"ORG", "PERSON", "NORP"})
#: Where a name stands for a party (subject, object, owner), not for a place.
_NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "conj", "appos"})


def unresolved_name(tok: Any) -> ActorRef | None:
    """A named party the actor layer does not know ("the DNC", a little-known minister):
    its name as written, with no country or sector. Kept so that the event is not lost,
    and never guessed: a country comes only from the actor layer."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _NAMED:
        return None
    if tok.dep_ not in _NAMING_DEPS and not (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
        return None  # "into Lachin": a small place the tagger took for a name
    ent = ent_at(tok.doc, tok.i)  # not a walk over every entity of the Doc
    words = [t for t in ent if t.pos_ != "DET"] if ent is not None else [tok]
    name = " ".join(t.text for t in words).strip()
    return ActorRef(name, None, None) if len(name) > 1 else None


def _nominal_roles(noun: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """Agents, recipients and reciprocal parties named inside an event noun phrase.

    A nationality adjective is the agent of an event noun that stands alone ("Azerbaijani
    shelling"), not of one that is a verb's object ("allowed Russian peacekeepers").
    """
    agents = [c for c in noun.children if c.dep_ == "poss"] + _pobjs(noun, {"by"})
    if noun.dep_ not in ("dobj", "pobj", "nsubjpass"):
        agents += [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_]
    recipients = _pobjs(noun, {"to", "against", "on", "in"})
    parties = _pobjs(noun, {"with", "between", "among", "of"})
    return _with_conjuncts(agents), recipients, parties














def find_roles(cand: Candidate, index: MentionIndex) -> Roles:
    """The actors and recipients of one candidate, by the trigger's role rule."""
    roles = _roles(cand, index)
    actors, recipients = domestic(roles.actors, roles.recipients, index.texts_of)
    return replace(roles, actors=actors, recipients=recipients)


def _roles(cand: Candidate, index: MentionIndex) -> Roles:
    roles = _find_roles(cand, index)
    noun = cand.noun
    if cand.trigger.event_type in ("AID", "MOBILIZE"):
        actors, recipients = deployment(cand, roles.actors, roles.recipients, index)
        roles = replace(roles, actors=actors, recipients=recipients)
        noun = None  # the forces named by the noun are the sender's, never the recipient
    if noun is not None and noun.dep_ == "dobj" and cand.trigger.role == "default":
        # "allowed Russian peacekeepers in": the object noun phrase is itself the recipient.
        ref = index.of_phrase(noun)
        if ref is not None and ref not in roles.actors and ref not in roles.recipients:
            return replace(roles, recipients=(*roles.recipients, ref))
    rallied = rallied_against(cand.verb) if cand.trigger.event_type == "ACCUSE" else None
    if rallied is not None:
        # "called on Arabs to unite against *Sharon*": the rally's target, not those called on.
        targets = [r for r in _resolve([rallied], index, "recipient") if r not in roles.actors]
        roles = replace(roles, recipients=tuple(targets) or roles.recipients)
    if not roles.recipients:
        toks = complement_targets(cand.verb, cand.trigger.event_type == "REQUEST")
        if cand.trigger.event_type == "THREATEN":
            toks += condition_targets(cand.verb)
        if cand.trigger.role == "default":
            toks += shared_targets(cand.verb)
        if cand.trigger.event_type in ("PROTEST", "REJECT"):
            toks += opposed_targets(cand.verb, cand.trigger.event_type == "REJECT")
        targets = [r for r in _resolve(toks, index, "recipient") if r not in roles.actors]
        if targets:
            roles = replace(roles, recipients=tuple(targets))
    if not roles.recipients and cand.trigger.event_type in _PLACE_TARGETED:
        people = place_people(cand)
        if people is not None:
            roles = replace(roles, recipients=(people,))
    if cand.trigger.event_type == "PROTEST":
        actors, recipients = protest_place(cand, roles.actors, roles.recipients)
        roles = replace(roles, actors=actors, recipients=recipients)
    if not roles.actors and cand.trigger.event_type == "ASSAULT":
        attackers = unknown_attackers(cand.verb, subjects(cand.verb))
        if attackers is not None:
            roles = replace(roles, actors=(attackers,))
    if not roles.actors and cand.trigger.event_type == "COERCE" and agentless_passive(cand):
        authorities = place_authorities(cand.verb)
        if authorities is not None:
            roles = replace(roles, actors=(authorities,))
    return roles








def _third_party_with(parties: list[ActorRef], withs: list[ActorRef]) -> Roles | None:
    """ "Aliyev and Pashinyan met with Michel": two sides meeting with one outsider make
    the outsider a third party (actor) and the sides its recipients. Two or more outsiders
    ("together with Macron and Michel") make a multilateral meeting of equals (None)."""
    sides = {p.country for p in parties if p.country}
    outsiders = [w for w in withs if w.country and w.country not in sides]
    if len(sides) >= 2 and len(outsiders) == 1 and len(withs) == 1:
        return Roles(tuple(outsiders), tuple(parties), third_party=True)
    return None


def _subject_tokens(
    verb: Any, noun_i: int, index: MentionIndex, promise: bool = False
) -> list[Any]:
    """Who acts: the verb's subject; for a participle on a document that names no one
    ("issued a declaration *demanding* ...", "signed agreements *establishing* relations
    with ..."), whoever issued or signed it. Not for a promise ("signed a statement
    *pledging* steps"): a commitment a signed document states is the signing's own
    content (SUPPORT), not a second event;
    for a stative passive ("Vietnam *is committed* to ..."), its grammatical subject."""
    if verb.i == noun_i:
        return []
    if _stative(verb):
        return _with_conjuncts(c for c in verb.children if c.dep_ == "nsubjpass")
    subj = [t for t in subjects(verb) if t.i != noun_i]
    thing = verb.dep_ == "acl" and subj == [verb.head] and not index.phrase_refs(verb.head)
    if thing and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB" and not promise:
        return [t for t in subjects(verb.head.head) if t.i != noun_i]
    return subj


def _stative(verb: Any) -> bool:
    """A passive form that states its subject's own stance, with no agent: "is committed
    to", "is prepared to", "is determined to"."""
    return (
        str(verb.lemma_).lower() in _STATIVE
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not _agents(verb)
    )




def _find_roles(cand: Candidate, index: MentionIndex) -> Roles:
    verb, noun, role = cand.verb, cand.noun, cand.trigger.role
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    passive = passive and not _stative(verb)
    noun_i = noun.i if noun is not None else -1
    subj = _subject_tokens(verb, noun_i, index, cand.trigger.event_type == "AGREE")
    objs = (
        []
        if passive
        else _with_conjuncts(o for o in objects_of(verb) if o.i != noun_i and o.dep_ != "pobj")
    )
    objs += _with_conjuncts(c for c in verb.children if c.dep_ == "dative")
    preps = _pobjs(verb, _RECIPIENT_PREPS)
    n_agents: list[Any] = []
    n_recips: list[Any] = []
    n_parties: list[Any] = []
    if noun is not None:
        n_agents, n_recips, n_parties = _nominal_roles(noun)
    if passive and role != "reciprocal" and noun is None:
        # "Stepanakert was shelled by ...": the passive subject receives the act; in a
        # relative clause ("peacekeepers who were killed") the noun it hangs on does.
        objs = _with_conjuncts([verb.head]) if verb.dep_ == "relcl" else _passive_patients(verb)
    if cand.third_party:
        host = subj or n_agents
        between = _pobjs(noun, {"between", "among"}) if noun is not None else []
        between += _pobjs(verb, {"between", "among"})
        return Roles(
            tuple(_resolve(host, index, "host")),
            tuple(_resolve(between, index, "party")),
            third_party=True,
        )
    if role == "reciprocal":
        withs = _pobjs(verb, _RECIPROCAL_PREPS) + n_parties + means_parties(verb)
        if cand.trigger.event_type == "CONSULT":
            sides = _resolve(subj + n_agents + withs + objs, index, "party")
            states = {s.country for s in sides if s.country}
            hosts = [
                h
                for h in _resolve(conveners(verb, noun), index, "host")
                if h.country and h.country not in states
            ]
            if hosts and len(states) >= 2:
                # "Aliyev and Pashinyan met at talks convened by Putin": the convener acts
                # on both sides, as a host does.
                return Roles(tuple(hosts), tuple(sides), third_party=True)
            third = _third_party_with(
                _resolve(subj + n_agents, index, "party"), _resolve(withs, index, "party")
            )
            if third is not None:
                return third
        parties = subj + n_agents + withs + objs
        actors = _resolve(parties, index, "party")
        if cand.trigger.event_type == "CONSULT" and noun is not None:
            # "a summit in Astana": where a meeting was held, not whom it was aimed at
            n_recips = [r for r in n_recips if r not in _pobjs(noun, {"in"})]
        recips = _resolve(_pobjs(verb, {"to", "against"}) + n_recips, index, "recipient")
        return Roles(tuple(actors), tuple(r for r in recips if r not in actors))
    if role == "visit":
        actors = _resolve(subj + n_agents, index, "visitor")
        hosts = objs + _pobjs(verb, {"to", "with"}) + n_recips + n_parties
        recips = _resolve(hosts, index, "host")
        return Roles(tuple(actors), tuple(r for r in recips if r not in actors))
    if role == "host":
        hosts = _resolve(subj + n_agents, index, "host")
        visitors = _resolve(objs + n_parties, index, "visitor")
        if not visitors:
            return Roles(tuple(hosts), ())
        guests = [v for v in visitors if v not in hosts]
        if len({g.country for g in guests}) >= 2:
            # "Putin hosted Aliyev and Pashinyan": a third party acting on both guests.
            return Roles(tuple(hosts), tuple(guests), third_party=True)
        return Roles(tuple(visitors), tuple(h for h in hosts if h not in visitors))
    actors = _resolve(subj + n_agents, index, "actor")
    recip_toks = objs + preps + n_recips + n_parties + object_targets(verb, objs, index)
    if role == "accuse":
        recip_toks = objs + _pobjs(verb, {"against"})
    recips = _resolve(recip_toks, index, "recipient")
    return Roles(tuple(actors), tuple(recips))
