"""Place names in text -> places on the map (ISO3 country, WGS84, GeoNames id).

Public API:

* ``lookup_place(name, context_countries=())`` resolves one name;
* ``find_places(doc, context_countries=())`` finds and resolves the place
  mentions in a spaCy Doc;
* ``event_place(doc, sentence_start, sentence_end, places)`` (from
  ``places_event``) picks where the event of one sentence happened.

Only names present in the gazetteer become places: spaCy labels some people
GPE and some places PERSON ("Nakhchivan"), so the gazetteer, not the label,
decides. Ambiguous names ("Georgia", "Paris", "Armavir") are settled by the
countries the article is about, then by kind and population (see
``places_gazetteer.score``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from typing import Any

from eventwire.language.parse import doc_text
from eventwire.language.places_event import event_place
from eventwire.language.places_gazetteer import (
    CITY,
    COUNTRY,
    STATE,
    Candidate,
    acceptable,
    load_gazetteer,
    normalise,
    score,
)
from eventwire.records import Place, PlaceMention

__all__ = ["event_place", "find_places", "lookup_place"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels spaCy often puts on South Caucasus place names; kept only if _confident.
SOFT_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})
# Labels whose longer spans hide an alias inside a name ("Washington Post",
# "Baku State University"); PERSON is absent because spaCy tags Nakhchivan so.
BLOCKING_LABELS = frozenset(
    {"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "NORP", "GPE", "LOC", "FAC", "PERSON"}
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")

# Nationality words tell us what the article is about even where no country is
# named ("Azerbaijani forces near Tovuz"); used for context only, never as places.
DEMONYMS = {
    "american": "USA",
    "armenian": "ARM",
    "armenians": "ARM",
    "azerbaijani": "AZE",
    "azerbaijanis": "AZE",
    "azeri": "AZE",
    "azeris": "AZE",
    "british": "GBR",
    "chinese": "CHN",
    "french": "FRA",
    "georgian": "GEO",
    "georgians": "GEO",
    "german": "DEU",
    "iranian": "IRN",
    "israeli": "ISR",
    "kazakh": "KAZ",
    "russian": "RUS",
    "russians": "RUS",
    "turkish": "TUR",
    "ukrainian": "UKR",
    "ukrainians": "UKR",
    "belarusian": "BLR",
    "iranians": "IRN",
    "turks": "TUR",
}


def _strip(name: str) -> str:
    return _POSSESSIVE.sub("", name.strip())


def _candidates(name: str) -> list[Candidate]:
    return load_gazetteer().candidates(normalise(_strip(name)))


def _best(name: str, context_countries: tuple[str, ...]) -> Candidate | Place | None:
    """The alias Place, else the best gazetteer Candidate, else None."""
    key = normalise(_strip(name))
    if not key:
        return None
    gaz = load_gazetteer()
    alias = gaz.aliases.get(key)
    if alias is not None:
        return alias
    context = frozenset(context_countries)
    cands = [c for c in gaz.candidates(key) if acceptable(c, context)]
    if not cands:
        return None
    near = frozenset(n for iso in context for n in gaz.neighbours.get(iso, ()))
    return max(cands, key=lambda c: (score(c, context, near), c.population))


def lookup_place(name: str, context_countries: tuple[str, ...] = ()) -> Place | None:
    """Resolve a place name, or None when the gazetteer does not know it.

    ``context_countries`` are the ISO3 codes of the other actors and places in
    the article; they settle ambiguous names before population does.
    """
    best = _best(name, context_countries)
    return best.place if isinstance(best, Candidate) else best


def _confident(name: str, context_countries: tuple[str, ...]) -> bool:
    """Whether a name spaCy did not label a place is a place all the same.

    spaCy tags "Tbilisi" PERSON and "Tovuz" PRODUCT; we take such a span only
    when it is an alias, a country, or a city by its main name that is large
    or lies in a country the article is about, so "Michel" stays a person.
    """
    best = _best(name, context_countries)
    if best is None or isinstance(best, Place):
        return best is not None
    if best.kind == COUNTRY:
        return True
    if name.lower() in DEMONYMS:
        return False
    return (
        best.kind == CITY
        and best.primary
        and (best.population >= 100_000 or best.place.country in context_countries)
    )


def unambiguous_country(name: str) -> str | None:
    """The ISO3 country of a name that can only be in one country, else None.

    Used to build an article's context from its own text: "Georgia" (country
    or US state) does not count, "Yerevan" and "Azerbaijan" do.
    """
    key = normalise(_strip(name))
    alias = load_gazetteer().aliases.get(key)
    if alias is not None:
        return alias.country
    cands = [c for c in _candidates(name) if acceptable(c, frozenset())]
    # A country name outranks towns named after it ("Armenia", Colombia), but
    # not a state of the same name ("Georgia").
    big = {c.place.country for c in cands if c.kind in (COUNTRY, STATE)}
    if any(c.kind == COUNTRY for c in cands):
        return big.pop() if len(big) == 1 else None
    countries = {c.place.country for c in cands}
    return countries.pop() if len(countries) == 1 else None


@lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern[str]:
    """Case-sensitive alternation of the alias spellings, longest first."""
    import csv

    from eventwire.language.places_gazetteer import DATA

    with (DATA / "place_aliases.csv").open(encoding="utf-8", newline="") as handle:
        spellings = {row["alias"] for row in csv.DictReader(handle)}
    spellings = {s for s in spellings if not s.lower().startswith("the ")}
    body = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of an entity without a leading "the" or a trailing possessive."""
    span = text[start:end]
    at_sentence_start = start == 0 or text[:start].rstrip()[-1:] in (".", "!", "?", "\n", '"')
    if span.startswith("the ") or (span.startswith("The ") and at_sentence_start):
        start += 4
    match = _POSSESSIVE.search(text[start:end])
    if match and match.start() > 0:
        end = start + match.start()
    return start, end


