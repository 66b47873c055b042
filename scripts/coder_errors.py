"""Side-by-side error analysis of the event coder: gold events and predicted events, per sentence.

For every sentence that has a gold event or a predicted (asserted) event, prints the gold lines
(``G``) and the coder's events (``P``) with type, actors → recipients, date and place, and a
verdict per gold line: ``ok`` (type, actor+recipient countries, date and place all agree with
some prediction of that sentence), the first level that fails (``actors``, ``date``, ``place``)
or ``MISS`` (no prediction of that type in the sentence). Predictions that match no gold line
of their sentence are marked ``EXTRA``. Future and hypothetical events are shown with their
modality (``~future``) and never count as extras: the scorer ignores them too.

Sentence-level, unlike the scorer (which matches per article), because a human fixing the
coder reads one sentence at a time.

    python scripts/coder_errors.py                 # the demo corpus
    python scripts/coder_errors.py --corpus seeds  # the seeds (needs ../shared)
    python scripts/coder_errors.py --corpus stories  # the multi-outlet stories corpus
    python scripts/coder_errors.py --errors-only   # only sentences with a miss or an extra
    python scripts/coder_errors.py --article caspian-ledger-2020-11-10-ceasefire
    python scripts/coder_errors.py --by-article    # what the scorer's recall misses, per article

Example: python scripts/coder_errors.py --errors-only | less
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from typing import Any

from eventwire.evaluate.corpora import GOLD, demo_documents, seed_documents
from eventwire.evaluate.events import actor_codes, article_name, load_gold
from eventwire.evaluate.links import STORIES, stories_documents
from eventwire.options import Options
from eventwire.pipeline import extract
from eventwire.records import RawDocument

Key = tuple[str, int]


def _names(refs: Any) -> list[str]:
    return [str(r.get("name") or r.get("sector") or "?") for r in refs or () if isinstance(r, dict)]


def _gold_view(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": row["event_type"],
        "mode": row.get("event_mode"),
        "actors": sorted(actor_codes(row.get("actors"))),
        "recipients": sorted(actor_codes(row.get("recipients"))),
        "date": row.get("event_date"),
        "country": row.get("location_country"),
        "place": row.get("location"),
        "names": (row.get("actor_names") or [], row.get("recipient_names") or []),
        "trigger": row.get("trigger"),
    }


def _pred_view(event: dict[str, Any]) -> dict[str, Any]:
    loc = event.get("location") or {}
    return {
        "type": event["event_type"],
        "mode": event.get("event_mode"),
        "actors": sorted(actor_codes(event.get("actors"))),
        "recipients": sorted(actor_codes(event.get("recipients"))),
        "date": event.get("event_date"),
        "country": loc.get("country"),
        "place": loc.get("name"),
        "names": (_names(event.get("actors")), _names(event.get("recipients"))),
        "confidence": event.get("confidence"),
        "modality": event.get("modality", "asserted"),
        "date_raw": event.get("date_raw"),
        "id": event.get("event_id"),
    }


def _verdict(gold: dict[str, Any], preds: list[dict[str, Any]]) -> tuple[str, int | None]:
    """The best agreement of one gold line with the sentence's asserted predictions."""
    same = [(i, p) for i, p in enumerate(preds) if p["type"] == gold["type"]]
    if not same:
        return "MISS", None
    best: tuple[int, str, int] | None = None
    for i, p in same:
        fails = []
        if set(p["actors"]) | set(p["recipients"]) != set(gold["actors"]) | set(gold["recipients"]):
            fails.append("actors")
        elif (p["actors"], p["recipients"]) != (gold["actors"], gold["recipients"]):
            fails.append("roles")
        if gold["date"] and not (p["date"] or "").startswith(gold["date"]):
            fails.append("date")
        if (p["country"] or None) != (gold["country"] or None) or (
            gold["place"] and (p["place"] or "").casefold() != gold["place"].casefold()
        ):
            fails.append("place")
        cand = (len(fails), ",".join(fails) or "ok", i)
        if best is None or cand[:1] < best[:1]:
            best = cand
    assert best is not None
    return best[1], best[2]


