"""The link stage: copies, stories and merged events across articles.

``link`` decides, for one coded article against everything already stored,
whether it is a near-copy of a stored article, which story it belongs to and
which of its events are events already stored. It does not store anything:
the caller persists the ``LinkResult`` and then calls ``index.add(result)``.
Call ``find_copy_of`` first to skip coding articles that are copies.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from eventwire.errors import EventwireError
from eventwire.link.claims import claims_of
from eventwire.link.copies import CopyIndex, signature, text_length
from eventwire.link.dates import day_of, event_span
from eventwire.link.disagreements import story_disagreements
from eventwire.link.facts import is_background, story_facts
from eventwire.link.figures import context_claims, with_context_claims
from eventwire.link.incidents import ONE_A_DAY, retaliation, same_day_one_off, same_incident
from eventwire.link.index import LinkIndex, StoredArticle
from eventwire.link.mentions import re_mention
from eventwire.link.merge import (
    loose_compatible,
    loose_match,
    match_strength,
    merge_events,
    participants,
    same_event,
)
from eventwire.link.profile import Profile, article_profile, with_text_names
from eventwire.link.result import LinkResult
from eventwire.link.stories import features, story_id_for
from eventwire.link.text import article_terms
from eventwire.records import Article, Event

#: How many of an article's earlier events of one kind a new one is compared with.
LOOKBACK = 30
UNIQUE_SPAN_DAYS = 7  # "the same date" for matching by elimination: a day, an estimate, a week
# Commitments come several to one statement and one day ("agreed not to use force", "commits
# them to settle disputes"): a nameless AGREE is not the story's one AGREE of the day.
NOT_UNIQUE_TYPES = frozenset({"AGREE"})

__all__ = [
    "Profile",
    "CopyIndex",
    "LinkIndex",
    "LinkResult",
    "StoredArticle",
    "find_copy_of",
    "link",
    "article_profile",
    "merge_events",
    "same_event",
    "signature",
    "story_id_for",
]


def find_copy_of(article: Article, index: LinkIndex) -> tuple[bytes, int, str | None]:
    """The article's copy signature, its length in words, and the original it copies."""
    sig = signature(article.text)
    length = text_length(article.text)
    match = index.copies.find_copy(sig, length)
    return sig, length, index.root(match) if match else None


def _after_publication(event: Event, publication_date: str | None) -> bool:
    """A reported (asserted) event the coder dated after its own article appeared.

    It cannot have happened then, so the date is a misreading; matching stored
    events on it would fold it into whatever happened on that later day.
    """
    pub = day_of(publication_date)
    span = event_span(event.event_date, False)
    if event.modality != "asserted" or pub is None or span is None or event.date_estimated:
        return False
    return span.first > pub + timedelta(days=1)


