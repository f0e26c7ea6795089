"""Cypher console: an editor pre-filled from the named queries, a parameter form, results as a table and,
when rows hold nodes or relationships, as a graph.  Read-only (lexical check + read-only database),
with a time limit and a row cap; errors are shown as they are."""
from __future__ import annotations

import json
import re
import time

import pandas as pd
import streamlit as st

from explorer import data, graphview, nav
from explorer.widgets import table
from graph.safety import strip_literals

#: used when the queries/ package is absent (or empty): a few read-only examples
BUILTIN = {
    "builtin:located_in": ("位于某地的实体 What lies in a place",
                           "MATCH (x)-[r:LOCATED_IN]->(p:Place {name: $place})\nRETURN x, r, p\nLIMIT 100",
                           {"place": "回民区"}),
    "builtin:counts": ("各类型数量 Nodes by label",
                       "MATCH (n) RETURN label(n) AS label, count(*) AS n ORDER BY n DESC", {}),
    "builtin:targets": ("指标目标 Indicator targets",
                        "MATCH (s)-[t:TARGETS]->(i:Indicator)\nRETURN s.name AS source, i.name AS indicator, "
                        "t.target AS target, t.target_year AS year, t.attribute AS attribute\nLIMIT 200", {}),
}
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")


def named_queries() -> dict[str, tuple[str, str, dict]]:
    """name -> (title, cypher for LadybugDB, example params); the queries/ package first, if present."""
    out: dict[str, tuple[str, str, dict]] = {}
    try:
        import queries
        listed = queries.list_queries() if hasattr(queries, "list_queries") else []
        for item in listed:
            name = item if isinstance(item, str) else getattr(item, "name", None)
            if not name:
                continue
            try:
                q = item if not isinstance(item, str) else queries.load_query(name)
                cypher = q.cypher_for("ladybug")
                params = dict(q.example_params() or {})
            except Exception:   # one broken query file must not hide the others
                continue
            title = " ".join(str(t) for t in (getattr(q, "title_zh", None) or getattr(q, "title", None) or "",
                                               getattr(q, "title_en", None) or "") if t).strip()
            out[name] = (title or name, cypher, params)
    except ImportError:
        pass
    return out or dict(BUILTIN)


def params_in(cypher: str) -> list[str]:
    """Parameter names used in a query, in order (not those inside strings or comments).

    >>> params_in("MATCH (n {name: $name}) WHERE n.x > $min AND n.s = '$no' RETURN $name")
    ['name', 'min']
    """
    return list(dict.fromkeys(_PARAM.findall(strip_literals(cypher))))


def parse_value(text: str):
    """Numbers, booleans and JSON lists become those; anything else stays a string.

    >>> parse_value("3"), parse_value("回民区"), parse_value("[1, 2]")
    (3, '回民区', [1, 2])
    """
    try:
        v = json.loads(text)
        return v if isinstance(v, (int, float, bool, list)) else text
    except ValueError:
        return text


def _load_named() -> None:
    name = st.session_state.get("query")
    nq = named_queries().get(name)
    if nq:
        st.session_state["cypher"] = st.session_state["cypher_saved"] = nq[1]
        for k, v in nq[2].items():
            st.session_state[f"param-{k}"] = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
        st.session_state.pop("console_result", None)


def _save() -> None:
    st.session_state["cypher_saved"] = st.session_state.get("cypher")


