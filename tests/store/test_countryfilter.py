"""Country filters as users write them: codes in any case, names, demonyms; None otherwise."""

from __future__ import annotations

import pytest

from eventwire.store.countryfilter import country_filter_code


@pytest.mark.parametrize(("value", "code"), [
    ("ARM", "ARM"), ("arm", "ARM"), (" Armenia ", "ARM"), ("Armenian", "ARM"),
    ("Republic of Armenia", "ARM"), ("AM", "ARM"), ("Azerbaijan", "AZE"), ("Georgia", "GEO"),
    ("the Netherlands", "NLD"), ("U.S.", "USA"), ("us", "USA"), ("UAE", "ARE"), ("Kosovo", "XKX"),
    ("XKX", "XKX"), ("IGO", "IGO"), ("EUR", "EUR"), ("Türkiye", "TUR"), ("Côte d'Ivoire", "CIV"),
])
def test_names_and_codes_give_the_stored_code(value: str, code: str) -> None:
    assert country_filter_code(value) == code


@pytest.mark.parametrize("value", ["", "  ", "ZZZ", "Armenai", "Moscow", "last year"])
def test_what_names_no_country_is_none(value: str) -> None:
    assert country_filter_code(value) is None