def _merge_own_events(
    events: tuple[Event, ...],
    story_id: str,
    index: LinkIndex,
    publication_date: str | None,
    absorbed: tuple[str, ...] = (),
) -> tuple[list[Event], list[tuple[str, str]], list[str]]:
    """Fold each event into the best stored or earlier event of this article it matches.

    Reports merge only within the article's story (with the stories it joins): outside
    it, a matching type, actor and date is a look-alike act (Trump meeting Abe, Trump
    meeting Moon), not another report of this one. An event the article recalls from
    before (``is_background``) may still merge into the older story that reported it, and
    a stored event only ever recalled (``_recalled``) into the story reporting it as news.
    """
    mine = {story_id, *absorbed}
    working: dict[str, Event] = {}
    # This article's events by kind (type, modality, negated), in the order they entered
    # ``working``: two events that share an article are the same only if of one kind
    # (``why_not_same``), so each event is compared with its kind, not with every event
    # of the article (quadratic in a very long article). A merge keeps the kind.
    kinds: dict[tuple[str, str, bool], list[str]] = {}

    def put(event: Event) -> None:
        if event.event_id not in working:
            kinds.setdefault(_kind(event), []).append(event.event_id)
        working[event.event_id] = event

    def of_kind(event_type: str, modality: str, negated: bool) -> list[Event]:
        # The last LOOKBACK of its kind: a report tells again what the article said lately;
        # an article with more acts of one kind than that is a compilation (a 10 MB dump),
        # where comparing with every earlier one made linking quadratic.
        ids = kinds.get((event_type, modality, negated), ())
        return [working[i] for i in ids[-LOOKBACK:]]

    merged_into: list[tuple[str, str]] = []
    reasons: list[str] = []
    for raw in events:
        ev = replace(raw, story_id=raw.story_id or story_id, claims=raw.claims or claims_of(raw))
        if ev.event_id in index.events or ev.event_id in working:
            raise EventwireError(
                "L003",
                f"event id {ev.event_id} is already in use",
                "give every coded event a fresh id (the coder derives it from article id and "
                "position); re-linking an article that is already stored is not supported",
            )
        if _after_publication(ev, publication_date):
            put(ev)
            reasons.append(
                f"event {ev.event_id} dated {ev.event_date}, after its article's "
                f"publication {publication_date}: a misread date, not merged"
            )
            continue
        background = is_background(ev, publication_date)
        options = [
            working.get(s.event_id, s)
            for s in index.merge_candidates(ev)
            if background or _recalled(s) or index.stories.resolve(s.story_id or "") in mine
        ]
        same_kind = of_kind(ev.event_type, ev.modality, ev.negated)
        options += [w for w in same_kind if same_event(w, ev) and w not in options]
        options = [
            o
            for o in options
            if not (_separate_commitments(o, ev) or _reception(o, ev) or retaliation(o, ev))
        ]
        either = [*same_kind, *of_kind(ev.event_type, ev.modality, not ev.negated)]
        if not options and (mention := re_mention(ev, either)) is not None:
            put(merge_events(mention, ev))
            merged_into.append((ev.event_id, mention.event_id))
            reasons.append(
                f"event {ev.event_id} is a re-mention of this article's event "
                f"{mention.event_id}: the only earlier {ev.event_type} it reports"
            )
            continue
        if not options and (incident := same_incident(ev, same_kind)) is not None:
            put(merge_events(incident, ev))
            merged_into.append((ev.event_id, incident.event_id))
            reasons.append(
                f"event {ev.event_id} tells again this article's {ev.event_type} "
                f"{incident.event_id}: one incident, nothing tells them apart"
            )
            continue
        if not options:
            story = (
                [working.get(e.event_id, e) for i in mine for e in index.story_events(i)]
                if ev.event_mode in ONE_A_DAY
                else []
            )
            kept = same_day_one_off(ev, [*story, *same_kind])
            if kept is not None:
                put(merge_events(kept, ev))
                merged_into.append((ev.event_id, kept.event_id))
                reasons.append(
                    f"event {ev.event_id}: the story's {ev.event_mode} of "
                    f"{ev.event_date} is one event ({kept.event_id})"
                )
                continue
            put(ev)
            continue
        target = max(
            options,
            key=lambda o: (match_strength(o, ev), -index.event_order(o.event_id)),
        )
        put(merge_events(target, ev))
        merged_into.append((ev.event_id, target.event_id))
        where = "stored" if target.event_id in index.events else "this article's"
        reasons.append(f"event {ev.event_id} merged into {where} event {target.event_id}")
    return list(working.values()), merged_into, reasons


def _kind(event: Event) -> tuple[str, str, bool]:
    return (event.event_type, event.modality, event.negated)


def _separate_commitments(kept: Event, new: Event) -> bool:
    """Two commitments one article reports in different sentences are two commitments.

    A summit's statement commits its parties to several things, and an article
    reports them one sentence at a time ("agreed not to use force"; "the
    statement also commits them to settle disputes"); same parties and day do
    not make them one. The keyed fields cannot tell the contents apart, so
    within an article the sentence does.
    """
    if new.event_type not in NOT_UNIQUE_TYPES:
        return False
    article = {s.article_id for s in new.sources}
    mine = {s.sentence_index for s in kept.sources if s.article_id in article}
    return bool(mine) and not mine & {s.sentence_index for s in new.sources}


