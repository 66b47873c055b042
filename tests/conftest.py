"""Shared fixtures: the real spaCy pipeline (loaded once) and ../shared, skipped where absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "gold"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's ../shared folder; tests that read third-party data skip without it."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip(
            f"../shared is absent ({SHARED}): third-party seed articles and datasets are not "
            "shipped with eventwire; these tests run in the project's own checkout only"
        )
    return SHARED


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from eventwire.language.nlp import load_nlp

    return load_nlp()
