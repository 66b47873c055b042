"""Domestic politics by default: whose country a society group is when no word says.

A state's authorities acting on a group that names no country, or such a group acting on
them, make the group that state's ("Turkish police dispersed students", "opposition
parties accused the prime minister"); PLOVER's gold codes them so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from eventwire.records import ActorRef

#: A state's authorities, and the society groups they act on (or that act on them).
AUTHORITIES = frozenset({"GOV", "COP", "JUD", "LEG"})
#: A state's posts abroad: whoever acts on them is not of that state.
FOREIGN_POSTS = frozenset({
    "embassy", "embassies", "consulate", "consulates", "ambassador", "envoy", "mission",
    "diplomats",
})  # fmt: skip
#: Words that say a group is from abroad ("foreign journalists").
FOREIGN = frozenset({"foreign", "international", "western", "overseas", "expatriate"})
SOCIETY = frozenset({"CVL", "OPP", "JRN", "EDU", "PTY", "LAB", "REL", "PPL", "HRI", "MED", "BUS"})
#: Also filled from the other side's state: former office holders ("former president
#: Carlos Menem") and institutions that only act at home: courts, police, legislatures
#: ("Judge Rivera opened investigations against Chilean officials").
FILLED = SOCIETY | {"ELI", "JUD", "COP", "LEG"}


def _state(refs: Iterable[ActorRef], sectors: frozenset[str]) -> str | None:
    """The one state all of ``refs`` belong to, each in one of ``sectors``; else None."""
    found = {(r.country, r.sector) for r in refs}
    countries = {c for c, _ in found}
    if len(countries) != 1 or not all(s in sectors for _, s in found):
        return None
    code = countries.pop()
    if code is None:
        return None
    try:
        from eventwire.actors.countries import country_name
    except ImportError:  # the actor layer is optional for the coder
        return None
    return code if country_name(code) is not None else None


def domestic(
    actors: tuple[ActorRef, ...],
    recipients: tuple[ActorRef, ...],
    texts_of: Callable[[ActorRef], list[str]],
) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Domestic politics by default: a state's authorities acting on a society group that
    names no country ("Nicaragua's government ordered the opposition newspaper ...",
    "Turkish police broke up a rally by students"), or such a group acting on them
    ("opposition parties accused Pashinyan"), are of that state. Not a state's posts
    abroad: protesters who storm an embassy are the host country's."""

    def fill(refs: tuple[ActorRef, ...], code: str) -> tuple[ActorRef, ...]:
        return tuple(
            ActorRef(r.name, code, r.sector)
            if r.country is None and r.sector in FILLED and not words(r) & FOREIGN
            else r
            for r in refs
        )

    def words(ref: ActorRef) -> set[str]:
        return {w.lower() for t in texts_of(ref) for w in t.split()}

    def home(refs: tuple[ActorRef, ...]) -> str | None:
        posts = any(words(r) & FOREIGN_POSTS for r in refs)
        return None if posts else _state(refs, AUTHORITIES)

    code = home(actors)
    if code is not None and recipients:
        return actors, fill(recipients, code)
    code = home(recipients)
    if code is not None and actors:
        return fill(actors, code), recipients
    return actors, recipients
