"""A named skip: the file or record that could not be read or processed, and why."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from eventwire.errors import InputError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadFailure:
    """A file (or one record inside it) that could not be read, and why."""

    origin: str
    reason: str


def failure_from(err: InputError) -> ReadFailure:
    """The failure record of an input error: where, and the coded reason."""
    return ReadFailure(err.origin, f"[{err.code}] " + err.reason.removeprefix(err.origin + ": ")
                       + (f"; {err.remedy}" if err.remedy else ""))


def internal_failure(origin: str, stage: str, err: BaseException) -> ReadFailure:
    """An unexpected error on one file, record or article, as a named skip (E900); the
    traceback is logged for -v. A bug then spoils that one input, not the run."""
    log.debug("failed on %s:\n%s", origin, traceback.format_exc())
    return ReadFailure(
        origin, f"[E900] internal error while {stage} ({type(err).__name__}: {err}); "
        "rerun with -v for the traceback and report it",
    )
