"""The whole link stage: copies, stories and merged events, live and after a rebuild."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from eventwire.errors import EventwireError
from eventwire.link import (
    NOT_UNIQUE_TYPES,
    LinkIndex,
    LinkResult,
    StoredArticle,
    find_copy_of,
)
from eventwire.records import Article, Event

from .corpus import ALIYEV, PASHINYAN, PELOSI, RUS, TEXTS, article, coded_events, event, link
from .test_copies import make_copy

ORDER = list(TEXTS)


class Store:
    """What the storage layer keeps: per-article rows and events upserted by id."""

    def __init__(self) -> None:
        self.articles: list[StoredArticle] = []
        self.events: dict[str, Event] = {}

    def save(self, r: LinkResult) -> None:
        self.articles.append(
            StoredArticle(
                r.article_id,
                r.signature,
                r.length,
                r.story_id,
                r.publication_date,
                r.duplicate_of,
                r.terms,
            )
        )
        for ev in r.events:
            self.events[ev.event_id] = ev


def _run(keys: list[str], index: LinkIndex, store: Store) -> dict[str, LinkResult]:
    out = {}
    for key in keys:
        r = link(article(key), coded_events(key), index)
        store.save(r)
        index.add(r)
        out[key] = r
    return out


def _copy_article(key: str, new_id: str, seed: int) -> Article:
    a = article(key)
    return Article(
        new_id,
        f"tests/{new_id}.txt",
        make_copy(a.text, random.Random(seed)),
        outlet="Reprint Daily",
        publication_date=a.publication_date,
    )


def test_three_reports_of_the_ceasefire_become_one_event_with_three_sources() -> None:
    index, store = LinkIndex(), Store()
    results = _run(ORDER, index, store)
    agree = store.events["ceasefire-a-e0"]
    assert {s.article_id for s in agree.sources} == {"ceasefire-a", "ceasefire-b", "ceasefire-c"}
    assert ("ceasefire-b-e0", "ceasefire-a-e0") in results["ceasefire-b"].merged_into
    assert agree.story_id == results["ceasefire-a"].story_id
    assert "ceasefire-b-e0" not in store.events
    protest = store.events["ceasefire-a-e1"]  # the Yerevan protest, reported a and c
    assert {s.article_id for s in protest.sources} == {"ceasefire-a", "ceasefire-c"}
    # events of other stories stayed apart
    assert len({s.article_id for s in store.events["ganja-a-e0"].sources}) == 2
    assert "truce-a-e0" in store.events and "ceasefire-a-e0" in store.events
    assert all(ev.story_id for ev in store.events.values())


def test_a_reprint_is_a_copy_with_no_events_and_the_original_story() -> None:
    index, store = LinkIndex(), Store()
    first = _run(["ganja-a", "truce-a"], index, store)
    reprint = _copy_article("ganja-a", "reprint-1", seed=1)
    sig, length, original = find_copy_of(reprint, index)  # before coding
    assert original == "ganja-a"
    r = link(reprint, coded_events("ganja-a"), index, (sig, length, original))
    assert r.duplicate_of == "ganja-a" and r.events == ()
    assert r.story_id == first["ganja-a"].story_id and r.signature == sig
    assert any("not linked" in why for why in r.reasons)
    index.add(r)
    second = _copy_article("ganja-a", "reprint-2", seed=2)
    assert link(second, (), index).duplicate_of == "ganja-a"  # the first-seen original


def test_two_events_of_one_article_for_the_same_act_fold_together() -> None:
    index = LinkIndex()
    a = article("visit2024")
    e0 = event("visit2024", 0, "CONSULT", (ALIYEV,), (), "2024-04-22", sentence=0)
    e1 = event("visit2024", 1, "CONSULT", (ALIYEV,), (), "2024-04", precision="month", sentence=2)
    r = link(a, (e0, e1), index)
    assert len(r.events) == 1 and r.merged_into == (("visit2024-e1", "visit2024-e0"),)
    assert len(r.events[0].sources) == 2


def test_rebuilt_index_links_the_next_article_like_the_live_one() -> None:
    live, store = LinkIndex(), Store()
    head, tail = ORDER[:-4], ORDER[-4:]
    _run(head, live, store)
    rebuilt = LinkIndex.from_stored(store.articles, store.events.values())
    for key in tail:
        a = link(article(key), coded_events(key), live)
        b = link(article(key), coded_events(key), rebuilt)
        assert (a.story_id, a.merged_into, a.events) == (b.story_id, b.merged_into, b.events)
        live.add(a)
        rebuilt.add(b)
    reprint = _copy_article("border-a", "reprint-3", seed=3)
    assert link(reprint, (), rebuilt).duplicate_of == "border-a"


def test_linking_an_article_twice_is_refused() -> None:
    index = LinkIndex()
    index.add(link(article("lachin"), coded_events("lachin"), index))
    with pytest.raises(EventwireError, match="L002"):
        link(article("lachin"), coded_events("lachin"), index)


def _with_sentence(ev: Event, sentence: str) -> Event:
    return replace(ev, sources=(replace(ev.sources[0], sentence=sentence),))


def test_an_event_without_actors_merges_into_its_storys_event_by_wording() -> None:
    index = LinkIndex()
    a = _with_sentence(
        event("ceasefire-a", 10, "AID", (RUS,), (), "2020-11-10", sentence=1),
        "Russian peacekeepers will deploy along the line of contact and the Lachin corridor.",
    )
    first = link(article("ceasefire-a"), (*coded_events("ceasefire-a"), a), index)
    index.add(first)
    vague = _with_sentence(
        event("ceasefire-c", 10, "AID", (), (), "2020-11-11", estimated=True),
        "Russian peacekeepers will deploy along the Lachin corridor and the line of contact.",
    )
    other = _with_sentence(
        event("ceasefire-c", 11, "AID", (), (), "2020-11-11", estimated=True, sentence=1),
        "Protesters spent the night in parliament.",
    )
    r = link(article("ceasefire-c"), (*coded_events("ceasefire-c"), vague, other), index)
    assert r.story_id == first.story_id
    assert ("ceasefire-c-e10", "ceasefire-a-e10") in r.merged_into
    assert any("sentence overlap" in why for why in r.reasons)
    merged = next(e for e in r.events if e.event_id == "ceasefire-a-e10")
    assert {s.article_id for s in merged.sources} == {"ceasefire-a", "ceasefire-c"}
    assert "ceasefire-c-e11" in {e.event_id for e in r.events}  # other wording: kept apart


def test_a_background_mention_merges_with_the_old_event_but_not_into_its_story() -> None:
    index = LinkIndex()
    old = event("ceasefire-a", 0, "AGREE", (RUS, ALIYEV, PASHINYAN), (), "2020-11-10")
    first = link(article("ceasefire-a"), (old,), index)
    index.add(first)
    recalled = event("visit2024", 0, "AGREE", (RUS, ALIYEV), (), "2020-11-10", sentence=3)
    talks = event("visit2024", 1, "CONSULT", (ALIYEV,), (RUS,), "2024-04-22")
    r = link(article("visit2024"), (recalled, talks), index)
    assert ("visit2024-e0", "ceasefire-a-e0") in r.merged_into
    assert r.story_id != first.story_id
    kept = {e.event_id: e for e in r.events}
    assert kept["ceasefire-a-e0"].story_id == first.story_id  # the old event keeps its story
    assert kept["visit2024-e1"].story_id == r.story_id


def test_an_undated_article_joins_a_dated_story_by_text_alone() -> None:
    index = LinkIndex()
    for key in ("ceasefire-a", "truce-a", "ganja-a"):
        index.add(link(article(key), coded_events(key), index))
    undated = replace(article("ceasefire-c"), article_id="c-undated", publication_date=None)
    r = link(undated, (), index)
    assert r.story_id == index.stories.story_of("ceasefire-a") and "undated" in r.reasons[0]
    unrelated = replace(article("visit2022"), article_id="v-undated", publication_date=None)
    assert link(unrelated, (), index).reasons[0].startswith("new story")


def test_a_nameless_report_joins_the_only_event_of_its_type_and_day_in_its_story() -> None:
    index = LinkIndex()
    signing = event("ceasefire-a", 10, "SUPPORT", (RUS, ALIYEV, PASHINYAN), (), "2020-11-10",
                    sentence=1)
    first = link(article("ceasefire-a"), (*coded_events("ceasefire-a"), signing), index)
    index.add(first)
    nameless = _with_sentence(
        event("ceasefire-c", 10, "SUPPORT", (), (), "2020-11-10"),
        "The document was signed after midnight.",
    )
    pledge = _with_sentence(
        event("ceasefire-c", 11, "AGREE", (), (), "2020-11-10", sentence=1),
        "It also commits both sides to exchange prisoners.",
    )
    r = link(article("ceasefire-c"), (*coded_events("ceasefire-c"), nameless, pledge), index)
    assert r.story_id == first.story_id
    assert ("ceasefire-c-e10", "ceasefire-a-e10") in r.merged_into
    assert any("the only event of its type and date" in why for why in r.reasons)
    merged = next(e for e in r.events if e.event_id == "ceasefire-a-e10")
    assert merged.actors == signing.actors  # the named report keeps its names
    assert ("ceasefire-c", 0) in {(s.article_id, s.sentence_index) for s in merged.sources}
    # commitments come several to a statement: a nameless AGREE is not placed by elimination
    assert "AGREE" in NOT_UNIQUE_TYPES
    assert "ceasefire-c-e11" in {e.event_id for e in r.events}


def test_a_nameless_report_with_two_candidates_in_its_story_stays_apart() -> None:
    index = LinkIndex()
    talks = event("ceasefire-a", 10, "CONSULT", (RUS, ALIYEV), (), "2020-11-10", sentence=1)
    call = event("ceasefire-a", 11, "CONSULT", (PELOSI,), (PASHINYAN,), "2020-11-10", sentence=2)
    first = link(article("ceasefire-a"), (*coded_events("ceasefire-a"), talks, call), index)
    index.add(first)
    nameless = _with_sentence(
        event("ceasefire-c", 10, "CONSULT", (), (), "2020-11-10"), "The talks went on all night."
    )
    r = link(article("ceasefire-c"), (*coded_events("ceasefire-c"), nameless), index)
    assert r.story_id == first.story_id
    assert "ceasefire-c-e10" in {e.event_id for e in r.events}
    assert all(new != "ceasefire-c-e10" for new, _ in r.merged_into)


def _said(ev: Event, sentence: str) -> Event:
    return replace(ev, sources=tuple(replace(src, sentence=sentence) for src in ev.sources))


def test_a_nameless_re_mention_in_one_article_joins_its_only_earlier_event_of_that_type() -> None:
    """"Putin hosted Aliyev ... The talks lasted about four hours." """
    met = event("visit2022", 0, "CONSULT", (RUS,), (ALIYEV,), "2022-02-22", sentence=0)
    lasted = _said(event("visit2022", 1, "CONSULT", (), (), "2022-02-22", sentence=3),
                   "The talks lasted about four hours.")
    r = link(article("visit2022"), (met, lasted), LinkIndex())
    assert r.merged_into == (("visit2022-e1", "visit2022-e0"),)
    assert [len(e.sources) for e in r.events] == [2]


def test_a_nameless_sentence_reporting_a_further_act_is_no_re_mention() -> None:
    met = event("visit2022", 0, "CONSULT", (RUS,), (ALIYEV,), "2022-02-22", sentence=0)
    ended = _said(event("visit2022", 1, "CONSULT", (), (), "2022-02-22", sentence=3),
                  "The meeting ended with a joint statement.")
    r = link(article("visit2022"), (met, ended), LinkIndex())
    assert r.merged_into == () and len(r.events) == 2


def test_a_nameless_re_mention_with_two_earlier_candidates_stays_apart() -> None:
    one = event("visit2022", 0, "CONSULT", (RUS,), (ALIYEV,), "2022-02-22", sentence=0)
    two = event("visit2022", 1, "CONSULT", (RUS,), (PASHINYAN,), "2022-02-22", sentence=1)
    lasted = _said(event("visit2022", 2, "CONSULT", (), (), "2022-02-22", sentence=3),
                   "The talks lasted about four hours.")
    r = link(article("visit2022"), (one, two, lasted), LinkIndex())
    assert r.merged_into == () and len(r.events) == 3
