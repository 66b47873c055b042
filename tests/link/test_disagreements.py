"""Figure disagreements across the events of one story (``link/disagreements.py``).

Events are hand-coded as the coder codes them; each carries the figure claims
its article's sentences state.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.link.disagreements import story_disagreements
from eventwire.records import ActorRef, Claim, Event

from .corpus import event

AZE = ActorRef(None, "AZE", "MIL")
ARM = ActorRef(None, "ARM", "MIL")


def _report(
    article: str, n: int, date: str | None, *claims: tuple[str, str], **kw: object
) -> Event:
    ev = event(article, n, "ASSAULT", (AZE,), (ARM,), date)
    ev = replace(ev, story_id="s1", claims=tuple(Claim(f, v, article) for f, v in claims))
    return replace(ev, **kw) if kw else ev  # type: ignore[arg-type]


def _versions(ev: Event) -> dict[str, dict[str, tuple[str, ...]]]:
    return {d.field: dict(d.values) for d in ev.disagreements}


def test_two_outlets_counting_the_dead_a_day_apart_disagree_and_the_stored_report_is_updated() -> (
    None
):
    stored = _report("a", 0, "2020-10-04", ("killed", "12"))
    new = _report("b", 0, "2020-10-05", ("killed", "14"))
    out = story_disagreements([new], [stored])
    assert [e.event_id for e in out] == [new.event_id, stored.event_id]
    for ev in out:
        assert _versions(ev) == {"killed": {"12": ("a",), "14": ("b",)}}


def test_reports_a_week_apart_are_other_developments_not_versions() -> None:
    stored = _report("a", 0, "2020-10-04", ("killed", "12"))
    new = _report("b", 0, "2020-10-11", ("killed", "14"))
    assert story_disagreements([new], [stored]) == [new]


def test_a_denied_act_does_not_dispute_the_figures_of_one_that_happened() -> None:
    stored = _report("a", 0, "2020-10-04", ("killed", "12"))
    new = _report("b", 0, "2020-10-04", ("killed", "14"), negated=True)
    assert story_disagreements([new], [stored]) == [new]


def test_an_undated_report_is_compared_with_nothing_but_itself() -> None:
    stored = _report("a", 0, "2020-10-04", ("killed", "12"))
    new = _report("b", 0, None, ("killed", "14"))
    assert story_disagreements([new], [stored]) == [new]


def test_figures_an_order_of_magnitude_apart_count_different_things() -> None:
    stored = _report("a", 0, "2020-10-04", ("people", "40"))
    new = _report("b", 0, "2020-10-04", ("people", "4000"))  # the dead and the evacuated
    assert story_disagreements([new], [stored]) == [new]


def test_the_first_close_figure_of_each_article_is_its_version() -> None:
    first = _report("a", 0, "2020-10-04", ("killed", "12"))
    later = _report("a", 1, "2020-10-04", ("killed", "13"))  # the same outlet's update
    new = _report("b", 0, "2020-10-04", ("killed", "14"))
    got = {e.event_id: e for e in story_disagreements([new], [first, later])}
    assert _versions(got[new.event_id]) == {"killed": {"12": ("a",), "14": ("b",)}}


def test_a_stored_report_far_from_the_new_one_is_not_stored_again() -> None:
    near = _report("a", 0, "2020-10-04", ("killed", "12"))
    far = _report("c", 0, "2020-12-01", ("killed", "30"))
    new = _report("b", 0, "2020-10-05", ("killed", "14"))
    out = story_disagreements([new], [near, far])
    assert far.event_id not in {e.event_id for e in out}
    assert near.event_id in {e.event_id for e in out}


def test_a_stored_report_that_takes_a_new_article_updates_its_stored_neighbours() -> None:
    a = _report("a", 0, "2020-10-04", ("killed", "12"))
    b = _report("b", 0, "2020-10-05")
    merged = replace(b, claims=(Claim("killed", "15", "c"),))  # a third outlet's report joined b
    got = {e.event_id: e for e in story_disagreements([merged], [a, b])}
    assert _versions(got[a.event_id]) == {"killed": {"12": ("a",), "15": ("c",)}}
