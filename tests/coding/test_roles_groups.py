"""Issue 4: numbered groups ("both foreign ministers", "the three leaders") take the people
named earlier who hold that role, never a host, a third party or a place. Sentences written
for these tests about real South Caucasus events (our own words)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.coding.context import group_size, recent_parties
from eventwire.records import ActorMention, ActorRef, Event
from tests.coding.coded import with_actor_layer


def _group_event(text: str, published: str, sentence: str) -> Event:
    """The event coded from the sentence that holds the group noun."""
    for event in with_actor_layer(text, published):
        if any(s.sentence.startswith(sentence) for s in event.sources):
            return event
    raise AssertionError(f"no event coded in {sentence!r}")


@pytest.mark.parametrize(
    ("text", "published", "sentence", "names"),
    [
        # the host of the talks is a foreign minister too, but not one of "both"
        (
            "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
            "Bayramov held talks in Washington on Monday, hosted by Secretary of State Antony "
            "Blinken. Both foreign ministers agreed to continue the negotiations on a peace "
            "treaty.",
            "2023-05-01",
            "Both foreign ministers",
            {"Ararat Mirzoyan", "Jeyhun Bayramov"},
        ),
        # the Russian minister who received them is named after them, with "with"
        (
            "Ararat Mirzoyan and Jeyhun Bayramov met in Moscow on Friday with Sergei Lavrov. "
            "The two foreign ministers signed a statement on Nagorno-Karabakh.",
            "2023-05-19",
            "The two foreign ministers",
            {"Ararat Mirzoyan", "Jeyhun Bayramov"},
        ),
    ],
)
def test_numbered_group_takes_the_acting_office_holders(
    text: str, published: str, sentence: str, names: set[str]
) -> None:
    event = _group_event(text, published, sentence)
    assert {r.name for r in event.actors} == names


def test_three_leaders_are_people_not_the_region() -> None:
    text = (
        "Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi on Monday to discuss "
        "Nagorno-Karabakh. The three leaders signed a joint statement."
    )
    event = _group_event(text, "2022-11-01", "The three leaders")
    assert {r.country for r in event.actors} == {"RUS", "AZE", "ARM"}
    assert all(r.sector != "PRE" for r in event.actors)


@pytest.mark.parametrize(
    ("sentence", "size"),
    [
        ("Both foreign ministers agreed to meet again.", 2),
        ("The two foreign ministers signed a statement.", 2),
        ("The three leaders last met in January.", 3),
        ("The two other presidents stayed away.", None),
        ("Foreign leaders condemned the shelling.", None),
    ],
)
def test_a_number_makes_an_office_a_group_of_parties(
    nlp: Any, sentence: str, size: int | None
) -> None:
    doc = nlp(sentence)
    heads = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
    assert group_size(heads[0]) == size


def test_recent_parties_skip_a_region() -> None:
    pashinyan = ActorRef("Nikol Pashinyan", "ARM", "GOV")
    aliyev = ActorRef("Ilham Aliyev", "AZE", "GOV")
    karabakh = ActorRef("Nagorno-Karabakh", "AZE", "PRE")
    mentions = [
        ActorMention("Nikol Pashinyan", 0, 15, pashinyan),
        ActorMention("Ilham Aliyev", 20, 32, aliyev),
        ActorMention("Nagorno-Karabakh", 40, 56, karabakh),
    ]
    assert recent_parties(mentions, 100, 2, states=False) == (pashinyan, aliyev)


def test_group_members_skip_a_region(nlp: Any) -> None:
    from eventwire.actors.coref import Named, group_members

    doc = nlp("Shahin Mustafayev spoke of Nagorno-Karabakh. The two ministers met in Brussels.")
    mustafayev = ActorRef("Shahin Mustafayev", "AZE", "GOV")
    grigoryan = ActorRef("Mher Grigoryan", "ARM", "GOV")
    karabakh = ActorRef("Nagorno-Karabakh", "AZE", "PRE")
    seen = [
        Named(grigoryan, "grigoryan", "deputy prime minister", 0, 0, 1),
        Named(mustafayev, "mustafayev", "deputy prime minister", 0, 0, 2),
        Named(karabakh, "karabakh", "", 0, 4, 7),
    ]
    group = next(s for s in doc.sents if "ministers" in s.text)
    span = doc[group.start : group.start + 3]
    members = group_members(span, frozenset({"deputy prime minister"}), 2, seen)
    assert {m.ref.name for m in members} == {"Shahin Mustafayev", "Mher Grigoryan"}
