"""Indicators: targets and baselines across plans as charts, 预期性 (expected) and 约束性 (binding) marked."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from explorer import data, nav
from explorer.widgets import table

ATTR_COLORS = {"约束性": "#c62828", "预期性": "#1565c0", "未标注": "#9e9e9e"}


def frame(snap) -> pd.DataFrame:
    """One row per (indicator, plan, value kind): targets and baselines in long form for charting."""
    rows = []
    for r in data.target_rows(snap):
        attr = r["属性 attribute"] or "未标注"
        plan = r["规划 plan"] or "—"
        # one bar per target as written: a plan may set several (different years, or growth vs level),
        # and a chart panel per indicator and unit (a growth rate and a total never share an axis)
        series = f"{r['plan_short']}→{r['target_year'] or '?'} {r['目标 target'] or ''}".strip()
        panel = f"{r['指标 indicator']}（{r['unit']}）" if r["unit"] else r["指标 indicator"]
        base = {"indicator_id": r["indicator_id"], "指标": r["指标 indicator"], "规划": plan, "属性": attr,
                "单位": r["unit"], "原文": r["evidence"], "系列": series, "面板": panel}
        if r["target_value"] is not None:
            rows.append({**base, "类型": "目标 target", "值": r["target_value"], "年份": r["target_year"],
                         "写作": r["目标 target"]})
        if r["baseline_value"] is not None:
            rows.append({**base, "类型": "基期 baseline", "值": r["baseline_value"], "年份": r["baseline_year"],
                         "写作": r["基期 baseline"]})
    return pd.DataFrame(rows, columns=["indicator_id", "指标", "规划", "属性", "单位", "原文", "类型", "值", "年份",
                                       "写作", "系列", "面板"])


def chart(df: pd.DataFrame) -> alt.Chart:
    """Per indicator: a bar per plan for the target (coloured 约束性/预期性, labelled as written) and a black
    tick for the baseline."""
    x = alt.X("系列:N", title=None, axis=alt.Axis(labelAngle=-30, labelLimit=160))
    tooltip = ["指标", "规划", "类型", "写作", "年份", "单位", "属性", "原文"]
    base = alt.Chart().encode(x=x, y=alt.Y("值:Q", title="值 value"), tooltip=tooltip)
    target = base.transform_filter(alt.datum["类型"] == "目标 target")
    bars = target.mark_bar(size=26).encode(
        color=alt.Color("属性:N", scale=alt.Scale(domain=list(ATTR_COLORS), range=list(ATTR_COLORS.values())),
                        legend=alt.Legend(title="属性 attribute", orient="bottom")))
    labels = target.mark_text(dy=-7, fontSize=11).encode(text="写作:N")
    ticks = base.transform_filter(alt.datum["类型"] == "基期 baseline").mark_tick(
        color="black", thickness=3, size=34)
    return alt.layer(bars, labels, ticks, data=df).properties(width=220, height=180).facet(
        facet=alt.Facet("面板:N", title=None), columns=3).resolve_scale(y="independent", x="independent")


def render(snap) -> None:
    st.header("指标 Indicators")
    st.caption("各规划的指标目标与基期值；颜色区分约束性（红）与预期性（蓝）。Targets and baselines across plans; "
               "colour marks binding (约束性, red) and expected (预期性, blue) targets.")
    with st.spinner("整理指标 Collecting indicator targets…"):
        df = frame(snap)
    if df.empty:
        st.info("图中还没有数值型指标目标 No numeric indicator targets in the graph yet.")
        return
    counts = df.groupby("indicator_id").size().sort_values(ascending=False)
    options = list(counts.index)
    names = dict(zip(df.indicator_id, df["指标"]))
    if st.session_state.get("indicator") not in options:
        st.session_state["indicator"] = options[0]
    c1, c2 = st.columns([3, 1])
    ind = c1.selectbox("指标 indicator", options, key="indicator",
                       format_func=lambda i: f"{names[i]}（{counts[i]}）")
    with c2:
        st.write("")
        nav.entity_button(ind, "打开实体页 open page", key="ind-open")
    one = df[df.indicator_id == ind]
    st.altair_chart(chart(one))
    n_binding = (one["属性"] == "约束性").sum()
    st.caption(f"柱 = 目标 bar = target · 黑线 = 基期 black tick = baseline · {len(one)} 个数值 values · 约束性 {n_binding} · 预期性 {(one['属性'] == '预期性').sum()}")
    with st.expander("多个指标一起看 several indicators at once"):
        chosen = st.multiselect("指标 indicators", options, default=options[:6], key="ind_multi",
                                format_func=lambda i: names[i])
        if chosen:
            st.altair_chart(chart(df[df.indicator_id.isin(chosen)]))
    st.subheader("全部指标目标 All targets")
    table(df.drop(columns=["indicator_id", "系列", "面板"]), key="indicators", file_name="indicator-targets.csv")
