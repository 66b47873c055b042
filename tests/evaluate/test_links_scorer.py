"""Pair scores of merged reports and recall of disagreements (``eventwire.evaluate.links``)."""

from __future__ import annotations

from dataclasses import replace

from eventwire.evaluate.links import _disagreement_scores, _merge_pairs
from eventwire.records import Disagreement
from tests.link.corpus import RUS, event


def _row(article: str, sentence: int, gold_event: str) -> dict[str, object]:
    return {"article": article, "sentence_index": sentence, "gold_event": gold_event}


def test_a_sentence_reporting_two_gold_events_pairs_with_reports_of_either() -> None:
    # "signed a statement ending the fighting, with a ceasefire at midnight": both events
    rows = [
        _row("a", 0, "statement"), _row("a", 0, "ceasefire"),
        _row("b", 0, "statement"),
        _row("c", 0, "ceasefire"),
        _row("d", 0, "protest"),
    ]
    signing = event("a", 0, "SUPPORT", (RUS,), (), "2020-11-10")
    b = event("b", 0, "SUPPORT", (RUS,), (), "2020-11-10")
    c = event("c", 0, "RETREAT", (RUS,), (), "2020-11-10")
    d = event("d", 0, "PROTEST", (RUS,), (), "2020-11-10")
    merged = replace(signing, sources=signing.sources + b.sources + c.sources)
    keys = {k: k for k in "abcd"}
    scores = _merge_pairs([merged, d], keys, rows)
    # a-b share the statement, a-c the ceasefire; b-c share nothing
    assert scores["gold_pairs"] == 2
    assert scores["predicted_pairs"] == 3
    assert scores["recall"] == 1.0
    assert abs(scores["precision"] - 2 / 3) < 1e-9


def test_a_disagreement_counts_for_every_gold_event_of_its_sentence() -> None:
    # the sentence reports the signing and the ceasefire; the dispute is the signing's date
    rows = [_row("a", 0, "statement"), _row("a", 0, "ceasefire")]  # b's sentence is not in gold
    a = event("a", 0, "SUPPORT", (RUS,), (), "2020-11-10")
    b = event("b", 0, "SUPPORT", (RUS,), (), "2020-11-09")
    dispute = Disagreement("date", (("2020-11-10", ("a",)), ("2020-11-09", ("b",))))
    merged = replace(a, sources=a.sources + b.sources, disagreements=(dispute,))
    wanted = [{"gold_event": "statement", "field": "date"},
              {"gold_event": "ceasefire", "field": "place"}]
    scores = _disagreement_scores([merged], {"a": "a", "b": "b"}, rows, wanted)
    assert scores == {"recall": 0.5, "gold": 2, "predicted": 1}
