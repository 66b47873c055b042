"""Names in story matching: the text's capitalised words, and the specific-evidence test."""

from __future__ import annotations

from dataclasses import replace

from eventwire.link.profile import MAX_ENTITIES, Profile, text_names, with_text_names
from eventwire.link.stories import (
    StoryFeatures,
    StoryIndex,
    StoryParameters,
    features,
    story_id_for,
)


def test_text_names_counts_capitalised_words_without_stopwords() -> None:
    names = text_names("Quake hits Northvale", "The quake shook Northvale and Eastbrook on Monday.")
    assert names["northvale"] == 2
    assert names["eastbrook"] == 1
    assert names["quake"] == 1  # a capitalised headline word counts; idf weighs it later
    assert "the" not in names and "monday" not in names


def test_with_text_names_adds_to_entities_keeps_vector_and_cap() -> None:
    profile = Profile(entities=(("northvale", 3),), vector=(1.0, 0.0))
    text = " ".join(f"Name{i:03d}x" for i in range(2 * MAX_ENTITIES))
    got = with_text_names(profile, None, "Northvale. " + text)
    assert got.vector == profile.vector
    assert dict(got.entities)["northvale"] == 4
    assert len(got.entities) == MAX_ENTITIES


def _features(key: str, names: tuple[tuple[str, int], ...]) -> StoryFeatures:
    terms = (("earthquake", 3), ("magnitude", 2), ("buildings", 2), ("rescuers", 1))
    return features(key, terms, None, (), Profile(entities=names))


def test_look_alike_reports_sharing_no_names_stay_apart_under_min_specific() -> None:
    first = _features("a", (("northvale", 2), ("ridge county", 1)))
    other = _features("b", (("eastbrook", 2), ("harbor province", 1)))
    loose = StoryParameters(w_vector=0.0, w_entities=0.25, w_text=0.75, threshold=0.3,
                            undated_threshold=0.3, min_specific=0.0)
    for parameters, apart in ((loose, False), (replace(loose, min_specific=0.1), True)):
        index = StoryIndex(parameters)
        index.add(first, story_id_for("a"))
        story, why, _ = index.assign(other)
        assert (story != story_id_for("a")) is apart, why


def test_reports_sharing_names_still_join_under_min_specific() -> None:
    parameters = StoryParameters(w_vector=0.0, w_entities=0.25, w_text=0.75, threshold=0.3,
                                 undated_threshold=0.3, min_specific=0.1)
    index = StoryIndex(parameters)
    index.add(_features("a", (("northvale", 2), ("ridge county", 1))), story_id_for("a"))
    story, why, _ = index.assign(_features("b", (("northvale", 1), ("eastbrook", 1))))
    assert story == story_id_for("a"), why
