"""Named bodies the actor table lacks: "the Ceasefire Violations Committee", "the Third
World Water Forum", "the Association of African Jurists".

Why: a capitalised organisation name whose head is a body noun (committee, forum,
association, ...) and that names no state is, in news, a non-governmental or
international body; PLOVER codes such actors NGO. Without this fallback the sentence
loses its only actor. A body of one state ("the Liberian Peace Council", "the Central
Election Commission") is not one of these: a country word, or a modifier that marks a
state organ, keeps the name out (the table or the demonym rules decide it). Union,
alliance, league and coalition are left out: they name parties as often ("Homeland
Union", "Awami League").
"""

from __future__ import annotations

from typing import Any

from eventwire.actors.countries import country_code, norm
from eventwire.records import ActorRef

#: Head nouns of bodies that are neither a state nor a person.
BODY_NOUNS = frozenset({
    "committee", "forum", "association", "council", "commission", "foundation",
    "federation", "coalition", "network", "society", "organization", "organisation",
    "institute", "watch", "initiative", "conference",
})  # fmt: skip
#: Modifiers that mark a state's own organ ("Central Election Commission", "National
#: Security Council", "State Committee"): those are the government's, not an NGO.
STATE_WORDS = frozenset({
    "state", "national", "central", "government", "governmental", "parliamentary",
    "presidential", "election", "electoral", "security", "federal", "supreme",
    "constitutional", "joint", "intergovernmental", "military", "defence", "defense",
    "revolutionary", "provisional", "transitional", "regional", "city", "municipal",
    "legislative", "executive", "party", "people", "peoples", "islamic", "liberation",
})  # fmt: skip


def unknown_body(span: Any) -> ActorRef | None:
    """An NGO actor for an organisation-shaped name the table does not know, else None."""
    if not any(t.ent_type_ == "ORG" for t in span):
        return None
    words = [t for t in span if t.pos_ != "DET" and not t.is_punct]
    if not words or norm(span.root.text) not in BODY_NOUNS:
        return None
    content = [t for t in words if t.pos_ not in ("ADP", "CCONJ")]
    if len(content) < 2 or not all(t.text[:1].isupper() for t in content):
        return None  # "the committee": a common noun; coreference's business
    if any(norm(t.text) in STATE_WORDS or country_code(t.text) for t in content):
        return None
    name = " ".join(t.text for t in words)
    return ActorRef(name, "NGO", None)
