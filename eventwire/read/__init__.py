"""Stage 1, read: files, folders and globs in, RawDocuments (or a named failure) out.

Each format has its own small module; this one only finds files and dispatches
on their kind. A file that cannot be read yields a ReadFailure that names the
file and the reason, and the run goes on with the rest.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.options import Options
from eventwire.read.bytes_ import read_bytes
from eventwire.read.feed import read_feed
from eventwire.read.html import read_html
from eventwire.read.jsonl import read_jsonl
from eventwire.read.text import read_text
from eventwire.read.warc import read_warc
from eventwire.records import RawDocument


@dataclass(frozen=True)
class ReadFailure:
    """A file (or one record inside it) that could not be read, and why."""

    origin: str
    reason: str


READERS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".gz": "warc",
}


def kind_of(path: Path) -> str | None:
    """The reader for a file, by its name; .warc.gz is WARC, any other .gz is not ours."""
    name = path.name.lower()
    if name.endswith(".gz") and not name.endswith((".warc.gz", ".arc.gz")):
        return None
    return READERS.get(path.suffix.lower())


def expand(paths: Iterable[str]) -> Iterator[Path | ReadFailure]:
    """Files named by paths, folders (recursively, sorted) and globs, each once."""
    seen: set[Path] = set()
    for spec in paths:
        matches = [Path(p) for p in sorted(glob.glob(spec, recursive=True))] if glob.has_magic(
            spec
        ) else [Path(spec)]
        if not matches:
            yield ReadFailure(spec, "no file matches this pattern")
        for match in matches:
            if match.is_dir():
                files = sorted(p for p in match.rglob("*") if p.is_file())
                candidates = [p for p in files if kind_of(p) and not p.name.startswith(".")]
            elif match.exists():
                candidates = [match]
            else:
                yield ReadFailure(str(match), "no such file or folder")
                continue
            for path in candidates:
                resolved = path.resolve()
                if resolved not in seen:
                    seen.add(resolved)
                    yield resolved


def read_path(path: Path, options: Options) -> Iterator[RawDocument | ReadFailure]:
    """All documents in one file; a failure names the file and stops only that file."""
    origin = str(path)
    kind = kind_of(path)
    if kind is None:
        yield ReadFailure(
            origin,
            f"unknown file type '{path.suffix}': eventwire reads .txt, .html, .jsonl, "
            ".xml/.rss/.atom feeds and .warc(.gz)",
        )
        return
    try:
        data = read_bytes(path, options.max_file_bytes, allow_binary=kind == "warc")
        if kind == "text":
            items: Iterable[RawDocument | InputError] = [read_text(origin, data)]
        elif kind == "html":
            items = [read_html(origin, data)]
        elif kind == "jsonl":
            items = read_jsonl(origin, data)
        elif kind == "feed":
            items = read_feed(origin, data)
        else:
            items = read_warc(origin, data)
        for item in items:
            yield failure_from(item) if isinstance(item, InputError) else item
    except InputError as err:
        yield failure_from(err)


def failure_from(err: InputError) -> ReadFailure:
    """The failure record of an input error: where, and the coded reason."""
    return ReadFailure(err.origin, f"[{err.code}] " + err.reason.removeprefix(err.origin + ": "))


def read_paths(paths: Iterable[str], options: Options) -> Iterator[RawDocument | ReadFailure]:
    for item in expand(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_path(item, options)
