"""Sentences labelled with the PLOVER types they report: what the detector learns from.

Every example keeps the corpus it comes from and its sealed split (``evaluate.splits``), so
training reads ``train``, model selection ``validation``, and the figures ``test``. Labels
are the *kinds of act* a sentence talks about, whatever their modality: "will meet next week"
is CONSULT and "did not meet" is CONSULT too; the parse decides whether it happened
(``coding.modality``). A sentence with no political act has no label at all.

Sources:
- our annotations of third-party news (``tests/gold/annotations``, see its README);
- a user's own annotations (``{"text", "events"}`` JSON Lines, all used for training);
- the PLOVER gold-standard sentences (``../shared``, one type each);
- the NGEC synthetic stories (``../shared``): silver, machine-written; only each story's
  first sentence, which reports its event, and with a lower weight;
- the project's own gold (demo and stories corpora): the sentences of gold events, and as
  negatives the sentences the gold records as statistics, opinion or background.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.coding.lexicon import PLOVER_TYPES
from eventwire.errors import EventwireError
from eventwire.evaluate.annotations import default_shared, read_annotations
from eventwire.evaluate.splits import Split, split_of

ROOT = Path(__file__).resolve().parents[3]
ANNOTATIONS = ROOT / "tests" / "gold" / "annotations"
SYNTHETIC = "data/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
#: Reasons in the project's non-event gold that mean "no act" (not "an act, not done").
_NO_ACT = frozenset({"statistics", "opinion", "background-no-action"})


@dataclass(frozen=True)
class Example:
    text: str
    types: frozenset[str]
    corpus: str
    split: Split | None = None  # None: a user's file, all for training
    weight: float = 1.0
    triggers: tuple[tuple[str, str], ...] = ()  # (type, the words that report it)
    source: str = ""  # where an annotated sentence comes from (corpus:document:offset)

    @property
    def topic(self) -> str:
        """The ECB+ topic of an annotated ECB+ sentence ("" otherwise)."""
        parts = self.source.split(":")
        return parts[1].split("_", 1)[0] if self.corpus == "ecbplus" and len(parts) > 2 else ""


def annotation_examples(paths: Iterable[Path], shared: Path | None = None) -> list[Example]:
    """Annotated sentences (ours with their sealed split, a user's as training data)."""
    out = []
    for path in paths:
        for row in read_annotations(path, shared):
            types = frozenset(e.event_type for e in row.events)
            triggers = tuple((e.event_type, e.trigger) for e in row.events if e.trigger)
            out.append(Example(row.text, types, row.corpus or "user", row.split,
                               triggers=triggers, source=row.sentence_id))
    return out


def user_examples(path: Path) -> list[Example]:
    """A user's annotations: ``{"text", "events"}`` lines (see ``evaluate.annotations``), or
    the older one-type lines ``{"sentence" or "text", "event_type"}``; all for training."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    if any("events" in r or "source" in r for r in rows):
        return annotation_examples([path])
    out = []
    for number, row in enumerate(rows, start=1):
        text, label = row.get("text") or row.get("sentence"), row.get("event_type")
        if not isinstance(text, str) or (label is not None and label not in PLOVER_TYPES):
            raise EventwireError("E346", f"{path}:{number}: no text, or an unknown event_type "
                                 f"{label!r}", 'write {"text": ..., "events": [...]} lines')
        out.append(Example(text, frozenset({label}) if label else frozenset(), "user"))
    return out


def project_annotations(shared: Path | None = None) -> list[Example]:
    """The project's annotations of third-party news; empty where ../shared is absent."""
    shared = shared or default_shared()
    if not (shared / "data").is_dir() or not ANNOTATIONS.is_dir():
        return []
    return annotation_examples(sorted(ANNOTATIONS.glob("*.jsonl")), shared)


def gsr_examples(shared: Path | None = None) -> list[Example]:
    """The PLOVER gold-standard development sentences, one type each."""
    path = (shared or default_shared()) / "data" / "plover-gsr-dev.jsonl"
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            triggers = ((row["event_type"], row["event_text"]),) if row.get("event_text") else ()
            out.append(Example(row["text"].strip(), frozenset({row["event_type"]}),
                               "plover-gsr", split_of("plover-gsr", row["id"]),
                               triggers=triggers))
    return out


def synthetic_examples(path: Path | None = None, weight: float = 0.25) -> list[Example]:
    """The first sentence of every NGEC synthetic story, with its story's type (silver)."""
    path = path or default_shared() / SYNTHETIC
    if not path.is_file():
        return []
    out = []
    for number, row in enumerate(_csv_rows(path)):
        label, text = (row.get("label") or "").strip().upper(), (row.get("text") or "").strip()
        if label in PLOVER_TYPES and text:
            first = _SENTENCE_END.split(text)[0]
            out.append(Example(first, frozenset({label}), "ngec-synthetic",
                               split_of("ngec-synthetic", str(number)), weight))
    return out


_STOP = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "its",
    "their", "his", "her", "has", "have", "had", "was", "were", "is", "are", "be", "been",
    "will", "would", "said", "says", "say", "told",
})


