"""Long texts parsed in pieces, and the per-Doc lookups that replace walks over the Doc."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.language import parse as parse_module
from eventwire.language.parse import (
    cut_points,
    doc_text,
    ent_at,
    ents_starting,
    ents_within,
    parse,
    sentence_bounds,
)

PARAGRAPH = (
    "Vladimir Putin met Ilham Aliyev in Astana on Thursday. The two presidents discussed "
    "trade between Russia and Azerbaijan. Armenian Prime Minister Nikol Pashinyan was not "
    "present."
)


def _pieces(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def test_cuts_fall_at_paragraph_breaks_and_join_back() -> None:
    text = "\n\n".join(f"{i}. {PARAGRAPH}" for i in range(40))
    cuts = cut_points(text, limit=1000)
    pieces = _pieces(text, cuts)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # a paragraph break, not mid-sentence


def test_one_huge_paragraph_is_cut_after_sentences_and_a_spaceless_run_anywhere() -> None:
    text = " ".join([PARAGRAPH] * 40)
    pieces = _pieces(text, cut_points(text, limit=1000))
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 and p.rstrip().endswith(".") for p in pieces[:-1])
    blob = "x" * 2500
    assert _pieces(blob, cut_points(blob, limit=1000)) == ["x" * 1000, "x" * 1000, "x" * 500]


def test_a_long_text_parsed_in_pieces_is_one_doc_of_the_same_text(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n\n".join([PARAGRAPH] * 12)
    monkeypatch.setattr(parse_module, "CHUNK_CHARS", 800)
    doc = parse(text)
    whole = nlp(text)
    assert doc.text == text
    # cuts at paragraph breaks: the same sentences and entities as one parse gives
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in whole.sents]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]


def test_per_doc_lookups_agree_with_spacy(nlp: Any) -> None:
    doc = nlp(" ".join([PARAGRAPH] * 3))
    assert doc_text(doc) == doc.text
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    for chunk in doc.noun_chunks:
        assert [(e.start, e.end, e.label_) for e in ents_within(chunk)] == [
            (e.start, e.end, e.label_) for e in chunk.ents
        ]
        assert [e.start for e in ents_starting(doc, chunk.start, chunk.end)] == [
            e.start for e in doc.ents if chunk.start <= e.start < chunk.end
        ]
    for tok in doc:
        expected = next(((e.start, e.end) for e in doc.ents if e.start <= tok.i < e.end), None)
        found = ent_at(doc, tok.i)
        assert (None if found is None else (found.start, found.end)) == expected
