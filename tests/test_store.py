"""The LadybugDB store: the bulk path and the MERGE path write the same graph."""
from __future__ import annotations

from graph.store import LadybugStore
from sample_graph import sample_graph


def test_upsert_writes_what_bulk_load_writes(tmp_path):
    graph = sample_graph()
    with LadybugStore.create(tmp_path / "copy.lbug") as s:
        s.load(graph)
        bulk = s.counts()
        bulk_rows = s.query("MATCH (a)-[r]->(b) RETURN a.id AS x, label(r) AS t, b.id AS y ORDER BY x, t, y").rows
    with LadybugStore.create(tmp_path / "merge.lbug") as s:
        s.upsert(graph)
        s.upsert(graph)          # idempotent: merging twice changes nothing
        assert s.counts() == bulk
        assert s.query("MATCH (a)-[r]->(b) RETURN a.id AS x, label(r) AS t, b.id AS y ORDER BY x, t, y").rows \
            == bulk_rows
        ends = s.query("MATCH ()-[r:MENTIONED_IN]->() RETURN r.`end` AS e ORDER BY e LIMIT 1").rows
        assert ends and ends[0]["e"] > 0


def test_upsert_keeps_two_mentions_that_share_a_start(tmp_path):
    """A table cell can name 全员劳动生产率 and 全员劳动生产率(万元/人) from the same offset."""
    from graph.model import Evidence
    graph = sample_graph()
    node = next(n for n in graph.nodes.values() if n.label == "Indicator")
    first = node.mentions[0]
    node.mentions.append(Evidence(first.plan, first.section, first.start, first.end - 1, first.text[:-1]))
    with LadybugStore.create(tmp_path / "copy.lbug") as s:
        s.load(graph)
        bulk = s.counts()["edges"]["MENTIONED_IN"]
    with LadybugStore.create(tmp_path / "merge.lbug") as s:
        s.upsert(graph)
        s.upsert(graph)
        assert s.counts()["edges"]["MENTIONED_IN"] == bulk


def test_sums_come_back_as_numbers(sample_db):
    with LadybugStore(sample_db) as s:
        (row,) = s.query("MATCH (n:Place) RETURN sum(1) AS whole, sum(0.5) AS half").rows
    assert isinstance(row["whole"], int) and isinstance(row["half"], float) and row["whole"] == 2 * row["half"]


def test_mentions_loaded_as_columns_write_what_mentions_on_nodes_write(tmp_path):
    """A full build takes mentions off the nodes into Arrow tables (graph.mentions); same database."""
    from graph.mentions import split_mentions

    def mentions(path):
        with LadybugStore(path) as s:
            return s.query("MATCH (a)-[r:MENTIONED_IN]->(b) RETURN a.id AS x, b.id AS y, r.`start` AS s, "
                           "r.`end` AS e, r.`text` AS t ORDER BY x, y, s, e").rows
    with LadybugStore.create(tmp_path / "nodes.lbug") as s:
        s.load(sample_graph())
    graph = sample_graph()
    table, counts = split_mentions(graph)
    assert table.num_rows and not any(n.mentions for n in graph.nodes.values())
    with LadybugStore.create(tmp_path / "columns.lbug") as s:
        s.load(graph, [table.slice(0, 2), table.slice(2)], chunk_rows=1)   # several tables, tiny chunks
    assert mentions(tmp_path / "columns.lbug") == mentions(tmp_path / "nodes.lbug") != []


def test_one_indicator_targeted_for_two_years_keeps_both_targets(tmp_path):
    """到2025年…达到X，到2035年…达到Y: two TARGETS edges over one pair, in the database, back out and in RDF."""
    from graph.readback import load_graph
    from graph.rdf.mapping import graph_triples
    from loaders.pipeline import plan_graph
    from loaders.read import Document
    from pathlib import Path
    text = "到2025年，全区地区生产总值达到500亿元；到2035年，全区地区生产总值达到900亿元。\n"
    doc = Document("t", Path("t.txt"), text, "utf-8", "0" * 64,
                   {"place": "武川县", "kind": "plan", "year": "2021", "period": "2021-2035"})
    graph = plan_graph(doc)
    targets = sorted((e.props["target_year"], e.props["target_value"]) for e in graph.edges_of("TARGETS"))
    assert targets == [(2025, 500), (2035, 900)]
    for how in ("load", "upsert"):
        with LadybugStore.create(tmp_path / f"{how}.lbug") as s:
            getattr(s, how)(graph)
            if how == "upsert":
                s.upsert(graph)          # merging again adds no third edge, and keeps each year's target
            rows = s.query("MATCH (:Plan)-[r:TARGETS]->(i:Indicator) "
                           "RETURN r.target_year AS y, r.target_value AS v ORDER BY y").rows
            assert [(r["y"], r["v"]) for r in rows] == [(2025, 500), (2035, 900)], how
            back = load_graph(s)
            assert sorted(e.props["target_year"] for e in back.edges_of("TARGETS")) == [2025, 2035]
    assertions = {str(t[0]) for t in graph_triples(graph, issued="2026-12-01")
                  if str(t[2]).endswith("IndicatorTarget")}
    assert len(assertions) == 2
