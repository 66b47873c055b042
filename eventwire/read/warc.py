"""WARC files (warcio): every HTML response record is read as a page."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.errors import InputError
from eventwire.read.html import read_html
from eventwire.records import RawDocument


def read_warc(origin: str, data: bytes) -> Iterator[RawDocument | InputError]:
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if ctype and "html" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            try:
                yield read_html(url or origin, body, url=url)
            except InputError as err:
                yield err  # a page with no article (an index, a 404) is common in a crawl
    except ArchiveLoadFailed as err:
        raise InputError(origin, "E140", f"not a readable WARC file ({err})") from err
