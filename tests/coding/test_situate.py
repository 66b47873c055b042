"""Event dates chosen by situate, on sentences written for these tests (real events)."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.coding import code_events
from eventwire.coding.situate import is_relative
from eventwire.records import Analysis, Event

Build = Callable[..., Analysis]


def of_type(build: Build, text: str, event_type: str, published: str) -> list[Event]:
    events = [e for e in code_events(build(text, published=published))]
    found = [e for e in events if e.event_type == event_type]
    assert found, [(e.event_type, e.event_date) for e in events]
    return found


def test_a_date_of_another_noun_does_not_date_the_event(make_analysis: Build) -> None:
    # "November" is the ceasefire's month; the meeting was on Monday.
    text = (
        "Putin hosted Aliyev and Pashinyan in the Kremlin on Monday for their first "
        "meeting since the November ceasefire."
    )
    dates = {e.event_date for e in of_type(make_analysis, text, "CONSULT", "2021-01-12")}
    assert dates == {"2021-01-11"}


def test_a_when_clause_dates_the_event_it_hangs_from(make_analysis: Build) -> None:
    text = (
        "On Thursday, Aliyev apologised for the deaths of Russian peacekeepers who were "
        "killed when Azerbaijani forces fired on their car on Wednesday."
    )
    events = of_type(make_analysis, text, "ASSAULT", "2023-09-22")
    assert {e.event_date for e in events} == {"2023-09-20"}


def test_a_day_after_counts_back_from_the_main_clause(make_analysis: Build) -> None:
    text = (
        "Armenian forces agreed on Wednesday to a ceasefire, one day after Azerbaijani "
        "forces launched an offensive."
    )
    events = of_type(make_analysis, text, "ASSAULT", "2023-09-21")
    assert [e.event_date for e in events] == ["2023-09-19"]
    assert is_relative(events[0].date_raw)


def test_a_counted_back_date_is_not_the_story_date(make_analysis: Build) -> None:
    text = (
        "Armenian forces agreed on Wednesday to a ceasefire, one day after Azerbaijani "
        "forces launched an offensive. They laid down their arms."
    )
    events = code_events(make_analysis(text, published="2023-09-21"))
    dates = {e.event_type: e.event_date for e in events}
    assert dates.get("ASSAULT") == "2023-09-19"
    later = [e for e in events if e.event_type != "ASSAULT"]
    assert later and all(e.event_date == "2023-09-20" for e in later), [
        (e.event_type, e.event_date) for e in later
    ]


def test_a_date_in_the_agreed_plan_is_not_the_agreement_date(make_analysis: Build) -> None:
    text = (
        "In Sochi on Friday Putin hosted Aliyev and Pashinyan. Aliyev and Pashinyan also "
        "agreed to set up a border commission before the end of the year."
    )
    events = of_type(make_analysis, text, "AGREE", "2021-11-27")
    assert all(e.event_date == "2021-11-26" for e in events), [e.event_date for e in events]


def test_an_undated_event_takes_the_day_of_the_lead(make_analysis: Build) -> None:
    text = (
        "Gas prices rose in Baku yesterday. "
        "Russia signed a deal with Azerbaijan on gas supplies."
    )
    events = code_events(make_analysis(text, published="2024-08-20"))
    assert events and all(e.event_date == "2024-08-19" for e in events), [
        (e.event_type, e.event_date, e.date_raw) for e in events
    ]
    assert all(e.date_estimated for e in events)  # no date of its own: still an estimate


def test_an_undated_past_perfect_is_not_the_day_of_publication(make_analysis: Build) -> None:
    text = "Turkey had hosted earlier rounds of talks between Armenia and Azerbaijan."
    events = code_events(make_analysis(text, published="2022-03-11"))
    assert events and all(e.event_date is None for e in events), [
        (e.event_type, e.event_date) for e in events
    ]


def test_a_date_in_a_clause_describing_a_noun_does_not_date_the_event(
    make_analysis: Build,
) -> None:
    # the sanctions date from 2018; the demand is the article's news, not of 2018
    text = "Tehran demanded relief from the sanctions imposed in 2018."
    events = of_type(make_analysis, text, "REQUEST", "2019-05-10")
    assert [(e.event_date, e.date_estimated) for e in events] == [("2019-05-10", True)]


def test_a_list_of_dates_split_by_the_parser_stays_with_its_verb(make_analysis: Build) -> None:
    text = (
        "In a statement published today, the Kremlin said that Putin and Aliyev confirmed "
        "their intention to implement the agreements signed on November 9, 2020, "
        "January 11, and November 26, 2021."
    )
    events = of_type(make_analysis, text, "AGREE", "2022-09-02")
    assert events[0].event_date == "2022-09-02", events


def test_a_place_in_a_clause_describing_a_noun_is_not_where_the_event_happened() -> None:
    from .coded import with_actor_layer

    text = "Germany urged both armies to respect the ceasefire line drawn in Minsk."
    places = [e.location.name for e in with_actor_layer(text) if e.location is not None]
    assert "Minsk" not in places


def test_a_place_after_the_trigger_is_where_the_event_happened() -> None:
    from .coded import with_actor_layer

    text = "The foreign ministers of Armenia and Azerbaijan met in Minsk on Monday."
    places = [e.location.name for e in with_actor_layer(text) if e.location is not None]
    assert places == ["Minsk"]


def test_an_act_of_another_time_does_not_take_the_main_clause_place() -> None:
    from .coded import with_actor_layer

    text = (
        "The two foreign ministers met in Vienna on Friday, their first talks since Azerbaijan "
        "attacked Armenian border towns last year."
    )
    places = {e.event_type: e.location for e in with_actor_layer(text, "2023-05-12")}
    assert places.get("CONSULT") is not None and places["CONSULT"].name == "Vienna"
    assert "ASSAULT" not in places or places["ASSAULT"] is None
