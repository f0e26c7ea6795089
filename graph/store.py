"""The embedded store: LadybugDB on disk, schema derived from the ontology.

Writes happen only in fresh databases built beside the one being served (see
:mod:`graph.build`); readers open databases read-only.  Rows come back as plain
Python values; nodes and relationships as dicts with ``_kind``/``_label`` and a
``_key`` (``_src``/``_dst`` for relationships) so a result can be drawn.

>>> import tempfile, os
>>> from graph.model import GraphData
>>> g = GraphData(); _ = g.add_node("Place", "回民区")
>>> path = os.path.join(tempfile.mkdtemp(), "g.lbug")
>>> with LadybugStore.create(path) as s: s.load(g)
>>> with LadybugStore(path) as s: s.query("MATCH (p:Place) RETURN p.name AS name").rows
[{'name': '回民区'}]
"""
from __future__ import annotations

import decimal
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import ladybug
import pyarrow as pa

from graph.model import EDGE_QUALIFIERS, GraphData
from graph.ontology import NODE_TYPES, REL_TYPES, node_props, rel_props
from graph.safety import check_read_only

DEFAULT_TIMEOUT_MS = 10_000
DEFAULT_MAX_ROWS = 5_000
#: rows per COPY statement when bulk-loading (bounded memory; LadybugDB appends to a non-empty table)
COPY_CHUNK_ROWS = 250_000
#: LadybugDB reserves these words; properties named so are always quoted.
_RESERVED = {"end", "start", "order", "limit", "match", "return", "in", "type", "kind", "level", "path",
             "file", "text", "year"}


def q(name: str) -> str:
    """Quote a property name for Cypher (both LadybugDB and Neo4j accept backticks)."""
    return f"`{name}`" if name.lower() in _RESERVED else name


