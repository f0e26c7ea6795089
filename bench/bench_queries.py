"""Named-query latency on the bundled graph and on a synthetic graph of 100k nodes, or on a given database.

    python bench/bench_queries.py                    # bundled graph + 100k synthetic nodes, 20 runs a query
    python bench/bench_queries.py --nodes 20000 --runs 10 --json out.json
    python bench/bench_queries.py --db /tmp/q/c100.lbug --runs 10 --busiest   # a built database, as it is
    python bench/bench_queries.py --db build/graph.lbug --only neighbourhood --param neighbourhood:depth=3
    python bench/bench_queries.py --db /tmp/q/c100.lbug --queries-dir tests/queries_before   # the old texts

The large graph is the bundled plans' graph with ``bench_rdf.synthetic_graph(N)`` added beside it,
so every named query still finds its example answers (新城区, 乌素图, 森林覆盖率 …) while scanning
and expanding over N more nodes and 1.2·N more edges.  Both graphs are bulk-loaded into fresh
LadybugDB files; each query runs once to warm up, then ``--runs`` times: p50 and p95 in ms.

With ``--db`` the database is opened read-only and nothing is built.  ``--busiest`` runs every query a
second time with realistic worst-case parameters found in that database (the place most is located in,
the plan with the most mentions, the most connected entity …; see :func:`busiest_params`).
A query that fails or passes ``--timeout-ms`` is reported with its error, not a crash.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_rdf import synthetic_graph  # noqa: E402


def bundled_graph():
    """The bundled plans extracted in memory (the same graph `python -m graph build` loads)."""
    from graph.build import extract_all
    from loaders.read import read_plans
    docs, _ = read_plans(ROOT / "data" / "plans")
    return extract_all(docs)


def combined(n_nodes: int):
    """The bundled graph plus ``n_nodes`` synthetic ones (disjoint ids)."""
    graph = bundled_graph()
    extra = synthetic_graph(n_nodes)
    graph.nodes.update(extra.nodes)
    graph.edges.update(extra.edges)
    return graph


def load(graph, path: Path) -> float:
    from graph.store import LadybugStore
    t0 = time.perf_counter()
    with LadybugStore.create(path) as store:
        store.load(graph)
    return time.perf_counter() - t0


def p95(xs: list[float]) -> float:
    ordered = sorted(xs)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


#: the example parameters' worst cases: Cypher returning one value, asked of the database being measured
_BUSIEST = {
    # the place with the most LOCATED_IN arriving (a district with its villages, projects, goals)
    "place": "MATCH (p:Place)<-[:LOCATED_IN]-() RETURN p.name AS v, count(*) AS c ORDER BY c DESC, v LIMIT 1",
    "place2": "MATCH (p:Place)<-[:LOCATED_IN]-() RETURN p.name AS v, count(*) AS c ORDER BY c DESC, v SKIP 1 LIMIT 1",
    # the plan with the most sections
    "plan": "MATCH (s:Section) RETURN s.plan AS v, count(*) AS c ORDER BY c DESC, v LIMIT 1",
    "plan2": "MATCH (s:Section) RETURN s.plan AS v, count(*) AS c ORDER BY c DESC, v SKIP 1 LIMIT 1",
    # the entity with the most relations (neighbourhood grows fastest from it)
    "entity": "MATCH (n)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]-() WHERE label(n) <> 'Plan' "
              "RETURN n.name AS v, count(*) AS c ORDER BY c DESC, v LIMIT 1",
    "indicator": "MATCH ()-[:TARGETS]->(i:Indicator) RETURN i.name AS v, count(*) AS c ORDER BY c DESC, v LIMIT 1",
    "project": "MATCH (p:Project)-[:SUPPORTS|LOCATED_IN]->() RETURN p.name AS v, count(*) AS c "
               "ORDER BY c DESC, v LIMIT 1",
    "goal": "MATCH ()-[:SUPPORTS]->(g:Goal|Industry) RETURN g.name AS v, count(*) AS c ORDER BY c DESC, v LIMIT 1",
    # the chapter (a section right under its plan) with the most sub-sections
    "section": "MATCH (:Section)-[:PART_OF]->(s:Section)-[:PART_OF]->(:Plan) RETURN s.id AS v, count(*) AS c "
               "ORDER BY c DESC, v LIMIT 1",
}
#: query parameter -> which busiest value it takes
_ROLE = {"place": "place", "place_a": "place", "place_b": "place2", "plan_a": "plan", "plan_b": "plan2",
         "name": "entity", "source": "entity", "indicator": "indicator", "project": "project", "goal": "goal",
         "section": "section", "q": "entity"}


def busiest_params(store) -> dict[str, dict]:
    """query name -> its example parameters with each name replaced by the busiest one in ``store``
    (`neighbourhood` gets depth 3; `shortest_path` goes from the busiest entity to the example target)."""
    from queries import list_queries, load_query
    values = {}
    for role, cypher in _BUSIEST.items():
        rows = store.query(cypher, timeout_ms=60_000).rows
        if rows:
            values[role] = rows[0]["v"]
    out = {}
    for name in list_queries():
        params = load_query(name).example_params()
        for p in params:
            if _ROLE.get(p) in values:
                params[p] = values[_ROLE[p]]
        if "depth" in params:
            params["depth"] = 3
        out[name] = params
    return out


def bench_queries(db: Path, runs: int = 20, *, only: list[str] | None = None, params: dict | None = None,
                  queries_dir: Path | None = None, timeout_ms: int = 10_000) -> dict:
    """Each named query (with its example parameters, or ``params[name]``): p50/p95 ms, rows, or its error."""
    from graph.store import LadybugStore
    from queries import list_queries, load_query, parse_query

    def get(name):
        if queries_dir is None:
            return load_query(name)
        path = queries_dir / f"{name}.cypher"
        return parse_query(name, path.read_text(encoding="utf-8"), path)

    names = list_queries() if queries_dir is None else sorted(p.stem for p in queries_dir.glob("*.cypher"))
    out = {}
    with LadybugStore(db) as store:
        for name in names:
            if only and name not in only:
                continue
            q = get(name)
            cypher = q.cypher_for("ladybug")
            args = (params or {}).get(name, q.example_params())
            lat: list[float] = []
            try:
                n_rows = len(store.query(cypher, args, timeout_ms=timeout_ms).rows)   # warm-up
                for _ in range(runs):
                    t0 = time.perf_counter()
                    store.query(cypher, args, timeout_ms=timeout_ms)
                    lat.append((time.perf_counter() - t0) * 1000)
            except Exception as err:    # a query that fails at scale is a finding, not a crash
                out[name] = {"error": str(err)[:200], "params": args}
                continue
            out[name] = {"p50_ms": round(statistics.median(lat), 2), "p95_ms": round(p95(lat), 2),
                         "rows": n_rows, "params": args}
    return out


def show(results: dict) -> None:
    for q, r in results.items():
        print(f"  {q:<22} " + (f"p50 {r['p50_ms']:>8.2f} ms  p95 {r['p95_ms']:>8.2f} ms  rows {r['rows']:>5}"
                                if "p50_ms" in r else f"error: {r['error']}"), flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--db", type=Path, help="measure this built database (read-only) instead of building graphs")
    ap.add_argument("--busiest", action="store_true",
                    help="with --db: also run each query with the busiest parameters found in the database")
    ap.add_argument("--only", action="append", help="only this query (repeatable)")
    ap.add_argument("--param", action="append", default=[], metavar="QUERY:NAME=VALUE",
                    help="override one parameter of one query (repeatable); numbers are parsed")
    ap.add_argument("--queries-dir", type=Path, help="read the .cypher files from here (e.g. the old texts)")
    ap.add_argument("--timeout-ms", type=int, default=10_000)
    ap.add_argument("--json", type=Path, help="write the results here as JSON")
    args = ap.parse_args(argv)
    overrides: dict[str, dict] = {}
    for item in args.param:
        qname, _, kv = item.partition(":")
        key, _, value = kv.partition("=")
        from queries import _example
        overrides.setdefault(qname, {})[key] = _example(value)

    def with_overrides(base: dict | None) -> dict:
        from queries import list_queries, load_query
        out = {}
        for name in list_queries():
            p = dict((base or {}).get(name) or load_query(name).example_params())
            p.update(overrides.get(name, {}))
            out[name] = p
        return out

    kw = dict(only=args.only, queries_dir=args.queries_dir, timeout_ms=args.timeout_ms)
    out: dict = {}
    if args.db:
        from graph.store import LadybugStore
        print(f"{args.db}: example parameters", flush=True)
        out["example"] = {"queries": bench_queries(args.db, args.runs, params=with_overrides(None), **kw)}
        show(out["example"]["queries"])
        if args.busiest:
            with LadybugStore(args.db) as store:
                busy = busiest_params(store)
            print(f"{args.db}: busiest parameters", flush=True)
            out["busiest"] = {"queries": bench_queries(args.db, args.runs, params=with_overrides(busy), **kw)}
            show(out["busiest"]["queries"])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for name, graph in (("bundled", bundled_graph()), (f"synthetic_{args.nodes}", combined(args.nodes))):
                db = Path(tmp) / f"{name}.lbug"
                load_s = load(graph, db)
                counts = graph.counts()
                n_nodes = sum(counts["nodes"].values())
                n_edges = sum(counts["edges"].values())
                print(f"{name}: {n_nodes} nodes, {n_edges} edges, loaded in {load_s:.1f} s", flush=True)
                out[name] = {"nodes": n_nodes, "edges": n_edges, "load_s": round(load_s, 2),
                             "queries": bench_queries(db, args.runs, params=with_overrides(None), **kw)}
                show(out[name]["queries"])
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
