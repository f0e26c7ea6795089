"""Neo4j hand-offs without a Neo4j server: the neo4j-admin CSV folder, the Cypher script replayed into a
real LadybugDB, and the pure helpers of graph.neo4j_store (schema, batching, UNWIND rows, value conversion).

The tests that need a server are in test_neo4j.py (skipped unless NEO4J_URI is set)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import run_cli
from graph.exporters import EXPORTERS, load_plugins
from graph.model import GraphData
from graph.ontology import NODE_TYPES, REL_TYPES, node_props
from graph.readback import load_graph
from graph.store import LadybugStore
from sample_graph import sample_graph

load_plugins()
from graph import neo4j_export as nx  # noqa: E402  (registers the formats)
from graph import neo4j_store as ns  # noqa: E402

ODD_NAMES = ['he said "yes, no"', "two\nlines, and a comma", "semi; colon | pipe", "tab\there", "'single'",
             "back\\slash at end \\", "trailing quote \"", "", "emoji 🌸 𠀀",
             "lone\rcarriage return", "line\u2028separator", "  spaces  "]


@pytest.fixture(params=["plans", "sample"], scope="module")
def source(request):
    """(store, GraphData read back from it) for the bundled plans' build and for the sample graph."""
    if request.param == "plans":
        s = request.getfixturevalue("store")
        yield s, load_graph(s)
        return
    with LadybugStore(request.getfixturevalue("sample_db")) as s:
        yield s, load_graph(s)


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def csv_tables(out: Path, prefix: str) -> dict[str, tuple[list[str], list[list[str]]]]:
    return {p.stem.split("_", 1)[1]: read_csv(p) for p in sorted(out.glob(f"{prefix}_*.csv"))}


# -- neo4j-csv ----------------------------------------------------------------------------------
def test_csv_headers_are_typed_from_the_ontology(tmp_path):
    EXPORTERS["neo4j-csv"](sample_graph(), tmp_path)
    nodes = csv_tables(tmp_path, "nodes")
    assert set(nodes) == set(NODE_TYPES)         # the sample has every label
    for label, (header, _) in nodes.items():
        assert header[:2] == ["id:ID", ":LABEL"]
        assert "name" in header and "aliases:string[]" in header
        assert "text" not in header, "internal properties (a plan's full text) are not exported"
    assert {"year:long", "title", "sha256"} <= set(nodes["Plan"][0])
    assert {"lat:double", "lon:double", "kind"} <= set(nodes["Place"][0])
    assert {"start:long", "end:long", "ordinal:long"} <= set(nodes["Section"][0])
    rels = csv_tables(tmp_path, "rels")
    assert set(rels) == set(REL_TYPES)
    for rel, (header, _) in rels.items():
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        if REL_TYPES[rel].evidential:
            assert {"evidence", "extractor", "confidence:double"} <= set(header)
    assert {"target_value:double", "target_year:long", "comparator"} <= set(rels["TARGETS"][0])
    assert rels["MENTIONED_IN"][0][3:] == ["start:long", "end:long", "text"]


