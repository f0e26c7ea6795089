"""PlanGraph explorer: ``streamlit run app.py`` (database: env PLANGRAPH_DB, else build/graph.lbug).

Pages live in explorer/views/; the data layer in explorer/data.py; deep links such as ``?entity=<id>``
are described in explorer/nav.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from explorer import data, nav  # noqa: E402
from explorer.text import CSS  # noqa: E402
from explorer.views import console, downloads, entity, indicators, map as map_view, path, plans, search  # noqa: E402
from explorer.views import analytics  # noqa: E402

VIEWS = {"search": search, "entity": entity, "path": path, "plans": plans, "indicators": indicators,
         "map": map_view, "analytics": analytics, "console": console, "downloads": downloads}

st.set_page_config(page_title="PlanGraph 规划知识图谱", page_icon="🕸️", layout="wide")
st.markdown(CSS, unsafe_allow_html=True)
nav.init()

db = data.db_path()
with st.sidebar:
    st.title("PlanGraph")
    st.caption("呼和浩特规划知识图谱 · plans as a knowledge graph")
    st.radio("页面 Page", list(nav.PAGES), key="page", format_func=nav.PAGES.get, label_visibility="collapsed")
    st.divider()
    st.markdown("**数据库 Database**")
    st.code(str(db), language=None, wrap_lines=True)

if not db.exists():
    st.error(f"找不到数据库 No database at `{db}`. 先构建 Build it first: `python -m graph build --db {db}` "
             "(或设置 or set `PLANGRAPH_DB`).")
    st.stop()

try:
    snap = data.snapshot()
except Exception as err:   # an unreadable database: say so plainly
    st.error(f"无法读取数据库 Cannot read `{db}`: {err}")
    st.stop()

with st.sidebar:
    counts = snap.counts()
    st.caption(" · ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f" · edges {len(snap.graph.edges)}")
    if st.button("重新加载 Reload", help="清除缓存并重新读取数据库 clear caches and re-read the database"):
        st.cache_resource.clear()
        st.cache_data.clear()
        st.rerun()

nav.sync_url()   # early, so the address bar changes with the page; again at the end for defaults
try:
    VIEWS[nav.current()].render(snap)
finally:
    nav.sync_url()
