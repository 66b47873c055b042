"""Recall rules for events a sentence names in passing (sentences written for these tests
about real events, in our own words): an offensive launched under a name its author gave it,
fighting or an offensive that an event followed, commitments in a signed text, and a demand
that is met (no meeting)."""

from __future__ import annotations

import pytest

from .coded import Build, asserted, countries, types


@pytest.mark.parametrize(
    "text",
    [
        # The object named by "what it called": an attack under its author's name.
        "On 19 September 2023 Azerbaijan launched what it called local anti-terrorist measures.",
        "In February 2022 Russia launched what it called a special military operation.",
        # An earlier attack that the clause's event followed took place.
        "The Sochi meeting followed fighting on the Armenian-Azerbaijani border in September.",
        "The Yevlakh talks followed a one-day Azerbaijani offensive in Karabakh.",
        "Peace talks resumed after heavy shelling of Stepanakert in 2020.",
        # Fighting that begins is fighting.
        "The fighting began on Tuesday morning near Shusha.",
    ],
)
def test_attacks_named_in_passing(make_analysis: Build, text: str) -> None:
    assert "ASSAULT" in types(make_analysis, text), text


def test_an_attack_in_passing_is_not_the_sentences_main_act(make_analysis: Build) -> None:
    events = asserted(
        make_analysis, "Azerbaijan closed the Lachin road after an attack on its soldiers in 2023."
    )
    coerce = [e for e in events if e.event_type == "COERCE"]
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert coerce and assault
    assert coerce[0].confidence > assault[0].confidence


def test_an_event_referred_back_to_is_not_reported_again(make_analysis: Build) -> None:
    # "after the talks": the talks were already reported; the sentence reports the signing.
    text = "After the talks, Putin and Aliyev signed a declaration in Moscow."
    assert "CONSULT" not in types(make_analysis, text)


def test_fighting_that_stops_is_a_ceasefire_not_fighting(make_analysis: Build) -> None:
    text = "The fighting between Armenian forces and Azerbaijani forces stopped at midnight."
    assert "ASSAULT" not in types(make_analysis, text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Aliyev signed a declaration that commits both countries to consult each other.",
        "Putin, Aliyev and Pashinyan signed a statement pledging steps to calm the border.",
    ],
)
def test_a_signed_text_that_commits_its_signatories(make_analysis: Build, text: str) -> None:
    events = asserted(make_analysis, text)
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree, text
    assert "RUS" in countries(agree[0].actors) and "AZE" in countries(agree[0].actors)
    assert "SUPPORT" in [e.event_type for e in events]


def test_a_text_that_binds_no_one_is_no_commitment(make_analysis: Build) -> None:
    text = "Putin and Aliyev signed a declaration that the parliament later criticised."
    assert "AGREE" not in types(make_analysis, text)


def test_meeting_a_demand_is_no_meeting(make_analysis: Build) -> None:
    text = "Putin said Russia would not return until the West met its demands."
    assert "CONSULT" not in types(make_analysis, text)
    assert "CONSULT" in types(make_analysis, "Putin met Aliyev in Sochi on Monday.")


def test_a_text_binds_the_parties_its_object_names(make_analysis: Build) -> None:
    text = (
        "Aliyev and Putin signed a declaration in Moscow on Tuesday. "
        "The declaration commits both countries to refrain from hostile acts."
    )
    events = asserted(make_analysis, text)
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and countries(agree[0].actors) == ["AZE", "RUS"]


def test_crowds_breaking_in_riot_even_unnamed(make_analysis: Build) -> None:
    text = "In Yerevan, angry crowds broke into the parliament building overnight."
    assert "PROTEST" in types(make_analysis, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia quit the grain deal on 17 July 2023.",
        "The Kremlin tore up the grain deal in July 2023.",
    ],
)
def test_quitting_a_deal_is_withdrawal(make_analysis: Build, text: str) -> None:
    # PLOVER SANCTION, withdraw: "a country withdraws itself from ... a treaty".
    events = asserted(make_analysis, text)
    assert [(e.event_type, e.event_mode) for e in events] == [("SANCTION", "withdraw")], text


def test_leaving_a_summit_is_no_withdrawal(make_analysis: Build) -> None:
    assert "SANCTION" not in types(make_analysis, "Putin left the summit in Sochi early.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An offer or a stated willingness to withdraw is AGREE ("offer ... or otherwise
        # indicate willingness"); a promise of the withdrawal is a concession (CONCEDE).
        ("Russia said it is willing to withdraw its troops from Karabakh.", "AGREE"),
        ("Russia offered to withdraw its troops from Karabakh.", "AGREE"),
        ("Russia promised to withdraw its troops from Karabakh.", "CONCEDE"),
    ],
)
def test_an_offer_to_withdraw_is_willingness_a_promise_a_concession(
    make_analysis: Build, text: str, expected: str
) -> None:
    assert types(make_analysis, text) == [expected], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Peacekeepers arriving, or placed by a deal, is protection provided (CAMEO 074).
        ("The first Russian peacekeepers began arriving in Karabakh on 10 November.", "AID"),
        ("The deal places Russian peacekeepers along the front line in Karabakh.", "AID"),
        # Documents signed on cooperation in a field are material cooperation.
        ("Russian and Azerbaijani officials signed documents on cooperation.", "COOPERATE"),
    ],
)
def test_arrivals_placements_and_cooperation_documents(
    make_analysis: Build, text: str, expected: str
) -> None:
    assert expected in types(make_analysis, text), text


def test_stated_readiness_is_willingness(make_analysis: Build) -> None:
    text = "Aliyev told reporters he was ready to begin work on a treaty."
    events = asserted(make_analysis, text)
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and countries(agree[0].actors) == ["AZE"]
    assert "AGREE" not in types(make_analysis, "Armenia is not ready to begin work on a treaty.")
