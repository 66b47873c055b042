"""Several commitments of one summit: an article reporting two of them in two sentences
reports two acts, while a second article's report of one of them still joins it."""

from __future__ import annotations

from eventwire.link import LinkIndex, link

from .corpus import ALIYEV, PASHINYAN, article, event


def test_two_commitments_of_one_article_stay_two() -> None:
    # "agreed to stop fighting" (sentence 1); "also agreed to let peacekeepers in" (sentence 2)
    no_force = event("ceasefire-a", 1, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=1)
    commission = event("ceasefire-a", 2, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=2)
    r = link(article("ceasefire-a"), (no_force, commission), LinkIndex())
    assert {e.event_id for e in r.events} == {"ceasefire-a-e1", "ceasefire-a-e2"}


def test_a_stored_commitment_takes_one_sentence_of_a_later_article() -> None:
    index = LinkIndex()
    first = event("ceasefire-a", 1, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=0)
    stored = link(article("ceasefire-a"), (first,), index)
    index.add(stored)
    a = event("ceasefire-b", 1, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=0)
    b = event("ceasefire-b", 2, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=3)
    r = link(article("ceasefire-b"), (a, b), index)
    assert ("ceasefire-b-e1", "ceasefire-a-e1") in r.merged_into
    assert "ceasefire-b-e2" in {e.event_id for e in r.events}
    # the same act of the same type stays one event when it is not a commitment
    talks = event("ceasefire-c", 1, "CONSULT", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=0)
    again = event("ceasefire-c", 2, "CONSULT", (ALIYEV, PASHINYAN), (), "2020-11-10", sentence=2)
    r = link(article("ceasefire-c"), (talks, again), LinkIndex())
    assert len(r.events) == 1