class QueryError(Exception):
    """A query failed: bad Cypher, a time limit, a row limit or a refused write."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False


def schema_statements() -> list[str]:
    """CREATE statements for every node and relationship table of the ontology."""
    stmts = []
    for label in NODE_TYPES:
        cols = ", ".join(f"{q(p.name)} {p.type}" for p in node_props(label))
        stmts.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY (id))")
    for rt in REL_TYPES.values():
        pairs = ", ".join(f"FROM {s} TO {t}" for s, t in rt.pairs)
        cols = "".join(f", {q(p.name)} {p.type}" for p in rt.all_props)
        stmts.append(f"CREATE REL TABLE IF NOT EXISTS {rt.type}({pairs}{cols})")
    return stmts


def node_row(node) -> dict:
    row = {"id": node.id, "name": node.name, "name_en": node.name_en, "aliases": list(node.aliases)}
    for p in NODE_TYPES[node.label].props:
        row[p.name] = _cast(node.props.get(p.name), p.type)
    return row


def edge_row(edge) -> dict:
    row: dict[str, Any] = {}
    if REL_TYPES[edge.type].evidential:
        row.update(evidence=edge.evidence_json(), extractor=edge.extractor, confidence=float(edge.confidence))
    for p in REL_TYPES[edge.type].props:
        row[p.name] = _cast(edge.props.get(p.name), p.type)
    return row


def _cast(value, typ: str):
    if value is None or value == "":
        return None
    if typ == "INT64":
        return int(value)
    if typ == "DOUBLE":
        return float(value)
    if typ == "STRING[]":
        return list(value)
    return str(value)


class LadybugStore:
    """One LadybugDB database file."""

    def __init__(self, path: str | os.PathLike, read_only: bool = True) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise QueryError(f"no database at {self.path}: run `python -m graph build` first")
        self.read_only = read_only
        self.db = ladybug.Database(str(self.path), read_only=read_only)
        self.conn = ladybug.Connection(self.db)

    @classmethod
    def create(cls, path: str | os.PathLike) -> "LadybugStore":
        store = cls(path, read_only=False)
        for stmt in schema_statements():
            store.conn.execute(stmt)
        return store

    def __enter__(self) -> "LadybugStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.db.close()
            self.conn = None

    # -- writing -------------------------------------------------------------------
    def load(self, graph: GraphData, mention_tables: Iterable[pa.Table] = (),
             chunk_rows: int = COPY_CHUNK_ROWS) -> None:
        """Bulk-load a whole graph into an empty database (COPY FROM Arrow tables).

        ``mention_tables`` are mentions kept as columns (:mod:`graph.mentions`), loaded besides
        those still on the graph's nodes.  Rows are copied in chunks of ``chunk_rows`` and
        committed every ``chunk_rows`` rows: at the scale of a region's plans the mentions alone
        are millions of rows, and an open transaction holds all it wrote in memory.
        """
        labels = {n.id: n.label for n in graph.nodes.values()}
        self._batch = _Batch(self.conn, chunk_rows)
        try:
            for label in NODE_TYPES:
                nodes = [n for n in graph.nodes.values() if n.label == label]
                if nodes:
                    self._copy(label, node_props(label), [node_row(n) for n in nodes], "")
            groups: dict[tuple[str, str, str], list] = {}
            for edge in graph.edges.values():
                groups.setdefault((edge.type, labels[edge.source], labels[edge.target]), []).append(edge)
            for (rel, src, dst), edges in groups.items():
                for i in range(0, len(edges), chunk_rows):
                    rows = [{"from": e.source, "to": e.target, **edge_row(e)} for e in edges[i:i + chunk_rows]]
                    self._copy(rel, _edge_columns(rel), rows, self._pair_option(rel, src, dst))
            self._copy_mentions(graph, labels, mention_tables, chunk_rows)
        except BaseException:
            self._batch.abort()
            raise
        self._batch.commit()
        self.conn.execute("CHECKPOINT")

    def _copy_mentions(self, graph: GraphData, labels: dict[str, str], tables: Iterable[pa.Table],
                       chunk_rows: int) -> None:
        """MENTIONED_IN from the nodes' mentions and from mention tables, grouped by the ends' labels."""
        from graph.mentions import mention_table
        pending: dict[tuple[str, str], list[pa.Table]] = {}
        names = ["from", "to", "start", "end", "text"]

        def flush(key: tuple[str, str]) -> None:
            data = pa.concat_tables(pending.pop(key)).rename_columns(names)  # noqa: F841 (scanned by name)
            self._batch.execute(f"COPY MENTIONED_IN FROM data{self._pair_option('MENTIONED_IN', *key)}",
                                data.num_rows)

        own = [mention_table(graph)[0]] if any(n.mentions for n in graph.nodes.values()) else []
        for table in (*own, *tables):
            ends = zip((labels[n] for n in table.column("node").to_pylist()),
                       (labels[s] for s in table.column("section").to_pylist()))
            rows_by_key: dict[tuple[str, str], list[int]] = {}
            for i, key in enumerate(ends):
                rows_by_key.setdefault(key, []).append(i)
            for key, rows in rows_by_key.items():
                pending.setdefault(key, []).append(table.take(pa.array(rows, pa.int64())))
                if sum(t.num_rows for t in pending[key]) >= chunk_rows:
                    flush(key)
        for key in list(pending):
            flush(key)

    @staticmethod
    def _pair_option(rel: str, src: str, dst: str) -> str:
        return f" (from='{src}', to='{dst}')" if len(REL_TYPES[rel].pairs) > 1 else ""

    def _copy(self, table: str, props: list, rows: list[dict], options: str) -> None:
        data = _arrow_table(rows, props)  # noqa: F841 (COPY scans the local variable by name)
        self._batch.execute(f"COPY {table} FROM data{options}", len(rows))

    def upsert(self, graph: GraphData) -> None:
        """Merge a graph into an existing database by stable id (incremental updates)."""
        for node in graph.nodes.values():
            # parameters are prefixed: names such as `end` are reserved words even after a `$`
            row = {f"p_{k}": v for k, v in node_row(node).items()}
            sets = ", ".join(f"n.{q(k[2:])} = ${k}" for k in row if k != "p_id")
            self.conn.execute(f"MERGE (n:{node.label} {{id: $p_id}}) SET {sets}", row)
        labels = {n.id: n.label for n in graph.nodes.values()}
        for edge in list(graph.edges.values()) + list(graph.mention_edges()):
            row = {f"p_{k}": v for k, v in edge_row(edge).items()}
            src, dst = labels.get(edge.source) or self._label_of(edge.source), \
                labels.get(edge.target) or self._label_of(edge.target)
            sets = ", ".join(f"r.{q(k[2:])} = ${k}" for k in row)
            # two mentions in one section may share a start (全员劳动生产率 / 全员劳动生产率(万元/人)):
            # a mention is keyed by both offsets
            match = "" if edge.type != "MENTIONED_IN" else " {`start`: $p_start, `end`: $p_end}"
            qualifier = EDGE_QUALIFIERS.get(edge.type)
            if qualifier and row.get(f"p_{qualifier}") is not None:    # one TARGETS edge per target year
                match = f" {{{q(qualifier)}: $p_{qualifier}}}"
            self.conn.execute(
                f"MATCH (a:{src} {{id: $src}}), (b:{dst} {{id: $dst}}) "
                f"MERGE (a)-[r:{edge.type}{match}]->(b)" + (f" SET {sets}" if sets else ""),
                {"src": edge.source, "dst": edge.target, **row})
        self.conn.execute("CHECKPOINT")

    def _label_of(self, node_id: str) -> str:
        rows = self.query("MATCH (n) WHERE n.id = $id RETURN label(n) AS l", {"id": node_id},
                          read_only=False).rows
        if not rows:
            raise QueryError(f"no node with id {node_id}")
        return rows[0]["l"]

    # -- reading -------------------------------------------------------------------
    def query(self, cypher: str, params: dict | None = None, *, read_only: bool = True,
              timeout_ms: int = DEFAULT_TIMEOUT_MS, max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
        """Run Cypher with parameters; refuse writes unless asked; stop at limits."""
        if read_only:
            check_read_only(cypher)
        self.conn.set_query_timeout(int(timeout_ms))
        try:
            res = self.conn.execute(cypher, params or {})
        except RuntimeError as err:
            msg = str(err)
            if "Interrupted" in msg:
                raise QueryError(f"stopped: the query ran past the time limit of {timeout_ms / 1000:g} s") \
                    from None
            if "read-only" in msg or "read only" in msg:
                raise QueryError("refused: the database is open read-only") from None
            raise QueryError(msg) from None
        if isinstance(res, list):   # several statements: the last one's result
            res = res[-1]
        columns = res.get_column_names()
        rows: list[dict] = []
        truncated = False
        while res.has_next():
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append({c: to_plain(v) for c, v in zip(columns, res.get_next())})
        res.close()
        return QueryResult(columns, rows, truncated)

    def counts(self) -> dict[str, dict[str, int]]:
        nodes = {label: self.query(f"MATCH (n:{label}) RETURN count(n) AS c").rows[0]["c"]
                 for label in NODE_TYPES}
        edges = {rel: self.query(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS c").rows[0]["c"]
                 for rel in REL_TYPES}
        return {"nodes": nodes, "edges": edges}


#: Arrow types of the ontology's property types (explicit, so an all-null column still has its type)
_ARROW_TYPES = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(),
                "STRING[]": pa.list_(pa.string())}


def _arrow_table(rows: list[dict], props: list) -> pa.Table:
    """Rows as an Arrow table with one typed column per property (``from``/``to`` first for edges)."""
    return pa.table({p.name: pa.array([r.get(p.name) for r in rows], type=_ARROW_TYPES[p.type])
                     for p in props})


class _Batch:
    """Transactions of about ``rows`` rows each: one commit per COPY costs as much as the COPY for
    small tables (half the bundled plans' load time), one for everything holds it all in memory."""

    def __init__(self, conn, rows: int) -> None:
        self.conn, self.limit, self.rows = conn, rows, 0
        self.conn.execute("BEGIN TRANSACTION")

    def execute(self, statement: str, rows: int) -> None:
        # COPY finds its table by name up the call stack: the caller's local `data`
        self.conn.execute(statement)
        self.rows += rows
        if self.rows >= self.limit:
            self.commit()
            self.conn.execute("BEGIN TRANSACTION")
            self.rows = 0

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def abort(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except RuntimeError:      # the failed statement already ended the transaction
            pass


class _Column:
    """A ``from``/``to`` column of a relationship table: the ids of its two ends."""

    def __init__(self, name: str) -> None:
        self.name, self.type = name, "STRING"


def _edge_columns(rel: str) -> list:
    return [_Column("from"), _Column("to")] + list(rel_props(rel))


def _key(internal_id: dict | None) -> str | None:
    if not internal_id:
        return None
    return f"{internal_id['table']}:{internal_id['offset']}"


def to_plain(value: Any) -> Any:
    """Turn LadybugDB values into JSON-friendly ones (nodes, rels, paths become dicts)."""
    if isinstance(value, dict) and "_LABEL" in value:
        out: dict[str, Any] = {}
        if "_SRC" in value:
            out.update(_kind="rel", _label=value["_LABEL"], _src=_key(value["_SRC"]), _dst=_key(value["_DST"]))
        else:
            out.update(_kind="node", _label=value["_LABEL"], _key=_key(value.get("_ID")))
        internal = {p.name for nt in NODE_TYPES.values() for p in nt.props if p.internal}
        for k, v in value.items():
            # a path's nodes carry every table's columns (null where the label lacks them): keep set ones
            if not k.startswith("_") and k not in internal and v is not None:
                out[k] = to_plain(v)
        if out.get("_kind") == "rel" and isinstance(out.get("evidence"), str):
            try:
                out["evidence"] = json.loads(out["evidence"])
            except ValueError:
                pass
        return out
    if isinstance(value, dict) and "_NODES" in value:
        return {"_kind": "path", "nodes": [to_plain(n) for n in value["_NODES"]],
                "rels": [to_plain(r) for r in value["_RELS"]]}
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, decimal.Decimal):   # sum() of integers comes back as a DECIMAL
        return int(value) if value == value.to_integral_value() else float(value)
    return value
