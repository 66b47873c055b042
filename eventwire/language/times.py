"""Find date and time expressions in a parsed article and normalise them to TIMEX3 values.

Spans come from our own surface patterns (``times_rules``), with spaCy's
DATE/TIME entities used as evidence where a pattern alone is ambiguous (a bare
"1990", a bare "May"). Values are resolved against the publication date, and
year-less dates follow the tense of the verb that governs them, because a news
story that "met on March 3" means the last March 3, one that "will meet" the next.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from eventwire.language import times_calendar as cal
from eventwire.language.times_dateline import estimate_publication_date
from eventwire.language.times_patterns import RULES
from eventwire.language.times_rules import Context, NoAnchor, Norm
from eventwire.records import TimeExpr

__all__ = ["estimate_publication_date", "find_times", "tense_of"]

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d", "must", "should", "may", "might"}
FUTURE_HEADS = {
    "plan", "expect", "intend", "aim", "schedule", "go", "set", "hope", "want", "prepare",
    "seek", "agree", "promise", "vow", "pledge", "threaten", "due", "propose", "decide",
    "postpone", "delay", "ready", "likely", "able", "try", "ask", "invite", "urge",
}  # fmt: skip
#: Participles that put their date ahead ("a summit set for April", "talks scheduled for
#: Monday"); "agreed in March" or "had promised on November 10" report a past act.
SCHEDULE_PARTICIPLES = {
    "plan", "expect", "schedule", "set", "due", "propose", "postpone", "delay", "slate",
    "intend", "aim",
}  # fmt: skip
ADJECTIVE_DURATION = re.compile(r"the \w+-[a-z]+$", re.IGNORECASE)
LIST_GLUE = re.compile(r"^\s*(?:,|;|and|or|to|through|until|-|–|,\s*and|,\s*or|and\s+on)?\s*$")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    match: re.Match[str]
    tense: str
    date_entity: bool
    sentence: int


def tense_of(token: Any) -> str:
    """Tense of a spaCy verb token: "past", "present" or "future".

    Future covers will/shall/would, "is going to", "plans to", "is expected to";
    past covers simple past, perfects and bare participles ("talks held on Monday").
    Anything that is not a verb reads as "present", which callers treat as unknown.
    """
    if token.lower_ in FUTURE_AUX and token.tag_ == "MD":
        return "future"
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in aux):
        return "future"
    head = token.head
    if token.dep_ == "xcomp" and head is not token:
        if head.lemma_ in FUTURE_HEADS:
            return "future"
        return tense_of(head) if head.pos_ in ("VERB", "AUX") else "present"
    if token.tag_ == "VBN" and token.lemma_ in SCHEDULE_PARTICIPLES:
        return "future"  # "a summit set for April", "talks have been scheduled for Monday"
    if any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux):
        return "past"
    if token.tag_ == "VBD":
        return "past"
    if token.tag_ == "VBN":
        if any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in aux):
            return "present"
        return "past"
    return "present"


#: Dependencies by which a date hangs directly from a noun or adjective.
NOMINAL_DEPS = {"compound", "nmod", "amod", "npadvmod", "nummod", "pobj"}


def _governing_tense(doc: Any, start: int, end: int) -> tuple[str, bool, int]:
    """Tense of the verb the span hangs from, whether spaCy saw a DATE/TIME there, and
    the character offset of the sentence it is in."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "present", False, -1
    is_entity = any(t.ent_type_ in ("DATE", "TIME") for t in span)
    sentence = span[0].sent.start_char if doc.has_annotation("SENT_START") else -1
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
            return tense_of(token), is_entity, sentence
        if token.head is token:
            break
        if token.dep_ in NOMINAL_DEPS and token.head.pos_ in ("NOUN", "ADJ"):
            # "the Jan. 14 deadline", "payable Dec. 15": the date belongs to a noun, and the
            # verb's tense says nothing about it; the nearest such date is meant.
            return "present", is_entity, sentence
        token = token.head
    return "present", is_entity, sentence


def _candidates(doc: Any, anchor: dt.date | None) -> list[_Candidate]:
    text = doc.text
    found: list[_Candidate] = []
    for order, (_name, pattern, handler) in enumerate(RULES):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in " \t\n,-":
                end -= 1
            if ADJECTIVE_DURATION.match(text, start, end):
                start += 4  # "the six-week conflict": the determiner belongs to the noun
            tense, is_entity, sentence = _governing_tense(doc, start, end)
            ctx = Context(anchor=anchor, tense=tense, date_entity=is_entity)
            try:
                if handler(m, ctx) is None:
                    continue
            except NoAnchor:
                continue
            found.append(_Candidate(start, end, order, m, tense, is_entity, sentence))
    return found


