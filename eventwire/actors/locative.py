"""A role noun's country from the place attached to it: "rebels in the Ivory Coast";
or from whom it is loyal to: "forces loyal to President Assad".

Why: news often names a group by its role and its place ("Security forces in Guinea",
"opposition parties in Nepal", "demonstrators in Baghdad", "guerrillas operating in
Macedonia", "activists from the Fatah Party") rather than by a demonym. PLOVER codes such
a group under the state of that place. The place decides only where the role words name
no country themselves, and not for roles that are usually foreigners where they are
(peacekeepers, monitors, diplomats, aid workers), nor for a breakaway region, whose own
groups the resolver codes by its convention.
"""

from __future__ import annotations

from typing import Any

from eventwire.actors.cities import city_actor
from eventwire.actors.countries import CAPITALS, PARTIAL, country_name, norm
from eventwire.actors.resolve import organisation, resolve, singular
from eventwire.language.parse import doc_text
from eventwire.records import ActorRef

#: Prepositions that place a group ("in", "inside"), give its origin ("from"), or name
#: the place it governs ("the government of Kerala", when the table has no such place).
PREPS = frozenset({"in", "inside", "within", "from", "of"})
#: Participles that keep the place the group's own ("operating in", "based in").
PARTICIPLES = frozenset({"operate", "base", "live", "reside"})
#: Nouns that make the proper name after them a place ("the town of Silopi").
PLACE_HEADS = frozenset({
    "town", "city", "village", "province", "region", "district", "state", "county",
    "capital", "port", "enclave", "area",
})  # fmt: skip
#: Roles usually held by outsiders where they are.
FOREIGN_ROLES = frozenset({
    "peacekeeper", "monitor", "observer", "inspector", "envoy", "ambassador", "embassy",
    "diplomat", "mission", "delegation", "contingent", "mediator", "aid", "relief",
    "correspondent", "journalist", "reporter", "tourist", "visitor", "expatriate",
    "consulate", "negotiator", "investigator", "expert", "volunteer", "refugee",
})  # fmt: skip


def foreign_role(span: Any) -> bool:
    """Whether the span's words name a role usually held by outsiders where they are."""
    return bool({singular(norm(t.text)) for t in span} & FOREIGN_ROLES)


def _loyal_to(root: Any) -> list[Any]:
    """Whom a group is loyal to: "forces *loyal to* President Assad" are Syria's."""
    return [
        g
        for adj in root.children
        if adj.dep_ == "amod" and adj.lower_ in ("loyal", "allied")
        for prep in adj.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for g in prep.children
        if g.dep_ == "pobj"
    ]


def _place_objects(root: Any) -> list[tuple[str, Any]]:
    """(preposition, object) of the place phrases attached to a noun, directly or
    through a participle ("militias operating in Ituri")."""
    out = []
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in PREPS:
            out += [(child.lower_, g) for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "acl" and str(child.lemma_).lower() in PARTICIPLES:
            out += _place_objects(child)
    return out


def _state_of(obj: Any, prep: str, date: str | None, context: str) -> str | None:
    """The state a place phrase names: a country or a capital, else a place name the
    gazetteer puts in one country only ("Basra", "Sindh"); after "from", also a national
    organisation ("activists from the Fatah Party")."""
    place = obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text
    key = norm(place).removeprefix("the ")
    if key in PARTIAL or norm(obj.text) in PARTIAL:
        return None
    head = CAPITALS.get(norm(obj.text))
    if head is not None and prep != "of":
        return head  # "Sunni west Baghdad": the head word is a capital
    where = resolve(place, date, context)
    if where is not None and (
        city_actor(place) == where
        or (where.sector == "CVL" and str(obj.lemma_).lower() in PLACE_HEADS)
    ):
        where = None  # a city, region or "the town of X" here is a place: the gazetteer's
    if where is None or where.country is None:
        return _gazetteer_country(obj)  # "Helmand province", "Mosul"
    if country_name(where.country) is None or prep == "of":
        return None
    if where.sector is None or key in CAPITALS:
        return where.country
    if prep == "from" and (where.name is None or organisation(where)):
        return where.country
    return None


def _gazetteer_country(obj: Any) -> str | None:
    """The one country the gazetteer knows a place name in (None when several or none)."""
    from eventwire.language.places import unambiguous_country  # the place layer, lazily

    names = [t for t in obj.subtree if t.pos_ == "PROPN"]
    place_word = str(obj.lemma_).lower() in PLACE_HEADS  # "the town of Silopi"
    if not names or not (place_word or any(t.ent_type_ in ("GPE", "LOC") for t in names)):
        return None  # only a place: "God" is also a Hungarian town
    return unambiguous_country(obj.doc[names[0].i : names[-1].i + 1].text)


def located(span: Any, ref: ActorRef, date: str | None, context: str) -> ActorRef:
    """``ref`` with the country of the place attached to the span's head, where the role
    words name none (see the module docstring); ``ref`` itself otherwise."""
    if ref.name is not None or ref.country is not None or ref.sector is None:
        return ref
    if foreign_role(span):
        return ref
    for obj in _loyal_to(span.root):
        patron = resolve(obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text, date, context)
        if patron is not None and patron.country and country_name(patron.country):
            return ActorRef(None, patron.country, ref.sector)
    for prep, obj in _place_objects(span.root):
        if prep == "of" and not span.start <= obj.left_edge.i < span.end:
            continue  # "of" only inside the mention: "the government of Kerala"
        if prep == "from" and ref.sector in ("MIL", "COP", "UAF"):
            continue  # forces "from" a place are mostly leaving it ("withdrew forces from")
        code = _state_of(obj, prep, date, context)
        if code is not None:
            return ActorRef(None, code, ref.sector)
    return ref


def place_state(obj: Any) -> str | None:
    """The state of a place phrase ("in Cizre", "in the capital, Algiers"): a country,
    a capital or a place the gazetteer puts in one country; None for anything else."""
    code = _state_of(obj, "in", None, doc_text(obj.doc))
    return code