def _reception(kept: Event, new: Event) -> bool:
    """A host receiving the sides of a meeting this article already reported, in a later
    sentence, is an act of its own ("Mirzoyan and Bayramov met in Tbilisi. Garibashvili also
    received the two ministers"): the host is no side of that meeting and acts on its sides.
    A host named with no guests ("Putin, who hosted the talks") is the meeting's host, and
    the guests' talks reported after a hosting ("Michel hosted them. The leaders discussed")
    are that hosting: both still merge."""
    if new.event_type != "CONSULT" or kept.event_type != "CONSULT":
        return False
    article = {s.article_id for s in new.sources}
    mine = {s.sentence_index for s in kept.sources if s.article_id in article}
    if not mine or mine & {s.sentence_index for s in new.sources}:
        return False
    sides = {x.country for x in participants(kept) if x.country}
    hosts = {a.country for a in new.actors if a.country}
    guests = {r.country for r in new.recipients if r.country}
    return bool(hosts - sides) and bool(guests) and guests <= sides and len(sides) > 1


def _recalled(event: Event) -> bool:
    """A stored event every report of which recalls it from before (a background mention):
    the story it sits in is not its own, so a report of it as news may still merge into it."""
    return bool(event.sources) and all(
        is_background(event, s.publication_date) for s in event.sources
    )


def _event_stories(events: tuple[Event, ...], index: LinkIndex, article: Article) -> list[str]:
    """Stories holding a stored event that one of the article's current events matches."""
    found: list[str] = []
    for ev in events:
        if is_background(ev, article.publication_date) or _after_publication(
            ev, article.publication_date
        ):
            continue
        for stored in index.merge_candidates(ev):
            if stored.story_id and stored.story_id not in found:
                found.append(stored.story_id)
    return found


def _vague(event: Event) -> bool:
    """The coder left the event without participants or without a calendar date."""
    return not participants(event) or event_span(event.event_date, event.date_estimated) is None


def _within_a_week(event: Event) -> bool:
    span = event_span(event.event_date, event.date_estimated)
    return span is not None and span.days <= UNIQUE_SPAN_DAYS


def _story_match(ev: Event, pool: list[Event]) -> tuple[Event, str] | None:
    """The story event a new event is a report of, when only the story can tell.

    First by wording (``loose_match``), for a new event without participants or
    date. Failing that, by elimination, for a new event without participants:
    when the story holds exactly one event with participants that
    ``loose_compatible`` accepts, and both are dated to a day or a few days,
    that one is it. Outlets describe a summit's talks or a launch in sentences
    that name no one ("The meeting lasted less than four hours"); inside one
    story, on one date, the single meeting or launch of that type is what such
    a sentence reports. With two or more candidates the sentence cannot say
    which, so nothing is merged. Two nameless reports are not merged with each
    other this way (they agree on nothing but type and date), and a new event
    with participants that the keyed search did not match is not folded into a
    nameless stored one: on both gold corpora that was a different act 6 times
    in 8.
    """
    if _vague(ev):
        scored = [(score, o) for o in pool if (score := loose_match(o, ev)) is not None]
        if scored:
            best = max(scored, key=lambda so: so[0])
            return best[1], f"sentence overlap {best[0]:.2f}"
    if ev.event_type in NOT_UNIQUE_TYPES or not _within_a_week(ev):
        return None
    if participants(ev):
        return None
    # nameless stored reports are reports still to be placed, not other acts: they do not compete
    fitting = [o for o in pool if participants(o) and loose_compatible(o, ev)]
    if len(fitting) != 1 or not _within_a_week(fitting[0]):
        return None
    return fitting[0], "the only event of its type and date in the story"


