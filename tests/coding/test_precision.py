"""Wordings that name no event of their own (issue 4, article precision).

Sentences written for these tests about real events; each pairs a non-event with the event
the same verb does report, so that a rule dropping both would fail.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.coding import code_events
from eventwire.records import Analysis

Build = Callable[..., Analysis]


def types(make_analysis: Build, text: str) -> list[str]:
    return [e.event_type for e in code_events(make_analysis(text)) if not e.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Armenian farmers warned that the grain stores in Gyumri were already full.",
        "Seoul warned that the new missile had the range to reach Guam.",
    ],
)
def test_warning_of_a_fact_is_no_threat(make_analysis: Build, text: str) -> None:
    assert "THREATEN" not in types(make_analysis, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that it would strike back at Israel if attacked.",
        "Azerbaijan warned Armenia that it will respond to any provocation.",
    ],
)
def test_warning_of_a_harm_is_a_threat(make_analysis: Build, text: str) -> None:
    assert "THREATEN" in types(make_analysis, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Black Sea deal was meant to release grain held in Ukrainian ports.", "RETREAT"),
        ("Baku said its operation was aimed at disarming the Karabakh Armenian units.", "RETREAT"),
    ],
)
def test_stated_aim_is_no_act(make_analysis: Build, text: str, absent: str) -> None:
    assert absent not in types(make_analysis, text)


def test_release_done_is_coded(make_analysis: Build) -> None:
    text = "Azerbaijan released five Armenian soldiers on Tuesday."
    assert "RETREAT" in types(make_analysis, text)


def asserted(make_analysis: Build, text: str) -> list[str]:
    return [e.event_type for e in code_events(make_analysis(text)) if e.modality == "asserted"]


def test_announced_own_plan_is_a_commitment(make_analysis: Build) -> None:
    """Announcing one's own plan to act commits oneself (PLOVER AGREE), as "said it will"."""
    text = "Armenia and Turkey announced their plan to restore diplomatic relations in 2022."
    assert asserted(make_analysis, text) == ["AGREE"]


def test_plan_content_is_not_done(make_analysis: Build) -> None:
    """The content of a plan nobody in the sentence announced is not yet an act."""
    text = "Under the plan to restore relations, Armenia and Turkey named special envoys."
    assert "SUPPORT" not in asserted(make_analysis, text)


def test_thanks_said_to_the_listener_is_a_courtesy_not_an_event(make_analysis: Build) -> None:
    # an interview transcript's courtesies, then the reported thanks of a named leader
    assert types(make_analysis, "Thank you.") == []
    assert types(make_analysis, "So thank you again for this chance to talk.") == []
    assert types(make_analysis, "Pashinyan thanked Macron for his support.") == ["SUPPORT"]


def test_help_the_crowd_hopes_for_is_no_commitment_of_the_helpers(make_analysis: Build) -> None:
    text = ("Hundreds of families waited at the Lachin checkpoint, hoping to be evacuated "
            "by Russian peacekeepers.")
    events = code_events(make_analysis(text))
    assert [(e.event_type, e.modality) for e in events if e.event_type in ("AID", "AGREE")] == [
        ("AID", "future")
    ]
    # a donor's own announced aid is its commitment (AGREE)
    assert types(make_analysis, "Russia will send humanitarian aid to Armenia.") == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name given, then a phone call on a day, a call on someone, a call for talks
        ("The convoy reached Khankendi, the city that Armenians call Stepanakert.", []),
        ("Putin called Aliyev on Monday.", ["CONSULT"]),
        ("The EU called on Baku on Monday to reopen the Lachin road.", ["REQUEST"]),
        ("Turkey called for talks between Kyiv and Moscow.", ["REQUEST"]),
        ("Moscow called off the talks with Tokyo.", ["SANCTION"]),
        # naming an act with a word of condemnation criticises it; a friendly name does not
        ("Seoul called the launch a grave provocation.", ["ACCUSE"]),
        ("Kyiv called the shelling of the plant an act of terrorism.", ["ACCUSE"]),
        ("Erdogan called Putin a dear friend.", []),
    ],
)
def test_what_a_call_is(make_analysis: Build, text: str, expected: list[str]) -> None:
    assert types(make_analysis, text) == expected


def test_an_act_done_without_is_not_done(make_analysis: Build) -> None:
    text = "The two leaders left Hanoi without signing any document."
    assert "SUPPORT" not in types(make_analysis, text)
    assert "SUPPORT" in types(make_analysis, "The two leaders signed a document in Hanoi.")


def test_speaking_to_reporters_consults_no_one(make_analysis: Build) -> None:
    text = "Speaking to reporters in Sochi, Erdogan said the grain deal could be revived."
    assert "CONSULT" not in types(make_analysis, text)
    assert types(make_analysis, "Erdogan spoke with Putin in Sochi on Monday.") == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        # A courtesy to whoever is spoken to is no praise of a party.
        "Thank you again for coming to Baku.",
        # An act done "without" is not done.
        "Pashinyan left the Brussels talks without signing any document.",
    ],
)
def test_courtesies_and_acts_not_done_are_no_support(make_analysis: Build, text: str) -> None:
    assert "SUPPORT" not in types(make_analysis, text)


def test_what_an_act_is_done_so_that_is_only_its_aim(make_analysis: Build) -> None:
    aim = "Russia sent a convoy to the border so that the detainees are released by Azerbaijan."
    freed = [e.modality for e in code_events(make_analysis(aim)) if e.event_type == "RETREAT"]
    assert freed == ["hypothetical"]
    done = "Azerbaijan released the detainees after Russia sent a convoy to the border."
    assert "RETREAT" in types(make_analysis, done)
