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
