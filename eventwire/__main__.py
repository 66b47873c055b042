"""`python -m eventwire`, the same as the `eventwire` command (and `python -m eventwire.cli`)."""

from eventwire.cli import app

app()
