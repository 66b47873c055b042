"""Story clustering measured on real multi-outlet coverage: ECB+ topics and the stories corpus.

Coding an article is the slow part and does not depend on linking, so each corpus is
coded once (``code_corpus``) and the link stage replayed over it (``cluster``) with any
``StoryParameters``: that is how ``scripts/tune_stories.py`` learns the thresholds, and
how ``scripts/figures.py`` measures them. Splits are sealed (``evaluate.splits``): ECB+
by topic (its two look-alike stories never straddle a split), the stories corpus by
gold story. ``tfidf_baseline`` is the plain baseline: TF-IDF cosine with the most similar
earlier article, joined above a threshold.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.coding import code_events
from eventwire.coding.detector.model import load_detector
from eventwire.errors import InputError
from eventwire.evaluate.corpora import GOLD, SHARED
from eventwire.evaluate.links import STORIES, article_key, bcubed, stories_documents
from eventwire.evaluate.splits import Split, ecbplus_topic, split_of
from eventwire.language.analyze import analyze
from eventwire.link import LinkIndex, link
from eventwire.link.profile import Profile, article_profile
from eventwire.link.stories import StoryParameters
from eventwire.link.text import content_terms
from eventwire.options import Options
from eventwire.prepare import prepare
from eventwire.records import Article, Event, RawDocument

ECBPLUS = SHARED / "data" / "ecbplus-dev"


@dataclass(frozen=True)
class Coded:
    """One article as the link stage receives it, with its gold story."""

    key: str
    gold: str
    article: Article
    events: tuple[Event, ...]
    profile: Profile


def ecbplus_documents(splits: Iterable[Split], folder: Path = ECBPLUS) -> list[RawDocument]:
    """ECB+ development documents of the topics in ``splits`` (no titles, no dates)."""
    wanted = set(splits)
    docs = []
    for line in (folder / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if split_of("ecbplus", ecbplus_topic(row["story"])) in wanted:
            docs.append(RawDocument(origin=f"{folder.name}/{row['id']}", text=row["text"],
                                    given_id=row["id"]))
    return docs


def ecbplus_gold(folder: Path = ECBPLUS) -> dict[str, str]:
    rows = (json.loads(x) for x in (folder / "documents.jsonl").read_text().splitlines())
    return {r["id"]: r["story"] for r in rows}


def stories_gold(folder: Path = STORIES) -> dict[str, str]:
    links = json.loads((folder / "gold.links.json").read_text(encoding="utf-8"))
    return {a: s for s, members in links["stories"].items() for a in members}


def demo_gold() -> dict[str, str]:
    """The demo corpus's gold stories (article key → story)."""
    links = json.loads((GOLD / "demo.links.json").read_text(encoding="utf-8"))
    return {a: s for s, members in links["stories"].items() for a in members}


def stories_corpus(splits: Iterable[Split], dated: bool = True) -> list[RawDocument]:
    """The stories corpus's articles of gold stories in ``splits``; ``dated=False`` drops
    the publication dates (what a folder of text files gives)."""
    gold, wanted = stories_gold(), set(splits)
    docs = []
    for doc in stories_documents():
        key = doc.given_id if isinstance(doc, RawDocument) else None
        if key in gold and split_of("stories", gold[key]) in wanted:
            assert isinstance(doc, RawDocument)
            docs.append(doc if dated else replace(doc, published=None))
    return docs


def code_corpus(docs: Iterable[RawDocument], gold: dict[str, str]) -> list[Coded]:
    """Prepare, analyse, code and profile each document once (in the given order)."""
    detector = load_detector()
    out = []
    for raw in docs:
        try:
            article = prepare(raw, Options())
        except InputError:
            continue
        analysis = analyze(article)
        events = tuple(e for e in code_events(analysis) if not e.negated)
        key = article_key(article)
        out.append(Coded(key, gold.get(key, key), article, events,
                         article_profile(analysis, detector)))
    return out


def cluster(coded: Iterable[Coded], parameters: StoryParameters | None = None,
            profiles: bool = True) -> tuple[dict[str, str], dict[str, Event]]:
    """Each article's story (by key) and the events, replaying the link stage in order."""
    index = LinkIndex(parameters)
    stories: dict[str, str] = {}
    events: dict[str, Event] = {}
    for c in coded:
        result = link(c.article, c.events, index, profile=c.profile if profiles else None)
        index.add(result)
        stories[c.key] = result.story_id
        for old in result.merged_stories:
            for key, story in stories.items():
                if story == old:
                    stories[key] = result.story_id
        events.update((e.event_id, e) for e in result.events)
    for key, story in stories.items():
        stories[key] = index.stories.resolve(story)
    return stories, events


