"""Gephi: an actor network as nodes.csv and edges.csv for the spreadsheet importer.

Nodes are actors (name, country, sector). Edges join each source actor to each
recipient (Directed) and, for events without recipients such as "A and B met", each
pair of co-actors (Undirected); they are aggregated by actor pair, event type and
month, with the number of events as Weight and the month as a Gephi time interval
(``<[2022-02-01, 2022-02-28]>``), so Gephi's timeline can play the network.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from eventwire.dates import period_bounds
from eventwire.export.fields import Field
from eventwire.export.timeline import actor_label
from eventwire.records import ActorRef, Event

NODE_FIELDS: tuple[Field, ...] = (
    Field("Id", "string", "name|country|sector of the actor (unique)."),
    Field("Label", "string", "\"Vladimir Putin (RUS GOV)\", or \"RUS MIL\" for an unnamed actor."),
    Field("Country", "string", "ISO alpha-3 country (or PLOVER code)."),
    Field("Sector", "string", "Sector code."),
)
EDGE_FIELDS: tuple[Field, ...] = (
    Field("Source", "string", "Id of the source actor."),
    Field("Target", "string", "Id of the recipient (or of the other co-actor)."),
    Field("Weight", "integer", "Number of events of this pair, type and month."),
    Field("Type", "string", "Directed (actor → recipient) or Undirected (co-actors)."),
    Field("Label", "string", "PLOVER event type."),
    Field("Time Interval", "string", "Gephi interval of the month, <[YYYY-MM-DD, YYYY-MM-DD]>; "
          "the year when only the year is known; empty for undated events."),
)


@dataclass(frozen=True)
class GephiResult:
    nodes: int
    edges: int
    events: int
    without_edge: int  # events with one actor and no recipient: a node, but no edge


def node_id(actor: ActorRef) -> str:
    return "|".join(x or "" for x in (actor.name, actor.country, actor.sector))


def _period(ev: Event) -> str | None:
    """YYYY-MM, or YYYY when only the year is known."""
    return ev.event_date[:7] if ev.event_date else None


def _interval(period: str | None) -> str:
    start, end = period_bounds(period)
    return f"<[{start}, {end}]>" if start else ""


def write_gephi(events: Iterable[Event], folder: Path) -> GephiResult:
    """Write nodes.csv and edges.csv into ``folder`` (created when missing)."""
    nodes: dict[str, ActorRef] = {}
    edges: Counter[tuple[str, str, str, str, str]] = Counter()
    count = without_edge = 0
    for ev in events:
        count += 1
        for actor in ev.actors + ev.recipients:
            nodes.setdefault(node_id(actor), actor)
        period = _period(ev) or ""
        pairs = [(node_id(a), node_id(r), "Directed") for a in ev.actors for r in ev.recipients]
        if not ev.recipients:
            ids = sorted({node_id(a) for a in ev.actors})
            pairs = [(x, y, "Undirected") for x, y in combinations(ids, 2)]
        if not pairs:
            without_edge += 1
        for source, target, kind in pairs:
            edges[(source, target, kind, ev.event_type, period)] += 1
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "nodes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f.name for f in NODE_FIELDS])
        for key, actor in sorted(nodes.items()):
            writer.writerow([key, actor_label(actor), actor.country or "", actor.sector or ""])
    with (folder / "edges.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f.name for f in EDGE_FIELDS])
        for (source, target, kind, label, period), weight in sorted(edges.items()):
            writer.writerow([source, target, weight, kind, label, _interval(period or None)])
    return GephiResult(len(nodes), len(edges), count, without_edge)
