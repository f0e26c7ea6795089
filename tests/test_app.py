"""The explorer's pages through Streamlit's AppTest, against real LadybugDB databases on disk.

The sample graph (tests/sample_graph.py) gives exact expectations; the built bundled plans check that
every page renders on the real database.  Browser-level behaviour (clicking the Cytoscape graph,
downloads) is in tests/browser/.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from explorer import data, graphview
from explorer.text import context, evidence_html, highlight_html
from sample_graph import PLAN_ID, SAMPLE_TEXT, sample_graph, sample_ids

APP = str(Path(__file__).resolve().parent.parent / "app.py")
IDS = sample_ids()


def run_app(db, monkeypatch, **query) -> AppTest:
    monkeypatch.setenv("PLANGRAPH_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at, kind: str) -> list[str]:
    return [e.value for e in getattr(at, kind)]


def markdown(at) -> str:
    return "\n".join(texts(at, "markdown"))


def component_elements(at, key: str | None = None) -> dict:
    comps = at.get("component_instance")
    assert comps, "no graph drawn"
    args = [json.loads(c.proto.json_args) for c in comps]
    return args[0]["elements"]


@pytest.fixture(scope="module")
def snap():
    """The sample graph as the explorer indexes it (no Streamlit needed)."""
    return data.Snapshot.build(sample_graph(), {PLAN_ID: SAMPLE_TEXT})


# -- search --------------------------------------------------------------------------------------
def test_search_groups_results_by_type_with_counts(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="search")
    at.text_input(key="q").input("乌素图").run()
    subheaders = texts(at, "subheader")
    assert "地点 Place (1)" in subheaders and "项目 Project (1)" in subheaders
    labels = [b.label for b in at.button]
    assert "乌素图" in labels and "乌素图杏花节" in labels
    assert at.query_params == {"page": "search", "q": "乌素图"}


def test_search_finds_aliases_and_opens_the_entity_page(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="search", q="呼市")
    hit = at.button(key=f"hit-{IDS['呼和浩特市']}")
    assert hit.label == "呼和浩特市 ← 呼市"
    hit.click().run()
    assert texts(at, "header") == ["呼和浩特市"]
    assert at.query_params == {"entity": IDS["呼和浩特市"]}
    assert "呼市" in markdown(at)            # aliases shown


def test_search_without_results_says_so(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="search", q="不存在的名字")
    assert any("没有找到" in i.value for i in at.info)


def test_search_ranks_exact_names_first(snap):
    hits = data.search(snap, "回民区")["Place"]
    assert hits[0].name == "回民区" and hits[0].rank == 0
    assert data.search(snap, " ") == {}


# -- entity page ---------------------------------------------------------------------------------
def test_entity_page_shows_props_mentions_and_relations(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, entity=IDS["乌素图"])
    assert texts(at, "header") == ["乌素图"]
    md = markdown(at)
    assert "上级地点 Within:** 回民区 → 呼和浩特市" in md
    # the mention: the sentence highlighted inside its paragraph, with plan and section
    assert ('回民区位于呼和浩特市。<span class="pg-sent"><mark>乌素图</mark>位于回民区，乌素图杏花节带动文化旅游业发展。'
            '</span>') in md
    assert "《样例规划》 · 第一章 发展定位 · [20:23]" in md
    # relations grouped by type, each with evidence
    assert "#### 位于 `LOCATED_IN` · 2" in md
    assert "<mark>乌素图位于回民区</mark>" in md
    assert at.button(key=f"rel-LOCATED_IN-out-{IDS['回民区']}").label == "回民区"
    assert at.button(key=f"rel-LOCATED_IN-in-{IDS['乌素图杏花节']}").label == "乌素图杏花节"
    assert "提及 Mentions (1)" in texts(at, "subheader")
    props = at.dataframe[0].value
    assert set(props["值 value"]) >= {"village", "40.88", "111.58"}


def test_relation_button_opens_the_neighbour(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, entity=IDS["乌素图"])
    at.button(key=f"rel-LOCATED_IN-out-{IDS['回民区']}").click().run()
    assert texts(at, "header") == ["回民区"]
    assert at.query_params == {"entity": IDS["回民区"]}


def test_unknown_entity_is_reported(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, entity="place-does-not-exist")
    assert any("place-does-not-exist" in w.value for w in at.warning)


def test_neighbourhood_graph_is_drawn_with_ontology_styles(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, entity=IDS["乌素图"])
    els = component_elements(at)
    ids = {n["data"]["id"]: n for n in els["nodes"]}
    assert set(ids) == {IDS["乌素图"], IDS["回民区"], IDS["乌素图杏花节"]}
    assert ids[IDS["乌素图"]]["classes"] == "focus" and ids[IDS["回民区"]]["classes"] == ""
    assert {e["data"]["label"] for e in els["edges"]} == {"LOCATED_IN"}
    # depth 2 reaches the city, the industry the festival supports and the plan covering 回民区
    at.segmented_control(key="depth").set_value(2).run()
    names = {n["data"]["name"] for n in component_elements(at)["nodes"]}
    assert {"呼和浩特市", "文化旅游业", "样例规划"} <= names
    legend = [m for m in texts(at, "markdown") if "<svg" in m][0]
    assert "#2e7d32" in legend and "地点" in legend      # Place colour and name from the ontology


def test_neighbourhood_filters(snap):
    f = data.Filters(rels=("LOCATED_IN",))
    nb = data.neighbourhood(snap, IDS["乌素图"], 3, f)
    assert {snap.graph.nodes[n].name for n in nb.nodes} == {"乌素图", "回民区", "乌素图杏花节", "呼和浩特市",
                                                           "新城区"}
    nb = data.neighbourhood(snap, IDS["乌素图"], 3, data.Filters(labels=("Place",)))
    assert {snap.label_of(n) for n in nb.nodes} == {"Place"}
    # place filter: nothing located outside 回民区 (新城区 and what lies in it) is reached
    nb = data.neighbourhood(snap, IDS["呼和浩特市"], 3, data.Filters(place=IDS["回民区"]))
    names = {snap.graph.nodes[n].name for n in nb.nodes}
    assert "乌素图" in names and "新城区" not in names and "哈拉沁生态苗圃项目" not in names
    # plan filter: only edges evidenced in the plan (all of the sample's are)
    assert data.neighbourhood(snap, IDS["乌素图"], 1, data.Filters(plan="other-plan")).nodes == [IDS["乌素图"]]


def test_neighbourhood_cap_is_explained(sample_db, monkeypatch):
    from explorer.views import entity
    monkeypatch.setattr(entity, "CAP", 2)
    at = run_app(sample_db, monkeypatch, entity=IDS["乌素图"])
    warning = " ".join(w.value for w in at.warning)
    assert "邻域过大" in warning and "3 个节点" in warning and "最近的 2 个" in warning
    assert len(component_elements(at)["nodes"]) == 2


def test_graph_click_value_names_a_node():
    assert graphview.clicked_node({"action": "open", "data": {"target_id": "x", "target_group": "nodes"}}) == "x"
    assert graphview.clicked_node({"action": "expand", "data": {"node_ids": ["x"]}}) is None
    assert graphview.clicked_node(None) is None


# -- path finder ---------------------------------------------------------------------------------
def test_path_finder_shows_the_path_and_evidence(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="path", a=IDS["乌素图"], b=IDS["内蒙古大学"])
    assert any("找到 1 条最短路径，每条 5 步" in s.value for s in at.success)
    md = markdown(at)
    assert ("路径 Path 1: 乌素图 —位于→ 回民区 —位于→ 呼和浩特市 ←位于— 新城区 ←位于— 哈拉沁生态苗圃项目 "
            "—涉及→ 内蒙古大学") in md
    assert "<mark>由内蒙古大学参与建设</mark>" in md          # evidence on the INVOLVES edge
    assert at.query_params == {"page": "path", "a": IDS["乌素图"], "b": IDS["内蒙古大学"]}
    assert len(component_elements(at)["edges"]) == 5


def test_path_finder_through_plans_is_optional(snap):
    plain = data.shortest_paths(snap, IDS["回民区"], IDS["森林覆盖率"])
    via_plan = data.shortest_paths(snap, IDS["回民区"], IDS["森林覆盖率"], through_plans=True)
    assert len(via_plan[0]) == 3 and snap.label_of(via_plan[0][1][0]) == "Plan"
    assert len(plain[0]) > 3 and all(snap.label_of(n) != "Plan" for n, _ in plain[0])
    assert data.shortest_paths(snap, IDS["乌素图"], IDS["内蒙古大学"], rels=("INVOLVES",)) == []


def test_path_finder_asks_for_both_ends(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="path")
    assert any("请选择起点和终点" in i.value for i in at.info)


# -- plans ---------------------------------------------------------------------------------------
def test_plans_page_tree_goals_targets_projects(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="plans")
    md = markdown(at)
    assert "第一章 发展定位" in md and "第二章 重点项目" in md
    labels = [b.label for b in at.button]
    assert {"生态保护", "乌素图杏花节", "哈拉沁生态苗圃项目"} <= set(labels)
    targets = at.dataframe[0].value
    assert list(targets["指标 indicator"]) == ["森林覆盖率"] and list(targets["目标 target"]) == ["41%"]
    # one section's details: only what is mentioned inside it
    at.selectbox(key="plan_section").set_value(f"{PLAN_ID}/第一章").run()
    labels = [b.label for b in at.button]
    assert "乌素图杏花节" in labels and "哈拉沁生态苗圃项目" not in labels


def test_compare_two_plans(snap):
    g = sample_graph()
    other = "other-plan"
    g.add_node("Plan", "另一规划", node_id=other, props={"title": "另一规划"})
    from graph.model import Evidence
    g.nodes[IDS["新城区"]].add_mention(Evidence(other, None, 0, 3, "新城区"))
    g.nodes[IDS["森林覆盖率"]].add_mention(Evidence(other, None, 4, 9, "森林覆盖率"))
    s = data.Snapshot.build(g, {PLAN_ID: SAMPLE_TEXT})
    a, b = data.plan_sets(s, PLAN_ID, "Place"), data.plan_sets(s, other, "Place")
    assert a & b == {IDS["新城区"]} and IDS["乌素图"] in a - b and not b - a
    assert data.plan_sets(s, other, "Indicator") == {IDS["森林覆盖率"]}


def test_plans_page_on_the_built_database(built_db, monkeypatch):
    at = run_app(built_db, monkeypatch, page="plans", plan="xincheng-14th-plan")
    md = markdown(at)
    assert "第一章" in md and "专栏1" in md                 # the real section tree
    assert "比较两个规划 Compare two plans" in texts(at, "subheader")
    assert at.query_params["plan"] == "xincheng-14th-plan"


# -- indicators and map ----------------------------------------------------------------------------
def test_indicators_page_marks_binding_targets(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="indicators")
    assert at.selectbox(key="indicator").value == IDS["森林覆盖率"]
    assert any("约束性 1" in c.value for c in at.caption)
    assert at.get("vega_lite_chart")
    table = at.dataframe[0].value
    row = table[table["类型"] == "目标 target"].iloc[0]
    assert (row["指标"], row["值"], row["属性"], row["规划"]) == ("森林覆盖率", 41.0, "约束性", "样例规划")


def test_target_rows_keep_one_row_per_plan_value(snap):
    rows = data.target_rows(snap)
    assert len(rows) == 1 and rows[0]["source_label"] == "Plan" and rows[0]["target_year"] == 2025


def test_map_shows_places_with_coordinates(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="map")
    assert any("4 / 5 个地点有坐标" in c.value for c in at.caption)
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert "tiles" not in json.dumps(spec)               # no base map: works offline
    at.selectbox(key="map_pick").set_value(IDS["乌素图"]).run()
    assert texts(at, "header") == ["乌素图"]


# -- console ---------------------------------------------------------------------------------------
def test_console_prefills_a_named_query_and_runs_it(sample_db, monkeypatch):
    from explorer.views.console import named_queries
    at = run_app(sample_db, monkeypatch, page="console")
    name = at.selectbox(key="query").value
    assert at.text_area(key="cypher").value == named_queries()[name][1]
    at.button(key="run").click().run()
    assert not at.error, [e.value for e in at.error]
    assert any("行 rows" in s.value for s in at.success)


def test_console_table_graph_and_parameters(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="console")
    at.text_area(key="cypher").input("MATCH (x)-[r:LOCATED_IN]->(p:Place {name: $place}) RETURN x, r, p").run()
    at.text_input(key="param-place").input("回民区").run()
    at.button(key="run").click().run()
    assert any(s.value.startswith("1 行 rows") for s in at.success)
    df = at.dataframe[0].value
    assert list(df["x"]) == ["(Place) 乌素图"] and list(df["r"]) == ["[LOCATED_IN]"]
    els = component_elements(at)
    assert {n["data"]["name"] for n in els["nodes"]} == {"乌素图", "回民区"}
    assert [e["data"]["label"] for e in els["edges"]] == ["LOCATED_IN"]


def test_console_refuses_writes_and_shows_errors(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="console")
    at.text_area(key="cypher").input("MATCH (n) DETACH DELETE n").run()
    at.button(key="run").click().run()
    assert "refused" in at.error[0].value
    at.text_area(key="cypher").input("MATCH (n RETURN n").run()
    at.button(key="run").click().run()
    assert at.error and "Query failed" in at.error[0].value
    at.text_area(key="cypher").input("MATCH (p:Place) RETURN p.name AS name").run()
    at.number_input(key="max_rows").set_value(10).run()
    at.button(key="run").click().run()
    assert at.dataframe[0].value["name"].tolist()      # still answers; the database was not touched
    assert len(at.dataframe[0].value) == 5


def test_console_row_cap_is_explained(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="console")
    at.text_area(key="cypher").input("UNWIND range(1, 50) AS i RETURN i").run()
    at.number_input(key="max_rows").set_value(10).run()
    at.button(key="run").click().run()
    assert len(at.dataframe[0].value) == 10
    assert any("结果超过 10 行" in w.value for w in at.warning)


# -- downloads, sidebar, missing database ------------------------------------------------------------
def test_downloads_page_and_exports(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="downloads")
    labels = " ".join(b.label for b in at.get("download_button"))
    assert "JSON-lines" in labels
    path, mtime = data.db_version(Path(sample_db))
    blob, name = data.export_bytes("jsonl", path, mtime)
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        assert sorted(zf.namelist()) == ["edges.jsonl", "nodes.jsonl"]
        assert "乌素图" in zf.read("nodes.jsonl").decode("utf-8")
    if "ttl" in data.available_exports():
        assert "Turtle" in labels
        ttl, name = data.export_bytes("ttl", path, mtime)
        assert name.endswith(".ttl") and "乌素图" in ttl.decode("utf-8")


def test_sidebar_shows_the_database(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch)
    assert at.sidebar.code[0].value == str(Path(sample_db).resolve())
    assert at.sidebar.radio(key="page").value == "search"


def test_missing_database_is_explained(tmp_path, monkeypatch):
    at = run_app(tmp_path / "none.lbug", monkeypatch)
    assert "找不到数据库" in at.error[0].value and "python -m graph build" in at.error[0].value


def test_every_page_renders_on_the_built_database(built_db, monkeypatch):
    from explorer import nav
    assert {"search", "path", "plans", "indicators", "map", "analytics", "console", "downloads"} <= set(nav.PAGES)
    for page in nav.PAGES:
        if page != "entity":        # the entity page needs an id; its own tests open it
            run_app(built_db, monkeypatch, page=page)


# -- evidence text --------------------------------------------------------------------------------------
def test_sentence_and_paragraph_around_a_mention():
    start = SAMPLE_TEXT.index("强首府工程")
    c = context(SAMPLE_TEXT, start, start + 5)
    assert SAMPLE_TEXT[c.p0:c.p1] == "到2025年，森林覆盖率达到41%，约束性。实施强首府工程，支撑文化旅游业。"
    assert SAMPLE_TEXT[c.s0:c.s1] == "实施强首府工程，支撑文化旅游业。"


def test_long_paragraphs_are_cut_around_the_sentence():
    text = "甲" * 2000 + "。目标句子在这里。" + "乙" * 2000
    s = text.index("目标")
    out = highlight_html(text, context(text, s, s + 2), s, s + 2)
    assert out.startswith("…") and out.endswith("…") and len(out) < 1000
    assert '<span class="pg-sent"><mark>目标</mark>句子在这里。</span>' in out


def test_evidence_that_does_not_match_the_text_is_shown_as_stored():
    assert evidence_html("abc", 0, 2, "xy") == "<mark>xy</mark>"
    assert evidence_html(None, 0, 2, "<b>") == "<mark>&lt;b&gt;</mark>"
    assert re.search(r"&lt;尖括号&gt;", evidence_html(SAMPLE_TEXT, SAMPLE_TEXT.index("<尖"),
                                                      SAMPLE_TEXT.index("<尖") + 5, "<尖括号>"))


def test_console_keeps_the_edited_query_across_pages(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, page="console")
    at.text_area(key="cypher").input("MATCH (g:Goal) RETURN g.name AS name").run()
    at.sidebar.radio(key="page").set_value("map").run()
    at.sidebar.radio(key="page").set_value("console").run()
    assert at.text_area(key="cypher").value == "MATCH (g:Goal) RETURN g.name AS name"


@pytest.mark.parametrize("module", ["explorer.text", "explorer.data", "explorer.graphview", "explorer.server",
                                    "explorer.views.console"])
def test_explorer_doctests(module):
    import doctest
    import importlib
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_plans_are_leaves_of_a_neighbourhood(snap):
    nb = data.neighbourhood(snap, IDS["回民区"], 2)
    assert PLAN_ID in nb.nodes
    assert IDS["森林覆盖率"] not in nb.nodes            # only reachable through the plan
    assert IDS["森林覆盖率"] in data.neighbourhood(snap, PLAN_ID, 1).nodes


# -- the real graph (bundled plans) ------------------------------------------------------------------
def _id(db, label: str, name: str) -> str:
    from graph.store import LadybugStore
    with LadybugStore(db) as s:
        rows = s.query(f"MATCH (n:{label}) WHERE n.name = $n RETURN n.id AS id", {"n": name}).rows
    assert rows, f"no {label} {name}"
    return rows[0]["id"]


def test_real_wusutu_page_shows_located_in_huimin(built_db, monkeypatch):
    wusutu, huimin = _id(built_db, "Place", "乌素图"), _id(built_db, "Place", "回民区")
    at = run_app(built_db, monkeypatch, entity=wusutu)
    assert at.button(key=f"rel-LOCATED_IN-out-{huimin}").label == "回民区"
    assert "<mark>乌素图</mark>" in markdown(at)
    assert huimin in {n["data"]["id"] for n in component_elements(at)["nodes"]}


def test_real_path_between_chilechuan_and_kejicheng(built_db, monkeypatch):
    a, b = _id(built_db, "Place", "敕勒川"), _id(built_db, "Place", "科技城")
    at = run_app(built_db, monkeypatch, page="path", a=a, b=b)
    assert any("最短路径" in s.value for s in at.success), [e.value for e in at.error]
    assert "<mark>" in markdown(at)                     # evidence on the edges