def _merge_within_story(
    events: list[Event], story_id: str, index: LinkIndex, absorbed: tuple[str, ...] = ()
) -> tuple[list[Event], list[tuple[str, str]], list[str]]:
    """Fold new events that only the story can place into an event of their story.

    Events the coder left without actors or date cannot be found by the keyed
    search (no actor or date to key on), so the story the article joined is
    searched instead (see ``_story_match``).
    """
    # stored events this article already merged into, in their merged form
    updated: dict[str, Event] = {e.event_id: e for e in events if e.event_id in index.events}
    # oldest first, so that among equal wording scores the earliest event wins
    pool_ids = [p.event_id for s in (*absorbed, story_id) for p in index.story_events(s)]
    kept: list[Event] = []
    merged_into: list[tuple[str, str]] = []
    reasons: list[str] = []
    for ev in events:
        found = None
        if ev.event_id not in index.events:
            found = _story_match(ev, [updated.get(i) or index.events[i] for i in pool_ids])
        if found is None:
            kept.append(ev)
            continue
        target, why = found
        updated[target.event_id] = merge_events(target, ev)
        merged_into.append((ev.event_id, target.event_id))
        reasons.append(
            f"event {ev.event_id} merged into stored event {target.event_id} of story "
            f"{story_id}: {why}"
        )
    by_id = {e.event_id: e for e in kept}
    by_id.update(updated)
    return list(by_id.values()), merged_into, reasons


def link(
    article: Article,
    events: tuple[Event, ...],
    index: LinkIndex,
    copy_check: tuple[bytes, int, str | None] | None = None,
    profile: Profile | None = None,
) -> LinkResult:
    """Link one coded article against the index (read-only; see ``LinkIndex.add``).

    ``copy_check`` is ``find_copy_of(article, index)`` if the caller already ran
    it (to skip coding copies); passing it saves hashing the text twice. ``profile``
    (``article_profile`` of the article's analysis) gives story matching its named
    entities and lead vector; without it stories are matched on words and events alone.
    """
    if article.article_id in index.copies:
        raise EventwireError(
            "L002",
            f"article {article.article_id} is already in the link index",
            "skip articles that storage already holds, or rebuild the index without it",
        )
    sig, length, original = copy_check or find_copy_of(article, index)
    if original is not None:
        story = index.stories.story_of(original) or story_id_for(original)
        reasons = [f"near-copy of {original}; story {story} of the original"]
        if events:
            reasons.append(f"{len(events)} coded events not linked: the original's stand")
        return LinkResult(
            article_id=article.article_id,
            signature=sig,
            length=length,
            duplicate_of=original,
            story_id=story,
            events=(),
            merged_into=(),
            reasons=tuple(reasons),
            publication_date=article.publication_date,
        )
    terms = article_terms(article.title, article.text)
    current = [e for e in events if not is_background(e, article.publication_date)]
    extra = context_claims(article.text, current, article.article_id)
    events = tuple(with_context_claims(e, extra.get(e.event_id, ())) for e in events)
    if profile is not None:  # what spaCy's spans miss: the capitalised names of the text
        profile = with_text_names(profile, article.title, article.text)
    f = features(article.article_id, terms, article.publication_date, events, profile)
    story, why, absorbed = index.stories.assign(f, _event_stories(events, index, article))
    merged, merged_into, reasons = _merge_own_events(
        events, story, index, article.publication_date, absorbed
    )
    placed, more_merged, more_reasons = _merge_within_story(merged, story, index, absorbed)
    merged_into += more_merged
    # events of a story this article joins to its own now belong to that story
    placed = [replace(e, story_id=story) if e.story_id in absorbed else e for e in placed]
    # a stored event of another story this article reported (a background mention)
    # keeps the figures of its own story's reports
    touched = sorted({story} | {e.story_id for e in placed if e.story_id} - set(absorbed))
    pool = [e for s in (*touched, *absorbed) for e in index.story_events(s)]
    pool = [replace(e, story_id=story) if e.story_id in absorbed else e for e in pool]
    placed = story_disagreements(placed, pool)
    reasons += more_reasons
    final = tuple(placed)
    return LinkResult(
        article_id=article.article_id,
        signature=sig,
        length=length,
        duplicate_of=None,
        story_id=story,
        events=final,
        merged_into=tuple(merged_into),
        reasons=(why, *reasons),
        terms=terms,
        publication_date=article.publication_date,
        entities=f.entities,
        vector=f.vector,
        merged_stories=absorbed,
        facts=story_facts(article.publication_date, final),
    )
