"""A year-less date the text cannot place stays on the event as TIMEX3 "XXXX-08-19"."""

from __future__ import annotations

from pathlib import Path

from eventwire.export.acled import acled_row
from eventwire.export.canonical import event_row
from eventwire.options import Options
from eventwire.pipeline import extract, ingest
from eventwire.records import RawDocument
from eventwire.store import EventFilter, Store

TEXT = ("On August 19, Russian President Vladimir Putin and Azerbaijani President Ilham "
        "Aliyev held talks in Baku.")


def test_an_undated_article_keeps_the_month_and_day_of_its_event(tmp_path: Path) -> None:
    events = list(extract([RawDocument("talks.txt", TEXT)], Options()))
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert talks and talks[0].event_date == "XXXX-08-19"
    assert talks[0].date_precision == "day"
    row = event_row(talks[0])
    assert (row["year"], row["month"], row["yyyymmdd"], row["date_start"]) == (None, 8, None, None)
    assert acled_row(talks[0])["year"] is None


def test_ingest_stores_it_and_warns_once_about_undated_articles(tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text("Talks in Baku\n" + TEXT + "\n")
    (tmp_path / "more.txt").write_text("More talks\nThe ministers met in Yerevan.\n")
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    summary = ingest([str(tmp_path)], Options(), store)
    assert (summary.articles, summary.undated, summary.estimated) == (2, 2, 0)
    warning = summary.date_warning() or ""
    assert "2 of 2 new articles" in warning and "--published" in warning
    dates = {e.event_date for e in store.iter_events(EventFilter())}
    assert "XXXX-08-19" in dates
    dated = ingest([str(tmp_path)], Options(), Store(f"sqlite:///{tmp_path / 'y.db'}"))
    assert dated.date_warning() is not None
    given = ingest([str(tmp_path)], Options(published="2024-08-20"),
                   Store(f"sqlite:///{tmp_path / 'z.db'}"))
    assert given.date_warning() is None


def test_a_publication_date_places_the_same_date() -> None:
    events = list(extract([RawDocument("talks.txt", TEXT, published="2024-08-20")], Options()))
    assert [e.event_date for e in events if e.event_type == "CONSULT"] == ["2024-08-19"]
