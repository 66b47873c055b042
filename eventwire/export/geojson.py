"""GeoJSON: a FeatureCollection of the located events, for QGIS, kepler.gl or Leaflet.

Coordinates are [longitude, latitude] in WGS84 (RFC 7946); each feature's properties
are the event's row in the chosen profile (canonical by default). Events without
coordinates cannot be features; the caller is told how many were left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from eventwire.records import Event


@dataclass(frozen=True)
class GeoJsonResult:
    collection: dict[str, Any]
    located: int
    unlocated: int


def feature_collection(
    events: Iterable[Event], row: Callable[[Event], dict[str, Any]]
) -> GeoJsonResult:
    """The located events as a GeoJSON FeatureCollection, and how many had no coordinates."""
    features: list[dict[str, Any]] = []
    unlocated = 0
    for ev in events:
        loc = ev.location
        if loc is None or loc.latitude is None or loc.longitude is None:
            unlocated += 1
            continue
        features.append({
            "type": "Feature",
            "id": ev.event_id,
            "geometry": {"type": "Point", "coordinates": [loc.longitude, loc.latitude]},
            "properties": row(ev),
        })
    return GeoJsonResult({"type": "FeatureCollection", "features": features},
                         len(features), unlocated)
