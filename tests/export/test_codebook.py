"""The committed codebook is what the field definitions generate, and it documents every column."""

from __future__ import annotations

from pathlib import Path

from eventwire.export.codebook import codebook_markdown
from eventwire.export.profiles import PROFILES

CODEBOOK = Path(__file__).resolve().parents[2] / "docs" / "codebook.md"


def test_committed_codebook_is_up_to_date() -> None:
    assert CODEBOOK.read_text(encoding="utf-8") == codebook_markdown(), (
        "docs/codebook.md is stale: run python scripts/make_codebook.py"
    )


def test_codebook_describes_every_column() -> None:
    text = codebook_markdown()
    for profile in PROFILES.values():
        for field in profile.fields:
            assert f"| `{field.name}` | {field.type} |" in text
            assert field.description
