"""Country names and codes for profiles that spell countries differently (ACLED, GDELT)."""

from __future__ import annotations

from functools import lru_cache

#: Short names where ISO's is long or formal, as ACLED and most newsrooms write them.
SHORT_NAMES = {
    "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "MDA": "Moldova", "TUR": "Turkey",
    "KOR": "South Korea", "PRK": "North Korea", "VNM": "Vietnam", "LAO": "Laos",
    "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "PSE": "Palestine",
    "GBR": "United Kingdom", "USA": "United States",
}


@lru_cache(maxsize=512)
def _country(iso3: str) -> tuple[str, int] | None:
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3.upper())
    if found is None:
        return None
    name = SHORT_NAMES.get(found.alpha_3) or getattr(found, "common_name", None) or found.name
    return name, int(found.numeric)


def country_name(iso3: str | None) -> str | None:
    """'Azerbaijan' for AZE; None for None or a code that is no ISO country (EUR, NGO)."""
    found = _country(iso3) if iso3 else None
    return found[0] if found else None


def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code (31 for AZE), as ACLED's ``iso`` column has it."""
    found = _country(iso3) if iso3 else None
    return found[1] if found else None
