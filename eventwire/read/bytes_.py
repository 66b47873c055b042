"""Reading a file's bytes and decoding them, with the checks every reader needs."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from eventwire.errors import InputError


def read_bytes(path: Path, max_bytes: int, allow_binary: bool = False) -> bytes:
    """The file's bytes, refused when empty, oversized or (for text formats) binary."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                origin,
                "E101",
                f"file is {size:,} bytes, over the limit of {max_bytes:,}",
                "split it, or raise the limit with --max-bytes",
            )
        data = path.read_bytes()
    except OSError as err:
        raise InputError(origin, "E100", f"cannot be read ({err.strerror})") from err
    if not data.strip():
        raise InputError(origin, "E102", "file is empty")
    if not allow_binary and b"\x00" in data[:8192]:
        raise InputError(origin, "E103", "file is binary, not text (it holds NUL bytes)")
    return data


def decode(origin: str, data: bytes) -> str:
    """Text from bytes: UTF-8 first; otherwise the encoding charset-normalizer detects.

    A file that is neither gets a clear error instead of mojibake stored forever.
    """
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
