"""TempEval-3 style scoring of time expressions, and a reader for TimeML files.

Scores follow UzZaman et al. (2013): strict span F1 (identical offsets),
relaxed span F1 (any overlap), value F1 (relaxed matches whose value is also
right, over all system and all gold expressions), and type accuracy over the
relaxed matches. The reader turns a .tml file into plain text with character
offsets so that any extractor can be scored on the text it would really see.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from eventwire.errors import EventwireError


class Timex(Protocol):
    """Anything with offsets, a value and a type: gold TIMEX3s and ``TimeExpr`` both fit."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class GoldTimex:
    text: str
    start: int
    end: int
    value: str
    type: str


@dataclass(frozen=True)
class TimemlDoc:
    """One TimeML document: the plain text of <TEXT>, its creation date, its gold TIMEX3s."""

    doc_id: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class Confusion:
    """One disagreement: kind is "value", "type", "missed" or "spurious"."""

    kind: str
    text: str
    gold: str
    system: str
    doc_id: str = ""


@dataclass
class TimexCounts:
    """Running totals over documents; mutable only while a run accumulates them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    confusions: list[Confusion] = field(default_factory=list)

    def add(self, other: TimexCounts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.confusions.extend(other.confusions)


@dataclass(frozen=True)
class TimexScores:
    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_p: float
    value_r: float
    value_f1: float
    value_accuracy: float
    type_accuracy: float


def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(counts: TimexCounts) -> TimexScores:
    """Turn totals into TempEval-3 precision, recall and F1 figures."""
    sp, sr, sf = _prf(counts.strict, counts.system, counts.gold)
    rp, rr, rf = _prf(counts.relaxed, counts.system, counts.gold)
    vp, vr, vf = _prf(counts.value, counts.system, counts.gold)
    matched = counts.relaxed or 1
    return TimexScores(sp, sr, sf, rp, rr, rf, vp, vr, vf,
                       counts.value / matched, counts.type / matched)  # fmt: skip


def match_timexes(gold: Sequence[Timex], system: Sequence[Timex], doc_id: str = "") -> TimexCounts:
    """Pair gold and system expressions one to one by overlap and count agreements.

    Each gold expression pairs with the overlapping system expression that
    shares the most characters (exact matches first), so a system that splits
    one gold span in two gets one match and one spurious expression.
    """
    counts = TimexCounts(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        best, best_overlap = -1, 0
        for i, s in enumerate(system):
            if i in used:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            exact = (s.start, s.end) == (g.start, g.end)
            if overlap > 0 and (exact or overlap > best_overlap):
                best, best_overlap = i, (10**9 if exact else overlap)
        if best < 0:
            counts.confusions.append(Confusion("missed", g.text, g.value, "", doc_id))
            continue
        used.add(best)
        s = system[best]
        counts.relaxed += 1
        counts.strict += (s.start, s.end) == (g.start, g.end)
        counts.value += s.value == g.value
        counts.type += s.type == g.type
        if s.value != g.value:
            counts.confusions.append(
                Confusion("value", f"{g.text} / {s.text}", g.value, s.value, doc_id)
            )
        elif s.type != g.type:
            counts.confusions.append(Confusion("type", g.text, g.type, s.type, doc_id))
    for i, s in enumerate(system):
        if i not in used:
            counts.confusions.append(Confusion("spurious", s.text, "", s.value, doc_id))
    return counts


def _walk(node: ET.Element, parts: list[str], timexes: list[GoldTimex], offset: int) -> int:
    if node.text:
        parts.append(node.text)
        offset += len(node.text)
    for child in node:
        start = offset
        offset = _walk(child, parts, timexes, offset)
        if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
            covered = "".join(parts)[start:offset]
            timexes.append(
                GoldTimex(covered, start, offset, child.get("value", ""), child.get("type", ""))
            )
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def read_timeml(path: Path) -> TimemlDoc:
    """Read a .tml file: plain text of <TEXT>, the creation-time value, gold TIMEX3 offsets."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise EventwireError(
            "E701", f"cannot read TimeML file {path}: {exc}", "check the file is TimeML 1.2 XML"
        ) from exc
    body = root.find(".//TEXT")
    if body is None:
        raise EventwireError("E702", f"{path} has no <TEXT> element", "is this a TimeML file?")
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
            break
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(body, parts, timexes, 0)
    doc_id = root.findtext("DOCID") or path.stem
    return TimemlDoc(doc_id.strip(), "".join(parts), dct, tuple(timexes))


def timeml_files(folder: Path) -> list[Path]:
    """All .tml files under ``folder`` in a stable order."""
    return sorted(folder.rglob("*.tml"))


def worst_confusions(confusions: Iterable[Confusion], top: int = 30) -> list[tuple[int, str]]:
    """The most frequent disagreements, lower-cased and counted, for error analysis."""
    tally: dict[str, int] = {}
    for c in confusions:
        key = f"{c.kind:8} {c.text.lower()!r:40} gold={c.gold} sys={c.system}"
        tally[key] = tally.get(key, 0) + 1
    return sorted(((n, k) for k, n in tally.items()), reverse=True)[:top]
