"""Named-query latency on the bundled graph and on a synthetic graph of 100k nodes.

    python bench/bench_queries.py                    # bundled graph + 100k synthetic nodes, 20 runs a query
    python bench/bench_queries.py --nodes 20000 --runs 10 --json out.json

The large graph is the bundled plans' graph with ``bench_rdf.synthetic_graph(N)`` added beside it,
so every named query still finds its example answers (新城区, 乌素图, 森林覆盖率 …) while scanning
and expanding over N more nodes and 1.2·N more edges.  Both graphs are bulk-loaded into fresh
LadybugDB files; each query runs once to warm up, then ``--runs`` times: p50 and p95 in ms.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_rdf import synthetic_graph  # noqa: E402
from bench.run import bench_queries  # noqa: E402


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--json", type=Path, help="write the results here as JSON")
    args = ap.parse_args(argv)
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, graph in (("bundled", bundled_graph()), (f"synthetic_{args.nodes}", combined(args.nodes))):
            db = Path(tmp) / f"{name}.lbug"
            load_s = load(graph, db)
            counts = graph.counts()
            n_nodes = sum(counts["nodes"].values())
            n_edges = sum(counts["edges"].values())
            print(f"{name}: {n_nodes} nodes, {n_edges} edges, loaded in {load_s:.1f} s", flush=True)
            out[name] = {"nodes": n_nodes, "edges": n_edges, "load_s": round(load_s, 2),
                         "queries": bench_queries(db, runs=args.runs)}
            for q, r in out[name]["queries"].items():
                print(f"  {q:<22} " + (f"p50 {r['p50_ms']:>8.2f} ms  p95 {r['p95_ms']:>8.2f} ms" if "p50_ms" in r
                                        else f"error: {r['error']}"), flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
