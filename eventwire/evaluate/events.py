"""Score predicted events against hand-annotated gold event reports, article by article.

Gold lines (``tests/gold/seeds.events.jsonl``) name an article file, a PLOVER
type, actor and recipient country codes, a date at its precision and a
place. Predictions are events in the public ``Event.to_json()`` form. An event
merged from several articles is scored once in each article it cites, because
the gold is per article: a deduplicated timeline must not lose recall for
having merged.

Matching is one-to-one within an article and done separately for each level,
as a maximum bipartite matching (augmenting paths, Kuhn's algorithm) over the
pairs that satisfy that level. A greedy matcher can pair a prediction with the
"wrong" gold of the same type and so under-count; the maximum matching gives
each level the most pairs it can honestly claim. Levels:

* ``type``: event types equal;
* ``actors``: type, and the set of actor and recipient countries equal (roles ignored);
* ``roles``: type, actor set equal and recipient set equal;
* ``date``: type, and the predicted date equal to gold at gold's precision
  (gold ``2022-02`` matches ``2022-02-22``); gold without a date matches any;
* ``place``: type, location country equal and, where gold names a place,
  the name equal case-insensitively;
* ``full``: all of ``roles``, ``date`` and ``place``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

LEVELS = ("type", "actors", "roles", "date", "place", "full")


@dataclass(frozen=True)
class PRF:
    """Counts and the precision, recall and F1 they give."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class EventScores:
    """Scores per level and per type, plus unmatched events per article."""

    levels: dict[str, PRF]
    per_type: dict[str, PRF]
    extra_per_article: dict[str, int]
    missed_per_article: dict[str, int]
    ignored_predictions: int  # not asserted, negated, or citing no gold article

    def to_json(self) -> dict[str, Any]:
        return {
            "levels": {k: v.to_json() for k, v in self.levels.items()},
            "per_type": {k: v.to_json() for k, v in sorted(self.per_type.items())},
            "extra_per_article": dict(sorted(self.extra_per_article.items())),
            "missed_per_article": dict(sorted(self.missed_per_article.items())),
            "ignored_predictions": self.ignored_predictions,
        }

    def format_table(self) -> str:
        """A plain-text table for humans: levels, then types, then articles."""
        rows = [f"{'level':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'pred':>6}{'gold':>6}"]
        for name, prf in list(self.levels.items()) + [("", None)] + sorted(self.per_type.items()):
            if prf is None:
                rows.append(f"{'type':<12}")
                continue
            rows.append(
                f"{name:<12}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                f"{prf.true_positives:>5}{prf.predicted:>6}{prf.gold:>6}"
            )
        rows.append("")
        rows.append(f"{'article':<32}{'extra':>6}{'missed':>7}")
        for article in sorted(set(self.extra_per_article) | set(self.missed_per_article)):
            rows.append(
                f"{article:<32}{self.extra_per_article.get(article, 0):>6}"
                f"{self.missed_per_article.get(article, 0):>7}"
            )
        rows.append(f"ignored predictions: {self.ignored_predictions}")
        return "\n".join(rows)


@dataclass(frozen=True)
class _Item:
    """An event reduced to what the levels compare."""

    event_type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    date: str | None
    country: str | None
    place: str | None
    report: str | None = None  # the sentence, when scoring per report
    place_unknown: bool = False  # gold that gives no place where the sentence names none


