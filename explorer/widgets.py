"""Bits of interface the pages share: tables with a CSV download, evidence blocks, entity labels."""
from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from explorer.text import context, evidence_html, highlight_many
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


def mentions(snap, plan: str, items: list[Evidence], limit: int | None = None) -> int:
    """Mentions in one plan, one block per paragraph with every mention in it marked; returns the number
    of paragraphs shown."""
    text = snap.texts.get(plan)
    paras, sents = snap.spans(plan)
    groups: dict[tuple[int, int], list] = {}
    for m in sorted(items, key=lambda m: m.start):
        if not text or text[m.start:m.end] != m.text:
            groups[(m.start, -1)] = [(m, None)]
            continue
        c = context(text, m.start, m.end, paras, sents)
        groups.setdefault((c.p0, c.p1), []).append((m, c))
    shown = 0
    for (p0, p1), ms in groups.items():
        if limit is not None and shown >= limit:
            break
        shown += 1
        if p1 == -1:
            body = evidence_html(None, 0, 0, ms[0][0].text)
        else:
            body = highlight_many(text, p0, p1, sorted({(c.s0, c.s1) for _, c in ms}),
                                  [(m.start, m.end) for m, _ in ms])
        where = "、".join(dict.fromkeys(snap.section_label(m.section) or "—" for m, _ in ms))
        offsets = " ".join(f"[{m.start}:{m.end}]" for m, _ in ms)
        src = (f'<div class="pg-src">《{html.escape(snap.plan_title(plan))}》 · {html.escape(where)} · '
               f'{offsets}</div>')
        st.markdown(f'<div class="pg-ev">{body}{src}</div>', unsafe_allow_html=True)
    return len(groups)
