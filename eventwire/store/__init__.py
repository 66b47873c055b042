"""Stage 7, store: everything persistent goes through :class:`Store`."""

from eventwire.store.db import Store
from eventwire.store.filters import EventFilter

__all__ = ["EventFilter", "Store"]
