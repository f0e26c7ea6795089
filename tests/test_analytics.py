"""graph.analytics (networkx over the graph read back from a real LadybugDB) and its explorer page.

The sample graph (tests/sample_graph.py) gives exact values; the bundled plans check the measures hold
together on the real graph, cross-checked against Cypher on the same database.
"""
from __future__ import annotations

import doctest
import json
from pathlib import Path

import networkx as nx
import pytest
from streamlit.testing.v1 import AppTest

from conftest import run_cli
from graph import analytics as an
from graph.ontology import ENTITY_LABELS, REL_TYPES
from graph.readback import load_graph
from graph.store import LadybugStore
from sample_graph import sample_graph, sample_ids

APP = str(Path(__file__).resolve().parent.parent / "app.py")
IDS = sample_ids()


@pytest.fixture(scope="module")
def sample(sample_db):
    """The sample graph as read back from its database."""
    with LadybugStore(sample_db) as s:
        return load_graph(s)


@pytest.fixture(scope="module")
def real(store):
    return load_graph(store)


@pytest.fixture(scope="module")
def real_result(real):
    return an.analyze(real, top=10)


def names(G, ids) -> set[str]:
    return {G.nodes[n]["name"] for n in ids}


def test_doctests():
    result = doctest.testmod(an, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 20 and result.failed == 0


# -- the graph handed to networkx ----------------------------------------------------------------------
def test_default_graph_is_entities_and_evidential_relations(sample):
    assert set(an.DEFAULT_RELS) == {r for r, rt in REL_TYPES.items() if rt.evidential} == {
        "LOCATED_IN", "SUPPORTS", "TARGETS", "COVERS", "INVOLVES"}
    G = an.to_networkx(sample)
    assert {d["label"] for _, d in G.nodes(data=True)} == set(ENTITY_LABELS)
    assert len(G) == 12 and IDS["样例规划"] not in G and not any(n.startswith("sample-plan/") for n in G)
    # the plan's COVERS and TARGETS edges go with the plan; the goal's TARGETS stays
    assert sorted(k for _, _, k in G.edges(keys=True)).count("TARGETS") == 1 and G.number_of_edges() == 11
    assert G.nodes[IDS["呼和浩特市"]]["aliases"] == ["呼市"] and G.nodes[IDS["回民区"]]["kind"] == "district"
    with_plans = an.to_networkx(sample, labels=ENTITY_LABELS + ("Plan",))
    assert with_plans.has_edge(IDS["样例规划"], IDS["回民区"], key="COVERS") and with_plans.number_of_edges() == 13
    assert an.to_networkx(sample, include=("INVOLVES",)).number_of_edges() == 1
    with pytest.raises(ValueError, match="MENTIONS"):
        an.to_networkx(sample, include=("MENTIONS",))


def test_degree_of_huimin_and_the_ranking(sample):
    U = an.undirected(sample)
    c = an.degree_centrality(U)
    assert U.degree(IDS["回民区"]) == 2 and c[IDS["回民区"]] == pytest.approx(2 / 11)   # city, 乌素图; no plan
    top = an.ranked(U, c, top=3)
    assert [(r["name"], r["degree"]) for r in top] == [("哈拉沁生态苗圃项目", 3), ("新城区", 3), ("乌素图", 2)]
    assert top[1] == {"id": IDS["新城区"], "name": "新城区", "label": "Place", "score": round(3 / 11, 6), "degree": 3}


def test_betweenness_exact_on_the_sample(sample):
    b = an.betweenness_centrality(sample)
    # the sample is a tree of 12 nodes: 新城区 lies between 34 of the 55 pairs
    assert b[IDS["新城区"]] == pytest.approx(34 / 55)
    assert b[IDS["内蒙古大学"]] == 0
    assert an.ranked(an.undirected(sample), b, top=1)[0]["name"] == "新城区"


def test_betweenness_is_sampled_with_a_fixed_seed_on_large_graphs(monkeypatch):
    G = nx.barabasi_albert_graph(400, 2, seed=1)
    assert an.betweenness_samples(G) is None
    monkeypatch.setattr(an, "BETWEENNESS_BUDGET", 10_000)
    k = an.betweenness_samples(G)
    assert k == an.MIN_SAMPLES
    first, again = an.betweenness_centrality(G), an.betweenness_centrality(G)
    assert first == again and first != nx.betweenness_centrality(G)


def test_communities_of_the_sample(sample):
    cs = an.communities(sample)
    U = an.undirected(sample)
    assert [c["size"] for c in cs] == [4, 4, 4]
    assert sorted(m for c in cs for m in c["members"]) == sorted(U)
    wusutu = an.community_of(cs, IDS["乌素图"])
    assert names(U, wusutu["members"]) == {"乌素图", "乌素图杏花节", "文化旅游业", "强首府工程"}
    assert names(U, an.community_of(cs, IDS["回民区"])["members"]) >= {"回民区", "呼和浩特市", "新城区"}
    assert wusutu["labels"] == {"Industry": 1, "Place": 1, "Policy": 1, "Project": 1}
    assert wusutu["top"][0]["degree"] == 2 and len(wusutu["top"]) == 4
    assert an.communities(sample) == cs                 # fixed seed


def test_districts_and_district_bridges_of_the_sample(sample):
    G = an.to_networkx(sample)
    assert names(G, an.districts(G)) == {"回民区", "新城区"}
    assert an.district_bridges(G) == []                 # nothing in the sample spans both districts
    # a district the graph does not place is a district when the gazetteer puts it in the city
    g = sample_graph()
    g.add_node("Place", "赛罕区", props={"kind": "district"})
    assert "赛罕区" not in names(G := an.to_networkx(g), an.districts(G, gazetteer={}))
    assert "赛罕区" in names(G, an.districts(G, gazetteer={"赛罕区": ("district", "呼和浩特市")}))
    assert "乌素图" not in names(G, an.districts(G, gazetteer={"乌素图": ("village", "呼和浩特市")}))
    # the nursery (新城区) also supporting 文化旅游业, which 乌素图杏花节 (乌素图, 回民区) supports
    g = sample_graph()
    g.add_edge(IDS["哈拉沁生态苗圃项目"], IDS["文化旅游业"], "SUPPORTS")
    [row] = an.district_bridges(g)
    assert (row["name"], row["districts"]) == ("文化旅游业", ["回民区", "新城区"])
    assert row["links"] == {
        "回民区": [{"how": "SUPPORTS", "via": "乌素图杏花节", "path": ["乌素图杏花节", "乌素图", "回民区"]}],
        "新城区": [{"how": "SUPPORTS", "via": "哈拉沁生态苗圃项目", "path": ["哈拉沁生态苗圃项目", "新城区"]}]}
    # a place located in both districts is a bridge through its own chain
    g.add_edge(IDS["乌素图"], IDS["新城区"], "LOCATED_IN")
    rows = {r["name"]: r for r in an.district_bridges(g)}
    assert rows["乌素图"]["links"]["新城区"] == [{"how": "LOCATED_IN", "path": ["新城区"]}]
    assert "呼和浩特市" not in rows and "回民区" not in rows


def test_structural_bridges_of_the_sample(sample):
    rows = an.structural_bridges(sample)
    first = rows[0]
    assert (first["source"]["name"], first["target"]["name"], first["rels"], first["cut_off"]) == (
        "新城区", "呼和浩特市", ["LOCATED_IN"], 6)
    assert all(r["cut_off"] >= 2 for r in rows)
    assert len(an.structural_bridges(sample, min_side=1)) == 11   # a tree: every edge is a bridge


def test_shortest_paths_by_name_and_alias(sample):
    [path] = an.shortest_paths(sample, "呼市", "乌素图杏花节")
    assert [(s["name"], s["rel"], s["forward"]) for s in path] == [
        ("呼和浩特市", None, None), ("回民区", "LOCATED_IN", False), ("乌素图", "LOCATED_IN", False),
        ("乌素图杏花节", "LOCATED_IN", False)]
    assert an.shortest_paths(sample, IDS["乌素图"], " 回民区 ")[0][-1]["id"] == IDS["回民区"]
    assert an.shortest_paths(an.to_networkx(sample, include=("SUPPORTS",)), "乌素图", "内蒙古大学") == []
    with pytest.raises(ValueError, match="不存在"):
        an.shortest_paths(sample, "不存在", "乌素图")


def test_analyze_is_json_and_complete(sample):
    r = an.analyze(sample, top=2)
    assert json.loads(json.dumps(r, ensure_ascii=False)) == r
    assert r["graph"]["nodes"] == 12 and r["graph"]["components"] == 1 and r["graph"]["isolated"] == 0
    assert len(r["degree"]) == 2 and r["betweenness"]["sampled_sources"] is None
    assert r["communities"]["count"] == 3 and len(r["communities"]["top"]) == 2
    assert "members" not in r["communities"]["top"][0]
    assert r["district_bridges"]["districts"] == ["回民区", "新城区"]


def test_analyze_an_empty_graph():
    from graph.model import GraphData
    r = an.analyze(GraphData())
    assert r["graph"]["nodes"] == 0 and r["degree"] == [] and r["communities"]["count"] == 0
    assert "0 entities" in an.report(r)


# -- the bundled plans ------------------------------------------------------------------------------
def _sorted_desc(rows):
    return all(a["score"] >= b["score"] for a, b in zip(rows, rows[1:]))


def test_real_centrality_lists(real, real_result):
    for rows in (real_result["degree"], real_result["betweenness"]["top"]):
        assert len(rows) == 10 and _sorted_desc(rows)
        assert all(real.nodes[r["id"]].label in ENTITY_LABELS and real.nodes[r["id"]].name == r["name"]
                   for r in rows)
    assert real_result["degree"][0]["score"] > 0 and real_result["betweenness"]["top"][0]["score"] > 0
    U = an.undirected(real)
    assert all(U.degree(r["id"]) == r["degree"] for r in real_result["degree"])
    # districts and the city carry the network
    assert {"新城区", "回民区"} <= {r["name"] for r in real_result["degree"]}


def test_real_communities_partition_the_entities(store, real):
    cs = an.communities(real)
    members = [m for c in cs for m in c["members"]]
    entity_ids = {r["id"] for r in store.query(
        "MATCH (n) WHERE label(n) IN $labels RETURN n.id AS id", {"labels": list(ENTITY_LABELS)},
        max_rows=10**6).rows}
    assert len(members) == len(set(members)) and set(members) == entity_ids
    assert [c["size"] for c in cs] == sorted((c["size"] for c in cs), reverse=True)
    assert cs[0]["size"] > 10 and sum(cs[0]["labels"].values()) == cs[0]["size"]


CROSS_CHECK = """
MATCH (d:Place {name: $d})
MATCH (x)-[:LOCATED_IN|SUPPORTS|TARGETS|INVOLVES|COVERS]-(n)-[:LOCATED_IN*0..10]->(d)
WHERE label(x) <> 'Plan' AND label(n) <> 'Plan'
RETURN DISTINCT x.id AS id
"""
ANCESTORS = "MATCH (d:Place {name: $d})-[:LOCATED_IN*1..10]->(c) RETURN DISTINCT c.id AS id"


def test_real_district_bridges_match_cypher(store, real):
    """Entities linked to two or more districts (回民区 and 新城区 among them, if any), found again by
    Cypher on the same database: a relation to something whose LOCATED_IN chain reaches the district."""
    U = an.undirected(real)
    districts = [U.nodes[d]["name"] for d in an.districts(real)]
    assert {"回民区", "新城区"} <= set(districts)
    linked, containers = {}, set(an.districts(real))
    for d in districts:
        for r in store.query(CROSS_CHECK, {"d": d}, max_rows=10**6).rows:
            linked.setdefault(r["id"], set()).add(d)
        containers |= {r["id"] for r in store.query(ANCESTORS, {"d": d}).rows}
    expected = {x: ds for x, ds in linked.items() if len(ds) >= 2 and x not in containers}
    rows = an.district_bridges(real)
    assert {r["id"]: set(r["districts"]) for r in rows} == expected
    both = {r["name"] for r in rows if {"回民区", "新城区"} <= set(r["districts"])}
    assert both == {U.nodes[x]["name"] for x, ds in expected.items() if {"回民区", "新城区"} <= ds}
    for r in rows:
        for dist, links in r["links"].items():
            assert links and all(L["path"][-1] == dist for L in links)


def test_real_shortest_path_chilechuan_kejicheng(real):
    paths = an.shortest_paths(real, "敕勒川", "科技城")
    assert paths and paths[0][0]["name"] == "敕勒川" and paths[0][-1]["name"] == "科技城"
    for p in paths:
        assert len(p) == len(paths[0])
        for a, b in zip(p, p[1:]):
            src, dst = (a["id"], b["id"]) if b["forward"] else (b["id"], a["id"])
            assert (src, b["rel"], dst) in real.edges


def test_cli_analyze_json(built_db):
    res = run_cli("analyze", "--db", str(built_db), "--json", "--top", "5")
    assert res.returncode == 0, res.stderr
    r = json.loads(res.stdout)
    assert set(r) == {"graph", "degree", "betweenness", "communities", "district_bridges", "bridges"}
    assert len(r["degree"]) == 5 and r["communities"]["count"] > 0 and r["district_bridges"]["districts"]


def test_cli_analyze_tables(built_db, tmp_path):
    res = run_cli("analyze", "--db", str(built_db))
    assert res.returncode == 0, res.stderr
    for title in ("top entities by degree centrality", "top entities by betweenness", "communities (louvain",
                  "district bridges:", "新城区"):
        assert title in res.stdout
    missing = run_cli("analyze", "--db", str(tmp_path / "none.lbug"))
    assert missing.returncode != 0 and "no database" in missing.stderr


# -- the explorer page ----------------------------------------------------------------------------------
def run_page(db, monkeypatch) -> AppTest:
    monkeypatch.setenv("PLANGRAPH_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(page="analytics")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_analytics_page_on_the_sample(sample_db, sample, monkeypatch):
    at = run_page(sample_db, monkeypatch)
    xincheng = an.community_of(an.communities(sample), IDS["新城区"])["id"]
    assert at.header[0].value == "网络分析 Analytics"
    assert at.button(key=f"an-deg-{IDS['哈拉沁生态苗圃项目']}").label == "1. 哈拉沁生态苗圃项目"
    assert at.button(key=f"an-btw-{IDS['新城区']}").label == "1. 新城区"
    assert at.button(key=f"an-com-{xincheng}-{IDS['新城区']}").label == "新城区"
    assert any("没有跨区桥梁" in i.value for i in at.info)
    assert at.query_params == {"page": "analytics"}
    at.button(key=f"an-btw-{IDS['新城区']}").click().run()
    assert [h.value for h in at.header] == ["新城区"]     # the entity page opens
    assert at.query_params == {"entity": IDS["新城区"]}


def test_analytics_page_on_the_built_database(built_db, real_result, monkeypatch):
    at = run_page(built_db, monkeypatch)
    labels = {b.label for b in at.button}
    top = real_result["degree"][0]
    assert f"1. {top['name']}" in labels
    for row in real_result["district_bridges"]["entities"]:
        assert at.button(key=f"an-db-{row['id']}").label == row["name"]
    assert "跨区桥梁 District bridges" in [s.value for s in at.subheader]
