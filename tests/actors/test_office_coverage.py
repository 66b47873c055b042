"""Every UN member state has a head of state, a foreign minister and a defence minister.

The definitions (UN members, which offices count, the documented gaps) live in
eventwire/actors/coverage.py, which scripts/actor_coverage.py prints, so that the report a
maintainer runs and the test agree. A state
may lack a holder only where ``GAPS`` says why (no defence ministry; holder unknown to us);
a gap that the table has since filled must be removed, so the list stays honest.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.actors import coverage, resolve
from eventwire.actors.table import holders, load_table, office_on

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "actor_coverage.py"
DATES = ["2026-01-01", "2020-01-01"]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("actor_coverage", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _load_script()


def test_un_member_list_has_193_states() -> None:
    assert len(coverage.UN_MEMBERS) == 193


@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize("office", coverage.OFFICES)
def test_every_un_member_has_a_holder(office: str, date: str) -> None:
    gaps, _ = coverage.missing(load_table(), date)[office]
    assert not gaps, f"{office} missing on {date}: {gaps}"


def test_gaps_are_well_formed() -> None:
    for gap in coverage.GAPS:
        assert gap.office in coverage.OFFICES, gap
        assert gap.state in coverage.UN_MEMBERS, gap
        assert gap.reason.strip(), gap
        assert gap.start < gap.end, gap


@pytest.mark.parametrize("date", DATES)
def test_gaps_are_still_needed(date: str) -> None:
    table = load_table()
    stale = [
        (gap.state, gap.office)
        for gap in coverage.GAPS
        if gap.start <= date < gap.end and coverage.covered(table, gap.state, date)[gap.office]
    ]
    assert not stale, f"listed as gaps on {date} but the table now has a holder: {stale}"


DEFENCE_SPOT_CHECKS = [
    ("Ugandan Defence Minister Adolf Mwesige", "2019-05-01", "Adolf Mwesige", "UGA", "GOV"),
    ("Rwandan Defence Minister Albert Murasira", "2020-02-01", "Albert Murasira", "RWA", "GOV"),
    ("Cameroon's defence minister Beti Assomo", "2022-01-01", "Joseph Beti Assomo", "CMR", "GOV"),
    ("Niger's Defence Minister Salifou Mody", "2024-03-01", "Salifou Mody", "NER", "GOV"),
    ("Uruguayan Defence Minister Javier Garcia", "2021-05-01", "Javier Garcia", "URY", "GOV"),
    ("Zimbabwean Defence Minister Muchinguri", "2021-01-01", "Oppah Muchinguri", "ZWE", "GOV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "name", "country", "sector"), DEFENCE_SPOT_CHECKS)
def test_resolve_defence_ministers(
    text: str, date: str, name: str, country: str, sector: str
) -> None:
    ref = resolve(text, date)
    assert ref is not None, text
    assert (ref.name, ref.country, ref.sector) == (name, country, sector)


HELD_BY_HEAD = [
    ("JOR", "2022-01-01", "Bisher Al-Khasawneh", "prime minister"),
    ("MUS", "2019-01-01", "Pravind Jugnauth", "prime minister"),
    ("JAM", "2023-01-01", "Andrew Holness", "prime minister"),
    ("GMB", "2019-01-01", "Adama Barrow", "president"),
    ("SYC", "2018-01-01", "Danny Faure", "president"),
    ("LBY", "2023-01-01", "Abdul Hamid Dbeibah", "prime minister"),
]


@pytest.mark.parametrize(("state", "date", "name", "head_office"), HELD_BY_HEAD)
def test_head_holding_defence_is_the_defence_minister_but_keeps_the_head_office(
    state: str, date: str, name: str, head_office: str
) -> None:
    """ "the Jordanian defence minister" finds the prime minister, and "the prime minister"
    still does: the defence row must not make the head's office read "defence minister"."""
    table = load_table()
    assert holders(table, state, "defence minister", date) == (name,)
    assert office_on(table.rows[name], date) == head_office


def test_script_reports_counts_and_gaps(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["actor_coverage.py", "--date", "2020-01-01", "--all"])
    assert script.main() == 0
    out = capsys.readouterr().out
    assert "== 2020-01-01 (193 UN member states)" in out
    assert "defence minister" in out and "missing   0" in out
    assert "excused ISL: no armed forces" in out