def _fmt(view: dict[str, Any]) -> str:
    mode = f"/{view['mode']}" if view.get("mode") else ""
    actors = ",".join(view["actors"]) or "-"
    recips = ",".join(view["recipients"]) or "-"
    names = "; ".join(view["names"][0]) + (
        " → " + "; ".join(view["names"][1]) if view["names"][1] else ""
    )
    place = view["place"] or "-"
    if view["country"]:
        place += f" ({view['country']})"
    extra = ""
    if "confidence" in view:
        extra = f"  c={view['confidence']:.2f}"
        if view["modality"] != "asserted":
            extra += f" ~{view['modality']}"
        if view.get("date_raw"):
            extra += f" [{view['date_raw']}]"
    elif view.get("trigger"):
        extra = f"  «{view['trigger']}»"
    return (
        f"{view['type'] + mode:<22} {actors:>11} → {recips:<9} {view['date'] or '-':<10} "
        f"{place:<24} {names}{extra}"
    )


def collect(
    corpus: str,
) -> tuple[dict[Key, list[dict[str, Any]]], dict[Key, list[dict[str, Any]]], dict[Key, str]]:
    """Gold rows and predicted events keyed by (article, sentence index), and sentence texts."""
    if corpus == "stories":
        docs = [d for d in stories_documents() if isinstance(d, RawDocument)]
        gold_rows = load_gold(STORIES / "gold.events.jsonl")
        links = STORIES / "gold.links.json"
    else:
        docs = demo_documents() if corpus == "demo" else seed_documents()
        gold_rows = load_gold(GOLD / f"{corpus}.events.jsonl")
        links = GOLD / "demo.links.json"
    # Near-copies are not coded (their events are the original's), so, as in
    # scripts/figures.py, their gold lines are not errors of the coder.
    copies = {c for c, _ in json.loads(links.read_text())["copies"]} if links.is_file() else set()
    gold_rows = [r for r in gold_rows if r["article"] not in copies]
    articles = {r["article"] for r in gold_rows}
    gold: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    texts: dict[Key, str] = {}
    for row in gold_rows:
        key = (row["article"], int(row["sentence_index"]))
        gold[key].append(_gold_view(row))
        if row.get("sentence"):
            texts[key] = row["sentence"]
    # Where the gold's sentence split differs from the parser's, the sentence text decides.
    by_text = {(art, text.strip()): idx for (art, idx), text in texts.items()}
    pred: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for ev in extract(docs, Options()):
        data = ev.to_json()
        for src in data["sources"]:
            art = src["article_id"]
            if art not in articles:
                art = article_name(src["origin"])
            idx = by_text.get((art, src["sentence"].strip()), int(src["sentence_index"]))
            key = (art, idx)
            pred[key].append(_pred_view(data))
            texts.setdefault(key, src["sentence"])
    return gold, pred, texts


def report(corpus: str, errors_only: bool, article: str | None, out: Any) -> dict[str, int]:
    """Print the side-by-side table; return counts of verdicts and extras."""
    gold, pred, texts = collect(corpus)
    counts: dict[str, int] = defaultdict(int)
    for key in sorted(set(gold) | set(pred)):
        if article and key[0] != article:
            continue
        preds = pred.get(key, [])
        asserted = [p for p in preds if p["modality"] == "asserted"]
        lines, used, bad = [], set(), False
        for g in gold.get(key, []):
            verdict, idx = _verdict(g, [p for p in asserted])
            counts[verdict] += 1
            bad |= verdict != "ok"
            if idx is not None:
                used.add(idx)
            lines.append(f"  G {verdict:<12} {_fmt(g)}")
        for i, p in enumerate(asserted):
            tag = "" if i in used else "EXTRA"
            if tag:
                counts["EXTRA"] += 1
                bad = True
            lines.append(f"  P {tag:<12} {_fmt(p)}")
        for p in preds:
            if p["modality"] != "asserted":
                lines.append(f"  P {'':<12} {_fmt(p)}")
        if errors_only and not bad:
            continue
        print(f"{key[0]} #{key[1]}: {texts.get(key, '')}", file=out)
        print("\n".join(lines), file=out)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"\n{corpus}: {summary}", file=out)
    return dict(counts)


