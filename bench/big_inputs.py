"""Seconds and peak memory of one big article through the whole per-article path.

    python bench/big_inputs.py                      # 0.1, 1 and 10 MB, every kind
    python bench/big_inputs.py --sizes 0.1 1 --kinds plain
    python bench/big_inputs.py --profile 1 html     # cProfile of one run, top 25 by own time

Each (size, kind) runs in its own subprocess, so that its peak resident memory
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``, model loading included) is its own.
The input is generated from the demo corpus's paragraphs, shuffled with a fixed
seed and repeated until the size is reached, in three kinds:

* ``plain``: a .txt file of ordinary paragraphs (a title line, blank lines between);
* ``html``: an .html page whose article is one block of short lines (``<br>``), each
  wrapped line continuing the sentence of the line before: the case where cleaning
  joins many lines into one paragraph;
* ``paragraph``: a .txt file whose body is one huge paragraph on one line.

Stages are called as ``pipeline.ingest`` composes them: read, clean (``prepare``),
language (``analyze``), coding (events and the article's profile), link (against an
empty in-memory index). Time linear in size means seconds per MB stays flat.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KINDS = ("plain", "html", "paragraph")
#: "code" is language and coding together (``pipeline.coded``: a text over
#: ``CHUNK_CHARS`` is analysed and coded piece by piece, see eventwire/pieces.py).
STAGES = ("read", "clean", "code", "link")
MB = 1024 * 1024
#: Wrapped lines of the html kind are about this long.
WRAP = 40


def demo_paragraphs() -> list[str]:
    """The demo corpus's cleaned paragraphs: real-looking news text with dense actors."""
    from eventwire.demo import corpus_dir
    from eventwire.options import Options
    from eventwire.prepare import prepare
    from eventwire.read import read_paths

    out: list[str] = []
    for raw in read_paths([str(corpus_dir())], Options()):
        if hasattr(raw, "text"):
            out += [p for p in prepare(raw, Options()).text.split("\n\n") if len(p) > 40]
    return out


def demo_sentences() -> list[str]:
    """The demo paragraphs cut at sentence ends (a rough cut is enough here)."""
    out: list[str] = []
    for paragraph in demo_paragraphs():
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph) if len(s) > 20]
    return out


def body_paragraphs(size: int, seed: int = 15) -> list[str]:
    """Paragraphs of 3 to 6 demo sentences drawn at random (fixed seed) until ``size``
    bytes: never the same paragraph twice, since cleaning drops a repeated long line."""
    pool = demo_sentences()
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(rng.sample(pool, rng.randint(3, 6)))
        out.append(paragraph)
        total += len(paragraph.encode()) + 2
    return out


def wrap_continuing(text: str, width: int = WRAP) -> list[str]:
    """Short lines of ``text``, each break put before a lower-case word after one that does
    not end a sentence, so every line continues the one before (a hard-wrapped page)."""
    lines: list[str] = []
    current: list[str] = []
    length = 0
    for word in text.split():
        breakable = current and word[:1].islower() and current[-1][-1:] not in ".!?\"')”’"
        if breakable and length >= width:
            lines.append(" ".join(current))
            current, length = [], 0
        current.append(word)
        length += len(word) + 1
    if current:
        lines.append(" ".join(current))
    return lines


def make_input(kind: str, size: int, folder: Path) -> Path:
    """Write one generated article of about ``size`` bytes and return its path."""
    paragraphs = body_paragraphs(size)
    title = "Leaders meet again as talks on the border resume"
    if kind == "plain":
        path = folder / "plain.txt"
        path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    elif kind == "paragraph":
        path = folder / "paragraph.txt"
        path.write_text(title + "\n\n" + " ".join(paragraphs) + "\n", encoding="utf-8")
    elif kind == "html":
        path = folder / "page.html"
        lines = wrap_continuing(" ".join(paragraphs))
        body = "<br>\n".join(lines)
        path.write_text(
            f"<html><head><title>{title}</title>"
            '<meta property="article:published_time" content="2022-10-14"></head>'
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>\n",
            encoding="utf-8",
        )
    else:
        raise ValueError(kind)
    return path


def run_one(kind: str, size_mb: float) -> dict[str, object]:
    """One generated article through every stage: seconds per stage, events, peak RSS."""
    from eventwire.coding.detector.model import load_detector
    from eventwire.language.nlp import load_nlp
    from eventwire.link import LinkIndex, find_copy_of, link
    from eventwire.options import Options
    from eventwire.pipeline import coded
    from eventwire.prepare import prepare
    from eventwire.read import ReadFailure, read_path

    load_nlp()
    load_detector()
    spent = dict.fromkeys(STAGES, 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        path = make_input(kind, int(size_mb * MB), Path(tmp))
        size = path.stat().st_size
        options = Options(published="2022-10-14")
        began = time.perf_counter()
        raws = list(read_path(path, options))
        spent["read"] = time.perf_counter() - began
    events = 0
    index = LinkIndex.from_stored([], [])
    for raw in raws:
        if isinstance(raw, ReadFailure):
            raise SystemExit(f"[B550] the generated input was refused: {raw.reason}")
        began = time.perf_counter()
        article = prepare(raw, options)
        spent["clean"] += time.perf_counter() - began
        began = time.perf_counter()
        found = coded(article)
        spent["code"] += time.perf_counter() - began
        began = time.perf_counter()
        result = link(article, found.events, index, copy_check=find_copy_of(article, index),
                      profile=found.profile)  # fmt: skip
        index.add(result)
        spent["link"] += time.perf_counter() - began
        events += len(result.events)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "kind": kind, "size_mb": round(size / MB, 2), "seconds": round(sum(spent.values()), 1),
        "stages": {k: round(v, 2) for k, v in spent.items()}, "events": events,
        "peak_rss_mb": round(peak_mb),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1.0, 10.0],
                        help="input sizes in MB")  # fmt: skip
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--one", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    parser.add_argument("--profile", nargs=2, metavar=("MB", "KIND"),
                        help="profile one run in this process instead")  # fmt: skip
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one[0], float(args.one[1]))))
        return 0
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        row = run_one(args.profile[1], float(args.profile[0]))
        profiler.disable()
        print(json.dumps(row))
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return 0
    rows = []
    print(f"{'kind':<10}{'MB':>6}{'seconds':>9}{'s/MB':>7}{'peak RSS MB':>13}{'events':>8}  stages")
    for size in args.sizes:
        for kind in args.kinds:
            done = subprocess.run(
                [sys.executable, __file__, "--one", kind, str(size)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if done.returncode != 0:
                print(f"{kind:<10}{size:>6} failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            rows.append(row)
            per_mb = float(row["seconds"]) / max(float(row["size_mb"]), 0.01)
            stages = " ".join(f"{k}={v}" for k, v in row["stages"].items())
            print(f"{kind:<10}{row['size_mb']:>6}{row['seconds']:>9}{per_mb:>7.0f}"
                  f"{row['peak_rss_mb']:>13}{row['events']:>8}  {stages}", flush=True)  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
