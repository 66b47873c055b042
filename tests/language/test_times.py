"""find_times, tense_of and estimate_publication_date on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.language.times import estimate_publication_date, find_times, tense_of

A = "2024-08-19"  # a Monday
B = "2022-09-03"  # a Saturday


def values(nlp: Any, text: str, anchor: str | None = A) -> dict[str, tuple[str, str, str]]:
    return {t.text: (t.value, t.precision, t.type) for t in find_times(nlp(text), anchor)}


def test_offsets_point_into_the_text(nlp: Any) -> None:
    text = "On August 19 the ministers met, and the same day Baku protested."
    found = find_times(nlp(text), A)
    assert [text[t.start : t.end] for t in found] == ["August 19", "the same day"]
    assert all(t.anchor == A for t in found)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "precision"),
    [
        ("Russian peacekeepers left Karabakh last February.", "last February", "2024-02", "month"),
        ("Border talks resumed this month in Yerevan.", "this month", "2024-08", "month"),
        ("Officials in Baku said last week that demining continues.", "last week", "2024-W33",
         "week"),
        ("The delimitation commission met in Almaty the last week.", "the last week", "2024-W33",
         "week"),
        ("The commission met today in Almaty.", "today", "2024-08-19", "day"),
        ("Pashinyan met Aliyev in Brussels on Thursday.", "Thursday", "2024-08-15", "day"),
        ("The ministers will meet again on Thursday.", "Thursday", "2024-08-22", "day"),
        ("Aliyev's office said this year would bring a treaty.", "this year", "2024", "year"),
        ("Parliament will debate the border deal in September.", "September", "2024-09", "month"),
        ("The prime minister visited Moscow in September.", "September", "2023-09", "month"),
        ("Fighting broke out in mid-April near Tavush.", "mid-April", "2024-04", "month"),
        ("Trade fell in late 2023.", "late 2023", "2023", "year"),
        ("Earlier this month the ministers exchanged drafts.", "Earlier this month", "2024-08",
         "month"),
        ("The war in Karabakh ended three years ago.", "three years ago", "2021", "year"),
        ("The six-week conflict ended in a ceasefire.", "six-week", "P6W", "duration"),
        ("The dispute has lasted over three decades.", "three decades", "P30Y", "duration"),
        ("The deal was signed on 19 August 2024 in Baku.", "19 August 2024", "2024-08-19", "day"),
        ("Lavrov arrived in Yerevan on Aug. 19.", "Aug. 19", "2024-08-19", "day"),
        ("The summit opened on 2024-08-19 in Astana.", "2024-08-19", "2024-08-19", "day"),
        ("Inflation slowed in August 2024.", "August 2024", "2024-08", "month"),
        ("The first war was fought in the 1990s.", "the 1990s", "199", "decade"),
        ("Exports grew in the third quarter.", "the third quarter", "2024-Q3", "quarter"),
        ("The pipeline will be repaired this summer.", "this summer", "2024-SU", "season"),
        ("Gazprom cut supplies last winter.", "last winter", "2023-WI", "season"),
        ("The talks were postponed until next year.", "next year", "2025", "year"),
        ("The guards met at 10 a.m. on Monday.", "10 a.m.", "2024-08-19T10:00", "time"),
        ("Shelling was reported near Jermuk yesterday.", "yesterday", "2024-08-18", "day"),
        ("The Kremlin will comment tomorrow.", "tomorrow", "2024-08-20", "day"),
        ("Monitors patrol the border daily.", "daily", "P1D", "set"),
        ("Prices have risen in recent years.", "recent years", "PAST_REF", "ref"),
        ("The current talks are stalled.", "current", "PRESENT_REF", "ref"),
        ("The ministers will meet again soon.", "soon", "FUTURE_REF", "ref"),
        ("Output rose 5% for the year.", "the year", "2024", "year"),
        ("It earned $5 million in the year ended June 30.", "the year", "P1Y", "duration"),
        ("The ministers are now discussing a draft.", "now", "PRESENT_REF", "ref"),
        ("Armenia will hold a referendum in the near future.", "the near future", "FUTURE_REF",
         "ref"),
        ("Azerbaijan's forces took Shusha on Monday, Nov. 9.", "Monday, Nov. 9", "2020-11-09",
         "day"),
    ],
)  # fmt: skip
def test_rules(nlp: Any, sentence: str, span: str, value: str, precision: str) -> None:
    found = values(nlp, sentence)
    assert span in found, found
    assert found[span][:2] == (value, precision)


def test_list_lends_its_closing_year(nlp: Any) -> None:
    text = "The statements were signed on November 9, 2020, January 11, and November 26, 2021."
    found = values(nlp, text)
    assert found["November 9, 2020"][0] == "2020-11-09"
    assert found["January 11"][0] == "2021-01-11"
    assert found["November 26, 2021"][0] == "2021-11-26"


def test_sentence_year_carries_to_later_yearless_date(nlp: Any) -> None:
    text = "Azerbaijan attacked on September 27, 2020, and the war ended on November 10."
    assert values(nlp, text)["November 10"][0] == "2020-11-10"


def test_same_day_is_the_last_day_mentioned(nlp: Any) -> None:
    text = "Troops crossed the border on September 13, 2022. Yerevan appealed the same day."
    assert values(nlp, text)["the same day"][0] == "2022-09-13"


def test_second_anchor(nlp: Any) -> None:
    found = values(nlp, "Baku accused Yerevan of shelling on Friday and will reply in October.", B)
    assert found["Friday"][0] == "2022-09-02"
    assert found["October"][0] == "2022-10"


def test_may_the_verb_is_not_a_month(nlp: Any) -> None:
    assert "May" not in values(nlp, "May the talks succeed, the envoy said.")
    assert values(nlp, "The talks took place in May.")["May"][0] == "2024-05"


def test_without_anchor_explicit_dates_still_resolve(nlp: Any) -> None:
    found = values(nlp, "The treaty was signed on 3 May 2023 and ratified yesterday.", None)
    assert found["3 May 2023"][0] == "2023-05-03"
    assert "yesterday" not in found


def test_tense_of(nlp: Any) -> None:
    doc = nlp("Aliyev said Armenia will sign the treaty and plans to ratify it.")
    by_text = {t.text: t for t in doc}
    assert tense_of(by_text["said"]) == "past"
    assert tense_of(by_text["sign"]) == "future"
    assert tense_of(by_text["ratify"]) == "future"


def test_publication_date_from_url() -> None:
    date, how = estimate_publication_date(
        "Talks resumed.", url="https://x.am/news/2024/08/19/talks"
    )
    assert (date, how) == ("2024-08-19", "url")


def test_yearless_dateline_is_placed_after_the_dates_its_story_reports() -> None:
    text = "BAKU, Aug 19 (Reuters) - Azerbaijan, which retook Karabakh in September 2023, said..."
    date, how = estimate_publication_date(text)
    assert date == "2024-08-19"  # August 19 of 2023 came before the September it reports
    assert how.startswith("dateline")


def test_publication_date_lower_bound_from_body() -> None:
    text = "The clashes of September 13, 2022 were followed by talks on 6 October 2022 in Prague."
    assert estimate_publication_date(text) == ("2022-10-06", "lower bound from body dates")


def test_publication_date_none_without_evidence() -> None:
    assert estimate_publication_date("Talks resumed in the capital.") == (None, "no date evidence")


def test_yearless_dateline_takes_its_year_from_the_weekday_of_the_lead() -> None:
    from eventwire.language.times import estimate_publication_date

    body = "BAKU, Aug 19 (Test Wire) - The two presidents held talks on Monday."
    date, how = estimate_publication_date(body)
    assert date == "2024-08-19" and "weekday" in how  # the latest past Monday, August 19
    no_clue = "BAKU, Aug 19 (Test Wire) - The two presidents held talks."
    assert estimate_publication_date(no_clue) == (None, "no date evidence")


def test_narrative_soon_is_not_future(nlp: Any) -> None:
    """TimeML leaves "was soon released" unannotated: it is not ahead of the story."""
    assert "soon" not in values(nlp, "He was soon released and went home.")
