"""Actors beyond the table, resolved from the cues news gives (patterns, not table rows).

Names here are invented or chosen for the rule they test; none is an NGEC case.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.actors import find_actors, resolve

# --- a title or nationality before an unknown name ------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "sector", "name"),
    [
        ("Peruvian Defence Minister Anselmo Quispe Huaman", "PER", "GOV", "Anselmo Quispe Huaman"),
        ("Kenyan Interior Minister Odhiambo Wekesa", "KEN", "GOV", "Odhiambo Wekesa"),
        ("Brigadier General Tomasz Zielinski", None, "MIL", "Tomasz Zielinski"),
        ("Maj. Gen. Ochieng Barasa", None, "MIL", "Ochieng Barasa"),
        ("Governor Ilya Vetrov", None, "GOV", "Ilya Vetrov"),
    ],
)
def test_a_title_gives_an_unknown_person_its_sector_and_a_demonym_its_country(
    text: str, country: str | None, sector: str, name: str
) -> None:
    ref = resolve(text)
    assert ref is not None
    assert (ref.name, ref.country, ref.sector) == (name, country, sector)


def test_a_present_title_outweighs_a_table_office_that_has_ended() -> None:
    # with no date, the table's last office (ended 2018) would make him a former official
    ref = resolve("Secretary of State Rex Tillerson")
    assert ref is not None and (ref.country, ref.sector) == ("USA", "GOV")
    ref = resolve("former Secretary of State Rex Tillerson")
    assert ref is not None and ref.sector == "ELI"


def test_a_place_after_a_title_is_no_persons_name() -> None:
    ref = resolve("the president of South Ossetia", "2024-08-19")
    assert ref is not None and (ref.name, ref.country, ref.sector) == (None, "GEO", "PRE")


# --- bare names need evidence ---------------------------------------------------------


def test_a_bare_surname_of_an_old_dictionary_entry_needs_its_country_in_context() -> None:
    assert resolve("Ross") is None  # no Joseph Ross of Trinidad for any "Ross"
    assert resolve("Ross", "2018-03-01") is None  # his office ended in 2010
    in_office = resolve("Ross", "2009-05-01")  # a surname may name whoever is in office
    assert in_office is not None and in_office.country == "TTO"
    assert resolve("Ross", None, "Commerce Secretary Wilbur Ross said tariffs would rise.") is None
    ref = resolve("Ross", "2009-05-01", "Trinidad and Tobago's minister Ross said on Friday.")
    assert ref is not None and ref.country == "TTO"


def test_a_title_must_agree_with_the_person_a_surname_finds() -> None:
    ref = resolve("Pope Francis")  # not a foreign minister surnamed Francis
    assert ref is not None and (ref.country, ref.sector) == (None, "REL")


@pytest.mark.parametrize("text", ["today", "Today", "yesterday", "last week", "Monday"])
def test_date_words_are_no_actor(text: str) -> None:
    assert resolve(text, "2023-01-01") is None


# --- cities and regions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Lagos authorities", "NGA", "GOV"),
        ("Osaka police", "JPN", "COP"),
        ("the University of Toronto", "CAN", "EDU"),
    ],
)
def test_a_city_or_region_in_a_role_phrase_gives_its_country(
    text: str, country: str, sector: str
) -> None:
    ref = resolve(text)
    assert ref is not None and (ref.country, ref.sector) == (country, sector)


@pytest.mark.parametrize(("text", "country"), [("Marseille", "FRA"), ("Melbourne", "AUS")])
def test_a_city_alone_is_its_people(text: str, country: str) -> None:
    ref = resolve(text)
    assert ref is not None and (ref.country, ref.sector) == (country, "CVL")


@pytest.mark.parametrize("text", ["JFK", "GRU airport", "Northern Command", "Bank"])
def test_acronyms_directions_and_common_words_are_no_city(text: str) -> None:
    ref = resolve(text)
    assert ref is None or ref.sector != "CVL"


def test_a_city_acts_only_as_a_subject(nlp: Any) -> None:
    acting = find_actors(nlp("Sydney rejected the federal plan on Monday."), "2023-05-01")
    assert [(m.text, m.actor.country, m.actor.sector) for m in acting] == [
        ("Sydney", "AUS", "CVL")
    ]
    placed = find_actors(nlp("Ministers met in Sydney on Monday."), "2023-05-01")
    assert all(m.text != "Sydney" for m in placed)


# --- PLOVER conventions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Kosovo", "XKX", None),
        ("Kosovar police", "XKX", "COP"),
        ("Pristina", "XKX", "GOV"),
        ("the Kenyan defence ministry", "KEN", "GOV"),
        ("the Ministry of Defence", None, "GOV"),
        ("Somaliland", "SOM", "PRE"),
    ],
)
def test_plover_country_and_sector_conventions(
    text: str, country: str | None, sector: str | None
) -> None:
    ref = resolve(text)
    assert ref is not None and (ref.country, ref.sector) == (country, sector)


def test_a_kosovo_office_holder_is_xkx_gov() -> None:
    ref = resolve("Vjosa Osmani", "2022-06-01")
    assert ref is not None and (ref.country, ref.sector) == ("XKX", "GOV")


# --- organisations by head noun -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the Gulf Coast Cartel of Sonora", "CRM"),
        ("the Pacific Fleet's submarine group", "MIL"),
        ("the Zambezi Institute of Technology", "EDU"),
        ("the Ministry of Mines", "GOV"),
    ],
)
def test_an_organisation_takes_its_head_nouns_sector(text: str, sector: str) -> None:
    ref = resolve(text)
    assert ref is not None and ref.sector == sector
