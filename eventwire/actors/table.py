"""The actor and agent tables, loaded once and indexed for one dictionary lookup per span.

Why CSV: users and reviewers can read and edit it. ``actors.csv`` is built by
scripts/build_actors.py from the Phoenix dictionaries plus ``actors_updates.csv``;
users add their own actors with the env var ``EVENTWIRE_ACTORS`` (one or more CSV paths
with the same columns, separated by ``os.pathsep``). A user row replaces every shipped
row of the same name, so a user can correct as well as add.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.actors.countries import norm
from eventwire.errors import EventwireError

DATA = Path(__file__).resolve().parent / "data"
COLUMNS = ("name", "variants", "country", "sector", "start", "end", "source", "office")
ENV_VAR = "EVENTWIRE_ACTORS"
#: Phoenix agent codes meaning "not an actor" (dates, objects, junk phrases).
JUNK = {"NON", "JNK"}
#: Words that make a name an organisation's, not a person's (no surname index for it).
ORG_WORDS = frozenset({
    "of", "for", "and", "the", "party", "union", "group", "council", "association", "front",
    "movement", "army", "forces", "ministry", "committee", "bank", "fund", "league", "alliance",
    "contract", "organization", "organisation", "assembly", "agency", "court", "church",
    "company", "federation", "republic", "state", "states", "trade", "work", "brigade",
    "corps", "service", "institute", "university", "news", "television", "radio", "police",
    "treaty", "accord", "pact", "agreement", "convention", "charter", "protocol", "declaration",
    "commission", "authority", "department", "foundation", "society", "centre", "center",
    "programme", "program", "initiative", "conference", "forum", "coalition", "mission",
    "command", "fleet", "network", "community", "secretariat", "tribunal",
})  # fmt: skip


@dataclass(frozen=True)
class ActorRow:
    """One office or role a named actor held, between two ISO dates (None = open).

    ``office`` is the post in canonical words ("foreign minister"), empty where unknown:
    it lets "his Azerbaijani counterpart" find the holder of the same post on the date.
    """

    name: str
    country: str
    sector: str
    start: str | None
    end: str | None
    source: str
    office: str = ""


@dataclass(frozen=True)
class ActorTable:
    """Rows grouped by canonical name, with lookups by normalised name, variant, last name,
    and the rows of each (country, office)."""

    rows: dict[str, tuple[ActorRow, ...]]
    by_key: dict[str, tuple[str, ...]]
    by_last: dict[str, tuple[str, ...]]
    agents: dict[str, str]
    by_office: dict[tuple[str, str], tuple[ActorRow, ...]] = field(default_factory=dict)


def _read_csv(path: Path) -> Iterator[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(line for line in fh if not line.startswith("#"))
            missing = [c for c in ("name", "country") if c not in (reader.fieldnames or [])]
            if missing:
                raise EventwireError(
                    "A001",
                    f"actor file {path} lacks column(s) {', '.join(missing)}",
                    "give it the header name,variants,country,sector,start,end,source",
                )
            yield from reader
    except OSError as exc:
        raise EventwireError(
            "A002",
            f"cannot read actor file {path}: {exc.strerror}",
            f"fix or unset the {ENV_VAR} environment variable",
        ) from exc


def _rows(records: Iterable[dict[str, str]]) -> dict[str, tuple[list[str], list[ActorRow]]]:
    grouped: dict[str, tuple[list[str], list[ActorRow]]] = {}
    for rec in records:
        name = (rec.get("name") or "").strip()
        if not name:
            continue
        variants, rows = grouped.setdefault(name, ([], []))
        variants.extend(v.strip() for v in (rec.get("variants") or "").split("|") if v.strip())
        rows.append(
            ActorRow(
                name=name,
                country=(rec.get("country") or "").strip(),
                sector=(rec.get("sector") or "").strip(),
                start=(rec.get("start") or "").strip() or None,
                end=(rec.get("end") or "").strip() or None,
                source=(rec.get("source") or "user").strip(),
                office=" ".join((rec.get("office") or "").lower().split()),
            )
        )
    return grouped


def build_table(paths: Iterable[Path], agents_path: Path) -> ActorTable:
    """Index the actor files in order; a later file's name replaces an earlier one's rows."""
    merged: dict[str, tuple[list[str], list[ActorRow]]] = {}
    for path in paths:
        merged.update(_rows(_read_csv(path)))
    rows: dict[str, tuple[ActorRow, ...]] = {}
    by_key: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    for name, (variants, group) in merged.items():
        rows[name] = tuple(group)
        for form in (name, *variants):
            key = norm(form)
            if key and name not in by_key.setdefault(key, []):
                by_key[key].append(name)
        words = norm(name).split()
        # surnames only: a bare "Trade" or "Presidents" must not find a long organisation name
        if 2 <= len(words) <= 4 and len(words[-1]) >= 4 and not ORG_WORDS & set(words):
            by_last.setdefault(words[-1], []).append(name)
    agents = {
        " ".join(r["noun"].lower().split()): r["sector"].strip()
        for r in _read_csv_agents(agents_path)
        if r["sector"].strip() not in JUNK
    }
    # Lookups use ``norm`` keys, which drop dots: "Lt. Gen." must find "lt. gen." and "gen.".
    for noun, sector in list(agents.items()):
        agents.setdefault(norm(noun), sector)
    by_office: dict[tuple[str, str], list[ActorRow]] = {}
    for held in rows.values():
        for row in held:
            if row.office:
                by_office.setdefault((row.country, row.office), []).append(row)
    return ActorTable(
        rows=rows,
        by_key={k: tuple(v) for k, v in by_key.items()},
        by_last={k: tuple(v) for k, v in by_last.items()},
        agents=agents,
        by_office={k: tuple(v) for k, v in by_office.items()},
    )


def _read_csv_agents(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(line for line in fh if not line.startswith("#"))


def user_paths(env_value: str | None) -> tuple[Path, ...]:
    if not env_value:
        return ()
    return tuple(Path(p).expanduser() for p in env_value.split(os.pathsep) if p.strip())


@lru_cache(maxsize=4)
def _load(env_value: str | None) -> ActorTable:
    return build_table((DATA / "actors.csv", *user_paths(env_value)), DATA / "agents.csv")


def load_table() -> ActorTable:
    """The shipped tables plus any user files named in ``EVENTWIRE_ACTORS`` (cached)."""
    return _load(os.environ.get(ENV_VAR) or None)


def active(row: ActorRow, date: str | None) -> bool:
    """Whether the row's office covers ``date`` (ISO; only the first 10 chars are used)."""
    if date is None:
        return row.end is None
    day = date[:10]
    return (row.start is None or row.start <= day) and (row.end is None or day < row.end)


