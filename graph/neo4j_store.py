"""Neo4j as a backend, with the same interface as :class:`graph.store.LadybugStore`.

Reads are locked twice: the lexical check of :mod:`graph.safety`, then the
server's own plan — the query is EXPLAINed in a read transaction and run only
when ``summary.query_type == "r"`` (the driver's READ mode only routes; it does
not forbid writes).  The read transaction is rolled back, never committed.

Writes go in batches of 1000 rows: ``UNWIND $rows AS row MERGE (n:Label {id: row.id})
SET n += row.props``.  Properties a node no longer has are sent as null, which
removes them, so re-running a build converges on the built graph.

    $ NEO4J_PASSWORD=secret python -m graph build --neo4j bolt://localhost:7687
    $ NEO4J_PASSWORD=secret python -m graph query "MATCH (p:Place) RETURN p.name" --neo4j bolt://localhost:7687
"""
from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from graph.model import EDGE_QUALIFIERS, GraphData
from graph.ontology import NODE_TYPES, REL_TYPES
from graph.safety import WriteRefused, check_read_only
from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS, QueryError, QueryResult, edge_row, node_row

BATCH_SIZE = 1000
#: properties indexed on every label besides the unique id
INDEXED_PROPS = ("name",)


class ReadOnlyRefused(QueryError, WriteRefused):
    """A write refused by a read-only console (caught as either QueryError or WriteRefused)."""


# -- pure helpers (no server needed) ------------------------------------------------------------
def schema_statements() -> list[str]:
    """Neo4j 5 constraints and indexes derived from the ontology: a unique id per label, name indexed.

    >>> schema_statements()[0]
    'CREATE CONSTRAINT plangraph_plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE'
    """
    stmts = [f"CREATE CONSTRAINT plangraph_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
             for label in NODE_TYPES]
    stmts += [f"CREATE INDEX plangraph_{label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
              for label in NODE_TYPES for prop in INDEXED_PROPS]
    return stmts


def chunks(rows: list, size: int = BATCH_SIZE) -> Iterator[list]:
    """Consecutive slices of at most ``size`` rows.

    >>> [len(c) for c in chunks(list(range(2500)))]
    [1000, 1000, 500]
    """
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def node_rows(graph: GraphData) -> dict[str, list[dict]]:
    """UNWIND rows per label: ``{"id": …, "props": {…}}``; every ontology property present, None to remove."""
    by_label: dict[str, list[dict]] = {}
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        row = node_row(node)
        by_label.setdefault(node.label, []).append({"id": row.pop("id"), "props": row})
    return by_label


def edge_rows(graph: GraphData, labels: dict[str, str] | None = None) -> dict[tuple[str, str, str], list[dict]]:
    """UNWIND rows per (type, source label, target label), MENTIONED_IN included (one per mention).

    ``labels`` maps ids of nodes outside ``graph`` to their labels (incremental upserts).
    """
    known = {**(labels or {}), **{n.id: n.label for n in graph.nodes.values()}}
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for edge in sorted(graph.edges.values(), key=lambda e: e.key) + list(graph.mention_edges()):
        key = (edge.type, known[edge.source], known[edge.target])
        groups.setdefault(key, []).append({"src": edge.source, "dst": edge.target, "props": edge_row(edge)})
    return groups


def merge_nodes_cypher(label: str) -> str:
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"


def merge_edges_cypher(rel: str, src: str, dst: str, qualified: bool = True) -> str:
    # MENTIONED_IN is keyed by its span: an entity mentioned twice in a section has two edges, and a table
    # cell can give two mentions with one start ("全员劳动生产率" and "全员劳动生产率(万元/人)"); TARGETS by
    # its year (graph.model.EDGE_QUALIFIERS), for the rows that have one: MERGE cannot match on a null
    key = ""
    if rel == "MENTIONED_IN":
        key = " {start: row.props.start, `end`: row.props.`end`}"
    elif rel in EDGE_QUALIFIERS and qualified:
        key = f" {{{EDGE_QUALIFIERS[rel]}: row.props.{EDGE_QUALIFIERS[rel]}}}"
    return (f"UNWIND $rows AS row MATCH (a:{src} {{id: row.src}}) MATCH (b:{dst} {{id: row.dst}}) "
            f"MERGE (a)-[r:{rel}{key}]->(b) SET r += row.props")


def edge_key(rel: str, src: str, dst: str, start=None, end=None, qualifier=None) -> tuple:
    """What identifies an edge: (type, source, target), plus the span for MENTIONED_IN and the
    qualifier (target year) for TARGETS."""
    if rel == "MENTIONED_IN":
        return (rel, src, dst, start, end)
    return (rel, src, dst) + ((qualifier,) if rel in EDGE_QUALIFIERS else ())


