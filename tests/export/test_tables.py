"""Export formats: the same columns everywhere, header always, lists native or joined."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from eventwire.errors import EventwireError
from eventwire.export import EVENT_COLUMNS, event_row, write_rows
from eventwire.export.timeline import timeline_table, who_to_whom
from eventwire.records import ActorRef, Event, Place, Source

EVENT = Event(
    event_id="ev-9", event_type="SUPPORT", event_mode=None, contexts=("diplomatic", "economic"),
    cameo_code="057", quad_class=1,
    actors=(ActorRef("Vladimir Putin", "RUS", "GOV"), ActorRef("Ilham Aliyev", "AZE", "GOV")),
    recipients=(), event_date="2022-02", date_precision="month", date_raw="last February",
    date_estimated=False, location=Place("Moscow", "RUS", 55.75, 37.62, 524901),
    sources=(Source("a1", "x.txt", "Caspian Ledger", "t", "https://c.example/1", "2022-09-03",
                    "Last February the two presidents signed a declaration.", 7),),
)


def test_event_row_columns_and_dates() -> None:
    row = event_row(EVENT)
    assert list(row) == EVENT_COLUMNS
    assert row["year"] == 2022 and row["yyyymmdd"] == 20220200
    assert row["cameo_code"] == "057"
    assert row["actor_countries"] == ["RUS", "AZE"]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_join_lists_and_always_have_a_header(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"e.{fmt}"
    write_rows([event_row(EVENT)], fmt, path, EVENT_COLUMNS)
    with path.open(newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t" if fmt == "tsv" else ","))
    assert rows[0]["actor_names"] == "Vladimir Putin; Ilham Aliyev"
    assert rows[0]["cameo_code"] == "057"
    empty = tmp_path / f"empty.{fmt}"
    write_rows([], fmt, empty, EVENT_COLUMNS)
    assert empty.read_text().splitlines()[0].split("\t" if fmt == "tsv" else ",")[0] == "event_id"


def test_jsonl_json_and_parquet_keep_lists(tmp_path: Path) -> None:
    write_rows([EVENT.to_json()], "jsonl", tmp_path / "e.jsonl")
    back = json.loads((tmp_path / "e.jsonl").read_text())
    assert back["actors"][1] == {"name": "Ilham Aliyev", "country": "AZE", "sector": "GOV"}
    assert Event.from_json(back) == EVENT
    write_rows([EVENT.to_json()], "json", tmp_path / "e.json")
    assert json.loads((tmp_path / "e.json").read_text())[0]["event_id"] == "ev-9"
    write_rows([event_row(EVENT)], "parquet", tmp_path / "e.parquet", EVENT_COLUMNS)
    frame = pd.read_parquet(tmp_path / "e.parquet")
    assert list(frame["contexts"][0]) == ["diplomatic", "economic"]
    assert frame["cameo_code"][0] == "057"


def test_unknown_format_and_parquet_to_stdout_are_errors() -> None:
    with pytest.raises(EventwireError, match="E300"):
        write_rows([], "xlsx", None)
    with pytest.raises(EventwireError, match="E301"):
        write_rows([], "parquet", None)


def test_timeline_row() -> None:
    assert who_to_whom(EVENT) == "Vladimir Putin (RUS GOV), Ilham Aliyev (AZE GOV)"
    table = timeline_table([EVENT])
    assert table.row_count == 1


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_text_is_quoted_so_a_cameo_code_keeps_its_zero(tmp_path: Path, fmt: str) -> None:
    """Text values are quoted ("057"), numbers not; pandas parses even quoted numbers as
    numbers, so the README gives it dtype={"cameo_code": str}."""
    path = tmp_path / f"e.{fmt}"
    write_rows([event_row(EVENT)], fmt, path, EVENT_COLUMNS)
    header, row = path.read_text(encoding="utf-8").splitlines()
    sep = "\t" if fmt == "tsv" else ","
    assert header.split(sep)[0] == "event_id"  # the header is not quoted
    assert f'{sep}"057"{sep}' in row and f"{sep}2022{sep}" in row  # numbers stay bare
    with path.open(newline="", encoding="utf-8") as handle:
        (back,) = list(csv.DictReader(handle, delimiter=sep))
    assert back["cameo_code"] == "057" and back["actor_countries"] == "RUS; AZE"
    frame = pd.read_csv(path, sep=sep, dtype={"cameo_code": str})
    assert frame["cameo_code"].tolist() == ["057"]
