"""The coder with the detector, on sentences written for these tests: no event where nothing
political happened, the right kind where something did, and unknown actors kept by name."""

from __future__ import annotations

import pytest

from eventwire.evaluate.coded import code_text, happened


def _types(text: str) -> set[str]:
    _, events = code_text(text, published="2021-05-03")
    return {e.event_type for e in happened(events)}


_NOT_YET = "issue 11 open: the detector still codes this as a political act"


@pytest.mark.parametrize("text", [
    "A powerful earthquake shook the coastal province on Sunday, killing at least 14 people.",
    "Floods swept through three villages after a week of heavy rain.",
    "The home side beat the visitors 3-1 to win the cup final on Saturday.",
    pytest.param("The striker signed a four-year contract with the club.",
                 marks=pytest.mark.xfail(strict=True, reason=_NOT_YET)),
    pytest.param("The company agreed to buy its smaller rival for $2 billion.",
                 marks=pytest.mark.xfail(strict=True, reason=_NOT_YET)),
])
def test_disasters_sport_and_business_give_no_event(text: str) -> None:
    assert _types(text) == set()


@pytest.mark.parametrize(("text", "kind"), [
    ("Police arrested twelve opposition activists in the capital on Friday.", "COERCE"),
    ("Thousands of teachers marched through the city to demand higher pay.", "PROTEST"),
    ("Militants attacked an army checkpoint near the border, killing four soldiers.", "ASSAULT"),
])
def test_plain_political_acts_are_found(text: str, kind: str) -> None:
    assert kind in _types(text)


def test_an_act_that_did_not_happen_is_kept_as_negated() -> None:
    _, events = code_text("The two presidents did not meet during the summit.")
    assert events and all(e.negated for e in events)
    assert not happened(events)
