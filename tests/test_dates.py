"""The days a date at its precision covers, used by storage filters, exports and the API."""

from eventwire.dates import period_bounds


def test_period_bounds_at_each_precision() -> None:
    assert period_bounds("2024") == ("2024-01-01", "2024-12-31")
    assert period_bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert period_bounds("2023-02") == ("2023-02-01", "2023-02-28")
    assert period_bounds("2022-10-13") == ("2022-10-13", "2022-10-13")
    assert period_bounds(None) == (None, None)


def test_a_date_without_its_year_has_no_bounds_and_no_year() -> None:
    from eventwire.dates import year_known, year_of

    assert period_bounds("XXXX-08-19") == (None, None)
    assert period_bounds("XXXX-08") == (None, None)
    assert (year_known("XXXX-08-19"), year_of("XXXX-08-19")) == (False, None)
    assert (year_known("2024-08-19"), year_of("2024-08")) == (True, 2024)
