"""Same-event decisions and merges on hand-coded events from the test reports."""

from __future__ import annotations

from dataclasses import replace

from eventwire.link.merge import merge_events, same_event, why_not_same
from eventwire.records import ActorRef, Place

from .corpus import ALIYEV, ARM, AZE, GANJA, MOSCOW, PASHINYAN, RUS, coded_events, event

BAKU = Place("Baku", "AZE", 40.41, 49.87, 587084)


def test_named_and_unnamed_reports_of_the_ceasefire_are_one_event() -> None:
    a = coded_events("ceasefire-a")[0]  # Putin, Aliyev, Pashinyan sign
    b = coded_events("ceasefire-b")[0]  # Aliyev signs with the Armenian government
    assert same_event(a, b)


def test_different_type_or_actor_is_not_the_same_event() -> None:
    a = coded_events("ganja-a")[0]
    assert not same_event(a, replace(a, event_type="ACCUSE"))
    other = replace(a, actors=(ActorRef("Vladimir Putin", "RUS", "GOV"),), recipients=())
    assert why_not_same(a, other) == "no shared actor"


def test_different_names_of_one_country_do_not_match() -> None:
    a = event("x", 0, "CONSULT", (ALIYEV,), (), "2021-01-11")
    b = event("y", 0, "CONSULT", (ActorRef("Jeyhun Bayramov", "AZE", "GOV"),), (), "2021-01-11")
    assert not same_event(a, b)
    short = event("z", 0, "CONSULT", (ActorRef("Aliyev", None, None),), (), "2021-01-11")
    assert same_event(a, short)


def test_dates_match_at_the_coarser_precision() -> None:
    day = event("x", 0, "ASSAULT", (AZE,), (ARM,), "2022-09-13")
    assert same_event(day, replace(day, event_date="2022-09", date_precision="month"))
    assert same_event(day, replace(day, event_date="2022-W37", date_precision="week"))
    assert same_event(day, replace(day, event_date="2022", date_precision="year"))
    assert not same_event(day, replace(day, event_date="2022-10", date_precision="month"))
    assert not same_event(day, replace(day, event_date="2022-09-12"))
    assert not same_event(day, replace(day, event_date=None))


def test_estimated_date_allows_explicit_dates_up_to_three_days_earlier() -> None:
    explicit = event("x", 0, "ASSAULT", (AZE,), (ARM,), "2022-09-13")
    for published, ok in (
        ("2022-09-13", True),
        ("2022-09-16", True),
        ("2022-09-17", False),
        ("2022-09-12", False),
    ):
        est = replace(explicit, event_date=published, date_estimated=True)
        assert same_event(explicit, est) is ok, published
        assert same_event(est, explicit) is ok, published


def test_places_must_share_a_country() -> None:
    a = coded_events("ganja-a")[0]
    assert same_event(a, replace(a, location=None))
    assert same_event(a, replace(a, location=BAKU))
    assert not same_event(a, replace(a, location=MOSCOW))


def test_merge_keeps_identity_and_takes_the_best_details() -> None:
    stored = replace(
        event("ganja-b", 0, "ASSAULT", (ARM,), (AZE,), "2020-10-11", estimated=True),
        story_id="s-stored",
        confidence=0.4,
        location=Place("Ganja", "AZE", None, None, None, "region"),
    )
    new = event(
        "ganja-a",
        0,
        "ASSAULT",
        (ARM,),
        (AZE,),
        "2020-10-11",
        place=GANJA,
        confidence=0.8,
        sentence=3,
    )
    merged = merge_events(stored, new)
    assert merged.event_id == stored.event_id and merged.story_id == "s-stored"
    assert merged.date_estimated is False and merged.event_date == "2020-10-11"
    assert merged.location == GANJA  # city beats region
    assert merged.confidence == 0.8
    assert [s.article_id for s in merged.sources] == ["ganja-b", "ganja-a"]
    again = merge_events(merged, new)
    assert len(again.sources) == 2  # same article and sentence counted once


def test_merge_prefers_finer_date_and_keeps_known_place() -> None:
    stored = replace(
        event("a", 0, "CONSULT", (RUS,), (PASHINYAN,), "2023-05"),
        date_precision="month",
        location=MOSCOW,
    )
    new = replace(event("b", 0, "CONSULT", (RUS,), (PASHINYAN,), "2023-05-25"), location=None)
    merged = merge_events(stored, new)
    assert merged.event_date == "2023-05-25" and merged.date_precision == "day"
    assert merged.location == MOSCOW


def test_two_cities_of_one_country_need_a_stated_day_in_common() -> None:
    """Moscow in January and Sochi in November 2021, one dated only "2021": two meetings."""
    sochi = Place("Sochi", "RUS", 43.6, 39.73, 491422)
    moscow = event("m", 0, "CONSULT", (ALIYEV, PASHINYAN), (RUS,), "2021-01-11", place=MOSCOW)
    sochi_year = event("s", 0, "CONSULT", (ALIYEV, PASHINYAN), (RUS,), "2021", precision="year",
                       place=sochi)
    assert why_not_same(moscow, sochi_year) == "different cities and no stated day in common"
    # the same day in two cities of one country: one outlet misplaced the signing
    assert same_event(moscow, replace(sochi_year, event_date="2021-01-11", date_precision="day"))


