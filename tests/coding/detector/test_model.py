"""The shipped detector: loads offline, checks its file, scores in batches consistently."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from eventwire.coding.detector.model import DEFAULT_DIR, Detector, load_detector
from eventwire.coding.lexicon import PLOVER_TYPES
from eventwire.errors import EventwireError

SENTENCES = [
    "Police detained dozens of demonstrators outside parliament on Saturday.",
    "The two foreign ministers held talks in Geneva.",
    "A magnitude 6.1 earthquake struck the coast early on Monday.",
]


def test_scores_every_type_with_a_probability_and_an_embedding() -> None:
    det = load_detector()
    assert det is not None
    scores = det.score(SENTENCES)
    assert len(scores) == len(SENTENCES)
    for s in scores:
        assert set(s.probabilities) == PLOVER_TYPES
        assert all(0.0 <= p <= 1.0 for p in s.probabilities.values())
        norm = sum(x * x for x in s.embedding) ** 0.5
        assert norm == pytest.approx(1.0, abs=0.02)


def test_a_sentence_scores_the_same_whatever_company_it_keeps() -> None:
    """The int8 model quantises each call's activations with one scale, so sentences are
    scored one by one: the same sentence gets the same decision in any article."""
    det = load_detector()
    assert det is not None
    alone = det.score([SENTENCES[1]])[0].probabilities
    among = det.score(list(reversed(SENTENCES)) * 15)[1].probabilities
    for t, p in alone.items():
        assert among[t] == pytest.approx(p, abs=1e-5)


def test_loaded_once_per_process() -> None:
    assert load_detector() is load_detector()


def test_a_replaced_model_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "detector"
    shutil.copytree(DEFAULT_DIR, copy)
    meta = json.loads((copy / "meta.json").read_text())
    meta["sha256"] = "0" * 64
    (copy / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(EventwireError) as err:
        Detector(copy)
    assert err.value.code == "E341"


def test_a_folder_without_a_model_is_named(tmp_path: Path) -> None:
    with pytest.raises(EventwireError) as err:
        Detector(tmp_path)
    assert err.value.code == "E340" and str(tmp_path) in str(err.value)


def test_the_shipped_model_records_how_it_was_made() -> None:
    meta = json.loads((DEFAULT_DIR / "meta.json").read_text())
    assert meta["trained"]["command"].startswith(("eventwire train", "python scripts/"))
    assert meta["trained"]["train_sentences"] > 1000
    assert (DEFAULT_DIR / "model.onnx").stat().st_size < 40 * 1024 * 1024
