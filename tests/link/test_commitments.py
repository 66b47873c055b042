"""Acts one article reports in two sentences that share a party: several commitments of one
summit are several acts (a second article's report of one of them still joins it), a host
receiving the sides of a meeting already reported is a reception of its own, and one
leader's talks with two different guests are two meetings."""

from __future__ import annotations

from dataclasses import replace

from eventwire.link import LinkIndex
from eventwire.records import ActorRef

from .corpus import ALIYEV, PASHINYAN, RUS, article, event, link


def test_two_commitments_of_one_article_stay_two() -> None:
    # "agreed to stop fighting" (sentence 1); "also agreed to let peacekeepers in" (sentence 2)
    no_force = event("ceasefire-a", 1, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=1)
    commission = event("ceasefire-a", 2, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=2)
    r = link(article("ceasefire-a"), (no_force, commission), LinkIndex())
    assert {e.event_id for e in r.events} == {"ceasefire-a-e1", "ceasefire-a-e2"}


def test_a_stored_commitment_takes_one_sentence_of_a_later_article() -> None:
    index = LinkIndex()
    first = event("ceasefire-a", 1, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=0)
    stored = link(article("ceasefire-a"), (first,), index)
    index.add(stored)
    a = event("ceasefire-b", 1, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=0)
    b = event("ceasefire-b", 2, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=3)
    r = link(article("ceasefire-b"), (a, b), index)
    assert ("ceasefire-b-e1", "ceasefire-a-e1") in r.merged_into
    assert "ceasefire-b-e2" in {e.event_id for e in r.events}
    # the same act of the same type stays one event when it is not a commitment
    talks = event("ceasefire-c", 1, "CONSULT", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=0)
    again = event("ceasefire-c", 2, "CONSULT", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=2)
    r = link(article("ceasefire-c"), (talks, again), LinkIndex())
    assert len(r.events) == 1


def test_a_host_receiving_the_sides_later_is_a_reception_of_its_own() -> None:
    georgia = ActorRef("Irakli Garibashvili", "GEO", "GOV")
    met = event("ceasefire-a", 1, "CONSULT", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=0)
    guests = (ALIYEV, PASHINYAN)
    received = event("ceasefire-a", 2, "CONSULT", (georgia,), guests, "2020-11-10", sentence=3)
    r = link(article("ceasefire-a"), (met, received), LinkIndex())
    assert len(r.events) == 2
    # a host named first, then the sides' talks: one hosted meeting
    talks = replace(met, sources=(replace(met.sources[0], sentence_index=4),))
    r = link(article("ceasefire-a"), (received, talks), LinkIndex())
    assert len(r.events) == 1


def test_one_leaders_talks_with_two_different_guests_are_two_meetings() -> None:
    erdogan = ActorRef("Recep Tayyip Erdogan", "TUR", "GOV")
    with_aliyev = event("ceasefire-a", 1, "CONSULT", (RUS, ALIYEV), (), "2020-11-10", sentence=0)
    with_erdogan = event("ceasefire-a", 2, "CONSULT", (erdogan, RUS), (), "2020-11-10",
                         sentence=3)
    r = link(article("ceasefire-a"), (with_aliyev, with_erdogan), LinkIndex())
    assert len(r.events) == 2
    # a report naming fewer sides of the same meeting joins it
    putin_only = event("ceasefire-a", 3, "CONSULT", (RUS,), (ALIYEV, PASHINYAN), "2020-11-10",
                       sentence=1)
    r = link(article("ceasefire-a"), (putin_only, with_aliyev), LinkIndex())
    assert len(r.events) == 1
