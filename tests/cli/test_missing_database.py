"""Reading commands never create a database: a missing SQLite file is one line (E500)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

READING = [
    ["events"], ["events", "-f", "csv"], ["timeline"], ["articles"], ["stories"],
    ["story", "s-000000000000"],
]


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c))
def test_a_reading_command_on_a_typo_says_so_and_creates_nothing(
    command: list[str], tmp_path: Path
) -> None:
    typo = tmp_path / "eventwire-dmeo.db"
    result = CliRunner().invoke(app, [*command, "--db", f"sqlite:///{typo}"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "[E500] no database at" in lines[0]
    assert "demo" in lines[0] and "ingest" in lines[0]
    assert not typo.exists()


def test_the_default_database_is_not_created_and_the_demo_one_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    result = CliRunner().invoke(app, ["timeline"])
    assert result.exit_code == 2 and "E500" in result.stderr
    assert not (tmp_path / "eventwire.db").exists()
    (tmp_path / "eventwire-demo.db").write_bytes(b"")  # `eventwire demo` ran here
    result = CliRunner().invoke(app, ["timeline"])
    assert result.exit_code == 2
    assert "add --db sqlite:///eventwire-demo.db" in result.stderr
    assert not (tmp_path / "eventwire.db").exists()


def test_writing_commands_still_create_it(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    result = CliRunner().invoke(app, ["withdraw", "nothing", "--db", f"sqlite:///{new}"])
    assert new.exists()  # the store was opened for writing (the article is unknown)
    assert "E500" not in result.stderr


def test_serve_refuses_a_missing_file_without_a_token(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 2 and "E500" in result.stderr
    assert not missing.exists()


def test_serve_with_a_token_starts_an_empty_store_and_warns(tmp_path: Path) -> None:
    """POST /articles may fill a new store, so serving one is allowed, with a warning."""
    fresh = tmp_path / "fresh.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", f"sqlite:///{fresh}",
         "--token", "t0ken", "--port", "0"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=os.environ.copy(),
    )
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()
        assert "warning" in first and "no database at" in first
        deadline = time.monotonic() + 30
        while not fresh.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert fresh.exists()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
