"""Time from opening the explorer to the first graph drawn (median over several runs), with Playwright.

    python bench/bench_app.py                       # database: env PLANGRAPH_DB, else build/graph.lbug
    python bench/bench_app.py --db build/graph.lbug --runs 7 --json build/bench_app.json

One ``streamlit run app.py`` server is started headless on a free port; each run opens a fresh browser
context on a deep link to an entity page (``?entity=<id>``, by default the entity with the most
relations) and stops the clock when Cytoscape, inside the st-link-analysis iframe, holds the
neighbourhood's nodes with positions.  The first run includes the server's cold start (reading the
graph into its cache); the median is over all runs, and the warm median over the runs after the first.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DRAWN = """() => [...document.querySelectorAll('iframe')].some(f => {
    try { const cy = f.contentDocument?.getElementById('cy')?._cyreg?.cy;
          return !!cy && cy.nodes().length > 0 && cy.nodes().every(n => n.renderedPosition().x !== undefined)
                 && f.getBoundingClientRect().height > 50; }
    catch (e) { return false; } })"""


def busiest_entity(db: Path) -> tuple[str, str]:
    """(id, name) of the entity with the most relations, else any plan."""
    from graph.store import LadybugStore
    with LadybugStore(db) as s:
        rows = s.query("MATCH (n)-[r]-(m) WHERE label(r) <> 'MENTIONED_IN' AND label(r) <> 'PART_OF' "
                       "RETURN n.id AS id, n.name AS name, count(r) AS c ORDER BY c DESC, id LIMIT 1").rows
        if not rows:
            rows = s.query("MATCH (n:Plan) RETURN n.id AS id, n.name AS name ORDER BY id LIMIT 1").rows
    return rows[0]["id"], rows[0]["name"]


def main(argv: list[str] | None = None) -> int:
    from graph.__main__ import default_db
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default=default_db())
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--entity", help="entity id to open (default: the one with the most relations)")
    ap.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    ap.add_argument("--chromium", default=CHROMIUM)
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from explorer.server import serve
    db = Path(args.db).resolve()
    entity, name = (args.entity, args.entity) if args.entity else busiest_entity(db)
    times: list[float] = []
    t_server = time.perf_counter()
    with serve(db) as url, sync_playwright() as p:
        server_s = time.perf_counter() - t_server
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS, headless=True)
        for i in range(args.runs):
            ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = ctx.new_page()
            t0 = time.perf_counter()
            page.goto(f"{url}/?entity={entity}")
            page.wait_for_function(DRAWN, timeout=120_000, polling=50)
            times.append(time.perf_counter() - t0)
            ctx.close()
            print(f"run {i + 1}: {times[-1]:.3f} s", file=sys.stderr)
        browser.close()
    result = {
        "benchmark": "explorer: open ?entity=<id> to first graph drawn",
        "db": str(db), "entity": entity, "entity_name": name, "runs": len(times),
        "seconds": [round(t, 4) for t in times],
        "median_s": round(statistics.median(times), 4),
        "first_s": round(times[0], 4),
        "warm_median_s": round(statistics.median(times[1:]), 4) if len(times) > 1 else None,
        "server_start_s": round(server_s, 3),
    }
    print(f"first graph drawn: median {result['median_s']:.3f} s over {len(times)} runs "
          f"(first {result['first_s']:.3f} s, warm median {result['warm_median_s'] or 0:.3f} s; "
          f"entity {name}; server start {server_s:.2f} s)")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
