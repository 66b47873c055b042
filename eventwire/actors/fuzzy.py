"""A person the table knows, under a name misspelt by one letter ("Laurent Gbago").

Why: wire copy misspells names ("Bouteflicka", "Habyariman"), and a person not found
loses the country the table would give. The match is strict so that it cannot pick a
stranger (common first names are shared by millions, and a table of 30,000 people holds
many surnames one letter apart from a name it does not know):

* the same first name, and every other given name of the text in the table's name;
* a surname of five letters or more one edit away;
* only one person in the table fits;
* where the article is known, it names that person's country (by name, demonym or
  capital): a misspelt head of state is reported with their state.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.actors.countries import norm
from eventwire.actors.resolve import countries_in, pick
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
    first, given, last = words[0], set(words[1:-1]), words[-1]
    table = load_table()
    hits = sorted(
        {
            full
            for key, names in table.by_last.items()
            if one_edit(key, last)
            for full in names
            if norm(full).split()[0] == first and given <= set(norm(full).split()[1:-1])
        }
    )
    if len(hits) != 1:
        return None
    ref = pick((hits[0],), date, context, None)
    if ref is not None and context and ref.country not in countries_in(context):
        return None
    return ref


#: Country names and demonyms shorter than this are never corrected: "Indiana" is not
#: "Indian", "Gambia" is not "Zambia".
MIN_COUNTRY = 7


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Single-word names of states (not demonyms: "Indiana" is one letter off "Indians")."""
    import pycountry

    from eventwire.actors.countries import country_name

    names = {norm(getattr(c, "common_name", None) or c.name.split(",")[0])
             for c in pycountry.countries}
    names |= {norm(country_name(c.alpha_3) or "") for c in pycountry.countries}
    return frozenset(n for n in names if len(n) >= MIN_COUNTRY and " " not in n)


def near_country(word: str) -> str | None:
    """The one state name a single capitalised word misspells by one letter ("Ethopia",
    "Azerbajan"); None when none or several fit."""
    key = norm(word)
    if len(key) < MIN_COUNTRY or " " in key or not word[:1].isupper():
        return None
    hits = {k for k in _country_names() if one_edit(k, key)}
    return hits.pop() if len(hits) == 1 else None
