"""Times rules added to pass HeidelTime on TimeBank: clock+day, year's quarter, the anchor day."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.language.times import find_times


@pytest.mark.parametrize(
    "sentence, anchor, text, value",
    [
        ("Talks broke off at noon Thursday.", "2024-08-19", "noon Thursday", "2024-08-15T12:00"),
        ("The offer runs until 5 p.m. EST, Nov. 9.", "2023-11-02", "5 p.m. EST, Nov. 9",
         "2023-11-09T17:00"),
        ("Sales for this year's third quarter fell.", "2023-11-01", "this year's third quarter",
         "2023-Q3"),
        ("Profit rose in the 2022 second quarter.", "2023-11-01", "the 2022 second quarter",
         "2022-Q2"),
        ("BAKU, August 19 (Steppe Herald) - Leaders will meet.", "2024-08-19", "August 19",
         "2024-08-19"),
        ("He gave no reason for the Jan. 14 deadline.", "2024-01-05", "Jan. 14", "2024-01-14"),
    ],
)  # fmt: skip
def test_value(nlp: Any, sentence: str, anchor: str, text: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(nlp(sentence), anchor)}
    assert found.get(text) == value, found


def test_afternoon_is_not_noon(nlp: Any) -> None:
    found = [t.text for t in find_times(nlp("Shares rose by mid-afternoon."), "2024-08-19")]
    assert "noon" not in found
