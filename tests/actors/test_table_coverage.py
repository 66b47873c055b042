"""The actor table names a head of state and a head of government of every UN member state.

``actors_updates.csv`` carries, for each of the 193 UN member states, the holders of the
top offices from 2014 on (see eventwire/actors/data/README.md). These tests check that
every state has a head of state and a head of government (or one office that is both)
in office on two dates, and that ``resolve`` codes well-known sentences as expected.
"""

from __future__ import annotations

import pycountry
import pytest

from eventwire.actors import resolve
from eventwire.actors.table import active, load_table

#: pycountry lists territories too; these ISO codes are not UN member states.
NOT_UN_MEMBERS = frozenset({
    "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK",
    "CUW", "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM",
    "HKG", "HMD", "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL",
    "NFK", "NIU", "PCN", "PRI", "PSE", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM",
    "TCA", "TKL", "TWN", "UMI", "VAT", "VGB", "VIR", "WLF",
})  # fmt: skip
UN_MEMBERS = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in NOT_UN_MEMBERS)

#: Offices that make their holder the head of state (office column, canonical words).
HEAD_OF_STATE = frozenset({
    "president", "acting president", "king", "queen", "emir", "sultan", "emperor",
    "grand duke", "prince", "co-prince", "supreme leader", "presidency member",
    "head of state", "captains regent", "chairman of the sovereignty council",
    "chairman of the presidential leadership council", "chairman of the presidential council",
    "coordinator of the transitional presidential council",
    "chairman of the state administration council",
    "chairman of the national defence and security council",
})  # fmt: skip
#: Offices that make their holder the head of government.
HEAD_OF_GOVERNMENT = frozenset({
    "prime minister", "chancellor", "premier", "taoiseach", "chief executive", "chief adviser",
    "head of government", "minister of state", "chairman of the council of ministers",
    "chairman of the cabinet of ministers", "state counsellor", "acting head of government",
    "president of the council of ministers",
})  # fmt: skip
#: States whose head of state also heads the government (no separate head of government),
#: with the date from which that holds ("" = throughout 2014-2026) and until which.
COMBINED: dict[str, tuple[str, str]] = {
    code: ("", "9999")
    for code in [
        "USA",
        "BRA",
        "ARG",
        "MEX",
        "IDN",
        "ZAF",
        "IRN",
        "COL",
        "VEN",
        "ECU",
        "BOL",
        "CHL",
        "PRY",
        "URY",
        "SUR",
        "CRI",
        "PAN",
        "NIC",
        "HND",
        "SLV",
        "GTM",
        "DOM",
        "CYP",
        "NGA",
        "GHA",
        "KEN",
        "ZMB",
        "ZWE",
        "MWI",
        "AGO",
        "BWA",
        "LBR",
        "SLE",
        "GMB",
        "SSD",
        "TKM",
        "SYC",
        "COM",
        "MDV",
        "PHL",
        "PLW",
        "FSM",
        "TCD",
        "MHL",
        "NRU",
        "KIR",
        "BEN",
        "CHE",
        "SMR",
        "ERI",
        "KOR",
        "TUR",
        "AFG",
        "GAB",
        "BDI",
        "SEN",
        "SYR",
    ]
}
COMBINED.update(
    {
        "TUR": ("2018-07-09", "9999"),
        "AFG": ("2020-05-17", "9999"),
        "GAB": ("2025-05-05", "9999"),
        "BDI": ("", "2020-06-23"),
        "SEN": ("2019-05-14", "2022-09-17"),
        "SYR": ("2025-03-29", "9999"),
        "TCD": ("2018-05-03", "2021-04-26"),
    }
)
#: Commonwealth realms: the British monarch is head of state (until the date given).
REALMS = {
    code: "9999"
    for code in [
        "ATG",
        "AUS",
        "BHS",
        "BLZ",
        "CAN",
        "GRD",
        "JAM",
        "KNA",
        "LCA",
        "NZL",
        "PNG",
        "SLB",
        "TUV",
        "VCT",
    ]
}
REALMS["BRB"] = "2021-11-30"


def _offices(country: str, date: str) -> set[str]:
    table = load_table()
    return {
        office
        for (code, office), rows in table.by_office.items()
        if code == country
        for row in rows
        if row.sector in ("GOV", "PRE") and active(row, date) and code == country
    }


def test_un_member_list_has_193_states() -> None:
    assert len(UN_MEMBERS) == 193


@pytest.mark.parametrize("date", ["2026-06-01", "2020-06-01"])
def test_every_un_member_has_head_of_state_and_government(date: str) -> None:
    missing = []
    british_monarch = _offices("GBR", date) & {"king", "queen"}
    for code in UN_MEMBERS:
        offices = _offices(code, date)
        has_state = bool(offices & HEAD_OF_STATE) or (
            date < REALMS.get(code, "") and bool(british_monarch)
        )
        start, end = COMBINED.get(code, ("9999", "9999"))
        combined = start <= date < end and bool(offices & HEAD_OF_STATE)
        has_government = bool(offices & HEAD_OF_GOVERNMENT) or combined
        if not (has_state and has_government):
            missing.append((code, sorted(offices)))
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
        if "foreign minister" not in _offices(code, date)
        and (code, date) not in FOREIGN_MINISTER_EXCEPTIONS
    ]
    assert not missing, missing


def test_foreign_minister_exceptions_are_still_needed() -> None:
    stale = [key for key in FOREIGN_MINISTER_EXCEPTIONS if "foreign minister" in _offices(*key)]
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
