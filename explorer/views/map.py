"""Map: places with coordinates, coloured by kind; clicking one opens its page.

Drawn as an Altair scatter of longitude/latitude (equirectangular projection), so it needs no map
tiles and works offline; districts' names are written beside their points for orientation.
"""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from explorer import data, nav
from explorer.widgets import node_option, table

KEY = "mapchart"


def _picked() -> None:
    event = st.session_state.get(KEY) or {}
    sel = (event.get("selection") or {}).get("pick") or []
    if sel and sel[0].get("id"):
        nav.go("entity", entity=sel[0]["id"])


def render(snap) -> None:
    st.header("地图 Map")
    df = pd.DataFrame(data.place_rows(snap), columns=["id", "name", "kind", "lat", "lon", "mentions"])
    located = df.dropna(subset=["lat", "lon"])
    st.caption(f"{len(located)} / {len(df)} 个地点有坐标 places have coordinates · 按类别着色 coloured by kind · "
               "单击一个点打开其页面 click a point to open its page · 无需在线底图 no map tiles needed")
    if located.empty:
        st.info("没有带坐标的地点 No place has coordinates yet.")
        return
    pick = alt.selection_point(fields=["id"], name="pick", on="click")
    pad = 0.05
    x = alt.X("lon:Q", title="经度 longitude", scale=alt.Scale(domain=[located.lon.min() - pad,
                                                                     located.lon.max() + pad]))
    y = alt.Y("lat:Q", title="纬度 latitude", scale=alt.Scale(domain=[located.lat.min() - pad,
                                                                    located.lat.max() + pad]))
    points = alt.Chart(located).mark_circle(stroke="white", strokeWidth=1).encode(
        x=x, y=y, color=alt.Color("kind:N", title="类别 kind", legend=alt.Legend(orient="right")),
        size=alt.Size("mentions:Q", title="提及 mentions", scale=alt.Scale(range=[60, 600])),
        tooltip=[alt.Tooltip("name:N", title="名称"), alt.Tooltip("kind:N", title="类别"),
                 alt.Tooltip("lat:Q", title="纬度"), alt.Tooltip("lon:Q", title="经度"),
                 alt.Tooltip("mentions:Q", title="提及")],
        opacity=alt.condition(pick, alt.value(0.9), alt.value(0.5)),
    ).add_params(pick)
    labels = alt.Chart(located).mark_text(align="left", dx=7, fontSize=11, color="#333").encode(
        x=x, y=y, text="name:N")
    st.altair_chart((points + labels).properties(height=560), key=KEY, on_select=_picked,
                    selection_mode="pick")
    options = [None] + list(located.sort_values("name").id)
    st.selectbox("或从列表打开 or open from the list", options, key="map_pick",
                 format_func=lambda i: "—" if i is None else node_option(snap, i),
                 on_change=lambda: st.session_state.get("map_pick") and nav.go(
                     "entity", entity=st.session_state["map_pick"]))
    with st.expander("地点表 Places table"):
        table(df.drop(columns=["id"]), key="places", file_name="places.csv")
