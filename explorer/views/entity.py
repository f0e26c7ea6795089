"""Entity page: type, properties, aliases; the neighbourhood graph; relations with evidence; mentions."""
from __future__ import annotations

from collections import defaultdict

import pandas as pd
import streamlit as st

from explorer import data, graphview, nav
from explorer.widgets import evidence, mentions, node_option, rel_name, type_name
from graph.ontology import NODE_TYPES, REL_TYPES

CAP = 150             # nodes drawn at most; a larger neighbourhood is cut with a message
MENTIONS_SHOWN = 25   # paragraphs per plan, before "show all"
RELATIONS_SHOWN = 20  # per relation type, before "show all"


def open_entity(node_id: str) -> None:
    nav.go("entity", entity=node_id)


def render(snap) -> None:
    node = snap.node(st.session_state.get("entity"))
    if node is None:
        st.header("实体 Entity")
        if st.session_state.get("entity"):
            st.warning(f"没有这个实体 No entity with id `{st.session_state['entity']}` in this database.")
        st.info("先在“搜索 Search”中找到一个实体。Search for an entity first.")
        return
    _header(snap, node)
    _graph(snap, node)
    _relations(snap, node)
    _mentions(snap, node)


def _header(snap, node) -> None:
    nt = NODE_TYPES[node.label]
    st.markdown(f'<span style="background:{nt.color};color:white;padding:2px 8px;border-radius:4px">'
                f"{nt.zh} {nt.en}</span>", unsafe_allow_html=True)
    st.header(node.name)
    st.caption(f"id `{node.id}`" + (f" · {node.name_en}" if node.name_en else ""))
    if node.aliases:
        st.markdown("**别名 Aliases:** " + "、".join(node.aliases))
    rows = [{"属性 property": f"{p.zh} {p.en}", "值 value": node.props[p.name]}
            for p in nt.props if not p.internal and node.props.get(p.name) not in (None, "")]
    if rows:
        st.dataframe(pd.DataFrame(rows).astype(str), hide_index=True, key="props")
    if node.label == "Place":
        chain = snap.ancestors(node.id)
        if chain:
            st.markdown("**上级地点 Within:** " + " → ".join(snap.graph.nodes[p].name for p in chain))
    plans = sorted(snap.node_plans.get(node.id, ()))
    c1, c2, c3 = st.columns(3)
    c1.button(":material/route: 从这里找路径 path from here", on_click=nav.go, args=("path",), kwargs={"a": node.id})
    if node.label == "Plan":
        c2.button(":material/menu_book: 章节树 section tree", on_click=nav.go, args=("plans",), kwargs={"plan": node.id})
    if node.label == "Indicator":
        c2.button(":material/bar_chart: 指标图表 indicator chart", on_click=nav.go, args=("indicators",),
                  kwargs={"indicator": node.id})
    if plans and node.label != "Plan":
        st.caption("出现于 Appears in: " + "；".join(f"《{snap.plan_title(p)}》" for p in plans))


