"""CONSULT recall for meetings a sentence names as nouns in passing (sentences written for
these tests about real events, in our own words): earlier rounds listed by date, a summit
"held" somewhere, the first meeting "since" another, talks counted in days, and a host named
in a relative clause. Each earlier meeting gets its own date and the parties of the article."""

from __future__ import annotations

from eventwire.coding import code_events
from eventwire.records import Event

from .coded import Build, asserted, countries


def _consults(build: Build, text: str, published: str) -> list[Event]:
    events = code_events(build(text, published=published))
    return [e for e in events if e.event_type == "CONSULT" and e.modality == "asserted"]


def test_earlier_rounds_listed_by_date_are_one_meeting_each(make_analysis: Build) -> None:
    text = (
        "Charles Michel hosted Ilham Aliyev and Nikol Pashinyan in Brussels on Wednesday. "
        "It was their fourth meeting in this format, after earlier rounds on December 14, "
        "April 6 and May 22."
    )
    consults = _consults(make_analysis, text, "2022-09-01")
    dates = sorted(e.event_date for e in consults if e.sources[0].sentence_index == 1)
    assert dates == ["2021-12-14", "2022-04-06", "2022-05-22"], consults
    for e in consults:
        assert countries(e.actors + e.recipients) == ["ARM", "AZE", "EUR"], e
    assert len({e.event_id for e in consults}) == len(consults)


def test_rounds_without_a_meeting_are_no_meeting(make_analysis: Build) -> None:
    text = "Azerbaijani forces fired several rounds at Armenian positions on Monday."
    assert not _consults(make_analysis, text, "2022-09-14")
    # a round of sanctions is no meeting, even in a sentence about talks
    text = "Talks stalled after a new round of sanctions in March."
    assert not _consults(make_analysis, text, "2022-09-14")


def test_a_summit_held_earlier_took_place_on_its_own_date(make_analysis: Build) -> None:
    text = (
        "Vladimir Putin met Ilham Aliyev in Sochi on Monday. "
        "Their first summit, held in Moscow in November 2020, ended six weeks of war."
    )
    earlier = [e for e in _consults(make_analysis, text, "2022-10-31") if e.event_date == "2020-11"]
    assert earlier, _consults(make_analysis, text, "2022-10-31")
    assert countries(earlier[0].actors + earlier[0].recipients) == ["AZE", "RUS"]


def test_the_first_meeting_since_a_summit_names_the_summit(make_analysis: Build) -> None:
    text = (
        "Vladimir Putin said on Monday that the border must stay calm, after talks with "
        "Ilham Aliyev in Sochi. It was the leaders' first meeting since a summit in Astana "
        "last October."
    )
    earlier = [e for e in _consults(make_analysis, text, "2023-09-05") if e.event_date == "2022-10"]
    assert earlier
    assert countries(earlier[0].actors) == ["AZE", "RUS"]
    assert not earlier[0].recipients  # Astana is where they met, not whom they met


def test_days_of_talks_between_named_sides_are_talks(make_analysis: Build) -> None:
    text = (
        "The statement was read out in Moscow after three days of talks between Ilham Aliyev "
        "and Nikol Pashinyan."
    )
    consults = _consults(make_analysis, text, "2021-01-12")
    assert consults and countries(consults[0].actors) == ["ARM", "AZE"]


def test_hours_of_talks_already_reported_are_not_a_second_meeting(make_analysis: Build) -> None:
    text = "The two men signed a short statement after about five hours of talks at the hotel."
    assert not _consults(make_analysis, text, "2018-06-12")


def test_a_host_named_by_a_relative_pronoun(make_analysis: Build) -> None:
    events = asserted(
        make_analysis,
        "Vladimir Putin, who hosted the ceremony, also signed the documents as a witness.",
    )
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert consult and countries(consult[0].actors) == ["RUS"]


def test_a_host_receiving_ministers_named_earlier() -> None:
    from eventwire.language.analyze import analyze
    from eventwire.records import Article

    text = (
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
        "Bayramov met in Tbilisi on Saturday. Georgian Prime Minister Irakli Garibashvili also "
        "received the two ministers."
    )
    article = Article(article_id="t", origin="t", text=text, publication_date="2022-07-17")
    events = [e for e in code_events(analyze(article)) if e.sources[0].sentence_index == 1]
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert consult, events
    assert countries(consult[0].actors) == ["GEO"]
    assert countries(consult[0].recipients) == ["ARM", "AZE"]


def test_a_date_from_which_a_visit_ran_is_the_visits(make_analysis: Build) -> None:
    text = (
        "On August 19, Vladimir Putin and Ilham Aliyev held talks in Baku as part of "
        "Putin's visit from August 18."
    )
    talks = _consults(make_analysis, text, "2024-08-20")
    assert "2024-08-19" in {e.event_date for e in talks}, talks


def test_rounds_of_talks_hosted_between_two_sides(make_analysis: Build) -> None:
    text = "Russia had hosted several rounds of talks between Armenia and Azerbaijan in 2021."
    consults = _consults(make_analysis, text, "2022-09-01")
    assert consults and consults[0].event_mode == "third-party", consults
    assert countries(consults[0].actors) == ["RUS"]
    assert countries(consults[0].recipients) == ["ARM", "AZE"]


def test_a_relative_clause_reached_through_since_does_not_lend_its_noun(
    make_analysis: Build,
) -> None:
    text = (
        "Azerbaijan is a route for trade with Turkey, which has grown since Western sanctions "
        "were imposed on Russia."
    )
    sanction = [e for e in asserted(make_analysis, text) if e.event_type == "SANCTION"]
    assert sanction and "TUR" not in countries(sanction[0].actors), sanction
