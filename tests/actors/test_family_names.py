"""A later bare family name of a person named in full earlier, for names English news
writes family name first (written for these tests about real events)."""

from __future__ import annotations

from typing import Any

from eventwire.actors import find_actors


def _refs(nlp: Any, text: str, date: str) -> dict[str, Any]:
    return {m.text: m.actor for m in find_actors(nlp(text), date)}


def test_a_korean_family_name_is_the_full_name_given_before(nlp: Any) -> None:
    text = (
        "North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday by train. "
        "Kim toured a fighter jet factory on Friday."
    )
    assert _refs(nlp, text, "2023-09-12")["Kim"].name == "Kim Jong Un"


def test_a_family_name_first_only_for_names_written_that_way(nlp: Any) -> None:
    text = "Nikol Pashinyan arrived in Brussels on Monday. Nikol told reporters he was hopeful."
    refs = _refs(nlp, text, "2023-07-15")
    assert all(r.name != "Nikol Pashinyan" for k, r in refs.items() if k == "Nikol")
