"""Ingest never fetches: a page, a WARC body or a feed whose content is a URL or a file
path is read as content (and found wanting), never downloaded or opened."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.options import Options
from eventwire.read import ReadFailure, read_paths

DATA = Path(__file__).resolve().parents[1] / "data" / "read"


def test_urls_and_paths_as_content_are_not_followed(tmp_path: Path, listener: Any) -> None:
    url = f"http://127.0.0.1:{listener.port}/article-2022-10-31"
    (tmp_path / "page.html").write_text(url)
    (tmp_path / "feed.xml").write_text(url)
    (tmp_path / "local.xml").write_text(str(DATA / "feed.xml"))  # a valid feed's path
    with (tmp_path / "crawl.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(url.encode()), http_headers=headers))
    items = list(read_paths([str(tmp_path)], Options()))
    assert len(items) == 4 and all(isinstance(i, ReadFailure) for i in items), items
    assert listener.connections == 0
