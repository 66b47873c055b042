"""The event scorer on hand-made lists, and the seed event gold checked against the seeds."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.events import load_gold, score_events

GOLD = Path(__file__).resolve().parents[1] / "gold"
PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def _gold(article: str = "a.txt", **kw: Any) -> dict[str, Any]:
    row = {
        "article": article,
        "event_type": "CONSULT",
        "event_mode": "phone",
        "actors": ["RUS", "AZE"],
        "recipients": [],
        "event_date": "2024-08-19",
        "date_precision": "day",
        "location": "Baku",
        "location_country": "AZE",
        "sentence_index": 0,
        "trigger": "talks",
    }
    row.update(kw)
    return row


def _ref(code: str) -> dict[str, Any]:
    return {"name": None, "country": code, "sector": "GOV"}


def _pred(articles: tuple[str, ...] = ("a.txt",), **kw: Any) -> dict[str, Any]:
    event = {
        "event_type": "CONSULT",
        "actors": [_ref("RUS"), _ref("AZE")],
        "recipients": [],
        "event_date": "2024-08-19",
        "date_precision": "day",
        "location": {"name": "Baku", "country": "AZE"},
        "modality": "asserted",
        "sources": [
            {"article_id": f"id-{a}", "origin": f"/data/in/{a}", "sentence_index": 0}
            for a in articles
        ],
    }
    event.update(kw)
    return event


def test_perfect_match_scores_one_at_every_level() -> None:
    scores = score_events([_pred()], [_gold()])
    for level, prf in scores.levels.items():
        assert prf.f1 == 1.0, level
    assert scores.extra_per_article == {"a.txt": 0}


def test_extra_event_lowers_precision_not_recall() -> None:
    scores = score_events([_pred(), _pred(event_type="ACCUSE")], [_gold()])
    assert scores.levels["type"].precision == 0.5
    assert scores.levels["type"].recall == 1.0
    assert scores.extra_per_article == {"a.txt": 1}
    assert scores.per_type["ACCUSE"].precision == 0.0


def test_wrong_date_lowers_only_date_levels() -> None:
    scores = score_events([_pred(event_date="2024-08-20")], [_gold()])
    assert scores.levels["date"].f1 == 0.0
    assert scores.levels["full"].f1 == 0.0
    for level in ("type", "actors", "roles", "place"):
        assert scores.levels[level].f1 == 1.0, level


def test_date_compared_at_gold_precision() -> None:
    gold = [_gold(event_date="2022-02", date_precision="month")]
    assert score_events([_pred(event_date="2022-02-22")], gold).levels["date"].f1 == 1.0
    assert score_events([_pred(event_date="2022")], gold).levels["date"].f1 == 0.0
    assert score_events([_pred(event_date=None)], gold).levels["date"].f1 == 0.0
    assert score_events([_pred(event_date=None)], [_gold(event_date=None)]).levels["date"].f1 == 1.0


def test_roles_level_needs_roles_actors_level_does_not() -> None:
    pred = _pred(actors=[_ref("RUS")], recipients=[_ref("AZE")])
    scores = score_events([pred], [_gold()])
    assert scores.levels["actors"].f1 == 1.0
    assert scores.levels["roles"].f1 == 0.0


def test_place_needs_country_and_gold_name() -> None:
    assert (
        score_events([_pred(location={"name": "baku", "country": "AZE"})], [_gold()])
        .levels["place"]
        .f1
        == 1.0
    )
    assert (
        score_events([_pred(location={"name": "Ganja", "country": "AZE"})], [_gold()])
        .levels["place"]
        .f1
        == 0.0
    )
    assert (
        score_events([_pred(location=None)], [_gold(location=None, location_country=None)])
        .levels["place"]
        .f1
        == 1.0
    )
    assert (
        score_events([_pred(location={"name": "Ganja", "country": "AZE"})], [_gold(location=None)])
        .levels["place"]
        .f1
        == 1.0
    )


def test_merged_event_counts_once_per_source_article() -> None:
    merged = _pred(articles=("a.txt", "b.txt", "b.txt"))
    scores = score_events([merged], [_gold("a.txt"), _gold("b.txt")])
    assert scores.levels["type"].true_positives == 2
    assert scores.levels["type"].predicted == 2
    assert scores.levels["type"].f1 == 1.0


def test_per_report_gold_counts_each_sentence_an_event_cites() -> None:
    # "Putin hosted Aliyev on Monday. ... The talks lasted four hours.": two reports
    event = _pred()
    event["sources"] = [
        {"article_id": "a.txt", "origin": "a.txt", "sentence_index": i} for i in (0, 3)
    ]
    gold = [_gold(sentence_index=0), _gold(sentence_index=3)]
    per_event = score_events([event], gold)
    assert (per_event.levels["type"].true_positives, per_event.levels["type"].predicted) == (1, 1)
    per_report = score_events([event], gold, per_report=True)
    assert per_report.levels["type"].true_positives == 2
    assert per_report.levels["type"].precision == 1.0
    # a report the gold does not list is an extra
    only_first = score_events([event], gold[:1], per_report=True)
    assert only_first.levels["type"].precision == 0.5


def test_per_report_a_prediction_matches_only_a_line_of_its_sentence() -> None:
    # one meeting told in sentences 0 and 2; the gold's second CONSULT is another meeting
    # in sentence 4, which the coder missed
    event = _pred()
    event["sources"] = [
        {"article_id": "a.txt", "origin": "a.txt", "sentence_index": i, "sentence": f"S{i}."}
        for i in (0, 2)
    ]
    gold = [_gold(sentence_index=0, sentence="S0."), _gold(sentence_index=4, sentence="S4.")]
    scores = score_events([event], gold, per_report=True)
    assert scores.levels["type"].true_positives == 1
    assert (scores.levels["type"].predicted, scores.levels["type"].gold) == (2, 2)


def test_a_gold_line_without_a_stated_place_passes_any_place_when_asked() -> None:
    # the stories gold gives a place only where its sentence names one
    gold = [_gold(location=None, location_country=None)]
    strict = score_events([_pred()], gold)
    assert strict.levels["place"].true_positives == 0
    unstated = score_events([_pred()], gold, unstated_places=True)
    assert unstated.levels["place"].true_positives == 1
    # a stated place is still checked
    stated = score_events([_pred()], [_gold(location="Moscow", location_country="RUS")],
                          unstated_places=True)
    assert stated.levels["place"].true_positives == 0


def test_article_found_by_article_id_or_origin_basename() -> None:
    pred = _pred()
    pred["sources"] = [{"article_id": "a.txt", "origin": "elsewhere", "sentence_index": 0}]
    assert score_events([pred], [_gold()]).levels["type"].f1 == 1.0


def test_non_asserted_and_unannotated_predictions_are_ignored() -> None:
    future = _pred(modality="future")
    other = _pred(articles=("zzz.txt",))
    scores = score_events([_pred(), future, other], [_gold()])
    assert scores.levels["type"].precision == 1.0
    assert scores.ignored_predictions == 2
    assert score_events([future], [_gold()], include_all_modalities=True).levels["type"].f1 == 1.0


def test_matching_is_maximal_not_greedy() -> None:
    # A greedy matcher taking the first prediction for the first gold at the
    # actors level would leave the second gold unmatched.
    golds = [_gold(actors=["RUS", "AZE"]), _gold(actors=["RUS", "ARM"])]
    preds = [_pred(actors=[_ref("RUS"), _ref("ARM")]), _pred()]
    assert score_events(preds, golds).levels["actors"].true_positives == 2
    preds = [_pred(actors=[_ref("RUS"), _ref("ARM")]), _pred(actors=[_ref("RUS"), _ref("ARM")])]
    assert score_events(preds, golds).levels["actors"].true_positives == 1


def test_json_and_table() -> None:
    scores = score_events([_pred()], [_gold()])
    data = json.loads(json.dumps(scores.to_json()))
    assert data["levels"]["type"]["f1"] == 1.0
    table = scores.format_table()
    assert "full" in table and "CONSULT" in table and "a.txt" in table


def test_load_gold_names_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"article": "a"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match="g.jsonl:3"):
        load_gold(path)


def test_seed_gold_is_well_formed() -> None:
    articles = {r["article"]: r for r in load_gold(GOLD / "seeds.articles.jsonl")}
    assert len(articles) == 5
    for row in load_gold(GOLD / "seeds.events.jsonl"):
        assert row["article"] in articles
        assert row["event_type"] in PLOVER_TYPES, row
        assert len(row["trigger"].split()) <= 4, row
        precision = {10: "day", 7: "month", 4: "year"}.get(len(row["event_date"] or ""))
        assert row["date_precision"] == precision, row
        for code in row["actors"] + row["recipients"]:
            assert len(code) == 3 and code.isupper(), row


@pytest.mark.seeds
def test_seed_gold_sentences_exist(shared_dir: Path, nlp: Any) -> None:
    """Each gold sentence index points into the cleaned body at a sentence with the trigger."""
    from eventwire.clean import clean_plain_file

    rows = load_gold(GOLD / "seeds.events.jsonl") + load_gold(GOLD / "seeds.nonevents.jsonl")
    sentences: dict[str, list[str]] = {}
    for row in rows:
        name = row["article"]
        if name not in sentences:
            text = (shared_dir / "seeds" / name).read_text(encoding="utf-8")
            sentences[name] = [s.text for s in nlp(clean_plain_file(text).text).sents]
        assert row["sentence_index"] < len(sentences[name]), row
        first_word = row.get("trigger", "").split(" ")[0]
        assert first_word in sentences[name][row["sentence_index"]], row


def test_scoring_gold_against_itself_is_perfect() -> None:
    gold = load_gold(GOLD / "seeds.events.jsonl")
    predicted = []
    for row in copy.deepcopy(gold):
        location = (
            {"name": row["location"], "country": row["location_country"]}
            if row["location_country"]
            else None
        )
        predicted.append(
            {
                "event_type": row["event_type"],
                "actors": [_ref(c) for c in row["actors"]],
                "recipients": [_ref(c) for c in row["recipients"]],
                "event_date": row["event_date"],
                "location": location,
                "sources": [
                    {
                        "article_id": row["article"],
                        "origin": "",
                        "sentence_index": row["sentence_index"],
                    }
                ],
            }
        )
    scores = score_events(predicted, gold)
    assert scores.levels["full"].f1 == 1.0


def test_rebels_are_scored_as_country_plus_reb() -> None:
    gold = [_gold(event_type="ASSAULT", actors=["AZEREB"], recipients=["AZE"])]
    rebels = {"name": None, "country": "AZE", "sector": "REB"}
    right = _pred(event_type="ASSAULT", actors=[rebels], recipients=[_ref("AZE")])
    wrong = _pred(event_type="ASSAULT", actors=[_ref("AZE")], recipients=[_ref("AZE")])
    assert score_events([right], gold).levels["actors"].f1 == 1.0
    assert score_events([wrong], gold).levels["actors"].f1 == 0.0
