"""The plain-text cleaning scorer on the Zyte pages: flattening, line labels, figures by split."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.extraction import (
    extraction_figures,
    line_labels,
    load_pages,
)
from eventwire.evaluate.flatten import flatten_html
from eventwire.evaluate.splits import split_of


def test_flatten_gives_one_line_per_block_without_scripts() -> None:
    page = (
        "<html><head><title>T</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        "<p>The <b>minister</b> spoke.</p><ul><li>One</li><li>Two</li></ul></body></html>"
    )
    assert flatten_html(page).splitlines() == ["Home World", "The minister spoke.", "One", "Two"]


def test_flatten_reads_the_pages_charset() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Привет мир</p></body></html>'
    assert flatten_html(page.encode("windows-1251")) == "Привет мир"


def test_short_line_is_body_only_between_body_lines() -> None:
    gold = "Pos Player Plays. The defence had a long day against the run on Sunday afternoon."
    lines = ["Pos", "Home", "Pos Player Plays.", "The defence had a long day against the run "
             "on Sunday afternoon.", "Player"]
    # "Pos" sits just before the first body line's place in the gold; "Home" is not in
    # the gold; "Player" comes after the last body line, where the gold has no more.
    assert line_labels(lines, gold) == [True, False, True, True, False]


@pytest.mark.seeds
def test_pages_are_split_before_they_are_read(shared_dir: Path) -> None:
    pages = load_pages(["validation"], shared_dir / "data" / "article-extraction-dev")
    assert pages and all(split_of("article-extraction", p.page_id) == "validation"
                         for p in pages)


@pytest.mark.seeds
def test_classifier_beats_rules_and_justext_on_validation(shared_dir: Path) -> None:
    if not (shared_dir / "data" / "article-extraction-dev" / "pages.jsonl").is_file():
        pytest.skip("the article-extraction pages are absent from ../shared")
    figures = extraction_figures(["validation"])["validation"]
    assert isinstance(figures, dict)
    ours = figures["classifier"]["f1"]
    assert ours >= 0.9
    assert ours > figures["rules"]["f1"]
    if "justext" in figures:
        assert ours > figures["justext"]["f1"]
