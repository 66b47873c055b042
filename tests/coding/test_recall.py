"""Recall rules of issue 4 on sentences written for these tests (real events, our own words):
shows of force (missile launches, troops sent), ceasefires taking effect, "X said Y must",
crowds storming buildings and forces fighting each other."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.coding import code_events
from eventwire.records import ActorRef, Analysis

Build = Callable[..., Analysis]


def countries(refs: tuple[ActorRef, ...]) -> list[str]:
    return [r.country or "-" for r in refs]


def asserted(build: Build, text: str) -> list[tuple[str, str | None]]:
    return [
        (e.event_type, e.event_mode) for e in code_events(build(text)) if e.modality == "asserted"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A missile fired at no target is a show of force; fired at one, an attack.
        ("Russia test-fired a ballistic missile into the Barents Sea on Friday.", "MOBILIZE"),
        ("Russia launched two cruise missiles on Thursday.", "MOBILIZE"),
        ("Azerbaijani forces fired missiles at Armenian positions on Tuesday.", "ASSAULT"),
        ("Russia sent more troops to its base in Armenia in 2023.", "MOBILIZE"),
        ("Angry protesters stormed the parliament building in Yerevan on Tuesday.", "PROTEST"),
        ("Armenian forces and Azerbaijani forces fought near the border on Tuesday.", "ASSAULT"),
        ("The ceasefire took effect at noon on Tuesday.", "RETREAT"),
    ],
)
def test_recall_types(make_analysis: Build, text: str, expected: str) -> None:
    assert expected in [t for t, _ in asserted(make_analysis, text)], text


def test_ceasefire_declared_is_concede_taking_effect_is_retreat(make_analysis: Build) -> None:
    assert ("CONCEDE", "ceasefire") in asserted(
        make_analysis, "Armenia and Azerbaijan declared a ceasefire on Tuesday."
    )
    assert ("RETREAT", "ceasefire") in asserted(make_analysis, "The truce took effect on Tuesday.")


def test_saying_another_must_act_is_a_request_of_it(make_analysis: Build) -> None:
    events = code_events(make_analysis("Turkey said on Monday that Armenia must open the border."))
    assert [e.event_type for e in events] == ["REQUEST"]  # the opening is not coded again
    assert countries(events[0].actors) == ["TUR"]
    assert countries(events[0].recipients) == ["ARM"]


def test_a_speakers_own_duty_is_no_request(make_analysis: Build) -> None:
    assert "REQUEST" not in [
        t for t, _ in asserted(make_analysis, "Russia said it must protect its citizens.")
    ]


def test_a_leader_leaving_is_no_withdrawal(make_analysis: Build) -> None:
    assert asserted(make_analysis, "Putin left Baku on Tuesday.") == []