def test_csv_nodes_once_endpoints_exist_counts_match(source, tmp_path):
    store, graph = source
    paths = EXPORTERS["neo4j-csv"](graph, tmp_path)
    assert all(p.exists() for p in paths)
    counts = store.counts()
    ids: list[str] = []
    for label, (header, rows) in csv_tables(tmp_path, "nodes").items():
        assert {r[1] for r in rows} == {label}
        assert all(len(r) == len(header) for r in rows)
        assert len(rows) == counts["nodes"][label], label
        ids += [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "a node id appears twice"
    assert {lb for lb, c in counts["nodes"].items() if c} == set(csv_tables(tmp_path, "nodes"))
    id_set = set(ids)
    for rel, (header, rows) in csv_tables(tmp_path, "rels").items():
        assert len(rows) == counts["edges"][rel], rel
        assert {r[2] for r in rows} == {rel}
        missing = [r[:2] for r in rows if r[0] not in id_set or r[1] not in id_set]
        assert not missing, f"{rel} endpoints without a node: {missing[:3]}"
        if REL_TYPES[rel].evidential:
            col = header.index("evidence")
            assert all(isinstance(json.loads(r[col]), list) for r in rows)
    assert {r for r, c in counts["edges"].items() if c} == set(csv_tables(tmp_path, "rels"))


def test_csv_values_round_trip(source, tmp_path):
    """Names, aliases (split on the chosen array delimiter), numbers and evidence read back as written."""
    _, graph = source
    paths = EXPORTERS["neo4j-csv"](graph, tmp_path)
    delimiter = nx.pick_array_delimiter(graph)
    for label, (header, rows) in csv_tables(tmp_path, "nodes").items():
        for r in rows:
            node = graph.nodes[r[0]]
            cells = dict(zip(header, r))
            assert cells["name"] == node.name
            aliases = cells["aliases:string[]"].split(delimiter) if cells["aliases:string[]"] else []
            assert aliases == node.aliases
            for p in node_props(label, include_internal=False)[4:]:
                value = node.props.get(p.name)
                cell = cells[nx._typed(p.name, p.type)]
                if value is None:
                    assert cell == ""
                elif p.type == "DOUBLE":
                    assert float(cell) == value
                elif p.type == "INT64":
                    assert int(cell) == value
                else:
                    assert cell == str(value)
    header, rows = csv_tables(tmp_path, "rels").get("LOCATED_IN", ([], []))
    for r in rows:
        edge = graph.edges[(r[0], "LOCATED_IN", r[1])]
        assert json.loads(r[header.index("evidence")]) == [e.as_dict() for e in edge.evidence]
        assert float(r[header.index("confidence:double")]) == edge.confidence
    script = next(p for p in paths if p.name == "import.sh").read_text(encoding="utf-8")
    readme = next(p for p in paths if p.name == "README.md").read_text(encoding="utf-8")
    command = next(line for line in script.splitlines() if line.startswith("neo4j-admin"))
    assert command in readme
    assert command.startswith("neo4j-admin database import full ")
    assert f"--array-delimiter={delimiter}" in command.replace("'", "")
    assert "--multiline-fields=true" in command and command.endswith(" neo4j")
    csvs = sorted(p.name for p in paths if p.suffix == ".csv")
    assert sorted(a.split("=", 1)[1] for a in command.split() if a.startswith(("--nodes=", "--relationships="))) == csvs


def test_csv_survives_quotes_newlines_commas(tmp_path):
    g = sample_graph()
    odd = [g.add_node("Organization", name or "(empty)", key=f"odd{i}", aliases=[f"{name} alias", "x"] if name else [],
                      props={"kind": name}) for i, name in enumerate(ODD_NAMES)]
    EXPORTERS["neo4j-csv"](g, tmp_path)
    header, rows = read_csv(tmp_path / "nodes_Organization.csv")
    by_id = {r[0]: dict(zip(header, r)) for r in rows}
    delimiter = nx.pick_array_delimiter(g)
    assert delimiter not in "".join(a for n in g.nodes.values() for a in n.aliases)
    assert delimiter != "|", "an alias holds '|', so another delimiter must be chosen"
    for node in odd:
        cells = by_id[node.id]
        assert cells["name"] == node.name
        assert cells["kind"] == (node.props.get("kind") or "")
        assert (cells["aliases:string[]"].split(delimiter) if node.aliases else []) == node.aliases
    # the raw file doubles quotes (RFC 4180; neo4j-admin's default, non-legacy quoting)
    raw = (tmp_path / "nodes_Organization.csv").read_text(encoding="utf-8")
    assert '"he said ""yes, no"""' in raw


def test_array_delimiter_no_candidate_left():
    g = GraphData()
    g.add_node("Place", "x", aliases=["".join(nx.ARRAY_DELIMITERS)])
    with pytest.raises(ValueError, match="array delimiter"):
        nx.pick_array_delimiter(g)


def test_cli_export_neo4j_csv(built_db, tmp_path):
    out = tmp_path / "neo4j"
    res = run_cli("export", "--format", "neo4j-csv", "--out", str(out), "--db", str(built_db))
    assert res.returncode == 0, res.stderr
    printed = [Path(line) for line in res.stdout.splitlines() if line.strip()]
    assert out / "import.sh" in printed and out / "nodes_Place.csv" in printed
    assert all(p.exists() for p in printed)
    with LadybugStore(built_db) as s:
        places = s.counts()["nodes"]["Place"]
    assert len(read_csv(out / "nodes_Place.csv")[1]) == places


# -- cypher -------------------------------------------------------------------------------------
def _snapshot(graph: GraphData):
    nodes = {n.id: (n.label, n.name, n.name_en, n.aliases, n.props) for n in graph.nodes.values()}
    edges = {k: (e.props, [x.as_dict() for x in e.evidence], e.extractor, e.confidence)
             for k, e in graph.edges.items()}
    mentions = {n.id: sorted((m.section, m.start, m.end, m.text) for m in n.mentions) for n in graph.nodes.values()}
    return nodes, edges, mentions


def test_cypher_replay_into_fresh_ladybug_gives_the_same_graph(source, tmp_path):
    store, graph = source
    (path,) = EXPORTERS["cypher"](graph, tmp_path / "graph.cypher")
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("//")]
    assert all(line.endswith(";") for line in lines), "one statement per line, each ending in ;"
    assert lines[0].startswith("CREATE CONSTRAINT ") and "REQUIRE n.id IS UNIQUE" in lines[0]
    assert len(nx.split_statements(text)) == len(lines)
    with LadybugStore.create(tmp_path / "replayed.lbug") as replayed:
        ran = nx.run_cypher_script(replayed, text)
        assert ran == len(lines) - len(ns.schema_statements())
        assert replayed.counts() == store.counts()
        assert _snapshot(load_graph(replayed)) == _snapshot(graph)
        nx.run_cypher_script(replayed, text)     # re-runnable: MERGE by id, nothing doubles
        assert replayed.counts() == store.counts()


