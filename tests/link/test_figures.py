"""Figures beside events, and figure disagreements across the events of one story.

The articles are from the multi-outlet corpus (``tests/data/stories``); the
events are hand-coded the way the coder codes them, with their real sentences.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

from eventwire.link import LinkIndex
from eventwire.link.claims import claims_of, disagreements
from eventwire.link.figures import context_claims, sentences
from eventwire.records import ActorRef, Article, Claim, Event

from .corpus import event, link

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories" / "articles.jsonl"
RUSSIA = ActorRef(None, "RUS", "GOV")
UKRAINE = ActorRef(None, "UKR", "GOV")
TURKEY = ActorRef("Hulusi Akar", "TUR", "GOV")
UN = ActorRef("Antonio Guterres", "UNO", "IGO")
UAE = ActorRef(None, "ARE", "GOV")
ISRAEL = ActorRef(None, "ISR", "GOV")


@cache
def _rows() -> dict[str, dict[str, str]]:
    rows = (json.loads(line) for line in STORIES.read_text().splitlines() if line.strip())
    return {r["id"]: r for r in rows}


def _article(key: str) -> Article:
    r = _rows()[key]
    return Article(article_id=key, origin=str(STORIES), text=r["text"], title=r["title"],
                   outlet=r["outlet"], publication_date=r["published"])


def _reported(ev: Event, key: str, start: str) -> Event:
    """The event with the article's real sentence beginning ``start`` as its source."""
    sentence = next(s for _, s in sentences(_rows()[key]["text"]) if s.startswith(start))
    return replace(ev, sources=(replace(ev.sources[0], article_id=key, sentence=sentence),))


GRAIN_A = "meridian-dispatch-2022-07-22-grain-deal"
GRAIN_B = "continental-courier-2022-07-22-grain-corridor"
ABRAHAM = "levant-bulletin-2020-09-15-gulf-israel"


def test_a_figure_in_a_sentence_without_an_event_is_claimed_for_the_event_it_follows() -> None:
    signing = _reported(event(ABRAHAM, 0, "SUPPORT", (UAE,), (ISRAEL,), "2020-09-15"),
                        ABRAHAM, "At a ceremony in Washington")
    rockets = _reported(event(ABRAHAM, 1, "ASSAULT", (), (ISRAEL,), "2020-09-15"),
                        ABRAHAM, "Shortly before the ceremony ended")
    got = context_claims(_rows()[ABRAHAM]["text"], [signing, rockets], ABRAHAM)
    # "More than 800 guests attended." follows the signing, in its paragraph
    assert got == {signing.event_id: [Claim("guests", "800", ABRAHAM)]}


def test_figures_an_order_of_magnitude_apart_count_different_things() -> None:
    claims = [Claim("tonnes", "1000000", "a"), Claim("tonnes", "33000000", "b")]
    assert disagreements(claims) == ()  # one cargo and a year of shipments
    claims = [Claim("tonnes", "20000000", "a"), Claim("tonnes", "22000000", "b")]
    assert [d.field for d in disagreements(claims)] == ["tonnes"]


def test_a_date_the_coder_carried_over_from_another_sentence_is_no_claim() -> None:
    ev = event(ABRAHAM, 0, "SUPPORT", (UAE,), (ISRAEL,), "2020-09-15")
    assert "date" in {c.field for c in claims_of(replace(ev, date_raw="on September 15"))}
    assert "date" not in {c.field for c in claims_of(replace(ev, date_raw="context: Tuesday"))}


def test_two_estimates_of_the_grain_are_a_disagreement_of_the_story_even_unmerged() -> None:
    index = LinkIndex()
    first = _reported(event(GRAIN_A, 0, "SUPPORT", (RUSSIA, UKRAINE), (TURKEY, UN), "2022-07-22"),
                      GRAIN_A, "Russia and Ukraine signed")
    a = link(_article(GRAIN_A), (first,), index)
    index.add(a)
    assert not any(e.disagreements for e in a.events)
    # the coder read the second report's signatories as the hosts only: no shared
    # participant with the first, so the two reports stay two events of one story
    second = _reported(event(GRAIN_B, 0, "AGREE", (TURKEY,), (), "2022-07-22"),
                       GRAIN_B, "Russian Defence Minister")
    b = link(_article(GRAIN_B), (second,), index)
    assert b.story_id == a.story_id
    by_id = {e.event_id: e for e in b.events}
    assert set(by_id) == {first.event_id, second.event_id}  # the stored event is stored again
    for ev in by_id.values():
        (d,) = ev.disagreements
        assert d.field == "tonnes"
        assert dict(d.values) == {"20000000": (GRAIN_A,), "22000000": (GRAIN_B,)}