def qualified_parts(rel: str, rows: list[dict]) -> list[tuple[bool, list[dict]]]:
    """The rows of one edge group split by whether they carry their type's qualifier (MERGE keys on it)."""
    if rel not in EDGE_QUALIFIERS:
        return [(True, rows)]
    q = EDGE_QUALIFIERS[rel]
    parts = [(True, [r for r in rows if r["props"].get(q) is not None]),
             (False, [r for r in rows if r["props"].get(q) is None])]
    return [(keyed, part) for keyed, part in parts if part]


_INTERNAL = {p.name for nt in NODE_TYPES.values() for p in nt.props if p.internal}


def _label(labels: Iterable[str]) -> str:
    labels = sorted(labels)
    return next((lb for lb in labels if lb in NODE_TYPES), labels[0] if labels else "")


def to_plain(value: Any) -> Any:
    """Neo4j values as the plain dicts :func:`graph.store.to_plain` gives for LadybugDB values.

    Nodes: ``_kind="node"``, ``_label``, ``_key`` (the element id); relationships: ``_kind="rel"``,
    ``_label`` (the type), ``_src``/``_dst`` (element ids of the ends), evidence JSON decoded;
    paths: ``{"_kind": "path", "nodes": […], "rels": […]}``.
    """
    from neo4j.graph import Node, Path as NeoPath, Relationship
    if isinstance(value, Node):
        out: dict[str, Any] = {"_kind": "node", "_label": _label(value.labels), "_key": value.element_id}
        out.update({k: to_plain(v) for k, v in value.items() if k not in _INTERNAL})
        return out
    if isinstance(value, Relationship):
        out = {"_kind": "rel", "_label": value.type,
               "_src": value.start_node.element_id if value.start_node is not None else None,
               "_dst": value.end_node.element_id if value.end_node is not None else None}
        out.update({k: to_plain(v) for k, v in value.items()})
        if isinstance(out.get("evidence"), str):
            try:
                out["evidence"] = json.loads(out["evidence"])
            except ValueError:
                pass
        return out
    if isinstance(value, NeoPath):
        return {"_kind": "path", "nodes": [to_plain(n) for n in value.nodes],
                "rels": [to_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if hasattr(value, "iso_format"):          # neo4j.time Date/DateTime/Duration
        return value.iso_format()
    from neo4j.spatial import Point
    if isinstance(value, Point):
        return list(value)
    if isinstance(value, float) and value != value:
        return None
    return value


_LEADING = re.compile(r"\s*(?:(?://[^\n]*\n|/\*.*?\*/)\s*)*(EXPLAIN|PROFILE)\b", re.I | re.S)


def explain_text(cypher: str) -> str:
    """The EXPLAIN form of a query (a leading EXPLAIN/PROFILE of its own is replaced)."""
    m = _LEADING.match(cypher)
    return "EXPLAIN " + (cypher[m.end():] if m else cypher)


def describe_error(err: Exception, timeout_ms: int) -> str:
    """A clear one-line reason for a failed query."""
    from neo4j.exceptions import AuthError, CypherSyntaxError, Neo4jError, ServiceUnavailable
    if isinstance(err, AuthError):
        return f"Neo4j refused the credentials (set NEO4J_USER/NEO4J_PASSWORD): {err}"
    if isinstance(err, ServiceUnavailable):
        return f"cannot reach the Neo4j server: {err}"
    code = getattr(err, "code", "") or ""
    if isinstance(err, Neo4jError) and ("TimedOut" in code or code.endswith((".Terminated", ".LockClientStopped"))):
        return f"stopped: the query ran past the time limit of {timeout_ms / 1000:g} s"
    if isinstance(err, CypherSyntaxError) or code.endswith("SyntaxError"):
        return f"Cypher syntax error: {getattr(err, 'message', None) or err}"
    if isinstance(err, Neo4jError):
        return f"{code}: {getattr(err, 'message', None) or err}"
    return f"{type(err).__name__}: {err}"


# -- the store ----------------------------------------------------------------------------------
class Neo4jStore:
    """One Neo4j database reached through the official driver."""

    def __init__(self, uri: str, user: str = "neo4j", password: str | None = None,
                 database: str | None = None) -> None:
        from neo4j import GraphDatabase
        self.uri, self.database = uri, database
        auth = (user, password) if password is not None else None
        self.driver = None
        try:
            self.driver = GraphDatabase.driver(uri, auth=auth)
            self.driver.verify_connectivity()
        except Exception as err:
            self.close()
            raise QueryError(f"Neo4j at {uri!r}: {describe_error(err, 0)}") from None

    @classmethod
    def from_env(cls, uri: str) -> "Neo4jStore":
        """Credentials from NEO4J_USER (default neo4j) / NEO4J_PASSWORD; database from NEO4J_DATABASE
        (the server's default when unset); ``uri`` falls back to NEO4J_URI."""
        uri = uri or os.environ.get("NEO4J_URI") or ""
        return cls(uri, os.environ.get("NEO4J_USER") or "neo4j", os.environ.get("NEO4J_PASSWORD"),
                   os.environ.get("NEO4J_DATABASE") or None)

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "driver", None) is not None:
            self.driver.close()
            self.driver = None

    def _session(self, write: bool):
        from neo4j import READ_ACCESS, WRITE_ACCESS
        return self.driver.session(database=self.database,
                                   default_access_mode=WRITE_ACCESS if write else READ_ACCESS)

    # -- reading -------------------------------------------------------------------------------
    def query(self, cypher: str, params: dict | None = None, *, read_only: bool = True,
              timeout_ms: int = DEFAULT_TIMEOUT_MS, max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
        """Run Cypher with parameters; refuse writes unless asked; stop at the time and row limits."""
        from neo4j import Query
        params = params or {}
        timeout_s = max(int(timeout_ms), 1) / 1000
        if read_only:
            try:
                check_read_only(cypher)
            except WriteRefused as err:
                raise ReadOnlyRefused(str(err)) from None
        try:
            if not read_only:
                # auto-commit: schema statements and CALL … IN TRANSACTIONS need it
                with self._session(write=True) as session:
                    return _collect(session.run(Query(cypher, timeout=timeout_s), params), max_rows)
            return self._run_read(cypher, params, timeout_s, max_rows)
        except QueryError:
            raise
        except Exception as err:
            from neo4j.exceptions import DriverError, Neo4jError
            if isinstance(err, (Neo4jError, DriverError)):
                raise QueryError(describe_error(err, timeout_ms)) from None
            raise

    def _run_read(self, cypher: str, params: dict, timeout_s: float, max_rows: int) -> QueryResult:
        """The second lock: run only what the server plans as a read (query type ``r``), then roll back."""
        with self._session(write=False) as session:
            with session.begin_transaction(timeout=timeout_s) as tx:
                kind = tx.run(explain_text(cypher), params).consume().query_type
                if kind != "r":
                    raise ReadOnlyRefused(f"refused: Neo4j plans this query as {_KINDS.get(kind, kind)}; "
                                          "the console is read-only")
                result = _collect(tx.run(cypher, params), max_rows)
                tx.rollback()      # a read has nothing to commit; rolling back makes sure of it
                return result

    def counts(self) -> dict[str, dict[str, int]]:
        nodes = {label: self.query(f"MATCH (n:{label}) RETURN count(n) AS c").rows[0]["c"] for label in NODE_TYPES}
        edges = {rel: self.query(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS c").rows[0]["c"] for rel in REL_TYPES}
        return {"nodes": nodes, "edges": edges}

    # -- writing -------------------------------------------------------------------------------
    def create_schema(self) -> None:
        for stmt in schema_statements():
            self.query(stmt, read_only=False, timeout_ms=60_000)

    def _write(self, cypher: str, rows: list[dict]) -> None:
        for batch in chunks(rows):
            with self._session(write=True) as session:
                session.execute_write(lambda tx, b=batch: tx.run(cypher, rows=b).consume())

    def load(self, graph: GraphData) -> None:
        """Write a whole graph (into an empty or an existing database: MERGE by id either way)."""
        self.create_schema()
        self.upsert(graph)

    def upsert(self, graph: GraphData) -> None:
        """Merge a graph in by stable id; edges by (source, type, target), mentions also by span."""
        for label, rows in node_rows(graph).items():
            self._write(merge_nodes_cypher(label), rows)
        known = {n.id for n in graph.nodes.values()}
        outside = {e.source for e in graph.edges.values()} | {e.target for e in graph.edges.values()}
        outside |= {e.target for e in graph.mention_edges()}
        for (rel, src, dst), rows in edge_rows(graph, self._labels_of(sorted(outside - known))).items():
            for qualified, part in qualified_parts(rel, rows):
                self._write(merge_edges_cypher(rel, src, dst, qualified), part)

    def _labels_of(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        rows = self.query("MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels",
                          {"ids": ids}, max_rows=len(ids) * 2 + 1).rows
        found = {r["id"]: _label(r["labels"]) for r in rows}
        missing = [i for i in ids if i not in found]
        if missing:
            raise QueryError(f"no node with id {missing[0]} (and {len(missing) - 1} more)" if len(missing) > 1
                             else f"no node with id {missing[0]}")
        return found

    def prune(self, graph: GraphData) -> dict[str, int]:
        """Delete ontology nodes and edges that are not in ``graph`` (plans removed, facts no longer found)."""
        removed = {"nodes": 0, "edges": 0}
        for label in NODE_TYPES:
            ids = [n.id for n in graph.nodes_of(label)]
            res = self.query(f"MATCH (n:{label}) WHERE NOT n.id IN $ids DETACH DELETE n RETURN count(*) AS c",
                             {"ids": ids}, read_only=False, timeout_ms=600_000)
            removed["nodes"] += res.rows[0]["c"] if res.rows else 0
        def qualifier(edge):
            return edge.props.get(EDGE_QUALIFIERS[edge.type]) if edge.type in EDGE_QUALIFIERS else None

        wanted = {edge_key(e.type, e.source, e.target, e.props.get("start"), e.props.get("end"), qualifier(e))
                  for e in list(graph.edges.values()) + list(graph.mention_edges())}
        for rel in REL_TYPES:
            q = f"r.{EDGE_QUALIFIERS[rel]}" if rel in EDGE_QUALIFIERS else "null"
            rows = self.query(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id AS s, b.id AS d, r.start AS st, "
                              f"r.`end` AS en, {q} AS q, elementId(r) AS eid", max_rows=10**9,
                              timeout_ms=600_000).rows
            stale = [r["eid"] for r in rows
                     if edge_key(rel, r["s"], r["d"], r["st"], r["en"], r["q"]) not in wanted]
            seen: set = set()
            for r in rows:     # duplicates of one key (written by hand or by older code) keep one copy
                k = edge_key(rel, r["s"], r["d"], r["st"], r["en"], r["q"])
                if k in wanted and k in seen:
                    stale.append(r["eid"])
                seen.add(k)
            for batch in chunks(stale):
                self.query("UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r",
                           {"eids": batch}, read_only=False, timeout_ms=600_000)
            removed["edges"] += len(stale)
        return removed

    def run_statements(self, stmts: list[str]) -> int:
        """Run a script's statements: schema ones each on its own (Neo4j wants them so), the rest in one
        write transaction, so a failing statement leaves the data as it was.  Returns how many ran."""
        from graph.neo4j_export import is_neo4j_only
        schema = [s for s in stmts if is_neo4j_only(s)]
        data = [s for s in stmts if not is_neo4j_only(s)]
        for stmt in schema:
            self.query(stmt, read_only=False, timeout_ms=600_000)

        def work(tx) -> None:
            for stmt in data:
                tx.run(stmt).consume()
        try:
            with self._session(write=True) as session:
                session.execute_write(work)
        except Exception as err:
            from neo4j.exceptions import DriverError, Neo4jError
            if isinstance(err, (Neo4jError, DriverError)):
                raise QueryError(describe_error(err, 0)) from None
            raise
        return len(stmts)

    def sync(self, graph: GraphData) -> None:
        """Make the database hold exactly ``graph``: schema, upsert, then prune what is gone."""
        self.load(graph)
        self.prune(graph)


_KINDS = {"rw": "a read-write query", "w": "a write query", "s": "a schema change"}


def _collect(result, max_rows: int) -> QueryResult:
    columns = list(result.keys())
    rows: list[dict] = []
    truncated = False
    for record in result:
        if len(rows) >= max_rows:
            truncated = True
            break
        rows.append({c: to_plain(record[c]) for c in columns})
    return QueryResult(columns, rows, truncated)


def build_neo4j(plans_dir: str | os.PathLike, uri: str, *, show_progress: bool = True, use_cache: bool = True):
    """The pipeline of :func:`graph.build.build` (read, extract, resolve), then a sync into Neo4j.

    Returns a :class:`graph.build.BuildReport` whose ``db`` is the URI.  Nothing is written when no plan
    could be read (``written`` False).  Per-plan extraction is cached in ``build/neo4j.cache``.
    """
    from graph.build import ROOT, BuildReport, PlanCache, Progress, extract_all
    from loaders.read import PlanError, read_plans
    t0 = time.perf_counter()
    report = BuildReport(db=uri)
    store = Neo4jStore.from_env(uri)       # connect first: an unreachable server fails before extraction
    docs, problems = read_plans(plans_dir)
    report.problems.extend(problems)
    progress = Progress(len(docs) + 2, enabled=show_progress)
    graph = GraphData()
    try:
        def failed(doc, err: Exception) -> None:
            report.problems.append(PlanError(doc.path, f"extraction failed: {type(err).__name__}: {err}"))
        cache = PlanCache(Path(ROOT) / "build" / "neo4j") if use_cache else None
        extracted = extract_all(docs, progress, on_error=failed, cache=cache, report=report)
        failed_files = {p.file for p in report.problems}
        report.plans = [d.id for d in docs if str(d.path) not in failed_files]
        if not report.plans:
            # a wrong folder must not empty a good graph
            report.written = False
        else:
            graph = extracted
            store.sync(graph)
            progress.step("loaded Neo4j")
    finally:
        progress.close()
        store.close()
    report.counts = graph.counts()
    report.seconds = time.perf_counter() - t0
    return report
