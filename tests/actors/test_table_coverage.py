"""The actor table names a head of state and a head of government of every UN member state.

``actors_updates.csv`` carries, for each of the 193 UN member states, the holders of the
top offices from 2014 on (see eventwire/actors/data/README.md). These tests check that
every state has a head of state and a head of government (or one office that is both)
in office on two dates (by the definitions of eventwire/actors/coverage.py), and that
``resolve`` codes well-known sentences as expected.
"""

from __future__ import annotations

import pytest

from eventwire.actors import resolve
from eventwire.actors.coverage import UN_MEMBERS, covered
from eventwire.actors.table import active, load_table


def test_un_member_list_has_193_states() -> None:
    assert len(UN_MEMBERS) == 193


@pytest.mark.parametrize("date", ["2026-06-01", "2020-06-01"])
def test_every_un_member_has_head_of_state_and_government(date: str) -> None:
    table = load_table()
    missing = []
    for code in UN_MEMBERS:
        held = covered(table, code, date)
        if not (held["head of state"] and held["head of government"]):
            missing.append(code)
    assert not missing, missing


SPOT_CHECKS = [
    ("German Chancellor Friedrich Merz", "2025-06-01", "Friedrich Merz", "DEU", "GOV"),
    ("Olaf Scholz", "2025-06-01", "Olaf Scholz", "DEU", "ELI"),
    ("Brazilian President Lula", "2024-01-01", "Luiz Inacio Lula da Silva", "BRA", "GOV"),
    ("Shinzo Abe", "2021-01-01", "Shinzo Abe", "JPN", "ELI"),
    ("Saudi Crown Prince Mohammed bin Salman", "2023-05-01", "Mohammed bin Salman", "SAU", "GOV"),
    ("MBS", "2019-01-01", "Mohammed bin Salman", "SAU", "GOV"),
    ("Egyptian President Abdel Fattah al-Sisi", "2022-03-01", "Abdel Fattah el-Sisi", "EGY", "GOV"),
    (
        "Indian External Affairs Minister S. Jaishankar",
        "2023-02-01",
        "Subrahmanyam Jaishankar",
        "IND",
        "GOV",
    ),
    ("Jacinda Ardern", "2024-01-01", "Jacinda Ardern", "NZL", "ELI"),
    ("Prime Minister Jacinda Ardern", "2019-03-20", "Jacinda Ardern", "NZL", "GOV"),
    ("Israeli Defence Minister Yoav Gallant", "2023-10-10", "Yoav Gallant", "ISR", "GOV"),
    ("Yoav Gallant", "2025-02-01", "Yoav Gallant", "ISR", "ELI"),
    ("Polish President Andrzej Duda", "2020-06-01", "Andrzej Duda", "POL", "GOV"),
    ("Donald Tusk", "2017-03-09", "Donald Tusk", "EUR", "GOV"),
    ("Kenyan President William Ruto", "2023-07-01", "William Ruto", "KEN", "GOV"),
    ("Nigerian President Muhammadu Buhari", "2016-01-01", "Muhammadu Buhari", "NGA", "GOV"),
    ("Sheikh Hasina", "2025-01-01", "Sheikh Hasina", "BGD", "ELI"),
    ("Ukrainian Foreign Minister Dmytro Kuleba", "2022-03-01", "Dmytro Kuleba", "UKR", "GOV"),
    ("Ahmed al-Sharaa", "2025-06-01", "Ahmed al-Sharaa", "SYR", "GOV"),
]


@pytest.mark.parametrize(("text", "date", "name", "country", "sector"), SPOT_CHECKS)
def test_resolve_spot_checks(text: str, date: str, name: str, country: str, sector: str) -> None:
    ref = resolve(text, date)
    assert ref is not None, text
    assert (ref.name, ref.country, ref.sector) == (name, country, sector)


#: (state, date) pairs where no foreign minister is listed on purpose, with the reason.
#: Where the head of state or government holds the portfolio (Brunei, Kiribati, Nauru, Samoa,
#: Tonga, Fiji...), that person has a "foreign minister" row and needs no exception.
FOREIGN_MINISTER_EXCEPTIONS: dict[tuple[str, str], str] = {
    # Yassine Fall (Apr 2024 - Sep 2025) is left out: the table indexes people by surname
    # and "Fall" is a common English word (cf. Bill English, left out for the same reason).
    ("SEN", "2025-06-01"): "holder omitted: surname is a common English word",
    # Albert Ramdin left for the OAS (secretary-general from 2025-05-30); the post was held
    # ad interim until the Simons government took office in July 2025.
    ("SUR", "2025-06-01"): "held ad interim after Ramdin left; interim holder not recorded",
}


@pytest.mark.parametrize("date", ["2020-06-01", "2025-06-01"])
def test_every_un_member_has_foreign_minister(date: str) -> None:
    missing = [
        code
        for code in UN_MEMBERS
        if not covered(load_table(), code, date)["foreign minister"]
        and (code, date) not in FOREIGN_MINISTER_EXCEPTIONS
    ]
    assert not missing, missing


def test_foreign_minister_exceptions_are_still_needed() -> None:
    table = load_table()
    stale = [
        key for key in FOREIGN_MINISTER_EXCEPTIONS if covered(table, *key)["foreign minister"]
    ]
    assert not stale, stale


MINISTER_SPOT_CHECKS = [
    (
        "Indian External Affairs Minister S. Jaishankar",
        "2023-01-01",
        "Subrahmanyam Jaishankar",
        "IND",
        "GOV",
    ),
    ("Kenyan Foreign Minister Raychelle Omamo", "2021-03-01", "Raychelle Omamo", "KEN", "GOV"),
    ("Chilean Foreign Minister Heraldo Munoz", "2016-05-01", "Heraldo Munoz", "CHL", "GOV"),
    (
        "Philippine Foreign Secretary Teodoro Locsin",
        "2020-06-01",
        "Teodoro Locsin Jr.",
        "PHL",
        "GOV",
    ),
    ("Thai Foreign Minister Don Pramudwinai", "2019-01-01", "Don Pramudwinai", "THA", "GOV"),
    ("Rwandan Foreign Minister Vincent Biruta", "2023-05-01", "Vincent Biruta", "RWA", "GOV"),
    ("Sam Kutesa", "2015-09-01", "Sam Kutesa", "UGA", "GOV"),
    ("Vietnamese Defence Minister Phan Van Giang", "2024-03-01", "Phan Van Giang", "VNM", "GOV"),
    ("Colombian Defence Minister Diego Molano", "2021-06-01", "Diego Molano", "COL", "GOV"),
    ("Vladimir Padrino Lopez", "2019-02-01", "Vladimir Padrino Lopez", "VEN", "GOV"),
]


@pytest.mark.parametrize(("text", "date", "name", "country", "sector"), MINISTER_SPOT_CHECKS)
def test_resolve_minister_spot_checks(
    text: str, date: str, name: str, country: str, sector: str
) -> None:
    ref = resolve(text, date)
    assert ref is not None, text
    assert (ref.name, ref.country, ref.sector) == (name, country, sector)


def test_counterpart_is_the_foreign_minister_of_the_day() -> None:
    table = load_table()
    rows = table.by_office[("RWA", "foreign minister")]
    assert sorted(r.name for r in rows if active(r, "2020-06-01")) == ["Vincent Biruta"]
