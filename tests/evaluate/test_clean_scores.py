"""Clean gold: shingle F1 of the cleaner on each seed ≥ 0.98, junk lines gone; the scorer itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.clean import clean_plain_file
from eventwire.evaluate.clean import shingle_scores, shingles

GOLD = Path(__file__).resolve().parents[1] / "gold"
CLEAN_GOLD = json.loads((GOLD / "seeds.clean.json").read_text(encoding="utf-8"))


@pytest.mark.seeds
@pytest.mark.parametrize("name", sorted(CLEAN_GOLD))
def test_cleaner_matches_gold(shared_dir: Path, name: str) -> None:
    gold = CLEAN_GOLD[name]
    lines = (shared_dir / "seeds" / name).read_text(encoding="utf-8").split("\n")
    result = clean_plain_file("\n".join(lines))
    body = "\n\n".join(lines[n - 1] for n in gold["body_lines"])
    scores = shingle_scores(result.text, body)
    assert scores.f1 >= 0.98, f"{name}: {scores}"
    removed = {r.line_number for r in result.removed}
    assert set(gold["junk_lines"]) <= removed, (
        f"{name}: junk left {set(gold['junk_lines']) - removed}"
    )
    assert not removed & set(gold["body_lines"]), f"{name}: body dropped"
    title = lines[gold["title_line"] - 1].strip() if gold["title_line"] else None
    assert result.title == title


@pytest.mark.seeds
def test_gold_covers_every_nonblank_line(shared_dir: Path) -> None:
    for name, gold in CLEAN_GOLD.items():
        lines = (shared_dir / "seeds" / name).read_text(encoding="utf-8").split("\n")
        nonblank = {i for i, line in enumerate(lines, 1) if line.strip()}
        labelled = set(gold["body_lines"]) | set(gold["junk_lines"]) | {gold["title_line"]} - {None}
        assert labelled == nonblank, name


def test_identical_texts_score_one() -> None:
    s = shingle_scores("The two leaders met in Baku today.", "the two leaders met in baku today")
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_extra_junk_lowers_precision_only() -> None:
    gold = "one two three four five six"
    s = shingle_scores(gold + " leave a comment here", gold)
    assert s.recall == 1.0
    assert s.precision == pytest.approx(3 / 7)


def test_missing_text_lowers_recall_only() -> None:
    s = shingle_scores("one two three four five", "one two three four five six seven")
    assert s.precision == 1.0
    assert s.recall == pytest.approx(2 / 4)


def test_repeats_count_as_multiset() -> None:
    s = shingle_scores("a b c d a b c d", "a b c d")
    assert s.recall == 1.0
    assert s.precision == pytest.approx(1 / 5)


def test_empty_and_short_texts() -> None:
    assert shingle_scores("", "").f1 == 1.0
    assert shingle_scores("", "some gold text here").f1 == 0.0
    assert shingles("two words") == {("two", "words"): 1}
