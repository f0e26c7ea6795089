"""SPARQL queries in queries/*.rq: each one agrees with Cypher on the same graph (issue 6).

Every .rq runs with rdflib and with pyoxigraph over the Turtle export of a LadybugDB, and its
answer is compared with a Cypher query asking the same question on that database: the sample
graph for exact comparisons, the bundled plans for the issue's must-shows.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from graph.rdf import export_rdf
from graph.rdf.sparql import load_sparql, oxigraph_store, run_oxigraph, run_rdflib, sparql_names
from graph.rdf.vocab import camel
from graph.readback import load_graph
from graph.store import LadybugStore

ENTITY = '["Place","Project","Industry","Goal","Indicator","Organization","Policy"]'
RELS = "LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES"
PLACE = "MATCH (root:Place) WHERE root.name = $place OR list_contains(root.aliases, $place) "


def _evidence_rows(rows, *keys):
    out = set()
    for r in rows:
        for e in json.loads(r["ev"] or "[]"):
            out.add(tuple(r[k] for k in keys) + (e["plan"], e["section"], e["start"], e["end"], e["text"]))
    return out


#: name -> (Cypher on LadybugDB, key of a SPARQL row, key of the Cypher rows as a whole)
CASES = {
    "places_in": (
        PLACE + "MATCH (p:Place)-[:LOCATED_IN*1..20]->(root) RETURN DISTINCT p.id AS id",
        lambda r: r["id"], lambda rows: {r["id"] for r in rows}),
    "projects_in": (
        PLACE + "MATCH (proj:Project)-[:LOCATED_IN]->(w:Place)-[:LOCATED_IN*0..20]->(root) "
                "RETURN DISTINCT proj.id AS id, w.name AS w",
        lambda r: (r["id"], r["where"]), lambda rows: {(r["id"], r["w"]) for r in rows}),
    "indicator_targets": (
        "MATCH (p:Place) WHERE p.name = $place OR list_contains(p.aliases, $place) "
        "MATCH (src:Plan)-[t:TARGETS]->(i:Indicator) WHERE src.place = p.name OR EXISTS { MATCH (src)-[:COVERS]->(p) } "
        "RETURN i.name AS indicator, t.target_value AS value, src.id AS src "
        "UNION "
        "MATCH (p:Place) WHERE p.name = $place OR list_contains(p.aliases, $place) "
        "MATCH (src:Goal)-[:LOCATED_IN]->(p) MATCH (src)-[t:TARGETS]->(i:Indicator) "
        "RETURN i.name AS indicator, t.target_value AS value, src.id AS src",
        lambda r: (r["indicator"], r["value"], r["sourceId"]),
        lambda rows: {(r["indicator"], r["value"], r["src"]) for r in rows}),
    "indicator_by_plan": (
        "MATCH (i:Indicator) WHERE i.name = $indicator OR list_contains(i.aliases, $indicator) "
        "MATCH (src)-[t:TARGETS]->(i) RETURN t.target_value AS value, t.evidence AS ev",
        lambda r: (r["planId"], r["value"]),
        lambda rows: {(e[1], e[0]) for e in _evidence_rows(rows, "value")}),
    "supports_goal": (
        "MATCH (g) WHERE (label(g) = 'Goal' OR label(g) = 'Industry') AND (g.name = $goal OR list_contains(g.aliases, $goal)) "
        "MATCH (x)-[:SUPPORTS*1..20]->(g) OPTIONAL MATCH (x)-[d:SUPPORTS]->(g) "
        "RETURN DISTINCT x.id AS id, d IS NOT NULL AS direct",
        lambda r: (r["id"], str(r["direct"]).lower() == "true"),
        lambda rows: {(r["id"], bool(r["direct"])) for r in rows}),
    "search": (
        "MATCH (n) WITH n, lower($q) AS q WHERE label(n) IN " + ENTITY + " AND (lower(n.name) CONTAINS q "
        "OR any(a IN n.aliases WHERE lower(a) CONTAINS q)) RETURN n.id AS id",
        lambda r: r["id"], lambda rows: {r["id"] for r in rows}),
    "neighbours": (
        "MATCH (n) WHERE n.name = $name OR list_contains(n.aliases, $name) "
        "MATCH (n)-[r:" + RELS + "]->(m) RETURN label(r) AS rel, 'out' AS dir, m.id AS id "
        "UNION MATCH (n) WHERE n.name = $name OR list_contains(n.aliases, $name) "
        "MATCH (m)-[r:" + RELS + "]->(n) RETURN label(r) AS rel, 'in' AS dir, m.id AS id",
        lambda r: (r["relation"], r["direction"], r["id"]),
        lambda rows: {(camel(r["rel"]), r["dir"], r["id"]) for r in rows}),
    "edge_evidence": (
        "MATCH (a) WHERE a.name = $source OR list_contains(a.aliases, $source) "
        "MATCH (b) WHERE b.name = $target OR list_contains(b.aliases, $target) "
        "MATCH (a)-[r:" + RELS + "]->(b) RETURN label(r) AS rel, r.evidence AS ev",
        lambda r: (r["relation"], r["planId"], r["sectionId"], r["start"], r["end"], r["text"]),
        lambda rows: {(camel(k[0]),) + k[1:] for k in _evidence_rows(rows, "rel")}),
    "section_entities": (
        "MATCH (n)-[:MENTIONED_IN]->(s:Section) WHERE s.id = $section RETURN DISTINCT n.id AS id",
        lambda r: r["id"], lambda rows: {r["id"] for r in rows}),
    "most_connected": (
        "MATCH (n)-[r:" + RELS + "]-(m) WHERE label(n) IN " + ENTITY + " "
        "RETURN n.id AS id, count(*) AS degree ORDER BY degree DESC, id LIMIT 20",
        lambda r: (r["id"], r["degree"]), lambda rows: [(r["id"], r["degree"]) for r in rows]),
    "isolated_entities": (
        "MATCH (n) WHERE label(n) IN " + ENTITY + " AND NOT EXISTS { MATCH (n)-[:" + RELS + "]-() } "
        "RETURN n.id AS id",
        lambda r: r["id"], lambda rows: {r["id"] for r in rows}),
    "plans_covering": (
        PLACE + "MATCH (plan:Plan) WHERE plan.place = root.name OR EXISTS { MATCH (plan)-[:COVERS]->(root) } "
                "RETURN DISTINCT plan.id AS id",
        lambda r: r["id"], lambda rows: {r["id"] for r in rows}),
    "project_chain": (
        "MATCH (p:Project) WHERE p.name = $project OR list_contains(p.aliases, $project) "
        "MATCH (p)-[:SUPPORTS*1..20]->(x) OPTIONAL MATCH (x)-[:TARGETS]->(i:Indicator) "
        "RETURN DISTINCT x.id AS id, i.name AS indicator",
        lambda r: (r["id"], r["indicator"]), lambda rows: {(r["id"], r["indicator"]) for r in rows}),
}
ODD = "名字带\"引号\"和\\反斜杠\n与<尖括号>🌸\u200f的地点"
#: more parameter sets per query on the sample graph (besides each query's example values)
EXTRA_PARAMS = {
    "places_in": [{"place": "呼市"}, {"place": "呼和浩特市"}, {"place": "不存在"}, {"place": '"}) } #'}],
    "projects_in": [{"place": "呼和浩特市"}, {"place": "回民区"}],
    "indicator_targets": [{"place": "回民区"}, {"place": "呼市"}],
    "supports_goal": [{"goal": "文化旅游业"}],
    "search": [{"q": "呼"}, {"q": "区"}, {"q": "引号"}, {"q": "🌸"}, {"q": "'"}],
    "neighbours": [{"name": "新城区"}, {"name": ODD}, {"name": "哈拉沁生态苗圃项目"}],
    "edge_evidence": [{"source": ODD, "target": "新城区"}, {"source": "哈拉沁生态苗圃项目", "target": "生态保护"}],
    "section_entities": [{"section": "sample-plan/第二章"}],
    "plans_covering": [{"place": "新城区"}],
}


def _compare(q, rows, key):
    return [key(r) for r in rows] if q.name == "most_connected" else {key(r) for r in rows}


@pytest.fixture(scope="module")
def sample_rdf(sample_db, tmp_path_factory):
    """The sample LadybugDB exported to Turtle, loaded into both engines."""
    out = tmp_path_factory.mktemp("sparql-sample") / "sample.ttl"
    with LadybugStore(sample_db) as s:
        export_rdf(load_graph(s), out, "ttl", issued="2026-01-01")
    return {"rdflib": Graph().parse(out, format="turtle"), "oxigraph": oxigraph_store(out)}


def run(engine, q, data, params):
    return (run_rdflib if engine == "rdflib" else run_oxigraph)(q, data[engine], params)


def test_every_rq_has_a_header_and_a_cypher_twin():
    names = sparql_names()
    assert len(names) >= 10
    assert set(names) == set(CASES), "add the new query to CASES (its Cypher twin)"
    for name in names:
        q = load_sparql(name)
        assert q.title_zh and q.title_en and q.description, name
        for p, (example, help_) in q.params.items():
            assert example != "" and help_, (name, p)


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_sparql_agrees_with_cypher_on_the_sample(name, engine, sample_rdf, sample_db):
    q = load_sparql(name)
    cypher, key, ckey = CASES[name]
    with LadybugStore(sample_db) as store:
        for params in [q.example_params()] + EXTRA_PARAMS.get(name, []):
            params = {**q.example_params(), **params}
            rows = run(engine, q, sample_rdf, params)
            expected = ckey(store.query(cypher, params).rows)
            assert _compare(q, rows, key) == expected, (name, params)


def test_sample_answers_are_the_known_ones(sample_rdf):
    """Spot checks with names, so a query and its twin cannot agree on nothing."""
    def names(name, engine="oxigraph", **params):
        return {r.get("name") or r.get("indicator") for r in run(engine, load_sparql(name), sample_rdf, params)}
    for engine in ("rdflib", "oxigraph"):
        assert names("places_in", engine, place="回民区") == {"乌素图"}
        assert names("places_in", engine, place="呼市") == {"回民区", "新城区", "乌素图", ODD}
        assert names("projects_in", engine, place="呼和浩特市") == {"乌素图杏花节", "哈拉沁生态苗圃项目"}
        assert names("supports_goal", engine, goal="文化旅游业") == {"乌素图杏花节", "强首府工程"}
        assert names("search", engine, q="🌸") == {ODD}
    (row,) = run("oxigraph", load_sparql("indicator_targets"), sample_rdf, {"place": "回民区"})
    assert (row["indicator"], row["value"], row["comparator"], row["year"], row["attribute"]) == (
        "森林覆盖率", 41.0, "≥", 2025, "约束性")
    (ev,) = run("rdflib", load_sparql("edge_evidence"), sample_rdf, {"source": "乌素图", "target": "回民区"})
    assert (ev["start"], ev["end"], ev["text"]) == (20, 28, "乌素图位于回民区")


def test_unknown_parameters_are_refused(sample_rdf):
    with pytest.raises(ValueError, match="no parameter"):
        run("oxigraph", load_sparql("places_in"), sample_rdf, {"plac": "回民区"})
    with pytest.raises(ValueError):
        load_sparql("../graph/rdf/x")


# -- the bundled plans: the must-shows ------------------------------------------------------------
@pytest.fixture(scope="module")
def plans_rdf(built_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("sparql-plans") / "graph.ttl"
    with LadybugStore(built_db) as s:
        graph = load_graph(s)
    export_rdf(graph, out, "ttl", issued="2026-01-01")
    return {"rdflib": Graph().parse(out, format="turtle"), "oxigraph": oxigraph_store(out), "graph": graph}


def _needs_entities(plans_rdf, label):
    if not any(True for _ in plans_rdf["graph"].nodes_of(label)):
        pytest.skip(f"the bundled build has no {label} nodes yet (entity extraction, issue 3, not landed)")


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_places_transitively_in_huimin_include_wusutu(engine, plans_rdf, built_db):
    _needs_entities(plans_rdf, "Place")
    q = load_sparql("places_in")
    rows = run(engine, q, plans_rdf, {"place": "回民区"})
    assert "乌素图" in {r["name"] for r in rows}
    with LadybugStore(built_db) as store:
        cypher, key, ckey = CASES["places_in"]
        assert {key(r) for r in rows} == ckey(store.query(cypher, {"place": "回民区"}).rows)


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_xincheng_indicator_targets_include_forest_cover_with_its_value(engine, plans_rdf, built_db):
    _needs_entities(plans_rdf, "Indicator")
    q = load_sparql("indicator_targets")
    rows = run(engine, q, plans_rdf, {"place": "新城区"})
    forest = [r for r in rows if r["indicator"] == "森林覆盖率"]
    assert forest and all(r["value"] is not None for r in forest), rows
    with LadybugStore(built_db) as store:
        cypher, key, ckey = CASES["indicator_targets"]
        assert {key(r) for r in rows} == ckey(store.query(cypher, {"place": "新城区"}).rows)


@pytest.mark.parametrize("name", sorted(CASES))
def test_sparql_agrees_with_cypher_on_the_bundled_plans(name, plans_rdf, built_db):
    """pyoxigraph (the engine the explorer and docs use) over the whole bundled export.

    rdflib agrees with Cypher on every query over the sample graph above, and on the bundled plans
    for the issue's must-shows; over the full 50k-triple export its evaluator takes minutes for the
    union/aggregate queries (neighbours, most_connected, edge_evidence), so it is not repeated here.
    """
    q = load_sparql(name)
    cypher, key, ckey = CASES[name]
    with LadybugStore(built_db) as store:
        expected = ckey(store.query(cypher, q.example_params(), max_rows=100_000).rows)
    assert _compare(q, run("oxigraph", q, plans_rdf, q.example_params()), key) == expected, name
