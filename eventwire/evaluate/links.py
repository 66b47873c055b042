"""Scores of the link stage on an annotated corpus: copies, stories and merged events.

* copies: recall of gold [copy, original] pairs, and the number of false copies;
* stories: B-cubed precision, recall and F1 of the story clustering;
* merges: pairs of reports (article, sentence) that the gold says are the same
  real event, against pairs the pipeline put in one event. Only reports the
  coder found are counted, so the figure measures linking, not coding.
* disagreements (where gold lists them): the share of gold disputed facts
  (gold event, field) found as a disagreement of the same kind on an event
  holding reports of that gold event;
* copies with 3% of words changed (``copy_robustness``): every article of a
  corpus reprinted with edits, paragraphs rejoined and junk added, must be
  found as a copy of its original and of nothing else.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.clean import clean_text
from eventwire.evaluate.corpora import REPO
from eventwire.evaluate.mentions import load_rows
from eventwire.link.copies import CopyIndex, signature, text_length
from eventwire.options import Options
from eventwire.pipeline import link_all
from eventwire.read import ReadFailure, read_paths
from eventwire.records import Article, Event, RawDocument

Report = tuple[str, int]  # (article key, sentence index)
STORIES = REPO / "tests" / "data" / "stories"  # the multi-outlet corpus and its gold


def stories_documents(folder: Path = STORIES) -> list[RawDocument | ReadFailure]:
    """The multi-outlet story corpus (articles.jsonl), read as the pipeline reads it."""
    return list(read_paths([str(folder / "articles.jsonl")], Options()))


def article_key(article: Article) -> str:
    """Gold files name articles by their JSON Lines id or feed guid, files by name."""
    if article.origin.endswith((".html", ".htm", ".txt")):
        return Path(article.origin).name
    return article.article_id


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed precision/recall/F1 of a clustering (item → cluster) against gold."""
    items = [i for i in gold if i in predicted]
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[predicted[i]].add(i)
        by_gold[gold[i]].add(i)
    precision = recall = 0.0
    for i in items:
        same = by_pred[predicted[i]] & by_gold[gold[i]]
        precision += len(same) / len(by_pred[predicted[i]])
        recall += len(same) / len(by_gold[gold[i]])
    p, r = precision / len(items), recall / len(items)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _merge_pairs(events: Iterable[Event], keys: dict[str, str],
                 gold_rows: list[dict[str, Any]]) -> dict[str, float]:
    """Pair precision and recall of merged reports against the gold events.

    A report (article, sentence) belongs to every gold event the gold lists for
    that sentence: one sentence often reports two ("signed a statement ending
    the fighting, with a ceasefire taking effect at midnight" is the signing
    and the ceasefire). Two reports of different articles are a gold pair when
    they share a gold event, and a merged pair is right on the same test.
    Until November 2026 only the last gold row of a sentence counted, so two
    reports of the same two events in the same wording could be scored a false
    merge; the figures before that change are not comparable one to one.
    """
    gold_events: dict[Report, set[str]] = defaultdict(set)
    for row in gold_rows:
        gold_events[(row["article"], int(row["sentence_index"]))].add(row["gold_event"])
    found: set[Report] = set()
    predicted_pairs: set[frozenset[Report]] = set()
    for ev in events:
        reports = {(keys.get(s.article_id, s.article_id), s.sentence_index) for s in ev.sources}
        reports &= set(gold_events)
        found |= reports
        predicted_pairs |= {frozenset(p) for p in combinations(sorted(reports), 2)
                            if p[0][0] != p[1][0]}
    gold_pairs = {
        frozenset(p) for p in combinations(sorted(found), 2)
        if p[0][0] != p[1][0] and gold_events[p[0]] & gold_events[p[1]]
    }
    right = len(predicted_pairs & gold_pairs)
    p = right / len(predicted_pairs) if predicted_pairs else 0.0
    r = right / len(gold_pairs) if gold_pairs else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold_pairs": len(gold_pairs), "predicted_pairs": len(predicted_pairs)}


# A claim field of the link stage and the gold field it answers ("number" covers every count).
_GOLD_FIELD = {"date": "date", "place": "place", "participants": "participants"}


