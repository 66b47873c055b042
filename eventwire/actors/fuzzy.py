"""A person the table knows, under a name misspelt by one letter ("Laurent Gbago").

Why: wire copy misspells names ("Bouteflicka", "Habyariman"), and a person not found
loses the country the table would give. The match is strict so that it cannot pick a
stranger: same first name, a surname of five letters or more one edit away, and only
one person in the table fits.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.actors.countries import norm
from eventwire.actors.resolve import pick
from eventwire.actors.table import load_table
from eventwire.records import ActorRef

MIN_SURNAME = 5


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion or substitution apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@lru_cache(maxsize=2048)
def near_person(name: str, date: str | None = None, context: str | None = None) -> ActorRef | None:
    """The one table person whose name is ``name`` with its surname one letter off."""
    words = norm(name).split()
    if len(words) < 2 or len(words[-1]) < MIN_SURNAME:
        return None
    first, last = words[0], words[-1]
    table = load_table()
    hits = sorted(
        {
            full
            for key, names in table.by_last.items()
            if one_edit(key, last)
            for full in names
            if norm(full).split()[0] == first
        }
    )
    if len(hits) != 1:
        return None
    return pick((hits[0],), date, context, None)
