"""Actor mentions in a spaCy Doc: maximal spans, their actors, and in-article coreference.

Candidates are noun chunks (extended over "of the X" and ", Name" appositions) and the
PERSON/ORG/GPE/NORP/FAC entities no chunk covers. Each candidate is one cached
dictionary lookup (``resolve``), so cost grows with the text, not with the table. The
actor table overrides the NER label: "Aliyev" tagged ORG is still Ilham Aliyev.

Coreference stays inside the article (rules in coref.py): "the two presidents",
"the leaders" -> the people named earlier, one mention each; "his Azerbaijani
counterpart" -> the Azerbaijani holder of the same office; "its peacekeepers" -> the
state named last; a bare surname -> the full name seen earlier in the article.
"""

from __future__ import annotations

from typing import Any

from eventwire.actors.bodies import unknown_body
from eventwire.actors.cities import city_actor
from eventwire.actors.coordination import conjoined_states
from eventwire.actors.coref import (
    LastState,
    Named,
    People,
    counterpart,
    group_members,
    group_size,
    owner_state,
    person_office,
    possessor_state,
)
from eventwire.actors.countries import CAPITALS, PARTIAL, country_code, norm
from eventwire.actors.fuzzy import near_country, near_person
from eventwire.actors.locative import foreign_role, located
from eventwire.actors.offices import office_in
from eventwire.actors.resolve import resolve, singular
from eventwire.actors.table import ORG_WORDS, load_table
from eventwire.language.parse import doc_text, ents_starting, ents_within
from eventwire.records import ActorMention, ActorRef

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
#: Prepositions after which a country or capital is where something happened, not who.
PLACE_PREPS = {"in", "at", "inside", "near", "across", "throughout", "within", "around", "into"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PRONOUNS = {"PRON"}
JUNK_SECTORS = {"UNK", "NON", "JNK"}
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
#: Seats of power are the government wherever they act; cities only as a subject.
SEATS = {"kremlin", "the kremlin", "white house", "the white house", "downing street"}
#: Heads naming a place, not who acts: "the town of Yevlakh" is a place (the place layer's).
PLACE_NOUNS = frozenset({
    "town", "city", "village", "settlement", "region", "district", "province", "area",
    "territory", "border", "line", "life", "situation", "capital",
})  # fmt: skip
NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


def _role_root(span: Any) -> bool:
    """Whether the chunk's head is a role noun ("president", "ministers"), the only heads
    that may grow over "of X" or ", Name": "the eve of Putin" is not a role."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ == "PERSON":
        return False
    agents = load_table().agents
    key = norm(root.text)
    sector = agents.get(key) or agents.get(singular(key))
    return sector is not None and sector not in JUNK_SECTORS and key not in PLACE_NOUNS


def _extend(span: Any) -> Any:
    """Grow a role chunk over "of (the) X" and a following ", Name" apposition."""
    doc = span.doc
    end = span.end
    if not _role_root(span):
        return span
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        j = end + 1
        while j < len(doc) and doc[j].pos_ not in ("CCONJ", "PUNCT", "ADP", "VERB", "AUX") and (
            doc[j].pos_ in ("DET", "PROPN") or doc[j].ent_type_
        ):
            j += 1
        if j > end + 1 and any(t.pos_ == "PROPN" for t in doc[end + 1 : j]):
            end = j
    if (
        end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].ent_type_ == "PERSON"
        and doc[span.start].ent_type_ != "PERSON"
    ):
        j = end + 1
        while j < len(doc) and doc[j].ent_type_ == "PERSON":
            j += 1
        if country_code(doc[end + 1 : j].text) is None:
            end = j
    return doc[span.start : end]


def _over_name(span: Any) -> Any:
    """Grow a chunk to the end of a name the parser cut: "the Democratic People's Republic"
    + "of Korea" is one organisation or state name when NER says so."""
    for ent in ents_starting(span.doc, span.start, span.end):  # not all of doc.ents
        inside = span.start <= ent.start < span.end < ent.end
        if inside and ent.label_ in ("ORG", "GPE") and span.doc[span.end].lower_ == "of":
            return span.doc[span.start : ent.end]
    return span


def _trim(span: Any) -> Any:
    """Drop leading and trailing whitespace tokens, so offsets cover words only."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


def _candidates(doc: Any) -> list[Any]:
    spans = []
    taken: set[int] = set()
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ in PRONOUNS or chunk.root.ent_type_ in NOT_ACTORS:
            continue
        span = _trim(_over_name(_extend(chunk)))
        if not len(span):
            continue
        breaks = [t.i for t in span if "\n" in t.text]
        if breaks:  # a headline run into the first sentence
            span = doc[breaks[-1] + 1 : span.end]
            if not len(span):
                continue
        if taken & set(range(span.start, span.end)):
            continue
        spans.append(span)
        taken.update(range(span.start, span.end))
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS and not taken & set(range(ent.start, ent.end)):
            ent = _trim(ent)
            if not len(ent):
                continue
            spans.append(ent)
            taken.update(range(ent.start, ent.end))
    return sorted(spans, key=lambda s: s.start)


def _is_place(span: Any) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS


def _person_text(span: Any) -> str | None:
    names = [t for t in span if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if not names:
        return None
    return span.doc[names[0].i : names[-1].i + 1].text


def _names_actor(tok: Any) -> bool:
    """Whether a head token can itself be an actor: a name, a country or demonym, a role."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAMED_LABELS:
        return True
    key = norm(tok.text)
    if key in PLACE_NOUNS or country_code(tok.text):
        return key not in PLACE_NOUNS
    agents = load_table().agents
    prev = norm(tok.doc[tok.i - 1].text) + " " if tok.i else ""
    sector = (
        agents.get(key)
        or agents.get(singular(key))
        or agents.get(prev + key)
        or agents.get(prev + singular(key))  # "army officers"
    )
    if sector == "UNK":  # "opposition groups", "Muslim groups": the modifier says who
        return any(_role_word(c) for c in tok.children if c.dep_ in ("compound", "amod"))
    return sector is not None and sector not in JUNK_SECTORS


def _role_word(tok: Any) -> bool:
    """Whether a modifier is a role word with a sector, or a country word."""
    agents = load_table().agents
    key = norm(tok.text)
    sector = agents.get(key) or agents.get(singular(key))
    return bool(country_code(tok.text)) or (sector is not None and sector not in JUNK_SECTORS)


def _actor_parts(span: Any) -> list[Any]:
    """The parts of a candidate that may name an actor, best first (empty when none can).

    The head decides: "Russia's backing", "the eve of ...", "civilian life" and "Russian
    grain" are not actors, though a possessor ("Russia"), a country word ("Russian") or
    an organisation ("a U.N. Security Council resolution", "al-Qaeda's terror network")
    inside them is one, so that part is kept (the coder reads modifiers of a noun).
    """
    if _names_actor(span.root):
        return [span]
    doc = span.doc
    parts = []
    for tok in span:
        if tok.dep_ == "poss" and tok.head.i == span.root.i:
            sub = [t.i for t in tok.subtree if span.start <= t.i < span.end and t.dep_ != "case"]
            if sub:
                parts.append(_trim(doc[min(sub) : max(sub) + 1]))
    for ent in ents_within(span):  # span.ents walks every entity of the Doc
        if ent.label_ in ("GPE", "NORP", "ORG") and ent.root.head.i == span.root.i:
            parts.append(ent)
    return parts


def _is_person(name: str, span: Any) -> bool:
    """Whether a resolved name is a person (a possible antecedent), not an organisation."""
    if _person_text(span) is not None:
        return True
    words = norm(name).split()
    return 2 <= len(words) <= 4 and not ORG_WORDS & set(words)


def find_actors(doc: Any, date: str | None = None) -> tuple[ActorMention, ...]:
    """Maximal actor mentions with character offsets into ``doc.text``, in text order.

    A group reference to several people ("the two leaders", "the leaders") yields one
    mention per person, all with the same offsets.
    """
    table = load_table()
    out: list[ActorMention] = []
    seen = People()
    last_state = LastState()
    starts = [s.start for s in doc.sents]  # once: group nouns look back a few sentences
    context = doc_text(doc)  # one string object: the caches below key on it
    for candidate in _candidates(doc):
        owned = owner_state(candidate, seen)
        if owned is not None:
            start, end = candidate.start_char, candidate.end_char
            out.append(ActorMention(candidate.text, start, end, owned))
            continue
        found = _first_actor(_actor_parts(candidate), seen, date, context)
        if found is None:
            continue  # not an actor: its head names a thing, an act or a place
        span, ref = found
        text = span.text
        keys = [norm(t.text) for t in span]
        key = norm(text).removeprefix("the ")
        is_seat = key in CAPITALS and key not in SEATS
        ref = located(span, ref, date, context)
        # a bare country, capital or region is an actor only where it acts
        place_like = ref.name is None and ref.sector is None or is_seat or norm(text) in PARTIAL
        if place_like and (_is_place(span) or (is_seat and span.root.dep_ not in SUBJECT_DEPS)):
            continue
        if _city_not_acting(span, ref):
            continue  # "near the town of Gori": a city is an actor only as a subject
        if ref.name is None and ref.country is None and _titles_a_name(span):
            continue  # "Presidents Vladimir Putin and Ilham Aliyev": the names carry it
        states = conjoined_states(span, ref, date, context)
        if states:  # "Latvian and Estonian officials": one mention per state
            out += [ActorMention(text, span.start_char, span.end_char, r) for r in states]
            continue
        group = group_size(span, keys) if ref.name is None and ref.country is None else None
        members = group_members(span, *group, seen, starts) if group else []
        if members:
            for item in members:
                out.append(ActorMention(text, span.start_char, span.end_char, item.ref))
            continue
        if ref.name is None:
            ref = (
                counterpart(span, ref, keys, seen, date)
                or _unlisted_person(span, ref, date, context)
            )
            ref = possessor_state(keys, ref, last_state.after(out))
        elif ref.country is None and ref.name not in table.rows:
            ref = _unlisted_person(span, ref, date, context)  # a titled name: maybe one misspelt
        name = ref.name if ref.sector is not None else None
        office = person_office(ref, keys, date) if name else office_in(keys)
        if ref.sector == "GOV" and office:
            seen.note_office(ref.country, office)
        if name and (name in table.rows or _person_text(span)) and _is_person(name, span):
            last = norm(name).split()[-1]
            seen.add(Named(ref, last, office, span.sent.start, span.start, span.end))
        out.append(ActorMention(text, span.start_char, span.end_char, ref))
    return tuple(out)


def _first_actor(
    parts: list[Any], seen: People, date: str | None, context: str
) -> tuple[Any, ActorRef] | None:
    """The first part that resolves to an actor, with its actor."""
    for span in parts:
        ref = _breakaway(span, resolve(span.text, date, context), date, context)
        if ref is None or (ref.sector == "CVL" and city_actor(span.text) == ref):
            ref = _surname(span, seen) or ref  # a name given before wins over a town
        person = _person_text(span) if ref is None else None
        if person is not None and person == span.text:
            ref = near_person(person, date, context)
        if ref is None and len(span) == 1 and span.root.pos_ == "PROPN":
            fixed = near_country(span.text)  # "Ethopia": a state misspelt by one letter
            ref = resolve(fixed, date, context) if fixed is not None else None
        if person is None and (ref is None or ref.name is None and ref.country is None):
            # "the Union of Balkan Lawyers": a body's role noun keeps its sector
            body = unknown_body(span)
            sector = ref.sector if ref is not None else None
            ref = ref if body is None else ActorRef(body.name, body.country, sector)
        if ref is not None and not (ref.country is None and ref.sector in JUNK_SECTORS):
            return span, ref
    return None


def _city_not_acting(span: Any, ref: ActorRef) -> bool:
    """Whether a city or region that resolve() made an actor ("Sydney", CVL) is here only a
    place or a name: it acts only as the subject of a verb, and never where NER reads a
    person (so neither "talks in Sydney" nor a person called Sydney)."""
    if ref.sector != "CVL" or ref.name is None or city_actor(span.text) != ref:
        return False
    return span.root.dep_ not in SUBJECT_DEPS or span.root.ent_type_ == "PERSON"


def _titles_a_name(span: Any) -> bool:
    """Whether a bare role word is the title of the names right after it."""
    nxt = span.end
    return nxt < len(span.doc) and span.doc[nxt].ent_type_ == "PERSON" and len(span) == 1


def _breakaway(
    span: Any, ref: ActorRef | None, date: str | None, context: str
) -> ActorRef | None:
    """ "Ethnic Armenian forces in Karabakh": the region after the noun makes them its own
    group (AZE REB), which resolve() decides once it sees the region's name."""
    if ref is None or ref.name is not None or (ref.country is None and ref.sector is None):
        return ref
    if ref.country is None and foreign_role(span):
        return ref  # "peacekeepers in Karabakh" are not the region's own forces
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "from"):
            for obj in child.children:
                place = span.doc[obj.left_edge.i : obj.right_edge.i + 1].text
                if obj.dep_ == "pobj" and norm(place).removeprefix("the ") in PARTIAL:
                    return resolve(f"{span.text} in {place}", date, context) or ref
    return ref


def _unlisted_person(span: Any, ref: ActorRef, date: str | None, context: str) -> ActorRef:
    """A named person the table lacks keeps the name NER found, with the role's codes;
    a name one letter off a table person's is that person ("President Laurent Gbago")."""
    name = _person_text(span)
    if not name or country_code(name) or norm(name) in PARTIAL:
        return ref  # "Azerbaijani officials": NER's PERSON there is a demonym
    near = near_person(name, date, context)  # not span.doc.text: a new string per call
    if near is not None and near.country and ref.country in (None, near.country):
        return ActorRef(near.name, near.country, ref.sector or near.sector)
    if ref.sector is not None and name != span.text:
        return ActorRef(name, ref.country, ref.sector)
    return ref


def _surname(span: Any, seen: People) -> ActorRef | None:
    """A bare surname (or "Mr. X") of someone named earlier in the article."""
    keys = [norm(t.text) for t in span if t.pos_ == "PROPN"]
    if not keys:
        return None
    item = seen.by_surname(keys[-1])
    if item is None and len(keys) == 1:
        item = seen.by_family_name(keys[0])  # "Xi" for Xi Jinping, "Yoon" for Yoon Suk Yeol
    return item.ref if item is not None else None
