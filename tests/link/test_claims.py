"""Claims and disagreements: each article's stated facts, and where reports of one event differ."""

from __future__ import annotations

from dataclasses import replace

from eventwire.link import LinkIndex
from eventwire.link.claims import claims_of, disagreements, numbers
from eventwire.link.merge import merge_events, same_event, why_not_same
from eventwire.records import Claim, Event, Source

from .corpus import ALIYEV, ARM, AZE, GANJA, MOSCOW, PASHINYAN, RUS, article, event, link


def _said(ev: Event, sentence: str) -> Event:
    src = replace(ev.sources[0], sentence=sentence)
    return replace(ev, sources=(src,))


def test_numbers_are_read_with_what_they_count() -> None:
    assert numbers("A missile killed at least nine civilians and injured 30 people.") == {
        "killed": 9, "wounded": 30,
    }
    assert numbers("Russia will send 1,960 troops and 90 armoured vehicles.") == {"troops": 1960}
    assert numbers("Trade reached $4.5 billion in 2023.") == {"money": 4_500_000_000}
    assert numbers("Twenty-five soldiers died on Monday.") == {"killed": 25}  # deaths, not a force
    assert numbers("The 2020 war ended on November 10.") == {}


def test_claims_of_a_coded_event_leave_out_estimated_dates() -> None:
    ev = _said(event("ganja-a", 0, "ASSAULT", (ARM,), (AZE,), "2020-10-11", place=GANJA),
               "The strike on Ganja killed nine civilians.")
    got = {(c.field, c.value) for c in claims_of(ev)}
    assert got == {("date", "2020-10-11"), ("place", "Ganja"), ("participants", "ARM, AZE"),
                   ("killed", "9")}
    estimated = replace(ev, date_estimated=True)
    assert "date" not in {c.field for c in claims_of(estimated)}


def test_a_month_and_a_day_inside_it_agree_but_two_days_do_not() -> None:
    agree = [Claim("date", "2020-11", "a"), Claim("date", "2020-11-10", "b")]
    assert disagreements(agree) == ()
    differ = [*agree, Claim("date", "2020-11-09", "c"), Claim("date", "2020-11-10", "d")]
    (d,) = disagreements(differ)
    assert d.field == "date"
    assert d.values[0] == ("2020-11-10", ("b", "d"))  # most supported first
    assert set(d.values) == {("2020-11-10", ("b", "d")), ("2020-11", ("a",)),
                             ("2020-11-09", ("c",))}
    assert d.to_json()["values"][0] == {"value": "2020-11-10", "sources": ["b", "d"]}


def test_a_report_naming_fewer_parties_does_not_disagree() -> None:
    fewer = [Claim("participants", "AZE, RUS", "a"), Claim("participants", "ARM, AZE, RUS", "b")]
    assert disagreements(fewer) == ()
    other = [*fewer, Claim("participants", "AZE, TUR", "c")]
    assert [d.field for d in disagreements(other)] == ["participants"]


def test_death_tolls_that_differ_become_a_disagreement_on_merge() -> None:
    a = _said(event("ganja-a", 0, "ASSAULT", (ARM,), (AZE,), "2020-10-11"),
              "The missile killed nine civilians.")
    b = _said(event("ganja-b", 0, "ASSAULT", (ARM,), (AZE,), "2020-10-11", sentence=1),
              "Officials said eleven people were killed in the strike.")
    merged = merge_events(a, b)
    (d,) = merged.disagreements
    assert d.field == "killed" and {v for v, _ in d.values} == {"9", "11"}
    assert dict(d.values)["11"] == ("ganja-b",)
    back = Event.from_json(merged.to_json())
    assert back.disagreements == merged.disagreements and back.claims == merged.claims


def test_a_statement_dated_a_day_apart_merges_with_the_disagreement_kept() -> None:
    monday = event("ceasefire-a", 0, "SUPPORT", (RUS, ALIYEV, PASHINYAN), (), "2020-11-09",
                   place=MOSCOW)
    tuesday = event("ceasefire-b", 0, "SUPPORT", (RUS, ALIYEV), (), "2020-11-10")
    assert same_event(monday, tuesday)
    merged = merge_events(monday, tuesday)
    assert merged.event_date == "2020-11-09"  # a day apart does not replace the kept date
    (d,) = merged.disagreements
    assert d.field == "date"
    assert dict(d.values) == {"2020-11-09": ("ceasefire-a",), "2020-11-10": ("ceasefire-b",)}
    # one shared actor is not enough for a day's difference, nor is the same article
    alone = event("ceasefire-c", 0, "SUPPORT", (ALIYEV,), (), "2020-11-10")
    assert "do not overlap" in (why_not_same(monday, alone) or "")
    two_days = replace(tuesday, event_date="2020-11-11")
    assert not same_event(monday, two_days)


def test_a_commitment_and_the_statement_holding_it_stay_two_events() -> None:
    signed = event("ceasefire-a", 0, "SUPPORT", (RUS, ALIYEV, PASHINYAN), (), "2020-11-10")
    pledged = event("ceasefire-b", 0, "AGREE", (ALIYEV, PASHINYAN), (), "2020-11-10")
    assert why_not_same(signed, pledged) == "different type SUPPORT vs AGREE"


def test_meetings_a_day_apart_are_two_meetings() -> None:
    arrival = event("visit2024", 0, "CONSULT", (RUS, ALIYEV), (), "2024-08-18")
    talks = event("visit2022", 0, "CONSULT", (RUS, ALIYEV), (), "2024-08-19")
    assert not same_event(arrival, talks)


def test_link_finds_a_statement_a_day_apart_and_records_both_dates() -> None:
    index = LinkIndex()
    first = event("ceasefire-a", 0, "SUPPORT", (RUS, ALIYEV, PASHINYAN), (), "2020-11-09")
    index.add(link(article("ceasefire-a"), (first,), index))
    second = event("ceasefire-b", 0, "SUPPORT", (ALIYEV, PASHINYAN), (), "2020-11-10")
    r = link(article("ceasefire-b"), (second,), index)
    assert r.merged_into == (("ceasefire-b-e0", "ceasefire-a-e0"),)
    (ev,) = r.events
    assert [d.field for d in ev.disagreements] == ["date"]
    assert {s.article_id for s in ev.sources} == {"ceasefire-a", "ceasefire-b"}


def test_an_event_dated_after_its_article_is_not_merged() -> None:
    index = LinkIndex()
    talks = event("visit2024", 0, "CONSULT", (RUS, ALIYEV), (), "2024-04-22")
    index.add(link(article("visit2024"), (talks,), index))
    misdated = replace(event("lachin", 0, "CONSULT", (RUS, ALIYEV), (), "2024-04-22"),
                       sources=(Source("lachin", "x", "o", None, None, "2022-12-12", "s", 0),))
    r = link(article("lachin"), (misdated,), index)
    assert r.merged_into == () and any("misread date" in why for why in r.reasons)
