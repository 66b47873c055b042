"""Corrections that remove events: `withdraw` an article, `merge-events` two stored events.

Both leave tombstones (`GET /events/deleted`), so mirrors that sync by time follow them.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from eventwire.cli import app
from eventwire.cli.common import DbOpt, err, fail, open_store, out
from eventwire.errors import EventwireError


@app.command()
def withdraw(
    article_ids: Annotated[list[str], typer.Argument(help="article ids from `eventwire articles`")],
    db: DbOpt = None,
) -> None:
    """Remove articles (a retraction, a page taken down) and their reports.

    An event only these articles reported is removed and leaves a tombstone; an event
    other articles also reported keeps theirs. Prints what changed as JSON.

    Example: eventwire withdraw 3f2a9c0d1e2b4a5c --db sqlite:///caucasus.db
    """
    store = open_store(db)
    for article_id in article_ids:
        try:
            changed = store.withdraw_article(article_id)
        except EventwireError as error:
            raise fail(error) from error
        out.print_json(json.dumps({"article_id": article_id, **changed}))
        err.print(f"{article_id}: {len(changed['removed'])} events removed, "
                  f"{len(changed['updated'])} updated", highlight=False)


@app.command("merge-events")
def merge_events(
    keep: Annotated[str, typer.Argument(help="the event that stays (keeps its id)")],
    gone: Annotated[str, typer.Argument(help="the event folded into it (leaves a tombstone)")],
    db: DbOpt = None,
) -> None:
    """Fold two stored events that are one real event into one (an analyst's correction).

    Example: eventwire merge-events 7dd748eb05e56185 4c1e0b9a2f3d8e71 --db sqlite:///caucasus.db
    """
    try:
        merged = open_store(db).merge_stored(keep, gone)
    except EventwireError as error:
        raise fail(error) from error
    err.print(f"{gone} merged into {keep}: {len(merged.sources)} reports", highlight=False)
