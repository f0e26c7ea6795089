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
