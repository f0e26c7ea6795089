"""Path finder: the shortest linking paths between two entities, with the evidence on every edge."""
from __future__ import annotations

import streamlit as st

from explorer import data, graphview, nav
from explorer.widgets import evidence, node_option
from graph.ontology import REL_TYPES

MAX_PATHS = 5


def render(snap) -> None:
    st.header("路径 Path finder")
    st.caption("选择两个实体，查看连接它们的最短路径及每条关系的原文证据。"
               "Pick two entities to see the shortest paths linking them and the evidence on each edge.")
    options = [None] + sorted((n.id for n in snap.nodes(*data.NODE_LABELS)),
                              key=lambda i: (snap.graph.nodes[i].name, i))
    valid = set(options)
    for k in ("a", "b"):
        if st.session_state.get(k) not in valid:
            st.session_state.pop(k, None)
    fmt = lambda i: "— 选择 choose —" if i is None else node_option(snap, i)  # noqa: E731
    c1, c2 = st.columns(2)
    c1.selectbox("起点 from", options, key="a", format_func=fmt)
    c2.selectbox("终点 to", options, key="b", format_func=fmt)
    through = st.checkbox("允许经过规划文件节点 allow paths through Plan nodes", key="through_plans")
    a, b = st.session_state.get("a"), st.session_state.get("b")
    if not a or not b:
        st.info("请选择起点和终点。Choose both ends.")
        return
    if a == b:
        st.warning("起点与终点相同。Both ends are the same entity.")
        return
    with st.spinner("寻找路径 Finding paths…"):
        paths = data.shortest_paths(snap, a, b, k=MAX_PATHS, through_plans=through)
    if not paths:
        st.error(f"{node_option(snap, a)} 与 {node_option(snap, b)} 之间没有路径"
                 + ("" if through else "（可尝试允许经过规划文件节点）")
                 + ". No path links them" + ("." if through else " (try allowing Plan nodes)."))
        return
    hops = len(paths[0]) - 1
    st.success(f"找到 {len(paths)} 条最短路径，每条 {hops} 步。"
               f"{len(paths)} shortest path(s) of {hops} step(s)" + (" (showing at most 5)" if len(paths) ==
                                                                     MAX_PATHS else "") + ".")
    _draw(snap, paths, a, b)
    for i, steps in enumerate(paths, 1):
        st.markdown(f"#### 路径 Path {i}: " + _chain(snap, steps))
        for j, (nid, edge) in enumerate(steps[1:], 1):
            rt = REL_TYPES[edge.type]
            src, dst = snap.graph.nodes[edge.source].name, snap.graph.nodes[edge.target].name
            c1, c2 = st.columns([1, 3])
            with c1:
                st.markdown(f"**{src}** —{rt.zh} `{edge.type}`→ **{dst}**")
                nav.entity_button(nid, f"打开 open {snap.graph.nodes[nid].name}", key=f"p{i}-{j}-{nid}")
            with c2:
                if edge.evidence:
                    evidence(snap, edge.evidence[0])
                    if len(edge.evidence) > 1:
                        st.caption(f"另有 {len(edge.evidence) - 1} 条证据 more evidence on the edge's page")
                else:
                    st.caption("（无原文证据 no textual evidence）")


def _chain(snap, steps) -> str:
    out = snap.graph.nodes[steps[0][0]].name
    for nid, edge in steps[1:]:
        rt = REL_TYPES[edge.type]
        forward = edge.target == nid
        out += f" {'—' if forward else '←'}{rt.zh}{'→' if forward else '—'} {snap.graph.nodes[nid].name}"
    return out


def _draw(snap, paths, a, b) -> None:
    nodes, edges = {}, {}
    for steps in paths:
        for nid, edge in steps:
            nodes[nid] = {"id": nid, "label": snap.label_of(nid), "name": snap.graph.nodes[nid].name,
                          "focus": nid in (a, b)}
            if edge is not None:
                eid = f"{edge.source}|{edge.type}|{edge.target}"
                edges[eid] = {"id": eid, "source": edge.source, "target": edge.target, "label": edge.type,
                              "path": True}
    graphview.draw(graphview.elements(nodes.values(), edges.values()), key="pathgraph",
                   on_click=lambda n: nav.go("entity", entity=n), height=360)
    st.markdown(graphview.legend_html({n["label"] for n in nodes.values()}), unsafe_allow_html=True)
