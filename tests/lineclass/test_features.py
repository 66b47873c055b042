"""Line features: function words from the page itself, the densest run, neighbours."""

from __future__ import annotations

from eventwire.lineclass.features import (
    BASE_NAMES,
    ENGLISH_STOPWORDS,
    _core,
    base_features,
    page_stopwords,
)

PORTUGUESE = [
    "O prefeito disse que a obra da ponte vai ser entregue em dezembro de este ano.",
    "A equipe da prefeitura informou que a obra da rua vai ser concluída em breve.",
    "Segundo a secretaria, a obra da escola vai ser inaugurada em janeiro que vem.",
]


def test_page_stopwords_come_from_the_pages_running_text() -> None:
    words = page_stopwords(PORTUGUESE + ["Menu", "Home"])
    assert {"que", "da", "vai"} <= words
    assert "menu" not in words
    assert words >= ENGLISH_STOPWORDS


def test_core_is_the_run_of_long_lines() -> None:
    assert _core([1, 2, 30, 25, 3, 28, 1, 1]) == (2, 5)


def test_base_features_describe_shape() -> None:
    named = dict(zip(BASE_NAMES, base_features("Share on Facebook | Twitter", frozenset(),
                                               False, True), strict=True))
    assert named["ends_sentence"] == 0.0
    assert named["linky"] == 1.0
    assert named["named_rule"] == 1.0
    sentence = dict(zip(BASE_NAMES, base_features(PORTUGUESE[0], page_stopwords(PORTUGUESE),
                                                  False, False), strict=True))
    assert sentence["ends_sentence"] == 1.0
    assert sentence["stopwords"] > 0.3
