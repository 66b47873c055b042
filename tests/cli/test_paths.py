"""A path that cannot be written or read is one coded line (E501, E502), not a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app


def one_error(args: list[str], code: str) -> str:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and f"[{code}]" in lines[0], result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "json", "parquet", "geojson"])
def test_events_into_a_missing_folder(fmt: str, empty_url: str, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / f"x.{fmt}"
    line = one_error(["events", "--db", empty_url, "-f", fmt, "-o", str(target)], "E501")
    assert f"mkdir -p {target.parent}" in line
    assert not target.parent.exists()


def test_gephi_and_partitions_under_a_file(empty_url: str, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    one_error(["events", "--db", empty_url, "-f", "gephi", "-o", str(blocker / "g")], "E501")
    one_error(["events", "--db", empty_url, "-f", "parquet", "--partition", "-o",
               str(blocker / "p")], "E501")


def test_articles_and_stories_into_a_missing_folder(empty_url: str, tmp_path: Path) -> None:
    one_error(["articles", "--db", empty_url, "-o", str(tmp_path / "no" / "a.csv"), "-f", "csv"],
              "E501")
    one_error(["stories", "--db", empty_url, "-f", "csv", "-o", str(tmp_path / "no" / "s.csv")],
              "E501")


def test_score_names_a_missing_or_bad_input(tmp_path: Path) -> None:
    predicted = tmp_path / "pred.jsonl"
    predicted.write_text("", encoding="utf-8")
    one_error(["score", "--gold", str(tmp_path / "no" / "gold.jsonl"), str(predicted)], "E502")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "a.txt", "event_type": "CONSULT"}) + "\n",
                    encoding="utf-8")
    one_error(["score", "--gold", str(gold), str(tmp_path / "missing.jsonl")], "E502")
    predicted.write_text("{not json\n", encoding="utf-8")
    assert "pred.jsonl:1" in one_error(["score", "--gold", str(gold), str(predicted)], "E506")
    gold.write_text("[broken\n", encoding="utf-8")
    one_error(["score", "--gold", str(gold), "-"], "E506")


def test_extract_and_clean_name_a_missing_input(tmp_path: Path) -> None:
    # extract reads through eventwire.read, which names a file it cannot open as E100
    one_error(["extract", str(tmp_path / "none.jsonl")], "E100")
    one_error(["clean", "--jsonl", str(tmp_path / "none.jsonl")], "E502")


def test_a_path_that_looks_like_markup_is_printed_as_is(empty_url: str, tmp_path: Path) -> None:
    target = tmp_path / "[/x]" / "out.csv"
    line = one_error(["events", "--db", empty_url, "-f", "csv", "-o", str(target)], "E501")
    assert "[/x]" in line
