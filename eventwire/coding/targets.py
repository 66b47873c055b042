"""Recipients (and a few actors) the plain subject/object rules miss, read off the parse.

Each function looks in one more place a news sentence puts whom an act is aimed at: the
complement or purpose of a framing verb, the condition of a threat, a verb joined to the
trigger, a "defiance"/"despite" phrase, the "against/on" phrase of an object that names no
one, and, for restrictions, protests and arrests, the place where they happened.
"""

from __future__ import annotations

from typing import Any

from eventwire.coding.deps import RECIPIENT_PREPS, agents, pobjs, with_conjuncts
from eventwire.coding.match import Candidate, objects_of
from eventwire.records import ActorRef

#: Sectors of armed forces a state sends or deploys.
FORCES = frozenset({"MIL", "COP", "UAF"})
OBJECT_TARGET_PREPS = frozenset({"against", "on", "to", "toward", "towards", "with", "at"})


def complement_targets(verb: Any, request: bool = False) -> list[Any]:
    """Who the complement of a framing verb is about: "agreed to meet *Pashinyan*",
    "threatened to use force against *Armenia*"; for a request, first whoever is asked to
    act ("demanded that *Pashinyan* resign", "said *Sudan* must return")."""
    out: list[Any] = []
    for comp in verb.children:
        purpose = comp.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in comp.children
        )  # "started a hunger strike *to protest* X's failure"
        if purpose and comp.pos_ == "VERB":
            out += with_conjuncts(o for o in objects_of(comp) if o.dep_ != "pobj")
            out += complement_targets(comp)  # "... *to help support* the rights of X"
        if request and comp.dep_ == "ccomp" and comp.pos_ in ("VERB", "AUX"):
            out += with_conjuncts(
                c for c in comp.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
            )
        if comp.dep_ in ("xcomp", "ccomp") and comp.pos_ in ("VERB", "AUX"):
            objs = with_conjuncts(o for o in objects_of(comp) if o.dep_ != "pobj")
            out += objs + pobjs(comp, RECIPIENT_PREPS)
            for obj in objs:
                out += pobjs(obj, {"against", "on", "to", "with"})
    return out


def condition_targets(verb: Any) -> list[Any]:
    """Who a threat is aimed at: the subject of its condition ("threatened to stop talks
    *if the United States* goes ahead", "*unless Baghdad* accepted")."""
    out: list[Any] = []
    for tok in verb.subtree:
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children
        ):
            out += with_conjuncts(
                c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
            )
    return out


def opposed_targets(verb: Any, despite: bool) -> list[Any]:
    """Whom a protest or refusal defies: "in defiance of *Chinese authorities*", "in
    protest against violations *by the security forces*", and for a refusal "despite
    pressure *by the commission*" (the refused party is the one pressing)."""
    out: list[Any] = []
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for head in heads:
        for obj in pobjs(head, {"in"}):
            if str(obj.lemma_).lower() in ("defiance", "protest", "opposition"):
                out += pobjs(obj, {"of", "against", "at", "to"})
        if despite:
            out += pobjs(head, {"despite"})
        else:  # a protest "outside the Russian embassy" is aimed at Russia
            out += pobjs(head, {"outside"})
    return out


def shared_targets(verb: Any) -> list[Any]:
    """ "donated and delivered goods *to X*": the "to" object of a verb joined to the
    trigger that has no subject of its own."""
    out: list[Any] = []
    for conj in verb.conjuncts:
        if conj.i > verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            out += pobjs(conj, {"to"})
    return out


def object_targets(verb: Any, objs: list[Any], index: Any) -> list[Any]:
    """Whom an object or purpose that names no one is aimed at: "threatened further action
    *against Russia*", "imposed sanctions *on the Taliban*", "mobilized reservists for a
    possible war *against Iraq*"."""
    out: list[Any] = []
    for obj in objs + pobjs(verb, {"for"}):
        if not index.phrase_refs(obj):
            out += pobjs(obj, OBJECT_TARGET_PREPS)
    return out


def agentless_passive(cand: Candidate) -> bool:
    verb = cand.verb
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and not agents(verb)


def place_authorities(verb: Any) -> ActorRef | None:
    """Who arrested or expelled someone "in Lebanon" when the report names no one: the
    authorities of that state (a coercive act by an unnamed agent is the state's)."""
    try:
        from eventwire.actors.locative import place_state
    except ImportError:  # the actor layer is optional for the coder
        return None
    for obj in pobjs(verb, {"in"}):
        code = place_state(obj)
        if code is not None:
            return ActorRef(None, code, "GOV")
    return None


