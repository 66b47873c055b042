"""One real demo database for the export tests, built once per session (about 10 s)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    url = f"sqlite:///{path}"
    result = CliRunner().invoke(app, ["demo", "--db", url])
    assert result.exit_code == 0, result.output
    return url

