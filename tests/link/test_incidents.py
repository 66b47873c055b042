"""One incident told over several sentences of one article is one event (link/incidents.py)."""

from __future__ import annotations

from eventwire.link import LinkIndex
from eventwire.link.incidents import fits, side_fits
from eventwire.records import ActorRef

from .corpus import AZE, article, event, link

MILITANTS = ActorRef(None, None, "REB")
SOLDIERS = ActorRef(None, "ARM", "MIL")
POLICE = ActorRef(None, "ARM", "COP")
VILLAGERS = ActorRef(None, None, "CVL")
DAY = "2020-10-11"


def test_a_side_naming_no_one_fits_any_side() -> None:
    assert side_fits((), (MILITANTS,)) and side_fits((SOLDIERS,), ())


def test_soldiers_and_police_of_one_state_can_be_the_same_victims() -> None:
    assert side_fits((SOLDIERS,), (POLICE,))


def test_armed_men_and_villagers_are_not_the_same_side() -> None:
    assert not side_fits((MILITANTS,), (VILLAGERS,))


def test_another_state_is_not_the_same_side() -> None:
    assert not side_fits((SOLDIERS,), (AZE,))


def test_the_sentences_of_one_attack_become_one_event() -> None:
    lead = event("ganja-a", 0, "ASSAULT", (MILITANTS,), (SOLDIERS,), DAY, sentence=0)
    dead = event("ganja-a", 1, "ASSAULT", (), (POLICE,), DAY, sentence=2)
    nameless = event("ganja-a", 2, "ASSAULT", (), (), DAY, sentence=3)
    r = link(article("ganja-a"), (lead, dead, nameless), LinkIndex())
    assert len(r.events) == 1
    assert len(r.events[0].sources) == 3


def test_a_retaliation_stays_its_own_event() -> None:
    attack = event("ganja-a", 0, "ASSAULT", (MILITANTS,), (SOLDIERS,), DAY, sentence=0)
    back = event("ganja-a", 1, "ASSAULT", (SOLDIERS,), (MILITANTS,), DAY, sentence=4)
    assert not fits(attack, back)
    r = link(article("ganja-a"), (attack, back), LinkIndex())
    assert len(r.events) == 2


def test_an_attack_recalled_from_another_year_stays_apart() -> None:
    now = event("ganja-a", 0, "ASSAULT", (MILITANTS,), (SOLDIERS,), DAY, sentence=0)
    then = event(
        "ganja-a", 1, "ASSAULT", (MILITANTS,), (SOLDIERS,), "2016-04", precision="month", sentence=5
    )
    r = link(article("ganja-a"), (now, then), LinkIndex())
    assert len(r.events) == 2


def test_an_attack_on_villagers_is_not_the_attack_on_soldiers() -> None:
    post = event("ganja-a", 0, "ASSAULT", (MILITANTS,), (SOLDIERS,), DAY, sentence=0)
    village = event("ganja-a", 1, "ASSAULT", (MILITANTS,), (VILLAGERS,), DAY, sentence=3)
    r = link(article("ganja-a"), (post, village), LinkIndex())
    assert len(r.events) == 2


def test_statements_are_not_incidents() -> None:
    one = event("ganja-a", 0, "ACCUSE", (AZE,), (), DAY, sentence=0)
    two = event("ganja-a", 1, "ACCUSE", (), (), DAY, sentence=3)
    r = link(article("ganja-a"), (one, two), LinkIndex())
    assert len(r.events) == 2


def test_a_nameless_report_joins_the_main_incident() -> None:
    """Two attacks that day; a sentence naming no one goes on telling the one told most."""
    post = event("ganja-a", 0, "ASSAULT", (MILITANTS,), (SOLDIERS,), DAY, sentence=0)
    post2 = event("ganja-a", 1, "ASSAULT", (MILITANTS,), (SOLDIERS,), DAY, sentence=1)
    village = event("ganja-a", 2, "ASSAULT", (MILITANTS,), (VILLAGERS,), DAY, sentence=3)
    nameless = event("ganja-a", 3, "ASSAULT", (), (), DAY, sentence=4)
    r = link(article("ganja-a"), (post, post2, village, nameless), LinkIndex())
    sizes = sorted(len(e.sources) for e in r.events)
    assert sizes == [1, 3]


def test_a_ceasefire_reported_twice_on_one_day_is_one_event() -> None:
    from dataclasses import replace

    one = replace(event("ganja-a", 0, "RETREAT", (), (), DAY, sentence=0), event_mode="ceasefire")
    two = replace(event("ganja-a", 1, "RETREAT", (), (), DAY, sentence=3), event_mode="ceasefire")
    r = link(article("ganja-a"), (one, two), LinkIndex())
    assert r.merged_into == (("ganja-a-e1", "ganja-a-e0"),)


def test_ceasefires_of_two_days_stay_two() -> None:
    from dataclasses import replace

    one = replace(event("ganja-a", 0, "RETREAT", (), (), DAY, sentence=0), event_mode="ceasefire")
    two = replace(event("ganja-a", 1, "RETREAT", (), (), "2020-10-17", sentence=3),
                  event_mode="ceasefire")
    r = link(article("ganja-a"), (one, two), LinkIndex())
    assert len(r.events) == 2
