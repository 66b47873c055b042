"""The built-in demo corpus: articles written for eventwire about real South Caucasus events."""

from __future__ import annotations

from pathlib import Path


def corpus_dir() -> Path:
    return Path(__file__).parent / "corpus"
