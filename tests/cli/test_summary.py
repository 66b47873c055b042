"""Ingest's closing lines label every count, and the demo's hints can be run as printed."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.checks import command_name
from eventwire.store import Store
from tests.cli.conftest import Ingested


def numbers(text: str) -> dict[str, int]:
    found = {
        "stored": r"(\d+) new articles stored", "copies": r"(\d+) of them near-copies",
        "already": r"(\d+) already stored", "skipped": r"(\d+) skipped with errors",
        "new_events": r"(\d+) new events", "merged": r"(\d+) reports merged",
        "total_articles": r"in store: (\d+) articles", "total_events": r"(\d+) events in all",
    }
    flat = " ".join(text.split())
    return {k: int(m.group(1)) for k, p in found.items() if (m := re.search(p, flat))}


def test_the_summary_labels_articles_events_and_totals(ingested: Ingested) -> None:
    first = numbers(ingested.stderr)
    assert len(first) == 8, ingested.stderr
    counts = Store(ingested.url).counts()
    assert first["stored"] == 2 and first["already"] == 0 and first["skipped"] == 0
    assert (first["total_articles"], first["total_events"]) == (counts["articles"],
                                                                 counts["events"])
    assert first["new_events"] == counts["events"]  # the store was empty before
    assert first["merged"] >= 1  # both articles report the Tbilisi meeting
    again = CliRunner().invoke(app, ["ingest", str(ingested.source), "--db", ingested.url])
    second = numbers(again.stderr)
    assert (second["stored"], second["already"], second["new_events"], second["merged"]) == (
        0, 2, 0, 0)
    assert second["total_events"] == counts["events"]


def test_command_name_runs_as_invoked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    script = tmp_path / ".venv" / "bin" / "eventwire"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    monkeypatch.setattr(sys, "argv", [str(script), "demo"])
    assert command_name() == ".venv/bin/eventwire"  # not on PATH: the path as run
    monkeypatch.setenv("PATH", f"{script.parent}:/usr/bin:/bin")
    assert command_name() == "eventwire"  # PATH finds this very file
    main = tmp_path / "lib" / "eventwire" / "__main__.py"
    monkeypatch.setattr(sys, "argv", [str(main), "demo"])
    assert command_name().endswith(" -m eventwire")
    monkeypatch.setattr(sys, "argv", [str(main.parent / "cli" / "__main__.py"), "demo"])
    assert command_name().endswith(" -m eventwire.cli")
