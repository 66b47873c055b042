"""Fixtures for the coder tests: an Analysis built from the real spaCy parse.

The actor layer is stood in for by a small table of names (``ACTORS``) so that these tests
exercise the coder's own rules; times and places come from the real language modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from eventwire.records import ActorMention, ActorRef, Analysis, Article, Entity, Sentence

ACTORS: dict[str, ActorRef] = {
    "Vladimir Putin": ActorRef("Vladimir Putin", "RUS", "GOV"),
    "Putin": ActorRef("Vladimir Putin", "RUS", "GOV"),
    "Ilham Aliyev": ActorRef("Ilham Aliyev", "AZE", "GOV"),
    "Aliyev": ActorRef("Ilham Aliyev", "AZE", "GOV"),
    "Nikol Pashinyan": ActorRef("Nikol Pashinyan", "ARM", "GOV"),
    "Pashinyan": ActorRef("Nikol Pashinyan", "ARM", "GOV"),
    "Charles Michel": ActorRef("Charles Michel", "EUR", "GOV"),
    "the Kremlin": ActorRef(None, "RUS", "GOV"),
    "Kremlin": ActorRef(None, "RUS", "GOV"),
    "Russian peacekeepers": ActorRef(None, "RUS", "MIL"),
    "peacekeepers": ActorRef(None, None, "MIL"),
    "Armenian forces": ActorRef(None, "ARM", "MIL"),
    "Azerbaijani forces": ActorRef(None, "AZE", "MIL"),
    "Armenia": ActorRef("Armenia", "ARM", None),
    "Azerbaijan": ActorRef("Azerbaijan", "AZE", None),
    "Russia": ActorRef("Russia", "RUS", None),
    "Turkey": ActorRef("Turkey", "TUR", None),
    "Armenian": ActorRef(None, "ARM", None),
    "Azerbaijani": ActorRef(None, "AZE", None),
    "Russian": ActorRef(None, "RUS", None),
    "protesters": ActorRef(None, None, "CVL"),
    "European Union": ActorRef("European Union", "EUR", "IGO"),
}


def find_test_actors(text: str) -> tuple[ActorMention, ...]:
    """Longest-first, non-overlapping matches of the ACTORS names."""
    taken: list[tuple[int, int]] = []
    found = []
    for name in sorted(ACTORS, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(ActorMention(m.group(0), m.start(), m.end(), ACTORS[name]))
    return tuple(sorted(found, key=lambda x: x.start))


@pytest.fixture(scope="session")
def make_analysis(nlp: Any) -> Callable[..., Analysis]:
    from eventwire.language.places import find_places
    from eventwire.language.times import find_times

    def build(text: str, published: str | None = "2022-11-01", article_id: str = "a1") -> Analysis:
        doc = nlp(text)
        article = Article(
            article_id=article_id, origin="test.txt", text=text, publication_date=published
        )
        actors = find_test_actors(text)
        countries = tuple(sorted({a.actor.country for a in actors if a.actor.country}))
        return Analysis(
            article=article,
            sentences=tuple(
                Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)
            ),
            entities=tuple(Entity(e.text, e.start_char, e.end_char, e.label_) for e in doc.ents),
            actors=actors,
            times=find_times(doc, published),
            places=find_places(doc, countries),
            doc=doc,
        )

    return build


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests exercise the coder's own rules: the learned detector that sits on top of
    them (tests/coding/detector) is switched off here, as EVENTWIRE_DETECTOR=none does."""
    monkeypatch.setenv("EVENTWIRE_DETECTOR", "none")
