"""The people named so far, indexed: each question gives what a walk back over every
earlier mention gave (the walk made long articles quadratic)."""

from __future__ import annotations

import random

from eventwire.actors.coref import FAMILY_NAME_FIRST, Named, People
from eventwire.actors.offices import fits
from eventwire.records import ActorRef

NAMES = [
    ("Ilham Aliyev", "AZE", "GOV", "president"),
    ("Jeyhun Bayramov", "AZE", "GOV", "foreign minister"),
    ("Nikol Pashinyan", "ARM", "GOV", "prime minister"),
    ("Ararat Mirzoyan", "ARM", "GOV", "foreign minister"),
    ("Xi Jinping", "CHN", "GOV", "president"),
    ("Karabakh", "AZE", "PRE", ""),
    ("Some Writer", None, "MED", ""),
]


def _walk_gov(seen: list[Named], country: str, wanted: frozenset[str] | None) -> Named | None:
    for item in reversed(seen):
        if item.ref.country == country and item.ref.sector == "GOV" and fits(item.office, wanted):
            return item
    return None


def test_people_answer_as_the_walk_back_did() -> None:
    rng = random.Random(15)
    seen: list[Named] = []
    people = People()
    offices: list[tuple[str | None, str]] = []
    for i in range(400):
        name, country, sector, office = rng.choice(NAMES)
        item = Named(ActorRef(name, country, sector), name.split()[-1].lower(), office,
                     i // 3, i * 2, i * 2 + 1)  # fmt: skip
        seen.append(item)
        people.add(item)
        if office and sector == "GOV":
            offices.append((country, office))
            people.note_office(country, office)
        for country in ("AZE", "ARM", "CHN", "RUS"):
            for wanted in (None, frozenset({"foreign minister"}), frozenset({"president"})):
                assert people.latest_gov(country, wanted) == _walk_gov(seen, country, wanted)
            expected = next((o for c, o in reversed(offices) if c != country and o), "")
            assert people.other_office(country) == expected
        for last in ("aliyev", "jinping", "karabakh", "nobody"):
            assert people.by_surname(last) == next(
                (s for s in reversed(seen) if s.last == last), None
            )
        family = [s for s in seen if s.ref.country in FAMILY_NAME_FIRST]
        assert people.by_family_name("xi") == next(
            (s for s in reversed(family) if (s.ref.name or "").lower().startswith("xi ")), None
        )
        latest: dict[str, Named] = {}
        for s in seen:
            if s.ref.name and s.ref.sector not in (None, "ELI", "PRE"):
                latest[s.ref.name] = s
        expected_order = sorted(latest.values(), key=lambda n: n.start, reverse=True)
        assert list(people.latest_in_groups()) == expected_order
