"""Publication dates reasoned from the constraints a text sets (sentences written for tests)."""

from __future__ import annotations

import datetime as dt

from eventwire.language.times_published import estimate_publication

TODAY = dt.date(2026, 12, 1)


def test_yearless_date_after_the_latest_full_date_proves_the_next_year() -> None:
    text = ("The leaders discussed the August 31 meeting in Brussels. They recalled the "
            "statements signed on November 9, 2020, January 11, and November 26, 2021.")
    found = estimate_publication(text, today=TODAY)
    assert found.date == "2022-08-31"  # August 31 of 2021 came before November 26, 2021
    assert found.earliest == "2022-08-31" and found.latest is None


def test_a_year_lent_along_a_list_is_not_a_yearless_date() -> None:
    text = "The statements were signed on November 9, 2020, January 11, and November 26, 2021."
    found = estimate_publication(text, today=TODAY)
    assert found.date == "2021-11-26"  # January 11 is of 2021, not placed after the bound


def test_weekday_date_pair_fixes_the_year_after_the_bound() -> None:
    text = ("Talks opened on Monday, August 19, in the capital. The border was closed "
            "in March 2019.")
    found = estimate_publication(text, today=TODAY)
    assert found.date == "2019-08-19"  # the first August 19 after March 2019 on a Monday


def test_weekday_date_pair_alone_takes_the_latest_fitting_year() -> None:
    found = estimate_publication("Talks opened on Monday, August 19, in Baku.", today=TODAY)
    assert found.date == "2024-08-19" and "weekday" in found.how


def test_a_bare_year_only_bounds_the_interval() -> None:
    text = "On August 19 the ministers met. The two states fought a war in 2016."
    found = estimate_publication(text, today=TODAY)
    assert found.date is None  # placing August 19 after 2016 would be a guess
    assert found.earliest == "2016-01-01"


def test_an_old_date_deep_in_the_body_is_a_lower_bound_not_an_estimate() -> None:
    text = ("The ministers met again to talk about the border. " * 8
            + "The queen was crowned after her father died on February 6, 1952.")
    found = estimate_publication(text, today=TODAY)
    assert found.date is None and found.earliest == "1952-02-06"
    assert found.how.startswith("lower bound only")


def test_a_dated_plan_is_an_upper_bound() -> None:
    text = ("Talks held on 6 October 2022 in Prague ended. The leaders will meet again "
            "on November 20, 2022.")
    found = estimate_publication(text, today=TODAY)
    assert (found.date, found.earliest, found.latest) == ("2022-10-06", "2022-10-06", "2022-11-20")


def test_url_date_is_exact() -> None:
    found = estimate_publication("Talks.", url="https://x.am/2024/08/19/talks", today=TODAY)
    assert (found.date, found.earliest, found.latest, found.exact) == (
        "2024-08-19", "2024-08-19", "2024-08-19", True)


def test_dates_in_the_future_of_today_are_ignored() -> None:
    found = estimate_publication("The plan was adopted on March 3, 2030.", today=TODAY)
    assert found.date is None
