"""How fast the link stage runs as the index grows: per-article cost should stay flat.

Generates N synthetic articles (random-word texts, grouped into stories of
about three articles on the same day; one in ten is a reprint of an earlier
article) with two coded events each and links them, keeping what storage keeps
(``StoredArticle`` rows and events upserted by id). As ``ingest`` does, the
index for the timed part is then rebuilt from those storage records
(``LinkIndex.from_stored``), and linking ``--probe`` further articles into it
is timed: milliseconds per article at N stored, and how that grows with N.

    /work/venv/bin/python bench/link_scaling.py 1000 10000 100000
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from eventwire.link import LinkIndex, LinkResult, StoredArticle, link
from eventwire.link.profile import Profile, unit
from eventwire.records import ActorRef, Article, Event, Source

DIM = 384  # the encoder's vector width (profile.lead_vector)

TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
COUNTRIES = ["ARM", "AZE", "RUS", "TUR", "IRN", "GEO", "USA", "FRA", "UKR", "KAZ"]
START = date(2020, 1, 1)


class Generator:
    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.vocab = [
            "".join(self.rng.choices("abcdefghijklmnopqrstuvwxyz", k=self.rng.randint(4, 10)))
            for _ in range(20000)
        ]
        self.texts: list[str] = []
        self.story: tuple[list[str], str, list[tuple[str, str, str]]] | None = None
        self.left = 0
        self.topic_vector: list[float] = []
        self.profiles: dict[str, Profile] = {}

    def _new_story(self) -> None:
        rng = self.rng
        day = (START + timedelta(days=rng.randrange(1826))).isoformat()
        topic = rng.sample(self.vocab, 30)
        evs = [(rng.choice(TYPES), rng.choice(COUNTRIES), rng.choice(COUNTRIES)) for _ in range(2)]
        self.story, self.left = (topic, day, evs), rng.randint(1, 5)
        self.topic_vector = [rng.gauss(0, 1) for _ in range(DIM)]

    def article(self, n: int) -> tuple[Article, tuple[Event, ...]]:
        rng = self.rng
        aid = f"a{n}"
        if self.texts and rng.random() < 0.1:
            base = rng.choice(self.texts).split()
            for i in rng.sample(range(len(base)), len(base) // 33):
                base[i] = rng.choice(self.vocab)
            return Article(aid, aid, " ".join(base) + " Advertisement"), ()
        if self.left <= 0:
            self._new_story()
        self.left -= 1
        assert self.story is not None
        topic, day, evs = self.story
        words = [
            rng.choice(topic) if rng.random() < 0.5 else rng.choice(self.vocab)
            for _ in range(rng.randint(120, 400))
        ]
        text = ". ".join(" ".join(words[i : i + 15]) for i in range(0, len(words), 15)) + "."
        self.texts.append(text)
        art = Article(aid, aid, text, outlet=f"o{rng.randrange(50)}", publication_date=day)
        events = tuple(
            Event(
                f"{aid}-e{k}",
                t,
                None,
                (),
                None,
                None,
                (ActorRef(None, c1, "GOV"),),
                (ActorRef(None, c2, "GOV"),),
                day,
                "day",
                None,
                rng.random() < 0.5,
                None,
                (Source(aid, aid, art.outlet, None, None, day, "s", k),),
            )
            for k, (t, c1, c2) in enumerate(evs)
        )
        self.profiles[aid] = Profile(
            tuple((w, rng.randint(1, 3)) for w in rng.sample(topic, 5)),
            unit([x + rng.gauss(0, 1) for x in self.topic_vector]),
        )
        return art, events


def _stored(r: LinkResult) -> StoredArticle:
    """The row storage keeps for a linked article (see Store.save and Store.link_index)."""
    return StoredArticle(r.article_id, r.signature, r.length, r.story_id, r.publication_date,
                         r.duplicate_of, r.terms, r.entities, r.vector)


def run(n: int, probe: int) -> float:
    """Link n articles, rebuild the index from storage records, time probe more; ms each."""
    gen = Generator()
    index = LinkIndex()
    rows: list[StoredArticle] = []
    events: dict[str, Event] = {}
    t0 = time.perf_counter()
    for i in range(n):
        art, evs = gen.article(i)
        r = link(art, evs, index, profile=gen.profiles.get(art.article_id))
        index.add(r)
        rows.append(_stored(r))
        events.update((e.event_id, e) for e in r.events)
    build = time.perf_counter() - t0
    t1 = time.perf_counter()
    index = LinkIndex.from_stored(rows, events.values())
    rebuild = time.perf_counter() - t1
    t2 = time.perf_counter()
    copies = merges = 0
    for i in range(n, n + probe):
        art, evs = gen.article(i)
        r = link(art, evs, index, profile=gen.profiles.get(art.article_id))
        index.add(r)
        copies += r.duplicate_of is not None
        merges += len(r.merged_into)
    probe_s = time.perf_counter() - t2
    ms = 1000 * probe_s / probe
    print(
        f"N={n:>7}: linked in {build:7.1f}s ({n / build:6.0f} art/s overall), index rebuilt "
        f"from storage records in {rebuild:5.1f}s; next {probe} articles at "
        f"{probe / probe_s:6.0f} art/s ({ms:.2f} ms each; {copies} copies, {merges} event "
        f"merges); {len(index.events)} events indexed",
        flush=True,
    )
    return ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--probe", type=int, default=1000)
    args = parser.parse_args()
    per_article = {n: run(n, args.probe) for n in args.sizes}
    first = min(per_article)
    for n, ms in sorted(per_article.items()):
        print(f"  per-article cost at N={n:>7}: {ms:.2f} ms ({ms / per_article[first]:.2f}x "
              f"the cost at N={first})")


if __name__ == "__main__":
    main()
