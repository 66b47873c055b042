"""Stage 7, store: everything persistent goes through :class:`Store`."""

from eventwire.store.db import EventFilter, Store

__all__ = ["EventFilter", "Store"]
