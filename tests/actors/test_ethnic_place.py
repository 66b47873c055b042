"""Ethnic groups placed in a state by the sentence are coded as that state's civilians, as
PLOVER codes them (where they live, not their kin state). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from eventwire.actors import find_actors


def _ethnic(nlp: Any, text: str) -> tuple[str | None, str | None]:
    for m in find_actors(nlp(text), "2001-01-01"):
        if m.text.lower().startswith("ethnic"):
            return m.actor.country, m.actor.sector
    raise AssertionError("no ethnic mention")


def test_ethnic_group_in_a_state_is_of_that_state(nlp: Any) -> None:
    text = "Ethnic Albanians in Macedonia demanded more rights from the government."
    assert _ethnic(nlp, text) == ("MKD", "CVL")
    text = "Police said ethnic Turks in Bulgaria protested against the new law."
    assert _ethnic(nlp, text) == ("BGR", "CVL")


def test_unplaced_ethnic_group_takes_no_kin_state(nlp: Any) -> None:
    assert _ethnic(nlp, "Ethnic Albanians protested on Monday.") == (None, "CVL")
