"""Bits of interface the pages share: tables with a CSV download, evidence blocks, entity labels."""
from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from explorer.text import evidence_html
from graph.model import Evidence
from graph.ontology import NODE_TYPES, REL_TYPES


def type_name(label: str, en: bool = True) -> str:
    nt = NODE_TYPES.get(label)
    if not nt:
        return label
    return f"{nt.zh} {nt.en}" if en else nt.zh


def rel_name(rel: str) -> str:
    rt = REL_TYPES.get(rel)
    return f"{rt.zh} {rel}" if rt else rel


def node_option(snap, node_id: str | None) -> str:
    """'name（类型）' for select boxes."""
    n = snap.node(node_id)
    if n is None:
        return "—" if not node_id else node_id
    return f"{n.name}（{type_name(n.label, en=False)}）"


def table(df: pd.DataFrame, key: str, file_name: str = "table.csv", **kw) -> None:
    """A table and a button to download it as CSV (UTF-8 with BOM so spreadsheet programs read Chinese)."""
    st.dataframe(df, hide_index=True, key=f"df-{key}", **kw)
    st.download_button("下载表格 CSV · download table", df.to_csv(index=False).encode("utf-8-sig"),
                       file_name=file_name, mime="text/csv", key=f"csv-{key}", on_click="ignore",
                       icon=":material/download:")


def evidence(snap, ev: Evidence, show_source: bool = True) -> None:
    """The paragraph around an evidence span, its sentence highlighted, and where it comes from."""
    body = evidence_html(snap.texts.get(ev.plan), ev.start, ev.end, ev.text, *snap.spans(ev.plan))
    src = ""
    if show_source:
        src = (f'<div class="pg-src">《{html.escape(snap.plan_title(ev.plan))}》 · '
               f'{html.escape(snap.section_label(ev.section) or "—")} · [{ev.start}:{ev.end}]</div>')
    st.markdown(f'<div class="pg-ev">{body}{src}</div>', unsafe_allow_html=True)
