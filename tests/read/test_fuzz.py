"""Over 2,000 generated bad inputs (bench/fuzz_inputs.py), every class issue 15 found:
one `eventwire ingest` over them all must not crash or hang, must name each bad file
or record exactly once on one line, must store every good article, and must send
nothing to the network (a loopback listener is named in pages that htmldate would
otherwise download)."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.common import EXIT_SKIPPED, skip_line
from eventwire.options import Options
from eventwire.pipeline import _handle
from eventwire.read import ReadFailure, read_path
from eventwire.read.names import printable
from eventwire.records import RawDocument
from eventwire.store import Store

BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz_inputs.py"
_spec = importlib.util.spec_from_file_location("fuzz_inputs", BENCH)
assert _spec and _spec.loader
fuzz: Any = importlib.util.module_from_spec(_spec)
sys.modules["fuzz_inputs"] = fuzz  # its dataclasses look their module up
_spec.loader.exec_module(fuzz)


def skip_origins(stderr: str) -> list[str]:
    """The origin each `skipped` line names (the text up to the coded reason)."""
    out = []
    for line in stderr.splitlines():
        if line.startswith("skipped "):
            head, sep, _ = line.removeprefix("skipped ").partition(": [E")
            assert sep, line
            out.append(head)
    return out


def test_two_thousand_bad_inputs_each_named_once(tmp_path: Path, listener: Any) -> None:
    root = tmp_path.resolve() / "in"
    manifest = fuzz.generate(root, seed=15, port=listener.port)
    assert len(manifest.named) >= 2000
    assert len({cls for cls, _ in manifest.named}) >= 30
    db = f"sqlite:///{tmp_path / 'fuzz.db'}"
    result = CliRunner().invoke(app, ["ingest", str(root), "--db", db,
                                      "--max-bytes", str(fuzz.MAX_BYTES)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == EXIT_SKIPPED
    assert "Traceback" not in result.stderr
    assert "E900" not in result.stderr
    printed = Counter(skip_origins(result.stderr))
    expected = Counter(printable(name) for _, name in manifest.named)
    missing = {n: c for n, c in expected.items() if printed[n] != c}
    extra = {n: c for n, c in printed.items() if n not in expected}
    assert not missing and not extra, (list(missing.items())[:5], list(extra.items())[:5])
    for line in result.stderr.splitlines():  # skip lines, the summary and its warning only
        assert "\x1b" not in line
        assert line.startswith(("skipped ", "warning: ", "ingest: ", "  articles: ", "  events: ",
                                "  in store: ")), line
    store = Store(db)
    assert store.counts()["articles"] == sum(manifest.stored.values())
    for given in manifest.good_ids:
        assert store.has_article(given)
    assert listener.connections == 0


def test_mutated_files_are_read_or_named_never_an_unexpected_error(tmp_path: Path) -> None:
    paths = fuzz.mutated(tmp_path, count=350, seed=15)
    options = Options()
    named: Counter[Path] = Counter()
    for path in paths:
        for item in read_path(path, options):
            if isinstance(item, RawDocument):
                item = _handle(item, options, lambda _: None) or item
            if isinstance(item, ReadFailure):
                assert not item.reason.startswith("[E900]"), (path, item.reason)
                assert "\n" not in skip_line(item)
                named[path] += 1
    assert len(named) > 100  # most mutations break something, and it is said


def test_fifo_named_on_the_command_line_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    results: list[Any] = []
    args = ["ingest", str(fifo), "--db", f"sqlite:///{tmp_path / 'x.db'}"]
    runner = threading.Thread(target=lambda: results.append(CliRunner().invoke(app, args)),
                              daemon=True)  # opening the FIFO would block: fail, don't hang
    runner.start()
    runner.join(timeout=60)
    assert results, "ingest blocked on the FIFO"
    (result,) = results
    assert result.exit_code == EXIT_SKIPPED
    assert skip_origins(result.stderr) == [str(fifo)]
    assert "[E174]" in result.stderr


def test_extract_names_every_bad_line_of_a_stream_once() -> None:
    stream, named, good = fuzz.extract_stream(seed=15, lines=500)
    result = CliRunner().invoke(app, ["extract", "-"], input=stream)
    assert result.exit_code == EXIT_SKIPPED
    assert "Traceback" not in result.stderr and "E900" not in result.stderr
    printed = Counter(skip_origins(result.stderr))
    assert printed == Counter(f"-:{number}" for number in named)
    sources = {s["article_id"] for line in result.stdout.splitlines()
               for s in json.loads(line)["sources"]}
    assert len(sources) <= good and sources <= {f"g{n}" for n in range(1, 501)}
