"""One benchmark command: how fast PlanGraph is, and how far it goes.

    python -m bench.run                       # scales 10 and 100, 3 repeats (about 10 minutes)
    python -m bench.run --scales 10,100,1000  # the full run (1000 plans ≈ 100 MB of text)

For each scale N of synthetic plans (bench/corpus.py) it measures, as medians over
repeats: parse + extract throughput (MB/s, documents/s) and its ratio to jieba's own
segmentation of the same text; load throughput into LadybugDB by bulk COPY and, for
comparison, by MERGE batches (the incremental path); the end-to-end ``python -m graph
build`` time and its peak memory; each named query's latency (p50, p95).  Then the
bundled plans' build time, RDF export throughput and the explorer's first-render time
(from bench/bench_rdf.py and bench/bench_app.py when present).  Results go to
BENCHMARKS.md (with the machine described and this command) and bench/results.json.
Targets are reported, never asserted: these machines are shared and noisy.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from bench.memory import PeakMemory  # noqa: E402

TARGETS = {
    "bundled_build_s": 3.0,
    "build_1000_s": 600.0,
    "peak_rss_1000_mb": 4096.0,
    "query_p95_1000_ms": 100.0,
    "extract_vs_jieba_ratio": 3.0,
}


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def p95(xs: list[float]) -> float:
    if not xs:
        return float("nan")
    ordered = sorted(xs)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def timed(fn, repeats: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return times, result


# -- stages -------------------------------------------------------------------------------------
def bench_extract(plans: Path, repeats: int) -> dict:
    """Read + segment + extract + resolve in-process (no cache), and jieba over the same text."""
    import jieba

    from graph.build import extract_all
    from loaders.read import read_plans

    docs, _ = read_plans(plans)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    cpu = []

    def run():
        before = _cpu_seconds()
        graph = extract_all(docs, None)
        cpu.append(_cpu_seconds() - before)     # the workers' CPU too (they are reaped by then)
        return graph
    times, graph = timed(run, repeats)
    jieba.initialize()
    t0 = time.perf_counter()
    for d in docs:
        jieba.lcut(d.text)
    jieba_s = time.perf_counter() - t0
    counts = graph.counts()
    med = median(times)
    from graph.build import worker_count
    return {"documents": len(docs), "mb": round(mb, 2), "extract_s": round(med, 3),
            "extract_cpu_s": round(median(cpu), 3), "workers": worker_count(),
            "extract_mb_per_s": round(mb / med, 3), "documents_per_s": round(len(docs) / med, 2),
            "jieba_s": round(jieba_s, 3), "extract_vs_jieba_ratio": round(med / jieba_s, 2),
            "extract_cpu_vs_jieba_ratio": round(median(cpu) / jieba_s, 2),
            "nodes": sum(counts["nodes"].values()), "edges": sum(counts["edges"].values()), "_graph": graph}


def _cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def bench_load(graph, repeats: int, merge: bool) -> dict:
    """Bulk COPY into a fresh database vs MERGE batches (the incremental path)."""
    from graph.store import LadybugStore

    items = len(graph.nodes) + len(graph.edges) + sum(1 for _ in graph.mention_edges())
    out: dict = {"items": items}
    with tempfile.TemporaryDirectory() as tmp:
        def copy_load(i=[0]):
            i[0] += 1
            with LadybugStore.create(Path(tmp) / f"copy{i[0]}.lbug") as s:
                s.load(graph)
        times, _ = timed(copy_load, repeats)
        out["copy_s"] = round(median(times), 3)
        out["copy_items_per_s"] = round(items / median(times))
        if merge:
            def merge_load(i=[0]):
                i[0] += 1
                with LadybugStore.create(Path(tmp) / f"merge{i[0]}.lbug") as s:
                    s.upsert(graph)
            times, _ = timed(merge_load, 1)
            out["merge_s"] = round(median(times), 3)
            out["merge_items_per_s"] = round(items / median(times))
            out["copy_speedup"] = round(out["merge_s"] / out["copy_s"], 1)
    return out


def bench_build(plans: Path, repeats: int) -> dict:
    """``python -m graph build`` end to end in a subprocess (fresh database, no cache), with peak RSS."""
    secs, rss = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            db = Path(tmp) / f"g{i}.lbug"
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "graph", "build", "--plans", str(plans), "--db",
                                     str(db), "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE)
            # the build and its extraction workers together (bench/memory.py says why PSS)
            with PeakMemory(proc.pid) as peak:
                _, status, usage = os.wait4(proc.pid, 0)
            secs.append(time.perf_counter() - t0)
            rss.append(peak.mb or usage.ru_maxrss / 1024)   # ru_maxrss: one process, if /proc is unreadable
            code = os.waitstatus_to_exitcode(status)
            if code not in (0, 3):
                raise RuntimeError(f"build failed ({code}): {proc.stderr.read().decode()[-2000:]}")
            proc.returncode = code
            proc.stderr.close()
            keep = Path(tmp) / "kept.lbug"
            if i == repeats - 1:
                shutil.copy(db, keep)
        out = {"build_s": round(median(secs), 2), "build_s_runs": [round(s, 2) for s in secs],
               "peak_rss_mb": round(max(rss))}
        out["_db_bytes"] = (Path(tmp) / "kept.lbug").stat().st_size
        out["queries"] = bench_queries(Path(tmp) / "kept.lbug")
    return out


def bench_queries(db: Path, runs: int = 20) -> dict:
    """Each named query with its example parameters: p50 and p95 latency in milliseconds."""
    try:
        from queries import list_queries, load_query
    except ImportError:
        return {}
    from graph.store import LadybugStore
    out = {}
    with LadybugStore(db) as store:
        for name in list_queries():
            q = load_query(name)
            cypher, params = q.cypher_for("ladybug"), q.example_params()
            lat = []
            try:
                store.query(cypher, params)            # warm-up
                for _ in range(runs):
                    t0 = time.perf_counter()
                    store.query(cypher, params)
                    lat.append((time.perf_counter() - t0) * 1000)
            except Exception as err:    # a query that fails at scale is a finding, not a crash
                out[name] = {"error": str(err)[:200]}
                continue
            out[name] = {"p50_ms": round(median(lat), 2), "p95_ms": round(p95(lat), 2)}
    return out


def bench_helper(script: str, args: list[str]) -> dict:
    """Run bench/<script>.py --json FILE if it exists and return what it wrote."""
    path = ROOT / "bench" / f"{script}.py"
    if not path.exists():
        return {"skipped": f"bench/{script}.py not present"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        r = subprocess.run([sys.executable, str(path), "--json", str(out), *args], cwd=ROOT, capture_output=True,
                           text=True, timeout=3600)
        if r.returncode != 0 or not out.exists():
            return {"error": (r.stderr or r.stdout)[-800:]}
        return json.loads(out.read_text())


# -- report -------------------------------------------------------------------------------------
def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0.0
    try:
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    except (OSError, ValueError, IndexError):
        pass
    import ladybug
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem, 1), "python": platform.python_version(),
            "os": platform.platform(), "ladybug": getattr(ladybug, "__version__", "?")}


def write_markdown(results: dict, path: Path, command: str) -> None:
    m = results["machine"]
    lines = ["# Benchmarks", "",
             f"Produced by `{command}` on {results['date']}.", "",
             f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM, Python {m['python']}, "
             f"LadybugDB {m['ladybug']}, {m['os']}. Shared and noisy: figures are medians over "
             f"{results['repeats']} runs (one run where noted); targets are reported, not asserted.", "",
             "## Bundled plans (data/plans, 5 documents)", ""]
    b = results.get("bundled", {})
    if b:
        lines += [f"- end-to-end build: **{b['build_s']} s** median (runs {b['build_s_runs']}; target < "
                  f"{TARGETS['bundled_build_s']} s: {'met' if b['build_s'] < TARGETS['bundled_build_s'] else 'MISSED'})",
                  f"- peak memory of the build process: {b['peak_rss_mb']} MB", ""]
    first = next(iter(results["scales"].values()), {}).get("extract", {})
    lines += ["## Synthetic corpus (bench/corpus.py, fixed seed)", "",
              f"Extraction runs in {first.get('workers', 1)} worker process(es). \"wall\" divides its elapsed time "
              "by that of jieba.lcut over the same text in one process; \"CPU\" divides the CPU time of the "
              "parent and its workers by it. Peak memory is the build process and its workers together (PSS "
              "sampled every 0.1 s, bench/memory.py).", "",
              "| plans | MB | extract MB/s | docs/s | extract ÷ jieba (wall) | extract ÷ jieba (CPU) | nodes | edges "
              "| COPY items/s | MERGE items/s | COPY speed-up | build s | peak memory MB |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for n, r in sorted(results["scales"].items(), key=lambda kv: int(kv[0])):
        e, ld, bd = r["extract"], r["load"], r["build"]
        lines.append(f"| {n} | {e['mb']} | {e['extract_mb_per_s']} | {e['documents_per_s']} | "
                     f"{e['extract_vs_jieba_ratio']}× | {e.get('extract_cpu_vs_jieba_ratio', '—')}× | "
                     f"{e['nodes']} | {e['edges']} | {ld['copy_items_per_s']} | "
                     f"{ld.get('merge_items_per_s', '—')} | {ld.get('copy_speedup', '—')}"
                     f"{'×' if 'copy_speedup' in ld else ''} | {bd['build_s']} | {bd['peak_rss_mb']} |")
    lines += ["", "## Named queries (p50 / p95 ms, example parameters)", ""]
    scales = sorted(results["scales"], key=int)
    names = sorted({q for n in scales for q in results["scales"][n]["build"].get("queries", {})})
    if names:
        lines += ["| query | " + " | ".join(f"{n} plans" for n in scales) + " |",
                  "|---|" + "---|" * len(scales)]
        for q in names:
            cells = []
            for n in scales:
                v = results["scales"][n]["build"]["queries"].get(q, {})
                cells.append(f"{v['p50_ms']} / {v['p95_ms']}" if "p50_ms" in v else v.get("error", "—")[:40])
            lines.append(f"| {q} | " + " | ".join(cells) + " |")
    else:
        lines.append("(no named queries found)")
    big = results.get("queries_100k") or {}
    graphs = [k for k in big if isinstance(big[k], dict) and "queries" in big[k]]
    if graphs:
        lines += ["", "## Named queries on the bundled graph and with 100k synthetic nodes added "
                  "(bench/bench_queries.py; p50 / p95 ms)", "",
                  "| query | " + " | ".join(f"{g} ({big[g]['nodes']} nodes, {big[g]['edges']} edges)" for g in graphs)
                  + " |", "|---|" + "---|" * len(graphs)]
        for q in sorted({q for g in graphs for q in big[g]["queries"]}):
            cells = []
            for g in graphs:
                v = big[g]["queries"].get(q, {})
                cells.append(f"{v['p50_ms']} / {v['p95_ms']}" if "p50_ms" in v else v.get("error", "—")[:40])
            lines.append(f"| {q} | " + " | ".join(cells) + " |")
    elif big:
        lines += ["", "## Named queries with 100k synthetic nodes", "", f"not measured: {big}"]
    for title, key in (("RDF export", "rdf"), ("Explorer first render", "app")):
        lines += ["", f"## {title}", "", "```", json.dumps(results.get(key, {}), ensure_ascii=False, indent=1),
                  "```"]
    lines += ["", "## Targets", ""]
    for line in results.get("verdicts", []):
        lines.append(f"- {line}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def verdicts(results: dict) -> list[str]:
    out = []
    b = results.get("bundled")
    if b:
        ok = b["build_s"] < TARGETS["bundled_build_s"]
        out.append(f"bundled plans built in {b['build_s']} s (target < 3 s): {'met' if ok else 'missed'}")
    big = results["scales"].get("1000")
    if big:
        out.append(f"1000 plans built in {big['build']['build_s']} s (target < 600 s): "
                   f"{'met' if big['build']['build_s'] < 600 else 'missed'}")
        out.append(f"peak memory at 1000 plans {big['build']['peak_rss_mb']} MB (target < 4096 MB): "
                   f"{'met' if big['build']['peak_rss_mb'] < 4096 else 'missed'}")
        worst = max((v.get("p95_ms", 0) for v in big["build"].get("queries", {}).values()), default=0)
        out.append(f"slowest named query p95 at 1000 plans {worst} ms (target < 100 ms): "
                   f"{'met' if worst < 100 else 'missed'}")
    else:
        out.append("1000-plan targets not measured in this run (pass --scales 10,100,1000)")
    big = results.get("queries_100k") or {}
    for g, r in big.items():
        if isinstance(r, dict) and r.get("queries") and g != "bundled":
            worst = max((v.get("p95_ms", 0) for v in r["queries"].values()), default=0)
            out.append(f"slowest named query p95 with {r['nodes']} nodes {worst} ms (target < 100 ms): "
                       f"{'met' if worst < 100 else 'missed'}")
    for n, r in results["scales"].items():
        e = r["extract"]
        ratio = e["extract_vs_jieba_ratio"]
        out.append(f"extraction at {n} plans takes {ratio}× jieba's segmentation time with {e.get('workers', 1)} "
                   f"worker(s) (target ≤ 3×): {'met' if ratio <= 3 else 'missed'}; in CPU time "
                   f"{e.get('extract_cpu_vs_jieba_ratio', '?')}×")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="PlanGraph benchmarks → BENCHMARKS.md")
    ap.add_argument("--scales", default="10,100", help="comma-separated corpus sizes (default 10,100)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--corpus-dir", type=Path, default=ROOT / "build" / "corpus")
    ap.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    ap.add_argument("--skip-helpers", action="store_true", help="skip the RDF and explorer benchmarks")
    args = ap.parse_args(argv)
    command = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    results: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine(),
                     "repeats": args.repeats, "scales": {}}
    print(f"bundled plans: build × {args.repeats}", flush=True)
    results["bundled"] = bench_build(ROOT / "data" / "plans", args.repeats)
    for n in [int(x) for x in args.scales.split(",") if x.strip()]:
        reps = args.repeats if n < 1000 else 1
        plans = write_corpus(n, args.corpus_dir / str(n))
        print(f"{n} plans: extract × {reps}", flush=True)
        extract = bench_extract(plans, reps)
        graph = extract.pop("_graph")
        print(f"{n} plans: load (COPY{' and MERGE' if n <= 10 else ''})", flush=True)
        load = bench_load(graph, reps, merge=n <= 10)
        del graph
        print(f"{n} plans: end-to-end build × {reps} and named queries", flush=True)
        results["scales"][str(n)] = {"extract": extract, "load": load, "build": bench_build(plans, reps)}
    if not args.skip_helpers:
        print("RDF export and explorer first render", flush=True)
        results["rdf"] = bench_helper("bench_rdf", [])
        results["app"] = bench_helper("bench_app", [])
        print("named queries on the bundled graph and on 100k synthetic nodes", flush=True)
        results["queries_100k"] = bench_helper("bench_queries", [])
    results["verdicts"] = verdicts(results)
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str),
                                                 encoding="utf-8")
    write_markdown(results, args.out, command)
    print("\n".join(results["verdicts"]))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