def test_a_region_without_a_country_is_unknown_only_on_one_stated_day() -> None:
    caucasus = Place("South Caucasus", None, None, None, None, "region")
    talks = event("x", 0, "CONSULT", (RUS, ALIYEV), (), "2024-08-19", place=BAKU)
    topic = event("y", 0, "CONSULT", (RUS, ALIYEV), (), "2024-08-19", place=caucasus)
    assert same_event(talks, topic)
    # with only a year the place is much of what tells two meetings apart
    assert not same_event(talks, replace(topic, event_date="2024", date_precision="year"))


def test_one_place_name_read_in_two_countries_is_one_place() -> None:
    geneva = Place("Geneva", "CHE", 46.2, 6.15, None)
    a = event("x", 0, "CONSULT", (RUS,), (ActorRef("Joe Biden", "USA", "GOV"),), "2021-06-16",
              place=geneva)
    b = replace(a, location=replace(geneva, country="USA"))
    assert same_event(a, b)
    assert not same_event(a, replace(a, location=MOSCOW))


def test_a_participants_own_country_as_place_is_not_where_it_happened() -> None:
    istanbul = Place("Istanbul", "TUR", 41.0, 28.98, None)
    russia = Place("Russia", "RUS", None, None, None, "country")
    ukraine = ActorRef(None, "UKR", "GOV")
    signed = event("x", 0, "SUPPORT", (ActorRef(None, "RUS", "GOV"), ukraine), (), "2022-07-22",
                   place=istanbul)
    named_as_place = replace(signed, location=russia)
    assert same_event(signed, named_as_place)
    # a country that is not one of the participants still places the event
    abroad = replace(signed, location=Place("Poland", "POL", None, None, None, "country"))
    assert not same_event(signed, abroad)


def test_a_nameless_stored_report_takes_the_names_of_the_next() -> None:
    nameless = event("x", 0, "MOBILIZE", (), (), "2022-11-18")
    named = event("y", 0, "MOBILIZE", (ActorRef(None, "PRK", "MIL"),), (), "2022-11-18")
    merged = merge_events(nameless, named)
    assert merged.event_id == nameless.event_id
    assert merged.actors == named.actors
    assert merge_events(named, nameless).actors == named.actors


def test_states_credited_with_a_joint_act_match_the_leader_who_signed() -> None:
    russia, azerbaijan = ActorRef("Russia", "RUS", "GOV"), ActorRef("Azerbaijan", "AZE", "GOV")
    by_states = event("x", 0, "SUPPORT", (russia, azerbaijan), (), "2022-02-22", place=MOSCOW)
    by_leader = event("y", 0, "SUPPORT", (ALIYEV,), (), "2022-02-22", place=MOSCOW)
    assert same_event(by_states, by_leader)
    # a state credited alone may be its ministry or army: the names must still match
    alone = event("z", 0, "SUPPORT", (azerbaijan,), (), "2022-02-22", place=MOSCOW)
    assert why_not_same(alone, by_leader) == "no shared actor"


def test_a_region_and_a_city_in_one_article_on_one_day_are_two_acts() -> None:
    caucasus = Place("South Caucasus", None, None, None, None, "region")
    talks = event("x", 0, "CONSULT", (RUS, ALIYEV), (), "2024-08-19", place=BAKU)
    same_article = event("x", 1, "CONSULT", (RUS, ALIYEV), (), "2024-08-19", place=caucasus)
    assert not same_event(talks, same_article)


def test_one_article_naming_a_signing_on_either_side_of_midnight_names_one_signing() -> None:
    putin = ActorRef("Vladimir Putin", "RUS", "GOV")
    tuesday = event("x", 0, "SUPPORT", (putin, ALIYEV, PASHINYAN), (), "2020-11-10")
    monday = replace(tuesday, event_id="x-e1", event_date="2020-11-09")
    assert same_event(tuesday, monday)
    # Not for other acts: the same sides fighting on two days fought twice.
    fight = event("x", 2, "ASSAULT", (AZE, ARM), (), "2020-11-10")
    assert not same_event(fight, replace(fight, event_id="x-e3", event_date="2020-11-09"))
    # Nor for a signing by only some of the parties of the other.
    alone = replace(monday, actors=(putin, ActorRef("Recep Tayyip Erdogan", "TUR", "GOV")))
    assert not same_event(tuesday, alone)


def test_a_stored_match_sharing_more_countries_beats_one_sharing_a_name() -> None:
    from eventwire.link.merge import match_strength

    new = event("x", 0, "SUPPORT", (RUS, AZE, ARM), (), "2020-11", precision="month")
    trilateral = event(
        "y", 0, "SUPPORT", (ActorRef(None, "RUS", "GOV"), ALIYEV, PASHINYAN), (), "2020-11-10"
    )
    bilateral = event(
        "z", 0, "SUPPORT", (RUS, ActorRef("Turkey", "TUR", None)), (), "2020-11-11"
    )
    assert match_strength(trilateral, new) > match_strength(bilateral, new)
