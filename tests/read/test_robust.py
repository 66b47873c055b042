"""Bad input named, not fatal, one case at a time (the fuzz test runs them all at scale):
encodings, odd names, folders, extract's per-line isolation, the printer, the small
reading fixes (a headline with a stop, a dateline's outlet, sentence ends)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.clean import split_title
from eventwire.cli import app
from eventwire.cli.common import EXIT_SKIPPED, skip_line
from eventwire.language.analyze import analyze
from eventwire.language.times_dateline import dateline_outlet
from eventwire.options import Options
from eventwire.pipeline import same_text
from eventwire.prepare import prepare
from eventwire.read import ReadFailure, read_paths
from eventwire.records import RawDocument
from eventwire.store import Store

LEAD = ("BRUSSELS, May 14 (Steppe Herald) - Armenian Prime Minister Nikol Pashinyan met "
        "Azerbaijani President Ilham Aliyev in Brussels on Sunday.")
OTHER = "Storm warnings were issued for the coast; ferries stayed in port overnight."


def _docs(*paths: Path) -> list[RawDocument | ReadFailure]:
    return list(read_paths([str(p) for p in paths], Options()))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_are_decoded_with_or_without_a_mark(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(f"Talks in Brussels\n\n{LEAD} Ереван.\n".encode(encoding))
    (doc,) = _docs(path)
    assert isinstance(doc, RawDocument), doc
    assert doc.title == "Talks in Brussels" and doc.text.endswith("Ереван.")


def test_binary_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 4)
    (item,) = _docs(path)
    assert isinstance(item, ReadFailure) and item.reason.startswith("[E103]")


def test_a_name_that_is_not_utf8_is_read_and_stored_escaped(tmp_path: Path) -> None:
    folder = os.fsencode(str(tmp_path))
    path = Path(os.fsdecode(folder + b"/caf\xe9-\x1b[2J.txt"))
    path.write_text(f"Talks\n\n{LEAD}\n")
    (doc,) = _docs(tmp_path)
    assert isinstance(doc, RawDocument)
    assert doc.origin.endswith("caf\\xe9-\x1b[2J.txt")
    doc.origin.encode("utf-8")  # storable
    line = skip_line(ReadFailure(doc.origin, "[E102] file is empty"))
    assert line.endswith("caf\\xe9-\\x1b[2J.txt: [E102] file is empty")


def test_project_files_are_named_in_folders_and_read_when_named(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"About\n\n{LEAD}\n")
    (item,) = _docs(tmp_path)
    assert isinstance(item, ReadFailure) and item.reason.startswith("[E179]")
    (doc,) = _docs(readme)
    assert isinstance(doc, RawDocument)


def test_jsonl_field_types_dates_and_limits_are_named_by_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        {"id": "a", "text": "Pashinyan met Aliyev.", "title": 5},
        {"id": "b", "text": "Pashinyan met Aliyev.", "published": "9999-99-99"},
        {"id": "c", "text": "Pashinyan met Aliyev.", "url": ["x"]},
        {"id": "d", "text": "Pashinyan met Aliyev.", "published": "2022-02-22"},
    ]
    body = [json.dumps(line) for line in lines]
    body.append('{"id": "e", "text": "x", "n": ' + "9" * 5000 + "}")
    body.append("[" * 100_000 + "]" * 100_000)
    path.write_text("\n".join(body) + "\n")
    items = _docs(path)
    codes = {i.origin.rsplit(":", 1)[1]: i.reason[:6] for i in items
             if isinstance(i, ReadFailure)}
    assert codes == {"1": "[E170]", "2": "[E172]", "3": "[E170]", "5": "[E171]",
                     "6": "[E171]"}
    assert [i.given_id for i in items if isinstance(i, RawDocument)] == ["d"]


def test_extract_names_each_bad_line_and_goes_on() -> None:
    good = {"id": "g", "text": LEAD, "published": "2023-05-14"}
    source = b"\n".join([
        json.dumps({"id": "a", "text": "Pashinyan met Aliyev.", "title": 5}).encode(),
        json.dumps({"id": "b", "text": LEAD, "published": "9999-99-99"}).encode(),
        b'{"id": "c", "text": "caf\xe9"}',
        json.dumps(good).encode(),
        json.dumps({"id": "g", "text": OTHER}).encode(),
    ]) + b"\n"
    result = CliRunner().invoke(app, ["extract", "-"], input=source)
    assert result.exit_code == EXIT_SKIPPED, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert [line.split(": ")[0] for line in skipped] == [
        "skipped -:1", "skipped -:2", "skipped -:3", "skipped -:5"]
    assert "[E173]" in skipped[3]
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and all(e["sources"][0]["article_id"] == "g" for e in events)


def test_reused_id_with_other_text_is_named_not_already_stored(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "same", "text": LEAD}) + "\n")
    second.write_text(json.dumps({"id": "same", "text": OTHER}) + "\n")
    assert CliRunner().invoke(app, ["ingest", str(first), "--db", db]).exit_code == 0
    again = CliRunner().invoke(app, ["ingest", str(first), "--db", db])
    assert again.exit_code == 0 and "1 already stored" in again.stderr
    result = CliRunner().invoke(app, ["ingest", str(second), "--db", db])
    assert result.exit_code == EXIT_SKIPPED
    assert f"skipped {second}:1: [E173] id 'same' is already stored with a different text" \
        in result.stderr
    assert Store(db).counts()["articles"] == 1


def test_an_error_naming_markup_is_printed_as_text(tmp_path: Path) -> None:
    missing = tmp_path / "[/x]" / "[red]in\x1b[2J.jsonl"
    result = CliRunner().invoke(app, ["extract", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "[/x]/[red]in\\x1b[2J.jsonl" in result.stderr and "\x1b" not in result.stderr


def test_skip_lines_never_wrap(tmp_path: Path) -> None:
    folder = tmp_path / ("a-very-long-folder-name-" * 6)
    folder.mkdir()
    for n in range(3):
        (folder / f"empty-{n}.txt").write_text("")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db",
                                      f"sqlite:///{tmp_path / 'x.db'}"])
    lines = result.stderr.splitlines()
    assert sum(line.startswith("skipped ") for line in lines) == 3
    summary = ("ingest: ", "  articles: ", "  events: ", "  in store: ")  # the closing counts
    assert all(line.startswith(("skipped ", *summary)) for line in lines), lines


def test_headline_ending_in_a_stop_is_kept_as_title() -> None:
    head = "Armenian and Azerbaijani leaders agree to resume border talks after Brussels."
    assert split_title(f"{head}\n\n{LEAD}\n") == (head, f"\n{LEAD}\n")
    assert split_title(f"{LEAD}\n\nMore.") == (None, f"{LEAD}\n\nMore.")


def test_dateline_outlet_is_any_parenthesised_name() -> None:
    assert dateline_outlet(LEAD) == "Steppe Herald"
    assert dateline_outlet("MOSCOW (Reuters) - Talks.") == "Reuters"
    assert dateline_outlet("YEREVAN, 5 March (Caucasus Wire Service) \u2014 x") \
        == "Caucasus Wire Service"
    assert dateline_outlet("The ministers met (in private) on Monday.") is None
    article = prepare(RawDocument(origin="x", text=LEAD), Options())
    assert article.outlet == "Steppe Herald"
    named = prepare(RawDocument(origin="x", text=LEAD, outlet="Given"), Options())
    assert named.outlet == "Given"


def test_sentences_end_at_their_last_word() -> None:
    article = prepare(RawDocument(origin="x", text=f"{LEAD}\n\n\nThe talks went on.\n\n"),
                      Options())
    sentences = analyze(article).sentences
    assert sentences[0].text.endswith("Sunday.")
    assert all(s.text == s.text.rstrip() for s in sentences)
    assert all(article.text[s.start:s.end] == s.text for s in sentences)


def test_published_option_that_is_no_date_stops_before_reading(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--published", "2022-02-30",
                                      "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 2 and "[E172]" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_folder_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(f"Talks\n\n{LEAD}\n")
    locked.chmod(0)
    try:
        (item,) = _docs(tmp_path)
    finally:
        locked.chmod(0o755)
    assert isinstance(item, ReadFailure) and item.reason.startswith("[E176]")


def test_a_folder_named_twice_is_read_once_without_a_skip(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text(f"Talks\n\n{LEAD}\n")
    (tmp_path / "link").symlink_to(sub, target_is_directory=True)
    (sub / "up").symlink_to(tmp_path, target_is_directory=True)
    items = list(read_paths([str(tmp_path), str(sub)], Options()))
    assert len([i for i in items if isinstance(i, RawDocument)]) == 1
    (loop,) = [i for i in items if isinstance(i, ReadFailure)]
    assert loop.origin.endswith("up") and loop.reason.startswith("[E175]")


def test_a_text_cleaned_slightly_differently_is_still_the_stored_article() -> None:
    body = (LEAD + " The talks, hosted by European Council President Charles Michel, "
            "covered the delimitation of the border, the opening of transport links and "
            "the release of detainees held since the war.")
    assert same_text(body, body + "\n\nShare this article")
    assert not same_text(LEAD, OTHER)


def test_cluster_partitions_name_a_reused_id_too(tmp_path: Path) -> None:
    from eventwire.cluster import Partition, code_partition

    db = f"sqlite:///{tmp_path / 'x.db'}"
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "same", "text": LEAD}) + "\n")
    second.write_text(json.dumps({"id": "same", "text": LEAD}) + "\n"
                      + json.dumps({"id": "same", "text": OTHER}) + "\n")
    assert CliRunner().invoke(app, ["ingest", str(first), "--db", db]).exit_code == 0
    again, conflict = code_partition(Partition(0, str(second)), Options(db_url=db))
    assert again == "same"
    assert isinstance(conflict, ReadFailure) and conflict.origin == f"{second}:2"
    assert conflict.reason.startswith("[E173]")
