"""The Neo4j backend against a real server: NEO4J_URI (+ NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE).

WARNING: these tests overwrite the PlanGraph labels in the database NEO4J_URI names (a build syncs it to
the bundled plans).  Point them at a scratch database.  Without NEO4J_URI the whole module is skipped;
the server-free parts of graph.neo4j_store are tested in test_neo4j_export.py.
"""
from __future__ import annotations

import os
import time

import pytest

if not os.environ.get("NEO4J_URI"):
    pytest.skip("NEO4J_URI not set: no Neo4j server on this machine; Neo4j backend tests skipped",
                allow_module_level=True)

from conftest import PLANS, run_cli  # noqa: E402
from graph.neo4j_store import Neo4jStore, ReadOnlyRefused, build_neo4j, schema_statements  # noqa: E402
from graph.ontology import NODE_TYPES  # noqa: E402
from graph.readback import load_graph  # noqa: E402
from graph.safety import WriteRefused  # noqa: E402
from graph.store import QueryError  # noqa: E402

URI = os.environ["NEO4J_URI"]

WRITES = [
    "CREATE (n:Place {id: 'x'})",
    "MERGE (n:Place {id: 'x'}) RETURN n",
    "MATCH (n:Place) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Place) REMOVE n.name",
    "CALL { CREATE (n:Place {id: 'x'}) } RETURN 1",
    "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS RETURN 1",
    "CALL apoc.create.node(['Place'], {id: 'x'})",
    "CALL apoc.refactor.rename.label('Place', 'X')",
    "create (n:Place {id: 'x'})",
    "unwind [1] as x merge (n:Place {id: 'y'})",
    "LOAD CSV FROM 'file:///x.csv' AS row CREATE (n:Place {id: row[0]})",
    "FOREACH (x IN [1] | CREATE (:Place {id: 'z'}))",
    "DROP CONSTRAINT plangraph_place_id",
    "CREATE INDEX x FOR (n:Place) ON (n.kind)",
]


@pytest.fixture(scope="module")
def neo4j_report():
    report = build_neo4j(PLANS, URI, show_progress=False)
    assert not report.problems, report.problems
    assert report.written and report.db == URI
    return report


@pytest.fixture(scope="module")
def neo(neo4j_report):
    with Neo4jStore.from_env(URI) as s:
        yield s


def test_build_counts_match_the_embedded_build(neo, store, neo4j_report):
    embedded = store.counts()
    assert neo.counts() == embedded
    assert {k: v for k, v in neo4j_report.counts["nodes"].items()} == {k: v for k, v in embedded["nodes"].items() if v}


def test_rebuild_is_idempotent_and_prunes_what_is_gone(neo, store):
    graph = load_graph(store, include_internal=True)
    neo.query("MERGE (p:Place {id: 'stale-test-place'}) SET p.name = 'gone'", read_only=False)
    neo.sync(graph)
    neo.sync(graph)
    assert neo.counts() == store.counts()
    assert neo.query("MATCH (p:Place {id: 'stale-test-place'}) RETURN count(p) AS c").rows[0]["c"] == 0


def test_constraints_exist(neo):
    with neo.driver.session(database=neo.database) as session:
        rows = session.run("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type").data()
        indexes = session.run("SHOW INDEXES YIELD name, labelsOrTypes, properties").data()
    unique = {(r["labelsOrTypes"][0], tuple(r["properties"])) for r in rows if "UNIQUE" in r["type"]}
    for label in NODE_TYPES:
        assert (label, ("id",)) in unique, label
        assert any(r["labelsOrTypes"] == [label] and r["properties"] == ["name"] for r in indexes), label
    assert len([s for s in schema_statements() if "CONSTRAINT" in s]) == len(NODE_TYPES)


def test_readback_from_neo4j_equals_the_embedded_graph(neo, store):
    a, b = load_graph(neo), load_graph(store)
    assert {i: (n.label, n.name, n.aliases, n.props) for i, n in a.nodes.items()} == \
        {i: (n.label, n.name, n.aliases, n.props) for i, n in b.nodes.items()}
    assert {k: (e.props, e.evidence, e.extractor, e.confidence) for k, e in a.edges.items()} == \
        {k: (e.props, e.evidence, e.extractor, e.confidence) for k, e in b.edges.items()}
    assert a.counts() == b.counts()


