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

from eventwire.coding.accidents import accidental
from eventwire.coding.cameo import contexts_for, quad_class
from eventwire.coding.candidates import find_candidates, framed_by
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
from eventwire.coding.dedupe import dedupe
from eventwire.coding.detector.combine import judge, model_candidate
from eventwire.coding.detector.model import Detector, Scores, load_detector
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
from eventwire.coding.parse import word_lemma
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
    other_time_clause,
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
    if place is None and analysis.doc is not None and not other_time_clause(cand.anchor):
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
    lenient: bool = False,
) -> Event | None:
    """The event a candidate codes, or None; ``lenient`` (an act the detector found) skips
    the lexicon's conditions on who may act."""
    context = context or Context()
    negated = False
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
        # On the record as an act that did not happen ("did not meet"), never counted as one.
        log.debug("negated: %s %r in %r: %s", trig.event_type, trig.word, sent.text, why)
        negated, mood = True, ASSERTED
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
    if (
        not lenient
        and trig.needs_actor_sector
        and not any(a.sector in trig.needs_actor_sector for a in roles.actors)
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
        negated=negated,
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
    accident = accidental(event, cand.verb.sent)
    if accident:
        return accident
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


def code_events(analysis: Analysis, detector: Detector | None | bool = True) -> tuple[Event, ...]:
    """Every political event the analysed article reports, in text order.

    Needs ``analysis.doc``, the parsed spaCy Doc of ``analysis.article.text``. ``detector``:
    the learned detector that decides which sentences report which kinds of act
    (``detector.combine``); True loads the shipped one, False or None codes by the rules
    alone (for measuring the rule layer on its own).
    """
    doc = analysis.doc
    if doc is None or not doc.has_annotation("DEP"):
        raise EventwireError(
            "E310",
            f"article {analysis.article.article_id}: the analysis has no dependency parse",
            "build it with eventwire.language.analyze.analyze(article), which keeps the Doc",
        )
    model = load_detector() if detector is True else detector or None
    scores = model.score([s.text for s in analysis.sentences]) if model else None
    coding = _Coding(analysis, load_lexicon())
    for number, sent in enumerate(analysis.sentences):
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            log.debug("sentence %d could not be aligned with the parse; skipped", sent.index)
            continue
        coding.sentence(span, sent, scores[number] if scores and model else None, model)
    return tuple(dedupe(coding.coded, frozenset(coding.own)))


class _Coding:
    """The state of coding one article: what is coded so far and what earlier sentences
    lend to later ones."""

    def __init__(self, analysis: Analysis, lexicon: Lexicon) -> None:
        self.analysis = analysis
        self.lexicon = lexicon
        self.index = MentionIndex(analysis.actors)
        self.coded: list[tuple[int, Event]] = []
        self.own: set[str] = set()
        self.context = Context()

    def sentence(
        self, span: Any, sent: Sentence, scores: Scores | None, model: Detector | None
    ) -> None:
        done: list[tuple[Candidate, Event]] = []
        set_aside: list[Candidate] = []
        floor = model.floor if model else 0.0
        for cand in find_candidates(span, self.lexicon):
            event = _code(cand, sent, self.analysis, self.index, self.lexicon, self.context)
            why = None if event is None else _worth_coding(event, cand)
            if event is None or why is not None:
                if why:
                    log.debug("not coded: %s in %r: %s", cand.trigger.event_type, sent.text, why)
                set_aside.append(cand)
                continue
            p = scores.probabilities.get(event.event_type, 0.0) if scores else 1.0
            if p < floor:
                log.debug(
                    "not coded: detector gives %s P=%.2f in %r", event.event_type, p, sent.text
                )
                continue
            if scores is not None:
                event = replace(event, confidence=round((event.confidence + p) / 2, 3))
            self._keep(cand, event, sent, done)
        if scores is not None and model is not None:
            have = {e.event_type for _, e in done}
            for event_type, p in judge(sorted(have), scores, model.threshold(""), floor).add:
                self._add(span, sent, event_type, p, set_aside, model, done)
        if done:
            self.coded += [
                (sent.index, e)
                for e in followers(
                    [(c, e) for c, e in done if not e.negated], self.analysis, sent, self.index
                )
            ]

    def _add(
        self,
        span: Any,
        sent: Sentence,
        event_type: str,
        p: float,
        set_aside: list[Candidate],
        model: Detector,
        done: list[tuple[Candidate, Event]],
    ) -> None:
        """Code an act the detector found and no rule event has, from the parse."""
        words = model.trigger_words(event_type, self.lexicon)
        cand = model_candidate(span, event_type, p, set_aside, words)
        if cand is None:
            return
        frame = _frame_above(cand.verb, done, self.lexicon)
        if frame is not None:
            log.debug(
                "not coded: detector's %s at %r is the content of %r, coded already",
                event_type,
                cand.verb.text,
                frame.text,
            )
            return
        event = _code(
            cand, sent, self.analysis, self.index, self.lexicon, self.context, lenient=True
        )
        if event is None or habitual(cand.verb) or accidental(event, cand.verb.sent):
            return
        if not (event.actors or event.recipients) and p < model.bare_threshold:
            log.debug(
                "not coded: detector gives %s P=%.2f with nobody named in %r",
                event_type,
                p,
                sent.text,
            )
            return
        event = replace(event, confidence=round(min(p, 0.95), 3))
        if any(e.event_type == event.event_type for _, e in done):
            return  # the parse made it an act the sentence already has (a refusal: REJECT)
        self._keep(cand, event, sent, done)

    def _one_act(
        self, at: int, cand: Candidate, event: Event, done: list[tuple[Candidate, Event]]
    ) -> None:
        """Two triggers of one type anchored on one word tell one act, and its event id (from
        the anchor) is one: the report naming more of its parties stands, else the first."""
        kept = done[at][1]
        if len(event.actors) + len(event.recipients) <= len(kept.actors) + len(kept.recipients):
            log.debug("not coded: %s at %r is the act coded already", event.event_type,
                      cand.verb.text)  # fmt: skip
            return
        done[at] = (cand, event)
        self.coded = [(i, event if e is kept else e) for i, e in self.coded]

    def _keep(
        self, cand: Candidate, event: Event, sent: Sentence, done: list[tuple[Candidate, Event]]
    ) -> None:
        event = _received(cand, event)
        same = [i for i, (_, e) in enumerate(done) if e.event_id == event.event_id]
        if same:  # two triggers of one type on one anchor ("adopted ... agreed to a statement")
            self._one_act(same[0], cand, event, done)
            return
        self.coded.append((sent.index, event))
        done.append((cand, event))
        if event.negated:
            return  # on the record, but it lends nothing: it did not happen
        self.coded += [(sent.index, e) for e in listed_dates(event, cand, sent, self.analysis)]
        if cand.observed:
            self.own.add(event.event_id)
        if event.modality == ASSERTED:
            lends = sets_occasion(event, cand) and not describing_date(event, cand)
            self.context = _advance(self.context, event, lends)


def _frame_above(verb: Any, done: list[tuple[Candidate, Event]], lexicon: Lexicon) -> Any:
    """The frame verb ("offered", "refused", "urged") of an event coded in this sentence
    whose content ``verb`` is, or None: the frame's event codes that content already, as
    the rules do; coded again, "offered to hold talks" would also be talks held. The
    same walk as the rules' (``candidates.framed_by``), so both layers agree on what
    content is."""
    return framed_by(verb, {c.verb.i: c for c, _ in done}, lexicon)


#: Verbs whose subject is given what the act gives: "Pakistan received a package from Riyadh".
_RECEIVING = frozenset({"receive", "get", "obtain", "secure", "accept", "win"})
#: Acts that give something, whose giver is then the "from" side.
_GIVING_TYPES = frozenset({"AID", "SUPPORT"})


def _received(cand: Candidate, event: Event) -> Event:
    """An act of giving told from the receiving end: the subject is the recipient and the
    one named after "from" is who gives, so the two sides are swapped."""
    if event.event_type not in _GIVING_TYPES or word_lemma(cand.verb) not in _RECEIVING:
        return event
    if not any(c.dep_ == "prep" and c.lower_ == "from" for c in cand.verb.subtree):
        return event
    return replace(event, actors=event.recipients, recipients=event.actors)


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
    if not lends_date or event.date_estimated or raw.startswith("context:") or is_relative(raw):
        return Context(actors, context.date, context.place, meeting)
    date = EventDate(event.event_date, event.date_precision, event.date_raw, False)
    return Context(actors, date, event.location, meeting)
