"""Tools for annotating third-party news sentences (see tests/gold/README.md, "Sentences").

    python scripts/annotate.py sentences ecbplus > /tmp/ecbplus.todo.jsonl
    python scripts/annotate.py check tests/gold/annotations/*.jsonl

``sentences`` lists every sentence of a corpus in ../shared as ``{"source": ..., "text": ...,
"split": ...}``: the text is for the annotator's eyes only and never enters the repository;
an annotation line keeps ``source`` and replaces ``text`` with ``events``. ``check``
resolves every annotation against ../shared, validates it, and prints counts per split and
type.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.evaluate.annotations import (
    default_shared,
    documents,
    read_annotations,
    sha1,
    source_split,
)


def _spans(corpus: str, doc_id: str, text: str) -> Iterator[tuple[int, int]]:
    if corpus == "wikievents":
        rows = [json.loads(x) for x in (default_shared() / "data" / "wikievents-dev" /
                                        "dev.jsonl").read_text(encoding="utf-8").splitlines()]
        doc = next(r for r in rows if r["doc_id"] == doc_id)
        for tokens, _ in doc["sentences"]:
            yield tokens[0][1], tokens[-1][2]
        return
    from eventwire.language.nlp import load_nlp

    for sent in load_nlp()(text).sents:
        span = sent.text.strip()
        if len(span) >= 3:
            start = sent.start_char + sent.text.index(span)
            yield start, start + len(span)


def sentences(corpus: str) -> int:
    shared = default_shared()
    for doc_id, text in documents(corpus, shared).items():
        for start, end in _spans(corpus, doc_id, text):
            piece = text[start:end]
            src = {"corpus": corpus, "doc": doc_id, "start": start, "end": end, "sha1": sha1(piece)}
            print(json.dumps({"source": src, "split": source_split(corpus, doc_id),
                              "text": piece}, ensure_ascii=False))
    return 0


def check(paths: list[Path]) -> int:
    by_split: Counter[str] = Counter()
    types: Counter[str] = Counter()
    seen: set[str] = set()
    for path in paths:
        try:
            for row in read_annotations(path):
                if row.sentence_id in seen:
                    print(f"{path}: {row.sentence_id} annotated twice", file=sys.stderr)
                    return 1
                seen.add(row.sentence_id)
                by_split[str(row.split)] += 1
                types.update(e.event_type for e in row.events)
                types["(no event)"] += not row.events
        except EventwireError as err:
            print(str(err), file=sys.stderr)
            return 1
    print(f"{len(seen)} sentences: " + ", ".join(f"{k} {v}" for k, v in sorted(by_split.items())))
    print(", ".join(f"{k} {v}" for k, v in types.most_common()))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "sentences":
        return sentences(argv[1])
    if len(argv) >= 2 and argv[0] == "check":
        return check([Path(p) for p in argv[1:]])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
