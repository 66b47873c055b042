"""The event coder: every political event an analysed article reports, coded in PLOVER.

Rule-based on spaCy's dependency parse: triggers from the lexicon (``match``), roles from
the parse (``roles``), modality (``modality``), date and place (``situate``), CAMEO quad
class and contexts (``cameo``). Each candidate that is not coded is logged at debug level
with the reason, so a missing event can be traced.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from typing import Any

from eventwire.coding.cameo import contexts_for, quad_class
from eventwire.coding.candidates import find_candidates
from eventwire.coding.confidence import Evidence, confidence
from eventwire.coding.context import (
    Context,
    borrowed_actors,
    borrowed_date,
    pledge,
    same_occasion,
    speaker,
)
from eventwire.coding.conventions import (
    THIRD_PARTY,
    Coded,
    home_country,
    meeting,
    territory_state,
    visit_host,
)
from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.coding.match import Candidate
from eventwire.coding.modality import (
    ASSERTED,
    FUTURE,
    NEGATED,
    modality,
    refusal,
    ruled_out,
)
from eventwire.coding.occasion import (
    elsewhere,
    listed_dates,
    present,
    sets_occasion,
    subordinate,
)
from eventwire.coding.passing import (
    describing_date,
    earlier_meeting,
    followers,
    habitual,
)
from eventwire.coding.roles import MentionIndex, Roles, find_roles
from eventwire.coding.situate import (
    EventDate,
    choose_date,
    choose_place,
    is_relative,
)
from eventwire.errors import EventwireError
from eventwire.records import (
    ActorRef,
    Analysis,
    Event,
    Place,
    Sentence,
    Source,
)

log = logging.getLogger(__name__)

_THIRD_PARTY_CAMEO = "044"


def event_id(article_id: str, sentence_index: int, token_index: int, event_type: str) -> str:
    """A short id that is the same on every rerun over the same article text."""
    key = f"{article_id}|{sentence_index}|{token_index}|{event_type}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _source(analysis: Analysis, sent: Sentence) -> Source:
    art = analysis.article
    return Source(
        article_id=art.article_id,
        origin=art.origin,
        outlet=art.outlet,
        title=art.title,
        url=art.url,
        publication_date=art.publication_date,
        sentence=sent.text,
        sentence_index=sent.index,
    )


def _place(cand: Candidate, sent: Sentence, analysis: Analysis, target: bool) -> Place | None:
    """The trigger's own "in/at" place or destination, else the sentence's event place."""
    place = choose_place(
        cand.anchor, sent, analysis, visit=cand.trigger.role == "visit", target=target
    )
    if place is None and analysis.doc is not None:
        from eventwire.language.places import event_place

        place = event_place(analysis.doc, sent.start, sent.end, analysis.places)
    if place is not None and _promised_place(cand, sent, analysis, place):
        log.debug("place %r not used: named only in what %r promises", place.name, sent.text)
        return None
    return place


def _promised_place(cand: Candidate, sent: Sentence, analysis: Analysis, place: Place) -> bool:
    """Whether a promise's place is only the destination of what it promises ("invited Putin
    *to visit South Ossetia*"): where the promised act would happen, not where the promise
    was made. A place "in/at/during" that content still tells where the promise was made."""
    if cand.trigger.event_type != "AGREE" or analysis.doc is None:
        return False
    content = {
        t.i
        for tok in {cand.anchor, cand.verb}
        for c in tok.children
        if c.dep_ in ("xcomp", "ccomp", "acl", "advcl", "relcl")
        for t in c.subtree
    }
    named = [m for m in analysis.places if m.place == place and sent.start <= m.start < sent.end]
    if not named:
        return False
    for m in named:
        span = analysis.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        to_verb = (
            root.dep_ == "pobj"
            and str(root.head.lemma_).lower() == "to"
            and root.head.head.pos_ == "VERB"
        )
        if root.i not in content or not (root.dep_ == "dobj" or to_verb):
            return False
    return True


def _named(refs: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """Refs without a nameless one that only repeats a named one's country and sector
    ("Azerbaijani President Ilham Aliyev" found as a title and as a name)."""
    return tuple(
        r
        for r in refs
        if r.name is not None
        or not any(o.name and o.country == r.country and o.sector == r.sector for o in refs)
    )


def _code(
    cand: Candidate,
    sent: Sentence,
    analysis: Analysis,
    index: MentionIndex,
    lexicon: Lexicon,
    context: Context | None = None,
) -> Event | None:
    context = context or Context()
    trig = cand.trigger
    mood, why = modality(cand.verb, cand.noun, lexicon)
    ruled = mood == NEGATED and bool(
        ruled_out(cand.verb) or (cand.noun is not None and ruled_out(cand.noun))
    )
    if mood == NEGATED and (
        cand.refusal or ruled or refusal(cand.verb, trig.event_type, trig.role)
    ):
        log.debug("coded as REJECT: %r in %r: %s", trig.word, sent.text, why)
        trig = replace(lexicon.verbs["reject"], word=trig.word, role=trig.role, strength=0.7)
        mood = ASSERTED
    elif mood == NEGATED:
        # Not coded until the store and the API know the "negated" modality (their filters
        # and story counts take asserted, future and hypothetical only).
        log.debug("not coded: %s %r in %r: %s", trig.event_type, trig.word, sent.text, why)
        return None
    roles = find_roles(cand, index)
    actors = borrowed_actors(cand.verb, roles.actors, index, analysis.actors, context)
    said_by = speaker(cand.verb, index) if ruled else ()
    if said_by:
        # The act is ruled out by whoever says so; its other parties are the ones refused.
        own = {r.country for r in said_by}
        others = tuple(r for r in (*actors, *roles.recipients) if r.country not in own)
        roles = Roles(said_by, others)
        actors = said_by
    if actors != roles.actors:
        roles = Roles(actors, tuple(r for r in roles.recipients if r not in actors))
    if trig.needs_actor_sector and not any(
        a.sector in trig.needs_actor_sector for a in roles.actors
    ):
        log.debug(
            "not coded: %r in %r needs an actor of sector %s",
            trig.word,
            sent.text,
            sorted(trig.needs_actor_sector),
        )
        return None
    roles = Roles(_named(roles.actors), _named(roles.recipients), roles.third_party)
    if mood == FUTURE and trig.event_type != "AGREE":
        promise = pledge(cand.verb, trig.event_type, quad_class(trig.cameo), roles.actors, index)
        if promise is not None:
            # A stated commitment is itself an act, asserted (see the package rule).
            log.debug("coded as %s: %r in %r: %s", promise.kind, trig.word, sent.text, promise.why)
            trig = replace(lexicon.verbs[promise.kind], word=trig.word, strength=trig.strength)
            roles = Roles(promise.actors, roles.recipients, roles.third_party)
            mood = ASSERTED
    mode, cameo = trig.mode, trig.cameo
    if (cand.third_party or roles.third_party) and trig.event_type == "CONSULT":
        mode, cameo = THIRD_PARTY
    date = choose_date(cand.anchor, sent, analysis, cand.verb)
    own_date = not date.date_estimated
    people = tuple(e for e in analysis.entities if e.label == "PERSON")
    roles = earlier_meeting(cand, roles, date, context, analysis.actors, people, sent.start)
    if not present(cand.verb):
        date = borrowed_date(date, context)
    place = _place(cand, sent, analysis, target=quad_class(cameo) == 4)
    if place is not None and elsewhere(cand, date, sent, analysis, place):
        place = None
    if place is None and same_occasion(date, context):
        place = context.place
    coded = Coded(mode, cameo, roles.actors, roles.recipients)
    coded = territory_state(visit_host(meeting(coded, place), place), place)
    mode, cameo = coded.mode, coded.cameo
    roles = Roles(home_country(coded.actors, place), home_country(coded.recipients, place))
    if not roles.actors and not roles.recipients:
        log.debug(
            "weak: %s %r in %r has no actor or recipient", trig.event_type, trig.word, sent.text
        )
    contexts = tuple(dict.fromkeys((*trig.contexts, *contexts_for(cameo))))
    return Event(
        event_id=event_id(
            analysis.article.article_id, sent.index, int(cand.anchor.i), trig.event_type
        ),
        event_type=trig.event_type,
        event_mode=mode,
        contexts=contexts,
        cameo_code=cameo,
        quad_class=quad_class(cameo),
        actors=roles.actors,
        recipients=roles.recipients,
        event_date=date.event_date,
        date_precision=date.date_precision,
        date_raw=date.date_raw,
        date_estimated=date.date_estimated,
        location=place,
        sources=(_source(analysis, sent),),
        story_id=None,
        confidence=confidence(
            Evidence(
                strength=trig.strength,
                actors=len(roles.actors),
                recipients=len(roles.recipients),
                reciprocal=trig.role == "reciprocal",
                own_date=own_date,
                background=subordinate(cand.verb) or cand.background,
                noun=cand.noun is not None and cand.noun.i == cand.verb.i and not cand.background,
                main=cand.verb.dep_ == "ROOT",
            )
        ),
        modality=mood,
    )


def _dedupe(events: list[tuple[int, Event]], own: frozenset[str] = frozenset()) -> list[Event]:
    """One event per real act in a sentence: "met ... and held talks" is one meeting, and an
    event with nobody acting adds nothing to one of the same type that names its actors,
    unless it is an act of its own (``own``: "signed a statement and witnessed *the
    signing* of six documents" by others)."""
    best: dict[tuple[Any, ...], Event] = {}
    for sent_index, ev in events:
        key = (sent_index, ev.event_type, frozenset(ev.actors), ev.event_date)
        kept = best.get(key)
        if kept is None or ev.confidence > kept.confidence:
            if kept is not None:
                log.debug("duplicate of %s dropped: %s", ev.event_id, kept.event_id)
            best[key] = ev
        else:
            log.debug("duplicate of %s dropped: %s", kept.event_id, ev.event_id)
    out = []
    for key, ev in best.items():
        covers = (o for k, o in best.items() if k != key and _covers(o, ev, k, key))
        other = None if ev.event_id in own else next(covers, None)
        if other is not None:
            log.debug(
                "dropped %s: part of %s, the same act in its sentence", ev.event_id, other.event_id
            )
            continue
        out.append(ev)
    return out


def _parties(ev: Event) -> frozenset[str | None]:
    return frozenset(a.country for a in (*ev.actors, *ev.recipients))


def _covers(big: Event, small: Event, big_key: tuple[Any, ...], small_key: tuple[Any, ...]) -> bool:
    """Whether ``big`` reports the act ``small`` reports ("flew in and held a meeting with
    Aliyev"): same sentence and type, compatible dates, and ``small``'s parties among
    ``big``'s (strictly fewer, or as many with less confidence)."""
    if big_key[:2] != small_key[:2]:
        return False
    if big.event_date != small.event_date and not (small.date_estimated or big.date_estimated):
        return False
    small_p, big_p = _parties(small), _parties(big)
    if not small_p <= big_p:
        return False
    return len(small_p) < len(big_p) or (
        small_p == big_p and (small.confidence, small.event_id) < (big.confidence, big.event_id)
    )


def _worth_coding(event: Event, cand: Candidate) -> str | None:
    """Why an event is not worth reporting (None when it is): a verb in a background clause
    with nobody acting or acted on is description ("the fighting in which soldiers were
    killed"), and so is a verb coded by who does it ("the contingent arrived") when that
    subject names nobody. An event noun with nobody named ("the truce took effect") still
    reports an event: measured on the demo and seed gold, dropping those lost more real
    events than it removed extras."""
    if habitual(cand.verb):
        return f"{cand.verb.text!r} states a habit (present tense, how often), not an act"
    if event.actors or event.recipients or cand.noun is not None:
        return None
    if cand.by_subject and event.event_mode == "ceasefire":
        return None  # fighting that stops is a ceasefire in effect, whoever fought
    if subordinate(cand.verb):
        return f"background clause {cand.verb.text!r} with no actor or recipient"
    if cand.by_subject and event.event_type != "PROTEST":
        # A crowd breaking in riots whoever it is: the subject is the act's own kind of actor.
        return f"{cand.verb.text!r} is coded by its subject, which names nobody"
    return None


def code_events(analysis: Analysis) -> tuple[Event, ...]:
    """Every political event the analysed article reports, in text order.

    Needs ``analysis.doc``, the parsed spaCy Doc of ``analysis.article.text``.
    """
    doc = analysis.doc
    if doc is None or not doc.has_annotation("DEP"):
        raise EventwireError(
            "E310",
            f"article {analysis.article.article_id}: the analysis has no dependency parse",
            "build it with eventwire.language.analyze.analyze(article), which keeps the Doc",
        )
    lexicon = load_lexicon()
    index = MentionIndex(analysis.actors)
    coded: list[tuple[int, Event]] = []
    own: set[str] = set()
    context = Context()
    for sent in analysis.sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            log.debug("sentence %d could not be aligned with the parse; skipped", sent.index)
            continue
        done: list[tuple[Candidate, Event]] = []
        for cand in find_candidates(span, lexicon):
            event = _code(cand, sent, analysis, index, lexicon, context)
            if event is None:
                continue
            why = _worth_coding(event, cand)
            if why is not None:
                log.debug("not coded: %s in %r: %s", event.event_type, sent.text, why)
                continue
            coded.append((sent.index, event))
            coded += [(sent.index, e) for e in listed_dates(event, cand, sent, analysis)]
            done.append((cand, event))
            if cand.observed:
                own.add(event.event_id)
            if event.modality == ASSERTED:
                lends = sets_occasion(event, cand) and not describing_date(event, cand)
                context = _advance(context, event, lends)
        coded += [(sent.index, e) for e in followers(done, analysis, sent, index)]
    return tuple(_dedupe(coded, frozenset(own)))


def _advance(context: Context, event: Event, lends_date: bool = True) -> Context:
    """The context after an asserted event: its actors, and its date and place when stated
    and the event sets the occasion (see ``occasion.sets_occasion``)."""
    actors = event.actors or context.actors
    if event.recipients and event.event_type == "CONSULT":
        actors = (*event.actors, *event.recipients)
    meeting = context.meeting
    sides = (*event.actors, *event.recipients)
    if event.event_type == "CONSULT" and len({a.country for a in sides if a.country}) >= 2:
        meeting = sides
    raw = event.date_raw or ""
    if (
        not lends_date
        or event.date_estimated
        or raw.startswith("context:")
        or is_relative(raw)
    ):
        return Context(actors, context.date, context.place, meeting)
    date = EventDate(event.event_date, event.date_precision, event.date_raw, False)
    return Context(actors, date, event.location, meeting)
