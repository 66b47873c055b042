"""The shipped tables load, carry dated rows, and a user CSV in EVENTWIRE_ACTORS overrides them."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import capital_actor, country_code, resolve
from eventwire.actors.table import DATA, ENV_VAR, load_table, role_on
from eventwire.errors import EventwireError


def test_tables_load_with_phoenix_and_updates() -> None:
    table = load_table()
    assert len(table.rows) > 10000
    assert "Ilham Aliyev" in table.rows
    assert table.agents["soldier"] == "MIL"
    assert table.agents["police"] == "COP"
    assert "Phoenix" in (DATA / "README.md").read_text(encoding="utf-8")


def test_update_rows_replace_phoenix_rows() -> None:
    rows = load_table().rows["Serzh Sargsyan"]
    assert all(r.source == "eventwire" for r in rows)
    assert role_on(rows, "2016-01-01") == ("ARM", "GOV")
    assert role_on(rows, "2019-01-01") == ("ARM", "ELI")


def test_country_collisions() -> None:
    assert country_code("U.S.") == "USA"
    assert country_code("us") is None
    assert country_code("Georgia") == "GEO"
    assert country_code("Niger") == "NER"
    assert country_code("Nigeria") == "NGA"
    assert country_code("Dominica") == "DMA"
    assert country_code("Dominican Republic") == "DOM"
    assert country_code("Türkiye") == "TUR"
    assert country_code("Azeri") == "AZE"
    assert country_code("Atlantis") is None


def test_capital_metonymy() -> None:
    assert capital_actor("Baku") == ("AZE", "GOV")
    assert capital_actor("the Kremlin") == ("RUS", "GOV")
    assert capital_actor("Ganja") is None


def test_user_actor_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text(
        "name,variants,country,sector,start,end,source\n"
        "Zara Testova,Testova,ARM,LEG,2021-08-02,,user\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(ENV_VAR, str(extra))
    resolve.cache_clear()
    try:
        ref = resolve("Testova", "2022-01-01")
        assert ref is not None and (ref.name, ref.country, ref.sector) == (
            "Zara Testova", "ARM", "LEG")  # fmt: skip
    finally:
        monkeypatch.delenv(ENV_VAR)
        resolve.cache_clear()


def test_bad_user_file_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "missing.csv"))
    with pytest.raises(EventwireError, match=ENV_VAR):
        load_table()


def test_an_organisation_or_treaty_is_not_found_by_its_last_word() -> None:
    from eventwire.actors import resolve

    # "Treaty" is the last word of a table entry (a treaty body), but no surname
    assert resolve("the Treaty of Friendship and Cooperation", "2018-11-03") is None
    assert resolve("Treaty", "2018-11-03") is None
