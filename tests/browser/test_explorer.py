"""The explorer in a real browser: search, entity page, graph click, path finder, console, Turtle download.

Every step leaves a screenshot in <test output>/browser/ (see conftest.py).
"""
from __future__ import annotations

import os
import re

from playwright.sync_api import expect


from .conftest import click_graph_node, graph_frame, node_id, wait_idle

SAMPLE = os.environ.get("PLANGRAPH_BROWSER_DB") == "sample"
#: the path the issue asks for on the real graph; on the sample graph, two entities three hops apart
PATH_ENDS = ("乌素图", "内蒙古大学") if SAMPLE else ("敕勒川", "科技城")


def _select(page, label: str, name: str) -> None:
    """Pick the option '<name>（…）' in a Streamlit select box by typing into it."""
    box = page.get_by_label(label)
    box.click()
    page.keyboard.type(name)
    page.get_by_role("option", name=re.compile(rf"^{re.escape(name)}（")).first.click()
    wait_idle(page)


def test_search_open_entity_mentions_and_located_in(page, shot, app_db):
    page.goto(page.base_url)
    wait_idle(page)
    box = page.get_by_label("名称或别名 · name or alias")
    box.fill("乌素图")
    box.press("Enter")
    hit = page.get_by_role("button", name="乌素图", exact=True)
    expect(hit).to_be_visible()
    expect(page.get_by_text(re.compile(r"地点 Place \(\d+\)"))).to_be_visible()
    shot(page, "search")
    hit.click()
    expect(page.get_by_role("heading", name="乌素图", exact=True)).to_be_visible()
    wusutu = node_id(app_db, "Place", "乌素图")
    expect(page).to_have_url(re.compile(f"entity={wusutu}"))   # the page is a deep link
    # mentions: the sentence highlighted inside its paragraph, with plan and section
    expect(page.get_by_role("heading", name=re.compile(r"提及 Mentions \(\d+\)"))).to_be_visible()
    marks = page.locator(".pg-ev .pg-sent mark", has_text="乌素图")
    expect(marks.first).to_be_visible()
    assert marks.count() >= 1
    expect(page.locator(".pg-src").first).to_contain_text("《")
    # relations: LOCATED_IN 回民区, with its evidence
    expect(page.get_by_role("heading", name=re.compile("位于 LOCATED_IN"))).to_be_visible()
    expect(page.get_by_role("button", name="回民区", exact=True)).to_be_visible()
    shot(page, "entity-top")
    shot(page, "entity-mentions", at=page.get_by_role("heading", name=re.compile(r"提及 Mentions")))


def test_click_neighbour_in_graph_opens_its_page(page, shot, app_db):
    wusutu, huimin = node_id(app_db, "Place", "乌素图"), node_id(app_db, "Place", "回民区")
    page.goto(f"{page.base_url}/?entity={wusutu}")
    expect(page.get_by_role("heading", name="乌素图", exact=True)).to_be_visible()
    frame = graph_frame(page)
    shot(page, "graph-before", at=page.locator('iframe[title*="st_link_analysis"]').first)
    click_graph_node(page, frame, huimin)
    expect(page.get_by_role("heading", name="回民区", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(f"entity={huimin}"))
    graph_frame(page)   # the graph is redrawn around the new current node
    page.wait_for_function("""(id) => [...document.querySelectorAll('iframe')].some(f => {
        const cy = f.contentDocument?.getElementById('cy')?._cyreg?.cy;
        return cy && cy.getElementById(id).hasClass('focus'); })""", arg=huimin)
    shot(page, "graph-after-click", at=page.locator('iframe[title*="st_link_analysis"]').first)


def test_path_between_two_entities(page, shot):
    a, b = PATH_ENDS
    page.goto(f"{page.base_url}/?page=path")
    expect(page.get_by_role("heading", name=re.compile("路径 Path finder"))).to_be_visible()
    _select(page, "起点 from", a)
    _select(page, "终点 to", b)
    expect(page.get_by_text(re.compile(r"找到 \d+ 条最短路径"))).to_be_visible()
    chain = page.get_by_role("heading", name=re.compile(r"路径 Path 1:")).first
    expect(chain).to_contain_text(a)
    expect(chain).to_contain_text(b)
    assert page.locator(".pg-ev").count() >= 1           # evidence on the edges
    shot(page, "path", at=page.locator('iframe[title*="st_link_analysis"]').first)


def _preferred_query() -> str:
    """A named query that answers on any non-empty graph (the queries/ package's, when it is there)."""
    from explorer.views.console import named_queries
    names = list(named_queries())
    for wanted in ("most_connected", "places_in", "builtin:counts"):
        if wanted in names:
            return wanted
    return names[0]


def test_named_query_in_console_gives_a_table(page, shot):
    name = _preferred_query()
    page.goto(f"{page.base_url}/?page=console&query={name}")
    expect(page.get_by_role("heading", name=re.compile("Cypher 控制台"))).to_be_visible()
    from explorer.views.console import named_queries
    editor = page.get_by_role("textbox", name="Cypher", exact=True)
    expect(editor).to_have_value(named_queries()[name][1])   # pre-filled from the named query
    shot(page, "console-before")
    page.get_by_role("button", name=re.compile("运行 Run")).click()
    expect(page.get_by_text(re.compile(r"\d+ 行 rows"))).to_be_visible()
    expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible()
    rows = int(re.search(r"(\d+) 行 rows", page.get_by_text(re.compile(r"\d+ 行 rows")).inner_text()).group(1))
    assert rows > 0
    shot(page, "console-table")


def test_download_turtle(page, shot, tmp_path):
    page.goto(f"{page.base_url}/?page=downloads")
    button = page.get_by_role("button", name=re.compile(r"Turtle"))
    expect(button).to_be_visible()
    shot(page, "downloads")
    with page.expect_download(timeout=90_000) as info:
        button.click()
    out = tmp_path / info.value.suggested_filename
    info.value.save_as(out)
    text = out.read_text(encoding="utf-8")
    assert out.suffix == ".ttl"
    assert "@prefix" in text and "乌素图" in text
