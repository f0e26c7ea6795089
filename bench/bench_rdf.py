"""RDF export throughput: pyoxigraph vs rdflib serialisation on a synthetic 100k-node graph.

    python bench/bench_rdf.py                      # 100k nodes; 3 runs (rdflib 1), Turtle and N-Triples
    python bench/bench_rdf.py --nodes 20000 --runs 5 --formats ttl,nt,jsonld --json out.json

Each run maps the GraphData to triples and writes one file (map + convert + serialise,
end to end, as `export` does).  Reports triples per second, the median over runs, per
engine and format, and checks that both engines wrote the same triples (parsed back with
pyoxigraph and compared as sets of N-Triples lines).  graph.rdf.serialize.DEFAULT_ENGINE
should name the faster one.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.model import Evidence, GraphData  # noqa: E402

MIX = {"Place": 0.18, "Project": 0.25, "Industry": 0.05, "Goal": 0.07, "Indicator": 0.05, "Organization": 0.25,
       "Policy": 0.05, "Section": 0.10}
SENTENCE = "到2025年，{a}位于{b}，支撑“{c}”发展；引号\"与\\反斜杠。"


def synthetic_graph(n_nodes: int = 100_000, seed: int = 2021) -> GraphData:
    """A graph of about ``n_nodes`` nodes shaped like a build: plans, sections, entities with mentions,
    every relation type with evidence (deterministic for a seed)."""
    rnd = random.Random(seed)
    g = GraphData()
    n_plans = max(1, n_nodes // 1000)
    plans = [g.add_node("Plan", f"规划{i}", node_id=f"plan-{i:05d}",
                        props={"title": f"合成规划{i}", "place": "回民区", "year": 2021, "period": "2021-2025",
                               "kind": "plan", "file": f"p{i}.txt", "sha256": "0" * 64}).id for i in range(n_plans)]
    by_label: dict[str, list[str]] = {k: [] for k in MIX}
    for label, share in MIX.items():
        for i in range(int(n_nodes * share)):
            if label == "Section":
                plan = plans[i % n_plans]
                nid = f"{plan}/第{i}节"
                g.add_node("Section", f"第{i}节", node_id=nid, props={
                    "plan": plan, "kind": "section", "path": f"第{i}节", "title": f"节{i}", "ordinal": i,
                    "level": 2, "start": i * 10, "end": i * 10 + 500})
                g.add_edge(nid, plan, "PART_OF")
                by_label["Section"].append(nid)
                continue
            props = {"Place": {"kind": "village", "lat": 40 + rnd.random(), "lon": 111 + rnd.random()},
                     "Project": {"box": "专栏1", "status": "planned"}, "Industry": {"category": "服务业"},
                     "Goal": {"horizon": 2035, "kind": "发展目标"}, "Indicator": {"unit": "%", "category": "绿色"},
                     "Organization": {"kind": "enterprise"}, "Policy": {"kind": "programme"}}[label]
            node = g.add_node(label, f"{label}合成{i}号", props=props,
                              aliases=[f"别名{i}"] if i % 7 == 0 else ())
            by_label[label].append(node.id)
    sections = by_label["Section"]

    def ev(a: str, b: str) -> Evidence:
        sec = rnd.choice(sections)
        text = SENTENCE.format(a=a, b=b, c="生态")
        start = rnd.randrange(0, 200_000)
        return Evidence(g.nodes[sec].props["plan"], sec, start, start + len(text), text)

    for label, ids in by_label.items():
        if label == "Section":
            continue
        for nid in ids:
            g.nodes[nid].add_mention(ev(g.nodes[nid].name, ""))
    rels = [("LOCATED_IN", "Project", "Place"), ("LOCATED_IN", "Organization", "Place"),
            ("LOCATED_IN", "Place", "Place"), ("SUPPORTS", "Project", "Industry"), ("SUPPORTS", "Policy", "Goal"),
            ("SUPPORTS", "Organization", "Industry"), ("INVOLVES", "Project", "Organization"),
            ("TARGETS", "Goal", "Indicator"), ("COVERS", "Plan", "Place")]
    n_edges = int(n_nodes * 1.2)
    for _ in range(n_edges):
        rel, s_label, t_label = rnd.choice(rels)
        src = rnd.choice(plans if s_label == "Plan" else by_label[s_label])
        dst = rnd.choice(by_label[t_label])
        if src == dst:
            continue
        props = ({"target": "41%", "target_value": round(rnd.uniform(1, 99), 1), "comparator": "≥",
                  "target_year": 2025, "attribute": "约束性", "unit": "%"} if rel == "TARGETS" else None)
        g.add_edge(src, dst, rel, evidence=ev(g.nodes[src].name, g.nodes[dst].name), props=props,
                   extractor="synthetic", confidence=round(rnd.uniform(0.5, 1.0), 2))
    return g


def run_once(graph: GraphData, fmt: str, engine: str, out: Path) -> tuple[float, int]:
    from graph.rdf import export_rdf
    t0 = time.perf_counter()
    export_rdf(graph, out, fmt, engine=engine, issued="2026-01-01")
    seconds = time.perf_counter() - t0
    return seconds, out.stat().st_size


XSD_DOUBLE = "http://www.w3.org/2001/XMLSchema#double"


def ntriples_set(path: Path, fmt: str) -> set[str]:
    """The file's triples as N-Triples lines; xsd:double literals compared by value (rdflib's Turtle
    writer abbreviates 0.88 as 8.8e-01: the same number, another lexical form)."""
    import pyoxigraph as ox
    kind = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    out = set()
    with path.open("rb") as fh:
        for t in ox.parse(fh, kind):
            o = t.object
            if isinstance(o, ox.Literal) and o.datatype.value == XSD_DOUBLE:
                out.add(f"{t.subject} {t.predicate} {float(o.value)!r}")
            else:
                out.add(str(t))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--formats", default="ttl,nt")
    ap.add_argument("--engines", default="oxigraph,rdflib")
    ap.add_argument("--rdflib-runs", type=int, default=1,
                    help="runs for rdflib (minutes per run at 100k nodes; default 1)")
    ap.add_argument("--json", type=Path, help="write results here as JSON")
    args = ap.parse_args(argv)
    from graph.rdf.mapping import graph_triples
    from graph.rdf.serialize import DEFAULT_ENGINE

    t0 = time.perf_counter()
    graph = synthetic_graph(args.nodes)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_triples = sum(1 for _ in graph_triples(graph, issued="2026-01-01"))
    map_s = time.perf_counter() - t0
    print(f"synthetic graph: {len(graph.nodes)} nodes, {len(graph.edges)} edges, {n_triples} triples "
          f"(built in {build_s:.1f} s; mapping alone {n_triples / map_s:,.0f} triples/s)")
    results = {"nodes": len(graph.nodes), "edges": len(graph.edges), "triples": n_triples,
               "mapping_triples_per_s": n_triples / map_s, "runs": args.runs, "default_engine": DEFAULT_ENGINE,
               "results": []}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            written = {}
            for engine in args.engines.split(","):
                out = Path(tmp) / f"{engine}.{fmt}"
                times = []
                for _ in range(args.rdflib_runs if engine == "rdflib" else args.runs):
                    seconds, size = run_once(graph, fmt, engine, out)
                    times.append(seconds)
                med = statistics.median(times)
                row = {"format": fmt, "engine": engine, "median_s": med, "min_s": min(times),
                       "triples_per_s": n_triples / med, "bytes": size}
                results["results"].append(row)
                print(f"{fmt:6} {engine:9} median {med:7.2f} s  {n_triples / med:12,.0f} triples/s  "
                      f"({size / 1e6:.1f} MB, runs: {', '.join(f'{t:.2f}' for t in times)})")
                written[engine] = ntriples_set(out, fmt)
            same = len({frozenset(v) for v in written.values()}) == 1
            results.setdefault("same_triples", {})[fmt] = same
            print(f"{fmt:6} engines wrote the same triples: {same}")
            if not same:
                diff = sorted(set.union(*written.values()) - set.intersection(*written.values()))[:2]
                print(f"{fmt:6}   e.g. {diff}")
    fastest = {}
    for fmt in args.formats.split(","):
        rows = [r for r in results["results"] if r["format"] == fmt]
        fastest[fmt] = max(rows, key=lambda r: r["triples_per_s"])["engine"]
    results["fastest"] = fastest
    print(f"fastest: {fastest}; default engine: {DEFAULT_ENGINE}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
