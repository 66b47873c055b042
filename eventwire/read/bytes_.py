"""Reading a file's bytes and decoding them, with the checks every reader needs.

The file is opened non-blocking and checked to be a regular file before any read,
so a FIFO or device that slipped past the folder walk can never hang a run. A
gzipped file is decompressed in chunks and given up at the size limit, so a small
file that expands to gigabytes costs no more than a large one refused outright.
"""

from __future__ import annotations

import codecs
import os
import stat
import zlib
from pathlib import Path

from charset_normalizer import from_bytes

from eventwire.errors import InputError
from eventwire.read.names import origin_of

CHUNK = 1 << 16

#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _read_regular(path: Path, max_bytes: int) -> bytes:
    origin = origin_of(path)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(origin, "E174", "not a regular file (a FIFO, socket or device): "
                             "not read", "copy its content into a file")
        if info.st_size > max_bytes:
            raise InputError(
                origin, "E101", f"file is {info.st_size:,} bytes, over the limit of "
                f"{max_bytes:,}", "split it, or raise the limit with --max-bytes",
            )
        return handle.read(max_bytes + 1)


def gunzip(origin: str, data: bytes, max_bytes: int) -> bytes:
    """A gzip file's content, refused past ``max_bytes`` decompressed (a gzip bomb stops
    there, after reading only as much of it)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    try:
        for start in range(0, len(data), CHUNK):
            out += inflater.decompress(data[start:start + CHUNK], max_bytes + 1 - len(out))
            while inflater.unconsumed_tail and len(out) <= max_bytes:
                out += inflater.decompress(inflater.unconsumed_tail, max_bytes + 1 - len(out))
            if len(out) > max_bytes:
                raise InputError(origin, "E184", f"decompresses to over {max_bytes:,} bytes, "
                                 "the limit", "split it, or raise the limit with --max-bytes")
            if inflater.eof:
                break
    except zlib.error as err:
        raise InputError(origin, "E185", f"not a readable gzip file ({err})") from err
    if not inflater.eof:
        raise InputError(origin, "E185", "gzip file is truncated (it ends before its data "
                         "does)", "copy or download it again")
    return bytes(out)


def read_bytes(path: Path, max_bytes: int, allow_binary: bool = False) -> bytes:
    """The file's bytes, refused when empty, oversized or (for text formats) binary;
    ``name.EXT.gz`` (not WARC: warcio reads those record by record) decompressed."""
    origin = origin_of(path)
    try:
        data = _read_regular(path, max_bytes)
    except OSError as err:
        raise InputError(origin, "E100", f"cannot be read ({err.strerror})") from err
    if len(data) > max_bytes:  # grew since stat
        raise InputError(origin, "E101", f"file is over the limit of {max_bytes:,} bytes",
                         "split it, or raise the limit with --max-bytes")
    if path.name.lower().endswith(".gz") and not allow_binary:
        data = gunzip(origin, data, max_bytes)
    if not data.strip():
        raise InputError(origin, "E102", "file is empty")
    if not allow_binary and b"\x00" in data[:8192] and wide_encoding(data) is None:
        raise InputError(origin, "E103", "file is binary, not text (it holds NUL bytes)")
    return data


def wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 (LE or BE), by a byte-order mark or, without one, by where the
    NUL bytes fall: text in those encodings has NULs in fixed columns, binary data not."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return None if name == "utf-8" else name
    sample = data[:4096]
    sample = sample[: len(sample) // 4 * 4]
    if len(sample) < 8:
        return None
    columns = [sample[i::4].count(0) / (len(sample) // 4) for i in range(4)]
    for name, zero, lead in (("utf-32-le", (2, 3), 0), ("utf-32-be", (0, 1), 3)):
        if all(columns[i] > 0.9 for i in zero) and columns[lead] < 0.5 and _decodes(data, name):
            return name
    halves = [sample[i::2].count(0) / (len(sample) // 2) for i in range(2)]
    for name, column in (("utf-16-le", 1), ("utf-16-be", 0)):
        if halves[column] > 0.5 and halves[1 - column] < 0.05 and _decodes(data, name):
            return name
    return None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    sample = text[:2000]
    return sum(c.isprintable() or c.isspace() for c in sample) >= 0.95 * len(sample)


def decode(origin: str, data: bytes) -> str:
    """Text from bytes: UTF-16/32 by their mark or NUL pattern, then UTF-8, then the
    encoding charset-normalizer detects.

    A file that is none of these gets a clear error instead of mojibake stored forever.
    """
    wide = wide_encoding(data)
    if wide is not None:
        try:
            return data.decode(wide).lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(
            origin, "E104", "text is not UTF-8 and its encoding cannot be detected",
            "convert it to UTF-8",
        )
    return str(best)
