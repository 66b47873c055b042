"""Who meets whom: parties reached by phone, talks a third party convened, role nouns
the agent table lacked (sentences written for these tests about real events)."""

from __future__ import annotations

from tests.coding.coded import country_set as _countries
from tests.coding.coded import top_event as _top
from tests.coding.coded import with_actor_layer


def test_the_party_reached_by_phone_is_among_the_actors() -> None:
    event = _top("French President Emmanuel Macron spoke by phone with Turkish President Recep "
                 "Tayyip Erdogan on Sunday about the war in Ukraine.")
    assert event.event_type == "CONSULT"
    assert {"FRA", "TUR"} <= _countries(event.actors)


def test_the_convener_of_talks_acts_on_both_sides() -> None:
    event = _top("Ilham Aliyev and Nikol Pashinyan met in Sochi on Monday at talks convened by "
                 "Russian President Vladimir Putin.")
    assert _countries(event.actors) == {"RUS"}
    assert _countries(event.recipients) == {"ARM", "AZE"}


def test_a_host_of_one_side_s_own_country_is_no_third_party() -> None:
    event = _top("Armenian diplomats met President Joe Biden at a dinner hosted by the "
                 "Armenian ambassador in Washington.")
    # the host is of the diplomats' own state: he convenes no talks between two sides
    assert _countries(event.actors) == {"ARM"}
    assert _countries(event.recipients) == {"USA"}


def test_candidates_of_the_opposition_receive_a_threat() -> None:
    event = _top("President Yoweri Museveni threatened to bar Ugandan opposition candidates "
                 "from the 2021 election.")
    assert _countries(event.actors) == {"UGA"}
    assert _countries(event.recipients) == {"UGA"}
    assert {r.sector for r in event.recipients} == {"OPP"}


def test_opposition_parties_are_no_back_reference_to_the_leaders_named_before() -> None:
    text = (
        "Ilham Aliyev and Nikol Pashinyan met in Brussels on Monday. "
        "Opposition parties protested against the talks on Tuesday."
    )
    events = with_actor_layer(text)
    protest = [e for e in events if e.event_type == "PROTEST"]
    assert protest
    assert all(r.name is None and r.sector == "PTY" for r in protest[0].actors)


def test_a_judge_naming_no_state_is_of_the_officials_state() -> None:
    event = _top("Judge Maria Servini opened an inquiry against 12 Argentine government "
                 "officials on Tuesday.")
    assert _countries(event.actors) == {"ARG"}


def test_a_former_leader_naming_no_state_is_of_the_court_s_state() -> None:
    event = _top("A Peruvian judge ordered former president Martin Vizcarra to appear for "
                 "questioning on Monday.", "2023-05-01")
    assert _countries(event.recipients) == {"PER"}


def test_the_subject_of_resorted_to_acts_in_the_gerund() -> None:
    event = _top("Iranian students resorted to throwing eggs during protests against the "
                 "British embassy in Tehran on Sunday.")
    assert _countries(event.actors) == {"IRN"}
