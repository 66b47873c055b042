"""Who a pronoun subject is (coding/context.py). Sentences written for these tests."""

from __future__ import annotations

from eventwire.coding.context import _one_person
from eventwire.records import ActorRef

from .coded import with_actor_layer


def test_a_plural_pronoun_in_a_quote_is_not_the_one_person_quoting_it() -> None:
    text = (
        "Rebel fighters attacked a police post near the border on Monday. "
        '"First they fired rockets and then they stormed the gate," district official '
        "Karim Haidari told reporters."
    )
    names = {a.name for e in with_actor_layer(text, "2019-06-04") for a in e.actors}
    assert "Karim Haidari" not in names


def test_a_state_named_as_a_whole_is_not_one_person() -> None:
    assert not _one_person(ActorRef("Georgia", "GEO", None))
    assert _one_person(ActorRef("Karim Haidari", None, "GOV"))
