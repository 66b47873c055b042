"""Which UN member states the actor table gives a holder of each top office, on a date.

Why a module of the package: the definitions here (the 193 UN members, which offices make a
head of state or of government, the states whose president also heads the government, the
Commonwealth realms, the documented gaps) are what ``scripts/actor_coverage.py`` prints and
what the tests in tests/actors/ assert on; one copy keeps the two from drifting apart. A gap
(a state with no defence minister on a date) would otherwise silently turn "the Kenyan
defence minister" into a bare ``KEN GOV`` instead of the person.
"""

from __future__ import annotations

from dataclasses import dataclass

import pycountry

from eventwire.actors.table import ActorTable, active

#: pycountry lists territories too; these ISO codes are not UN member states.
NOT_UN_MEMBERS = frozenset({
    "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK",
    "CUW", "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM",
    "HKG", "HMD", "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL",
    "NFK", "NIU", "PCN", "PRI", "PSE", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM",
    "TCA", "TKL", "TWN", "UMI", "VAT", "VGB", "VIR", "WLF",
})  # fmt: skip
UN_MEMBERS = tuple(
    sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in NOT_UN_MEMBERS)
)

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
#: from and until a date ("" = from before 2014; "9999" = still).
COMBINED: dict[str, tuple[str, str]] = {
    code: ("", "9999")
    for code in [
        "USA", "BRA", "ARG", "MEX", "IDN", "ZAF", "IRN", "COL", "VEN", "ECU", "BOL", "CHL",
        "PRY", "URY", "SUR", "CRI", "PAN", "NIC", "HND", "SLV", "GTM", "DOM", "CYP", "NGA",
        "GHA", "KEN", "ZMB", "ZWE", "MWI", "AGO", "BWA", "LBR", "SLE", "GMB", "SSD", "TKM",
        "SYC", "COM", "MDV", "PHL", "PLW", "FSM", "MHL", "NRU", "KIR", "BEN", "CHE", "SMR",
        "ERI", "KOR",
    ]
}  # fmt: skip
COMBINED.update({
    "TUR": ("2018-07-09", "9999"), "AFG": ("2020-05-17", "9999"),
    "GAB": ("2025-05-05", "9999"), "BDI": ("", "2020-06-23"),
    "SEN": ("2019-05-14", "2022-09-17"), "SYR": ("2025-03-29", "9999"),
    "TCD": ("2018-05-03", "2021-04-26"),
})  # fmt: skip
#: Commonwealth realms: the British monarch is head of state (until the date given).
REALMS: dict[str, str] = {
    code: "9999"
    for code in [
        "ATG", "AUS", "BHS", "BLZ", "CAN", "GRD", "JAM", "KNA", "LCA", "NZL", "PNG", "SLB",
        "TUV", "VCT",
    ]
}  # fmt: skip
REALMS["BRB"] = "2021-11-30"

OFFICES = ("head of state", "head of government", "foreign minister", "defence minister")

DM, FM = "defence minister", "foreign minister"
NO_MINISTRY = "no armed forces and no defence ministry"
COMPACT = "defence is the USA's under the Compact of Free Association"
UNKNOWN = "holder unknown to us"


@dataclass(frozen=True)
class Gap:
    """A documented hole in the table: ``state`` has no ``office`` holder in [start, end)."""

    office: str
    state: str
    start: str
    end: str
    reason: str


