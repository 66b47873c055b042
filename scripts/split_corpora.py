"""Print how every corpus in ../shared splits into train / validation / test.

The split itself is ``eventwire.evaluate.splits.split_of`` (a hash of corpus and key): this
script only shows the counts, so a reader can check no corpus was left unsplit.

Usage: python scripts/split_corpora.py [--shared ../shared]
"""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from eventwire.evaluate.splits import KEYS, SPLITS, ecbplus_topic, split_of

ROOT = Path(__file__).resolve().parents[1]


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def corpus_keys(shared: Path) -> dict[str, list[str]]:
    """Each corpus's item keys, as ``split_of`` takes them."""
    data = shared / "data"
    out: dict[str, list[str]] = {}
    if (p := data / "plover-gsr-dev.jsonl").is_file():
        out["plover-gsr"] = [r["id"] for r in _jsonl(p)]
    if (p := data / "case2021-dev" / "case2021-task2-dev.tsv").is_file():
        with p.open(encoding="utf-8") as fh:
            out["case2021"] = [r["id"] for r in csv.DictReader(fh, delimiter="\t")]
    if (p := data / "wikievents-dev" / "dev.jsonl").is_file():
        out["wikievents"] = [r["doc_id"] for r in _jsonl(p)]
    if (p := data / "ecbplus-dev" / "documents.jsonl").is_file():
        out["ecbplus"] = [ecbplus_topic(r["story"]) for r in _jsonl(p)]
    if (p := data / "article-extraction-dev" / "pages.jsonl").is_file():
        out["article-extraction"] = [r["id"] for r in _jsonl(p)]
    if (p := data / "ngec-actor-cases-dev" / "actor_resolution_cases.jsonl").is_file():
        out["ngec-actor-cases"] = [r["test"] for r in _jsonl(p)]
    if (p := data / "timebank").is_dir():
        out["timebank"] = sorted(f.name for f in p.rglob("*.tml"))
    if (p := data / "ngec-synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip").is_file():
        with zipfile.ZipFile(p) as zf:
            name = next(n for n in zf.namelist() if n.endswith(".csv"))
            rows = list(csv.reader(io.TextIOWrapper(zf.open(name), encoding="utf-8")))
        out["ngec-synthetic"] = [str(i) for i in range(len(rows) - 1)]
    if (p := ROOT / "tests" / "data" / "stories" / "gold.links.json").is_file():
        stories = json.loads(p.read_text(encoding="utf-8")).get("stories", {})
        out["stories"] = sorted(stories) if isinstance(stories, dict) else []
    return out


def main(argv: list[str]) -> int:
    shared = ROOT.parent / "shared"
    if "--shared" in argv:
        shared = Path(argv[argv.index("--shared") + 1])
    print(f"{'corpus':<20} {'items':>6} " + " ".join(f"{s:>10}" for s in SPLITS) + "  key")
    for corpus, keys in corpus_keys(shared).items():
        units = Counter(split_of(corpus, k) for k in keys)
        print(f"{corpus:<20} {len(keys):>6} " + " ".join(f"{units[s]:>10}" for s in SPLITS)
              + f"  {KEYS[corpus]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
