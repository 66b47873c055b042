"""Finding the files to read: command-line paths, globs and folders, each file once.

Every entry met is either read or named with a reason: a folder walk that
passes over a file quietly would lose articles without a word. Only names
starting with a dot (.git, .DS_Store) are left out unnamed, as ``ls`` does.
A FIFO, socket or device is named and never opened (opening a FIFO blocks).
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.read.failure import ReadFailure
from eventwire.read.names import origin_of

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
}

#: Files a project folder carries that are not articles (matched on the name before any
#: extension, in any case); skipped with a line when walking a folder, read when named.
PROJECT_FILES = frozenset({
    "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING",
    "AUTHORS", "NOTICE", "CODE_OF_CONDUCT", "SECURITY", "MAINTAINERS",
})


def is_gzip(path: Path) -> bool:
    return path.name.lower().endswith(".gz")


def kind_of(path: Path) -> str | None:
    """The reader for a file, by its name: ``.warc.gz``/``.arc.gz`` are WARC, and
    ``name.EXT.gz`` is read as ``name.EXT`` once decompressed."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith(".gz"):
        name = name[:-3]
    return READERS.get(os.path.splitext(name)[1])


def unknown_kind(path: Path) -> ReadFailure:
    """The named skip of a file eventwire has no reader for, saying what it looks like."""
    name = path.name.lower()
    formats = ".txt, .html, .jsonl, .xml/.rss/.atom feeds and .warc (each also gzipped)"
    if name.endswith((".zip", ".tar", ".tgz", ".7z", ".rar", ".bz2", ".xz", ".zst", ".gz")):
        reason = (f"[E177] archive '{path.suffix}' is not read: unpack it first "
                  f"(eventwire reads {formats})")
    elif not path.suffix:
        reason = f"[E178] file has no extension, so its format is unknown: eventwire reads " \
            f"{formats}"
    else:
        reason = f"[E178] unknown file type '{path.suffix}': eventwire reads {formats}"
    return ReadFailure(origin_of(path), reason)


def is_project_file(path: Path) -> bool:
    return path.name.split(".", 1)[0].upper() in PROJECT_FILES


def _link_failure(path: Path, err: OSError) -> ReadFailure:
    if err.errno == errno.ELOOP:
        return ReadFailure(origin_of(path), "[E175] symbolic link loop: the link leads back to "
                           "itself; fix or remove the link")
    if path.is_symlink():
        return ReadFailure(origin_of(path), "[E175] broken symbolic link: its target "
                           f"{origin_of(os.readlink(path))!r} does not exist")
    return ReadFailure(origin_of(path), f"[E176] cannot be read ({err.strerror})")


def _special(path: Path, mode: int) -> ReadFailure:
    what = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return ReadFailure(origin_of(path), f"[E174] {what}, not a file: not opened (reading it "
                       "could block forever); copy its content into a file")


def _walk(
    folder: Path, visited: set[tuple[int, int]], above: frozenset[tuple[int, int]] = frozenset()
) -> Iterator[Path | ReadFailure]:
    """Files under a folder, sorted, recursively; symlinked folders followed. A link back to
    a folder above is a loop, named; a folder already read by another path is not reread
    (its files were read: nothing is lost)."""
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in above:
            yield ReadFailure(origin_of(folder), "[E175] symbolic link loop: it leads back to "
                              "a folder above it; not followed")
            return
        if key in visited:
            return
        visited.add(key)
        above = above | {key}
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as err:
        yield ReadFailure(origin_of(folder), f"[E176] folder cannot be read ({err.strerror}); "
                          "check its permissions")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            mode = entry.stat().st_mode
        except OSError as err:
            yield _link_failure(path, err)
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, visited, above)
        elif not stat.S_ISREG(mode):
            yield _special(path, mode)
        elif is_project_file(path):
            yield ReadFailure(origin_of(path), "[E179] a project file (README, LICENSE, ...), "
                              "not an article: left out of folder reads; name it to read it")
        elif kind_of(path) is None:
            yield unknown_kind(path)
        else:
            yield path


def _one(match: Path, visited: set[tuple[int, int]]) -> Iterator[Path | ReadFailure]:
    try:
        mode = match.stat().st_mode
    except OSError as err:
        if err.errno == errno.ENOENT and not match.is_symlink():
            yield ReadFailure(origin_of(match), "no such file or folder")
        else:
            yield _link_failure(match, err)
        return
    if stat.S_ISDIR(mode):
        yield from _walk(match, visited)
    elif stat.S_ISREG(mode):
        yield match
    else:
        yield _special(match, mode)


def expand(paths: Iterable[str]) -> Iterator[Path | ReadFailure]:
    """Files named by paths, folders (recursively, sorted) and globs, each once; anything
    that is not read is a named ReadFailure."""
    seen: set[Path] = set()
    visited: set[tuple[int, int]] = set()
    for spec in paths:
        if glob.has_magic(spec):
            matches = [Path(p) for p in sorted(glob.glob(spec, recursive=True))]
            if not matches:
                yield ReadFailure(origin_of(spec), "no file matches this pattern")
        else:
            matches = [Path(spec)]
        for match in matches:
            for item in _one(match, visited):
                if isinstance(item, ReadFailure):
                    yield item
                    continue
                resolved = item.resolve()
                if resolved not in seen:
                    seen.add(resolved)
                    yield resolved
