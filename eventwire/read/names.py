"""File names and messages made safe: for storage (valid UTF-8) and for the terminal.

A file name is bytes on POSIX; one that is not UTF-8 reaches Python as lone
surrogates, which neither a database nor a UTF-8 terminal accepts. Names and
URLs may also hold escape sequences (``\\x1b[2J`` clears a screen) or newlines
that would break the one-line-per-skip promise, so anything shown is escaped.
"""

from __future__ import annotations

import os
from pathlib import Path


def origin_of(path: Path | str) -> str:
    """The path as text that can be stored: bytes that are not UTF-8 become ``\\xNN``."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def printable(text: str) -> str:
    """Text for one terminal line: control, format and separator characters escaped.

    Lone surrogates (undecodable bytes of a file name) show as the byte, ``\\xff``.
    """
    if text.isprintable():
        return text
    parts = []
    for char in text:
        if char.isprintable():
            parts.append(char)
        elif 0xDC80 <= ord(char) <= 0xDCFF:
            parts.append(f"\\x{ord(char) - 0xDC00:02x}")
        else:
            parts.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(parts)
