"""Recall rules for ceasefires, deployments, withdrawals, seizures and launches a sentence
names in passing or by the kind of forces alone (sentences written for these tests about
real events, in our own words)."""

from __future__ import annotations

import pytest

from .coded import Build, asserted, countries, types


@pytest.mark.parametrize(
    "text",
    [
        # A ceasefire whose own relative clause says it began or took effect.
        "Talks opened in Yevlakh a day after the truce that took effect on 20 September.",
        "The fighting in Karabakh ended with a ceasefire which began at noon on Wednesday.",
        # Fighting that stops is a ceasefire in effect, whoever fought.
        "Fighting around Stepanakert stopped on 10 November.",
        # Parsed as a participle on its subject: still the fighting that stopped.
        "Under the deal, all military action ceased from midnight, and both armies stayed put.",
    ],
)
def test_a_ceasefire_taking_effect(make_analysis: Build, text: str) -> None:
    events = asserted(make_analysis, text)
    assert any(e.event_type == "RETREAT" and e.event_mode == "ceasefire" for e in events), text


def test_a_ceasefire_merely_named_does_not_take_effect(make_analysis: Build) -> None:
    text = "Armenia said the truce that Russia proposed was not enough."
    assert "RETREAT" not in types(make_analysis, text)


def test_an_offensive_with_its_own_day_and_author_that_talks_followed(
    make_analysis: Build,
) -> None:
    text = "The talks in Yevlakh followed Tuesday's Azerbaijani offensive in Karabakh."
    assert "ASSAULT" in types(make_analysis, text)


def test_troops_sent_as_peacekeepers_are_aid(make_analysis: Build) -> None:
    text = "Russia said 2,000 of its soldiers were being sent to Karabakh as peacekeepers."
    assert "AID" in types(make_analysis, text)


def test_restoring_sovereignty_over_a_region_seizes_it(make_analysis: Build) -> None:
    text = "Aliyev said Azerbaijan had restored its sovereignty over Karabakh in one day."
    assert "COERCE" in types(make_analysis, text)


def test_forces_named_by_their_kind_are_the_one_state_in_view(make_analysis: Build) -> None:
    text = (
        "Russia has begun to withdraw its peacekeepers from Karabakh. "
        "The first units left their bases on Wednesday."
    )
    retreats = [e for e in asserted(make_analysis, text) if e.event_type == "RETREAT"]
    assert len(retreats) == 2 and countries(retreats[1].actors) == ["RUS"]


def test_a_pronoun_in_a_when_clause_is_the_subject_above(make_analysis: Build) -> None:
    # "it" is the contingent: peacekeepers deploying protect (AID), they do not mobilize.
    text = "The Russian contingent numbered about 2,000 soldiers when it deployed in 2020."
    assert "AID" in types(make_analysis, text)
    assert "MOBILIZE" not in types(make_analysis, text)


def test_a_reported_question_about_a_withdrawal_promises_nothing(make_analysis: Build) -> None:
    text = (
        "Russia has begun to withdraw its peacekeepers from Karabakh. "
        "The Kremlin did not say when the last troops would leave."
    )
    assert "CONCEDE" not in types(make_analysis, text)


def test_an_ordinal_launch_is_a_new_launch(make_analysis: Build) -> None:
    text = "It was the third ballistic missile launch by North Korea this month."
    assert "MOBILIZE" in types(make_analysis, text)
    assert "MOBILIZE" not in types(make_analysis, "Analysts studied the missile launch again.")


def test_leading_a_coalition_against_someone_attacks_them(make_analysis: Build) -> None:
    text = "Turkey has led a military coalition against Kurdish rebels since 2016."
    assert "ASSAULT" in types(make_analysis, text)
    assert "ASSAULT" not in types(make_analysis, "Turkey has led a coalition of donors since 2016.")


def test_the_sides_of_fighting_that_stops_are_the_ceasefires_parties(
    make_analysis: Build,
) -> None:
    text = "The fighting between Armenian forces and Azerbaijani forces stopped at midnight."
    retreat = [e for e in asserted(make_analysis, text) if e.event_type == "RETREAT"]
    assert retreat and countries(retreat[0].actors) == ["ARM", "AZE"]
