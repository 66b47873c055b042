"""The days a date at its precision covers, used by storage filters, exports and the API."""

from eventwire.dates import period_bounds


def test_period_bounds_at_each_precision() -> None:
    assert period_bounds("2024") == ("2024-01-01", "2024-12-31")
    assert period_bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert period_bounds("2023-02") == ("2023-02-01", "2023-02-28")
    assert period_bounds("2022-10-13") == ("2022-10-13", "2022-10-13")
    assert period_bounds(None) == (None, None)
