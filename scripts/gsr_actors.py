"""Who acts on whom on the PLOVER gold sentences: gold source/target codes next to the
coder's actors and recipients, for the sentences it gets wrong (../shared, not shipped).

Scored as ``eventwire.evaluate.gsr`` scores them: the most confident event of each
one-sentence article. Flags: ``A`` actor country wrong, ``R`` recipient country wrong.

    python scripts/gsr_actors.py            # sentences with an actor or recipient error
    python scripts/gsr_actors.py --all      # every sentence
    python scripts/gsr_actors.py --only R   # only recipient errors
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventwire.coding import code_events
from eventwire.evaluate.gsr import _codes, _matches, top_event
from eventwire.language.analyze import analyze
from eventwire.records import ActorRef, Article

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plover-gsr-dev.jsonl"


def _refs(refs: tuple[ActorRef, ...]) -> str:
    return "; ".join(f"{r.name or '-'}|{r.country or '-'}|{r.sector or '-'}" for r in refs)


def _gold(field: Any) -> str:
    if not isinstance(field, list):
        return ""
    return "; ".join(
        f"{a.get('actorText')}|{a.get('code')}|{a.get('sector')}"
        for a in field
        if isinstance(a, dict)
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--all", action="store_true", help="print every sentence")
    parser.add_argument("--only", choices=("A", "R"), help="only actor or recipient errors")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"gold file not found: {args.path} (it lives in ../shared, not in the repository)")
        return 2
    for line in args.path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        row = json.loads(line)
        art = Article(article_id=row["id"], origin=args.path.name, text=row["text"].strip())
        analysis = analyze(art)
        event = top_event(code_events(analysis))
        src, tgt = _codes(row.get("source")), _codes(row.get("target"))
        a_bad = bool(src) and not (event and _matches(src, event.actors))
        r_bad = bool(tgt) and not (event and _matches(tgt, event.recipients))
        flag = ("A" if a_bad else "-") + ("R" if r_bad else "-")
        if not args.all and flag == "--":
            continue
        if args.only and args.only not in flag:
            continue
        predicted = event.event_type if event else None
        print(f"[{flag}] {row['id']} gold={row['event_type']} pred={predicted}")
        print(f"    {row['text'].strip()}")
        print(f"    gold: {_gold(row.get('source'))}  ->  {_gold(row.get('target'))}")
        if event is not None:
            print(f"    pred: {_refs(event.actors)}  ->  {_refs(event.recipients)}")
        mentions = "; ".join(
            f"{m.text!r}={m.actor.country or '-'}|{m.actor.sector or '-'}" for m in analysis.actors
        )
        print(f"    mentions: {mentions}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
