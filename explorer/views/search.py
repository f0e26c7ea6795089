"""Search: one box over names and aliases, results grouped by type with counts."""
from __future__ import annotations

import streamlit as st

from explorer import data, nav
from explorer.widgets import type_name

PER_TYPE = 40


def render(snap) -> None:
    st.header("搜索 Search")
    st.text_input("名称或别名 · name or alias", key="q", placeholder="例如 乌素图、呼市、文化旅游业 …")
    term = (st.session_state.get("q") or "").strip()
    if not term:
        _overview(snap)
        return
    with st.spinner("搜索中 Searching…"):
        groups = data.search(snap, term)
    total = sum(len(h) for h in groups.values())
    if not total:
        st.info(f"没有找到“{term}”。No name or alias contains “{term}”.")
        return
    st.markdown(f"**{total}** 个结果 results · " + " · ".join(
        f"{type_name(label, en=False)} {len(hits)}" for label, hits in groups.items()))
    for label, hits in groups.items():
        st.subheader(f"{type_name(label)} ({len(hits)})")
        cols = st.columns(3)
        for i, h in enumerate(hits[:PER_TYPE]):
            extra = f" ← {h.matched}" if h.matched != h.name else ""
            with cols[i % 3]:
                nav.entity_button(h.id, f"{h.name}{extra}", key=f"hit-{h.id}",
                                  help=f"{h.mentions} 处提及 mentions · {h.id}")
        if len(hits) > PER_TYPE:
            st.caption(f"只显示前 {PER_TYPE} 个 · showing the first {PER_TYPE} of {len(hits)}; 请输入更具体的名称")


def _overview(snap) -> None:
    counts = snap.counts()
    st.caption("图中内容 What the graph holds")
    cols = st.columns(5)
    shown = [(label, counts.get(label, 0)) for label in data.NODE_LABELS]
    for i, (label, n) in enumerate(shown):
        cols[i % 5].metric(type_name(label), n)
    st.subheader("规划文件 Plans")
    for plan in snap.plans():
        p = plan.props
        c1, c2 = st.columns([5, 1])
        c1.markdown(f"**{p.get('title') or plan.name}**  \n"
                    f"{p.get('place') or ''} · {p.get('year') or ''} · {p.get('kind') or ''} · "
                    f"{len(data.section_tree(snap, plan.id))} 个章节 sections")
        c2.button("章节树 →", key=f"plan-{plan.id}", on_click=nav.go, args=("plans",), kwargs={"plan": plan.id})
