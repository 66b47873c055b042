"""Recall rules for wordings the coder used to miss (sentences written for these tests about
real events, in our own words): arrivals by plane, signings named by a relative clause,
joint statements, missile launches named as nouns, commitments and invitations, exchanged
agreements, conceded terms, seized towns, blocked corridors, and a government announcing
what it will do."""

from __future__ import annotations

import pytest

from .coded import Build, asserted, countries, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A leader's plane landing or touching down is the arrival of a visit.
        ("Vladimir Putin landed in Baku on Sunday evening.", "CONSULT"),
        ("Vladimir Putin touched down in Baku on Sunday evening.", "CONSULT"),
        # A signing named by a relative clause on the document.
        ("The statement that Pashinyan signed on Monday returns land to Azerbaijan.", "SUPPORT"),
        ("Putin, Aliyev and Pashinyan signed the ceasefire in November 2020.", "SUPPORT"),
        # A joint statement, wherever the sentence names it.
        ("The talks in Sochi ended with a joint statement on Friday.", "SUPPORT"),
        ("In a joint statement, Aliyev and Pashinyan promised not to use force.", "SUPPORT"),
        # Commitments and invitations are promises.
        ("Aliyev reaffirmed a commitment to a peace treaty with Armenia.", "AGREE"),
        ("Putin committed to sending observers to the border.", "AGREE"),
        ("Aliyev extended an invitation to Putin to visit Shusha.", "AGREE"),
        # Agreements exchanged are cooperation.
        ("Russian and Azerbaijani ministers exchanged agreements on transport.", "COOPERATE"),
        # Yielding, seizing and restricting.
        ("Armenian forces accepted the terms of Azerbaijan on Wednesday.", "CONCEDE"),
        ("Azerbaijani forces took the town of Shusha on 8 November 2020.", "COERCE"),
        ("Azerbaijan blocked the Lachin corridor in December 2022.", "COERCE"),
    ],
)
def test_recall_wordings(make_analysis: Build, text: str, expected: str) -> None:
    assert expected in types(make_analysis, text), text


def test_a_missile_launch_named_as_a_noun_is_a_show_of_force(make_analysis: Build) -> None:
    text = "Japan said it tracked the missile from its launch near the coast on Friday."
    assert "MOBILIZE" in types(make_analysis, text)
    # Without a missile in the sentence, a launch is no show of force.
    assert "MOBILIZE" not in types(make_analysis, "Putin attended the launch of a new ship.")


def test_a_joint_statement_named_again_is_not_a_new_signing(make_analysis: Build) -> None:
    text = "Aliyev said the joint statement set out many tasks for both countries."
    assert "SUPPORT" not in types(make_analysis, text)


def test_a_participle_with_no_one_acting_is_description(make_analysis: Build) -> None:
    # "imposed" has no agent: the sanctions are background, not an event of this report.
    text = "Russia wanted the sanctions imposed since 2014 removed in return."
    assert "SANCTION" not in types(make_analysis, text)


def test_signers_in_a_relative_clause_are_its_actors(make_analysis: Build) -> None:
    events = asserted(
        make_analysis, "Fighting stopped under the deal that Putin and Aliyev signed overnight."
    )
    support = [e for e in events if e.event_type == "SUPPORT"]
    assert support and countries(support[0].actors) == ["AZE", "RUS"]


def test_a_government_announcing_its_own_act_commits_itself(make_analysis: Build) -> None:
    events = asserted(make_analysis, "Turkey said on Monday it will support Azerbaijan's bid.")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and countries(agree[0].actors) == ["TUR"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it will not accept the proposal.",  # a refusal
        "Turkey said Armenia will support the bid.",  # a prediction about another
        "Russia said it will be difficult.",  # no act
    ],
)
def test_what_is_no_announced_commitment(make_analysis: Build, text: str) -> None:
    assert "AGREE" not in types(make_analysis, text), text


def test_a_promise_happens_where_it_is_made_not_where_it_leads(make_analysis: Build) -> None:
    events = asserted(make_analysis, "Aliyev extended an invitation to Putin to visit Shusha.")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree
    assert agree[0].location is None or agree[0].location.name != "Shusha"
