"""The human-readable timeline: one line per event, oldest first."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table

from eventwire.records import ActorRef, Event


def actor_label(actor: ActorRef) -> str:
    """'Vladimir Putin (RUS GOV)', or 'RUS MIL' for an unnamed actor."""
    code = " ".join(x for x in (actor.country, actor.sector) if x)
    if actor.name:
        return f"{actor.name} ({code})" if code else actor.name
    return code or "?"


def who_to_whom(ev: Event) -> str:
    actors = ", ".join(actor_label(a) for a in ev.actors) or "?"
    if not ev.recipients:
        return actors
    return f"{actors} → " + ", ".join(actor_label(a) for a in ev.recipients)


def timeline_table(events: Iterable[Event], title: str = "eventwire timeline") -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("date", no_wrap=True)
    table.add_column("event", no_wrap=True)
    table.add_column("who → whom")
    table.add_column("where")
    table.add_column("src", justify="right")
    for ev in events:
        date = (ev.event_date or "?") + ("~" if ev.date_estimated else "")
        kind = ev.event_type + (f"/{ev.event_mode}" if ev.event_mode else "")
        if ev.modality != "asserted":
            kind += f" ({ev.modality})"
        if ev.negated:  # listed only when asked for (--negated, --with-negated); marked so
            kind = f"NOT {kind}"
        where = ev.location.name if ev.location else ""
        table.add_row(date, kind, who_to_whom(ev), where, str(len(ev.sources)))
    return table
