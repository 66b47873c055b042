"""Fixtures for the HTTP API and explorer: the demo database (built once), a real uvicorn
server on 127.0.0.1 in a thread, and headless Chromium driven by Playwright."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.options import Options
from eventwire.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
WRITE_TOKEN = "write-secret"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo corpus ingested by the real pipeline into a SQLite file, once per session."""
    from eventwire import pipeline
    from eventwire.demo import corpus_dir

    url = f"sqlite:///{tmp_path_factory.mktemp('serve') / 'demo.db'}"
    store = Store(url)
    summary = pipeline.ingest([str(corpus_dir())], Options(db_url=url), store)
    store.close()
    assert summary.events > 20, f"the demo corpus gave only {summary.events} events"
    return url


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """uvicorn serving create_app in a background thread; stopped by the fixture."""

    def __init__(self, url: str, write_token: str | None, read_token: str | None) -> None:
        import uvicorn

        from eventwire.serve import create_app

        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(url, write_token, read_token), host="127.0.0.1",
                                port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start within 20 s on 127.0.0.1")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(demo_db: str) -> Iterator[LiveServer]:
    with LiveServer(demo_db, WRITE_TOKEN, None) as server:
        yield server


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Debian's chromium, headless, with a fresh profile and no background networking."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed: apt-get install -y chromium (CI installs it)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is absent: pip install -e '.[dev]'")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as play:
        context = play.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True,
            viewport={"width": 1400, "height": 900},
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )
        try:
            yield context
        finally:
            context.close()
