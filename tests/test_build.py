"""The build command end to end: plans in, a queryable, read-only graph out."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import PLANS, run_cli

WRITES = [
    "CREATE (n:Place {id: 'x', name: 'x'})",
    "match (n:Place) set n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Place) REMOVE n.kind",
    "MERGE (n:Place {id: 'x'})",
    "DROP TABLE Place",
    "COPY Place FROM 'x.csv'",
    "// harmless?\nMATCH (n) /* comment */ DeLeTe n",
    "/* MATCH */ create (n:Place {id: 'y'})",
    "MATCH (n) CALL { WITH n DELETE n } RETURN 1",
    "CALL db.create.setNodeVectorProperty(n, 'x', [1])",
    "ALTER TABLE Place ADD foo STRING",
]


def counts(db) -> dict:
    r = run_cli("stats", "--json", "--db", str(db))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_build_one_plan_per_document(built_db):
    r = run_cli("query", "MATCH (p:Plan) RETURN p.id AS id, p.file AS file ORDER BY file", "--json",
                "--db", str(built_db))
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [row["file"] for row in rows] == sorted(p.name for p in PLANS.glob("*.txt"))
    assert "huimin-14th-plan" in [row["id"] for row in rows]


def test_sections_form_trees_under_plans(built_db):
    r = run_cli("query", "MATCH (s:Section)-[:PART_OF*1..6]->(p:Plan {id: $plan}) WHERE s.kind = 'chapter' "
                "RETURN s.title AS title ORDER BY s.ordinal", "--param", "plan=xincheng-14th-plan", "--json",
                "--db", str(built_db))
    assert r.returncode == 0, r.stderr
    titles = [row["title"] for row in json.loads(r.stdout)]
    assert len(titles) == 11 and titles[0] == "全面建成小康社会踏上历史新起点"


def test_build_twice_same_ids_and_counts(tmp_path):
    first, second = tmp_path / "a.lbug", tmp_path / "b.lbug"
    for db in (first, second):
        r = run_cli("build", "--db", str(db), "--quiet")
        assert r.returncode == 0, r.stderr
    assert counts(first) == counts(second)
    for db, out in ((first, tmp_path / "ea"), (second, tmp_path / "eb")):
        assert run_cli("export", "--format", "jsonl", "--out", str(out), "--db", str(db)).returncode == 0
    for name in ("nodes.jsonl", "edges.jsonl"):
        assert (tmp_path / "ea" / name).read_text() == (tmp_path / "eb" / name).read_text()
    # rebuilding over an existing database replaces it with the same content
    r = run_cli("build", "--db", str(first), "--quiet")
    assert r.returncode == 0 and counts(first) == counts(second)


@pytest.mark.parametrize("cypher", WRITES)
def test_query_refuses_writes(built_db, cypher):
    before = counts(built_db)
    r = run_cli("query", cypher, "--db", str(built_db))
    assert r.returncode != 0
    assert "refused" in r.stderr and "read-only" in r.stderr
    assert counts(built_db) == before


def test_read_only_database_refuses_what_the_lexer_misses(store):
    # the second lock: the database itself is open read-only
    from graph.store import QueryError
    with pytest.raises(QueryError, match="read-only|read only|Cannot execute write"):
        store.query("CREATE (n:Place {id: 'z', name: 'z'})", read_only=False)


def test_parameters_are_values_not_cypher(built_db):
    hostile = "x'}) DETACH DELETE n //"
    r = run_cli("query", "MATCH (p:Plan) WHERE p.id = $id RETURN p.id AS id", "--param", f"id={hostile}",
                "--json", "--db", str(built_db))
    assert r.returncode == 0 and json.loads(r.stdout) == []


def test_bad_inputs_are_named_and_the_build_goes_on(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "empty.txt").write_bytes(b"")
    (plans / "binary.txt").write_bytes(bytes(range(256)) * 8)
    gbk = "第一章 总则\n第一节 发展目标\n到2025年，回民区森林覆盖率达到41%。\n"
    (plans / "gbk_plan.txt").write_bytes(gbk.encode("gbk"))
    shutil.copy(PLANS / "000_528219139979d175.txt", plans / "news.txt")
    db = tmp_path / "g.lbug"
    r = run_cli("build", "--plans", str(plans), "--db", str(db), "--quiet")
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert "empty.txt" in r.stderr and "binary.txt" in r.stderr
    assert "gbk_plan.txt" not in r.stderr
    rows = json.loads(run_cli("query", "MATCH (p:Plan) RETURN p.id AS id, p.encoding AS enc ORDER BY id",
                              "--json", "--db", str(db)).stdout)
    assert rows == [{"id": "gbk_plan", "enc": "gb18030"}, {"id": "news", "enc": "utf-8"}]


def test_unknown_plans_folder_is_an_error(tmp_path):
    r = run_cli("build", "--plans", str(tmp_path / "nope"), "--db", str(tmp_path / "g.lbug"))
    assert r.returncode == 1 and "nope" in r.stderr


def test_query_without_database_says_so(tmp_path):
    r = run_cli("stats", "--db", str(tmp_path / "missing.lbug"))
    assert r.returncode == 1 and "python -m graph build" in r.stderr


def test_export_jsonl_shape(export_dir):
    nodes = [json.loads(line) for line in (export_dir / "nodes.jsonl").open(encoding="utf-8")]
    edges = [json.loads(line) for line in (export_dir / "edges.jsonl").open(encoding="utf-8")]
    assert {"id", "type", "name", "aliases", "props", "mentions"} <= set(nodes[0])
    assert {"source", "target", "type", "props", "evidence", "extractor", "confidence"} <= set(edges[0])
    plans = [n for n in nodes if n["type"] == "Plan"]
    assert len(plans) == 5 and all("text" not in n["props"] for n in plans)
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