def test_cypher_literals_survive_hostile_text(tmp_path):
    g = sample_graph()
    hostile = ODD_NAMES + ["\x00nul \x07bell \x1b esc \x7f del \u0085 nel \u2028 ls", "a\\'b", "'; MATCH (n) DETACH "
                           "DELETE n; //", "\\u0041 is not A", "}) RETURN 1; CREATE (x:Place {id: 'evil'})"]
    nodes = [g.add_node("Policy", name or "-", key=f"h{i}", aliases=[name], props={"kind": name})
             for i, name in enumerate(hostile)]
    (path,) = EXPORTERS["cypher"](g, tmp_path / "out")
    assert path.name == "graph.cypher"
    with LadybugStore.create(tmp_path / "h.lbug") as s:
        nx.run_cypher_script(s, path.read_text(encoding="utf-8"))
        rows = s.query("MATCH (p:Policy) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, "
                       "p.`kind` AS kind").rows
        assert s.query("MATCH (p:Place {id: 'evil'}) RETURN count(p) AS c").rows[0]["c"] == 0
    got = {r["id"]: r for r in rows}
    for node, name in zip(nodes, hostile):
        assert got[node.id]["name"] == node.name
        assert got[node.id]["aliases"] == node.aliases
        assert got[node.id]["kind"] == (name or None)


def test_split_statements_respects_literals_and_comments():
    text = ("// a comment; with a semicolon\n"
            "MERGE (n:P {id: 'a;b'}) SET n.name = 'it\\'s; \\\\';\n"
            "MERGE (n:P {id: \"c;d\"}) SET n.`we;ird` = 1; /* block; comment */\n"
            "MATCH (n) RETURN n // trailing; comment\n;\n"
            "RETURN 'ends with backslash \\\\' AS x;;  ;\n"
            "RETURN 'no final semicolon'")
    assert nx.split_statements(text) == [
        "MERGE (n:P {id: 'a;b'}) SET n.name = 'it\\'s; \\\\'",
        "MERGE (n:P {id: \"c;d\"}) SET n.`we;ird` = 1",
        "MATCH (n) RETURN n",
        "RETURN 'ends with backslash \\\\' AS x",
        "RETURN 'no final semicolon'",
    ]


def test_neo4j_only_statements_are_recognised():
    assert all(nx.is_neo4j_only(s) for s in ns.schema_statements())
    assert nx.is_neo4j_only("drop constraint plangraph_place_id if exists")
    assert nx.is_neo4j_only("CREATE TEXT INDEX x IF NOT EXISTS FOR (n:Place) ON (n.name)")
    assert not nx.is_neo4j_only("CREATE (n:Place {id: 'CREATE INDEX'})")
    assert not nx.is_neo4j_only("MERGE (n:Place {id: 'x'})")


