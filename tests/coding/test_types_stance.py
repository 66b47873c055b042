"""Stances toward an act (PLOVER manual): a stated readiness, an act ruled out, a future
cooperative act.

Sentences written for these tests about real events of the South Caucasus and Russia.
"""

from __future__ import annotations

import pytest

from eventwire.coding import code_events
from eventwire.records import Event

from .coded import Build, countries, types


def top(build: Build, text: str) -> Event:
    """The event a one-event reading of the sentence picks: the most confident."""
    return max(code_events(build(text)), key=lambda e: e.confidence)


@pytest.mark.parametrize(
    "text",
    [
        # PLOVER AGREE: "offer ... or otherwise indicate willingness": being prepared to ease
        # a ban or release people is a readiness, not yet the concession.
        "Pashinyan said he is prepared to lift the ban on opposition rallies.",
        "Aliyev said Azerbaijan is prepared to release the Armenian detainees.",
    ],
)
def test_a_stated_readiness_is_agree(make_analysis: Build, text: str) -> None:
    assert types(make_analysis, text) == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia ruled out talks with Azerbaijan in Moscow.",
        "The Kremlin said that lifting the sanctions on Turkey was out of the question.",
        "Aliyev said a withdrawal of Azerbaijani forces from the border was out of the question.",
        "The Kremlin said a meeting between Putin and Pashinyan is off the table.",
    ],
)
def test_an_act_ruled_out_is_refused(make_analysis: Build, text: str) -> None:
    assert types(make_analysis, text) == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        # Ruling out a hypothesis refuses nothing.
        "Armenian police ruled out foul play in the death of the journalist.",
        "Russia ruled out that the drone was Russian.",
    ],
)
def test_a_hypothesis_ruled_out_is_no_refusal(make_analysis: Build, text: str) -> None:
    assert "REJECT" not in types(make_analysis, text)


def test_who_rules_an_act_out_is_the_actor(make_analysis: Build) -> None:
    text = "The Kremlin said a meeting between Putin and Pashinyan is off the table."
    event = top(make_analysis, text)
    assert countries(event.actors) == ["RUS"]
    assert countries(event.recipients) == ["ARM"]


def test_an_act_not_ruled_out_is_only_possible(make_analysis: Build) -> None:
    text = "The Kremlin said lifting the sanctions on Turkey was not out of the question."
    assert "REJECT" not in types(make_analysis, text)
    assert types(make_analysis, text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # CAMEO 113 "rally opposition against" (PLOVER ACCUSE): a call on others to unite
        # against a party disapproves of that party; it asks nothing of those called on.
        ("Aliyev called on Azerbaijanis to unite and rally against Armenia.", "ARM"),
        ("Putin called on Russians to stand against Turkey.", "TUR"),
    ],
)
def test_a_call_to_rally_against_a_party_accuses_it(
    make_analysis: Build, text: str, target: str
) -> None:
    event = top(make_analysis, text)
    assert types(make_analysis, text) == ["ACCUSE"]
    assert countries(event.recipients) == [target]


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev called on Armenia to sign the peace treaty.",
        # Uniting against a phenomenon rallies against no party.
        "Putin called on the world to unite against terrorism.",
    ],
)
def test_a_call_to_act_is_still_a_request(make_analysis: Build, text: str) -> None:
    assert types(make_analysis, text) == ["REQUEST"]


def test_a_stated_arming_against_a_party_threatens_it(make_analysis: Build) -> None:
    text = "Armenian forces claim to be building drones to use against Azerbaijan."
    event = top(make_analysis, text)
    assert event.event_type == "THREATEN"
    assert countries(event.recipients) == ["AZE"]


def test_a_reported_arming_is_no_threat(make_analysis: Build) -> None:
    # Only the actor's own statement is a verbal threat; the reporter's reading is not.
    text = "Armenian forces are building drones to use against Azerbaijan."
    assert "THREATEN" not in types(make_analysis, text)


@pytest.mark.parametrize(
    "text",
    [
        # PLOVER PROTEST: "other collective actions carried out as protests".
        "Armenian opposition parties began collecting signatures against the border deal.",
        "Opposition activists in Yerevan launched a petition against Pashinyan.",
    ],
)
def test_a_signature_drive_is_protest(make_analysis: Build, text: str) -> None:
    assert "PROTEST" in types(make_analysis, text)


def test_a_state_of_emergency_is_named_by_its_kind(make_analysis: Build) -> None:
    # "state of emergency": the kind of state is what the pattern reads (PLOVER COERCE,
    # martial-law mode; lifting it is CONCEDE).
    event = top(make_analysis, "Armenia declared a state of emergency in Yerevan.")
    assert (event.event_type, event.event_mode) == ("COERCE", "martial-law")
    assert types(make_analysis, "Armenia lifted the state of emergency in Yerevan.") == ["CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        # PLOVER THREATEN: promising a harm (CAMEO 13x) is a threat, not a willingness to
        # cooperate.
        "Aliyev vowed to attack Armenian positions near Lachin.",
        "Russia pledged to impose sanctions on Turkey.",
    ],
)
def test_a_vowed_harm_is_a_threat(make_analysis: Build, text: str) -> None:
    assert types(make_analysis, text) == ["THREATEN"]


def test_a_readiness_to_ask_is_no_threat(make_analysis: Build) -> None:
    events = code_events(make_analysis("Pashinyan said he is ready to ask Russia for help."))
    assert [(e.event_type, e.modality) for e in events] == [("REQUEST", "future")]


def test_signatures_to_get_on_the_ballot_are_no_protest(make_analysis: Build) -> None:
    text = "Armenian opposition parties collected signatures to register their candidate."
    assert "PROTEST" not in types(make_analysis, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only the vowed act itself threatens: not an act it helps others do, one it stops,
        # or forces it promises to send.
        ("Turkey pledged to help Azerbaijani forces fight in Karabakh.", "AGREE"),
        ("Armenian forces vowed to stop fighting near Lachin.", "AGREE"),
        ("Russia pledged to deploy more peacekeepers in Karabakh.", "AGREE"),
        # CAMEO 133: a vow to go on protesting threatens dissent.
        ("Protesters vowed to continue protesting against Pashinyan.", "THREATEN"),
    ],
)
def test_only_a_vowed_harm_threatens(make_analysis: Build, text: str, expected: str) -> None:
    assert types(make_analysis, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # CAMEO 181/184 (PLOVER ASSAULT, abduct): taking hostages, using people as shields.
        "Armed men took twelve Azerbaijani workers hostage near Lachin.",
        "The Armenian engineers were held hostage for a week.",
        "Azerbaijani forces held villagers as human shields near Lachin.",
    ],
)
def test_hostages_and_human_shields_are_assault(make_analysis: Build, text: str) -> None:
    assert "ASSAULT" in types(make_analysis, text)


def test_holding_talks_is_no_hostage_taking(make_analysis: Build) -> None:
    assert types(make_analysis, "Putin held talks with Aliyev in Sochi.") == ["CONSULT"]
