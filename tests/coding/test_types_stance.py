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


def test_who_rules_an_act_out_is_the_actor(make_analysis: Build) -> None:
    event = top(make_analysis, "The Kremlin said a meeting between Putin and Pashinyan is off the table.")
    assert countries(event.actors) == ["RUS"]
    assert countries(event.recipients) == ["ARM"]


def test_an_act_not_ruled_out_is_only_possible(make_analysis: Build) -> None:
    text = "The Kremlin said lifting the sanctions on Turkey was not out of the question."
    assert "REJECT" not in types(make_analysis, text)
    assert types(make_analysis, text) == []
