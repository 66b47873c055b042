"""Accuracy of the language components on mention-level gold we annotated.

Shared by the tests (which assert floors) and scripts/figures.py (which
prints the figures for README.md), so both measure the same thing.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from eventwire.actors import resolve
from eventwire.evaluate.events import load_gold
from eventwire.evaluate.timex import (
    TimexCounts,
    TimexScores,
    match_timexes,
    read_timeml,
    scores,
    timeml_files,
)
from eventwire.language.nlp import load_nlp
from eventwire.language.places import find_places
from eventwire.language.times import find_times
from eventwire.records import ActorRef


def load_rows(path: Path) -> list[dict[str, Any]]:
    """A JSON Lines gold file (the scorer's reader: a bad line is named by its number)."""
    return load_gold(path)


def actor_accuracy(rows: list[dict[str, Any]]) -> dict[str, float]:
    """resolve() against gold name, country and sector, each and all three together."""
    hits = {"name": 0, "country": 0, "sector": 0, "all": 0}
    for g in rows:
        ref = resolve(g["text"], g["date"], g["context"]) or ActorRef(None, None, None)
        got = {"name": ref.name, "country": ref.country, "sector": ref.sector}
        for key in ("name", "country", "sector"):
            hits[key] += got[key] == g[key]
        hits["all"] += all(got[k] == g[k] for k in ("name", "country", "sector"))
    return {k: v / len(rows) for k, v in hits.items()} | {"n": len(rows)}


def place_accuracy(rows: list[dict[str, Any]]) -> dict[str, float]:
    """find_places end to end (detection and resolution): country and GeoNames id accuracy."""
    sentences = list(dict.fromkeys(row["sentence"] for row in rows))
    docs = load_nlp().pipe(sentences)
    found = {s: find_places(doc) for s, doc in zip(sentences, docs, strict=True)}
    country_ok = id_ok = id_total = 0
    for row in rows:
        hits = [m.place for m in found[row["sentence"]] if m.text == row["text"]]
        place = hits[0] if hits else None
        country_ok += place is not None and place.country == row["country"]
        if row["geonames_id"] is not None:
            id_total += 1
            id_ok += place is not None and place.geonames_id == row["geonames_id"]
    return {"country": country_ok / len(rows), "geonames_id": id_ok / max(id_total, 1),
            "n": len(rows)}


def time_accuracy(rows: list[dict[str, Any]]) -> tuple[float, list[tuple[str, str, list[Any]]]]:
    """Value and type accuracy of find_times on annotated sentences, and the misses."""
    nlp = load_nlp()
    right, wrong = 0, []
    for row in rows:
        start = row["sentence"].index(row["text"])
        end = start + len(row["text"])
        found = find_times(nlp(row["sentence"]), row["anchor"])
        hits = [t for t in found if t.start < end and start < t.end]
        if hits and hits[0].value == row["value"] and hits[0].type == row["type"]:
            right += 1
        else:
            wrong.append((row["text"], row["value"], [(t.text, t.value) for t in found]))
    return right / len(rows), wrong


def timebank_scores(
    folder: Path, every: int = 1, splits: tuple[str, ...] = ()
) -> tuple[TimexScores, TimexCounts, float]:
    """TempEval-3 scores of find_times on TimeML files (every n-th file), and docs/second.

    ``splits`` keeps only the files of those sealed splits (``split_of("timebank", name)``):
    ("train", "validation") is development, ("test",) the held-out part."""
    from eventwire.evaluate.splits import split_of

    files = [f for f in timeml_files(folder)
             if not splits or split_of("timebank", f.name) in splits][::every]  # fmt: skip
    nlp = load_nlp()
    total = TimexCounts()
    began = time.perf_counter()
    for path in files:
        doc = read_timeml(path)
        total.add(match_timexes(doc.timexes, find_times(nlp(doc.text), doc.dct), doc.doc_id))
    return scores(total), total, len(files) / (time.perf_counter() - began)


def coref_accuracy(rows: list[dict[str, Any]]) -> dict[str, float]:
    """find_actors on short articles: does the later mention resolve to the people named?

    Each row names one later mention ("the two presidents", "his Azerbaijani
    counterpart", "Mr. Pashinyan") and the names it refers to; ``[]`` means it must
    resolve to no named person (a group of three, "the leaders"). A row is right
    when the set of names found at that mention's offsets equals the gold set.
    """
    from eventwire.actors import find_actors

    nlp = load_nlp()
    right = 0
    for row in rows:
        start = row["text"].rindex(row["mention"])  # the later mention
        found = find_actors(nlp(row["text"]), row["date"])
        names = {m.actor.name for m in found if m.start == start and m.actor.name}
        right += names == set(row["names"])
    return {"accuracy": right / len(rows), "n": len(rows)}