#: The one list of deliberate gaps. A state listed here is not counted as missing on dates
#: in [start, end) ("" = from before 2014, "9999" = still). Where the head of state or
#: government holds the portfolio, that person has a row instead and needs no entry here;
#: where a minister of national security answers for the armed forces (the Bahamas,
#: Trinidad and Tobago), that minister has a "defence minister" row. "Holder unknown to us"
#: means we could not name the holder with confidence and did not guess.
GAPS: tuple[Gap, ...] = tuple(Gap(*row) for row in [
    # -- defence: no defence ministry (security is a police or interior matter, or another
    #    state's under treaty) --
    (DM, "AND", "", "9999", NO_MINISTRY),
    (DM, "BTN", "", "9999", "no defence ministry: the army answers to the King"),
    (DM, "CRI", "", "9999", "army abolished 1948; Ministry of Public Security"),
    (DM, "DMA", "", "9999", NO_MINISTRY + " (police only)"),
    (DM, "FSM", "", "9999", COMPACT),
    (DM, "GRD", "", "9999", NO_MINISTRY + " (police only)"),
    (DM, "ISL", "", "9999", "no armed forces; defence is a foreign ministry matter"),
    (DM, "KIR", "", "9999", NO_MINISTRY),
    (DM, "LCA", "", "9999", NO_MINISTRY + " (police only)"),
    (DM, "LIE", "", "9999", "army abolished 1868; no defence ministry"),
    (DM, "MCO", "", "9999", "defence is France's under treaty; no ministry"),
    (DM, "MHL", "", "9999", COMPACT),
    (DM, "MLT", "", "9999", "no defence ministry: the army answers to home affairs"),
    (DM, "NRU", "", "9999", NO_MINISTRY),
    (DM, "PAN", "", "9999", "army abolished 1990; Ministry of Public Security"),
    (DM, "PLW", "", "9999", COMPACT),
    (DM, "SLB", "", "9999", NO_MINISTRY + " (police only since 2000)"),
    (DM, "SMR", "", "9999", "no defence ministry (ceremonial corps)"),
    (DM, "TUV", "", "9999", NO_MINISTRY),
    (DM, "VCT", "", "9999", NO_MINISTRY + " (police only)"),
    (DM, "VUT", "", "9999", "no defence ministry: the Mobile Force is police"),
    (DM, "WSM", "", "9999", NO_MINISTRY),
    # -- defence: a ministry exists but we could not name the holder with confidence --
    (DM, "AGO", "2024-11-01", "9999", UNKNOWN),
    (DM, "ATG", "", "9999", UNKNOWN + " (national security minister)"),
    (DM, "BLZ", "", "9999", UNKNOWN + " (national security minister)"),
    (DM, "BOL", "2025-11-08", "2025-11-09", UNKNOWN + " (Paz government sworn in the next day)"),
    (DM, "BRB", "", "9999", UNKNOWN),
    (DM, "BWA", "2024-11-08", "9999", UNKNOWN + " (Boko government)"),
    (DM, "CHN", "2023-10-24", "2023-12-29", "vacant after Li Shangfu's removal"),
    (DM, "COM", "", "9999", UNKNOWN),
    (DM, "CPV", "", "9999", UNKNOWN),
    (DM, "DJI", "", "9999", UNKNOWN),
    (DM, "ERI", "", "9999", UNKNOWN + " (reported vacant since 2014)"),
    (DM, "GNB", "", "2025-11-29", UNKNOWN),
    (DM, "GNQ", "", "9999", UNKNOWN),
    (DM, "GTM", "", "2024-01-15", UNKNOWN),
    (DM, "GUY", "", "9999", UNKNOWN),
    (DM, "HRV", "2020-05-08", "2020-07-23", "no minister: a state secretary ran the ministry"),
    (DM, "HTI", "", "9999", UNKNOWN + " (ministry re-established 2017)"),
    (DM, "KGZ", "", "9999", UNKNOWN),
    (DM, "KNA", "", "9999", UNKNOWN + " (national security minister)"),
    (DM, "LAO", "", "9999", UNKNOWN),
    (DM, "LBY", "", "2021-03-15", UNKNOWN + " (rival governments)"),
    (DM, "LSO", "", "2022-10-28", UNKNOWN),
    (DM, "MDG", "", "2025-10-07", UNKNOWN),
    (DM, "LTU", "2025-10-22", "9999", "holder left out: Robertas Kaunas (sworn in 2025-11-11) would"
     " turn every mention of the city of Kaunas into the minister"),
    (DM, "MNG", "2021-01-27", "9999", UNKNOWN),
    (DM, "MWI", "2025-10-04", "2025-10-30", UNKNOWN + " (Mutharika's second government before"
     " its full cabinet)"),
    (DM, "MWI", "2026-01-05", "9999", UNKNOWN + " (January 2026 reshuffle: pages disagree on"
     " whether Feston Kaupa took defence)"),
    (DM, "NIC", "", "9999", UNKNOWN),
    (DM, "NPL", "2020-10-14", "9999", UNKNOWN),
    (DM, "PER", "2020-07-15", "2025-10-14", UNKNOWN),
    (DM, "PRY", "", "2023-08-15", UNKNOWN),
    (DM, "SLE", "2023-07-31", "9999", UNKNOWN),
    (DM, "SOM", "", "2022-08-01", UNKNOWN),
    (DM, "STP", "", "9999", UNKNOWN),
    (DM, "SUR", "", "2020-07-16", UNKNOWN),
    (DM, "SWZ", "", "9999", UNKNOWN),
    (DM, "SYC", "2025-10-26", "9999", UNKNOWN + " (Herminie government)"),
    (DM, "TKM", "", "9999", UNKNOWN),
    (DM, "TLS", "", "9999", UNKNOWN),
    (DM, "TON", "", "9999", UNKNOWN),
    (DM, "TUN", "2019-09-01", "2020-02-27", UNKNOWN + " (acting holder)"),
    (DM, "TZA", "2020-07-15", "2020-12-09", UNKNOWN),
    # -- foreign ministers: new governments whose foreign minister we could not name --
    (FM, "NPL", "2026-03-26", "9999", UNKNOWN + " (Shah government)"),
    (FM, "SYC", "2025-10-26", "9999", UNKNOWN + " (Herminie government)"),
])  # fmt: skip


def offices_held(table: ActorTable, country: str, date: str) -> set[str]:
    """The offices (canonical words) someone holds for ``country`` on ``date``."""
    return {
        office
        for (code, office), rows in table.by_office.items()
        if code == country
        for row in rows
        if row.sector in ("GOV", "PRE") and active(row, date)
    }


def covered(table: ActorTable, country: str, date: str) -> dict[str, bool]:
    """Which of the four ``OFFICES`` have a holder for ``country`` on ``date``."""
    held = offices_held(table, country, date)
    monarch = bool(offices_held(table, "GBR", date) & {"king", "queen"})
    state = bool(held & HEAD_OF_STATE) or (date < REALMS.get(country, "") and monarch)
    start, end = COMBINED.get(country, ("9999", "9999"))
    combined = start <= date < end and bool(held & HEAD_OF_STATE)
    return {
        "head of state": state,
        "head of government": bool(held & HEAD_OF_GOVERNMENT) or combined,
        "foreign minister": "foreign minister" in held,
        "defence minister": "defence minister" in held,
    }


def excused(office: str, country: str, date: str) -> str:
    """The documented reason ``country`` has no ``office`` holder on ``date``, else ""."""
    for gap in GAPS:
        if (gap.office, gap.state) == (office, country) and gap.start <= date < gap.end:
            return gap.reason
    return ""


def missing(table: ActorTable, date: str) -> dict[str, tuple[list[str], list[str]]]:
    """Per office: (states missing with no reason, states missing with a documented one)."""
    out: dict[str, tuple[list[str], list[str]]] = {o: ([], []) for o in OFFICES}
    for code in UN_MEMBERS:
        for office, ok in covered(table, code, date).items():
            if not ok:
                out[office][1 if excused(office, code, date) else 0].append(code)
    return out