def story_scores(coded: list[Coded], parameters: StoryParameters | None = None,
                 profiles: bool = True) -> dict[str, float]:
    """B-cubed of the stories, with counts and how many predicted stories mix gold stories."""
    predicted, _ = cluster(coded, parameters, profiles)
    gold = {c.key: c.gold for c in coded}
    scores = bcubed(predicted, gold)
    members: dict[str, set[str]] = {}
    for key, story in predicted.items():
        members.setdefault(story, set()).add(gold[key])
    scores.update(predicted=len(members), gold=len(set(gold.values())),
                  mixed=sum(1 for g in members.values() if len(g) > 1), articles=len(coded))
    return scores


def order_agreement(coded: list[Coded], parameters: StoryParameters | None = None,
                    rounds: int = 3, seed: int = 12) -> float:
    """Mean B-cubed F1 between the stories of the given order and of shuffled orders:
    1.0 when arrival order changes nothing but ids."""
    first, _ = cluster(coded, parameters)
    rng = random.Random(seed)
    total = 0.0
    for _ in range(rounds):
        shuffled = list(coded)
        rng.shuffle(shuffled)
        other, _ = cluster(shuffled, parameters)
        total += bcubed(other, first)["f1"]
    return total / rounds


def _tfidf(texts: list[str]) -> list[dict[str, float]]:
    bags = [dict(content_terms(t, 10_000)) for t in texts]
    df = Counter(w for bag in bags for w in bag)
    n = len(bags)
    out = []
    for bag in bags:
        vec = {w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({w: v / norm for w, v in vec.items()})
    return out


def tfidf_baseline(coded: list[Coded], threshold: float) -> dict[str, float]:
    """B-cubed of the plain baseline: join the most similar earlier article's story when the
    TF-IDF cosine (fitted on the corpus at hand) reaches ``threshold``."""
    vectors = _tfidf([f"{c.article.title or ''}\n{c.article.text}" for c in coded])
    predicted: dict[str, str] = {}
    for i, c in enumerate(coded):
        best, where = 0.0, None
        for j in range(i):
            a, b = vectors[i], vectors[j]
            sim = sum(v * b.get(w, 0.0) for w, v in a.items())
            if sim > best:
                best, where = sim, coded[j].key
        predicted[c.key] = predicted[where] if where is not None and best >= threshold else c.key
    return bcubed(predicted, {c.key: c.gold for c in coded})


#: The TF-IDF baseline's threshold, chosen on the training splits (ECB+ train: 0.20 gives
#: its best B-cubed F1 there; the stories corpus's training stories are perfect from 0.15).
BASELINE_THRESHOLD = 0.2


def split_figures(split: Split) -> dict[str, object]:
    """Story B-cubed of eventwire and the TF-IDF baseline on one split of every corpus, and
    ECB+ event coreference (``ecbplus_coref``); ECB+ is skipped where ../shared is absent."""
    from eventwire.evaluate import ecbplus_coref

    out: dict[str, object] = {}
    named: list[tuple[str, list[RawDocument], dict[str, str]]] = [
        ("stories", stories_corpus([split]), stories_gold()),
        ("stories_undated", stories_corpus([split], dated=False), stories_gold()),
    ]
    if ECBPLUS.is_dir():
        named.insert(0, ("ecbplus", ecbplus_documents([split]), ecbplus_gold()))
    for name, docs, gold in named:
        coded = code_corpus(docs, gold)
        scores = story_scores(coded)
        scores["baseline_tfidf_f1"] = tfidf_baseline(coded, BASELINE_THRESHOLD)["f1"]
        scores["order_agreement"] = order_agreement(coded)
        out[name] = scores
        if name == "ecbplus":
            stories, events = cluster(coded)
            keys = {c.article.article_id: c.key for c in coded}
            mentions, sentences = ecbplus_coref.gold_mentions(ECBPLUS, [c.key for c in coded])
            out["ecbplus_coref"] = ecbplus_coref.coref_figures(
                mentions, sentences, events.values(), keys, {c.key: c.gold for c in coded},
                stories,
            )
    return out
