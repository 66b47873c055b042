"""Filter helpers on a real database: LIKE wildcards taken literally (SQLite and PostgreSQL),
and country filters given as names as well as codes."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select

from eventwire.store.countryfilter import country_filter_code
from eventwire.store.filters import contains_text

NAMES = ["100% sure", "a_b", "ab", "back\\slash", "Nikol Pashinyan", "PASHINYAN", "a%b_c\\d"]


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("%", {"100% sure", "a%b_c\\d"}),
        ("_", {"a_b", "a%b_c\\d"}),
        ("\\", {"back\\slash", "a%b_c\\d"}),
        ("a_b", {"a_b"}),
        ("%b_c\\", {"a%b_c\\d"}),
        ("pashinyan", {"Nikol Pashinyan", "PASHINYAN"}),
        ("  Nikol ", {"Nikol Pashinyan"}),
        ("zzz", set()),
    ],
)
def test_like_wildcards_are_literal(db_url: str, needle: str, expected: set[str]) -> None:
    meta = MetaData()
    table = Table("like_probe", meta, Column("id", Integer, primary_key=True),
                  Column("name", String))
    engine = create_engine(db_url)
    meta.drop_all(engine)
    meta.create_all(engine)
    try:
        with engine.begin() as conn:
            conn.execute(insert(table), [{"name": n} for n in NAMES])
            found = {r.name for r in conn.execute(
                select(table.c.name).where(contains_text(table.c.name, needle)))}
        assert found == expected
    finally:
        meta.drop_all(engine)
        engine.dispose()


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("ARM", "ARM"), ("arm", "ARM"), (" AZE ", "AZE"), ("Armenia", "ARM"), ("armenia", "ARM"),
        ("Azerbaijani", "AZE"), ("the United States", "USA"), ("U.S.", "USA"),
        ("Kosovo", "XKX"), ("XKX", "XKX"), ("EUR", "EUR"), ("igo", "IGO"),
        ("Narnia", None), ("XYZ", None), ("", None), ("%", None), ("US", "USA"),
    ],
)
def test_country_filter_code(value: str, code: str | None) -> None:
    assert country_filter_code(value) == code
