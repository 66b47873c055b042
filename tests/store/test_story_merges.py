"""A late article joining two stories: the merge is stored, recorded, and the old id resolves."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from eventwire.link import LinkIndex, link
from eventwire.link.stories import StoryParameters
from eventwire.store import EventFilter, Store
from tests.link.corpus import article, coded_events

DATES = {"ceasefire-a": "2020-11-05", "ceasefire-c": "2020-11-15", "ceasefire-b": "2020-11-10"}


def _ingest(store: Store) -> dict[str, str]:
    """Reports ten days apart, then one between them; only the dates decide (see the link
    test of the same name), so no similarity value is assumed."""
    p = replace(StoryParameters.load(), window_days=5, threshold=-1.0, undated_threshold=-1.0,
                merge_threshold=-1.0)
    index = LinkIndex(p)
    opened = {}
    for key, day in DATES.items():
        art = replace(article(key), publication_date=day)
        events = tuple(replace(e, event_date=day) for e in coded_events(key))
        result = link(art, events, index)
        store.save(art, result)
        index.add(result)
        opened[key] = result.story_id
    return opened


def test_the_merge_moves_articles_and_events_and_the_old_id_still_resolves(db_url: str) -> None:
    store = Store(db_url)
    opened = _ingest(store)
    kept, old = opened["ceasefire-a"], opened["ceasefire-c"]
    assert old != kept and opened["ceasefire-b"] == kept
    assert {a["story_id"] for a in store.iter_articles()} == {kept}
    assert all(e.story_id == kept for e in store.iter_events(EventFilter()))
    assert [(m["old_story_id"], m["story_id"], m["article_id"]) for m in store.story_merges()] == [
        (old, kept, "ceasefire-b")
    ]
    assert store.resolve_story(old) == kept
    row = store.story(old)
    assert row is not None and row["story_id"] == kept and row["num_articles"] == 3
    assert {r["story_id"] for r in store.stories()} == {kept}
    assert list(store.iter_events(EventFilter(story_id=old)))


def test_a_rebuilt_index_keeps_the_merged_story(db_url: str) -> None:
    store = Store(db_url)
    opened = _ingest(store)
    index = store.link_index()
    assert index.stories.story_of("ceasefire-c") == opened["ceasefire-a"]


def test_the_story_command_resolves_the_old_id(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    url = f"sqlite:///{tmp_path / 'm.db'}"
    opened = _ingest(Store(url))
    result = CliRunner().invoke(app, ["story", opened["ceasefire-c"], "--db", url])
    assert result.exit_code == 0, result.output
    assert f"merged into {opened['ceasefire-a']}" in result.output
    assert "ceasefire-c" in result.output or "Yerevan Daily" in result.output
