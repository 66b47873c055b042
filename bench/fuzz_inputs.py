"""Generated bad inputs for ingest and extract: every class issue 15 found, seeded.

`generate` writes a folder of small files, mostly bad and some good, and returns
what a run over it must do: which files and records it must name (each exactly
once, on one line), and how many articles it must store. The fuzz test
(tests/read/test_fuzz.py) runs `eventwire ingest` over it in-process; this script
prints the counts by class, and with --run times an ingest over the folder.

    python bench/fuzz_inputs.py --out /tmp/fuzz            # write, print counts
    python bench/fuzz_inputs.py --out /tmp/fuzz --run      # and ingest it

The file limit is ``MAX_BYTES`` (pass ``--max-bytes`` to ingest) so that the size
classes (oversized files, gzip and WARC bombs) stay small on disk.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

MAX_BYTES = 256 * 1024
ACTORS = ["Pashinyan", "Aliyev", "Erdogan", "Putin", "Michel", "Blinken", "Lavrov", "Mirzoyan"]
PLACES = ["Brussels", "Tbilisi", "Moscow", "Ankara", "Baku", "Yerevan", "Prague", "Granada"]
TOPICS = ["the border", "a peace treaty", "transit routes", "prisoners", "gas supplies"]


@dataclass
class Manifest:
    """What a run over the folder must do."""

    root: Path
    #: Names the run must print, each once: a file's path, or ``path:line`` / ``path#record``
    #: (as stored: origin_of the path; the printer escapes them).
    named: list[tuple[str, str]] = field(default_factory=list)  # (class, name)
    #: Articles the run must store (good files and records), by class.
    stored: Counter[str] = field(default_factory=Counter)
    #: Given ids of good JSON Lines records, which must be in the store.
    good_ids: list[str] = field(default_factory=list)

    def name(self, cls: str, path: Path | str, suffix: str = "") -> None:
        self.named.append((cls, os.fsencode(str(path)).decode("utf-8", "backslashreplace")
                           + suffix))


class Writer:
    def __init__(self, root: Path, seed: int, port: int | None) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.port = port
        self.manifest = Manifest(root)
        self.serial = 0

    # --- material --------------------------------------------------------------------------

    def sentence(self) -> str:
        self.serial += 1
        a, b = self.rng.sample(ACTORS, 2)
        return (f"{a} met {b} in {self.rng.choice(PLACES)} on Monday to discuss "
                f"{self.rng.choice(TOPICS)}, officials said in statement {self.serial}.")

    def article(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 4)))

    def other_article(self) -> str:
        """A text sharing few words with ``article``: another article under a reused id."""
        self.serial += 1
        return (f"Storm warnings were issued for the northern coast ({self.serial}); ferries "
                "stayed in port and schools closed early as the wind rose overnight.")

    def html(self, body: str) -> bytes:
        paragraphs = "".join(f"<p>{s}.</p>" for s in body.split(". "))
        return (f"<html><head><title>Talks {self.serial}</title></head><body><article>"
                f"<h1>Talks {self.serial}</h1>{paragraphs}</article></body></html>").encode()

    def path(self, folder: str, name: str) -> Path:
        target = self.root / folder
        target.mkdir(parents=True, exist_ok=True)
        return target / name

    def file(self, cls: str, folder: str, name: str | bytes, data: bytes,
             named: bool = True) -> Path:
        base = self.path(folder, "x").parent
        if isinstance(name, bytes):
            path = Path(os.fsdecode(os.fsencode(str(base)) + b"/" + name))
        else:
            path = base / name  # a "/" in it ("[/x]", read as markup) makes a folder
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if named:
            self.manifest.name(cls, path)
        else:
            self.manifest.stored[cls] += 1
        return path

    # --- JSON Lines --------------------------------------------------------------------------

    def bad_record(self) -> tuple[str, str]:
        """One bad JSON Lines line and its class."""
        rng = self.rng
        text = self.article()
        kind = rng.choice(["type", "type", "id", "bigint", "invalid", "not-object", "no-text",
                           "date"])
        rid = f"r{self.serial}"
        if kind == "type":
            name = rng.choice(["title", "url", "outlet", "published", "publication_date"])
            value = rng.choice([5, 2.5, True, [1, "a"], {"x": 1}])
            return "jsonl-field-type", json.dumps({"id": rid, "text": text, name: value})
        if kind == "id":
            return "jsonl-field-type", json.dumps({"id": rng.choice([{}, [], True, ""]),
                                                   "text": text})
        if kind == "bigint":
            number, quoted = "7" * 5000, json.dumps(text)
            return "jsonl-huge-number", f'{{"id": "{rid}", "text": {quoted}, "n": {number}}}'
        if kind == "invalid":
            line = json.dumps({"id": rid, "text": text})
            return "jsonl-invalid", rng.choice([line[: rng.randint(1, len(line) - 1)],
                                                line.replace('"', "'"), "{" + line, "nan?"])
        if kind == "not-object":
            return "jsonl-not-object", rng.choice(["[1, 2]", "42", '"text"', "null"])
        if kind == "no-text":
            return "jsonl-no-text", json.dumps({"id": rid, rng.choice(["body", "txt"]): text})
        date = rng.choice(["9999-99-99", "2022-02-30", "2022-13-01", "0000-00-00", "soon"])
        return "jsonl-bad-date", json.dumps({"id": rid, "text": text, "published": date})

    def jsonl_files(self, files: int, good_every: int) -> None:
        for number in range(files):
            lines: list[str] = []
            classes: dict[int, str] = {}
            for _ in range(self.rng.randint(12, 20)):
                cls, line = self.bad_record()
                lines.append(line)
                classes[len(lines)] = cls
            if number % 3 == 0:  # nested 100,000 deep: 200 KB, so one a file at most
                deep = "[" * 100_000 + "]" * 100_000
                lines.append(f'{{"id": "d{number}", "x": {deep}}}')
                classes[len(lines)] = "jsonl-deep"
            if number % good_every == 0:  # a good record, and one reusing its id
                gid = f"good-{number}\x1b[2J[/x]"
                url = f"https://news.example/{number}/[/x]\x1b[2J"
                text = self.article() + " A NUL \x00 and a lone \ud800 escape."
                lines.insert(0, json.dumps({"id": gid, "text": text, "url": url,
                                            "published": f"2023-05-0{1 + number % 9}"}))
                classes = {k + 1: v for k, v in classes.items()}
                lines.append(json.dumps({"id": gid, "text": self.other_article()}))
                classes[len(lines)] = "jsonl-reused-id"
                self.manifest.good_ids.append(gid)
                self.manifest.stored["jsonl-good"] += 1
            path = self.path("jsonl", f"batch-{number:04d}.jsonl")
            path.write_text("\n".join(lines) + "\n")
            for line_number, cls in classes.items():
                self.manifest.name(cls, path, f":{line_number}")

    # --- single files ------------------------------------------------------------------------

    def plain_files(self, count: int) -> None:
        rng = self.rng
        for n in range(count):
            kind = n % 9
            if kind == 0:
                self.file("empty", "plain", f"empty-{n}.txt", rng.choice([b"", b"  \n\t\n"]))
            elif kind == 1:
                self.file("binary", "plain", f"binary-{n}.txt", bytes(rng.randrange(256)
                                                                        for _ in range(300)))
            elif kind == 2:
                self.file("oversized", "plain", f"big-{n}.txt", b"a " * (MAX_BYTES // 2 + 10))
            elif kind == 3:
                name = rng.choice(["esc-\x1b[2J-", "new\nline-", "markup-[/x]-", "[red]tag-",
                                   "tab\t-", "bell\x07-"]) + f"{n}.txt"
                self.file("odd-name", "names", name, b"")
            elif kind == 4:
                self.file("non-utf8-name", "names", f"bad-\xff\xfe-{n}.txt".encode("latin-1"),
                          b"\x00\x01\x02")
            elif kind == 5:
                self.file("no-article-html", "html", f"nav-{n}.html",
                          self.rng.choice([b"<html><body><script>var x=1;</script></body></html>",
                                          b"<html><head><title>T</title></head><body></body></html>",
                                          b"<html><body><nav></nav></body></html>"]))
            elif kind == 6:
                url = f"http://127.0.0.1:{self.port or 9}/leak-{n}"
                self.file("html-url-body", "html", f"url-{n}.html", url.encode())
            elif kind == 7:
                self.file("bad-xml", "feeds", f"decl-{n}.xml", rng.choice([
                    b'<?xml version="1.0" encoding="\xff\xfe\x00"?><rss><channel></channel></rss>',
                    b'<?xml version="1.0" encoding="utf-8"\xff?><rss>',
                    b"/dev/zero",
                    b"<rss><channel><title>x</title></channel></rss>",
                ]))
            else:
                self.file("unknown-type", "misc", rng.choice(
                    [f"notes-{n}", f"scan-{n}.pdf", f"table-{n}.csv", f"pack-{n}.zip",
                     f"blob-{n}.bin.gz"]), b"PK\x03\x04" + bytes(20))

    def compressed(self, count: int) -> None:
        for n in range(count):
            kind = n % 3
            if kind == 0:
                self.file("gzip-bomb", "gz", f"bomb-{n}.txt.gz",
                          gzip.compress(b"\n" * (MAX_BYTES * 3)))
            elif kind == 1:
                self.file("gzip-broken", "gz", f"cut-{n}.jsonl.gz",
                          gzip.compress(b'{"id": "x", "text": "y"}\n' * 50)[:40])
            else:
                self.file("gzip-good", "gz", f"ok-{n}.txt.gz", gzip.compress(
                    f"Talks {n}\n\n{self.article()}\n".encode()), named=False)

    def warc(self, records: list[tuple[str | None, bytes, str]], gz: bool = True) -> bytes:
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=gz)
        for url, body, rtype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url or "", rtype, payload=io.BytesIO(body),
                                               http_headers=headers if rtype == "response"
                                               else None)
            if url is None:
                record.rec_headers.remove_header("WARC-Target-URI")
            writer.write_record(record)
        return buf.getvalue()

    def warcs(self, count: int) -> None:
        for n in range(count):
            kind = n % 7
            good = (f"https://news.example/w{n}", self.html(self.article()), "response")
            if kind == 0:  # no target URI: read, named by record if it fails
                data = self.warc([(None, self.html(self.article()), "response"),
                                  (None, b"<html><body></body></html>", "response")])
                path = self.file("warc-no-uri", "warc", f"nouri-{n}.warc.gz", data, named=False)
                self.manifest.name("warc-no-uri", path, "#2")
            elif kind == 1:
                data = self.warc([good, good, good])
                self.file("warc-truncated", "warc", f"cut-{n}.warc.gz", data[: len(data) - 30])
            elif kind == 2:
                data = bytearray(self.warc([good], gz=self.rng.random() < 0.5))
                for i in range(20, len(data), 37):
                    data[i] ^= 0x5A
                self.file("warc-garbled", "warc", f"garbled-{n}.warc", bytes(data))
            elif kind == 3:
                big = b"<html><body><p>" + b"word " * (MAX_BYTES * 12 // 5) + b"</p></body></html>"
                self.file("warc-bomb", "warc", f"bomb-{n}.warc.gz",
                          self.warc([("https://news.example/bomb", big, "response")]))
            elif kind == 4:
                page = b"<html><body><p>" + b"word " * (MAX_BYTES // 4) + b"</p></body></html>"
                path = self.file("warc-big-record", "warc", f"bigpage-{n}.warc.gz",
                                 self.warc([("https://news.example/big", page, "response")]),
                                 named=False)
                self.manifest.stored["warc-big-record"] -= 1
                self.manifest.name("warc-big-record", path, "#1")
            elif kind == 5:
                self.file("warc-no-pages", "warc", f"requests-{n}.warc.gz",
                          self.warc([("https://news.example/r", b"GET / HTTP/1.1\r\n\r\n",
                                      "request")]))
            else:
                url = f"http://127.0.0.1:{self.port or 9}/warc-{n}"
                path = self.file("warc-url-body", "warc", f"urlbody-{n}.warc.gz",
                                 self.warc([(url, url.encode(), "response")]), named=False)
                self.manifest.stored["warc-url-body"] -= 1
                self.manifest.name("warc-url-body", path, "#1")

    def wide_text(self, count: int) -> None:
        encodings = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
        for n in range(count):
            enc = encodings[n % len(encodings)]
            text = f"Talks {n} in {enc}\n\n{self.article()}\n"
            self.file("utf16-32", "wide", f"wide-{n}.txt", text.encode(enc), named=False)

    def good_text(self, count: int) -> None:
        for n in range(count):
            name = ["plain-{n}.txt", "esc-\x1b[2J-{n}.txt", "mark-[/x]-{n}.txt"][n % 3]
            self.file("good-text", "good", name.format(n=n),
                      f"Talks {n} in the capital.\n\n{self.article()}\n".encode(), named=False)

    def project_files(self, count: int) -> None:
        names = ["README.md", "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "readme.txt"]
        for n in range(count):
            self.file("project-file", f"proj/p{n}", names[n % len(names)],
                      b"# A project\n\nThis folder holds articles.\n")

    def specials(self, count: int) -> None:
        for n in range(count):
            kind = n % 4
            base = self.path("special", "x").parent
            path = base / f"special-{n}"
            if kind == 0:
                path = path.with_suffix(".txt")
                os.mkfifo(path)
                self.manifest.name("fifo", path)
            elif kind == 1:
                path = path.with_suffix(".txt")
                path.symlink_to(base / f"missing-{n}.txt")
                self.manifest.name("broken-symlink", path)
            elif kind == 2:
                path = path.with_suffix(".txt")
                path.symlink_to(path)
                self.manifest.name("symlink-loop", path)
            else:
                loop = self.path(f"loops/l{n}", "x").parent
                (loop / "back").symlink_to(loop, target_is_directory=True)
                self.manifest.name("folder-loop", loop / "back")


def mutated(root: Path, count: int = 300, seed: int = 15) -> list[Path]:
    """Good files of every format with random bytes changed, cut or inserted: whatever
    each becomes, reading it must name it or read it, never fail unexpectedly."""
    writer = Writer(root, seed, None)
    rng = writer.rng
    seeds = {
        "html": writer.html(writer.article()),
        "jsonl": "".join(json.dumps({"id": f"m{i}", "text": writer.article(), "title": "T",
                                     "published": "2023-01-02", "url": f"https://x/{i}"}) + "\n"
                         for i in range(3)).encode(),
        "xml": (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W'
                b"</title><item><title>T</title><link>https://x/1</link><pubDate>Mon, 02 Jan "
                b"2023 10:00:00 GMT</pubDate><description>" + writer.article().encode()
                + b"</description></item></channel></rss>"),
        "warc.gz": writer.warc([("https://x/1", writer.html(writer.article()), "response"),
                                ("https://x/2", writer.html(writer.article()), "response")]),
        "warc": writer.warc([("https://x/1", writer.html(writer.article()), "response")],
                            gz=False),
        "txt": f"Title\n\n{writer.article()}\n".encode(),
        "txt.gz": gzip.compress(f"Title\n\n{writer.article()}\n".encode()),
    }
    paths = []
    for number in range(count):
        ext = list(seeds)[number % len(seeds)]
        data = bytearray(seeds[ext])
        for _ in range(rng.choice([1, 2, 5, 20])):
            if not data:
                break
            at, op = rng.randrange(len(data)), rng.random()
            if op < 0.5:
                data[at] = rng.randrange(256)
            elif op < 0.75:
                del data[at:at + rng.randint(1, 50)]
            else:
                data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
        paths.append(writer.file("mutated", "mutated", f"m{number}.{ext}", bytes(data)))
    return paths


def extract_stream(seed: int = 15, lines: int = 500) -> tuple[bytes, dict[int, str], int]:
    """A JSON Lines stream for `extract -`: mostly bad lines (those above, lines that are
    not UTF-8, ids reused with other text) and a few good ones. Gives the bytes, the class
    of each line that must be named (by line number), and the number of good articles."""
    writer = Writer(Path("."), seed, None)
    out: list[bytes] = []
    named: dict[int, str] = {}
    good = 0
    for number in range(1, lines + 1):
        if number % 50 == 1:
            out.append(json.dumps({"id": f"g{number}", "text": writer.article()}).encode())
            good += 1
            continue
        if number % 50 == 2:
            line = json.dumps({"id": f"g{number - 1}", "text": writer.other_article()}).encode()
            cls = "jsonl-reused-id"
        elif number % 25 == 3:
            line, cls = b'{"id": "x", "text": "caf\xe9 \xff"}', "jsonl-not-utf8"
        elif number % 100 == 4:
            line = ('{"x": ' + "[" * 100_000 + "]" * 100_000 + "}").encode()
            cls = "jsonl-deep"
        else:
            cls, text = writer.bad_record()
            line = text.encode()
        out.append(line)
        named[number] = cls
    return b"\n".join(out) + b"\n", named, good


def generate(root: Path, seed: int = 15, scale: float = 1.0, port: int | None = None) -> Manifest:
    """Write the inputs under ``root``; ``scale`` 1.0 gives over 2,000 named items."""
    writer = Writer(root, seed, port)

    def n(count: int) -> int:
        return max(1, round(count * scale))

    writer.jsonl_files(n(100), good_every=6)
    writer.plain_files(n(360))
    writer.compressed(n(30))
    writer.warcs(n(70))
    writer.wide_text(n(12))
    writer.good_text(n(6))
    writer.project_files(n(20))
    writer.specials(n(24))
    return writer.manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write (new)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--run", action="store_true", help="then ingest it, and time that")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=False)
    manifest = generate(args.out, args.seed, args.scale)
    by_class = Counter(cls for cls, _ in manifest.named)
    print(f"{len(manifest.named)} named (bad) inputs, "
          f"{sum(manifest.stored.values())} good articles, in {args.out}")
    for cls, count in sorted(by_class.items()):
        print(f"  {cls:20} {count:5} named")
    for cls, count in sorted(manifest.stored.items()):
        if count:
            print(f"  {cls:20} {count:5} stored")
    if args.run:
        from typer.testing import CliRunner

        from eventwire.cli import app

        db = f"sqlite:///{args.out.with_suffix('.db')}"  # beside it: a .db in it is named
        started = time.perf_counter()
        result = CliRunner().invoke(app, ["ingest", str(args.out), "--db", db,
                                          "--max-bytes", str(MAX_BYTES)])
        skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
        print(f"ingest: exit {result.exit_code}, {len(skipped)} skip lines, "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
