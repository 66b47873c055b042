"""Actor mentions in a spaCy Doc: maximal spans, their actors, and in-article coreference.

Candidates are noun chunks (extended over "of the X" and ", Name" appositions) and the
PERSON/ORG/GPE/NORP/FAC entities no chunk covers. Each candidate is one cached
dictionary lookup (``resolve``), so cost grows with the text, not with the table. The
actor table overrides the NER label: "Aliyev" tagged ORG is still Ilham Aliyev.

Coreference stays inside the article and is deliberately simple:
"the two presidents/leaders" -> the two people last named; "his Azerbaijani
counterpart" / "the Russian leader" -> the last named person of that country in
government; a bare surname -> the full name seen earlier in the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwire.actors.countries import CAPITALS, PARTIAL, norm
from eventwire.actors.resolve import resolve
from eventwire.actors.table import load_table
from eventwire.records import ActorMention, ActorRef

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
#: Prepositions after which a country or capital is where something happened, not who.
PLACE_PREPS = {"in", "at", "inside", "near", "across", "throughout", "within", "around", "into"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PLURAL_LEADERS = {"presidents", "leaders", "ministers", "counterparts", "premiers", "sides"}
PAIR_WORDS = {"two", "both"}
#: Singular heads that name one office-holder ("the Russian leader"), unlike "ministry".
PERSON_ROLES = {"leader", "president", "minister", "counterpart", "premier", "chancellor"}
PRONOUNS = {"PRON"}
JUNK_SECTORS = {"UNK", "NON", "JNK"}
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
#: Seats of power are the government wherever they act; cities only as a subject.
SEATS = {"kremlin", "the kremlin", "white house", "the white house", "downing street"}


@dataclass(frozen=True)
class _Seen:
    ref: ActorRef
    last: str


def _extend(span: Any) -> Any:
    """Grow a role chunk over "of (the) X" and a following ", Name" apposition."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and span.root.pos_ in ("NOUN", "PROPN"):
        j = end + 1
        while j < len(doc) and (doc[j].pos_ in ("DET", "PROPN") or doc[j].ent_type_):
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
        end = j
    return doc[span.start : end]


def _candidates(doc: Any) -> list[Any]:
    spans = []
    taken: set[int] = set()
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ in PRONOUNS or chunk.root.ent_type_ in NOT_ACTORS:
            continue
        span = _extend(chunk)
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


def find_actors(doc: Any, date: str | None = None) -> tuple[ActorMention, ...]:
    """Maximal actor mentions with character offsets into ``doc.text``, in text order.

    A plural reference to two people ("the two leaders") yields one mention per
    person, both with the same offsets.
    """
    table = load_table()
    out: list[ActorMention] = []
    seen: list[_Seen] = []
    context = doc.text
    for span in _candidates(doc):
        text = span.text
        keys = [norm(t.text) for t in span]
        ref = resolve(text, date, context)
        key = norm(text).removeprefix("the ")
        is_seat = key in CAPITALS and key not in SEATS
        if ref is None:
            ref = _surname(span, seen)
        if ref is None or (ref.country is None and ref.sector in JUNK_SECTORS):
            continue
        # a bare country, capital or region is an actor only where it acts
        place_like = ref.name is None and ref.sector is None or is_seat or norm(text) in PARTIAL
        if place_like and (_is_place(span) or (is_seat and span.root.dep_ not in SUBJECT_DEPS)):
            continue
        plural = span.root.lower_ in PLURAL_LEADERS and PAIR_WORDS & set(keys)
        if plural and len(seen) >= 2:
            pair = _last_two(seen)
            for item in pair:
                out.append(ActorMention(text, span.start_char, span.end_char, item.ref))
            continue
        if ref.name is None:
            ref = _antecedent(span, ref, keys, seen) or _unlisted_person(span, ref)
        if ref.name and ref.sector is not None:
            person = ref.name in table.rows or _person_text(span) is not None
            if person:
                seen.append(_Seen(ref, norm(ref.name).split()[-1]))
        out.append(ActorMention(text, span.start_char, span.end_char, ref))
    return tuple(out)


def _last_two(seen: list[_Seen]) -> list[_Seen]:
    pair: list[_Seen] = []
    for item in reversed(seen):
        if all(p.ref.name != item.ref.name for p in pair):
            pair.append(item)
        if len(pair) == 2:
            break
    return list(reversed(pair))


def _antecedent(span: Any, ref: ActorRef, keys: list[str], seen: list[_Seen]) -> ActorRef | None:
    """Map "his Azerbaijani counterpart", "the Russian leader" to the last such person named."""
    if ref.country is None or ref.sector != "GOV" or span.root.lower_ not in PERSON_ROLES:
        return None
    definite = keys[0] in ("the", "his", "her", "their") or "counterpart" in keys
    if not definite:
        return None
    for item in reversed(seen):
        if item.ref.country == ref.country and item.ref.sector == "GOV":
            return item.ref
    return None


def _unlisted_person(span: Any, ref: ActorRef) -> ActorRef:
    """A named person the table lacks keeps the name NER found, with the role's codes."""
    name = _person_text(span)
    if name and ref.sector is not None and name != span.text:
        return ActorRef(name, ref.country, ref.sector)
    return ref


def _surname(span: Any, seen: list[_Seen]) -> ActorRef | None:
    """A bare surname (or "Mr. X") of someone named earlier in the article."""
    keys = [norm(t.text) for t in span if t.pos_ == "PROPN"]
    if not keys:
        return None
    for item in reversed(seen):
        if keys[-1] == item.last:
            return item.ref
    return None