def trigger_words(examples: Iterable[Example], least: int = 2, share: float = 0.6
                  ) -> dict[str, list[str]]:
    """Type → the words annotators named as its trigger at least ``least`` times, and for
    that type in at least ``share`` of their uses: what anchors an act the detector finds."""
    counts: dict[str, dict[str, int]] = {}
    for ex in examples:
        for event_type, phrase in ex.triggers:
            for word in re.findall(r"[a-z][a-z-]+", phrase.lower()):
                if word not in _STOP:
                    counts.setdefault(word, {}).setdefault(event_type, 0)
                    counts[word][event_type] += 1
    out: dict[str, list[str]] = {}
    for word, by_type in sorted(counts.items()):
        total = sum(by_type.values())
        event_type, n = max(by_type.items(), key=lambda kv: kv[1])
        if n >= least and n / total >= share:
            out.setdefault(event_type, []).append(word)
    return out


def gold_examples() -> list[Example]:
    """Sentences of the project's own gold events (demo and stories corpora), and the
    sentences its non-event gold says report no act at all."""
    types: dict[tuple[str, str], set[str]] = {}
    for path, corpus in ((ROOT / "tests/gold/demo.events.jsonl", "demo"),
                         (ROOT / "tests/data/stories/gold.events.jsonl", "stories")):
        for row in _jsonl(path):
            if row.get("sentence") and row.get("event_type") in PLOVER_TYPES:
                types.setdefault((corpus, row["sentence"]), set()).add(row["event_type"])
    out = [Example(text, frozenset(t), corpus, split_of(corpus, text)) for (corpus, text), t
           in types.items()]
    for row in _jsonl(ROOT / "tests/gold/demo.nonevents.jsonl"):
        if row.get("why") in _NO_ACT and row.get("sentence"):
            out.append(Example(row["sentence"], frozenset(), "demo",
                               split_of("demo", row["sentence"])))
    return out


def quiet_topic_examples(annotated: list[Example], shared: Path | None = None,
                         per_document: int = 6, weight: float = 0.5) -> list[Example]:
    """Silver negatives: later sentences of the ECB+ *train* documents whose whole topic
    (an earthquake, a sports transfer, a celebrity in rehab) has no political event in any
    of its annotated lead sentences. The annotations alone hold too few such sentences for
    the detector to learn to stay quiet about disasters, sport and business."""
    shared = shared or default_shared()
    path = shared / "data" / "ecbplus-dev" / "documents.jsonl"
    if not path.is_file():
        return []
    events: dict[str, int] = {}
    for ex in annotated:
        if ex.corpus == "ecbplus" and ex.split == "train":
            events[ex.topic] = events.get(ex.topic, 0) + len(ex.types)
    quiet = {t for t, n in events.items() if n == 0}
    out = []
    for row in _jsonl(path):
        topic = row["story"].split("_", 1)[0]
        if topic not in quiet or split_of("ecbplus", topic) != "train":
            continue
        sentences = [s.strip() for s in _SENTENCE_END.split(row["text"]) if len(s.strip()) > 20]
        for text in sentences[2:2 + per_document]:  # the first two are annotated
            out.append(Example(text, frozenset(), "ecbplus-quiet", "train", weight))
    return out


def all_examples(shared: Path | None = None) -> list[Example]:
    """Every labelled sentence the project has, each with its sealed split."""
    annotated = project_annotations(shared)
    return [*annotated, *quiet_topic_examples(annotated, shared), *gsr_examples(shared),
            *synthetic_examples(), *gold_examples()]


def training_sets(user: Iterable[Path] = (), heldout: Iterable[Path] = (),
                  project: bool = False, synthetic: Path | None = None,
                  ) -> tuple[list[Example], list[Example]]:
    """(train, validation) for ``eventwire train``: a user's files train; ``heldout`` files,
    else the validation split of the project's real-news data, select the epoch and the
    threshold. ``project`` adds every labelled sentence of the project's train split."""
    train = [e for path in user for e in user_examples(path)]
    validation = [e for path in heldout for e in user_examples(path)]
    if synthetic is not None:
        train += in_split(synthetic_examples(synthetic), "train")
    if project:
        everything = all_examples()
        train += in_split(everything, "train")
        if not validation:
            validation = [e for e in in_split(everything, "validation")
                          if e.corpus != "ngec-synthetic"]
    return train, validation


def in_split(examples: Iterable[Example], *splits: Split | None) -> list[Example]:
    return [e for e in examples if e.split in splits]


def _jsonl(path: Path) -> Iterator[dict]:
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            for name in (n for n in zf.namelist() if n.endswith(".csv")):
                with zf.open(name) as raw:
                    yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
        return
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)
