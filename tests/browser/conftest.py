"""Browser tests: Debian's headless Chromium (Playwright, sync API) against ``streamlit run app.py``.

The app is started once per session on a free localhost port with ``PLANGRAPH_DB`` pointing at the
database ``built_db`` built from data/plans (set ``PLANGRAPH_BROWSER_DB=sample`` to use the small
hand-made sample graph instead while developing).  Screenshots go to ``<test output>/browser/``.
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = Path(os.environ.get("PLANGRAPH_TEST_OUTPUT", ROOT / "test-output"))   # as tests/conftest.py
SHOTS = OUTPUT / "browser"
CHROMIUM = os.environ.get("PLANGRAPH_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def app_db(request) -> Path:
    if os.environ.get("PLANGRAPH_BROWSER_DB") == "sample":
        return request.getfixturevalue("sample_db")
    return request.getfixturevalue("built_db")


@pytest.fixture(scope="session")
def app_url(app_db):
    from explorer.server import serve
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(app_db, log=SHOTS / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, app_url):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN", accept_downloads=True)
    ctx.set_default_timeout(30_000)
    pg = ctx.new_page()
    pg.base_url = app_url
    yield pg
    ctx.close()


@pytest.fixture
def shot(request):
    """shot(page, "name") writes <output>/browser/<test>-<n>-<name>.png and returns the path."""
    counter = {"n": 0}

    def take(pg, name: str, at=None) -> Path:
        """``at``: a locator to scroll into view first (Streamlit scrolls inside its own container)."""
        counter["n"] += 1
        test = re.sub(r"\W+", "_", request.node.name)
        path = SHOTS / f"{test}-{counter['n']}-{name}.png"
        wait_idle(pg)
        if at is not None:
            at.scroll_into_view_if_needed()
            time.sleep(0.3)
        pg.screenshot(path=str(path))
        return path
    return take


def wait_idle(pg, timeout: float = 30.0) -> None:
    """Wait until Streamlit is not running the script (no status widget) and the page has settled."""
    deadline = time.monotonic() + timeout
    pg.wait_for_selector('[data-testid="stApp"]', timeout=timeout * 1000)
    time.sleep(0.3)
    while time.monotonic() < deadline:
        running = pg.locator('[data-testid="stStatusWidget"]').count()
        stale = pg.locator('[data-stale="true"]').count()
        if not running and not stale:
            break
        time.sleep(0.2)
    time.sleep(0.3)


def node_id(db: Path, label: str, name: str) -> str:
    """The id of a node by label and exact name, read from the database the app serves."""
    from graph.store import LadybugStore
    with LadybugStore(db) as s:
        rows = s.query(f"MATCH (n:{label}) WHERE n.name = $name RETURN n.id AS id", {"name": name}).rows
    assert rows, f"no {label} named {name} in {db}"
    return rows[0]["id"]


def graph_frame(pg):
    """The st-link-analysis iframe (Cytoscape lives inside it) once it has drawn its nodes."""
    pg.locator('iframe[title*="st_link_analysis"]').first.scroll_into_view_if_needed()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for f in pg.frames:
            if "st_link_analysis" in f.url:
                try:
                    n = f.evaluate("() => document.getElementById('cy')?._cyreg?.cy?.nodes().length || 0")
                except Exception:
                    n = 0
                if n:
                    return f
        time.sleep(0.25)
    raise AssertionError("the graph component drew no nodes within 30 s")


def click_graph_node(pg, frame, target_id: str) -> None:
    """A real mouse click on a Cytoscape node, at its rendered position on the component's canvas."""
    time.sleep(0.6)   # let the layout settle
    pos = frame.evaluate("""(id) => {
        const n = document.getElementById('cy')._cyreg.cy.getElementById(id);
        return (!n || n.empty()) ? null : n.renderedPosition(); }""", target_id)
    assert pos, f"node {target_id} is not in the drawn graph"
    frame.locator("#cy").click(position={"x": pos["x"], "y": pos["y"]})
