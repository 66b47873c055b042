"""Where did each gold event happen? ``event_place`` measured on its own.

The event scorer's place level mixes in everything before it (an event the
coder misses has no place to score), so this measures the place choice alone:
for each gold event, the gold sentence is found in the analysed article by its
text and ``event_place`` is asked about that sentence. A gold event with no
location expects None (a sentence that names only actors has no place).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.events import load_gold
from eventwire.language.analyze import analyze
from eventwire.language.places import event_place, lookup_place
from eventwire.options import Options
from eventwire.prepare import prepare
from eventwire.records import Analysis, Place, RawDocument


@dataclass(frozen=True)
class PlaceMiss:
    """One gold event whose place ``event_place`` got wrong (for --errors style listings)."""

    article: str
    sentence: str
    gold: str | None
    gold_country: str | None
    predicted: str | None
    predicted_country: str | None


@dataclass(frozen=True)
class PlaceOfEventScores:
    n: int
    correct: int
    country_correct: int
    not_found: int  # gold sentences absent from their analysed article (scored wrong)
    misses: tuple[PlaceMiss, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.n if self.n else 0.0

    def to_json(self) -> dict[str, float]:
        return {"accuracy": self.accuracy, "country_accuracy": self.country_accuracy,
                "n": float(self.n), "not_found": float(self.not_found)}  # fmt: skip


def _keys(doc: RawDocument, article_id: str) -> set[str]:
    """The names gold may know an article by: its id, given id or file name."""
    return {k for k in (article_id, doc.given_id, Path(doc.origin).name) if k}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _find_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    """Character offsets of ``sentence`` in ``text``, whitespace-insensitively."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    # Line breaks inside a sentence: map squashed offsets back to the text.
    squashed: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if squashed and squashed[-1] == " ":
                continue
            ch = " "
        squashed.append(ch)
        where.append(i)
    at = "".join(squashed).find(_squash(sentence))
    if at < 0:
        return None
    end = at + len(_squash(sentence)) - 1
    return where[at], where[end] + 1


def _same(pred: Place | None, gold: str | None, gold_country: str | None) -> bool:
    """Gold names a city (or region) and its country, or only a country, or nothing."""
    if gold is None and gold_country is None:
        return pred is None
    if pred is None or (pred.country or None) != gold_country:
        return False
    if gold is None or pred.name.casefold() == gold.casefold():
        return True
    # "Stepanakert" and "Khankendi" are one city: the gold name resolved the same way.
    same = lookup_place(gold, (gold_country,) if gold_country else ())
    return same is not None and same.geonames_id is not None and (
        same.geonames_id == pred.geonames_id
    )


def place_of_event_accuracy(
    docs: Iterable[RawDocument], gold_rows: list[dict[str, Any]]
) -> PlaceOfEventScores:
    """Share of gold events whose sentence ``event_place`` places as the gold does.

    Each article named by the gold is analysed once. A gold row whose sentence
    cannot be found in its article counts as wrong and is reported in
    ``not_found``, never silently dropped.
    """
    wanted = {row["article"] for row in gold_rows}
    analyses: dict[str, Analysis] = {}
    for doc in docs:
        article = prepare(doc, Options())
        keys = _keys(doc, article.article_id) & wanted
        if keys:
            analyses.update(dict.fromkeys(keys, analyze(article)))
    correct = country_correct = not_found = 0
    misses: list[PlaceMiss] = []
    for row in gold_rows:
        gold, gold_country = row.get("location"), row.get("location_country")
        found = analyses.get(row["article"])
        span = _find_sentence(found.article.text, row["sentence"]) if found else None
        if found is None or span is None:
            not_found += 1
            misses.append(PlaceMiss(row["article"], row["sentence"], gold, gold_country,
                                    "[not found]", None))  # fmt: skip
            continue
        pred = event_place(found.doc, span[0], span[1], found.places)
        if _same(pred, gold, gold_country):
            correct += 1
        else:
            misses.append(PlaceMiss(row["article"], row["sentence"], gold, gold_country,
                                    pred.name if pred else None,
                                    pred.country if pred else None))  # fmt: skip
        country_correct += (pred.country if pred else None) == gold_country
    return PlaceOfEventScores(len(gold_rows), correct, country_correct, not_found, tuple(misses))


def demo_place_of_event(gold_path: Path) -> PlaceOfEventScores:
    """``place_of_event_accuracy`` on the demo corpus and its event gold."""
    from eventwire.evaluate.corpora import demo_documents

    return place_of_event_accuracy(demo_documents(), load_gold(gold_path))
