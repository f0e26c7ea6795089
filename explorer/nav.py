"""Pages and deep links: the current page and its parameters live in ``st.session_state`` and are
mirrored into ``st.query_params`` at the end of every run, so any view can be bookmarked or shared.

    ?entity=<id>                     an entity's page (with its neighbourhood graph)
    ?page=search&q=乌素图             search
    ?page=path&a=<id>&b=<id>         path finder
    ?page=plans&plan=<id>&plan_b=<id>
    ?page=indicators&indicator=<id>
    ?page=console&query=<name>
    ?page=map | ?page=analytics | ?page=downloads

Navigation happens in button callbacks (:func:`go`), which run before the next script run, so the
page drawn is already the new one.
"""
from __future__ import annotations

import streamlit as st

PAGES = {
    "search": ":material/search: 搜索 Search",
    "entity": ":material/description: 实体 Entity",
    "path": ":material/route: 路径 Path finder",
    "plans": ":material/menu_book: 规划 Plans",
    "indicators": ":material/bar_chart: 指标 Indicators",
    "map": ":material/map: 地图 Map",
    "analytics": ":material/hub: 网络分析 Analytics",
    "console": ":material/terminal: Cypher 控制台 Console",
    "downloads": ":material/download: 下载 Downloads",
}
#: the session-state keys each page shows in the URL (they are also the keys of its widgets)
PARAMS = {"search": ("q",), "entity": ("entity",), "path": ("a", "b"), "plans": ("plan", "plan_b"),
          "indicators": ("indicator",), "map": (), "analytics": (), "console": ("query",), "downloads": ()}
ALL_PARAMS = tuple(dict.fromkeys(k for ks in PARAMS.values() for k in ks))


def init() -> None:
    """On a session's first run, take page and parameters from the URL."""
    ss = st.session_state
    if ss.get("_nav_init"):
        return
    ss["_nav_init"] = True
    qp = st.query_params
    page = qp.get("page") or ("entity" if qp.get("entity") else "search")
    ss["page"] = page if page in PAGES else "search"
    for k in ALL_PARAMS:
        if qp.get(k):
            ss[k] = qp.get(k)


def go(page: str, **params) -> None:
    """Switch page (use as a widget callback)."""
    st.session_state["page"] = page
    for k, v in params.items():
        st.session_state[k] = v


def current() -> str:
    page = st.session_state.get("page")
    return page if page in PAGES else "search"


def sync_url() -> None:
    """Mirror the current page and its parameters into the address bar."""
    page = current()
    params = {} if page == "entity" else {"page": page}
    for k in PARAMS[page]:
        v = st.session_state.get(k)
        if v not in (None, ""):
            params[k] = str(v)
    if dict(st.query_params.to_dict()) != params:
        st.query_params.from_dict(params)


def entity_button(node_id: str, label: str, key: str, help: str | None = None, **kw) -> None:
    """A button that opens an entity's page."""
    st.button(label, key=key, help=help, on_click=go, args=("entity",), kwargs={"entity": node_id}, **kw)
