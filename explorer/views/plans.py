"""Plans: each plan's section tree with its goals, indicator targets and projects; two plans compared."""
from __future__ import annotations

import html
from collections import Counter, defaultdict

import altair as alt
import pandas as pd
import streamlit as st

from explorer import data, nav
from explorer.widgets import table, type_name

COMPARED = ("Place", "Industry", "Indicator")


def render(snap) -> None:
    st.header("规划 Plans")
    plans = [p.id for p in snap.plans()]
    if not plans:
        st.info("数据库中没有规划文件 No plans in the database.")
        return
    if st.session_state.get("plan") not in plans:
        st.session_state["plan"] = plans[0]
    plan = st.selectbox("规划 plan", plans, key="plan", format_func=snap.plan_title)
    _plan(snap, plan)
    st.divider()
    _compare(snap, plan, plans)


def _section_counts(snap, plan: str) -> dict[str, dict[str, int]]:
    """Goals, indicator targets and projects per section, each section counting what its subsections hold."""
    own: dict[str, Counter] = defaultdict(Counter)
    for label in ("Goal", "Project"):
        for n in snap.nodes(label):
            for sid in {m.section for m in n.mentions if m.plan == plan}:
                own[sid][label] += 1
    for r in data.target_rows(snap):
        if r["plan_id"] == plan and r["ev_section"]:
            own[r["ev_section"]]["target"] += 1
    total: dict[str, Counter] = {}

    def add(sid: str) -> Counter:
        c = Counter(own.get(sid, {}))
        for kid in snap.children.get(sid, []):
            c.update(add(kid))
        total[sid] = c
        return c
    add(plan)
    return total


def _plan(snap, plan: str) -> None:
    node = snap.graph.nodes[plan]
    p = node.props
    st.markdown(f"**{p.get('title') or node.name}**  \n{p.get('issuer') or ''} · {p.get('place') or ''} · "
                f"{p.get('year') or ''} · 规划期 {p.get('period') or '—'} · `{p.get('file') or ''}`")
    nav.entity_button(plan, ":material/hub: 规划的关系图 the plan's graph", key="plan-graph")
    tree = data.section_tree(snap, plan)
    counts_by_section = _section_counts(snap, plan)
    st.subheader(f"章节树 Section tree ({len(tree)})")
    lines = []
    for depth, s in tree:
        sc = counts_by_section.get(s.id, {})
        counts = [(label, sc.get(key, 0)) for key, label in
                  (("Goal", "目标"), ("target", "指标"), ("Project", "项目"))]
        badge = " ".join(f'<span style="color:#888;font-size:0.8em">{label}{n}</span>' for label, n in counts if n)
        title = s.props.get("title") or ""
        path = (s.props.get("path") or "").rsplit("/", 1)[-1]
        kind = s.props.get("kind") or ""
        lines.append(f'<div style="padding-left:{depth * 1.4}em">{html.escape(path)} {html.escape(title)} '
                     f'<span style="color:#aaa;font-size:0.75em">{html.escape(kind)}</span> {badge}</div>')
    st.markdown('<div style="max-height:420px;overflow:auto;border:1px solid #eee;padding:0.5em;'
                'line-height:1.8">' + "".join(lines) + "</div>", unsafe_allow_html=True)

    sections = [None] + [s.id for _, s in tree]
    sec = st.selectbox("章节详情 section details", sections, key="plan_section",
                       format_func=lambda i: "整个规划 whole plan" if i is None else snap.section_label(i))
    within = data.subtree(snap, sec) if sec else None
    c1, c2 = st.columns(2)
    with c1:
        goals = data.mentioned_in(snap, plan, ("Goal",), within)
        st.markdown(f"**{type_name('Goal')}** ({len(goals)})")
        for g in goals[:60]:
            nav.entity_button(g.id, g.name, key=f"pg-{g.id}")
    with c2:
        projects = data.mentioned_in(snap, plan, ("Project",), within)
        st.markdown(f"**{type_name('Project')}** ({len(projects)})")
        for pr in projects[:60]:
            nav.entity_button(pr.id, pr.name, key=f"pp-{pr.id}")
        if len(projects) > 60:
            st.caption(f"只显示前 60 个 showing 60 of {len(projects)}")
    rows = [r for r in data.target_rows(snap) if r["plan_id"] == plan and (within is None or
                                                                         r["ev_section"] in within)]
    st.markdown(f"**指标目标 Indicator targets** ({len(rows)})")
    if rows:
        cols = ["指标 indicator", "目标 target", "target_year", "基期 baseline", "baseline_year", "属性 attribute",
                "unit", "来源 source", "evidence"]
        table(pd.DataFrame(rows)[cols], key=f"targets-{plan}", file_name=f"{plan}-targets.csv")


