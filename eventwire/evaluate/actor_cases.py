"""Actor resolution measured on NGEC's actor-resolution cases (third-party, ../shared).

``../shared/data/ngec-actor-cases-dev/actor_resolution_cases.jsonl`` holds cases of NGEC's
test suite: a ``query`` ("American warplanes", "Defense Minister", "Jüri Ratas"), an optional
``context`` and ``date``, and what NGEC expects. Each case is resolved exactly as
``eventwire resolve`` does it: ``actors.resolve(query, date, context)``. Cases are taken by
sealed split (``split_of("ngec-actor-cases", case["test"])``, decided from the test name
before anything else of the case is looked at); the test split is only scored as a whole.

What is compared, field by field (the figure is the fraction of compared fields right):

* ``country`` when the case expects one: our country code must equal it exactly (NGEC and
  eventwire both write ISO3 and the CAMEO codes such as UNO, EUR, IGO); an expected ``""``
  means no country, so ours must be null.
* ``sector`` when the case expects a ``code_1``: our sector must equal it. An expected
  ``""``, ``UNK`` (unknown) or ``JNK`` (junk) means no sector, so ours must be null or
  ``UNK`` (PLOVER's "unknown", which eventwire also writes for "two men"). NGEC's
  ``code_2`` (a secondary sector) is not compared: eventwire gives one sector.
* ``name`` when the case expects a Wikipedia ``title`` (NGEC's ``query_wiki`` cases): our
  actor's name must equal the title, compared without case, accents or punctuation. The
  ``wiki`` field of the other cases is not compared (our names are not Wikipedia's titles).
* ``none`` when an ``agent_to_code`` or ``trf_agent_match`` case expects nothing
  (``expected == {}``: "a cat", "puppies", an unknown bare name): right when we give no
  country and no sector.

Skipped, and counted as skipped: cases with ``active: false`` (NGEC itself skipped them,
so their expectations were never asserted) and ``search_nat`` cases with an empty
``expected`` (the export kept no expectation for them).

Dates: ISO dates are used as given, "12 April 2022" is read as a day; "today" (any case)
is read as ``TODAY``, 2023-01-01, fixed so the figure does not drift (NGEC's suite was
written in 2022, and its "today" expectations are that time's); no date is None.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from eventwire.evaluate.corpora import SHARED
from eventwire.evaluate.splits import Split, split_of
from eventwire.records import ActorRef

CASES = SHARED / "data" / "ngec-actor-cases-dev" / "actor_resolution_cases.jsonl"
CORPUS = "ngec-actor-cases"
#: What NGEC's "today" means here (see the module docstring).
TODAY = "2023-01-01"
#: Expected sectors that mean "no sector".
NO_SECTOR = {"", "UNK", "JNK"}
#: Methods whose empty expectation means "not an actor".
NONE_METHODS = {"agent_to_code", "trf_agent_match"}
FIELDS = ("country", "sector", "name", "none")


@dataclass(frozen=True)
class Case:
    """One NGEC case: its test name, method, query, context, ISO date and expectation."""

    test: str
    method: str
    query: str
    context: str | None
    date: str | None
    expected: dict[str, str]
    active: bool


@dataclass
class CaseScores:
    """Right and compared counts per field, plus cases scored and skipped."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    compared: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    cases: int = 0
    all_right: int = 0
    skipped: int = 0

    def to_json(self) -> dict[str, float]:
        total = sum(self.compared.values())
        out: dict[str, float] = {
            "fields": sum(self.right.values()) / total if total else 0.0,
            "cases_all_right": self.all_right / self.cases if self.cases else 0.0,
            "n": self.cases,
            "n_fields": total,
            "skipped": self.skipped,
        }
        for name in FIELDS:
            if self.compared[name]:
                out[name] = self.right[name] / self.compared[name]
        return out


def iso_date(raw: str) -> str | None:
    """The case's date as ISO (None when it has none); see the module docstring."""
    text = raw.strip()
    if not text:
        return None
    if text.lower() == "today":
        return TODAY
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def load_cases(splits: Iterable[Split], path: Path = CASES) -> list[Case]:
    """The cases of ``splits``; raises FileNotFoundError naming the file where absent."""
    wanted = set(splits)
    if not path.is_file():
        raise FileNotFoundError(f"{path} is absent: NGEC's cases live only in ../shared")
    out = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            row = json.loads(raw)
            if split_of(CORPUS, row["test"]) not in wanted:
                continue
            out.append(
                Case(
                    test=row["test"],
                    method=row.get("method", ""),
                    query=row["query"],
                    context=row.get("context") or None,
                    date=iso_date(row.get("date") or ""),
                    expected=dict(row.get("expected") or {}),
                    active=bool(row.get("active", True)),
                )
            )
    return out


def _plain(text: str | None) -> str:
    """Lower case, no accents, letters and digits only: "Vetëvendosje" = "vetevendosje"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.lower().split())


def compare(case: Case, ref: ActorRef | None) -> dict[str, bool] | None:
    """Each compared field of one case: right or not (None when the case is skipped)."""
    if not case.active:
        return None
    exp = case.expected
    country = ref.country if ref else None
    sector = ref.sector if ref else None
    if not exp:
        if case.method not in NONE_METHODS:
            return None
        return {"none": country is None and sector is None}
    out: dict[str, bool] = {}
    if "country" in exp:
        out["country"] = (country or "") == exp["country"]
    if "code_1" in exp:
        want = exp["code_1"]
        out["sector"] = sector in (None, "UNK") if want in NO_SECTOR else sector == want
    if "title" in exp:
        out["name"] = bool(ref and ref.name) and _plain(ref.name if ref else "") == _plain(
            exp["title"]
        )
    return out or None


def resolve_case(case: Case) -> ActorRef | None:
    """Our answer to a case, exactly as ``eventwire resolve`` gives it."""
    from eventwire.actors import resolve

    return resolve(case.query.strip(), case.date, case.context)


def score_cases(cases: Iterable[Case]) -> CaseScores:
    """Field accuracy over the cases (see the module docstring for what is compared)."""
    scores = CaseScores()
    for case in cases:
        result = compare(case, resolve_case(case))
        if result is None:
            scores.skipped += 1
            continue
        scores.cases += 1
        scores.all_right += all(result.values())
        for name, right in result.items():
            scores.compared[name] += 1
            scores.right[name] += right
    return scores


#: The figures reported: development (train and validation together) and the sealed test.
GROUPS: dict[str, tuple[Split, ...]] = {"dev": ("train", "validation"), "test": ("test",)}


def actor_case_figures(path: Path = CASES) -> dict[str, dict[str, float]]:
    """{"dev": figures, "test": figures}: each group of splits scored on its own."""
    return {
        name: score_cases(load_cases(splits, path)).to_json() for name, splits in GROUPS.items()
    }


def errors(cases: Iterable[Case]) -> Iterator[tuple[Case, ActorRef | None, dict[str, bool]]]:
    """The cases with a wrong field, for development splits only (never call it on test)."""
    for case in cases:
        ref = resolve_case(case)
        result = compare(case, ref)
        if result is not None and not all(result.values()):
            yield case, ref, result
