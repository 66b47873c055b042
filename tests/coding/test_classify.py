"""The sentence-level type classifier: trained on the project's own demo gold, written as
JSON weights, read back, and measured; and the lexicon's guard against YAML booleans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.coding.classify import features, load_classifier
from eventwire.coding.lexicon import parse_lexicon
from eventwire.coding.train import (
    accuracy,
    annotated_examples,
    first_sentences,
    train,
    write_classifier,
)
from eventwire.errors import EventwireError

DEMO_GOLD = Path(__file__).resolve().parents[1] / "gold" / "demo.events.jsonl"


@pytest.fixture(scope="module")
def demo_examples() -> list[tuple[str, str]]:
    return annotated_examples(DEMO_GOLD)


def test_features_are_words_and_pairs() -> None:
    assert features("Putin met Aliyev on 12 May.") == [
        "putin", "met", "aliyev", "on", "0", "may",
        "putin met", "met aliyev", "aliyev on", "on 0", "0 may",
    ]  # fmt: skip


def test_first_sentences_keeps_the_lead() -> None:
    text = "Troops shelled the town on Monday. Officials said 3 died. Talks resume soon."
    assert first_sentences(text, 2) == "Troops shelled the town on Monday. Officials said 3 died."


def test_trained_weights_round_trip_and_fit_training_sentences(
    demo_examples: list[tuple[str, str]], tmp_path: Path
) -> None:
    model = train(demo_examples, c=16.0)
    path = tmp_path / "tc.json"
    write_classifier(model, path)
    back = load_classifier(path)
    sentence = "Putin and Aliyev held talks in the Kremlin on Monday."
    probs, probs_back = model.probabilities(sentence), back.probabilities(sentence)
    assert set(probs) == set(back.classes)
    assert all(abs(probs[c] - probs_back[c]) < 1e-3 for c in probs)
    assert abs(sum(probs.values()) - 1.0) < 1e-9
    assert back.predict(sentence)[0] == "CONSULT"
    fit, n = accuracy(back, demo_examples)
    assert n == len(demo_examples) and fit > 0.8  # it learned its own training data


def test_one_type_is_not_enough_to_train() -> None:
    with pytest.raises(EventwireError) as info:
        train([("Putin met Aliyev.", "CONSULT"), ("Aliyev met Putin.", "CONSULT")])
    assert info.value.code == "E323"


def test_a_file_that_is_not_a_classifier_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"classes": ["CONSULT"], "coef": []}))
    with pytest.raises(EventwireError) as info:
        load_classifier(path)
    assert info.value.code == "E320"


def test_yaml_boolean_in_a_word_list_is_refused() -> None:
    data = {"verbs": {"fire": {"type": "ASSAULT", "cameo": "193", "needs_prep": [True, "at"]}}}
    with pytest.raises(EventwireError) as info:
        parse_lexicon(data)
    assert info.value.code == "E307"