def _compare(snap, plan: str, plans: list[str]) -> None:
    st.subheader("比较两个规划 Compare two plans")
    others = [p for p in plans if p != plan]
    if not others:
        return
    if st.session_state.get("plan_b") not in others:
        st.session_state["plan_b"] = others[0]
    other = st.selectbox("与之比较 compare with", others, key="plan_b", format_func=snap.plan_title)
    name = lambda i: snap.graph.nodes[i].name  # noqa: E731
    cols = st.columns(len(COMPARED))
    rows = []
    for col, label in zip(cols, COMPARED):
        a, b = data.plan_sets(snap, plan, label), data.plan_sets(snap, other, label)
        with col:
            st.markdown(f"**{type_name(label)}**")
            for title, ids in (("共有 shared", a & b), ("仅本规划 only this", a - b), ("仅对方 only other", b - a)):
                names = sorted(name(i) for i in ids)
                st.markdown(f"*{title}* ({len(names)})")
                st.caption("、".join(names[:80]) + (" …" if len(names) > 80 else "") if names else "—")
                rows += [{"类型 type": label, "分组 group": title, "名称 name": n} for n in names]
    if rows:
        table(pd.DataFrame(rows), key="compare", file_name=f"compare-{plan}-{other}.csv")
    _side_by_side(snap, plan, other)


def _side_by_side(snap, plan: str, other: str) -> None:
    rows = [r for r in data.target_rows(snap) if r["plan_id"] in (plan, other) and r["target_value"] is not None]
    df = pd.DataFrame(rows)
    if df.empty:
        st.caption("两个规划没有可比较的数值目标 No numeric targets to compare.")
        return
    shared = set(df[df.plan_id == plan]["indicator_id"]) & set(df[df.plan_id == other]["indicator_id"])
    st.markdown(f"**同一指标的目标对比 The same indicator's targets side by side** ({len(shared)})")
    if not shared:
        st.caption("两个规划没有共同的指标目标 The two plans share no indicator target.")
        return
    df = df[df.indicator_id.isin(shared)].copy()
    df["规划 plan"] = df["规划 plan"].str.slice(0, 18)
    # a bar per target (a plan may set several years), a panel per indicator and unit
    df["目标 series"] = (df["plan_short"] + "→" + df["target_year"].astype("string").fillna("?") + " "
                       + df["目标 target"].fillna(""))
    df["面板"] = df["指标 indicator"] + df["unit"].map(lambda u: f"（{u}）" if u else "")
    chart = alt.Chart(df).mark_bar().encode(
        x=alt.X("目标 series:N", title=None, axis=alt.Axis(labelAngle=-35, labelLimit=180)),
        y=alt.Y("target_value:Q", title="目标值 target"),
        color=alt.Color("规划 plan:N", legend=alt.Legend(orient="bottom", title=None)),
        tooltip=["指标 indicator", "规划 plan", "目标 target", "target_year", "unit", "属性 attribute"],
    ).properties(width=140, height=160).facet(
        facet=alt.Facet("面板:N", title=None), columns=4).resolve_scale(y="independent", x="independent")
    st.altair_chart(chart)
