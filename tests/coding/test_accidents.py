"""Deaths and blasts nobody caused on purpose give no event (coding/accidents.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .coded import with_actor_layer


def _assaults(text: str) -> list[str]:
    return [e.event_type for e in with_actor_layer(text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion at a chemical plant outside Rustavi killed four workers on Monday.",
        "Nine passengers died when a minibus collided with a truck near Gyumri.",
        "A landslide buried three houses in a mountain village, killing five people.",
        "Two firefighters were killed when the roof of a burning warehouse collapsed.",
    ],
)
def test_an_accident_or_a_disaster_is_no_attack(text: str) -> None:
    assert _assaults(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed three soldiers near Kandahar on Sunday.",
        "Gunmen opened fire on a minibus near the border, killing nine passengers.",
        "Militants set fire to a school and killed two guards.",
        "Two border guards were killed when their patrol came under fire near the river.",
    ],
)
def test_an_attack_with_a_weapon_or_an_attacker_stays_an_attack(text: str) -> None:
    assert _assaults(text) != []
