"""Hostile queries: consoles refuse writes however they are dressed, parameters stay values,
and runaway queries stop at a time limit or a row limit with a clear message (LadybugDB;
the Neo4j equivalents are in tests/test_neo4j.py and need NEO4J_URI)."""
from __future__ import annotations

import json

import pytest

from graph.safety import WriteRefused, check_read_only
from graph.store import LadybugStore, QueryError
from tests.conftest import run_cli

DRESSED_WRITES = [
    "create (n:Place {id: 'x', name: 'x'})",
    "CrEaTe (n:Place {id: 'x', name: 'x'})",
    "MATCH (n) // a comment\nDETACH DELETE n",
    "/* read only, honest */ MATCH (n:Place) SET n.name = 'x'",
    "MATCH (n:Place)\n\tREMOVE n.name",
    "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1",
    "CALL { CREATE (:Place {id: 'y', name: 'y'}) } RETURN 1",
    "UNWIND [1] AS i MERGE (:Place {id: 'z', name: 'z'})",
    "MATCH (n) WITH n FOREACH (x IN [1] | SET n.name = 'x')",
    "DROP TABLE Place",
    "COPY Place FROM '/tmp/x.csv'",
    "LOAD EXTENSION fts",
    "INSTALL fts",
    "ATTACH '/tmp/other.lbug' AS other",
    "CALL create_fts_index('Place', 'idx', ['name'])",
    "CALL drop_fts_index('Place', 'idx')",
    "CALL apoc.create.node(['Place'], {id: 'x'})",
    "CALL timeout=0; MATCH (a)-[*1..30]-(b) RETURN count(*)",
    "call THREADS = 1",
    "MATCH (n) RETURN n; CREATE (m:Place {id: 'x', name: 'x'})",
    "EXPORT DATABASE '/tmp/out'",
    "CHECKPOINT",
]


@pytest.mark.parametrize("cypher", DRESSED_WRITES)
def test_console_refuses_dressed_writes(store, cypher):
    before = store.counts()
    with pytest.raises(WriteRefused, match="refused: the query writes"):
        store.query(cypher)
    assert store.counts() == before


@pytest.mark.parametrize("cypher", [
    "MATCH (n:Place) WHERE n.name = 'CREATE (x)' RETURN n.name",
    "MATCH (n) RETURN n.name AS `set`",
    "MATCH (n:Place) WHERE n.name CONTAINS 'DELETE' RETURN count(n)",
    "// DROP everything\nMATCH (n) RETURN count(n)",
    "CALL show_tables() RETURN *",
])
def test_reads_that_look_like_writes_are_allowed(store, cypher):
    check_read_only(cypher)
    store.query(cypher)


def test_cli_refuses_a_setting_that_would_lift_the_time_limit(built_db):
    r = run_cli("query", "CALL timeout=0", "--db", str(built_db))
    assert r.returncode != 0 and "refused" in r.stderr


HOSTILE_VALUES = [
    "x'}) DETACH DELETE n //",
    "\" OR 1=1 //",
    "'; DROP TABLE Place; //",
    "$id",
    "乌素图` RETURN 1 //",
    "\\' OR '1'='1",
    "\u202e\u200f🌸\n\r\t\x00",
]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_parameters_cannot_inject_cypher(store, value):
    before = store.counts()
    rows = store.query("MATCH (n:Place) WHERE n.name = $v RETURN n.id AS id", {"v": value}).rows
    assert rows == []
    # and the value comes back byte for byte: it was a value, never code
    assert store.query("RETURN $v AS v", {"v": value}).rows == [{"v": value}]
    assert store.counts() == before


def test_cli_parameters_cannot_inject_cypher(built_db):
    for value in HOSTILE_VALUES[:6]:
        r = run_cli("query", "RETURN $v AS v", "--param", f"v={value}", "--json", "--db", str(built_db))
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout) == [{"v": value}]


def test_unbounded_variable_length_path_hits_the_time_limit(store):
    with pytest.raises(QueryError, match=r"stopped: the query ran past the time limit of 0.5 s"):
        store.query("MATCH p = (a)-[*1..30]-(b) RETURN count(p)", timeout_ms=500)


def test_cartesian_product_hits_the_row_limit(store):
    result = store.query("MATCH (a:Section), (b:Section), (c:Section) RETURN a.id, b.id, c.id", max_rows=1000)
    assert result.truncated and len(result.rows) == 1000


def test_huge_sorted_cartesian_product_hits_the_time_limit(store):
    with pytest.raises(QueryError, match="time limit"):
        store.query("MATCH (a:Section), (b:Section), (c:Section), (d:Section) "
                    "RETURN a.id, b.id, c.id, d.id ORDER BY a.title, b.title, c.title, d.title LIMIT 1",
                    timeout_ms=500)


def test_cli_says_when_rows_were_cut(built_db):
    r = run_cli("query", "MATCH (a:Section), (b:Section) RETURN a.id, b.id", "--max-rows", "50", "--json",
                "--db", str(built_db))
    assert r.returncode != 0
    assert len(json.loads(r.stdout)) == 50
    assert "more than 50 rows" in r.stderr


def test_cli_says_when_time_ran_out(built_db):
    r = run_cli("query", "MATCH p = (a)-[*1..30]-(b) RETURN count(p)", "--timeout", "1", "--db", str(built_db))
    assert r.returncode != 0 and "time limit" in r.stderr


def test_a_stopped_query_leaves_the_store_usable(store):
    with pytest.raises(QueryError):
        store.query("MATCH p = (a)-[*1..30]-(b) RETURN count(p)", timeout_ms=300)
    assert store.query("MATCH (p:Plan) RETURN count(p) AS c").rows == [{"c": 5}]


def test_write_access_must_be_asked_for_explicitly(tmp_path):
    from graph.build import build
    from tests.conftest import PLANS
    db = tmp_path / "g.lbug"
    build(PLANS, db, show_progress=False)
    refused = run_cli("query", "MATCH (p:Plan) SET p.title = 'x'", "--db", str(db))
    assert refused.returncode != 0 and "refused" in refused.stderr
    allowed = run_cli("query", "MATCH (p:Plan) SET p.title = 'x' RETURN count(p) AS c", "--write", "--json",
                      "--db", str(db))
    assert allowed.returncode == 0, allowed.stderr
    with LadybugStore(db) as s:
        assert {r["t"] for r in s.query("MATCH (p:Plan) RETURN p.title AS t").rows} == {"x"}