@pytest.mark.parametrize("cypher", WRITES)
def test_read_only_console_refuses_writes(neo, cypher):
    before = neo.counts()
    with pytest.raises(QueryError, match="refused"):
        neo.query(cypher)
    assert neo.counts() == before


@pytest.mark.parametrize("cypher", ["CREATE (n:Place {id: 'x'}) RETURN n", "MATCH (n:Place) SET n.x = 1",
                                    "CALL { CREATE (:Place {id: 'x'}) } RETURN 1"])
def test_the_server_plan_is_the_second_lock(neo, cypher):
    """Past the lexical check, EXPLAIN's query type alone refuses a write."""
    before = neo.counts()
    with pytest.raises(ReadOnlyRefused, match="plans this query as"):
        neo._run_read(cypher, {}, 5.0, 10)
    assert neo.counts() == before
    assert issubclass(ReadOnlyRefused, WriteRefused)


def test_nodes_rels_paths_come_back_plain(neo):
    rows = neo.query("MATCH p = (a:Place)-[r:LOCATED_IN]->(b:Place) RETURN a, r, b, p LIMIT 1").rows
    assert rows
    a, r, b, p = (rows[0][k] for k in ("a", "r", "b", "p"))
    assert a["_kind"] == "node" and a["_label"] == "Place" and a["_key"]
    assert r["_kind"] == "rel" and r["_label"] == "LOCATED_IN" and (r["_src"], r["_dst"]) == (a["_key"], b["_key"])
    assert isinstance(r["evidence"], list) and r["evidence"][0]["text"]
    assert p["_kind"] == "path" and len(p["nodes"]) == 2 and len(p["rels"]) == 1
    plan = neo.query("MATCH (p:Plan) RETURN p LIMIT 1").rows[0]["p"]
    assert "text" not in plan, "a plan's full text is internal"


def test_timeout_stops_a_runaway_query(neo):
    t0 = time.perf_counter()
    with pytest.raises(QueryError, match="time limit"):
        neo.query("MATCH (a), (b), (c) RETURN count(*) AS c", timeout_ms=1000)
    assert time.perf_counter() - t0 < 30


def test_row_limit_and_syntax_errors(neo):
    res = neo.query("UNWIND range(1, 100) AS x RETURN x", max_rows=10)
    assert res.truncated and len(res.rows) == 10 and res.columns == ["x"]
    assert not neo.query("UNWIND range(1, 10) AS x RETURN x", max_rows=10).truncated
    with pytest.raises(QueryError, match="(?i)syntax"):
        neo.query("MATCH (n RETURN n")
    assert neo.query("MATCH (p:Place) WHERE p.name = $name RETURN p.id AS id", {"name": "回民区"}).columns == ["id"]


def test_named_queries_run_on_neo4j(neo):
    queries = pytest.importorskip("queries")
    if not hasattr(queries, "list_queries"):
        pytest.skip("queries package has no list_queries() yet")
    names = list(queries.list_queries())
    assert names
    for name in names:
        named = queries.load_query(getattr(name, "name", name))
        neo.query(named.cypher_for("neo4j"), named.example_params())


def test_cli_against_neo4j(neo4j_report):
    res = run_cli("stats", "--json", "--neo4j", URI)
    assert res.returncode == 0, res.stderr
    res = run_cli("query", "CREATE (n:Place {id: 'cli'})", "--neo4j", URI)
    assert res.returncode != 0 and "refused" in res.stderr


def test_cypher_script_replays_on_neo4j(neo, store, tmp_path):
    """The exported script runs on Neo4j 5 as written (constraints included) and is re-runnable."""
    from graph.exporters import EXPORTERS, load_plugins
    from graph.neo4j_export import run_cypher_script
    load_plugins()
    (path,) = EXPORTERS["cypher"](load_graph(store), tmp_path / "graph.cypher")
    run_cypher_script(neo, path.read_text(encoding="utf-8"))
    assert neo.counts() == store.counts()
    hostile = neo.query("MATCH (n) WHERE n.name CONTAINS '\\n' OR n.name CONTAINS \"'\" RETURN count(n) AS c").rows
    assert hostile[0]["c"] == store.query("MATCH (n) WHERE n.name CONTAINS '\\n' OR n.name CONTAINS \"'\" "
                                          "RETURN count(n) AS c").rows[0]["c"]
