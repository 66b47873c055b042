"""Event places: datelines, and the country that owns a locative spot."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.language.places import event_place, find_places


def _first(nlp: Any, text: str) -> str | None:
    doc = nlp(text)
    sentence = next(iter(doc.sents))
    place = event_place(doc, sentence.start_char, sentence.end_char, find_places(doc))
    return place.name if place else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An upper-case actor opening the article is not a dateline.
        ("US officials and Iranian diplomats met on Monday to discuss prisoner swaps.", None),
        ("UK ministers condemned the strike on the power station.", None),
        # A real dateline still gives the place.
        ("ASTANA, Oct 13 (Steppe Herald) - The two ministers signed a transit deal.", "Astana"),
        ("KYIV (Reuters) - The two ministers signed a transit deal.", "Kyiv"),
    ],
)
def test_dateline_needs_a_comma_or_dash(nlp: Any, text: str, expected: str | None) -> None:
    assert _first(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin and Erdogan met on Tuesday on Turkey's Buyukada island.", "Turkey"),
        ("A drone exploded near Russia's largest naval port on Monday.", "Russia"),
        ("Russia's foreign minister met his Turkish counterpart on Monday.", None),
    ],
)
def test_owner_of_a_locative_spot_is_the_place(nlp: Any, text: str, expected: str | None) -> None:
    assert _first(nlp, text) == expected
