"""The shipped line classifier on hand-written pages: menus and footers go, the article stays."""

from __future__ import annotations

import json

import pytest

from eventwire.clean import clean_text
from eventwire.errors import EventwireError
from eventwire.lineclass.features import feature_names, line_features
from eventwire.lineclass.model import MODEL_FILE, body_run, model_from_json, shipped_model

MENU = ["Home", "World", "Politics", "Business", "Sport", "Comments", "Subscribe", "Log in"]
ARTICLE = [
    "The foreign ministers of the two countries met in Geneva on Tuesday to discuss the border.",
    "Officials said the talks, the first in a year, had been frank and that more would follow.",
    "The meeting came after weeks of shelling along the frontier, which both sides blamed on "
    "the other.",
    "Neither side gave details of what had been agreed, but a joint statement is expected.",
    "Diplomats in the city said a draft of that statement had been circulating since Monday.",
]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Careers", "Advertise"]


def _page() -> str:
    return "\n".join(MENU + ["Ministers meet in Geneva"] + ARTICLE + FOOTER)


class TestShippedModel:
    def test_loads_with_this_versions_features_and_provenance(self) -> None:
        data = json.loads(MODEL_FILE.read_text())
        assert tuple(data["features"]) == feature_names()
        assert data["provenance"]["command"] == "python scripts/train_cleaner.py"
        assert shipped_model().names == feature_names()

    def test_features_of_another_version_are_refused(self) -> None:
        data = json.loads(MODEL_FILE.read_text())
        data["features"] = data["features"][:-1]
        with pytest.raises(EventwireError, match="E160"):
            model_from_json(data, "test")

    def test_one_feature_row_per_line(self) -> None:
        lines = _page().splitlines()
        rows = line_features(lines, [False] * len(lines))
        assert len(rows) == len(lines)
        assert {len(row) for row in rows} == {len(feature_names())}


class TestFlattenedPage:
    def test_menu_and_footer_go_article_stays(self) -> None:
        result = clean_text(_page())
        for sentence in ARTICLE:
            assert sentence in result.text
        for junk in MENU + FOOTER:
            assert junk not in result.text.splitlines()

    def test_removed_lines_name_the_classifier_or_a_rule(self) -> None:
        rules = {r.text: r.rule for r in clean_text(_page()).removed}
        assert rules["Home"] == "line_classifier"
        assert rules["Comments"] == "comment_box"

    def test_comments_menu_item_before_the_article_does_not_end_it(self) -> None:
        # "Comments" above the article starts the comment-box rule; the article run
        # comes after it, so the classifier overrules the rule for the article.
        without = clean_text(_page(), classify=False)
        assert ARTICLE[0] not in without.text
        assert ARTICLE[0] in clean_text(_page()).text


class TestAbstains:
    def test_short_text_is_left_to_the_rules(self) -> None:
        text = "\n".join(ARTICLE[:3] + ["Contact"])
        assert clean_text(text).text == clean_text(text, classify=False).text

    def test_clean_article_keeps_every_line(self) -> None:
        text = "\n".join(ARTICLE * 2 + ["Talks are due to resume in March, officials said."])
        result = clean_text(text)
        assert not [r for r in result.removed if r.rule == "line_classifier"]


class TestBodyRun:
    def test_run_bridges_a_short_gap(self) -> None:
        assert body_run([0.0, 0.9, 0.9, 0.1, 0.9, 0.0], 0.3) == (1, 4)

    def test_no_run_where_nothing_is_body(self) -> None:
        assert body_run([0.1, 0.0], 0.3) == (0, -1)
