"""Scores of the link stage on an annotated corpus: copies, stories and merged events.

* copies: recall of gold [copy, original] pairs, and the number of false copies;
* stories: B-cubed precision, recall and F1 of the story clustering;
* merges: pairs of reports (article, sentence) that the gold says are the same
  real event, against pairs the pipeline put in one event. Only reports the
  coder found are counted, so the figure measures linking, not coding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.evaluate.mentions import load_rows
from eventwire.options import Options
from eventwire.pipeline import link_all
from eventwire.read import ReadFailure
from eventwire.records import Article, Event, RawDocument

Report = tuple[str, int]  # (article key, sentence index)


def article_key(article: Article) -> str:
    """Gold files name articles by their JSON Lines id or feed guid, files by name."""
    if article.origin.endswith((".html", ".htm", ".txt")):
        return Path(article.origin).name
    return article.article_id


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed precision/recall/F1 of a clustering (item → cluster) against gold."""
    items = [i for i in gold if i in predicted]
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[predicted[i]].add(i)
        by_gold[gold[i]].add(i)
    precision = recall = 0.0
    for i in items:
        same = by_pred[predicted[i]] & by_gold[gold[i]]
        precision += len(same) / len(by_pred[predicted[i]])
        recall += len(same) / len(by_gold[gold[i]])
    p, r = precision / len(items), recall / len(items)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _merge_pairs(events: Iterable[Event], keys: dict[str, str],
                 gold_rows: list[dict[str, Any]]) -> dict[str, float]:
    gold_event = {(r["article"], int(r["sentence_index"])): r["gold_event"] for r in gold_rows}
    found: set[Report] = set()
    predicted_pairs: set[frozenset[Report]] = set()
    for ev in events:
        reports = {(keys.get(s.article_id, s.article_id), s.sentence_index) for s in ev.sources}
        reports &= set(gold_event)
        found |= reports
        predicted_pairs |= {frozenset(p) for p in combinations(sorted(reports), 2)
                            if p[0][0] != p[1][0]}
    gold_pairs = {
        frozenset(p) for p in combinations(sorted(found), 2)
        if p[0][0] != p[1][0] and gold_event[p[0]] == gold_event[p[1]]
    }
    right = len(predicted_pairs & gold_pairs)
    p = right / len(predicted_pairs) if predicted_pairs else 0.0
    r = right / len(gold_pairs) if gold_pairs else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold_pairs": len(gold_pairs), "predicted_pairs": len(predicted_pairs)}


def link_scores(
    documents: list[RawDocument | ReadFailure], links: dict[str, Any],
    gold_events: Path | None = None,
) -> dict[str, Any]:
    keys: dict[str, str] = {}
    stories: dict[str, str] = {}
    copies: set[tuple[str, str]] = set()
    events: dict[str, Event] = {}
    for article, result in link_all(documents, Options()):
        key = keys[article.article_id] = article_key(article)
        stories[key] = result.story_id
        if result.duplicate_of:
            copies.add((key, result.duplicate_of))
        events.update((ev.event_id, ev) for ev in result.events)
    copies = {(c, keys.get(o, o)) for c, o in copies}
    gold_copies = {tuple(pair) for pair in links["copies"]}
    gold_story = {a: s for s, members in links["stories"].items() for a in members}
    figures: dict[str, Any] = {
        "copies": {
            "recall": len(copies & gold_copies) / len(gold_copies) if gold_copies else 1.0,
            "false_copies": len(copies - gold_copies),
        },
        "stories": bcubed(stories, gold_story),
    }
    if gold_events is not None:
        figures["merges"] = _merge_pairs(events.values(), keys, load_rows(gold_events))
    return figures
