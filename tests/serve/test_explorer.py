"""The explorer in real headless Chromium over the demo database: it loads, a filter changes
what is shown, a click shows the event's sources with the sentence highlighted; screenshots
of the three views go to test-artifacts/ for a human to look at."""

from __future__ import annotations

from typing import Any

import pytest

from tests.serve.conftest import ARTIFACTS, LiveServer


@pytest.fixture()
def page(browser: Any, live_server: LiveServer) -> Any:
    tab = browser.new_page()
    offline: list[str] = []
    tab.on("request", lambda r: None if r.url.startswith(live_server.base)
           else offline.append(r.url))
    tab.goto(live_server.base + "/")
    tab.wait_for_selector("body[data-loaded=true]", timeout=20000)
    yield tab
    assert offline == [], f"the page fetched from outside the server: {offline}"
    tab.close()


def test_page_loads_filters_and_shows_sources(page: Any) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    total = int(page.get_attribute("body", "data-count"))
    assert total > 20
    dates = page.locator("#event-table tbody td:first-child").all_inner_texts()
    dated = [d for d in dates if not d.startswith("undated")]
    assert len(dates) == total
    assert page.locator("#view-timeline circle.dot").count() == len(dated)
    page.screenshot(path=str(ARTIFACTS / "explorer-timeline.png"), full_page=False)

    page.fill("input[name=actor]", "Pashinyan")
    page.click("button[type=submit]")
    page.wait_for_selector("body[data-loaded=true]")
    narrowed = int(page.get_attribute("body", "data-count"))
    assert 0 < narrowed < total
    rows = page.locator("#event-table tbody tr")
    assert rows.count() == narrowed
    assert all("Pashinyan" in t for t in rows.all_inner_texts())

    page.locator("#view-timeline circle.dot").first.click()
    page.wait_for_selector("#sources .source mark", timeout=10000)
    sentence = page.locator("#sources blockquote").first.inner_text()
    marked = page.locator("#sources mark").first.inner_text()
    assert " ".join(sentence.split()) == " ".join(marked.split())
    assert page.locator("#detail h3", has_text="Story").count() == 1

    page.click("button[type=reset]")
    page.wait_for_function(f"document.body.dataset.count === '{total}'")
    page.click("#tab-map")
    page.wait_for_selector("#view-map circle.place")
    page.locator("#view-map circle.place").first.click()
    page.wait_for_selector("#sources .source")
    page.screenshot(path=str(ARTIFACTS / "explorer-map.png"))

    page.click("#tab-network")
    page.wait_for_selector("#view-network .node")
    assert page.locator("#view-network path.edge").count() > 0
    page.screenshot(path=str(ARTIFACTS / "explorer-network.png"))


def test_type_chip_filters(page: Any) -> None:
    total = int(page.get_attribute("body", "data-count"))
    page.click(".chip[data-type=CONSULT]")
    page.wait_for_function(f"document.body.dataset.loaded === 'true' && "
                           f"document.body.dataset.count !== '{total}'")
    cells = page.locator("#event-table tbody td:nth-child(2)").all_inner_texts()
    types = {t.strip() for t in cells}
    assert types == {"CONSULT"}


def test_load_time_is_measured(page: Any) -> None:
    timing = page.evaluate(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd}; })()"
    )
    assert 0 < timing["load"] < 10000, timing
