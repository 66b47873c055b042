"""find_actors() on real spaCy docs of sentences written for these tests."""

from __future__ import annotations

from typing import Any

from eventwire.actors import find_actors
from eventwire.records import ActorRef


def _found(nlp: Any, text: str, date: str) -> list[tuple[str, ActorRef]]:
    doc = nlp(text)
    out = []
    for m in find_actors(doc, date):
        assert doc.text[m.start : m.end] == m.text
        out.append((m.text, m.actor))
    return out


def test_role_and_name_make_one_mention(nlp: Any) -> None:
    found = _found(
        nlp,
        "Russian President Vladimir Putin hosted Azerbaijani President Ilham Aliyev on Friday.",
        "2022-02-22",
    )
    assert found[0] == (
        "Russian President Vladimir Putin",
        ActorRef("Vladimir Putin", "RUS", "GOV"),
    )
    assert found[1] == (
        "Azerbaijani President Ilham Aliyev",
        ActorRef("Ilham Aliyev", "AZE", "GOV"),
    )
    assert len(found) == 2


def test_two_leaders_point_to_both_people(nlp: Any) -> None:
    found = _found(
        nlp,
        "Vladimir Putin met Nikol Pashinyan in Sochi. The two leaders discussed the border.",
        "2022-10-31",
    )
    pair = [ref.name for text, ref in found if text == "The two leaders"]
    assert pair == ["Vladimir Putin", "Nikol Pashinyan"]


def test_role_phrases_and_counterparts(nlp: Any) -> None:
    found = dict(
        _found(
            nlp,
            "Armenian Foreign Minister Ararat Mirzoyan phoned his Azerbaijani counterpart. "
            "The Armenian Foreign Ministry said three soldiers were wounded near the border.",
            "2023-03-01",
        )
    )
    assert found["Armenian Foreign Minister Ararat Mirzoyan"].name == "Ararat Mirzoyan"
    # the Azerbaijani holder of the same office on that date (the actor table's office column)
    assert found["his Azerbaijani counterpart"] == ActorRef("Jeyhun Bayramov", "AZE", "GOV")
    assert found["The Armenian Foreign Ministry"] == ActorRef(None, "ARM", "GOV")
    assert found["three soldiers"] == ActorRef(None, None, "MIL")


def test_counterpart_and_surname_coreference(nlp: Any) -> None:
    found = _found(
        nlp,
        "Jeyhun Bayramov held talks in Washington. Later, Armenia's foreign minister met "
        "his Azerbaijani counterpart, and Mr. Bayramov called the meeting useful.",
        "2024-05-01",
    )
    refs = dict(found)
    assert refs["his Azerbaijani counterpart"].name == "Jeyhun Bayramov"
    assert refs["Mr. Bayramov"].name == "Jeyhun Bayramov"
    assert "Washington" not in refs  # a place, not a subject


def test_apposition_and_capital_subject(nlp: Any) -> None:
    found = dict(
        _found(
            nlp,
            "President of the European Council, Charles Michel, welcomed the deal. "
            "Moscow rejected the proposal, and Russian peacekeepers left Karabakh.",
            "2024-04-17",
        )
    )
    assert found["President of the European Council, Charles Michel"] == ActorRef(
        "Charles Michel", "EUR", "GOV"
    )
    assert found["Moscow"] == ActorRef(None, "RUS", "GOV")
    assert found["Russian peacekeepers"] == ActorRef(None, "RUS", "MIL")


def test_table_overrides_ner_label(nlp: Any) -> None:
    found = dict(_found(nlp, "Aliyev said Baku would not negotiate under pressure.", "2021-03-01"))
    assert found["Aliyev"] == ActorRef("Ilham Aliyev", "AZE", "GOV")
