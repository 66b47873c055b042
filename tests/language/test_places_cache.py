"""The gazetteer's on-disk cache gives the same answers as building it, and never stops a run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.language import places_gazetteer
from eventwire.language.places_gazetteer import build_gazetteer, load_gazetteer, normalise

NAMES = ["Baku", "Georgia", "Yerevan", "Paris", "Shusha", "Washington", "Springfield", "Gori"]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cache directory; the process-wide gazetteer is reset before and after."""
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    load_gazetteer.cache_clear()
    yield tmp_path / "cache"
    load_gazetteer.cache_clear()


def _answers(gaz: places_gazetteer.Gazetteer) -> dict[str, list[tuple[object, ...]]]:
    return {
        name: [
            (c.place, c.kind, c.population, c.primary, c.capital)
            for c in gaz.candidates(normalise(name))
        ]
        for name in NAMES
    }


def test_the_cache_is_written_once_and_answers_like_a_fresh_build(cache: Path) -> None:
    built, _ = build_gazetteer()
    first = load_gazetteer()  # builds and writes the cache
    files = list(cache.glob("gazetteer-*.sqlite"))
    assert len(files) == 1
    load_gazetteer.cache_clear()
    cached = load_gazetteer()  # reads the file
    assert cached is not first
    assert _answers(cached) == _answers(built)
    assert all(_answers(built)[name] for name in NAMES)
    assert cached.aliases == built.aliases
    assert cached.neighbours == built.neighbours
    assert cached.candidates("no such place anywhere") == []


def test_a_damaged_cache_file_is_rebuilt(cache: Path) -> None:
    load_gazetteer()
    (path,) = cache.glob("gazetteer-*.sqlite")
    path.write_bytes(b"not a database")
    load_gazetteer.cache_clear()
    gaz = load_gazetteer()
    assert gaz.candidates(normalise("Baku"))
    load_gazetteer.cache_clear()
    assert load_gazetteer().candidates(normalise("Baku"))  # the rewritten file reads


def test_an_unwritable_cache_directory_keeps_the_index_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache directory should be\n")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(blocker / "cache"))
    load_gazetteer.cache_clear()
    try:
        gaz = load_gazetteer()
        assert gaz.candidates(normalise("Yerevan"))
        assert not (blocker / "cache").exists()
    finally:
        load_gazetteer.cache_clear()
