"""How much memory an oversized POST /articles body costs the server, and how soon it is cut.

Starts `eventwire serve` (a separate process, so its memory is its own) on a loopback
port over an empty database, then sends bodies of --mb megabytes of whitespace: once
chunked (no Content-Length, counted while read) and once with Content-Length (refused
from the header). Prints the status, the bytes the client got to send before the answer,
and the server's peak resident memory (VmHWM) before and after. Loopback only.

    python bench/api_body_memory.py --mb 300
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

TOKEN = "bench-token"
CHUNK = b" " * (1024 * 1024)


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc: this needs Linux")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def send(base: str, megabytes: int, declared: bool) -> tuple[int | str, int]:
    """POST megabytes of body; (status or the error that ended it, MB the client sent)."""
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(megabytes):
            sent += 1
            yield CHUNK

    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    if declared:
        headers["Content-Length"] = str(megabytes * len(CHUNK))
    try:
        answer = httpx.post(f"{base}/articles", content=body(), headers=headers, timeout=300)
        return answer.status_code, sent
    except httpx.HTTPError as err:  # the server may close the connection mid-upload
        return type(err).__name__, sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=300, help="body size in MB")
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        server = subprocess.Popen(
            [sys.executable, "-c", "from eventwire.cli import app; app()", "serve",
             "--db", url, "--port", str(port), "--token", TOKEN],
            env={**os.environ}, stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(f"{base}/version", timeout=2)
                    break
                except httpx.HTTPError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.2)
            print(f"server started: peak RSS {peak_rss_mb(server.pid):.0f} MB")
            for declared in (False, True):
                before = peak_rss_mb(server.pid)
                started = time.perf_counter()
                status, sent = send(base, args.mb, declared)
                took = time.perf_counter() - started
                print(f"{args.mb} MB body, {'Content-Length' if declared else 'chunked'}: "
                      f"{status} in {took:.1f} s (the client pushed {sent} MB; the server "
                      "discards what follows its answer); server "
                      f"peak RSS {before:.0f} -> {peak_rss_mb(server.pid):.0f} MB")
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