def _spans(doc: Any) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Candidate place spans (spaCy places, alias matches spaCy missed) and
    the subset that spaCy labelled as something else (to be checked harder)."""
    text = doc_text(doc)
    spans = [_trim(text, e.start_char, e.end_char) for e in doc.ents if e.label_ in PLACE_LABELS]
    soft = {_trim(text, e.start_char, e.end_char) for e in doc.ents if e.label_ in SOFT_LABELS}
    blockers = [
        _trim(text, e.start_char, e.end_char) for e in doc.ents if e.label_ in BLOCKING_LABELS
    ]
    # Entities never overlap one another, so each question below reads only the few
    # entities near a match (by bisection), not all of them: linear in the article.
    blockers.sort()
    blocker_ends = [e for _s, e in blockers]
    from_ents = sorted(set(spans) | soft)
    ent_starts = [s for s, _e in from_ents]
    span_set = set(spans)
    for match in _alias_pattern().finditer(text):
        here = (match.start(), match.end())
        # blocked only by an entity reaching outside the match ("Washington Post");
        # one inside it ("Lachin" PERSON in "Lachin corridor") is superseded.
        clash = False
        for i in range(bisect.bisect_right(blocker_ends, here[0]), len(blockers)):
            s, e = blockers[i]
            if s >= here[1]:
                break
            if not (here[0] <= s and e <= here[1]):
                clash = True
                break
        if not clash and here not in span_set:
            for i in range(bisect.bisect_left(ent_starts, here[0]), len(from_ents)):
                inner = from_ents[i]
                if inner[0] >= here[1]:
                    break
                if inner[1] <= here[1]:
                    span_set.discard(inner)
                    soft.discard(inner)
            span_set.add(here)
    taken = sorted(span_set | soft | set(blockers))
    starts = [s for s, _e in taken]
    reach = list(itertools.accumulate((e for _s, e in taken), max))  # furthest end so far
    for start, end in _proper_noun_runs(doc):
        before = bisect.bisect_left(starts, end)  # the spans that start before the run ends
        if not (before and reach[before - 1] > start):
            soft.add((start, end))
    return sorted(span_set | soft), soft


def _proper_noun_runs(doc: Any) -> list[tuple[int, int]]:
    """Runs of proper nouns outside any entity: spaCy leaves "Kyiv" unlabelled."""
    runs: list[tuple[int, int]] = []
    text = doc_text(doc)
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper():
            continue
        if runs and runs[-1][1] == tok.idx - 1 and text[tok.idx - 1] == " ":
            runs[-1] = (runs[-1][0], tok.idx + len(tok.text))
        else:
            runs.append((tok.idx, tok.idx + len(tok.text)))
    return runs


def _is_country(name: str) -> bool:
    best = _best(name, ())
    return isinstance(best, Candidate) and best.kind == COUNTRY


def _context(doc: Any, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    found: list[str] = []
    text = doc_text(doc)
    for start, end in spans:
        iso = unambiguous_country(text[start:end])
        if iso and iso not in found:
            found.append(iso)
    for ent in doc.ents:
        iso = DEMONYMS.get(ent.text.lower()) if ent.label_ == "NORP" else None
        if iso and iso not in found:
            found.append(iso)
    return tuple(found)


def find_places(doc: Any, context_countries: tuple[str, ...] = ()) -> tuple[PlaceMention, ...]:
    """Every place mention in a spaCy Doc, resolved, with offsets into ``doc.text``.

    When ``context_countries`` is empty the article's own unambiguous place
    names and nationality words supply it (a first pass), so "Georgia" in a
    story about Baku and Yerevan resolves to the country in the second pass.
    Names the gazetteer does not know are dropped.
    """
    spans, soft = _spans(doc)
    whole = doc_text(doc)
    hard = [span for span in spans if span not in soft or _is_country(whole[span[0] : span[1]])]
    context = context_countries or _context(doc, hard)
    mentions = []
    for start, end in spans:
        text = whole[start:end]
        if not text[:1].isupper():
            continue
        if (start, end) in soft and not _confident(text, context):
            continue
        place = lookup_place(text, context)
        if place is not None:
            mentions.append(PlaceMention(text, start, end, place))
    return tuple(mentions)
