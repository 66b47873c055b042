"""The cleaner on hand-written pages (no third-party text): junk goes, the body stays."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_plain_file, clean_text, is_title_like, split_title

BODY = [
    "The minister met his counterpart in the capital on Monday.",
    "Both sides said the talks had been useful. [Press office]",
]


def _rules(text: str) -> dict[str, str]:
    return {r.text: r.rule for r in clean_text(text).removed}


def test_navigation_and_following_headlines_are_removed() -> None:
    text = "\n\n".join(
        BODY
        + ["Previous Article", "Some Other Story Headline", "Next Article", "Another Story Here"]
    )
    result = clean_text(text)
    assert result.text == "\n\n".join(BODY)
    rules = _rules(text)
    assert rules["Previous Article"] == "navigation"
    assert rules["Some Other Story Headline"] == "navigation_headline"
    assert rules["Another Story Here"] == "navigation_headline"


def test_sentence_after_navigation_is_kept() -> None:
    text = "Next Article\nThe minister said the talks would continue next week."
    assert clean_text(text).text == "The minister said the talks would continue next week."


def test_everything_after_comment_box_goes() -> None:
    text = "\n".join(
        BODY
        + [
            "Leave a Reply",
            "A reader wrote that this is a long comment.",
            "Your email address will not be published.",
        ]
    )
    result = clean_text(text)
    assert result.text == "\n\n".join(BODY)
    assert [r.rule for r in result.removed] == [
        "comment_box",
        "after_comment_box",
        "after_comment_box",
    ]


def test_comment_counter_starts_comment_box() -> None:
    assert _rules("Body sentence here.\nComment (0)") == {"Comment (0)": "comment_box"}


def test_line_rules_name_their_reason() -> None:
    rules = _rules(
        "\n".join(
            [
                BODY[0],
                "Read more: Something else entirely happened",
                "Staff can be contacted by e-mail at the usual address.",
                "Subscribe to our newsletter for daily updates",
                "Two leaders shake hands in the capital. (Press Service) |",
                "This site uses Akismet to reduce spam.",
            ]
        )
    )
    assert rules == {
        "Read more: Something else entirely happened": "read_more",
        "Staff can be contacted by e-mail at the usual address.": "email_footer",
        "Subscribe to our newsletter for daily updates": "newsletter",
        "Two leaders shake hands in the capital. (Press Service) |": "photo_caption",
        "This site uses Akismet to reduce spam.": "comment_notice",
    }


def test_teaser_heading_and_its_headlines_go_but_sentences_stay() -> None:
    text = "\n".join(
        [
            BODY[0],
            "You Might Also Like",
            "Talks Resume In The Capital",
            "The ministers will meet again in May, officials said.",
        ]
    )
    result = clean_text(text)
    assert "Talks Resume" not in result.text
    assert result.text.endswith("officials said.")


def test_long_repeated_line_is_removed_short_one_kept() -> None:
    lead = "The president has met with the prime minister in the capital, reports."
    text = "\n".join([lead, "Thank you.", "Thank you.", lead])
    result = clean_text(text)
    assert result.text == "\n\n".join([lead, "Thank you.", "Thank you."])
    assert result.removed[0].rule == "repeated_line"
    assert result.removed[0].line_number == 4


def test_hard_wrapped_lines_are_joined() -> None:
    text = "The minister met his counterpart\nin the capital on Monday.\n\nA second paragraph."
    assert clean_text(text).text == (
        "The minister met his counterpart in the capital on Monday.\n\nA second paragraph."
    )


def test_words_like_more_inside_body_are_not_teasers() -> None:
    text = "More-than-expected turnout was reported.\nMore than 40 people attended the talks."
    assert clean_text(text).removed == ()


def test_split_title_first_line() -> None:
    assert split_title("\nA Headline Here\n\nBody one.") == ("A Headline Here", "\nBody one.")


def test_split_title_keeps_a_lead_sentence_in_the_body() -> None:
    lead = (
        "On Monday the two presidents held talks in the capital within the framework "
        "of a state visit that began on Sunday."
    )
    assert split_title(lead + "\nMore body.") == (None, lead + "\nMore body.")


def test_clean_plain_file_numbers_lines_as_in_file() -> None:
    result = clean_plain_file("Headline\n\nBody sentence one.\n\nLeave a Comment")
    assert result.title == "Headline"
    assert result.text == "Body sentence one."
    assert result.removed[0].line_number == 5


def test_title_like() -> None:
    assert is_title_like("Dmitry Someone joins a club after a long career")
    assert not is_title_like("He joined the club after a long career.")


def _join_reference(kept: list[tuple[int, str]]) -> str:
    """The former ``_join``: re-reads the whole paragraph at each line (quadratic)."""
    import re

    end = re.compile(r"[.!?…][\"'”’)\]]*$")
    paragraphs: list[str] = []
    previous = -2
    for number, line in kept:
        if paragraphs and number == previous + 1 and not end.search(paragraphs[-1]) and (
            line[:1].islower()
        ):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        previous = number
    return "\n\n".join(paragraphs)


def test_join_gives_what_the_quadratic_join_gave() -> None:
    import random

    from eventwire.clean import _join

    rng = random.Random(15)
    words = ["talks", "Aliyev", "met.", "said,", "the", "Baku", "border!", "(peace)", "ended.)"]
    for _ in range(200):
        kept, number = [], 0
        for _line in range(rng.randint(0, 30)):
            number += rng.choice((1, 1, 1, 2))
            kept.append((number, " ".join(rng.choices(words, k=rng.randint(1, 4)))))
        assert _join(kept) == _join_reference(kept)


def test_join_reads_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of many short continuation lines: the sentence-end check reads each line,
    not the paragraph grown so far (which made 1 MB of short lines take 47 s)."""
    import re

    from eventwire import clean

    lines = [(i, f"and line {i} goes on") for i in range(1, 5001)]
    read = 0
    pattern = clean._SENTENCE_END

    class Counting:
        def search(self, text: str) -> re.Match[str] | None:
            nonlocal read
            read += len(text)
            return pattern.search(text)

    monkeypatch.setattr(clean, "_SENTENCE_END", Counting())
    joined = clean._join(lines)
    assert joined == " ".join(line for _n, line in lines)
    assert read <= sum(len(line) for _n, line in lines)
