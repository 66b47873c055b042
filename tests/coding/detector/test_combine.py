"""How the detector's probabilities and the rule events combine, sentence by sentence."""

from __future__ import annotations

from eventwire.coding.detector.combine import ROOT_CAMEO, judge, model_candidate
from eventwire.coding.detector.model import Scores
from eventwire.coding.lexicon import PLOVER_TYPES


def _scores(**given: float) -> Scores:
    return Scores({t: given.get(t, 0.01) for t in PLOVER_TYPES})


def test_a_rule_type_the_detector_all_but_rules_out_is_dropped() -> None:
    verdict = judge(["ASSAULT", "ACCUSE"], _scores(ACCUSE=0.8, ASSAULT=0.03), 0.5, 0.1)
    assert verdict.keep == {"ACCUSE"}
    assert verdict.add == ()


def test_a_confident_type_no_rule_found_is_added_most_probable_first() -> None:
    verdict = judge([], _scores(COERCE=0.9, PROTEST=0.6, ASSAULT=0.3), 0.5, 0.1)
    assert [t for t, _ in verdict.add] == ["COERCE", "PROTEST"]


def test_a_kept_rule_type_is_not_added_again() -> None:
    verdict = judge(["CONSULT"], _scores(CONSULT=0.95), 0.5, 0.1)
    assert verdict.keep == {"CONSULT"} and verdict.add == ()


def test_every_type_has_a_generic_cameo_code() -> None:
    assert set(ROOT_CAMEO) == PLOVER_TYPES


def test_an_added_act_is_anchored_on_a_word_that_names_its_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    span = nlp("The opposition party filed a lawsuit against the ministry on Friday.")[:]
    cand = model_candidate(span, "ACCUSE", 0.8, [], frozenset({"lawsuit"}))
    assert cand is not None and cand.anchor.text == "lawsuit"
    assert cand.verb.lemma_ == "file"  # the roles come from the verb the noun hangs on
    assert cand.trigger.event_type == "ACCUSE" and cand.trigger.cameo == "111"


def test_without_a_known_word_the_main_verb_anchors_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    span = nlp("Rebels overran the garrison at dawn.")[:]
    cand = model_candidate(span, "ASSAULT", 0.9, [], frozenset())
    assert cand is not None and cand.verb.lemma_ == "overrun" and cand.noun is None


def test_a_sentence_without_a_verb_or_noun_to_anchor_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    span = nlp("Yes.")[:]
    assert model_candidate(span, "AGREE", 0.7, [], frozenset()) is None


def test_an_event_noun_deep_in_a_phrase_takes_the_verb_it_hangs_from(nlp) -> None:  # type: ignore[no-untyped-def]
    span = nlp("Canada added three generals to its sanctions list on Monday.")[:]
    cand = model_candidate(span, "SANCTION", 0.8, [], frozenset({"sanctions"}))
    assert cand is not None and cand.anchor.text == "sanctions"
    assert cand.verb.lemma_ == "add"  # who acts is the subject of "added"


def test_an_event_noun_of_a_headline_without_a_verb_keeps_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    span = nlp("New sanctions on the junta")[:]
    cand = model_candidate(span, "SANCTION", 0.8, [], frozenset({"sanctions"}))
    assert cand is not None and cand.verb.text == "sanctions"


def test_a_nameless_act_needs_the_stricter_bare_threshold() -> None:
    from eventwire.coding.detector.model import load_detector

    model = load_detector()
    assert model.bare_threshold >= model.threshold("")


def test_an_act_the_detector_finds_inside_an_offer_is_not_coded_as_done() -> None:
    from eventwire.evaluate.coded import code_text

    _, events = code_text(
        "The president offered to hold talks with the opposition leaders on Monday.",
        published="2021-05-03",
    )
    assert not [e for e in events if e.event_type == "CONSULT" and e.modality == "asserted"]
