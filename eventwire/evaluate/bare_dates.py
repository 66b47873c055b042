"""Dates on articles given as bare text: is every date the pipeline gives one the text allows?

A user who ingests a folder of .txt files gives no publication dates. The seed articles
are scored that way here: their publication dates are withheld, and

* the publication estimate must fall in the gold ``published_range`` where the text
  states a year (``text_states_year``), and be absent (abstention) where it states none;
* every gold event a prediction matches by type must carry a date in its accepted range:
  the gold ``accepted_range`` where the annotator gives one (an event dated by a
  publication day the text bounds but does not pin), else the days the gold date covers.
  Where the text states no year, a date without a year whose month (and day) agree
  ("XXXX-08-19" for 2024-08-19), or no date at all, is right, and a year is an invention.
  A gold event without a date accepts any.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.dates import period_bounds, year_known
from eventwire.evaluate.corpora import GOLD, seed_documents
from eventwire.evaluate.events import _gold_item, _max_matching, _predicted_item, load_gold
from eventwire.options import Options


def _within(value: str, lo: str, hi: str) -> bool:
    first, last = period_bounds(value)
    return first is not None and last is not None and lo <= first and last <= hi


def date_accepted(pred: str | None, gold: dict[str, Any], states_year: bool) -> bool:
    """Whether a predicted event date is one the bare text allows for this gold event."""
    if gold.get("event_date") is None:
        return True
    lo, hi = gold.get("accepted_range") or period_bounds(gold["event_date"])
    lo, hi = str(lo or ""), str(hi or "")
    if not states_year:
        if pred is None:
            return True
        if year_known(pred):
            return False
        return bool(lo and hi) and (lo[4:].startswith(pred[4:]) or hi[4:].startswith(pred[4:]))
    return pred is not None and year_known(pred) and _within(pred, lo, hi)


def publication_accepted(date: str | None, meta: dict[str, Any]) -> bool:
    """Whether a publication estimate is right for bare text (abstaining where no year)."""
    if not meta.get("text_states_year"):
        return date is None
    lo, hi = meta["published_range"]
    return date is not None and lo <= date <= hi


def _check(rows: dict[int, dict[str, Any]], states_year: bool) -> Callable[[Any, Any], bool]:
    """The matching test: a predicted item's date is accepted for the gold item's row."""
    return lambda pred, gold: date_accepted(pred.date, rows[id(gold)], states_year)


def bare_seed_figures(shared: Path | None = None) -> dict[str, Any]:
    """Publication estimates and event dates of the seeds read without their dates."""
    from eventwire.pipeline import extract
    from eventwire.prepare import prepare

    docs = [replace(d, published=None) for d in (seed_documents(shared) if shared
                                                  else seed_documents())]  # fmt: skip
    meta = {r["article"]: r for r in load_gold(GOLD / "seeds.articles.jsonl")}
    pub_right = sum(
        publication_accepted(prepare(d, Options()).publication_date, meta[d.given_id or ""])
        for d in docs
    )
    predicted = [ev.to_json() for ev in extract(docs, Options())]
    gold = load_gold(GOLD / "seeds.events.jsonl")
    matched = accepted = 0
    for name, info in meta.items():
        golds = [g for g in gold if g["article"] == name]
        preds = [p for p in predicted if p.get("modality", "asserted") == "asserted"
                 and any(s.get("article_id") == name for s in p.get("sources") or ())]
        p_items = [_predicted_item(p) for p in preds]
        g_items = [_gold_item(g) for g in golds]
        matched += len(_max_matching(p_items, g_items, lambda p, g: True))
        check = _check({id(i): row for i, row in zip(g_items, golds, strict=True)},
                       bool(info.get("text_states_year")))  # fmt: skip
        accepted += len(_max_matching(p_items, g_items, check))
    return {
        "publication_right": pub_right / len(docs), "articles": len(docs),
        "events_dated_right": accepted / matched if matched else 0.0,
        "events_matched": matched, "events_dated_right_n": accepted,
    }
