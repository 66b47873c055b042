"""A misspelt name finds its table person only on strong evidence (actors/fuzzy.py).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from eventwire.actors import find_actors
from eventwire.actors.fuzzy import near_person


def test_a_misspelt_surname_with_its_country_in_the_article_is_found() -> None:
    text = "Algeria's president Abdelaziz Bouteflicka met the visiting delegation in Algiers."
    ref = near_person("Abdelaziz Bouteflicka", "2010-05-01", text)
    assert ref is not None and ref.country == "DZA"


def test_without_its_country_in_the_article_a_near_name_is_no_one() -> None:
    text = "Abdelaziz Bouteflicka met the visiting delegation on Monday."
    assert near_person("Abdelaziz Bouteflicka", "2010-05-01", text) is None


def test_a_given_name_the_table_person_lacks_makes_it_a_stranger() -> None:
    text = "Abdelaziz Karim Bouteflicka of Algeria spoke to reporters."
    assert near_person("Abdelaziz Karim Bouteflicka", "2010-05-01", text) is None


def test_an_officer_with_a_common_first_name_is_not_a_foreign_namesake(nlp: Any) -> None:
    doc = nlp(
        "Two Pakistani officers, Major Imran Qadir and Captain Muhammad Ahmed Badar, "
        "were killed in the attack near Peshawar."
    )
    found = {m.text: m.actor for m in find_actors(doc, "2024-03-16")}
    assert found["Captain Muhammad Ahmed Badar"].name == "Muhammad Ahmed Badar"
    assert all(ref.country in (None, "PAK") for ref in found.values())
