"""Read a whole database back into a :class:`GraphData` (for exports and analytics).

The database is the single source of truth: exporters and analytics read it
through here, so they work the same whichever backend built it.
"""
from __future__ import annotations

import json

from graph.model import Evidence, GraphData, Node
from graph.ontology import NODE_TYPES, REL_TYPES


def _evidence(items) -> list[Evidence]:
    if isinstance(items, str):
        items = json.loads(items or "[]")
    return [Evidence(e["plan"], e.get("section"), int(e["start"]), int(e["end"]), e["text"]) for e in items or []]


def load_graph(store, include_internal: bool = False) -> GraphData:
    """Every node, edge and mention in the store."""
    g = GraphData()
    for label, nt in NODE_TYPES.items():
        props = [p.name for p in nt.props if include_internal or not p.internal]
        cols = ", ".join(f"n.`{p}` AS `{p}`" for p in ["id", "name", "name_en", "aliases"] + props)
        for row in store.query(f"MATCH (n:{label}) RETURN {cols} ORDER BY n.id", max_rows=10**9).rows:
            g.nodes[row["id"]] = Node(row["id"], label, row["name"], row.get("name_en"),
                                      list(row.get("aliases") or []),
                                      {p: row[p] for p in props if row.get(p) is not None})
    for rel, rt in REL_TYPES.items():
        if rel == "MENTIONED_IN":
            continue
        names = [p.name for p in rt.all_props]
        cols = "".join(f", r.`{p}` AS `{p}`" for p in names)
        rows = store.query(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id AS src, b.id AS dst{cols} ORDER BY src, dst",
                           max_rows=10**9).rows
        for row in rows:
            props = {p.name: row[p.name] for p in rt.props if row.get(p.name) is not None}
            edge = g.add_edge(row["src"], row["dst"], rel, props=props, extractor=row.get("extractor") or "",
                              confidence=row.get("confidence") if row.get("confidence") is not None else 1.0)
            edge.evidence = _evidence(row.get("evidence"))
    rows = store.query("MATCH (n)-[m:MENTIONED_IN]->(s:Section) RETURN n.id AS nid, s.plan AS plan, s.id AS sid, "
                       "m.start AS start, m.`end` AS e, m.text AS text ORDER BY nid, plan, start, e",
                       max_rows=10**9).rows
    for row in rows:
        g.nodes[row["nid"]].mentions.append(Evidence(row["plan"], row["sid"], row["start"], row["e"], row["text"]))
    return g
