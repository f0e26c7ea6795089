"""Named queries (queries/*.cypher): headers, dialects, safety, and real answers on the bundled plans.

Every query runs on a real LadybugDB built from data/plans (the `store`/`built_db` fixtures) with its
example parameters; named answers are checked against what the plans say.  The Neo4j variants run
against a server only when NEO4J_URI is set; without one they are checked lexically.
"""
from __future__ import annotations

import json
import os
import re

import pytest

from conftest import PLANS, run_cli
from graph.safety import check_read_only
from queries import DIALECTS, QUERY_DIR, list_queries, load_query, params_used, parse_query

NAMES = list_queries()
#: functions and syntax LadybugDB has and Neo4j 5 does not (and the other way round)
LADYBUG_ONLY = [r"\blabel\s*\(", r"\blist_contains\s*\(", r"\blist_transform\s*\(", r"\blist_concat\s*\(",
                r"\blist_extract\s*\(", r"\blist_sort\s*\(", r"\brels\s*\(", r"\bSHORTEST\s+\d", r"\blower\s*\("]
NEO4J_ONLY = [r"\blabels\s*\(", r"\btype\s*\(", r"\brelationships\s*\(", r"\bshortestPath\s*\(", r"\btoLower\s*\(",
              r"\bapoc\.", r"\[\s*\w+\s+IN\s+[^\]]*\|"]
INJECTION = "') MATCH (n) DETACH DELETE n //"


def rows(store, query, **params):
    q = load_query(query)
    return store.query(q.cypher_for("ladybug"), {**q.example_params(), **params}).rows


def code(cypher: str) -> str:
    """The Cypher without its comments and string literals (what the dialect checks look at)."""
    from graph.safety import strip_literals
    return strip_literals(cypher)


# -- the package --------------------------------------------------------------------------------
def test_at_least_fifteen_named_queries():
    assert len(NAMES) >= 15, NAMES
    assert NAMES == sorted(NAMES)
    assert sorted(p.stem for p in QUERY_DIR.glob("*.cypher")) == NAMES


