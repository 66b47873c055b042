"""Which event the PLOVER gold-sentence scorer takes for a sentence (``evaluate.gsr``)."""

from __future__ import annotations

from dataclasses import replace

from eventwire.evaluate.gsr import top_event
from tests.link.corpus import RUS, event


def test_an_act_done_outranks_a_more_confident_aim() -> None:
    # "collected signatures so that the law is changed": the petition was done, the change
    # is only its aim
    done = replace(event("a", 0, "PROTEST", (RUS,), (), "2022-01-01"), confidence=0.4)
    aim = replace(event("a", 1, "COERCE", (RUS,), (), "2022-01-01"), confidence=0.6,
                  modality="hypothetical")
    assert top_event((aim, done)) == done
    assert top_event((aim,)) == aim
    assert top_event(()) is None
