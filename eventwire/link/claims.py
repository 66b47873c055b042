"""Claims and disagreements: what each article states about an event, and where they differ.

Reports of one event disagree on details: one outlet dates the Moscow statement
9 November (Monday night), another 10 November; one counts nine dead, another
eleven. A merged event must not silently keep one version. Each article's
explicit statements become ``Claim`` records (estimated dates are not claims:
nobody stated them), merged events keep all claims, and a field whose claims
cannot all be true together becomes a ``Disagreement`` listing every version
with the articles that state it.

Numbers are read from the source sentence: a figure ("nine", "2,000", "1.5
billion") followed within a few words by a word naming what is counted
(killed, troops, dollars). Without the trigger's offset the whole sentence is
read; the kind word must follow the number closely, which keeps a casualty
figure from being read as a troop count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from eventwire.link.dates import parse_span
from eventwire.records import Claim, Disagreement, Event

_SMALL = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "dozens": 24,
}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_KINDS = {
    "killed": ("killed", "dead", "died", "deaths", "death", "fatalities", "lives", "casualties"),
    "wounded": ("wounded", "injured", "injuring", "hurt"),
    "troops": ("troops", "soldiers", "peacekeepers", "servicemen", "personnel", "fighters"),
    "money": ("dollars", "euros", "roubles", "rubles", "manat", "dram", "usd", "eur"),
    "distance": ("kilometres", "kilometers", "km", "miles"),
    "tonnes": ("tonnes", "tons"),
    "hours": ("hours",),
    "days": ("days",),
    "guests": ("guests", "delegates", "visitors"),
    "people": (
        "people",
        "civilians",
        "refugees",
        "residents",
        "protesters",
        "prisoners",
        "detainees",
        "captives",
    ),
}
_KIND_OF = {w: k for k, ws in _KINDS.items() for w in ws}
_TOKEN = re.compile(r"\$|\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?")
_WINDOW = 4  # words after the number looked at for what it counts
_BEFORE = 3  # words before it looked at for a casualty verb ("killed at least nine")
_CASUALTY = ("killed", "wounded")
_CLAUSE_BREAK = frozenset({"and", "but", "while", "whereas", "as", "after", "before"})


def _number(tokens: list[str], i: int) -> tuple[int, int] | None:
    """The value of the number starting at token i and how many tokens it spans."""
    tok = tokens[i].lower()
    if tok[0].isdigit():
        try:
            value = float(tok.replace(",", ""))
        except ValueError:
            return None
    elif tok in _SMALL and tok not in ("hundred",):
        value = float(_SMALL[tok])
    elif "-" in tok and all(p in _SMALL for p in tok.split("-")):
        value = float(sum(_SMALL[p] for p in tok.split("-")))
    else:
        return None
    span = 1
    while i + span < len(tokens) and tokens[i + span].lower() in _SCALE:
        value *= _SCALE[tokens[i + span].lower()]
        span += 1
    return int(value), span


def _kind(before: list[str], after: list[str], dollar: bool) -> str | None:
    """What a number counts: a casualty word near it wins over the noun it counts.

    "killed at least nine civilians", "eleven people were killed" and "nine
    dead" are all deaths; "1,960 troops" is a troop count; "$4 billion" money.
    """
    if dollar:
        return "money"
    kinds = [_KIND_OF.get(t.lower()) for t in after]
    kinds += [k for k in (_KIND_OF.get(t.lower()) for t in before) if k in _CASUALTY]
    for k in kinds:
        if k in _CASUALTY:
            return k
    return next((k for k in kinds if k), None)


def numbers(sentence: str) -> dict[str, int]:
    """Counted quantities in a sentence by kind: {"killed": 9, "troops": 1960, ...}.

    The first figure of each kind wins; a money figure may also be written "$1.5
    billion". Years ("in 2020") have no kind word near them and are ignored.
    """
    tokens = _TOKEN.findall(sentence)
    found: dict[str, int] = {}
    i = 0
    while i < len(tokens):
        got = _number(tokens, i)
        if got is None:
            i += 1
            continue
        value, span = got
        after: list[str] = []
        for tok in tokens[i + span : i + span + _WINDOW]:
            if _number([tok], 0) or tok.lower() in _CLAUSE_BREAK:
                break
            after.append(tok)
        before: list[str] = []
        for tok in reversed(tokens[max(0, i - _BEFORE) : i]):
            if _number([tok], 0):
                break
            before.append(tok)
        kind = _kind(before, after, i > 0 and tokens[i - 1] == "$")
        if kind and kind not in found:
            found[kind] = value
        i += span
    return found


CONTEXT_DATE = "context:"  # the coder's mark on a date carried over from an earlier sentence


def _stated_here(date_raw: str | None) -> bool:
    """Whether the report's own sentence states its date.

    The coder carries a date over from an earlier sentence ("context: Sunday")
    when the sentence has none; that is the coder's inference, and a wrong one
    when the article moved on to the next day ("Putin had arrived on Sunday
    evening. The two presidents signed a joint statement ..."), so it is no claim.
    """
    return not (date_raw or "").startswith(CONTEXT_DATE)


def claims_of(event: Event) -> tuple[Claim, ...]:
    """The facts a freshly coded (single-article) event states, one claim per article.

    Date only when stated in the sentence (not estimated, not carried over);
    place only when resolved to a city; participants as the sorted countries
    named; numbers from each source sentence.
    """
    out: list[Claim] = []
    articles = sorted({s.article_id for s in event.sources})
    for article in articles:
        if event.event_date and not event.date_estimated and _stated_here(event.date_raw):
            out.append(Claim("date", event.event_date, article))
        if event.location is not None and event.location.precision == "city":
            out.append(Claim("place", event.location.name, article))
        countries = sorted({a.country for a in event.actors + event.recipients if a.country})
        if countries:
            out.append(Claim("participants", ", ".join(countries), article))
        seen: set[str] = set()
        for src in event.sources:
            if src.article_id != article:
                continue
            for kind, value in numbers(src.sentence).items():
                if kind not in seen:
                    seen.add(kind)
                    out.append(Claim(kind, str(value), article))
    return tuple(out)


FIGURE_RATIO = 2.0  # figures further apart than this factor count different things


def figures_close(a: str, b: str) -> bool:
    """Two figures near enough to be two versions of one count (20 and 22 million tonnes).

    Figures an order of magnitude apart count different things that share a
    kind word: a missile's range and its splashdown distance, a year of
    shipments and one cargo, dozens detained and thousands evacuated.
    """
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return x > 0 and y > 0 and max(x, y) / min(x, y) <= FIGURE_RATIO


def _compatible(field: str, a: str, b: str) -> bool:
    """Two values of one field that can both be true (a month and a day inside it)."""
    if a == b:
        return True
    if field not in ("date", "place", "participants"):
        return not figures_close(a, b)
    if field == "date":
        sa, sb = parse_span(a), parse_span(b)
        return bool(sa and sb and sa.overlaps(sb))
    if field == "participants":  # a report naming fewer parties does not deny the others
        pa, pb = set(a.split(", ")), set(b.split(", "))
        return pa <= pb or pb <= pa
    return False


def union_claims(a: Iterable[Claim], b: Iterable[Claim]) -> tuple[Claim, ...]:
    """Both events' claims, each once; an article keeps its first claim per field."""
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for claim in (*a, *b):
        key = (claim.field, claim.article_id)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return tuple(out)


def disagreements(claims: Iterable[Claim]) -> tuple[Disagreement, ...]:
    """Fields whose stated values cannot all hold together, every version with its articles.

    A month and a day inside it agree, and so do parties where one report names
    fewer, and figures too far apart to count one thing; two different days, two
    cities, two death tolls, or party lists where each names a country the other
    lacks, do not.
    Versions are listed most supported first, then by value; fields sorted by name.
    """
    by_field: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        ids = by_field[claim.field][claim.value]
        if claim.article_id not in ids:
            ids.append(claim.article_id)
    out: list[Disagreement] = []
    for field in sorted(by_field):
        versions = by_field[field]
        values = list(versions)
        if all(_compatible(field, x, y) for x in values for y in values):
            continue
        ranked = sorted(values, key=lambda v: (-len(versions[v]), v))
        out.append(Disagreement(field, tuple((v, tuple(sorted(versions[v]))) for v in ranked)))
    return tuple(out)
