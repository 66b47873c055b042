"""Parsing an article with spaCy in bounded memory, however long it is.

spaCy parses a text as one piece: its working memory grows with the text (the
tagger's and parser's vectors for every token at once), and it refuses a text over
``nlp.max_length`` (1,000,000 characters) outright. Articles up to ``CHUNK_CHARS``
(far above any news article) are parsed whole, exactly as before. A longer text is
cut into pieces of at most ``CHUNK_CHARS``, at a paragraph break where there is one,
else after a sentence's end, else at a space (a hard cut inside a word only for a run
of that many characters without a space). The pieces are parsed one after another,
each piece's vectors dropped once it is parsed, and joined back into one Doc whose
text is the article's, character for character, so every later stage sees one Doc
with the offsets it expects. A sentence, entity or dependency never crosses a cut:
the price of the bound, paid only by texts of more than ``CHUNK_CHARS``.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy

from eventwire.errors import EventwireError
from eventwire.language.nlp import load_nlp

log = logging.getLogger(__name__)

#: Texts up to this many characters are parsed whole; longer ones in pieces of at most
#: this many (the largest of the demo and seed articles is under 10,000).
CHUNK_CHARS = 100_000
_PARAGRAPH = re.compile(r"\n\s*\n\s*")
_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def cut_points(text: str, limit: int | None = None) -> list[int]:
    """Where to cut ``text`` into pieces of at most ``limit`` (default ``CHUNK_CHARS``)
    characters (each cut is the start of a piece after the first): after a paragraph
    break in the later half of the window, else after a sentence end there, else after
    a space, else at the limit. Each piece but the last ends in white space, so the
    pieces joined again are ``text`` itself."""
    limit = limit or CHUNK_CHARS
    cuts: list[int] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = end
        for pattern in (_PARAGRAPH, _SENTENCE, _SPACE):
            ends = [m.end() for m in pattern.finditer(text, start + limit // 2, end)]
            if ends:
                cut = ends[-1]
                break
        cuts.append(cut)
        start = cut
    return cuts


def parse(text: str) -> Any:
    """The spaCy Doc of ``text``: whole when short, else parsed piece by piece and joined."""
    nlp = load_nlp()
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    from spacy.tokens import Doc

    bounds = [0, *cut_points(text), len(text)]
    log.info(
        "a text of %d characters is parsed in %d pieces of at most %d (no sentence, "
        "entity or dependency crosses a cut)", len(text), len(bounds) - 1, CHUNK_CHARS,
    )  # fmt: skip
    docs = []
    for piece in nlp.pipe((text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)),
                          batch_size=1):  # fmt: skip
        piece.tensor = numpy.zeros((0,), dtype="float32")  # the tagger's vectors: not kept
        docs.append(piece)
    doc = Doc.from_docs(  # type: ignore[call-arg]  # the stub lacks "exclude"
        docs, ensure_whitespace=False, exclude=["tensor", "user_data"]
    )
    if doc.text != text:  # should not happen: every piece but the last ends in white space
        raise EventwireError(
            "E550", f"a text of {len(text)} characters parsed in pieces did not join back "
            "into the same text", "report it, with the input",
        )  # fmt: skip
    return doc


def parse_all(texts: Iterable[str]) -> Iterator[Any]:
    """Docs of ``texts`` in order, parsed as a batch (``nlp.pipe``); None for a text over
    ``CHUNK_CHARS``, which ``pipeline.coded`` analyses piece by piece (``pieces.py``)."""
    items = list(texts)
    short = load_nlp().pipe(t if len(t) <= CHUNK_CHARS else "" for t in items)
    for text, doc in zip(items, short, strict=True):
        yield doc if len(text) <= CHUNK_CHARS else None


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each access,
    so a stage that reads it per mention costs the square of the article's length."""
    found = doc.user_data.get(_TEXT_KEY)
    if found is None:
        found = doc.user_data[_TEXT_KEY] = doc.text
    return str(found)


def sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence of ``doc``, found once per Doc (walking
    ``doc.sents`` per event or mention made long articles quadratic)."""
    found = doc.user_data.get(_SENTS_KEY)
    if found is None:
        found = doc.user_data[_SENTS_KEY] = [(s.start_char, s.end_char) for s in doc.sents]
    return list(found) if not isinstance(found, list) else found


def _ent_table(doc: Any) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and labels of ``doc.ents``, read once per Doc: spaCy makes every
    entity's Span on each access of ``doc.ents`` (and ``span.ents`` walks them all), so
    a question per mention cost the square of the article. Plain values are cached, not
    Spans, so that the Doc holds no reference to itself."""
    found = doc.user_data.get(_ENTS_KEY)
    if found is None:
        ents = doc.ents
        found = doc.user_data[_ENTS_KEY] = (
            [e.start for e in ents], [e.end for e in ents], [e.label_ for e in ents]
        )
    return found


def ents_starting(doc: Any, start: int, end: int) -> list[Any]:
    """The entities that start at a token in ``[start, end)``, in text order (bisection
    over the Doc's entities, which never overlap)."""
    from spacy.tokens import Span

    starts, ends, labels = _ent_table(doc)
    first, upto = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [Span(doc, starts[k], ends[k], label=labels[k]) for k in range(first, upto)]


def ents_within(span: Any) -> list[Any]:
    """``span.ents`` (the entities wholly inside ``span``), without walking the Doc's."""
    return [e for e in ents_starting(span.doc, span.start, span.end) if e.end <= span.end]


def ent_at(doc: Any, i: int) -> Any:
    """The entity holding token ``i``, or None."""
    from spacy.tokens import Span

    starts, ends, labels = _ent_table(doc)
    k = bisect.bisect_right(starts, i) - 1
    return Span(doc, starts[k], ends[k], label=labels[k]) if k >= 0 and i < ends[k] else None


_ENTS_KEY = "eventwire.ents"
_TEXT_KEY = "eventwire.text"
_SENTS_KEY = "eventwire.sentence_bounds"
