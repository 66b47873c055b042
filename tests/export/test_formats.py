"""GeoJSON, Gephi and partitioned Parquet on the real demo database, read back by real readers."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export.canonical import EVENT_COLUMNS


def _events(demo_url: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["events", "--db", demo_url, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_geojson_has_coordinates_and_canonical_properties(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    message = _events(demo_url, "-f", "geojson", "-o", str(out))
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection" and data["features"]
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert (lon, lat) == (feature["properties"]["longitude"], feature["properties"]["latitude"])
        assert list(feature["properties"]) == EVENT_COLUMNS
    assert "without coordinates left out" in message  # never a silent drop


def test_gephi_edges_reference_existing_nodes(demo_url: str, tmp_path: Path) -> None:
    _events(demo_url, "-f", "gephi", "-o", str(tmp_path / "net"))
    with (tmp_path / "net" / "nodes.csv").open(newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with (tmp_path / "net" / "edges.csv").open(newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0]) == ["Id", "Label", "Country", "Sector"]
    assert list(edges[0]) == ["Source", "Target", "Weight", "Type", "Label", "Time Interval"]
    ids = {n["Id"] for n in nodes}
    assert len(ids) == len(nodes)
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)
    assert {e["Type"] for e in edges} <= {"Directed", "Undirected"}
    keys = [(e["Source"], e["Target"], e["Type"], e["Label"], e["Time Interval"]) for e in edges]
    # aggregated: one row per pair, direction, type and month (a visit and a meeting of the
    # same two leaders in one month are a directed and an undirected edge)
    assert len(keys) == len(set(keys))
    assert any(e["Time Interval"].startswith("<[20") for e in edges)
    refused = CliRunner().invoke(app, ["events", "--db", demo_url, "-f", "gephi"])
    assert refused.exit_code == 2 and "E315" in refused.output


def test_partitioned_parquet_reads_back(demo_url: str, tmp_path: Path) -> None:
    single = tmp_path / "events.parquet"
    folder = tmp_path / "dataset"
    _events(demo_url, "-f", "parquet", "-o", str(single))
    _events(demo_url, "-f", "parquet", "--partition", "-o", str(folder))
    whole = pd.read_parquet(single)
    parts = pd.read_parquet(folder)
    assert list(whole.columns) == EVENT_COLUMNS
    assert sorted(parts["event_id"]) == sorted(whole["event_id"])
    assert any(p.name.startswith("month=") for p in folder.glob("year=*/*"))
    dated = whole.dropna(subset=["month"]).set_index("event_id")
    back = parts.set_index("event_id").loc[dated.index]
    assert (back["year"].astype(int) == dated["year"]).all()
    assert (back["month"].astype(int) == dated["month"]).all()
    assert whole["cameo_code"].map(type).eq(str).all()
    again = CliRunner().invoke(app, ["events", "--db", demo_url, "-f", "parquet", "--partition",
                                     "-o", str(folder)])
    assert again.exit_code == 2 and "E312" in again.output  # old partitions would mix in


def test_empty_csv_still_has_a_header(demo_url: str) -> None:
    result = CliRunner().invoke(app, ["events", "--db", demo_url, "-f", "tsv", "--country", "TUV"])
    assert result.exit_code == 0 and "0 events" in result.output
    assert result.stdout.splitlines()[0].split("\t")[0] == "event_id"
