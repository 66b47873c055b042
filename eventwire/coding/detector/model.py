"""Running the shipped detector: ONNX Runtime and a tokenizer, loaded once per process.

Why ONNX Runtime rather than torch: the default install stays light (two wheels, no GPU
stack), the int8 model is a quarter of the size and about twice as fast on a laptop CPU, and
the numbers are the same on every platform. ``fit`` writes the files this reads.

The model directory holds ``model.onnx`` (outputs ``logits``, one per type, and
``embedding``, the mean-pooled sentence vector), ``tokenizer.json`` and ``meta.json``
(types, thresholds, maximum length, provenance and the SHA-256 of ``model.onnx``).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import EventwireError

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "models" / "detector"
#: Sentences per ONNX call. One: the int8 model quantises each call's activations with one
#: scale, so a sentence scored among others could get another probability (measured: 0.90
#: alone, 0.86 in a batch) and another decision depending on its article. Alone, it runs at
#: about 600 sentences/s on 2 cores, far from the pipeline's bottleneck.
BATCH = 1


@dataclass(frozen=True)
class Scores:
    """What the detector says of one sentence."""

    probabilities: dict[str, float]  # PLOVER type → P(the sentence reports an act of it)
    embedding: tuple[float, ...] = ()

    def above(self, threshold: float) -> list[tuple[str, float]]:
        """Types at or above ``threshold``, most probable first."""
        return sorted(((t, p) for t, p in self.probabilities.items() if p >= threshold),
                      key=lambda tp: -tp[1])

    @property
    def best(self) -> tuple[str, float]:
        return max(self.probabilities.items(), key=lambda tp: tp[1])


class Detector:
    """The fine-tuned sentence encoder with a sigmoid per PLOVER type."""

    def __init__(self, directory: Path = DEFAULT_DIR, threads: int | None = None) -> None:
        meta_path = directory / "meta.json"
        model_path = directory / "model.onnx"
        if not meta_path.is_file() or not model_path.is_file():
            raise EventwireError(
                "E340", f"no detector model in {directory}",
                "reinstall eventwire, or train one with `eventwire train` (needs eventwire[train])",
            )
        self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
        expected = self.meta.get("sha256")
        if expected and _sha256(model_path) != expected:
            raise EventwireError(
                "E341", f"{model_path} does not match the SHA-256 in its meta.json",
                "the file is damaged or was replaced: reinstall eventwire or retrain",
            )
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or _threads()
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        # The file may ask for padding to a fixed length; batches are padded here instead,
        # with a mask that covers only the real tokens (the mean pooling depends on it).
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(int(self.meta.get("max_length", 128)))
        self.types: tuple[str, ...] = tuple(self.meta["types"])
        self.thresholds: dict[str, float] = dict(self.meta.get("thresholds", {}))
        self._words: dict[tuple[str, int], frozenset[str]] = {}

    def threshold(self, event_type: str = "") -> float:
        """P at or above which a sentence is taken to report an act of ``event_type``."""
        return float(self.thresholds.get(event_type, self.meta.get("threshold", 0.5)))

    @property
    def bare_threshold(self) -> float:
        """P an act the detector adds must reach when the parse finds nobody acting or acted
        on: a nameless act is worth reporting only when the model is sure of it (defaults
        to the general threshold, i.e. no stricter)."""
        return float(self.meta.get("bare_threshold", self.threshold("")))

    @property
    def floor(self) -> float:
        """P below which the detector overrules a rule event of that type."""
        return float(self.meta.get("floor", 0.1))

    def trigger_words(self, event_type: str, lexicon: Any) -> frozenset[str]:
        """Words that report acts of ``event_type``: the annotations' triggers (from
        meta.json) and the lexicon's entries; where the detector finds an act no rule
        found, the first of these in the sentence anchors it."""
        key = (event_type, id(lexicon))
        if key not in self._words:
            learned = self.meta.get("trigger_words", {}).get(event_type, [])
            listed = [w for table in (lexicon.verbs, lexicon.nouns)
                      for w, trig in table.items() if trig.event_type == event_type]
            self._words[key] = frozenset(w.lower() for w in (*learned, *listed))
        return self._words[key]

    def score(self, sentences: Sequence[str]) -> list[Scores]:
        """Scores for each sentence, in order (see ``BATCH``)."""
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        out: list[Scores | None] = [None] * len(sentences)
        for start in range(0, len(order), BATCH):
            chunk = order[start:start + BATCH]
            logits, embeddings = self._run([sentences[i] for i in chunk])
            probs = 1.0 / (1.0 + np.exp(-logits))
            for row, i in enumerate(chunk):
                out[i] = Scores(
                    {t: float(p) for t, p in zip(self.types, probs[row], strict=True)},
                    tuple(float(x) for x in embeddings[row]),
                )
        return [s for s in out if s is not None]

    def _run(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        encoded = self.tokenizer.encode_batch([t or "." for t in texts])
        width = max(len(e.ids) for e in encoded)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encoded):
            ids[row, :len(enc.ids)] = enc.ids
            mask[row, :len(enc.ids)] = 1
        logits, embeddings = self.session.run(
            ["logits", "embedding"], {"input_ids": ids, "attention_mask": mask}
        )
        return np.asarray(logits), np.asarray(embeddings)


def _threads() -> int:
    """ONNX Runtime threads: ``EVENTWIRE_THREADS``, else every core (a worker of a batch
    run sets 1 so that its workers do not fight over the cores)."""
    value = os.environ.get("EVENTWIRE_THREADS", "")
    return int(value) if value.isdigit() and int(value) > 0 else (os.cpu_count() or 1)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


OFF = frozenset({"none", "off", "rules"})


def load_detector(directory: str | None = None) -> Detector | None:
    """The detector, loaded once per process. ``EVENTWIRE_DETECTOR`` names another model
    folder (one ``eventwire train`` wrote), or ``none`` to code by the rules alone (to
    measure the rule layer by itself)."""
    chosen = directory or os.environ.get("EVENTWIRE_DETECTOR") or str(DEFAULT_DIR)
    return None if chosen.lower() in OFF else _load(chosen)


@lru_cache(maxsize=2)
def _load(directory: str) -> Detector:
    return Detector(Path(directory))