def _disagreement_scores(
    events: Iterable[Event], keys: dict[str, str], gold_rows: list[dict[str, Any]],
    gold_disagreements: list[dict[str, Any]],
) -> dict[str, float]:
    """Recall of gold disputed facts (gold event, field) among the events' disagreements.

    As in ``_merge_pairs``, a report belongs to every gold event of its sentence;
    until November 2026 only the last gold row of a sentence counted.
    """
    gold_events: dict[Report, set[str]] = defaultdict(set)
    for row in gold_rows:
        gold_events[(row["article"], int(row["sentence_index"]))].add(row["gold_event"])
    found: set[tuple[str, str]] = set()
    predicted = 0
    for ev in events:
        if not ev.disagreements:
            continue
        predicted += len(ev.disagreements)
        reports = [(keys.get(s.article_id, s.article_id), s.sentence_index) for s in ev.sources]
        golds = {g for r in reports for g in gold_events.get(r, ())}
        for d in ev.disagreements:
            field = _GOLD_FIELD.get(d.field, "number")
            found |= {(g, field) for g in golds}
    wanted = {(g["gold_event"], g["field"]) for g in gold_disagreements}
    return {"recall": len(found & wanted) / len(wanted) if wanted else 1.0,
            "gold": len(wanted), "predicted": predicted}


_EDITS = ("reportedly", "the", "officials", "new", "also", "fully")
_JUNK = ("Advertisement", "Share this article", "Follow us on Telegram for the latest updates",
         "Read more: the week in review")


def make_copy(text: str, rng: random.Random, share: float = 0.03) -> str:
    """A reprint: ``share`` of the words replaced, two paragraphs rejoined, junk lines added."""
    paragraphs = [p.split() for p in text.split("\n\n") if p.strip()]
    slots = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]
    for i, j in rng.sample(slots, max(1, round(len(slots) * share))):
        paragraphs[i][j] = rng.choice(_EDITS)
    joined = [" ".join(p) for p in paragraphs]
    if len(joined) > 1:
        k = rng.randrange(len(joined) - 1)
        joined[k : k + 2] = [joined[k] + " " + joined[k + 1]]
    joined.insert(rng.randrange(len(joined) + 1), rng.choice(_JUNK))
    joined.append(rng.choice(_JUNK))
    return "\n\n".join(joined)


def copy_robustness(
    documents: Iterable[RawDocument | ReadFailure], gold_copies: Iterable[str] = (),
    share: float = 0.03, rounds: int = 3, seed: int = 20201110,
) -> dict[str, float]:
    """Recall of reprints with ``share`` of words changed, and false copies.

    Every readable article that is not itself a gold copy is an original; each
    round makes one edited copy of each and looks it up among the originals. A
    false copy is an original found to copy another original, or a reprint
    found to copy the wrong article.
    """
    skip = set(gold_copies)
    rng = random.Random(seed)
    index = CopyIndex()
    bodies: dict[str, str] = {}
    false = 0
    for doc in documents:
        if not isinstance(doc, RawDocument):
            continue
        key = doc.given_id or Path(doc.origin).name
        if key in skip or key in bodies:
            continue
        body = clean_text(doc.text).text
        sig, length = signature(body), text_length(body)
        false += index.find_copy(sig, length) is not None
        index.add(key, sig, length)
        bodies[key] = body
    found = tried = 0
    for _ in range(rounds):
        for key, body in bodies.items():
            copy = make_copy(body, rng, share)
            match = index.find_copy(signature(copy), text_length(copy))
            tried += 1
            found += match == key
            false += match is not None and match != key
    return {"recall": found / tried if tried else 1.0, "false_copies": false, "copies": tried}


def link_scores(
    documents: list[RawDocument | ReadFailure], links: dict[str, Any],
    gold_events: Path | None = None, gold_disagreements: Path | None = None,
) -> dict[str, Any]:
    keys: dict[str, str] = {}
    stories: dict[str, str] = {}
    copies: set[tuple[str, str]] = set()
    events: dict[str, Event] = {}
    for article, result in link_all(documents, Options()):
        key = keys[article.article_id] = article_key(article)
        stories[key] = result.story_id
        if result.duplicate_of:
            copies.add((key, result.duplicate_of))
        # denied acts ("did not meet") are no reports of the gold's events
        events.update((ev.event_id, ev) for ev in result.events if not ev.negated)
    copies = {(c, keys.get(o, o)) for c, o in copies}
    gold_copies = {tuple(pair) for pair in links["copies"]}
    gold_story = {a: s for s, members in links["stories"].items() for a in members}
    figures: dict[str, Any] = {
        "copies": {
            "recall": len(copies & gold_copies) / len(gold_copies) if gold_copies else 1.0,
            "false_copies": len(copies - gold_copies),
        },
        "stories": bcubed(stories, gold_story),
    }
    if gold_events is not None:
        figures["merges"] = _merge_pairs(events.values(), keys, load_rows(gold_events))
        if gold_disagreements is not None:
            figures["disagreements"] = _disagreement_scores(
                events.values(), keys, load_rows(gold_events), load_rows(gold_disagreements)
            )
    sizes = Counter(stories.values())
    figures["stories"]["predicted"] = len(sizes)
    figures["stories"]["gold"] = len(set(gold_story.values()))
    return figures
