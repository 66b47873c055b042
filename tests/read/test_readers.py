"""Readers on real files: every format, and every kind of bad input named with a reason."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.options import Options
from eventwire.read import ReadFailure, read_paths
from eventwire.records import RawDocument

DATA = Path(__file__).resolve().parents[1] / "data" / "read"


def _read(*names: str, **kw: object) -> list[RawDocument | ReadFailure]:
    return list(read_paths([str(DATA / n) for n in names], Options(**kw)))  # type: ignore[arg-type]


def test_text_file_title_is_first_line() -> None:
    (doc,) = _read("yerevan-talks.txt")
    assert isinstance(doc, RawDocument)
    assert doc.title == "Armenian and Azerbaijani foreign ministers meet in Tbilisi"
    assert doc.text.startswith("TBILISI, July 16")
    assert doc.published is None


def test_html_uses_trafilatura_and_htmldate() -> None:
    (doc,) = _read("sochi.html")
    assert isinstance(doc, RawDocument)
    assert "hosted Azerbaijani President Ilham Aliyev" in doc.text
    assert "Home" not in doc.text.split("\n")[0]
    assert "Grain prices" not in doc.text
    assert doc.published == "2022-10-31"
    assert doc.outlet == "Black Sea Monitor"
    assert doc.is_html


def test_jsonl_reads_good_lines_and_names_bad_ones() -> None:
    items = _read("articles.jsonl")
    docs = [i for i in items if isinstance(i, RawDocument)]
    bad = [i for i in items if isinstance(i, ReadFailure)]
    assert [d.given_id for d in docs] == ["t-1", "t-3"]
    assert docs[0].outlet == "Steppe Herald" and docs[0].published == "2022-02-22"
    assert [b.origin.rsplit(":", 1)[1] for b in bad] == ["2", "3"]
    assert "invalid JSON" in bad[0].reason and "'text'" in bad[1].reason


def test_feed_entries_and_empty_entry_reported() -> None:
    items = _read("feed.xml")
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) == 1
    assert docs[0].published == "2022-08-31"
    assert docs[0].outlet == "Ararat Wire"
    assert "Charles Michel hosted" in docs[0].text
    assert any(isinstance(i, ReadFailure) and "no text" in i.reason for i in items)


def test_warc_response_records(tmp_path: Path) -> None:
    html = (DATA / "sochi.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://blackseamonitor.example/2022/10/31/sochi-trilateral", "response",
            payload=io.BytesIO(html), http_headers=headers,
        )
        writer.write_record(record)
    (doc,) = list(read_paths([str(path)], Options()))
    assert isinstance(doc, RawDocument)
    assert doc.url == "https://blackseamonitor.example/2022/10/31/sochi-trilateral"
    assert "Sochi on Monday" in doc.text


def test_bad_inputs_are_named_and_the_run_goes_on(tmp_path: Path) -> None:
    items = _read("binary.txt", "empty.txt", "broken.html", "yerevan-talks.txt")
    failures = {Path(i.origin).name: i.reason for i in items if isinstance(i, ReadFailure)}
    assert "binary" in failures["binary.txt"]
    assert "empty" in failures["empty.txt"]
    # broken markup is repaired by lxml where it can be, else named: never lost in silence
    assert any(Path(i.origin).name == "broken.html" for i in items)
    assert any(isinstance(i, RawDocument) for i in items)


def test_oversized_and_unknown_and_missing(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 5000)
    odd = tmp_path / "slides.pptx"
    odd.write_bytes(b"PK\x03\x04")
    items = list(read_paths([str(big), str(odd), str(tmp_path / "nope.txt")],
                            Options(max_file_bytes=1000)))
    reasons = " | ".join(i.reason for i in items if isinstance(i, ReadFailure))
    assert "over the limit" in reasons
    assert "no such file" in reasons
    assert len([i for i in items if isinstance(i, ReadFailure)]) == 3
    assert list(read_paths([str(odd)], Options()))[0].reason.startswith("[E178] unknown file type")


def test_wrong_encoding_is_detected() -> None:
    (doc,) = _read("latin1.txt")
    assert isinstance(doc, RawDocument)
    assert "café" in doc.text


def test_folders_and_globs_read_each_file_once() -> None:
    items = list(read_paths([str(DATA), str(DATA / "*.txt")], Options()))
    origins = [i.origin for i in items if isinstance(i, RawDocument) and i.origin.endswith(".txt")]
    assert len(origins) == len(set(origins))


def test_gzip_of_a_known_type_is_read_and_any_other_named(tmp_path: Path) -> None:
    (tmp_path / "notes.txt.gz").write_bytes(
        gzip.compress(b"Talks in Tbilisi\n\nPashinyan met Aliyev in Tbilisi on Monday.\n"))
    (tmp_path / "data.bin.gz").write_bytes(gzip.compress(b"hello"))
    (tmp_path / "bundle.zip").write_bytes(b"PK\x03\x04")
    items = list(read_paths([str(tmp_path)], Options()))
    (doc,) = [i for i in items if isinstance(i, RawDocument)]
    named = [i for i in items if isinstance(i, ReadFailure)]
    assert doc.title == "Talks in Tbilisi"
    assert sorted(Path(n.origin).name for n in named) == ["bundle.zip", "data.bin.gz"]
    assert all(isinstance(n, ReadFailure) and n.reason.startswith("[E177] archive")
               for n in named)
