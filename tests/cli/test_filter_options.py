"""CLI filters are checked by the API's own validators, and countries may be named."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from tests.cli.conftest import Ingested

BAD = [
    (["--type", "MEET"], "E503", "MEET"),
    (["--since", "2022-13-01"], "E504", "--since '2022-13-01' is not a date"),
    (["--since", "2022-02-30"], "E504", "2022-02-30"),
    (["--since", "last year"], "E504", "last year"),
    (["--until", "2022-13"], "E504", "--until"),
    (["--since", "2023-01-01", "--until", "2022-12-31"], "E504", "after --until"),
    (["--country", "Armenai"], "E505", "Armenai"),
    (["--country", "ZZZ"], "E505", "ZZZ"),
]


@pytest.mark.parametrize("command", ["events", "timeline"])
@pytest.mark.parametrize(("args", "code", "named"), BAD, ids=lambda v: str(v))
def test_a_bad_filter_is_one_coded_line(
    command: str, args: list[str], code: str, named: str, empty_url: str
) -> None:
    result = CliRunner().invoke(app, [command, "--db", empty_url, *args])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and f"[{code}]" in lines[0] and named in lines[0], result.stderr
    assert result.stdout == ""


def event_ids(url: str, *args: str) -> set[str]:
    result = CliRunner().invoke(app, ["events", "--db", url, *args])
    assert result.exit_code == 0, result.output
    return {json.loads(line)["event_id"] for line in result.stdout.splitlines()}


def test_countries_by_name_code_or_demonym(ingested: Ingested) -> None:
    armenia = event_ids(ingested.url, "--country", "ARM")
    assert armenia  # Mirzoyan (ARM GOV) met Bayramov
    for spelling in ("Armenia", "armenia", "arm", "Armenian", "Republic of Armenia"):
        assert event_ids(ingested.url, "--country", spelling) == armenia, spelling
    assert event_ids(ingested.url, "--country", "Tuvalu") == set()
    both = event_ids(ingested.url, "--country", "Armenia|GEO")
    assert armenia <= both


def test_dates_and_types_mean_what_the_api_means(ingested: Ingested) -> None:
    every = event_ids(ingested.url)
    assert event_ids(ingested.url, "--until", "2022-07") == every  # the month runs to its end
    assert event_ids(ingested.url, "--since", "2022") == every
    assert event_ids(ingested.url, "--since", "2022-08") == set()
    consult = event_ids(ingested.url, "--type", "consult")
    assert consult and consult == event_ids(ingested.url, "-t", "CONSULT")
    assert event_ids(ingested.url, "--type", "CONSULT,SUPPORT") >= consult
