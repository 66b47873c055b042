"""Named bodies the actor table lacks are NGOs, unless a word ties them to a state.
Sentences written for these tests about real events."""

from __future__ import annotations

from typing import Any

from eventwire.actors import find_actors


def _actors(nlp: Any, text: str) -> dict[str, Any]:
    return {m.text: m.actor for m in find_actors(nlp(text), "2023-01-01")}


def test_an_unknown_forum_is_an_ngo(nlp: Any) -> None:
    found = _actors(nlp, "The Global Water Partnership Forum urged governments to act.")
    ref = found["The Global Water Partnership Forum"]
    assert ref.country == "NGO"


def test_an_unknown_association_with_of_is_an_ngo(nlp: Any) -> None:
    found = _actors(nlp, "The Association of Caucasus Journalists condemned the arrests.")
    assert [r.country for r in found.values()] == ["NGO"]


def test_a_state_organ_is_not_an_ngo(nlp: Any) -> None:
    found = _actors(nlp, "The Central Election Commission rejected the complaint.")
    assert all(r.country != "NGO" for r in found.values())


def test_a_national_body_is_not_an_ngo(nlp: Any) -> None:
    found = _actors(nlp, "The Georgian Orthodox Council met on Friday.")
    assert all(r.country != "NGO" for r in found.values())


def test_a_lowercase_committee_is_no_name(nlp: Any) -> None:
    found = _actors(nlp, "A parliamentary committee rejected the bill.")
    assert all(r.country != "NGO" for r in found.values())


def test_a_body_named_after_a_wider_region_belongs_to_no_state(nlp: Any) -> None:
    # "Balkan" is also a province of Turkmenistan in the gazetteer
    found = _actors(nlp, "The Union of Balkan Lawyers demanded the release of the editor.")
    assert all(r.country in (None, "NGO") for r in found.values())
