"""The detector's own tests run with the shipped model (the parent folder switches it off)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWIRE_DETECTOR", raising=False)
