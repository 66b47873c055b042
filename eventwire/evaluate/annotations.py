"""Sentence annotations: the training and test data of the event detector.

One JSON object a line, one sentence each, with the events it reports (an empty list means
"no political event here", which is as much a label as any event)::

    {"text": "Police arrested three protesters in Tbilisi on Monday.",
     "events": [{"event_type": "COERCE", "mode": "arrest", "trigger": "arrested",
                 "modality": "asserted", "negated": false,
                 "actors": [{"text": "Police", "country": null, "sector": "COP"}],
                 "recipients": [{"text": "three protesters", "country": null,
                                 "sector": "OPP"}]}]}

That is the format a user gives ``eventwire train``. The project's own annotations of
third-party news (``tests/gold/annotations/``) may not quote the news, so instead of
``text`` they carry ``source``: ``{"corpus", "doc", "start", "end", "sha1"}``, which
``resolve`` turns back into the sentence from ``../shared`` (a changed text fails the sha1
check rather than silently training on the wrong sentence). Their ``split`` is the sealed
split of the source item (``splits.split_of``), so an annotated sentence never trains a
model that is then scored on the item it came from.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.coding.lexicon import PLOVER_TYPES
from eventwire.errors import EventwireError
from eventwire.evaluate.splits import Split, ecbplus_topic, split_of

MODALITIES = frozenset({"asserted", "future", "hypothetical"})


@dataclass(frozen=True)
class AnnotatedActor:
    text: str
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class AnnotatedEvent:
    event_type: str
    mode: str | None
    trigger: str | None
    modality: str
    negated: bool
    actors: tuple[AnnotatedActor, ...]
    recipients: tuple[AnnotatedActor, ...]


@dataclass(frozen=True)
class AnnotatedSentence:
    """A sentence and its events; ``split`` is None for a user's own file (all train)."""

    sentence_id: str
    text: str
    events: tuple[AnnotatedEvent, ...]
    split: Split | None = None
    corpus: str | None = None

    @property
    def types(self) -> frozenset[str]:
        """The PLOVER types of the events it reports as done (asserted, not negated)."""
        return frozenset(
            e.event_type for e in self.events if e.modality == "asserted" and not e.negated
        )


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _actor(raw: Any, where: str) -> AnnotatedActor:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise EventwireError("E330", f"{where}: an actor must be an object with a text",
                             'write {"text": "Police", "country": null, "sector": "COP"}')
    return AnnotatedActor(raw["text"], raw.get("country") or None, raw.get("sector") or None)


def _event(raw: Any, where: str) -> AnnotatedEvent:
    if not isinstance(raw, dict) or raw.get("event_type") not in PLOVER_TYPES:
        got = raw.get("event_type") if isinstance(raw, dict) else raw
        raise EventwireError("E331", f"{where}: unknown event_type {got!r}",
                             "use one of " + ", ".join(sorted(PLOVER_TYPES)))
    modality = raw.get("modality") or "asserted"
    if modality not in MODALITIES:
        raise EventwireError("E332", f"{where}: unknown modality {modality!r}",
                             "use one of " + ", ".join(sorted(MODALITIES)))
    return AnnotatedEvent(
        event_type=raw["event_type"],
        mode=raw.get("mode") or None,
        trigger=raw.get("trigger") or None,
        modality=modality,
        negated=bool(raw.get("negated", False)),
        actors=tuple(_actor(a, where) for a in raw.get("actors") or ()),
        recipients=tuple(_actor(a, where) for a in raw.get("recipients") or ()),
    )


def parse_line(raw: dict[str, Any], where: str, shared: Path | None = None) -> AnnotatedSentence:
    """One annotation line, its text resolved from ``../shared`` when it has a ``source``."""
    events = raw.get("events")
    if not isinstance(events, list):
        raise EventwireError("E333", f"{where}: no events list",
                             'give "events": [] for a sentence with no political event')
    split: Split | None = None
    corpus = None
    if isinstance(raw.get("text"), str):
        text = raw["text"]
        sid = str(raw.get("id") or sha1(text)[:12])
    elif isinstance(raw.get("source"), dict):
        src = raw["source"]
        text = resolve(src, shared or default_shared(), where)
        corpus = str(src["corpus"])
        split = source_split(corpus, str(src["doc"]))
        sid = f"{corpus}:{src['doc']}:{src['start']}"
    else:
        raise EventwireError("E334", f"{where}: neither text nor source",
                             'give the sentence as "text"')
    return AnnotatedSentence(sid, text, tuple(_event(e, where) for e in events), split, corpus)


def read_annotations(path: Path, shared: Path | None = None) -> Iterator[AnnotatedSentence]:
    """Every annotated sentence of a JSON Lines file; a bad line is an error naming it."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as err:
                raise EventwireError("E335", f"{where}: not JSON ({err.msg})",
                                     "one JSON object a line") from err
            yield parse_line(raw, where, shared)


def default_shared() -> Path:
    """``../shared`` beside the repository (where the project's third-party data lives)."""
    return Path(__file__).resolve().parents[2].parent / "shared"


def source_split(corpus: str, doc: str) -> Split:
    """The sealed split of an annotated sentence: that of the item it comes from."""
    if corpus == "ecbplus":
        return split_of("ecbplus", ecbplus_topic(doc))
    return split_of(corpus, doc)


# Reading the third-party texts annotations point into ------------------------------------


@lru_cache(maxsize=8)
def documents(corpus: str, shared: Path) -> dict[str, str]:
    """Document id → full text, for the corpora annotations point into."""
    data = shared / "data"
    if corpus == "ecbplus":
        rows = _jsonl(data / "ecbplus-dev" / "documents.jsonl")
        return {r["id"]: r["text"] for r in rows}
    if corpus == "wikievents":
        rows = _jsonl(data / "wikievents-dev" / "dev.jsonl")
        return {r["doc_id"]: r["text"] for r in rows}
    if corpus == "case2021":
        path = data / "case2021-dev" / "case2021-task2-dev.tsv"
        with path.open(encoding="utf-8") as fh:
            return {r["id"]: r["EventSnippet"] for r in csv.DictReader(fh, delimiter="\t")}
    raise EventwireError("E336", f"unknown annotation corpus {corpus!r}",
                         "use ecbplus, wikievents or case2021, or give the sentence as text")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise EventwireError("E337", f"{path} is missing",
                             "the project's annotations need ../shared; give text instead")
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def resolve(src: dict[str, Any], shared: Path, where: str) -> str:
    docs = documents(str(src["corpus"]), shared)
    doc = docs.get(str(src["doc"]))
    if doc is None:
        raise EventwireError("E338", f"{where}: no document {src['doc']!r} in {src['corpus']}",
                             "check the source's doc id")
    text = doc[int(src["start"]):int(src["end"])]
    if sha1(text) != src.get("sha1"):
        raise EventwireError("E339", f"{where}: the text at {src['start']}-{src['end']} of "
                             f"{src['corpus']}:{src['doc']} changed (sha1 differs)",
                             "re-list the sentences with scripts/annotate.py sentences")
    return text
