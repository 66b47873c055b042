"""A small real database for the CLI's tests: two articles of one meeting, ingested once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

ARTICLES = [
    {"id": "t1", "title": "Armenian and Azerbaijani ministers meet in Tbilisi",
     "outlet": "Steppe Herald", "published": "2022-07-17",
     "text": "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
             "Bayramov met in Tbilisi on Saturday, their first meeting since the war.\n\n"
             "The two ministers discussed a peace treaty, officials said."},
    {"id": "t2", "title": "Mirzoyan and Bayramov hold talks in Georgia",
     "outlet": "Caspian Daily", "published": "2022-07-18",
     "text": "Azerbaijan's foreign minister Jeyhun Bayramov met his Armenian counterpart Ararat "
             "Mirzoyan in Tbilisi on July 16, the Georgian government said.\n\n"
             "The talks focused on a peace treaty and border issues."},
]


@dataclass(frozen=True)
class Ingested:
    url: str
    source: Path
    stderr: str


@pytest.fixture(scope="session")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    folder = tmp_path_factory.mktemp("cli")
    source = folder / "two.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    url = f"sqlite:///{folder / 'two.db'}"
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", url])
    assert result.exit_code == 0, result.output
    return Ingested(url, source, result.stderr)


@pytest.fixture()
def empty_url(tmp_path: Path) -> str:
    """An existing database with no rows (made by a writing command's open)."""
    from eventwire.store import Store

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    Store(url).close()
    return url
