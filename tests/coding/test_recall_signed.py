"""Recall rules for signings a sentence names in a relative clause or a participle, and
for the events of ceasefires, withdrawals, deployments and launches named in passing
(sentences written for these tests about real events, in our own words)."""

from __future__ import annotations

import pytest

from .coded import Build, asserted, countries, types


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # A participle with its agent.
        (
            "Fighting ended on 10 November under a statement signed by Putin, Aliyev and "
            "Pashinyan.",
            ["ARM", "AZE", "RUS"],
        ),
        # A relative clause whose subject signs.
        ("The declaration that Aliyev signed in Moscow set out forty points.", ["AZE"]),
        # A contact relative clause hung on a noun further back by the parser.
        (
            "Aliyev and Pashinyan met in Brussels, a year after the truce they signed in "
            "Moscow.",
            ["ARM", "AZE"],
        ),
    ],
)
def test_a_signing_in_a_clause_on_the_text(
    make_analysis: Build, text: str, signers: list[str]
) -> None:
    support = [e for e in asserted(make_analysis, text) if e.event_type == "SUPPORT"]
    assert support, text
    assert countries(support[0].actors) == signers


def test_a_signing_with_its_own_date_is_not_the_content_of_an_agreement(
    make_analysis: Build,
) -> None:
    events = asserted(
        make_analysis, "Russia and Armenia agreed to extend a defence pact signed in 1995."
    )
    support = [e for e in events if e.event_type == "SUPPORT"]
    assert "AGREE" in [e.event_type for e in events]
    assert support and support[0].event_date == "1995"


def test_a_signing_in_a_clause_takes_its_own_date_not_the_place_of_the_main_clause(
    make_analysis: Build,
) -> None:
    text = (
        "Putin and Aliyev met in Sochi on Friday, two years after the declaration they "
        "signed in 2020."
    )
    support = [e for e in asserted(make_analysis, text) if e.event_type == "SUPPORT"]
    assert support and support[0].event_date == "2020"
    assert support[0].location is None or support[0].location.name != "Sochi"


@pytest.mark.parametrize(
    "text",
    [
        # A participle with neither agent nor point in time only describes the text.
        "Armenia says the statement signed remains the basis of the peace.",
        # A participle of another verb describes its noun ("a truce brokered by ...").
        "Armenian forces laid down their arms under a ceasefire brokered by Russia.",
    ],
)
def test_a_participle_that_only_describes_its_noun(make_analysis: Build, text: str) -> None:
    assert "SUPPORT" not in types(make_analysis, text)
    assert types(make_analysis, text).count("CONCEDE") <= 1


def test_an_operation_launched_on_a_date_is_an_attack(make_analysis: Build) -> None:
    text = "The offensive, launched by Azerbaijan on 19 September, lasted one day."
    assert "ASSAULT" in types(make_analysis, text)


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev and Pashinyan put their names to the document in Moscow.",
        "Russia and Turkey put pen to paper on a memorandum on Karabakh on Wednesday.",
    ],
)
def test_putting_ones_name_or_pen_to_a_text_signs_it(make_analysis: Build, text: str) -> None:
    support = [e for e in asserted(make_analysis, text) if e.event_type == "SUPPORT"]
    assert support and len(countries(support[0].actors)) == 2


def test_putting_a_question_to_someone_signs_nothing(make_analysis: Build) -> None:
    assert "SUPPORT" not in types(make_analysis, "Pashinyan put the question to Aliyev.")


def test_a_present_act_is_not_dated_by_the_last_date_named(make_analysis: Build) -> None:
    text = (
        "Putin, Aliyev and Pashinyan signed a statement on 9 October. "
        "Russia is sending peacekeepers to Karabakh."
    )
    aid = [e for e in asserted(make_analysis, text) if e.event_type == "AID"]
    assert aid and aid[0].event_date != "2022-10-09"


def test_a_list_of_dates_reports_one_signing_on_each(make_analysis: Build) -> None:
    text = (
        "Putin, Aliyev and Pashinyan signed statements on 9 November 2020, "
        "11 January 2021 and 26 November 2021."
    )
    dates = sorted(e.event_date or "" for e in asserted(make_analysis, text))
    assert dates == ["2020-11-09", "2021-01-11", "2021-11-26"]


@pytest.mark.parametrize(
    "text",
    [
        # A span is one occasion.
        "Azerbaijani forces shelled Armenian positions between 12 September and 14 September.",
        # Dates of another clause do not multiply the act of this one.
        "Armenia asked Russia for help under treaties adopted in 1997 and 2010.",
    ],
)
def test_dates_that_are_no_list_of_occasions(make_analysis: Build, text: str) -> None:
    assert len(asserted(make_analysis, text)) == 1, text


def test_a_date_a_span_starts_from_is_not_lent_to_the_next_sentence(
    make_analysis: Build,
) -> None:
    text = (
        "Azerbaijan has blockaded the Lachin corridor since December 2022. "
        "Aliyev met Pashinyan in Brussels."
    )
    consult = [e for e in asserted(make_analysis, text) if e.event_type == "CONSULT"]
    assert consult and consult[0].event_date != "2022-12"


def test_a_signing_the_signers_witnessed_is_its_own_event(make_analysis: Build) -> None:
    text = (
        "Putin and Aliyev signed a joint declaration and witnessed the signing of four "
        "agreements between their ministries."
    )
    assert types(make_analysis, text).count("SUPPORT") == 2


def test_a_signing_date_of_a_text_another_act_is_done_to_is_a_detail(
    make_analysis: Build,
) -> None:
    # The violation is reported; "signed in 1994" only says which ceasefire.
    text = "Armenian forces violated the ceasefire agreement signed in 1994, Azerbaijan said."
    assert "SUPPORT" not in types(make_analysis, text)
    assert "ASSAULT" in types(make_analysis, text)