def _choose(found: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest non-overlapping matches, earlier rules first on ties."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, c.order, c.start)):
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def _borrowed_years(text: str, chosen: list[_Candidate], norms: list[Norm]) -> list[int | None]:
    """Years lent along a list: "November 9, 2020, January 11, and November 26, 2021"."""
    lent: list[int | None] = [None] * len(chosen)
    following: int | None = None
    for i in range(len(chosen) - 1, -1, -1):
        norm = norms[i]
        if norm.explicit_year is not None:
            following = norm.explicit_year
        elif norm.month_day is not None and following is not None:
            lent[i] = following
        else:
            following = None
        if i > 0 and not LIST_GLUE.match(text[chosen[i - 1].end : chosen[i].start]):
            following = None
    return lent


def _lend_year(norm: Norm, year: int) -> Norm:
    month, day = norm.month_day or (0, 0)
    if day == 0:
        return replace(norm, value=f"{year:04d}-{month:02d}")
    date = cal.safe_date(year, month, day)
    return replace(norm, value=date.isoformat()) if date else norm


#: What may stand between a clock time and the day it is on: "5 p.m. EST, Nov. 9",
#: "noon Thursday" (a preposition between them means TimeML keeps two expressions).
CLOCK_DAY_GAP = re.compile(r"\s*,?\s*")
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _join_clock_day(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """Join a clock time and the day right after it into one TIME ("noon Thursday").

    Alone, the clock time can only take the last day the text mentioned and the
    weekday loses its hour; TimeML annotates the pair as one expression on that day.
    """
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        cur = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and cur.type == "TIME"
            and "T" in cur.value
            and ISO_DAY.fullmatch(nxt.value)
            and CLOCK_DAY_GAP.fullmatch(text[cur.end : nxt.start])
        ):
            clock = cur.value.split("T", 1)[1]
            out.append(replace(cur, text=text[cur.start : nxt.end], end=nxt.end,
                               value=f"{nxt.value}T{clock}"))  # fmt: skip
            i += 2
            continue
        out.append(cur)
        i += 1
    return out


def find_times(doc: Any, anchor: str | None) -> tuple[TimeExpr, ...]:
    """Every time expression in ``doc`` with its TIMEX3 value, resolved against ``anchor``.

    ``anchor`` is the publication date (YYYY-MM-DD). Without it explicit dates
    still resolve, year-less ones come out as "XXXX-MM-DD", and purely relative
    ones ("yesterday") are left out because they cannot be placed.
    """
    anchor_date = cal.parse_anchor(anchor)
    text = doc.text
    chosen = _choose(_candidates(doc, anchor_date))
    first_pass = [
        RULES[c.order][2](c.match, Context(anchor_date, c.tense, date_entity=c.date_entity))
        for c in chosen
    ]
    norms = [n if n is not None else Norm("", "") for n in first_pass]
    lent = _borrowed_years(text, chosen, norms)
    out: list[TimeExpr] = []
    last_day: dt.date | None = None
    last_quarter: tuple[int, int] | None = None
    # The last explicit date in the current sentence: "began on September 27, 2020, and
    # ended on November 10" means November 10 of that year, not of the anchor's.
    sentence_date: tuple[int, str] | None = None
    for cand, year in zip(chosen, lent, strict=True):
        ctx = Context(anchor_date, cand.tense, last_day, last_quarter, cand.date_entity)
        try:
            norm = RULES[cand.order][2](cand.match, ctx)
        except NoAnchor:
            continue
        if norm is None:
            continue
        if year is not None:
            norm = _lend_year(norm, year)
        elif norm.month_day and sentence_date and sentence_date[0] == cand.sentence:
            earlier = sentence_date[1]
            norm = _lend_year(norm, int(earlier[:4]))
            if norm.value < earlier[: len(norm.value)]:
                norm = _lend_year(norm, int(earlier[:4]) + 1)
        if norm.explicit_year is not None and re.match(r"\d{4}-\d\d", norm.value):
            sentence_date = (cand.sentence, norm.value)
        out.append(
            TimeExpr(
                text=text[cand.start : cand.end],
                start=cand.start,
                end=cand.end,
                value=norm.value,
                precision=norm.precision,
                type=norm.type,
                anchor=anchor,
            )
        )
        if norm.precision == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", norm.value):
            last_day = dt.date.fromisoformat(norm.value)
        quarter = re.fullmatch(r"(\d{4})-Q([1-4])", norm.value)
        if quarter and RULES[cand.order][0] in ("quarter", "qshort", "yearquarter"):
            last_quarter = (int(quarter.group(1)), int(quarter.group(2)))
    return tuple(_join_clock_day(text, out))
