"""Profiles on the real demo database: GDELT, ACLED and PLOVER column names, types, mappings."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export.acled import ACLED_FIELDS, acled_type
from eventwire.export.canonical import EVENT_COLUMNS
from eventwire.export.fields import names
from eventwire.export.gdelt import GDELT_FIELDS, global_event_id
from eventwire.export.goldstein import goldstein
from eventwire.records import ActorRef, Event

EVENT = Event(
    event_id="ev-1", event_type="SUPPORT", event_mode=None, contexts=("diplomatic",),
    cameo_code="057", quad_class=1, actors=(ActorRef("Vladimir Putin", "RUS", "GOV"),),
    recipients=(), event_date="2022-02", date_precision="month", date_raw="in February",
    date_estimated=False, location=None, sources=(),
)


def _csv(demo_url: str, *args: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(app, ["events", "--db", demo_url, "-f", "csv", *args])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_canonical_csv_has_every_column(demo_url: str) -> None:
    rows = _csv(demo_url, "--profile", "canonical")
    assert len(rows) > 20 and list(rows[0]) == EVENT_COLUMNS
    dated = [r for r in rows if r["yyyymmdd"]]
    assert dated and all(r["yyyymmdd"][:4] == r["year"] for r in dated)


def test_gdelt_profile(demo_url: str) -> None:
    rows = _csv(demo_url, "-p", "gdelt")
    assert list(rows[0]) == names(GDELT_FIELDS)
    for r in rows:
        assert r["EventRootCode"] == r["EventCode"][:2] and len(r["EventBaseCode"]) == 3
        assert -10 <= float(r["GoldsteinScale"]) <= 10
        assert int(r["GLOBALEVENTID"]) == global_event_id(r["eventwire_event_id"])
        assert len(r["DATEADDED"]) == 14
    dated = [r for r in rows if r["SQLDATE"]]
    assert dated and all(r["SQLDATE"][:6] == r["MonthYear"] for r in dated)
    assert any(r["ActionGeo_FullName"] == "Baku, Azerbaijan" for r in rows)


def test_acled_profile(demo_url: str) -> None:
    rows = _csv(demo_url, "-p", "acled")
    assert list(rows[0]) == names(ACLED_FIELDS)
    assert {r["disorder_type"] for r in rows} >= {"Strategic developments", "Political violence"}
    assert any(r["country"] == "Azerbaijan" and r["iso"] == "31" for r in rows)
    assert all(r["tags"].startswith("plover=") for r in rows)
    assert all(r["fatalities"] == "" for r in rows)  # unknown, never a made-up 0


def test_acled_mapping_rules() -> None:
    def ev(kind: str, mode: str | None, recipients: tuple[ActorRef, ...] = ()) -> Event:
        return replace(EVENT, event_type=kind, event_mode=mode, recipients=recipients)

    assert acled_type(ev("ASSAULT", "heavy-weapons")) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert acled_type(ev("ASSAULT", None)) == ("Battles", "Armed clash")
    assert acled_type(ev("ASSAULT", None, (ActorRef(None, "ARM", "CVL"),)))[0] == (
        "Violence against civilians")
    assert acled_type(ev("PROTEST", "riot")) == ("Riots", "Violent demonstration")
    assert acled_type(ev("SUPPORT", None)) == ("Strategic developments", "Agreement")  # 057
    assert acled_type(ev("CONSULT", "visit")) == ("Strategic developments", "Other")


def test_goldstein_values() -> None:
    assert goldstein("057") == 8.0 and goldstein("0874") == 10.0 and goldstein("1821") == -9.0
    assert goldstein("0871") == 9.0  # four digits take the three-digit parent
    assert goldstein("190") == -10.0 and goldstein("040") == 1.0
    assert goldstein(None) is None and goldstein("99") is None


def test_plover_profile_is_json(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "plover.jsonl"
    result = CliRunner().invoke(app, ["events", "--db", demo_url, "-p", "plover", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    first = records[0]
    for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_loc",
                "event_text", "sources"):
        assert key in first
    assert all(r["event_text"] == r["sources"][0]["sentence"] for r in records)
    located = [r for r in records if r["event_loc"]]
    assert located and all(-90 <= r["event_loc"]["lat"] <= 90 for r in located)
    refused = CliRunner().invoke(app, ["events", "--db", demo_url, "-p", "plover", "-f", "csv"])
    assert refused.exit_code == 2 and "E314" in refused.output


def test_default_jsonl_is_still_the_nested_record(demo_url: str) -> None:
    result = CliRunner().invoke(app, ["events", "--db", demo_url])
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    assert "actors" in first and "sources" in first and "actor_names" not in first


def test_acled_parquet_types(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "acled.parquet"
    result = CliRunner().invoke(app, ["events", "--db", demo_url, "-p", "acled", "-f", "parquet",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(out)
    assert list(frame.columns) == names(ACLED_FIELDS)
    assert str(frame["inter2"].dtype) == "int64" and frame["fatalities"].isna().all()
