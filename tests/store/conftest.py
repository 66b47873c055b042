"""Storage tests run on SQLite and, where EVENTWIRE_TEST_PG names one, a real PostgreSQL server.

.ci/run starts PostgreSQL (.ci/postgres.sh) and sets EVENTWIRE_TEST_PG; elsewhere
the PostgreSQL cases skip and say how to run them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from eventwire.store.schema import drop_everything


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'e.db'}"
        return
    url = os.environ.get("EVENTWIRE_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server: run `export EVENTWIRE_TEST_PG=$(bash .ci/postgres.sh)`")
    engine = create_engine(url)
    drop_everything(engine)  # every test starts from an empty database
    engine.dispose()
    yield url
    engine = create_engine(url)
    drop_everything(engine)
    engine.dispose()