def by_article(corpus: str, out: Any) -> int:
    """Per article and type, gold lines the coder's events fall short of, and events beyond gold.

    This is what the scorer's ``type`` level counts (it matches within an article, not a
    sentence), so the total of MISS lines is the number of gold events the recall misses.
    As in scripts/figures.py, the demo and stories gold count reports (an event once per
    sentence it cites), the seed gold events (an event once per article). There the scorer
    also pairs a report only with a gold line of its own sentence, which the sentence view
    (``--errors-only``) shows.
    """
    gold, pred, _texts = collect(corpus)
    per_report = corpus != "seeds"
    need: dict[tuple[str, str], int] = defaultdict(int)
    for (art, _idx), rows in gold.items():
        for g in rows:
            need[(art, g["type"])] += 1
    counted = set()
    for (art, idx), preds in pred.items():
        for p in preds:
            unit = (art, p["id"], idx if per_report else None)
            if p["modality"] == "asserted" and unit not in counted:
                counted.add(unit)
                need[(art, p["type"])] -= 1
    missed = 0
    for (art, kind), left in sorted(need.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if left:
            print(f"{'MISS' if left > 0 else 'EXTRA'} {abs(left)} {kind:<10} {art}", file=out)
            missed += max(left, 0)
    print(f"\n{corpus}: {missed} gold events missed at the type level", file=out)
    return missed


def calibrate(corpus: str = "demo") -> tuple[float, ...]:
    """Fit the confidence weights (``eventwire.coding.confidence.WEIGHTS``) on a corpus.

    The label of an asserted event is whether a gold line of its sentence has its type.
    The coder does not keep an event's evidence, so while fitting, ``confidence`` is
    wrapped to record it (a development tool; the coder itself stays pure). Hand-written
    L2-regularised logistic regression: eight numbers do not justify a new dependency.
    """
    import numpy as np

    import eventwire.coding.coder as coder
    from eventwire.coding.confidence import Evidence, confidence

    seen: dict[float, Evidence] = {}

    def record(evidence: Evidence) -> float:
        # A tiny per-event offset makes each score a key back to its evidence.
        score = confidence(evidence) + (len(seen) + 1) * 1e-7
        seen[score] = evidence
        return score

    original = coder.confidence
    coder.confidence = record  # type: ignore[assignment]
    try:
        gold, pred, _texts = collect(corpus)
    finally:
        coder.confidence = original  # type: ignore[assignment]
    rows, labels = [], []
    for key, preds in pred.items():
        types = {g["type"] for g in gold.get(key, [])}
        for p in preds:
            if p["modality"] != "asserted" or p["confidence"] not in seen:
                continue
            rows.append((1.0, *seen[p["confidence"]].features()))
            labels.append(float(p["type"] in types))
    x, y = np.array(rows), np.array(labels)
    w = np.zeros(x.shape[1])
    for _ in range(20000):
        prob = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (prob - y) / len(y) + 0.01 * np.r_[0.0, w[1:]]
        w -= 0.5 * grad
    prob = 1.0 / (1.0 + np.exp(-x @ w))
    high = prob > 0.8
    print(
        f"{len(y)} events, {int(y.sum())} right; above 0.8: {int(high.sum())} events, "
        f"{y[high].mean() if high.any() else 0:.3f} right"
    )
    print(f"WEIGHTS = {tuple(round(float(v), 2) for v in w)}")
    return tuple(float(v) for v in w)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("demo", "seeds", "stories"), default="demo")
    parser.add_argument("--errors-only", action="store_true")
    parser.add_argument("--article", help="only this article id (as the gold names it)")
    parser.add_argument("--calibrate", action="store_true", help="fit the confidence weights")
    parser.add_argument("--by-article", action="store_true",
                        help="per article and type, misses and extras as the scorer counts them")
    args = parser.parse_args(argv)
    if args.calibrate:
        calibrate(args.corpus)
        return 0
    try:
        if args.by_article:
            by_article(args.corpus, sys.stdout)
        else:
            report(args.corpus, args.errors_only, args.article, sys.stdout)
    except FileNotFoundError as exc:
        print(f"[E390] {exc}; run with --corpus demo, which ships with eventwire", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
