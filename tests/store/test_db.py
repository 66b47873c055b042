"""The Store on a real SQLite file: one transaction per article, filters, migrations."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from eventwire.errors import EventwireError
from eventwire.link import LinkResult, signature
from eventwire.records import ActorRef, Article, Event, Place, Source
from eventwire.store import EventFilter, Store
from eventwire.store.schema import SCHEMA_VERSION

ARTICLE = Article(
    article_id="art-1", origin="/news/sochi.txt", text="Putin met Aliyev in Sochi on Monday.",
    title="Sochi talks", outlet="Black Sea Monitor", publication_date="2022-10-31",
)


def _event(event_id: str = "ev-1", date: str = "2022-10-31", **kw: object) -> Event:
    fields: dict[str, object] = dict(
        event_id=event_id, event_type="CONSULT", event_mode="visit", contexts=("diplomatic",),
        cameo_code="042", quad_class=1,
        actors=(ActorRef("Ilham Aliyev", "AZE", "GOV"),),
        recipients=(ActorRef("Vladimir Putin", "RUS", "GOV"),),
        event_date=date, date_precision="day", date_raw="on Monday", date_estimated=False,
        location=Place("Sochi", "RUS", 43.6, 39.73, 491422),
        sources=(Source("art-1", "/news/sochi.txt", "Black Sea Monitor", "Sochi talks", None,
                        "2022-10-31", "Putin met Aliyev in Sochi on Monday.", 0),),
        story_id="s-1", confidence=0.9,
    )
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


def _result(events: tuple[Event, ...], article_id: str = "art-1") -> LinkResult:
    return LinkResult(
        article_id=article_id, signature=signature(ARTICLE.text), length=7, duplicate_of=None,
        story_id="s-1", events=events, merged_into=(), reasons=(),
    )


def test_save_and_filter(db_url: str) -> None:
    store = Store(db_url)
    store.save(ARTICLE, _result((_event(),)))
    assert store.has_article("art-1")
    assert [e.event_id for e in store.iter_events(EventFilter())] == ["ev-1"]
    assert list(store.iter_events(EventFilter(country="ARM"))) == []
    assert len(list(store.iter_events(EventFilter(actor="aliyev")))) == 1
    assert len(list(store.iter_events(EventFilter(actor="RUS")))) == 1
    assert len(list(store.iter_events(EventFilter(types=("consult",))))) == 1
    assert list(store.iter_events(EventFilter(types=("ASSAULT",)))) == []
    assert len(list(store.iter_events(EventFilter(since="2022-10-01", until="2022-10-31")))) == 1
    assert list(store.iter_events(EventFilter(since="2022-11-01"))) == []
    back = next(store.iter_events(EventFilter()))
    assert back == _event()


def test_month_precision_event_overlaps_a_day_range(db_url: str) -> None:
    store = Store(db_url)
    store.save(ARTICLE, _result((_event(date="2022-02", date_precision="month"),)))
    assert len(list(store.iter_events(EventFilter(since="2022-02-10", until="2022-02-12")))) == 1


def test_merged_event_is_updated_not_duplicated(db_url: str) -> None:
    store = Store(db_url)
    store.save(ARTICLE, _result((_event(),)))
    second = Article(**{**ARTICLE.__dict__, "article_id": "art-2", "origin": "/news/b.txt"})
    extra = Source("art-2", "/news/b.txt", "Ararat Wire", None, None, "2022-10-31", "Talks.", 3)
    merged = _event(sources=_event().sources + (extra,))
    store.save(second, _result((merged,), "art-2"))
    (only,) = list(store.iter_events(EventFilter()))
    assert len(only.sources) == 2
    assert store.counts() == {"articles": 2, "events": 1}


def test_a_failing_article_leaves_nothing_half_written(db_url: str) -> None:
    store = Store(db_url)
    broken = _event(event_type=None)  # violates NOT NULL after the article row is written
    with pytest.raises(Exception):  # noqa: B017 - the driver's IntegrityError
        store.save(ARTICLE, _result((broken,)))
    assert not store.has_article("art-1")
    assert store.counts() == {"articles": 0, "events": 0}
    store.save(ARTICLE, _result((_event(),)))  # the rerun finishes the job
    assert store.counts() == {"articles": 1, "events": 1}


def test_schema_version_recorded_and_newer_refused(db_url: str) -> None:
    url = db_url
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        version = conn.execute(text("select value from meta where key='schema_version'")).scalar()
        assert int(version) == SCHEMA_VERSION
        conn.execute(text("update meta set value='999' where key='schema_version'"))
    with pytest.raises(EventwireError, match="newer"):
        Store(url)


def test_bad_url_is_a_clear_error() -> None:
    with pytest.raises(EventwireError, match="E200"):
        Store("nosuchdb://x")


def test_an_older_database_is_migrated(db_url: str) -> None:
    """A version-1 database (no articles.terms column) opens and gains the column."""
    url = db_url
    Store(url).save(ARTICLE, _result((_event(),)))
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE articles DROP COLUMN terms"))
        conn.execute(text("update meta set value='1' where key='schema_version'"))
    store = Store(url)
    assert store.has_article("art-1")
    with engine.begin() as conn:
        assert conn.execute(
            text("select value from meta where key='schema_version'")
        ).scalar() == str(SCHEMA_VERSION)
        conn.execute(text("select terms from articles")).all()
    assert store.link_index() is not None


def test_story_terms_survive_a_restart(db_url: str) -> None:
    url = db_url
    result = LinkResult(
        article_id="art-1", signature=signature(ARTICLE.text), length=7, duplicate_of=None,
        story_id="s-1", events=(_event(),), merged_into=(), reasons=(),
        terms=(("sochi", 2), ("talks", 1)), publication_date="2022-10-31",
    )
    Store(url).save(ARTICLE, result)
    engine = create_engine(url)
    with engine.connect() as conn:
        stored = conn.execute(text("select terms from articles")).scalar()
    assert stored is not None and "sochi" in stored
