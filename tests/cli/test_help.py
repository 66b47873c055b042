"""Every command's --help ends with an example (sqlite-utils style), on stdout."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

NAMES = sorted(
    c.name or (c.callback.__name__.replace("_", "-") if c.callback else "")
    for c in app.registered_commands
)


def test_the_list_is_complete() -> None:
    assert {"ingest", "events", "timeline", "articles", "stories", "story", "demo", "serve",
            "score", "extract", "withdraw", "merge-events"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_help_has_an_example(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout, name


def test_the_group_help_names_a_first_step() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert "Example: eventwire demo" in " ".join(result.stdout.split())
