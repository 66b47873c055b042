"""The spaCy pipeline eventwire loads (``eventwire.language.nlp``)."""

from __future__ import annotations

from typing import Any


def test_forms_of_hope_have_their_lemma(nlp: Any) -> None:
    # the model's rules yield "hop" first; the modality of "hoping to meet" reads the lemma
    doc = nlp("Baku hoped to sign in May and is still hoping to sign; it hopes so. Birds hop.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["hoped"] == lemmas["hoping"] == lemmas["hopes"] == "hope"
    assert lemmas["hop"] == "hop"
