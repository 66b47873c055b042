"""A very long article is coded piece by piece: its events name the article and its
sentences as in the whole text, and no two pieces give one event id."""

from __future__ import annotations

import pytest

from eventwire import pieces as pieces_module
from eventwire.language import parse as parse_module
from eventwire.language.analyze import analyze
from eventwire.pipeline import coded
from eventwire.records import Article

PARAGRAPHS = (
    "Vladimir Putin met Ilham Aliyev in Astana on October 13, 2022. The two presidents "
    "discussed trade between Russia and Azerbaijan.",
    "Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron in "
    "Prague on October 6, 2022.",
    "Azerbaijani forces shelled the Armenian town of Jermuk on September 13, 2022, the "
    "Armenian defence ministry said.",
)


def test_a_long_article_is_coded_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(PARAGRAPHS * 4)
    article = Article(article_id="long", origin="long.txt", text=text, title="Talks",
                      publication_date="2022-10-14")  # fmt: skip
    monkeypatch.setattr(pieces_module, "CHUNK_CHARS", 700)
    monkeypatch.setattr(parse_module, "CHUNK_CHARS", 700)
    parts = pieces_module.pieces(article)
    assert len(parts) > 1 and "".join(p.text for p in parts) == text
    assert len({p.article_id for p in parts}) == len(parts)
    found = coded(article)
    assert found.events and found.profile is not None and found.profile.entities
    assert len({ev.event_id for ev in found.events}) == len(found.events)
    sentences = analyze(article).sentences  # cuts at paragraph breaks: the same sentences
    for ev in found.events:
        for source in ev.sources:
            assert source.article_id == "long"
            assert sentences[source.sentence_index].text == source.sentence
    # every piece was coded: the last paragraph's shelling is there
    assert max(s.sentence_index for ev in found.events for s in ev.sources) >= len(sentences) - 2


def test_an_article_under_the_limit_is_coded_whole() -> None:
    article = Article(article_id="short", origin="s.txt", text="\n\n".join(PARAGRAPHS),
                      publication_date="2022-10-14")  # fmt: skip
    assert not pieces_module.is_long(article)
    assert pieces_module.pieces(article) == [article]
