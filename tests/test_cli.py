"""The command line as a user runs it: real files in, data on stdout, messages on stderr."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

DATA = Path(__file__).resolve().parent / "data" / "read"
COMMANDS = ["ingest", "events", "timeline", "articles", "extract", "clean", "demo", "score",
            "version", "withdraw", "merge-events"]


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "Example" in out


def test_ingest_is_idempotent_and_names_bad_files(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    code, out, err = run("ingest", str(DATA), "--db", db)
    assert code == 3, err  # something was skipped with an error
    assert out == ""  # messages go to stderr, never stdout
    assert "binary.txt" in err and "empty.txt" in err
    assert "skipped with errors" in err
    code, out, _ = run("articles", "--db", db)
    first = [json.loads(line) for line in out.splitlines()]
    assert {"article_id", "origin", "title", "outlet", "publication_date",
            "publication_date_estimated", "duplicate_of", "story_id"} <= set(first[0])
    code, _, err = run("ingest", str(DATA), "--db", db)
    assert "0 new articles" in err
    code, out, _ = run("articles", "--db", db)
    assert len(out.splitlines()) == len(first)


def test_txt_without_date_gets_an_estimated_one(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    run("ingest", str(DATA / "yerevan-talks.txt"), "--db", db)
    _, out, _ = run("articles", "--db", db)
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["title"].startswith("Armenian and Azerbaijani foreign ministers")
    if row["publication_date"] is not None:
        assert row["publication_date_estimated"] is True


def test_events_csv_and_filters(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    run("ingest", str(DATA / "sochi.html"), str(DATA / "articles.jsonl"), "--db", db)
    code, out, err = run("events", "--db", db, "-f", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows, "the Sochi page and the declaration should give events"
    assert {"event_id", "event_type", "cameo_code", "latitude"} <= set(rows[0])
    _, out, _ = run("events", "--db", db, "--country", "ZZZ")
    assert out == ""
    _, out, _ = run("timeline", "--db", db)
    assert "CONSULT" in out or "SUPPORT" in out


def test_extract_matches_ingest(tmp_path: Path) -> None:
    source = (DATA / "articles.jsonl").read_text()
    code, out, _ = run("extract", "-", stdin=source)
    assert code == 3  # its bad lines are named, the rest extracted
    extracted = [json.loads(line) for line in out.splitlines()]
    assert extracted and all(e["sources"][0]["article_id"] in {"t-1", "t-3"} for e in extracted)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    run("ingest", str(DATA / "articles.jsonl"), "--db", db)
    _, out, _ = run("events", "--db", db)
    stored = [json.loads(line) for line in out.splitlines()]
    key = lambda e: (e["event_id"], e["event_type"], e["event_date"])  # noqa: E731
    assert sorted(map(key, extracted)) == sorted(map(key, stored))


def test_clean_jsonl_and_files() -> None:
    line = json.dumps({"id": "x", "text": "The ministers met in Baku.\n\nLeave a Reply\n\nName"})
    code, out, _ = run("clean", "--jsonl", "-", stdin=line + "\n")
    assert code == 0
    record = json.loads(out)
    assert record["id"] == "x" and "Leave a Reply" not in record["text"]
    code, out, _ = run("clean", str(DATA / "yerevan-talks.txt"))
    assert "Previous Article" not in out and "Mirzoyan" in out


def test_bad_database_url_is_one_clear_line() -> None:
    code, _, err = run("events", "--db", "nosuchdb://x")
    assert code == 2
    assert "E200" in err


def test_console_script_is_installed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "version"], capture_output=True, text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.strip()
