"""Coreference the coder relies on: group nouns, counterparts by office, possessive states,
breakaway groups, and role words that must never become organisations. Sentences are
written for these tests about real events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.actors import find_actors, resolve
from eventwire.actors.table import holders, load_table
from eventwire.evaluate.mentions import load_rows
from eventwire.records import ActorRef

GOLD = Path(__file__).resolve().parents[1] / "gold"
FLOORS = json.loads((Path(__file__).resolve().parents[2] / "bench" / "floors.json").read_text())


def _at(nlp: Any, text: str, mention: str, date: str) -> list[ActorRef]:
    start = text.rindex(mention)
    return [m.actor for m in find_actors(nlp(text), date) if m.start == start]


def test_plural_title_before_names_is_no_organisation(nlp: Any) -> None:
    text = (
        "Presidents Vladimir Putin and Ilham Aliyev held talks near Baku on Monday. "
        "Both leaders also discussed the South Caucasus."
    )
    found = find_actors(nlp(text), "2024-08-19")
    assert all(m.text != "Presidents" for m in found)
    both = [m.actor.name for m in found if m.text == "Both leaders"]
    assert both == ["Vladimir Putin", "Ilham Aliyev"]


def test_both_ministers_are_the_ministers_not_the_host(nlp: Any) -> None:
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun "
        "Bayramov met in Tbilisi on Saturday. Prime Minister Irakli Garibashvili welcomed "
        "the meeting. Both ministers thanked Georgia for hosting them."
    )
    names = [a.name for a in _at(nlp, text, "Both ministers", "2022-07-16")]
    assert names == ["Ararat Mirzoyan", "Jeyhun Bayramov"]


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("The three leaders", ["Vladimir Putin", "Nikol Pashinyan", "Ilham Aliyev"]),
        ("The leaders", ["Vladimir Putin", "Nikol Pashinyan", "Ilham Aliyev"]),
    ],
)
def test_group_nouns_give_one_mention_per_person(
    nlp: Any, mention: str, expected: list[str]
) -> None:
    text = (
        "Vladimir Putin received Nikol Pashinyan and Ilham Aliyev in Sochi. "
        f"{mention} signed a statement on the border."
    )
    refs = _at(nlp, text, mention, "2021-11-26")
    assert [r.name for r in refs] == expected
    assert [r.country for r in refs] == ["RUS", "ARM", "AZE"]


def test_each_leader_leaves_out_the_host_who_met_them(nlp: Any) -> None:
    text = (
        "Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi on Friday. "
        "Putin also held separate talks with each leader."
    )
    assert [a.name for a in _at(nlp, text, "each leader", "2021-11-26")] == [
        "Ilham Aliyev", "Nikol Pashinyan"]  # fmt: skip


def test_counterpart_is_the_holder_of_the_same_office_on_the_date(nlp: Any) -> None:
    text = "Suren Papikyan visited Paris. He had earlier spoken with his Russian counterpart."
    assert _at(nlp, text, "his Russian counterpart", "2023-06-15")[0].name == "Sergei Shoigu"
    assert _at(nlp, text, "his Russian counterpart", "2024-06-15")[0].name == "Andrei Belousov"
    text = "Zohrab Mnatsakanyan spoke in New York. He then met his Azerbaijani counterpart."
    refs = _at(nlp, text, "his Azerbaijani counterpart", "2019-10-01")
    assert refs == [ActorRef("Elmar Mammadyarov", "AZE", "GOV")]


def test_offices_index_the_updated_rows() -> None:
    table = load_table()
    assert holders(table, "AZE", "foreign minister", "2022-07-16") == ("Jeyhun Bayramov",)
    assert holders(table, "USA", "foreign minister", "2025-03-01") == ("Marco Rubio",)
    assert holders(table, "GEO", "prime minister", "2022-07-16") == ("Irakli Garibashvili",)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Russia said its peacekeepers had evacuated thousands of civilians.",
         "its peacekeepers", ActorRef(None, "RUS", "MIL")),
        ("Russian peacekeepers began arriving in Karabakh on Tuesday.",
         "Russian peacekeepers", ActorRef(None, "RUS", "MIL")),
        ("Ethnic Armenian forces in Karabakh agreed on Wednesday to a ceasefire.",
         "Ethnic Armenian forces", ActorRef(None, "AZE", "REB")),
        ("Representatives of the Karabakh Armenians met Azerbaijani officials in Yevlakh.",
         "Representatives of the Karabakh Armenians", ActorRef(None, "AZE", "PRE")),
    ],
)  # fmt: skip
def test_possessive_states_and_breakaway_groups(
    nlp: Any, text: str, mention: str, expected: ActorRef
) -> None:
    assert _at(nlp, text, mention, "2023-09-21") == [expected]


def test_an_event_noun_is_not_an_actor(nlp: Any) -> None:
    assert resolve("a two-day state visit", "2024-08-18") is None
    text = "Vladimir Putin arrived in Azerbaijan on Sunday for a two-day state visit."
    assert all("visit" not in m.text for m in find_actors(nlp(text), "2024-08-18"))


def test_media_and_health_follow_plover_sectors() -> None:
    assert resolve("journalists") == ActorRef(None, None, "JRN")
    assert resolve("the media") == ActorRef(None, None, "JRN")
    assert resolve("doctors") == ActorRef(None, None, "MED")
    assert resolve("TASS") == ActorRef("TASS", "RUS", "JRN")


def test_role_words_never_resolve_to_an_organisation() -> None:
    """Every one-word role noun of the agent table, singular and plural, any case."""
    agents = load_table().agents
    words = sorted(n for n in agents if " " not in n and n.isalpha())
    wrong = []
    for word in words:
        for form in {word, word + "s", word.capitalize(), word.capitalize() + "s"}:
            ref = resolve(form)
            if ref is not None and ref.name is not None and ref.country in ("NGO", "IGO"):
                wrong.append((form, ref.name))
    assert not wrong, wrong[:20]


def test_coref_gold_codes_roles_and_groups(nlp: Any) -> None:
    """Rows with a country and sector check the codes too, beyond the names figures.py scores."""
    rows = load_rows(GOLD / "actors.coref.jsonl")
    assert len(rows) >= 50
    right = 0
    for row in rows:
        refs = _at(nlp, row["text"], row["mention"], row["date"])
        ok = {r.name for r in refs if r.name} == set(row["names"])
        if "country" in row:
            ok = ok and (row["country"], row["sector"]) in {(r.country, r.sector) for r in refs}
        right += ok
    assert right / len(rows) >= FLOORS["floors"]["actors.coref.accuracy"]


def test_his_country_is_the_state_of_the_person_named_last(nlp: Any) -> None:
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan said on Friday that his country had asked "
        "Moscow for new weapons deliveries."
    )
    assert _at(nlp, text, "his country", "2023-06-02") == [ActorRef(None, "ARM", "GOV")]
    # a person's own things are not a state: "his office" stays unresolved
    text = "Ararat Mirzoyan said his office had received the letter."
    assert all(m.text != "his office" for m in find_actors(nlp(text), "2023-06-02"))
