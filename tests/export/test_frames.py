"""eventwire.open(url): pandas frames with the canonical columns and the CLI's filters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import eventwire
from eventwire.errors import EventwireError
from eventwire.export.canonical import ARTICLE_COLUMNS, EVENT_COLUMNS


def test_events_frame_has_canonical_columns_and_types(demo_url: str) -> None:
    db = eventwire.open(demo_url)
    frame = db.events()
    assert list(frame.columns) == EVENT_COLUMNS and len(frame) > 20
    assert str(frame["yyyymmdd"].dtype) == "Int64" and str(frame["latitude"].dtype) == "float64"
    assert isinstance(frame["actor_names"].iloc[0], list)
    azerbaijan = db.events(country="AZE", type=["CONSULT", "AGREE"])
    assert 0 < len(azerbaijan) < len(frame)
    assert set(azerbaijan["event_type"]) <= {"CONSULT", "AGREE"}
    assert all("AZE" in c or "AZE" in r for c, r in
               zip(azerbaijan["actor_countries"], azerbaijan["recipient_countries"], strict=True))
    since = db.events(since="2023-01-01")
    assert (since["date_end"].dropna() >= "2023-01-01").all()
    assert list(db.events(profile="gdelt").columns)[:2] == ["GLOBALEVENTID", "SQLDATE"]
    assert list(db.articles().columns) == ARTICLE_COLUMNS
    db.close()


def test_open_refuses_a_missing_sqlite_file(tmp_path: Path) -> None:
    with pytest.raises(EventwireError, match="E318"):
        eventwire.open(f"sqlite:///{tmp_path / 'typo.db'}")
    assert not (tmp_path / "typo.db").exists()


def test_import_eventwire_stays_light() -> None:
    code = "import sys, eventwire; print('pandas' in sys.modules or 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