def render(snap) -> None:
    st.header("Cypher 控制台 Console")
    st.caption("只读：写操作会被拒绝；有时间限制与行数上限。Read-only: writes are refused; a time limit and a row "
               "cap apply.")
    nq = named_queries()
    names = list(nq)
    if st.session_state.get("query") not in names:
        st.session_state["query"] = names[0]
    st.selectbox("命名查询 named query", names, key="query", on_change=_load_named,
                 format_func=lambda n: f"{nq[n][0]} · {n}")
    if "cypher" not in st.session_state:   # first visit, or back from another page (widget state is dropped)
        if st.session_state.get("cypher_saved"):
            st.session_state["cypher"] = st.session_state["cypher_saved"]
        else:
            _load_named()
    st.text_area("Cypher", key="cypher", height=180, on_change=_save)
    cypher = st.session_state.get("cypher") or ""
    names_used = params_in(cypher)
    values = {}
    if names_used:
        st.markdown("**参数 Parameters**")
        cols = st.columns(min(3, len(names_used)))
        for i, p in enumerate(names_used):
            st.session_state.setdefault(f"param-{p}", "")
            values[p] = parse_value(cols[i % len(cols)].text_input(f"${p}", key=f"param-{p}"))
    c1, c2, c3 = st.columns([1, 1, 2])
    timeout = c1.number_input("时间限制 time limit (s)", 1, 30, 5, key="timeout")
    max_rows = c2.number_input("行数上限 row cap", 10, 5000, 1000, step=100, key="max_rows")
    with c3:
        st.write("")
        run = st.button(":material/play_arrow: 运行 Run", type="primary", key="run")
    if run:
        t0 = time.perf_counter()
        with st.spinner("查询中 Running…"):
            try:
                res = data.run_query(cypher, values, timeout_ms=int(timeout * 1000), max_rows=int(max_rows))
                st.session_state["console_result"] = ("ok", res, time.perf_counter() - t0, int(max_rows))
            except Exception as err:   # WriteRefused, QueryError, anything the engine says: show it
                st.session_state["console_result"] = ("error", str(err), 0.0, 0)
    result = st.session_state.get("console_result")
    if result:
        _show(snap, result)


def _cell(v):
    if isinstance(v, dict):
        if v.get("_kind") == "node":
            return f"({v.get('_label')}) {v.get('name') or v.get('id')}"
        if v.get("_kind") == "rel":
            return f"[{v.get('_label')}]"
        return json.dumps(v, ensure_ascii=False, default=str)
    if isinstance(v, list):
        return json.dumps([_cell(x) for x in v], ensure_ascii=False, default=str)
    return v


def _show(snap, result) -> None:
    kind, res, secs, cap = result
    if kind == "error":
        st.error(f"查询失败 Query failed: {res}")
        return
    st.success(f"{len(res.rows)} 行 rows · {secs * 1000:.0f} ms")
    if res.truncated:
        st.warning(f"结果超过 {cap} 行，只显示前 {cap} 行。More than {cap} rows: showing the first {cap} "
                   "(raise the cap or add LIMIT).")
    df = pd.DataFrame([{c: _cell(r.get(c)) for c in res.columns} for r in res.rows], columns=res.columns)
    table(df, key="console", file_name="query.csv")
    els = result_graph(snap, res.rows)
    if els["nodes"]:
        st.markdown("**结果图 Result as a graph**")
        graphview.draw(els, key="consolegraph",
                       on_click=lambda n: snap.node(n) is not None and nav.go("entity", entity=n), height=380)
        st.markdown(graphview.legend_html({n["data"]["label"] for n in els["nodes"]}), unsafe_allow_html=True)


def result_graph(snap, rows: list[dict], cap: int = 300) -> dict:
    """Nodes, relationships and paths found anywhere in the rows, as graph elements (ids where known)."""
    nodes: dict[str, dict] = {}
    rels: list[dict] = []

    def visit(v) -> None:
        if isinstance(v, list):
            for x in v:
                visit(x)
        elif isinstance(v, dict):
            if v.get("_kind") == "node" and v.get("_key") and len(nodes) < cap:
                nodes[v["_key"]] = {"id": v.get("id") or v["_key"], "label": v.get("_label"),
                                    "name": v.get("name") or v.get("title") or v.get("id") or v["_key"]}
            elif v.get("_kind") == "rel":
                rels.append(v)
            elif v.get("_kind") == "path":
                visit(v.get("nodes"))
                visit(v.get("rels"))
    for row in rows:
        visit(list(row.values()))
    edges = [{"source": nodes[r["_src"]]["id"], "target": nodes[r["_dst"]]["id"], "label": r.get("_label")}
             for r in rels if r.get("_src") in nodes and r.get("_dst") in nodes]
    uniq = {(e["source"], e["label"], e["target"]): e for e in edges}
    return graphview.elements(nodes.values(), uniq.values())
