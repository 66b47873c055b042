"""The annotated corpora the figures are measured on, read as the pipeline reads them.

The seed articles are third-party text and stay in ../shared; their gold
(publication dates, events, cleaning) is ours and lives in tests/gold. The
demo corpus ships with the package; its gold lives in tests/gold too.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from eventwire.demo import corpus_dir
from eventwire.options import Options
from eventwire.read import read_paths
from eventwire.records import RawDocument

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold"
SHARED = REPO.parent / "shared"


def seed_documents(shared: Path = SHARED) -> list[RawDocument]:
    """The five seed articles with the publication dates of seeds.articles.jsonl.

    Raises FileNotFoundError (naming the folder) where ../shared is absent.
    """
    seeds = shared / "seeds"
    if not seeds.is_dir():
        raise FileNotFoundError(f"{seeds} is absent: the seed articles live only in ../shared")
    meta = {
        row["article"]: row
        for row in map(json.loads, (GOLD / "seeds.articles.jsonl").read_text().splitlines())
        if row
    }
    docs = []
    for doc in read_paths([str(seeds)], Options()):
        if not isinstance(doc, RawDocument):
            raise ValueError(f"seed {doc.origin} could not be read: {doc.reason}")
        name = Path(doc.origin).name
        row = meta.get(name, {})
        docs.append(replace(doc, given_id=name, published=row.get("published"),
                            outlet=row.get("outlet")))
    return docs


def demo_documents() -> list[RawDocument]:
    """The demo corpus (the scorer knows files by name, JSON Lines records by their id)."""
    docs = []
    for doc in read_paths([str(corpus_dir())], Options()):
        if not isinstance(doc, RawDocument):
            raise ValueError(f"demo article {doc.origin} could not be read: {doc.reason}")
        docs.append(doc)
    return docs
