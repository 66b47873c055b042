"""CAMEO codes: their quad class and the PLOVER event, mode and contexts they map to.

Downstream users filter and chart events by quad class (verbal/material cooperation or
conflict), which CAMEO defines by the two-digit root of the code, so the coder derives it
from the code rather than from the PLOVER type. The PLOVER contexts of a code come from the
CAMEO→PLOVER crosswalk (openeventdata/PLOVER, CC BY-SA 4.0), shipped as a derived table in
``data/cameo_plover.tsv``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwire.errors import EventwireError

#: CAMEO root code ranges → quad class (1 verbal cooperation, 2 material cooperation,
#: 3 verbal conflict, 4 material conflict), as in Phoenix and GDELT.
_QUAD_BY_ROOT: dict[int, int] = {
    **dict.fromkeys(range(1, 6), 1),
    **dict.fromkeys(range(6, 9), 2),
    **dict.fromkeys(range(9, 14), 3),
    **dict.fromkeys(range(14, 21), 4),
}

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class CameoEntry:
    """One row of the crosswalk: what PLOVER makes of a CAMEO code."""

    code: str
    event: str
    mode: str | None
    contexts: tuple[str, ...]
    description: str


def _check_code(code: str) -> None:
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise EventwireError(
            "E301",
            f"{code!r} is not a CAMEO code (2 to 4 digits as a string, e.g. '042', '0871')",
            "pass the code as a string with its leading zeros",
        )


def quad_class(code: str) -> int:
    """The quad class (1-4) of a CAMEO code, from its two-digit root."""
    _check_code(code)
    root = int(code[:2])
    if root not in _QUAD_BY_ROOT:
        raise EventwireError(
            "E302",
            f"CAMEO code {code!r} has root {root:02d}, outside CAMEO's 01-20",
            "check the trigger lexicon entry that produced it",
        )
    return _QUAD_BY_ROOT[root]


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, CameoEntry]:
    """The CAMEO→PLOVER table, keyed by code string (leading zeros kept)."""
    text = (
        resources.files("eventwire.coding")
        .joinpath("data/cameo_plover.tsv")
        .read_text(encoding="utf-8")
    )
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    table: dict[str, CameoEntry] = {}
    for row in csv.DictReader(rows, delimiter="\t"):
        contexts = tuple(c for c in (row["contexts"] or "").split(";") if c)
        table[row["code"]] = CameoEntry(
            code=row["code"],
            event=row["event"],
            mode=row["mode"] or None,
            contexts=contexts,
            description=row["description"],
        )
    return table


def lookup(code: str) -> CameoEntry | None:
    """The crosswalk entry for ``code``, or for its nearest listed parent code."""
    _check_code(code)
    table = crosswalk()
    for length in range(len(code), 2, -1):
        entry = table.get(code[:length])
        if entry is not None:
            return entry
    return None


def contexts_for(code: str) -> tuple[str, ...]:
    """The PLOVER contexts the crosswalk gives a CAMEO code (empty when none)."""
    entry = lookup(code)
    return entry.contexts if entry else ()
