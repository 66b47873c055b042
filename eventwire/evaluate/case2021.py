"""The CASE 2021 task 2 snippets (../shared, development half): is the right kind of event
coded, and nothing where nothing political happened?

Each snippet is coded as one article. Its ACLED-style subtype names a *family* of PLOVER
types a careful coder could give it (``FAMILIES``, written from ACLED's and PLOVER's
definitions before reading the snippets); the snippet is right when its most confident coded
event that happened has a type of that family (``right_any``: any such event does), or,
for disasters and ordinary crime, when no event is coded at all. The figure is the recall
per ACLED event group, averaged over the groups (battles, explosions, violence against
civilians, protests, riots, strategic developments, non-political),
so that a common group cannot hide a weak one.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate.coded import code_text, happened
from eventwire.evaluate.splits import Split, split_of

_VIOLENCE = frozenset({"ASSAULT"})
#: ACLED subtype → (ACLED group, the PLOVER types that report it; empty: no event).
FAMILIES: dict[str, tuple[str, frozenset[str]]] = {
    "ARMED_CLASH": ("battles", _VIOLENCE | {"COERCE"}),
    "GOV_REGAINS_TERIT": ("battles", _VIOLENCE | {"COERCE"}),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("battles", _VIOLENCE | {"COERCE"}),
    "AIR_STRIKE": ("explosions", _VIOLENCE),
    "ART_MISS_ATTACK": ("explosions", _VIOLENCE),
    "GRENADE": ("explosions", _VIOLENCE),
    "SUIC_BOMB": ("explosions", _VIOLENCE),
    "REM_EXPLOS": ("explosions", _VIOLENCE),
    "CHEM_WEAP": ("explosions", _VIOLENCE),
    "ATTACK": ("violence", _VIOLENCE),
    "SEX_VIOL": ("violence", _VIOLENCE),
    "ABDUCT_DISSAP": ("violence", _VIOLENCE),
    "PEACE_PROTEST": ("protests", frozenset({"PROTEST"})),
    "PROTEST_WITH_INTER": ("protests", frozenset({"PROTEST", "COERCE", "ASSAULT"})),
    "FORCE_AGAINST_PROTEST": ("protests", frozenset({"PROTEST", "COERCE", "ASSAULT"})),
    "VIOL_DEMONSTR": ("riots", frozenset({"PROTEST", "ASSAULT"})),
    "MOB_VIOL": ("riots", frozenset({"PROTEST", "ASSAULT"})),
    "AGREEMENT": ("strategic", frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"})),
    "ARREST": ("strategic", frozenset({"COERCE"})),
    "DIPLO": ("strategic", frozenset({"CONSULT", "SUPPORT", "AGREE", "COOPERATE", "ACCUSE",
                                      "REQUEST", "REJECT", "SANCTION", "THREATEN", "AID"})),
    "CHANGE_TO_GROUP_ACT": ("strategic", frozenset({"MOBILIZE", "RETREAT"})),
    "HQ_ESTABLISHED": ("strategic", frozenset({"MOBILIZE"})),
    "NON_VIOL_TERRIT_TRANSFER": ("strategic", frozenset({"RETREAT", "COERCE"})),
    "PROPERTY_DISTRUCT": ("strategic", _VIOLENCE),
    "ATTRIB": ("strategic", frozenset({"ACCUSE", "ASSAULT"})),
    "NATURAL_DISASTER": ("non-political", frozenset()),
    "MAN_MADE_DISASTER": ("non-political", frozenset()),
    "ORG_CRIME": ("non-political", frozenset()),
}  # "OTHER" names no family and is left out


@dataclass(frozen=True)
class CaseRow:
    snippet_id: str
    subtype: str
    group: str
    predicted: frozenset[str]
    top: str  # "NONE" when nothing was coded
    right: bool
    right_any: bool


@dataclass(frozen=True)
class CaseScores:
    rows: tuple[CaseRow, ...]

    def recall_by_group(self) -> dict[str, float]:
        groups: dict[str, list[bool]] = defaultdict(list)
        for r in self.rows:
            groups[r.group].append(r.right)
        return {g: sum(v) / len(v) for g, v in sorted(groups.items())}

    @property
    def macro_recall(self) -> float:
        by = self.recall_by_group()
        return sum(by.values()) / len(by) if by else 0.0

    @property
    def macro_recall_any(self) -> float:
        groups: dict[str, list[bool]] = defaultdict(list)
        for r in self.rows:
            groups[r.group].append(r.right_any)
        return sum(sum(v) / len(v) for v in groups.values()) / len(groups) if groups else 0.0

    def to_json(self) -> dict[str, float]:
        out = {"snippets": float(len(self.rows)), "macro_recall": round(self.macro_recall, 4),
               "macro_recall_any": round(self.macro_recall_any, 4)}
        out.update({f"recall.{g}": round(v, 4) for g, v in self.recall_by_group().items()})
        return out


def score_case2021(path: Path, splits: tuple[Split, ...], detector: bool = True) -> CaseScores:
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t")
                if split_of("case2021", r["id"]) in splits and r["SubType"] in FAMILIES]
    out = []
    for row in rows:
        group, allowed = FAMILIES[row["SubType"]]
        _, events = code_text(row["EventSnippet"], f"case2021-{row['id']}", detector=detector)
        done = happened(events)
        predicted = frozenset(e.event_type for e in done)
        top = max(done, key=lambda e: e.confidence).event_type if done else "NONE"
        right = top == "NONE" if not allowed else top in allowed
        right_any = not predicted if not allowed else bool(predicted & allowed)
        out.append(CaseRow(row["id"], row["SubType"], group, predicted, top, right, right_any))
    return CaseScores(tuple(out))
