"""The command line: data to stdout, messages and progress to stderr.

Every command's help ends with an example, in the manner of sqlite-utils.
Commands live in small modules by theme; importing them registers them on `app`.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

app = typer.Typer(
    name="eventwire",
    help="News articles in, a sourced and deduplicated timeline of political events out.\n\n"
    "Example: eventwire demo, then eventwire timeline --db sqlite:///eventwire-demo.db",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log details to stderr")] = False,
) -> None:
    """eventwire: try `eventwire demo`, then `eventwire timeline --db sqlite:///eventwire-demo.db`."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not verbose:  # they log each page they find no text in; the skip line says it once
        for name in ("trafilatura", "htmldate", "charset_normalizer", "warcio"):
            logging.getLogger(name).setLevel(logging.CRITICAL)



from eventwire.cli import (  # noqa: E402,F401 - registers the commands
    data,
    language,
    serve,
    stories,
    sync,
    tools,
    train,
)

__all__ = ["app"]
