"""Coded errors, in the manner of spaCy's: a code, what failed and why, what to do."""

from __future__ import annotations


class EventwireError(Exception):
    """An error a user can act on. ``str()`` gives code, reason and remedy on one line."""

    def __init__(self, code: str, reason: str, remedy: str = "") -> None:
        self.code = code
        self.reason = reason
        self.remedy = remedy
        super().__init__(f"[{code}] {reason}" + (f"; {remedy}" if remedy else ""))


class InputError(EventwireError):
    """A file could not be read as an article. The run names the file and goes on."""

    def __init__(self, origin: str, code: str, reason: str, remedy: str = "") -> None:
        self.origin = origin
        super().__init__(code, f"{origin}: {reason}", remedy)
