"""Missed and false merge pairs of the link stage, event by event.

For each gold pair of reports the linker kept apart (missed) and each pair it
put in one event against the gold (false), prints both events' type, actors,
recipients, date, place, story and sentence, and ``why_not_same`` for misses.
Coding is slow and the linker is not: ``--cache FILE`` keeps the coded events
so the linker can be rerun on them alone.

    python scripts/link_errors.py --corpus demo|stories [--cache /tmp/x.pkl]
"""

from __future__ import annotations

import argparse
import json
import pickle
from itertools import combinations
from pathlib import Path

from eventwire.coding import code_events
from eventwire.evaluate.corpora import demo_documents
from eventwire.evaluate.links import STORIES, _merge_pairs, article_key, stories_documents
from eventwire.evaluate.mentions import load_rows
from eventwire.language.analyze import analyze
from eventwire.link import LinkIndex, find_copy_of, link
from eventwire.link.merge import why_not_same
from eventwire.options import Options
from eventwire.prepare import prepare
from eventwire.read import ReadFailure
from eventwire.records import Article, Event

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


def _coded(corpus: str, cache: Path | None) -> list[tuple[Article, tuple[Event, ...]]]:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())  # type: ignore[no-any-return]
    docs = demo_documents() if corpus == "demo" else stories_documents()
    out = []
    for raw in docs:
        if isinstance(raw, ReadFailure):
            continue
        article = prepare(raw, Options())
        out.append((article, code_events(analyze(article))))
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def _show(ev: Event, key: dict[str, str]) -> str:
    who = lambda xs: ",".join(f"{a.country or '-'}/{a.name or '-'}" for a in xs)  # noqa: E731
    place = f"{ev.location.name}/{ev.location.country}" if ev.location else "-"
    src = "; ".join(f"{key.get(s.article_id, s.article_id)}#{s.sentence_index}" for s in ev.sources)
    est = "~" if ev.date_estimated else ""
    return (f"  {ev.event_id} {ev.event_type} {ev.modality} A[{who(ev.actors)}] "
            f"R[{who(ev.recipients)}] {est}{ev.event_date} @{place} story={ev.story_id}\n"
            f"     sources: {src}\n     \"{ev.sources[0].sentence[:220]}\"")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["demo", "stories"], default="demo")
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    demo = args.corpus == "demo"
    gold_path = GOLD / "demo.events.jsonl" if demo else STORIES / "gold.events.jsonl"
    rows = load_rows(gold_path)
    gold: dict[tuple[str, int], set[str]] = {}
    for r in rows:
        gold.setdefault((r["article"], int(r["sentence_index"])), set()).add(r["gold_event"])
    index = LinkIndex.from_stored([], [])
    events: dict[str, Event] = {}
    first: dict[str, Event] = {}  # event id -> the event as coded, before merging
    keys: dict[str, str] = {}
    for article, coded in _coded(args.corpus, args.cache):
        keys[article.article_id] = article_key(article)
        check = find_copy_of(article, index)
        result = link(article, coded if check[2] is None else (), index, copy_check=check)
        index.add(result)
        events.update((e.event_id, e) for e in result.events)
        first.update((e.event_id, e) for e in coded)
    scores = _merge_pairs(events.values(), keys, rows)
    print(json.dumps(scores))
    where: dict[tuple[str, int], list[str]] = {}
    for ev in events.values():
        for s in ev.sources:
            where.setdefault((keys.get(s.article_id, s.article_id), s.sentence_index), []).append(
                ev.event_id)
    coded_at: dict[tuple[str, int], list[Event]] = {}
    for ev in first.values():
        s = ev.sources[0]
        coded_at.setdefault((keys.get(s.article_id, s.article_id), s.sentence_index), []).append(ev)
    found = sorted(r for r in where if r in gold)
    for a, b in combinations(found, 2):
        if a[0] == b[0]:
            continue
        same_gold = bool(gold[a] & gold[b])
        together = bool(set(where[a]) & set(where[b]))
        if same_gold == together:
            continue
        names = " | ".join("+".join(sorted(gold[r])) for r in (a, b))
        print(("MISSED " if same_gold else "FALSE ") + f"{names}  {a} {b}")
        for r in (a, b):
            for eid in where[r]:
                print(_show(events[eid], keys))
        if same_gold:
            for x in coded_at.get(a, []):
                for y in coded_at.get(b, []):
                    print(f"   coded {x.event_id} vs {y.event_id}: {why_not_same(x, y)}")


if __name__ == "__main__":
    main()