def test_cypher_values():
    assert nx.cypher_value(1.5e20) == "1.5e20" and nx.cypher_value(1e-05) == "1e-05"
    assert nx.cypher_value(float("nan")) is None and nx.cypher_value(None) is None
    assert nx.cypher_value(["a'b", "c"]) == "['a\\'b', 'c']"
    assert nx.cypher_value(True) == "true" and nx.cypher_value(2025) == "2025"
    assert nx.cypher_string("\n\t\x01\u2028🌸") == "'\\n\\t\\u0001\\u2028🌸'"


# -- graph.neo4j_store helpers (no server needed) -----------------------------------------------
def test_neo4j_schema_statements_derive_from_the_ontology():
    stmts = ns.schema_statements()
    constraints = [s for s in stmts if s.startswith("CREATE CONSTRAINT ")]
    assert len(constraints) == len(NODE_TYPES)
    for label in NODE_TYPES:
        assert sum(f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" in s for s in constraints) == 1
        assert any(s.startswith("CREATE INDEX ") and f"FOR (n:{label}) ON (n.name)" in s for s in stmts)
    assert all("IF NOT EXISTS" in s for s in stmts)
    assert len({s.split()[2] for s in stmts}) == len(stmts), "constraint and index names are unique"


def test_batches_of_1000():
    rows = list(range(2345))
    batches = list(ns.chunks(rows))
    assert [len(b) for b in batches] == [1000, 1000, 345]
    assert [x for b in batches for x in b] == rows
    assert list(ns.chunks([])) == [] and ns.BATCH_SIZE == 1000


def test_unwind_rows_from_the_sample_graph():
    g = sample_graph()
    by_label = ns.node_rows(g)
    assert {k: len(v) for k, v in by_label.items()} == g.counts()["nodes"]
    for label, rows in by_label.items():
        names = {p.name for p in node_props(label)} - {"id"}
        for row in rows:
            assert set(row) == {"id", "props"} and set(row["props"]) == names   # None values remove stale ones
            assert g.nodes[row["id"]].label == label
    plan = by_label["Plan"][0]["props"]
    assert plan["year"] == 2021 and isinstance(plan["aliases"], list)
    groups = ns.edge_rows(g)
    per_type: dict[str, int] = {}
    for (rel, src, dst), rows in groups.items():
        per_type[rel] = per_type.get(rel, 0) + len(rows)
        for row in rows:
            assert g.nodes[row["src"]].label == src and g.nodes[row["dst"]].label == dst
            assert {p.name for p in REL_TYPES[rel].all_props} == set(row["props"])
    assert per_type == g.counts()["edges"]
    ev = next(rows for (rel, _, _), rows in groups.items() if rel == "SUPPORTS")[0]["props"]["evidence"]
    assert isinstance(json.loads(ev), list)
    # an edge to a node outside the graph needs its label from the database
    part = GraphData()
    inside, outside = part.add_node("Place", "新区"), part.add_node("Place", "外")
    part.add_edge(inside.id, outside.id, "LOCATED_IN")
    del part.nodes[outside.id]           # an upsert of a partial graph: the target is already stored
    with pytest.raises(KeyError):
        ns.edge_rows(part)
    assert [k for k in ns.edge_rows(part, {outside.id: "Place"})] == [("LOCATED_IN", "Place", "Place")]


def test_merge_cypher():
    assert ns.merge_nodes_cypher("Place") == \
        "UNWIND $rows AS row MERGE (n:Place {id: row.id}) SET n += row.props"
    located = ns.merge_edges_cypher("LOCATED_IN", "Project", "Place")
    assert "MATCH (a:Project {id: row.src}) MATCH (b:Place {id: row.dst})" in located
    assert "MERGE (a)-[r:LOCATED_IN]->(b) SET r += row.props" in located
    assert "MERGE (a)-[r:MENTIONED_IN {start: row.props.start, `end`: row.props.`end`}]->(b)" in \
        ns.merge_edges_cypher("MENTIONED_IN", "Place", "Section")


def test_to_plain_converts_driver_graph_types():
    """Driver Node/Relationship/Path objects (built offline) become the same dicts as graph.store.to_plain."""
    from neo4j.graph import Graph, Node, Path as NeoPath
    g = Graph()
    plan = Node(g, "4:x:1", 1, ["Plan"], {"id": "p", "name": "规划", "text": "全文 (internal)", "year": 2021})
    place = Node(g, "4:x:2", 2, ["Place"], {"id": "q", "name": "回民区", "aliases": ["回民"]})
    rel = g.relationship_type("COVERS")(g, "5:x:3", 3, {"evidence": json.dumps([{"plan": "p", "start": 1}]),
                                                           "confidence": 0.9})
    rel._start_node, rel._end_node = plan, place      # as the driver's hydration sets them
    assert ns.to_plain(plan) == {"_kind": "node", "_label": "Plan", "_key": "4:x:1", "id": "p", "name": "规划",
                                 "year": 2021}
    assert ns.to_plain(rel) == {"_kind": "rel", "_label": "COVERS", "_src": "4:x:1", "_dst": "4:x:2",
                                "evidence": [{"plan": "p", "start": 1}], "confidence": 0.9}
    path = ns.to_plain(NeoPath(plan, rel))
    assert path["_kind"] == "path" and [n["_key"] for n in path["nodes"]] == ["4:x:1", "4:x:2"]
    assert path["rels"][0]["_src"] == path["nodes"][0]["_key"]
    assert ns.to_plain({"xs": [place, float("nan")]}) == {"xs": [{"_kind": "node", "_label": "Place",
                                                                  "_key": "4:x:2", "id": "q", "name": "回民区",
                                                                  "aliases": ["回民"]}, None]}


def test_to_plain_converts_temporal_and_spatial_values():
    from neo4j.spatial import WGS84Point
    from neo4j.time import Date, DateTime
    assert ns.to_plain([Date(2025, 1, 2), DateTime(2025, 1, 2, 3, 4, 5)]) == ["2025-01-02",
                                                                            "2025-01-02T03:04:05.000000000"]
    assert ns.to_plain(WGS84Point((111.6, 40.8))) == [111.6, 40.8]


def test_explain_text():
    assert ns.explain_text("MATCH (n) RETURN n") == "EXPLAIN MATCH (n) RETURN n"
    assert ns.explain_text("profile MATCH (n) RETURN n") == "EXPLAIN  MATCH (n) RETURN n"
    assert ns.explain_text("// c\nEXPLAIN MATCH (n) RETURN n").startswith("EXPLAIN  MATCH")


def test_neo4j_store_refuses_writes_before_connecting_and_reports_unreachable_servers():
    from graph.store import QueryError
    with pytest.raises(QueryError, match="cannot reach"):
        ns.Neo4jStore("bolt://127.0.0.1:1", "neo4j", "x")
    store = ns.Neo4jStore.__new__(ns.Neo4jStore)       # no server: the lexical lock needs none
    store.driver = None
    from graph.safety import WriteRefused
    for q in ("CREATE (n:Place {id: 'x'})", "match (n) detach delete n", "CALL apoc.create.node(['X'], {})"):
        with pytest.raises(QueryError, match="refused"):
            store.query(q)
        with pytest.raises(WriteRefused):
            store.query(q)


def test_targets_merge_on_their_year_and_rows_without_one_merge_plainly():
    # Neo4j's MERGE cannot match on a null, so the rows without a year go in a statement of their own
    rows = [{"src": "p", "dst": "i", "props": {"target_year": 2025}}, {"src": "p", "dst": "i", "props": {"target_year": 2035}},
            {"src": "p", "dst": "j", "props": {"target_year": None}}]
    parts = ns.qualified_parts("TARGETS", rows)
    assert [(keyed, len(part)) for keyed, part in parts] == [(True, 2), (False, 1)]
    assert "MERGE (a)-[r:TARGETS {target_year: row.props.target_year}]->(b)" in \
        ns.merge_edges_cypher("TARGETS", "Plan", "Indicator", True)
    assert "MERGE (a)-[r:TARGETS]->(b)" in ns.merge_edges_cypher("TARGETS", "Plan", "Indicator", False)
    assert ns.qualified_parts("LOCATED_IN", rows) == [(True, rows)]
    assert ns.edge_key("TARGETS", "p", "i", qualifier=2025) != ns.edge_key("TARGETS", "p", "i", qualifier=2035)
