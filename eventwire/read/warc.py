"""WARC files (warcio): every HTML response record is read as a page.

Bounds come first: a ``.warc.gz`` of 127 KB may hold gigabytes, so its gzip members
are inflated once, in chunks, and the file is refused past ``WARC_FACTOR`` times the
size limit before any record is parsed; each page body is read up to the size limit
(an HTTP ``Content-Encoding`` may inflate it again). A record cut short, garbled
bytes, or a file with no HTML page at all is named, never passed over in silence.
"""

from __future__ import annotations

import dataclasses
import io
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

from eventwire.errors import InputError
from eventwire.read.failure import ReadFailure, failure_from, internal_failure
from eventwire.read.html import read_html
from eventwire.records import RawDocument

#: A WARC file may decompress to this many times the per-file limit (--max-bytes).
WARC_FACTOR = 10
CHUNK = 1 << 16
HTTP_HEADERS = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False)


def inflated_size(origin: str, data: bytes, budget: int) -> int:
    """Bytes the gzip members of ``data`` inflate to, stopping past ``budget``; E182 for a
    member cut short (a truncated download), E185 for bytes that are not gzip."""
    total = 0
    rest = data
    while rest:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            for start in range(0, len(rest), CHUNK):
                piece = inflater.decompress(rest[start:start + CHUNK], CHUNK)
                total += len(piece)
                while inflater.unconsumed_tail and total <= budget:
                    total += len(inflater.decompress(inflater.unconsumed_tail, CHUNK))
                if total > budget:
                    return total
                if inflater.eof:
                    break
        except zlib.error as err:
            raise InputError(origin, "E185", f"not a readable gzip file ({err})") from None
        if not inflater.eof:
            raise InputError(origin, "E182", "WARC is truncated: its last gzip member ends "
                             "early", "copy or download it again")
        rest = inflater.unused_data
    return total


def read_warc(
    origin: str, data: bytes, max_bytes: int
) -> Iterator[RawDocument | InputError | ReadFailure]:
    budget = WARC_FACTOR * max_bytes
    if data[:2] == b"\x1f\x8b":
        size = inflated_size(origin, data, budget)
        if size > budget:
            raise InputError(origin, "E181", f"WARC decompresses to over {budget:,} bytes "
                             f"({WARC_FACTOR} times the limit)", "split it, or raise --max-bytes")
    pages = records = 0
    try:
        # no_record_parse: warcio's own HTTP-header parsing fails on a response record with no
        # WARC-Target-URI and ends the file; _is_page parses them itself, record by record
        stream = _QuietIterator(io.BytesIO(data), no_record_parse=True)
        for records, record in enumerate(stream, start=1):
            where = f"{origin}#{records}"
            try:
                page = _is_page(where, record)
            except InputError as err:  # this record only: the next may be fine
                page = False
                yield err
            if not page:
                _drain(record)
                if _unread(record):
                    raise InputError(where, "E182", "WARC record is truncated")
                continue
            pages += 1
            yield from _page(where, record, max_bytes)
    except InputError as err:
        yield err
        return
    except Exception as err:  # noqa: BLE001 - warcio fails on garbled bytes in many ways
        where = f"{origin}#{records}" if records else origin  # garbled from the start
        yield InputError(where, "E182", "not a readable WARC record "
                         f"({type(err).__name__}: {err}); any records before it were read")
        return
    if stream.err_count:
        yield InputError(origin, "E182", f"{stream.err_count} of its {records} records state a "
                         "wrong length (the next record does not follow where they end); their "
                         "pages may be cut short", "copy or download the WARC again")
    if not pages:
        yield InputError(origin, "E183", f"WARC holds no HTML response record ({records} "
                         "records read)", "eventwire reads HTML pages from response records")


class _QuietIterator(ArchiveIterator):
    """warcio writes a multi-line warning to stderr for a record whose length is wrong; the
    count of them (``err_count``) becomes one named line instead."""

    INC_RECORD = ""


def _is_page(where: str, record: Any) -> bool:
    """A response record holding HTML (its HTTP headers parsed here, see read_warc)."""
    if record.rec_type != "response":
        return False
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.length and (not uri or uri.startswith(("http:", "https:"))):
        try:
            record.http_headers = HTTP_HEADERS.parse(record.raw_stream)
        except (StatusAndHeadersParserException, EOFError, ValueError) as err:
            raise InputError(where, "E182", f"response record {uri} has no readable HTTP "
                             f"headers ({type(err).__name__})") from None
    ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
    return not ctype or "html" in ctype


def _unread(record: Any) -> bool:
    """Whether the record's stated length was not all there (the file is cut short)."""
    return getattr(record.raw_stream, "limit", 0) > 0


def _drain(record: Any) -> None:
    while record.raw_stream.read(CHUNK):
        pass


def _page(where: str, record: Any, max_bytes: int) -> Iterator[RawDocument | InputError |
                                                                   ReadFailure]:
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    label = f" {url}" if url else ""
    try:
        body = record.content_stream().read(max_bytes + 1)
    except Exception as err:  # noqa: BLE001 - a broken chunked or compressed body
        _drain(record)
        yield InputError(where, "E182", f"page{label} has an unreadable body "
                         f"({type(err).__name__}: {err})")
        return
    if len(body) > max_bytes:
        _drain(record)
        yield InputError(where, "E180", f"page{label} is over {max_bytes:,} bytes "
                         "decompressed; not read", "raise the limit with --max-bytes")
        return
    _drain(record)
    if _unread(record):
        yield InputError(where, "E182", f"WARC record{label} is truncated; not read")
        return
    try:
        yield dataclasses.replace(read_html(url or where, body, url=url), location=where)
    except InputError as err:  # a page with no article (an index, a 404) is common in a crawl
        code, _, reason = failure_from(err).reason.partition("] ")
        yield ReadFailure(where, f"{code}] page{label}: {reason}")
    except Exception as err:  # noqa: BLE001 - one odd page must not end the crawl
        yield internal_failure(where, "reading this WARC record", err)
