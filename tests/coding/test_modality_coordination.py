"""A verb coordinated with another shares its future or hypothetical modality, but not its
negation. Sentences written for these tests about real events of the South Caucasus."""

from __future__ import annotations

from eventwire.coding import code_events

from .coded import Build


def _moods(build: Build, text: str) -> dict[str, str]:
    return {e.event_type: e.modality for e in code_events(build(text)) if not e.negated}


def test_a_coordinated_verb_shares_the_future(make_analysis: Build) -> None:
    moods = _moods(make_analysis, "Putin will visit Baku and sign a treaty with Aliyev.")
    assert moods == {"CONSULT": "future", "SUPPORT": "future"}


def test_a_coordinated_verb_shares_a_condition(make_analysis: Build) -> None:
    moods = _moods(make_analysis, "Aliyev could meet Pashinyan and sign the treaty.")
    assert moods["SUPPORT"] == "hypothetical"


def test_a_negation_stays_with_its_own_verb(make_analysis: Build) -> None:
    moods = _moods(make_analysis, "Aliyev did not meet Pashinyan but signed a deal with Putin.")
    assert moods == {"SUPPORT": "asserted"}


def test_a_verb_with_its_own_subject_keeps_its_own_modality(make_analysis: Build) -> None:
    moods = _moods(make_analysis, "Putin will visit Baku and Aliyev signed a deal with Turkey.")
    assert moods["SUPPORT"] == "asserted"