def _sentence_key(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def _same_report(pred: _Item, gold: _Item) -> bool:
    """Whether a prediction and a gold line are reports of the same sentence (texts compared,
    one inside the other where the parser and the annotator split a sentence differently)."""
    if pred.report is None or gold.report is None:
        return True
    return pred.report == gold.report or pred.report in gold.report or gold.report in pred.report


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON-lines gold file; blank lines are skipped, a bad line names its number."""
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not a JSON object ({error.msg})") from error
    return rows


def article_name(origin: str) -> str:
    """The file name of an origin path or URL, as gold files name articles."""
    return PurePosixPath(PureWindowsPath(origin).as_posix()).name


def actor_codes(refs: Iterable[Any]) -> frozenset[str]:
    """Country codes of actor dicts ({name,country,sector}) or plain code strings.

    Rebels are told apart from their state as CAMEO does, by joining the codes:
    an actor {country: AZE, sector: REB} is "AZEREB", as the gold writes it.
    """
    out = set()
    for ref in refs or ():
        if isinstance(ref, dict):
            code = ref.get("country")
            if code and ref.get("sector") == "REB":
                code = f"{code}REB"
        else:
            code = ref
        if code:
            out.add(str(code).upper())
    return frozenset(out)


def _gold_item(row: dict[str, Any], per_report: bool = False, unstated: bool = False) -> _Item:
    return _Item(
        event_type=row["event_type"],
        actors=actor_codes(row.get("actors") or ()),
        recipients=actor_codes(row.get("recipients") or ()),
        date=row.get("event_date"),
        country=row.get("location_country"),
        place=row.get("location"),
        report=_sentence_key(row.get("sentence")) if per_report else None,
        place_unknown=unstated and not row.get("location_country"),
    )


def _predicted_item(event: dict[str, Any]) -> _Item:
    location = event.get("location") or {}
    return _Item(
        event_type=event["event_type"],
        actors=actor_codes(event.get("actors") or ()),
        recipients=actor_codes(event.get("recipients") or ()),
        date=event.get("event_date"),
        country=location.get("country"),
        place=location.get("name"),
    )


def _date_ok(pred: _Item, gold: _Item) -> bool:
    if gold.date is None:
        return True
    return pred.date is not None and pred.date[: len(gold.date)] == gold.date


def _place_ok(pred: _Item, gold: _Item) -> bool:
    if gold.place_unknown:
        return True
    if (pred.country or None) != (gold.country or None):
        return False
    if gold.place is None:
        return True
    return pred.place is not None and pred.place.casefold() == gold.place.casefold()


def _roles_ok(pred: _Item, gold: _Item) -> bool:
    return pred.actors == gold.actors and pred.recipients == gold.recipients


_CHECKS: dict[str, Callable[[_Item, _Item], bool]] = {
    "type": lambda p, g: True,
    "actors": lambda p, g: p.actors | p.recipients == g.actors | g.recipients,
    "roles": _roles_ok,
    "date": _date_ok,
    "place": _place_ok,
    "full": lambda p, g: _roles_ok(p, g) and _date_ok(p, g) and _place_ok(p, g),
}


def _max_matching(
    preds: list[_Item], golds: list[_Item], ok: Callable[[_Item, _Item], bool]
) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of same-type pairs that pass ``ok`` (Kuhn's algorithm)."""
    edges = [
        [
            j for j, g in enumerate(golds)
            if p.event_type == g.event_type and _same_report(p, g) and ok(p, g)
        ]
        for p in preds
    ]
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return [(i, j) for j, i in owner.items()]


def _group_predictions(
    predicted: Iterable[dict[str, Any]],
    articles: set[str],
    include_all_modalities: bool,
    per_report: bool = False,
) -> tuple[dict[str, list[_Item]], int]:
    """Predicted items by gold article: one per event and article it cites, or, with
    ``per_report``, one per sentence of the article it cites."""
    by_article: dict[str, list[_Item]] = defaultdict(list)
    ignored = 0
    for event in predicted:
        if not include_all_modalities and event.get("modality", "asserted") != "asserted":
            ignored += 1
            continue
        if event.get("negated"):  # an act the sentence denies is no prediction of an event
            ignored += 1
            continue
        reports: dict[tuple[str, Any], str | None] = {}
        for source in event.get("sources") or ():
            for key in (source.get("article_id"), article_name(source.get("origin") or "")):
                if key in articles:
                    unit = (key, source.get("sentence_index") if per_report else None)
                    reports[unit] = _sentence_key(source.get("sentence")) if per_report else None
                    break
        if not reports:
            ignored += 1
        item = _predicted_item(event)
        for (key, _index), sentence in reports.items():
            by_article[key].append(replace(item, report=sentence))
    return by_article, ignored


def score_events(
    predicted: Iterable[dict[str, Any]],
    gold: Iterable[dict[str, Any]],
    include_all_modalities: bool = False,
    per_report: bool = False,
    unstated_places: bool = False,
) -> EventScores:
    """Precision, recall and F1 of ``predicted`` against ``gold`` at every level.

    Only asserted predictions count unless ``include_all_modalities``; a
    prediction citing no gold article is ignored (and counted as ignored), so
    scoring a run over more files than were annotated stays fair.

    ``per_report`` is for gold with one line per report (article, sentence) of
    an event, as the demo and stories corpora have: an event that cites two
    sentences of an article is then two predictions there, as its two reports
    are two gold lines, and a prediction matches only a gold line of its own
    sentence (so one event told twice cannot stand in for another). Without it
    (the seed gold: one line per event and article) an event counts once per
    article however many sentences it cites.

    ``unstated_places`` is for gold that gives a place only where its sentence names one
    (the stories corpus): there a gold line without a place says nothing about where, so
    any place passes the place level, as any date passes for a gold line without a date.
    """
    gold_by_article: dict[str, list[_Item]] = defaultdict(list)
    for row in gold:
        gold_by_article[row["article"]].append(_gold_item(row, per_report, unstated_places))
    preds_by_article, ignored = _group_predictions(
        predicted, set(gold_by_article), include_all_modalities, per_report
    )
    tp: Counter[str] = Counter()
    type_tp: Counter[str] = Counter()
    type_pred: Counter[str] = Counter()
    type_gold: Counter[str] = Counter()
    extra: dict[str, int] = {}
    missed: dict[str, int] = {}
    n_pred = n_gold = 0
    for article, golds in gold_by_article.items():
        preds = preds_by_article.get(article, [])
        n_pred += len(preds)
        n_gold += len(golds)
        type_pred.update(p.event_type for p in preds)
        type_gold.update(g.event_type for g in golds)
        for level in LEVELS:
            pairs = _max_matching(preds, golds, _CHECKS[level])
            tp[level] += len(pairs)
            if level == "type":
                type_tp.update(preds[i].event_type for i, _ in pairs)
                extra[article] = len(preds) - len(pairs)
                missed[article] = len(golds) - len(pairs)
    levels = {level: PRF(tp[level], n_pred, n_gold) for level in LEVELS}
    per_type = {
        t: PRF(type_tp[t], type_pred[t], type_gold[t]) for t in set(type_pred) | set(type_gold)
    }
    return EventScores(levels, per_type, extra, missed, ignored)


def combine(parts: Iterable[EventScores]) -> EventScores:
    """Several corpora's scores as one gold set: counts summed per level and per type (each
    corpus scored in its own unit, per event or per report)."""
    levels: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    extra: dict[str, int] = {}
    missed: dict[str, int] = {}
    ignored = 0
    for part in parts:
        for table, prfs in ((levels, part.levels), (per_type, part.per_type)):
            for key, prf in prfs.items():
                table[key][0] += prf.true_positives
                table[key][1] += prf.predicted
                table[key][2] += prf.gold
        extra.update(part.extra_per_article)
        missed.update(part.missed_per_article)
        ignored += part.ignored_predictions
    return EventScores(
        {k: PRF(*v) for k, v in levels.items()},
        {k: PRF(*v) for k, v in per_type.items()},
        extra, missed, ignored,
    )
