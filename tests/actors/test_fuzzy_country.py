"""A state name misspelt by one letter in wire copy is still that state; a place one
letter off a demonym is not (written for these tests)."""

from __future__ import annotations

from typing import Any

from eventwire.actors import find_actors
from eventwire.actors.fuzzy import near_country


def test_a_state_misspelt_by_one_letter() -> None:
    assert near_country("Ethopia") == "ethiopia"
    assert near_country("Azerbajan") == "azerbaijan"


def test_no_correction_for_short_or_demonym_like_words() -> None:
    assert near_country("Indiana") is None  # one letter off "Indians", not a state name
    assert near_country("Zambla") is None  # too short to correct safely
    assert near_country("Stepanakert") is None


def test_a_misspelt_state_acts(nlp: Any) -> None:
    found = {m.text: m.actor for m in find_actors(nlp("Azerbajan closed the border on Monday."),
                                                  "2022-06-01")}
    assert found["Azerbajan"].country == "AZE"
