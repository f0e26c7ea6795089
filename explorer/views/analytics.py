"""网络分析 Analytics: the most central entities, communities and cross-district bridges (graph.analytics).

The measures are computed once per database version (path and modification time), like the snapshot
in explorer/data.py, and shared by every session.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import data, nav
from explorer.widgets import table, type_name
from graph.analytics import analyze
from graph.ontology import REL_TYPES

TOP = 15
MEMBERS_SHOWN = 5


@st.cache_resource(max_entries=2, show_spinner=False)
def _analysis(path: str, mtime: int, top: int, _snap) -> dict:
    # keyed on the database version; the snapshot (same version) is passed unhashed
    return analyze(_snap.graph, top=top)


def analysis(snap, top: int = TOP) -> dict:
    """:func:`graph.analytics.analyze` of the served database, computed once per version."""
    return _analysis(*data.db_version(), top, snap)


def render(snap) -> None:
    st.header("网络分析 Analytics")
    st.caption("实体与关系网络的中心性、社区和跨区桥梁（不含章节、提及和规划文件节点）。Centrality, communities "
               "and bridges of the entity network (sections, mentions and plan hubs left out).")
    with st.spinner("计算网络指标 Computing network measures…"):
        r = analysis(snap)
    g, c = r["graph"], r["communities"]
    cols = st.columns(5)
    cols[0].metric("实体 entities", g["nodes"])
    cols[1].metric("关系 relations", g["edges"])
    cols[2].metric("连通分量 components", g["components"], help=f"最大 largest {g['largest_component']} · "
                                                                 f"孤立 isolated {g['isolated']}")
    cols[3].metric("社区 communities", c["count"], help=f"单个实体 of one entity: {c['singletons']}")
    cols[4].metric("模块度 modularity", f"{c['modularity']:.3f}")

    st.subheader("核心实体 Central entities")
    b = r["betweenness"]
    left, right = st.columns(2)
    with left:
        st.markdown("**度中心性 Degree** — 直接相连的实体数 linked entities")
        _ranking(r["degree"], "deg")
    with right:
        note = f"（抽样 {b['sampled_sources']} 个起点 sampled sources）" if b["sampled_sources"] else ""
        st.markdown(f"**介数中心性 Betweenness** — 位于其他实体之间最短路径上 on shortest paths between others{note}")
        _ranking(b["top"], "btw")

    st.subheader("社区 Communities")
    st.caption(f"Louvain（固定随机种子 fixed seed）：{c['count']} 个社区，其中 {c['singletons']} 个只有一个实体 "
               f"(isolated); 显示最大的 {len(c['top'])} 个 largest shown.")
    for com in c["top"]:
        mix = " · ".join(f"{type_name(label, en=False)} {n}" for label, n in com["labels"].items())
        st.markdown(f"**#{com['id']}** · {com['size']} 个实体 entities · {mix}")
        mcols = st.columns(MEMBERS_SHOWN)
        for i, m in enumerate(com["top"][:MEMBERS_SHOWN]):
            with mcols[i]:
                nav.entity_button(m["id"], m["name"], key=f"an-com-{com['id']}-{m['id']}",
                                  help=f"{type_name(m['label'])} · 度 degree {m['degree']}")

    d = r["district_bridges"]
    st.subheader("跨区桥梁 District bridges")
    st.caption(f"与{d['city']}两个及以上区县相连的实体（经位于链或相邻实体）。Entities linked to two or more districts "
               f"of {d['city']} ({'、'.join(d['districts']) or '—'}) through LOCATED_IN chains or neighbours.")
    if not d["entities"]:
        st.info("没有跨区桥梁 No entity links two districts.")
    for row in d["entities"]:
        c1, c2 = st.columns([1, 3])
        with c1:
            nav.entity_button(row["id"], row["name"], key=f"an-db-{row['id']}", help=type_name(row["label"]))
        c2.markdown("  \n".join(
            f"**{dist}**: " + "；".join(_link(L) for L in links) for dist, links in row["links"].items()))
    if d["count"] > len(d["entities"]):
        st.caption(f"显示 {len(d['entities'])} / {d['count']} showing the first {len(d['entities'])}")

    br = r["bridges"]
    st.subheader("结构桥 Structural bridges")
    st.caption(f"{br['count']} 条关系一旦去掉就会使网络断开；其中 {br['cutting_off_two_or_more']} 条会切下两个以上实体。"
               f"Edges whose removal splits the network; those cutting off two or more entities, largest cut first.")
    if br["top"]:
        table(pd.DataFrame([{"起点 source": x["source"]["name"], "关系 relation": "/".join(x["rels"]),
                             "终点 target": x["target"]["name"], "切下实体 cut off": x["cut_off"]}
                            for x in br["top"]]), key="an-bridges", file_name="bridges.csv")


def _ranking(rows: list[dict], key: str) -> None:
    for i, row in enumerate(rows, 1):
        nav.entity_button(row["id"], f"{i}. {row['name']}", key=f"an-{key}-{row['id']}",
                          help=f"{type_name(row['label'])} · {row['score']:.4f} · 度 degree {row['degree']}")
    if rows:
        with st.expander("表格 table"):
            table(pd.DataFrame([{"名称 name": x["name"], "类型 type": type_name(x["label"]), "值 score": x["score"],
                                 "度 degree": x["degree"]} for x in rows]), key=f"an-{key}", file_name=f"{key}.csv")


def _link(L: dict) -> str:
    rel = REL_TYPES.get(L["how"])
    return f"{rel.zh if rel else L['how']} " + " → ".join(L["path"])
