"""`eventwire stories`, `story` and `events --disputed` on a real ingest of the demo corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.demo import corpus_dir


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'stories.db'}"
    code, _, err = run("ingest", str(corpus_dir()), "--db", url)
    assert code == 0, err
    return url


@pytest.mark.parametrize("command", ["stories", "story"])
def test_help_ends_with_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Example: eventwire " + command in out


def test_stories_lists_every_story_as_csv_and_as_a_table(db: str) -> None:
    code, out, err = run("stories", "--db", db, "-f", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["story_id", "title", "first_date", "last_date", "num_events",
                             "num_articles", "num_outlets", "updated_at"]
    assert sum(int(r["num_articles"]) for r in rows) == 25
    assert f"{len(rows)} stories" in err
    code, table, _ = run("stories", "--db", db)
    assert code == 0 and rows[-1]["story_id"] in table


def test_story_prints_summary_timeline_sources_and_disagreements(db: str) -> None:
    _, out, _ = run("stories", "--db", db, "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    ceasefire = next(r for r in rows if "Karabakh war halts" in (r["title"] or ""))
    code, text, err = run("story", ceasefire["story_id"], "--db", db)
    assert code == 0, err
    for part in ("Summary", "Timeline", "Sources", "Disagreements", "Caspian Ledger",
                 "Ararat Wire", "Nordic Policy Review", "signed a joint statement"):
        assert part in text, part
    code, _, err = run("story", "s-000000000000", "--db", db)
    assert code == 2 and "[E310]" in err


def test_events_disputed_shows_only_events_whose_sources_disagree(db: str) -> None:
    code, out, err = run("events", "--db", db)
    assert code == 0, err
    every = [json.loads(line) for line in out.splitlines()]
    code, out, err = run("events", "--db", db, "--disputed")
    assert code == 0, err
    disputed = [json.loads(line) for line in out.splitlines()]
    assert {e["event_id"] for e in disputed} == {e["event_id"] for e in every
                                                 if e["disagreements"]}
    assert all(d["values"] and d["field"] for e in disputed for d in e["disagreements"])


def test_story_table_is_written_to_a_file(db: str, tmp_path: Path) -> None:
    target = tmp_path / "stories.tsv"
    code, out, _ = run("stories", "--db", db, "-f", "tsv", "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text().startswith("story_id\ttitle")
