"""Downloads: the whole graph as Turtle, JSON-LD and JSON-lines (graph.exporters); tables as CSV on each page."""
from __future__ import annotations

import streamlit as st

from explorer import data

FORMATS = [("ttl", "Turtle (.ttl)", "text/turtle"), ("jsonld", "JSON-LD (.jsonld)", "application/ld+json"),
           ("jsonl", "JSON-lines (nodes.jsonl + edges.jsonl, zip)", "application/zip"),
           ("nt", "N-Triples (.nt)", "application/n-triples")]


def render(snap) -> None:
    st.header("下载 Downloads")
    st.caption("整个图的导出（与 `python -m graph export` 相同）。Whole-graph exports, the same as "
               "`python -m graph export --format …`. 每页的表格下方都有“下载表格 CSV”按钮。Every table has its own "
               "CSV button.")
    known = data.available_exports()
    path, mtime = data.db_version()
    for fmt, label, mime in FORMATS:
        if fmt not in known:
            st.button(f"{label} — 暂不可用 not available (exporter `{fmt}` not installed)", disabled=True,
                      key=f"na-{fmt}")
            continue
        st.download_button(f"下载 download {label}", data=_lazy(fmt, path, mtime), key=f"dl-{fmt}",
                           file_name=f"plangraph.{'zip' if fmt == 'jsonl' else fmt}", mime=mime,
                           on_click="ignore", icon=":material/download:")
    others = [f for f in known if f not in {fmt for fmt, _, _ in FORMATS}]
    if others:
        st.caption("其他已注册的导出格式 Other registered formats")
    for fmt in others:
        st.download_button(f"下载 download {fmt}", data=_lazy(fmt, path, mtime, True), key=f"dl-{fmt}",
                           file_name=f"plangraph-{fmt}.zip", mime="application/octet-stream",
                           on_click="ignore", icon=":material/download:")
    c = snap.counts()
    st.caption(f"{sum(c.values())} 个节点 nodes · {len(snap.graph.edges)} 条关系 edges（不含提及 without mentions）")


def _lazy(fmt: str, path: str, mtime: int, always_zip: bool = False):
    """Export only when the button is pressed (the callable runs on download)."""
    def make() -> bytes:
        return data.export_bytes(fmt, path, mtime, always_zip)[0]
    return make
