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


def _each(nlp: Any, text: str) -> list[str | None]:
    doc = nlp(text)
    places = find_places(doc)
    found = [event_place(doc, s.start_char, s.end_char, places) for s in doc.sents]
    return [p.name if p else None for p in found]


def test_carried_place_fades_after_two_sentences(nlp: Any) -> None:
    text = (
        "The foreign ministers held talks in Vienna on Friday. The talks lasted six hours. "
        "They agreed to meet again. Both sides praised the mediators. "
        "The dispute began when the pipeline was closed."
    )
    assert _each(nlp, text) == ["Vienna", "Vienna", "Vienna", None, None]


def test_dateline_place_lasts_the_whole_report(nlp: Any) -> None:
    text = (
        "ASTANA, Oct 13 (Steppe Herald) - The two ministers signed a transit deal. "
        "It covers grain and oil. Both sides praised the mediators. "
        "The talks lasted six hours. They agreed to meet again."
    )
    found = _each(nlp, text)
    assert len(found) >= 5 and set(found) == {"Astana"}


def test_who_said_it_is_not_where_it_happened(nlp: Any) -> None:
    text = "According to the Kremlin, the two presidents spoke by phone on Friday."
    assert _first(nlp, text) is None
    assert _first(nlp, "The two presidents met at the Kremlin on Friday.") is not None
