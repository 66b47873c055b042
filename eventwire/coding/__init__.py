"""Event coding: turning analysed articles into PLOVER events with actors, dates and places."""

from eventwire.coding.coder import code_events

__all__ = ["code_events"]
