"""Issue 4, who acts on whom: roles read off the parse with the real actor layer, on
sentences written for these tests about real events (our own words)."""

from __future__ import annotations

import pytest

from tests.coding.coded import country_set as _countries
from tests.coding.coded import top_event as _top


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the object names no one: its "against"/"on" phrase says whom the act is aimed at
        ("President Joe Biden threatened further action against Russia on Friday.", "USA", "RUS"),
        ("Canada imposed new sanctions on the Taliban in 2021.", "CAN", "AFG"),
        # a demonym of the object names the recipient
        ("Serbia rejected a Croatian proposal on the border on Monday.", "SRB", "HRV"),
        # an organisation inside the object
        ("Hungary endorsed a UN Security Council resolution on Syria on Monday.", "HUN", "UNO"),
        # the subject of a threat's condition
        (
            "Iran threatened to close the Strait of Hormuz if the United States imposed "
            "new sanctions.",
            "IRN",
            "USA",
        ),
        # a restriction with no one named falls on the people of its place
        ("Turkish authorities imposed a curfew in the town of Silopi on Friday.", "TUR", "TUR"),
        ("The Red Cross suspended aid deliveries in Mosul on Wednesday.", "NGO", "IRQ"),
        # whom a protest or a refusal defies
        (
            "Students in Hong Kong marched on Sunday in defiance of Chinese authorities.",
            "HKG",
            "CHN",
        ),
        (
            "Serbia refused to extradite the suspects despite pressure from the European Union.",
            "SRB",
            "EUR",
        ),
        # a capital as the subject of a political verb
        ("Beijing rejected the Japanese protest on Tuesday.", "CHN", "JPN"),
    ],
)
def test_actor_and_recipient(text: str, actor: str, recipient: str) -> None:
    event = _top(text)
    assert actor in _countries(event.actors)
    assert recipient in _countries(event.recipients)


def test_passive_agent_acts_and_the_patient_of_a_place_noun_receives() -> None:
    event = _top(
        "A camp for Rwandan refugees was attacked by Burundian militiamen on Sunday.",
        "1996-07-22",
    )
    assert event.event_type == "ASSAULT"
    assert "BDI" in _countries(event.actors)
    assert "RWA" in _countries(event.recipients)


def test_a_pronoun_subject_of_a_readiness_frame_is_the_speaker() -> None:
    event = _top("Russia says it is willing to withdraw its troops from Kherson.")
    assert "RUS" in _countries(event.actors)


def test_the_issuer_of_a_document_makes_the_demand() -> None:
    event = _top(
        "Opposition groups in Belarus issued a statement demanding that the government "
        "release all political prisoners.",
    )
    assert event.event_type == "REQUEST"
    assert "BLR" in _countries(event.actors)


def test_a_role_in_a_country_acts_for_it() -> None:
    event = _top("Security forces in Guinea detained dozens of protesters on Thursday.")
    assert "GIN" in _countries(event.actors)


def test_an_arrest_by_no_one_named_is_by_the_state_where_it_happened() -> None:
    event = _top("Two French journalists were arrested in Iran on Tuesday.")
    assert event.event_type == "COERCE"
    assert "IRN" in _countries(event.actors)
    assert "FRA" in _countries(event.recipients)


def test_a_protest_with_no_named_target_is_aimed_at_the_government_where_it_is_held() -> None:
    event = _top("Thousands of protesters rallied in Tbilisi on Sunday evening.")
    assert event.event_type == "PROTEST"
    assert [(r.country, r.sector) for r in event.recipients] == [("GEO", "GOV")]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The Turkish government ordered the opposition newspaper to stop printing.",
            "TUR",
            "TUR",
        ),
        (
            "Opposition parties accused Prime Minister Nikol Pashinyan of betraying Karabakh.",
            "ARM",
            "ARM",
        ),
    ],
)
def test_domestic_politics_by_default(text: str, actor: str, recipient: str) -> None:
    event = _top(text, "2020-11-20")
    assert actor in _countries(event.actors)
    assert recipient in _countries(event.recipients)


def test_protesters_at_an_embassy_are_not_the_embassy_state() -> None:
    event = _top("Protesters stormed the Saudi embassy in Tehran on Sunday.", "2016-01-03")
    assert "SAU" not in _countries(event.actors)


def test_subject_of_a_gerund_after_of_or_from(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.coding.roles import subjects

    doc = nlp("Both armies are guilty of violating the truce.")
    verb = next(t for t in doc if t.lower_ == "violating")
    assert [t.lower_ for t in subjects(verb)] == ["armies"]
    doc = nlp("Police stopped the marchers from entering the square.")
    verb = next(t for t in doc if t.lower_ == "entering")
    assert [t.lower_ for t in subjects(verb)] == ["marchers"]
    doc = nlp("By brokering the deal, Moscow has kept Ankara out.")
    verb = next(t for t in doc if t.lower_ == "brokering")
    assert subjects(verb) == []  # an adjunct's subject is left to the context rules


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the forces sent are the sender's own; where they go receives
        ("Turkey is sending a military contingent to Azerbaijan, Erdogan said.", "TUR", "AZE"),
        ("Russian peacekeepers have been deployed in Nagorno-Karabakh since 2020.", "RUS", "AZE"),
        ("Britain mobilised army reservists for a possible war against Iraq.", "GBR", "IRQ"),
    ],
)
def test_deployments(text: str, actor: str, recipient: str) -> None:
    event = _top(text)
    assert actor in _countries(event.actors)
    assert _countries(event.recipients) == {recipient}


def test_a_crowd_is_of_the_place_it_protests_in() -> None:
    event = _top("Thousands of people blocked roads in Hong Kong in defiance of Beijing's rule.")
    assert event.event_type == "PROTEST"
    assert "HKG" in _countries(event.actors)


def test_foreign_groups_are_not_made_domestic() -> None:
    event = _top("Russian police detained two foreign journalists in Moscow on Friday.")
    assert "RUS" not in {r.country for r in event.recipients if r.sector == "JRN"}


def test_a_protest_outside_an_embassy_is_aimed_at_its_state() -> None:
    event = _top("Hundreds of protesters rallied outside the Russian embassy in Tbilisi on Sunday.")
    assert event.event_type == "PROTEST"
    assert "RUS" in _countries(event.recipients)


def test_an_attack_with_no_named_perpetrator_is_by_unknown_attackers_of_its_place() -> None:
    event = _top("A car bomb in Baghdad killed twelve people on Monday.", "2007-03-05")
    assert event.event_type == "ASSAULT"
    assert [(a.country, a.sector) for a in event.actors] == [("IRQ", "UAF")]
