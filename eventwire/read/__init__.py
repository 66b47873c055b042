"""Stage 1, read: files, folders and globs in, RawDocuments (or a named failure) out.

Each format has its own small module; this one only dispatches on a file's kind
(``walk`` finds the files). A file or record that cannot be read yields a
ReadFailure that names it and the reason, and the run goes on with the rest:
whatever goes wrong in a reader, expected or not, ends at most that file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.options import Options
from eventwire.read.bytes_ import read_bytes
from eventwire.read.failure import ReadFailure, failure_from, internal_failure
from eventwire.read.feed import read_feed
from eventwire.read.html import read_html
from eventwire.read.jsonl import read_jsonl
from eventwire.read.names import origin_of
from eventwire.read.text import read_text
from eventwire.read.walk import READERS, expand, kind_of, unknown_kind
from eventwire.read.warc import read_warc
from eventwire.records import RawDocument

__all__ = [
    "READERS", "ReadFailure", "expand", "failure_from", "internal_failure", "kind_of",
    "read_path", "read_paths",
]

def read_path(path: Path, options: Options) -> Iterator[RawDocument | ReadFailure]:
    """All documents in one file; a failure names the file (or record) and stops only it."""
    origin = origin_of(path)
    kind = kind_of(path)
    if kind is None:
        yield unknown_kind(path)
        return
    try:
        data = read_bytes(path, options.max_file_bytes, allow_binary=kind == "warc")
        if kind == "text":
            items: Iterable[RawDocument | InputError | ReadFailure] = [read_text(origin, data)]
        elif kind == "html":
            items = [read_html(origin, data)]
        elif kind == "jsonl":
            items = read_jsonl(origin, data, plain_json=path.suffix.lower() == ".json")
        elif kind == "feed":
            items = read_feed(origin, data)
        else:
            items = read_warc(origin, data, options.max_file_bytes)
        for item in items:
            yield failure_from(item) if isinstance(item, InputError) else item
    except InputError as err:
        yield failure_from(err)
    except Exception as err:  # noqa: BLE001 - one unreadable file must not stop a run
        yield internal_failure(origin, "reading", err)


def read_paths(paths: Iterable[str], options: Options) -> Iterator[RawDocument | ReadFailure]:
    for item in expand(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_path(item, options)
