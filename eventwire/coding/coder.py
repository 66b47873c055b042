"""The event coder: every political event an analysed article reports, coded in PLOVER.

Rule-based on spaCy's dependency parse: triggers from the lexicon (``match``), roles from
the parse (``roles``), modality (``modality``), date and place (``situate``), CAMEO quad
class and contexts (``cameo``). Each candidate that is not coded is logged at debug level
with the reason, so a missing event can be traced.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from eventwire.coding.cameo import contexts_for, quad_class
from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.coding.match import Candidate, find_candidates
from eventwire.coding.modality import NEGATED, modality
from eventwire.coding.roles import MentionIndex, Roles, find_roles, subjects
from eventwire.coding.situate import EventDate, choose_date, choose_place
from eventwire.errors import EventwireError
from eventwire.records import ActorRef, Analysis, Event, Sentence, Source

log = logging.getLogger(__name__)

_THIRD_PARTY_CAMEO = "044"


def event_id(article_id: str, sentence_index: int, token_index: int, event_type: str) -> str:
    """A short id that is the same on every rerun over the same article text."""
    key = f"{article_id}|{sentence_index}|{token_index}|{event_type}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_SUBORDINATE = frozenset({"relcl", "advcl", "acl", "pcomp", "csubj"})


def subordinate(tok: Any) -> bool:
    """Whether a trigger sits in a background clause ("where 28 people were killed",
    "after troops shelled ..."), which a report rarely headlines."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in _SUBORDINATE:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def confidence(
    strength: float, roles: Roles, reciprocal: bool, date: EventDate, background: bool = False
) -> float:
    """Evidence for the event, in [0, 1]: trigger strength, roles found, explicit date, and
    whether the trigger is the sentence's main clause.

    Uncalibrated: a later stage fits these weights on gold data.
    """
    score = 0.55 * strength - (0.15 if background else 0.0)
    if roles.actors:
        score += 0.25
    if roles.recipients or (reciprocal and len(roles.actors) > 1):
        score += 0.1
    if not date.date_estimated:
        score += 0.1
    return round(min(1.0, max(0.0, score)), 3)


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


_PRONOUNS = frozenset({"he", "she", "they", "we"})


def _pronoun_subject(cand: Candidate) -> bool:
    return any(t.pos_ == "PRON" and t.lower_ in _PRONOUNS for t in subjects(cand.verb))


def _code(
    cand: Candidate,
    sent: Sentence,
    analysis: Analysis,
    index: MentionIndex,
    lexicon: Lexicon,
    previous: tuple[ActorRef, ...] = (),
) -> Event | None:
    trig = cand.trigger
    mood, why = modality(cand.verb, cand.noun, lexicon)
    if mood == NEGATED:
        log.debug("not coded: %s %r in %r: %s", trig.event_type, trig.word, sent.text, why)
        return None
    roles = find_roles(cand, index)
    if not roles.actors and previous and _pronoun_subject(cand):
        # "Putin and Aliyev met. They signed ...": a pronoun subject continues the last actors.
        roles = Roles(previous, tuple(r for r in roles.recipients if r not in previous))
    if not roles.actors and not roles.recipients:
        log.debug(
            "weak: %s %r in %r has no actor or recipient", trig.event_type, trig.word, sent.text
        )
    mode, cameo = trig.mode, trig.cameo
    if cand.third_party and trig.event_type == "CONSULT":
        mode, cameo = "third-party", _THIRD_PARTY_CAMEO
    contexts = tuple(dict.fromkeys((*trig.contexts, *contexts_for(cameo))))
    date = choose_date(cand.verb, sent, analysis)
    place = choose_place(
        cand.verb, sent, analysis, visit=trig.role == "visit", target=quad_class(cameo) == 4
    )
    reciprocal = trig.role == "reciprocal"
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
            trig.strength, roles, reciprocal, date, background=subordinate(cand.verb)
        ),
        modality=mood,
    )


def _dedupe(events: list[tuple[int, Event]]) -> list[Event]:
    """One event per (sentence, type, actors, date): "met ... and held talks" is one meeting."""
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
    return list(best.values())


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
    previous: tuple[ActorRef, ...] = ()
    for sent in analysis.sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            log.debug("sentence %d could not be aligned with the parse; skipped", sent.index)
            continue
        for cand in find_candidates(span, lexicon):
            event = _code(cand, sent, analysis, index, lexicon, previous)
            if event is not None:
                coded.append((sent.index, event))
                previous = event.actors or previous
    return tuple(_dedupe(coded))