def test_sparql_twins_share_names_and_parameters():
    """Where a .rq asks the same question, the Cypher twin has its name and its parameter names."""
    twins = sorted(p.stem for p in QUERY_DIR.glob("*.rq"))
    assert twins, "no SPARQL twins in queries/"
    for name in twins:
        assert name in NAMES, f"queries/{name}.rq has no Cypher twin"
        rq = (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")
        rq_params = {m.group(1) for m in re.finditer(r"^#\s*param:\s*(\w+)", rq, re.M)}
        assert rq_params <= set(load_query(name).params), name


@pytest.mark.parametrize("name", NAMES)
def test_header_and_dialects(name):
    q = load_query(name)
    assert q.name == name
    assert q.title_zh and q.title_en, "a title in Chinese and in English"
    assert re.search(r"[\u4e00-\u9fff]", q.title_zh) and re.search(r"[A-Za-z]", q.title_en)
    assert len(q.description) > 20
    for p, (example, help_) in q.params.items():
        assert example not in (None, ""), p
        assert help_, f"param {p} has no description"
    for dialect in DIALECTS:
        cypher = q.cypher_for(dialect)
        check_read_only(cypher)
        assert set(params_used(cypher)) == set(q.params), dialect
        assert re.search(r"\bLIMIT\s+\d+", code(cypher)), f"{name} ({dialect}) is not bounded by a LIMIT"
        assert not re.search(r"\[[^\]]*\*\s*((\d+\s*)?\.\.\s*)?\]", code(cypher)), "an unbounded variable-length pattern"


@pytest.mark.parametrize("name", NAMES)
def test_each_dialect_uses_its_own_functions(name):
    q = load_query(name)
    neo, lady = code(q.cypher_for("neo4j")), code(q.cypher_for("ladybug"))
    for pattern in LADYBUG_ONLY:
        assert not re.search(pattern, neo), f"{name}: the neo4j variant uses {pattern}"
    if q.dialect_specific:
        for pattern in NEO4J_ONLY:
            assert not re.search(pattern, lady), f"{name}: the ladybug variant uses {pattern}"


def test_both_variants_in_the_files_that_differ():
    specific = [n for n in NAMES if load_query(n).dialect_specific]
    assert len(specific) >= 10
    for name in specific:
        text = (QUERY_DIR / f"{name}.cypher").read_text(encoding="utf-8")
        assert "// dialect: ladybug" in text and "// dialect: neo4j" in text
    q = load_query("shortest_path")
    assert "SHORTEST" in q.cypher_for("ladybug") and "shortestPath(" in q.cypher_for("neo4j")
    assert "list_contains(" in q.cypher_for("ladybug") and "IN a.aliases" in q.cypher_for("neo4j")
    with pytest.raises(ValueError, match="dialect"):
        q.cypher_for("sparql")


# -- header parsing -----------------------------------------------------------------------------
GOOD = """// title: 某地的项目 | Projects of a place
// description: Projects located in a place;
// description: second line.
// param: place = 新城区 | name or alias of the place
// param: n = 3 | how many
MATCH (p:Project)-[:LOCATED_IN]->(q:Place {name: $place}) WHERE p.note <> '$not_a_param'
RETURN p.name // $nor_this
LIMIT $n
"""


def test_header_parsing():
    q = parse_query("t", GOOD)
    assert (q.title_zh, q.title_en) == ("某地的项目", "Projects of a place")
    assert q.description == "Projects located in a place; second line."
    assert q.example_params() == {"place": "新城区", "n": 3}
    assert q.params["place"].description == "name or alias of the place"
    assert q.cypher_for("ladybug") == q.cypher_for("neo4j") and not q.dialect_specific
    assert q.cypher_for("ladybug").startswith("MATCH")
    # the other separators the brief's examples use
    q = parse_query("t", "// title: 支撑某目标 / What supports a goal\n// param: goal = 生态优先 — the goal's name\n"
                         "MATCH (g:Goal {name: $goal}) RETURN g LIMIT 5\n")
    assert (q.title_zh, q.title_en) == ("支撑某目标", "What supports a goal")
    assert q.params["goal"] == ("生态优先", "the goal's name")


def test_header_parsing_with_dialects():
    text = ("// title: 标签 | Labels\n// dialect: ladybug\nMATCH (n) RETURN label(n) LIMIT 1\n"
            "// dialect: neo4j\nMATCH (n) RETURN labels(n)[0] LIMIT 1\n")
    q = parse_query("t", text)
    assert q.cypher_for("ladybug").strip() == "MATCH (n) RETURN label(n) LIMIT 1"
    assert q.cypher_for("neo4j").strip() == "MATCH (n) RETURN labels(n)[0] LIMIT 1"
    assert q.dialect_specific


@pytest.mark.parametrize("text, message", [
    ("// description: no title\nMATCH (n) RETURN n LIMIT 1\n", "title"),
    ("MATCH (n) RETURN n LIMIT 1\n", "title"),
    ("// title: t | t\nMATCH (n {name: $who}) RETURN n LIMIT 1\n", r"\$who"),
    ("// title: t | t\n// param: who = x | y\nMATCH (n {name: $who}) WHERE n.x = $other RETURN n\n", r"\$other"),
    ("// title: t | t\n// param: who = x | y\nMATCH (n) RETURN n LIMIT 1\n", "never uses"),
    ("// title: t | t\n// dialect: ladybug\nMATCH (n) RETURN n\n", "neo4j"),
    ("// title: t | t\n// dialect: gremlin\ng.V()\n", "unknown dialect"),
    ("// title: t | t\n// dialect: ladybug\nMATCH (n {name: $x}) RETURN n\n// dialect: neo4j\nMATCH (n) RETURN n\n",
     r"\$x"),
    ("// title: t | t\nMATCH (n) DETACH DELETE n\n", "read-only"),
    ("// title: t | t\n// param: bad line\nMATCH (n) RETURN n\n", "param"),
])
def test_bad_files_are_refused(text, message):
    with pytest.raises(ValueError, match=message):
        parse_query("bad", text)


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(ValueError) as err:
        load_query("no_such_query")
    assert "no_such_query" in str(err.value)
    for name in NAMES:
        assert name in str(err.value)
    with pytest.raises(ValueError):
        load_query("../graph/store")


# -- every query answers with its example parameters ---------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_example_params_give_rows(store, name):
    q = load_query(name)
    res = store.query(q.cypher_for("ladybug"), q.example_params())
    assert res.rows, f"{name} {q.example_params()} found nothing"
    assert not res.truncated


# -- real answers on the bundled plans ----------------------------------------------------------
def test_projects_in_a_district_include_its_sub_places(store):
    found = {(r["name"], r["where"]) for r in rows(store, "projects_in", place="新城区")}
    assert ("哈拉沁生态苗圃项目", "新城区") in found
    assert ("敕勒川国际会展中心", "敕勒川") in found   # lies in 敕勒川, which lies in 新城区
    assert all(w != "回民区" for _, w in found)
    huimin = {r["name"] for r in rows(store, "projects_in", place="回民区")}
    assert "乌素图杏花节" in huimin and "哈拉沁生态苗圃项目" not in huimin


def test_places_in(store):
    found = {r["name"]: r for r in rows(store, "places_in", place="回民区")}
    assert found["乌素图"]["depth"] == 1 and found["乌素图"]["parent"] == "回民区"
    assert found["乌素图国家森林公园"]["depth"] == 2 and found["乌素图国家森林公园"]["parent"] == "乌素图"
    assert "敕勒川" not in found
    city = {r["name"] for r in rows(store, "places_in", place="呼市")}   # an alias of 呼和浩特市
    assert {"回民区", "新城区", "乌素图", "敕勒川", "科技城"} <= city


def test_shortest_path_between_two_places(store):
    [path] = rows(store, "shortest_path", source="敕勒川", target="科技城")
    assert path["hops"] == 2
    assert path["names"] == ["敕勒川", "新城区", "科技城"]
    assert path["relations"] == ["LOCATED_IN", "LOCATED_IN"]
    assert path["path"]["_kind"] == "path" and len(path["path"]["nodes"]) == 3
    assert rows(store, "shortest_path", source="敕勒川", target="敕勒川") == []


def test_indicator_targets_of_every_plan(store):
    found = rows(store, "indicator_by_plan", indicator="森林覆盖率")
    by_place = {(r["place"], r["value"]) for r in found}
    assert ("回民区", 41.0) in by_place and ("新城区", 44.0) in by_place
    huimin = [r for r in found if r["place"] == "回民区"]
    assert all(r["plan"] == "huimin-14th-plan" and r["plan_year"] == 2022 and r["target_year"] == 2025
               for r in huimin)


def test_indicator_targets_of_a_place(store):
    found = rows(store, "indicator_targets", place="新城区")
    forest = {(r["target"], r["set_by"]) for r in found if r["indicator"] == "森林覆盖率"}
    assert ("≥44", "Plan") in forest and ("44%以上", "Goal") in forest
    assert all(r["value"] != 41.0 for r in found if r["indicator"] == "森林覆盖率")
    assert any(r["indicator"] == "森林覆盖率" and r["value"] == 41.0
               for r in rows(store, "indicator_targets", place="回民区"))


def test_supports_goal(store):
    # the direct supporter; projects that serve 服务业 (地铁一号线 建设 → 新兴服务业) reach the goal through it
    [row] = [r for r in rows(store, "supports_goal", goal="服务业高质量发展城区") if r["direct"]]
    assert (row["type"], row["name"], row["direct"], row["chain"]) == \
        ("Industry", "服务业", True, ["服务业", "服务业高质量发展城区"])
    assert json.loads(row["evidence"])[0]["plan"] == "huimin-14th-plan"
    agri = rows(store, "supports_goal", goal="农业")
    kinds = {r["type"] for r in agri}
    assert {"Project", "Policy"} <= kinds
    assert any(r["name"] == "乡村振兴战略" and r["type"] == "Policy" for r in agri)


def test_project_chain(store):
    found = {(r["via"], r["name"]) for r in rows(store, "project_chain", project="敕勒川国际会展中心")}
    # the cluster the text names (会展产业集群), or its taxonomy sector, whichever the lexicon resolves it to
    assert found & {("SUPPORTS", "会展产业"), ("SUPPORTS", "会展产业集群"), ("SUPPORTS", "会展业")}
    assert ("LOCATED_IN", "敕勒川文旅融合创新基地") in found   # a goal located in 敕勒川, where the project is


def test_neighbourhood_grows_with_depth(store):
    one = rows(store, "neighbourhood", name="乌素图", depth=1)
    two = rows(store, "neighbourhood", name="乌素图", depth=2)
    assert {r["distance"] for r in one} == {1} and {r["distance"] for r in two} == {1, 2}
    assert {r["id"] for r in one} < {r["id"] for r in two}
    assert "回民区" in {r["name"] for r in one}
    assert "服务业高质量发展城区" in {r["name"] for r in two if r["distance"] == 2}
    assert all(len(r["via"]) == r["distance"] + 1 for r in two)
    # the same one-hop neighbours as `neighbours`
    assert {r["id"] for r in one} == {r["id"] for r in rows(store, "neighbours", name="乌素图")}
    assert rows(store, "neighbourhood", name="乌素图", depth=0) == []


def test_neighbours_have_directions(store):
    found = {(r["relation"], r["direction"], r["name"]) for r in rows(store, "neighbours", name="回民区")}
    assert ("LOCATED_IN", "in", "乌素图") in found
    assert ("LOCATED_IN", "out", "呼和浩特市") in found
    assert ("COVERS", "in", "呼和浩特市回民区国民经济和社会发展“十四五”规划和二〇三五年远景目标纲要（2022年更新）") in found


def test_search_by_name_and_alias(store):
    found = rows(store, "search", q="乌素图")
    assert found[0]["name"] == "乌素图" and found[0]["rank"] == 0
    assert "乌素图杏花节" in {r["name"] for r in found}
    by_alias = rows(store, "search", q="敕勒川草原")   # an alias of 敕勒川
    assert by_alias[0]["name"] == "敕勒川" and by_alias[0]["rank"] == 0


def test_edge_evidence(store):
    [row] = rows(store, "edge_evidence", source="乌素图", target="回民区")
    assert row["relation"] == "LOCATED_IN"
    evidence = json.loads(row["evidence"])
    assert evidence and {"plan", "section", "start", "end", "text"} <= set(evidence[0])


def test_evidence_offsets_point_into_the_source(store, docs):
    """Evidence a query returns points at the exact text of the plan it names."""
    texts = {d.id: d.text for d in docs}
    checked = 0
    for name, params in [("edge_evidence", {}), ("supports_goal", {"goal": "农业"}), ("low_confidence", {})]:
        for r in rows(store, name, **params):
            for e in json.loads(r["evidence"]):
                assert texts[e["plan"]][e["start"]:e["end"]] == e["text"], (name, e)
                checked += 1
    assert checked > 10


def test_section_entities(store):
    found = {(r["type"], r["name"]) for r in rows(store, "section_entities")}
    assert ("Indicator", "森林覆盖率") in found       # from the indicator table inside the section
    assert ("Goal", "生态美新城") in found
    assert rows(store, "section_entities", section="no-such-plan/第一章") == []


def test_isolated_entities_have_no_relation(store):
    found = rows(store, "isolated_entities")
    ids = [r["id"] for r in found]
    linked = store.query("MATCH (n)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]-() WHERE list_contains($ids, n.id) "
                         "RETURN count(*) AS c", {"ids": ids}).rows[0]["c"]
    assert linked == 0
    assert "乌素图" not in {r["name"] for r in found}
    mentions = [r["mentions"] for r in found]
    assert mentions == sorted(mentions, reverse=True)


def test_most_connected(store):
    found = rows(store, "most_connected")
    assert len(found) == 20
    assert found[0]["name"] == "新城区"
    degrees = [r["degree"] for r in found]
    assert degrees == sorted(degrees, reverse=True)


def test_plans_covering(store):
    assert {r["id"] for r in rows(store, "plans_covering", place="回民区")} == {"huimin-14th-plan", "huimin-news-2023"}
    assert {r["id"] for r in rows(store, "plans_covering", place="首府")} >= {"hohhot-work-report-2025"}


def test_compare_places(store):
    found = {(r["type"], r["name"]): r["status"] for r in rows(store, "compare_places", place_a="回民区",
                                                               place_b="新城区")}
    assert found[("Place", "乌素图")] == "only_a"
    assert found[("Place", "敕勒川")] == "only_b"
    assert found[("Project", "哈拉沁生态苗圃项目")] == "only_b"
    assert found[("Industry", "农业")] == "shared"
    statuses = [r["status"] for r in rows(store, "compare_places")]
    assert statuses[0] == "shared" and {"only_a", "only_b"} <= set(statuses)


def test_compare_plans(store):
    found = {(r["type"], r["name"]): r for r in rows(store, "compare_plans", plan_a="huimin-14th-plan",
                                                     plan_b="xincheng-14th-plan")}
    assert found[("Indicator", "森林覆盖率")]["status"] == "shared"
    assert found[("Place", "乌素图")]["status"] == "only_a" and found[("Place", "乌素图")]["mentions_b"] == 0
    assert found[("Project", "哈拉沁生态苗圃项目")]["status"] == "only_b"


def test_compare_plan_targets(store):
    found = {r["indicator"]: r for r in rows(store, "compare_plan_targets")}
    forest = found["森林覆盖率"]
    assert forest["values_a"] == [41.0] and forest["values_b"] == [44.0] and forest["status"] == "different"
    assert found["城镇登记失业率"]["status"] == "same"


def test_goals_in(store):
    found = {r["name"]: r for r in rows(store, "goals_in", place="新城区")}
    assert "森林覆盖率: 44%以上" in found["生态美新城"]["targets"]
    assert found["科技创新示范区"]["located"] is True   # located in 科技城, within 新城区
    assert "生态环境建设更加有力" not in found          # 回民区's goal


def test_low_confidence(store):
    found = rows(store, "low_confidence", max_confidence=0.6)
    assert found and all(r["confidence"] <= 0.6 for r in found)
    assert rows(store, "low_confidence", max_confidence=-1) == []


# -- safety -------------------------------------------------------------------------------------
def test_parameters_cannot_inject_cypher(store, built_db):
    before = store.counts()
    for name in NAMES:
        q = load_query(name)
        strings = [p for p, (example, _) in q.params.items() if isinstance(example, str)]
        if not strings:
            continue
        params = {**q.example_params(), **{p: INJECTION for p in strings}}
        assert store.query(q.cypher_for("ladybug"), params).rows == [], name
    # and through the command line, on a database opened the way users open it
    out = run_cli("query", "--name", "projects_in", "--param", f"place={INJECTION}", "--json", "--db", str(built_db))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []
    assert store.counts() == before
    assert before["nodes"]["Place"] > 0


ODD = "名字带\"引号\"和\\反斜杠\n与<尖括号>🌸\u200f的地点"   # a place of the sample graph


@pytest.mark.parametrize("name", NAMES)
def test_runs_on_the_sample_graph_with_odd_values(sample_db, name):
    """Another graph, and values full of quotes, backslashes, newlines and emoji: answers, never errors."""
    from graph.store import LadybugStore
    q = load_query(name)
    with LadybugStore(sample_db) as s:
        s.query(q.cypher_for("ladybug"), q.example_params())
        odd = {p: ODD for p, (example, _) in q.params.items() if isinstance(example, str)}
        s.query(q.cypher_for("ladybug"), {**q.example_params(), **odd})
        if name == "neighbours":
            assert s.query(q.cypher_for("ladybug"), {"name": ODD}).rows


# -- command line -------------------------------------------------------------------------------
def test_cli_runs_a_named_query(built_db):
    out = run_cli("query", "--name", "places_in", "--json", "--db", str(built_db))
    assert out.returncode == 0, out.stderr
    assert "乌素图" in {r["name"] for r in json.loads(out.stdout)}
    out = run_cli("query", "--name", "neighbourhood", "--param", "name=敕勒川", "--param", "depth=1", "--json",
                  "--db", str(built_db))
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert found and {r["distance"] for r in found} == {1} and "新城区" in {r["name"] for r in found}


def test_cli_unknown_name_fails_with_the_list(built_db):
    out = run_cli("query", "--name", "no_such_query", "--json", "--db", str(built_db))
    assert out.returncode != 0
    assert "no_such_query" in out.stderr and "projects_in" in out.stderr and "shortest_path" in out.stderr
    assert out.stdout == ""


# -- Neo4j, when a server is there --------------------------------------------------------------
@pytest.fixture(scope="module")
def neo4j_store():
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("NEO4J_URI not set: the Neo4j variants were checked lexically only")
    from graph.neo4j_store import Neo4jStore, build_neo4j
    build_neo4j(PLANS, uri)   # WARNING: overwrites the PlanGraph labels there (as tests/test_neo4j.py does)
    s = Neo4jStore.from_env(uri)
    yield s
    s.close()


@pytest.mark.parametrize("name", NAMES)
def test_neo4j_variants_answer_like_ladybug(neo4j_store, store, name):
    q = load_query(name)
    neo = neo4j_store.query(q.cypher_for("neo4j"), q.example_params()).rows
    lady = store.query(q.cypher_for("ladybug"), q.example_params()).rows
    assert neo, name
    assert set(neo[0]) == set(lady[0]), name


#: Neo4j's own Cypher 5 linter (parser + semantic analysis, run in node), when installed:
#: ``npm install @neo4j-cypher/language-support`` in a folder, then NEO4J_CYPHER_LINT=<that folder>.
LINT_JS = """
const m = require('@neo4j-cypher/language-support');
const queries = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const base = m.testData.mockSchema, out = {};
for (const [name, [text, params]] of Object.entries(queries)) {
  const res = m.lintCypherQuery(text, {functions: base.functions, procedures: base.procedures, parameters: params});
  out[name] = ((res && res.diagnostics) || res || []).filter(d => d.severity === 1).map(d => d.message);
}
console.log(JSON.stringify(out));
"""


def test_neo4j_variants_pass_the_neo4j_linter():
    import shutil
    import subprocess
    folder = os.environ.get("NEO4J_CYPHER_LINT")
    if not folder or not shutil.which("node"):
        pytest.skip("NEO4J_CYPHER_LINT (a folder with @neo4j-cypher/language-support installed) not set")
    queries = {n: [load_query(n).cypher_for("neo4j"), load_query(n).example_params()] for n in NAMES}
    queries["_must_fail"] = ["MATCH (n) RETURN label(n) AS x", {}]
    out = subprocess.run(["node", "-e", LINT_JS], input=json.dumps(queries), capture_output=True, text=True,
                         cwd=folder, timeout=120, env={**os.environ, "NODE_PATH": os.path.join(folder, "node_modules")})
    assert out.returncode == 0, out.stderr
    errors = json.loads(out.stdout)
    assert errors.pop("_must_fail"), "the linter does not know Neo4j's functions"
    assert errors == {n: [] for n in NAMES}
