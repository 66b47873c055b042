"""Acts someone was kept from, or was only told to do, are not reported as done
(coding/modality.py: preventing frames, directive frames). Sentences written for these tests."""

from __future__ import annotations

from .coded import with_actor_layer


def _done(text: str, event_type: str) -> list[str]:
    return [
        e.modality
        for e in with_actor_layer(text)
        if e.event_type == event_type and e.modality == "asserted" and not e.negated
    ]


def test_an_act_someone_was_barred_from_did_not_happen() -> None:
    text = "The opposition delegation was barred from travelling to Strasbourg on Monday."
    assert _done(text, "CONSULT") == []


def test_an_act_someone_was_prevented_from_did_not_happen() -> None:
    text = "Police prevented the protesters from marching to the presidential palace."
    assert _done(text, "PROTEST") == []


def test_a_meeting_a_minister_was_directed_to_hold_is_not_yet_held() -> None:
    text = "The president instructed the foreign minister to meet his Turkish counterpart."
    assert _done(text, "CONSULT") == []


def test_a_present_tense_until_clause_is_a_condition_not_yet_met() -> None:
    text = (
        "The opposition leader said they would not negotiate until the president withdraws "
        "the draft constitution."
    )
    assert _done(text, "RETREAT") == [] and _done(text, "CONCEDE") == []


def test_a_past_tense_until_clause_happened() -> None:
    text = "The rebels held the bridge until the army withdrew from the town on Monday."
    assert _done(text, "RETREAT") == ["asserted"]