def _graph(snap, node) -> None:
    st.subheader("关系图 Neighbourhood graph")
    st.session_state.setdefault("depth", 1)
    c1, c2 = st.columns([1, 3])
    with c1:
        st.segmented_control("深度 depth", [1, 2, 3], key="depth")
    depth = st.session_state.get("depth") or 1
    with c2.expander("筛选 Filters（类型、关系、规划、地点）"):
        labels = st.multiselect("类型 types", data.NODE_LABELS, default=list(data.NODE_LABELS),
                                format_func=type_name, key="f_labels")
        rels = st.multiselect("关系 relations", data.LINK_RELS, default=list(data.LINK_RELS),
                              format_func=rel_name, key="f_rels")
        plans = [None] + [p.id for p in snap.plans()]
        plan = st.selectbox("规划 plan（只看该规划中的关系 edges evidenced in it）", plans, key="f_plan",
                            format_func=lambda p: "全部 all" if p is None else snap.plan_title(p))
        places = [None] + sorted((p.id for p in snap.nodes("Place")), key=lambda i: snap.graph.nodes[i].name)
        place = st.selectbox("地点 place（只看位于该地点的实体 nodes located in it）", places, key="f_place",
                             format_func=lambda p: "全部 all" if p is None else node_option(snap, p))
    filters = data.Filters(tuple(labels) or data.NODE_LABELS, tuple(rels) or data.LINK_RELS, plan, place)
    with st.spinner("计算邻域 Computing the neighbourhood…"):
        nb = data.neighbourhood(snap, node.id, int(depth), filters, cap=CAP)
    if nb.truncated:
        st.warning(f"邻域过大：{depth} 度内共有 {nb.total} 个节点，只画出最近的 {CAP} 个。"
                   f"请减小深度或使用筛选。The neighbourhood has {nb.total} nodes; drawing the nearest {CAP}. "
                   "Lower the depth or filter.")
    if len(nb.nodes) == 1:
        st.info("在当前筛选下没有相连的实体 No linked entities under these filters.")
    nodes = [{"id": n, "label": snap.label_of(n), "name": snap.graph.nodes[n].name, "focus": n == node.id}
             for n in nb.nodes]
    edges = [{"id": f"{e.source}|{e.type}|{e.target}", "source": e.source, "target": e.target, "label": e.type}
             for e in nb.edges]
    graphview.draw(graphview.elements(nodes, edges), key="nbgraph", on_click=open_entity)
    shown = {snap.label_of(n) for n in nb.nodes}
    st.markdown(graphview.legend_html(shown), unsafe_allow_html=True)
    st.caption(f"{len(nb.nodes)} 个节点 nodes · {len(nb.edges)} 条关系 edges · 单击节点打开其页面 click a node "
               "to open its page")


def _relations(snap, node) -> None:
    rels = data.relations(snap, node.id)
    total = sum(len(v) for v in rels.values())
    st.subheader(f"关系 Relations ({total})")
    if not rels:
        st.caption("没有关系 No relations.")
    for rel, rows in rels.items():
        rt = REL_TYPES[rel]
        st.markdown(f"#### {rt.zh} `{rel}` · {len(rows)}")
        if len(rows) > RELATIONS_SHOWN and not st.checkbox(f"显示全部 {len(rows)} 条 show all", key=f"allr-{rel}"):
            st.caption(f"显示前 {RELATIONS_SHOWN} 条 showing the first {RELATIONS_SHOWN}")
            rows = rows[:RELATIONS_SHOWN]
        for direction, other_id, edge in rows:
            other = snap.graph.nodes[other_id]
            arrow = f"→ {rt.zh} →" if direction == "out" else f"← {rt.zh} ←"
            c1, c2 = st.columns([1, 3])
            with c1:
                st.caption(f"{arrow} {type_name(other.label, en=False)}")
                nav.entity_button(other_id, other.name, key=f"rel-{rel}-{direction}-{other_id}")
            with c2:
                props = {k: v for k, v in edge.props.items() if v not in (None, "")}
                if props:
                    st.caption(" · ".join(f"{k}: {v}" for k, v in props.items()))
                if edge.evidence:
                    evidence(snap, edge.evidence[0])
                    if len(edge.evidence) > 1:
                        with st.expander(f"另有 {len(edge.evidence) - 1} 条证据 more evidence"):
                            for ev in edge.evidence[1:]:
                                evidence(snap, ev)
                else:
                    st.caption("（无原文证据 no textual evidence）")
                if edge.extractor:
                    st.caption(f"规则 extractor `{edge.extractor}` · 置信度 confidence {edge.confidence:.2f}")


def _mentions(snap, node) -> None:
    by_plan = defaultdict(list)
    for m in sorted(node.mentions, key=lambda m: (m.plan, m.start)):
        by_plan[m.plan].append(m)
    st.subheader(f"提及 Mentions ({len(node.mentions)})")
    if not by_plan:
        st.caption("没有原文提及 No mentions in the plans.")
    for i, (plan, ms) in enumerate(sorted(by_plan.items(), key=lambda kv: -len(kv[1]))):
        with st.expander(f"《{snap.plan_title(plan)}》 · {len(ms)} 处 mentions", expanded=i == 0):
            show_all = st.session_state.get(f"allm-{plan}", False)
            paragraphs = mentions(snap, plan, ms, None if show_all else MENTIONS_SHOWN)
            if paragraphs > MENTIONS_SHOWN or show_all:
                st.checkbox(f"显示全部 {paragraphs} 段 show all paragraphs", key=f"allm-{plan}")