def place_people(cand: Candidate) -> ActorRef | None:
    """The people of the place a restriction is imposed in, as its recipient: "imposed a
    curfew *in Cizre*", "suspended aid deliveries *in Baghdad*" (PLOVER codes them as
    civilians of that place's state)."""
    try:
        from eventwire.actors.locative import place_state
    except ImportError:  # the actor layer is optional for the coder
        return None
    heads = [cand.verb, *(o for o in objects_of(cand.verb) if o.dep_ != "pobj")]
    heads += [c for c in cand.verb.children if c.dep_ == "xcomp"]
    heads += [o for c in heads[:] if c.dep_ == "xcomp" for o in objects_of(c)]
    if cand.noun is not None:
        heads.append(cand.noun)
    for head in heads:
        for obj in pobjs(head, {"in", "into"}):
            code = place_state(obj)
            if code is not None:
                return ActorRef(None, code, "CVL")
    return None


def destination(heads: list[Any]) -> ActorRef | None:
    """The state a deployment goes to or is in: "sending troops *to Armenia*", "deployed
    *in Nagorno-Karabakh*" (a breakaway region counts as its parent state's, as PLOVER
    codes it)."""
    try:
        from eventwire.actors.countries import PARTIAL, country_name, norm
        from eventwire.actors.locative import place_state
    except ImportError:  # the actor layer is optional for the coder
        return None
    for head in heads:
        for obj in pobjs(head, {"to", "into", "in"}):
            text = obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text
            region = PARTIAL.get(norm(text).removeprefix("the "))
            code = region[1] if region is not None else place_state(obj)
            if code is not None:
                return ActorRef(country_name(code), code, None)
    return None


#: Nouns naming an attack whose perpetrator the report does not name.
ATTACK_NOUNS = frozenset({
    "bombing", "bomb", "blast", "explosion", "attack", "ambush", "shelling", "strike",
    "airstrike", "rocket", "mortar", "ied",
})  # fmt: skip


def unknown_attackers(verb: Any, subjects: list[Any]) -> ActorRef | None:
    """Unidentified attackers (UAF) of the state where an attack with no named
    perpetrator happened: "a roadside bombing near Samarra killed a soldier" (PLOVER
    codes the unknown attackers by the place)."""
    try:
        from eventwire.actors.locative import place_state
    except ImportError:  # the actor layer is optional for the coder
        return None
    for subj in subjects:
        if str(subj.lemma_).lower() not in ATTACK_NOUNS:
            continue
        for head in (subj, verb):
            for obj in pobjs(head, {"in", "near", "outside"}):
                code = place_state(obj)
                if code is not None:
                    return ActorRef(None, code, "UAF")
    return None


def protest_place(
    cand: Candidate, actors: tuple[ActorRef, ...], recipients: tuple[ActorRef, ...]
) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Where a protest is held: its crowd that names no country is of that state
    ("people blocked roads in Yerevan"), and with no target named it is aimed at that
    state's government."""
    people = place_people(cand)
    if people is None:
        return actors, recipients
    actors = tuple(
        ActorRef(a.name, people.country, a.sector) if a.country is None and a.sector else a
        for a in actors
    )
    return actors, recipients or (ActorRef(None, people.country, "GOV"),)


def deployment(
    cand: Candidate, actors: tuple[ActorRef, ...], recipients: tuple[ActorRef, ...], index: Any
) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Forces sent or deployed are their sender's, not the recipients: "Russia is sending a
    peacekeeping contingent to Karabakh", "Russian peacekeepers have been deployed in
    Karabakh" (the forces' state acts). The destination receives."""
    found_actors = actors
    if not actors and cand.noun is not None:
        actors = tuple(r for r in index.phrase_refs(cand.noun) if r.country and r.sector in FORCES)
    states = {a.country for a in actors}
    own = [r for r in recipients if r.sector in FORCES and r.country in (None, *states)]
    kept = tuple(r for r in recipients if r not in own and r not in actors)
    if not kept and (own or actors != found_actors):
        heads = [cand.verb] + ([cand.noun] if cand.noun is not None else [])
        found = destination(heads)
        kept = (found,) if found is not None and found.country not in states else ()
    return actors, kept