def holders(table: ActorTable, country: str, office: str, date: str | None) -> tuple[str, ...]:
    """Names of the people holding ``office`` for ``country`` on ``date`` (in the table)."""
    rows = table.by_office.get((country, office), ())
    return tuple(dict.fromkeys(r.name for r in rows if r.sector != "ELI" and active(r, date)))


def office_on(rows: tuple[ActorRow, ...], date: str | None) -> str:
    """The post a named actor held on ``date`` ("" when unknown or out of office)."""
    hits = [r for r in rows if r.office and active(r, date)]
    return max(hits, key=lambda r: r.start or "").office if hits else ""


def role_on(rows: tuple[ActorRow, ...], date: str | None) -> tuple[str | None, str | None]:
    """(country, sector) a named actor had on ``date``.

    The most recently started office covering the date wins; undated rows are the
    fallback; after the last office ends the actor is a former office-holder (ELI) of
    that office's country; before the first one, the country is known but not the sector.
    """
    dated = [r for r in rows if r.start or r.end]
    undated = [r for r in rows if not (r.start or r.end)]
    hits = [r for r in dated if active(r, date)]
    if hits:
        best = max(hits, key=lambda r: (r.sector != "ELI", r.start or ""))
        return best.country, best.sector
    if date is None:
        if undated:
            return undated[0].country, undated[0].sector
        last = max(dated, key=lambda r: r.end or "9999")
        return last.country, "ELI" if last.end else last.sector
    ended = [r for r in dated if r.end and r.end <= date[:10]]
    if undated and not ended:
        return undated[0].country, undated[0].sector
    if ended:
        last = max(ended, key=lambda r: r.end or "")
        return last.country, "ELI"
    if undated:
        return undated[0].country, undated[0].sector
    first = min(dated, key=lambda r: r.start or "")
    return first.country, None
