"""A country filter as a user writes it ("Armenia", "armenian", "ARM") → the stored code.

Stored actors carry ISO 3166-1 alpha-3 codes, or CAMEO's codes for what is no state
(regions such as EUR, organisations such as IGO or UNO). A filter of "Armenia" used to
match nothing, silently; here a name becomes its code by the same exact-match index
that coded the actors (``eventwire.actors.countries``), so filter and data agree, and a
value that is neither a known code nor a known name gives None, for the caller to refuse.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from eventwire.actors.countries import CAPITALS, PARTIAL, country_code

#: CAMEO codes stored for actors that are no state: regions, and international or
#: non-state organisations (Kosovo's XKX is added for PLOVER and NGEC).
NON_STATE_CODES = frozenset({
    "AFR", "ASA", "BLK", "CAU", "CRB", "CAS", "CEU", "EAF", "EEU", "EUR", "LAM", "MEA",
    "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST", "IGO", "NGO", "NGM",
    "UNO", "MNC", "IMG", "NAT", "XKX",
})  # fmt: skip


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """Every code a stored actor may carry as its country."""
    codes = {c.alpha_3 for c in pycountry.countries} | NON_STATE_CODES
    codes |= set(CAPITALS.values()) | {code for _, code, _ in PARTIAL.values()}
    return frozenset(codes | _table_codes())


def _table_codes() -> set[str]:
    """The codes the actor tables give as `country`: ISO3 and CAMEO's groups (IGO, EUR...)."""
    from eventwire.actors.table import load_table

    return {r.country for rows in load_table().rows.values() for r in rows if r.country}


def country_filter_code(value: str) -> str | None:
    """The stored code a country filter means; None for a value that names no country.

    A known code passes through in any case ("arm" → ARM); otherwise names, short
    names and demonyms go through ``country_code`` ("Armenia", "the Netherlands",
    "Azerbaijani"), then pycountry's exact lookup (alpha-2, official names: "AM",
    "Republic of Armenia").
    """
    text = value.strip()
    if not text:
        return None
    if len(text) == 3 and text.isascii() and text.upper() in known_codes():
        return text.upper()
    found = country_code(text)
    if found:
        return found
    try:
        return str(pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        return None
