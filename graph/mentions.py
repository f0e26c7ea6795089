"""Mentions as columns: the bulk of a region's graph, kept out of Python objects at scale.

A build over hundreds of plans finds millions of mentions; as :class:`~graph.model.Evidence`
objects they would dominate the build's memory.  A full build therefore takes each plan's
mentions out of its graph as soon as the plan is extracted, into one Arrow table per plan,
keeps only a count per node for resolution, and streams the tables into the database's
MENTIONED_IN table once node ids are resolved.

>>> from graph.model import Evidence, GraphData
>>> g = GraphData()
>>> n = g.add_node("Place", "乌素图")
>>> n.add_mention(Evidence("p1", "p1/s1", 3, 6, "乌素图"))
>>> table, counts = split_mentions(g)
>>> table.num_rows, n.mentions, counts
(1, [], {'place-5d9d7d9418': {'p1': 1}})
>>> remapped(table, {"place-5d9d7d9418": "place-x"}).column("node").to_pylist()
['place-x']
"""
from __future__ import annotations

import pyarrow as pa

from graph.model import GraphData

#: one row per mention; ``node`` is the mentioned node's id, ``section`` the id of where it is
SCHEMA = pa.schema([("node", pa.string()), ("section", pa.string()), ("start", pa.int64()),
                    ("end", pa.int64()), ("text", pa.string())])

#: node id -> {plan id: number of mentions}: what resolution needs to know of mentions
MentionCounts = dict[str, dict[str, int]]


def mention_table(graph: GraphData) -> tuple[pa.Table, MentionCounts]:
    """Every mention of ``graph`` as a table, and the counts per node and plan (the graph is unchanged).

    Mentions without a section (there is nothing for MENTIONED_IN to point at) are left out of
    the table, as the database leaves them out; they are counted.
    """
    cols: dict[str, list] = {name: [] for name in SCHEMA.names}
    counts: MentionCounts = {}
    for node in graph.nodes.values():
        for m in node.mentions:
            per_plan = counts.setdefault(node.id, {})
            per_plan[m.plan] = per_plan.get(m.plan, 0) + 1
            if m.section:
                for name, value in zip(SCHEMA.names, (node.id, m.section, m.start, m.end, m.text)):
                    cols[name].append(value)
    return pa.table(cols, schema=SCHEMA), counts


def split_mentions(graph: GraphData) -> tuple[pa.Table, MentionCounts]:
    """:func:`mention_table`, and the mentions taken off the graph's nodes."""
    table, counts = mention_table(graph)
    for node in graph.nodes.values():
        node.mentions = []
    return table, counts


def remapped(table: pa.Table, remap: dict[str, str]) -> pa.Table:
    """The table with node ids resolved, each mention of a merged node once."""
    if not remap:
        return table
    nodes = [remap.get(n, n) for n in table.column("node").to_pylist()]
    table = table.set_column(0, "node", pa.array(nodes, pa.string()))
    keys = zip(nodes, *(table.column(c).to_pylist() for c in ("section", "start", "end", "text")))
    seen: set = set()
    keep = [not (k in seen or seen.add(k)) for k in keys]
    return table if all(keep) else table.filter(pa.array(keep))


def add_counts(into: MentionCounts, more: MentionCounts) -> None:
    for nid, per_plan in more.items():
        mine = into.setdefault(nid, {})
        for plan, n in per_plan.items():
            mine[plan] = mine.get(plan, 0) + n
