"""Command line: ``python -m graph build | stats | query | export | eval | train | analyze | validate``.

Exit status 0 on success; 1 on an error or refusal (reason on stderr); 3 when a
build completed but skipped some input (each skipped file named on stderr).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_DB = "build/graph.lbug"
EXIT_ERROR, EXIT_SKIPPED = 1, 3


def default_db() -> str:
    return os.environ.get("PLANGRAPH_DB") or DEFAULT_DB


def fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def parse_params(pairs: list[str] | None) -> dict:
    """``k=v`` pairs; values that parse as JSON numbers/booleans/lists become those."""
    params = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise ValueError(f"--param wants k=v, got {pair!r}")
        k, v = pair.split("=", 1)
        try:
            parsed = json.loads(v)
            params[k] = parsed if isinstance(parsed, (int, float, bool, list)) else v
        except ValueError:
            params[k] = v
    return params


def open_store(args, read_only: bool = True):
    """The backend the arguments name: Neo4j with --neo4j, else the embedded database."""
    if getattr(args, "neo4j", None):
        from graph.neo4j_store import Neo4jStore
        return Neo4jStore.from_env(args.neo4j)
    from graph.store import LadybugStore
    return LadybugStore(args.db, read_only=read_only)


# -- commands -------------------------------------------------------------------------------
def cmd_build(args) -> int:
    if getattr(args, "neo4j", None):
        from graph.neo4j_store import build_neo4j
        report = build_neo4j(args.plans, args.neo4j, show_progress=not args.quiet)
    else:
        from graph.build import build
        report = build(args.plans, args.db, show_progress=not args.quiet, workers=args.workers)
    for problem in report.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    if not report.written:
        return fail(f"no plan in {args.plans} could be read; {report.db} was left as it was")
    counts = report.counts
    reused = f" ({len(report.reused)} unchanged, not re-extracted)" if report.reused else ""
    print(f"built {len(report.plans)} plan(s) into {report.db} in {report.seconds:.2f} s{reused}")
    if report.stages:
        print("stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in report.stages.items()))
    print("nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.get("nodes", {}).items())))
    print("edges: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.get("edges", {}).items())))
    if report.problems:
        print(f"{len(report.problems)} input problem(s); see stderr", file=sys.stderr)
        return EXIT_SKIPPED
    return 0


def cmd_stats(args) -> int:
    with open_store(args) as store:
        counts = store.counts()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False))
        return 0
    for kind in ("nodes", "edges"):
        print(kind)
        for k, v in counts[kind].items():
            print(f"  {k:<14}{v:>8}")
    return 0


def cmd_query(args) -> int:
    from graph.safety import WriteRefused
    from graph.store import QueryError
    params = parse_params(args.param)
    if args.name:
        from queries import load_query
        named = load_query(args.name)
        cypher = named.cypher_for("neo4j" if args.neo4j else "ladybug")
        params = {**named.example_params(), **params}
    elif args.cypher:
        cypher = args.cypher
    else:
        return fail("give a Cypher query or --name NAME")
    try:
        # --write is the explicit request for write access: only then is the database opened writable
        with open_store(args, read_only=not args.write) as store:
            result = store.query(cypher, params, read_only=not args.write, timeout_ms=args.timeout * 1000,
                                 max_rows=args.max_rows)
    except (WriteRefused, QueryError) as err:
        return fail(str(err))
    if args.json:
        print(json.dumps(result.rows, ensure_ascii=False, default=str))
    else:
        print("\t".join(result.columns))
        for row in result.rows:
            print("\t".join(_cell(row[c]) for c in result.columns))
    if result.truncated:
        print(f"stopped: more than {args.max_rows} rows; showing the first {args.max_rows} "
              f"(raise --max-rows or add LIMIT)", file=sys.stderr)
        return EXIT_ERROR
    return 0


def _cell(value) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


def cmd_export(args) -> int:
    from graph.exporters import EXPORTERS, load_plugins
    from graph.readback import load_graph
    load_plugins()
    if args.format not in EXPORTERS:
        return fail(f"unknown format {args.format!r}; known: {', '.join(sorted(EXPORTERS))}")
    with open_store(args) as store:
        graph = load_graph(store)
    kwargs = {}
    if getattr(args, "base", None):  # RDF exporters take a base IRI; the others do not
        import inspect
        if "base" not in inspect.signature(EXPORTERS[args.format]).parameters:
            return fail(f"--base applies to RDF formats only, not {args.format!r}")
        kwargs["base"] = args.base
    paths = EXPORTERS[args.format](graph, Path(args.out), **kwargs)
    for p in paths:
        print(p)
    return 0


def cmd_eval(args) -> int:
    if args.models:     # the extractors (and any worker process) load their models from there
        os.environ["PLANGRAPH_MODELS"] = args.models
    from loaders.evaluate import main as eval_main
    return eval_main(args)


def cmd_train(args) -> int:
    from loaders.learned.train import main as train_main
    return train_main(args)


def cmd_analyze(args) -> int:
    from graph.analytics import main as analyze_main
    return analyze_main(args)


def cmd_validate(args) -> int:
    from graph.rdf import validate_main
    return validate_main(args)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m graph", description="PlanGraph: plans in, a knowledge graph out")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument("--db", default=default_db(), help="embedded database path (env PLANGRAPH_DB; default "
                                                           f"{DEFAULT_DB})")
        p.add_argument("--neo4j", metavar="URI", help="use a Neo4j server (NEO4J_USER/NEO4J_PASSWORD from env)")
        p.set_defaults(func=func)
        return p

    p = command("build", cmd_build, "parse, extract, resolve and load every plan in a folder")
    p.add_argument("--plans", default="data/plans")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes that extract plans (env PLANGRAPH_WORKERS; default: one per core)")
    p = command("stats", cmd_stats, "counts by label and relation type")
    p.add_argument("--json", action="store_true")
    p = command("query", cmd_query, "read-only Cypher, or a named query with --name")
    p.add_argument("cypher", nargs="?")
    p.add_argument("--name", help="a named query from queries/")
    p.add_argument("--param", action="append", metavar="K=V")
    p.add_argument("--json", action="store_true")
    p.add_argument("--write", action="store_true", help="allow writes (off by default)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds (default 10)")
    p.add_argument("--max-rows", type=int, default=5000)
    p = command("export", cmd_export, "export the graph")
    p.add_argument("--format", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--base", help="base IRI for RDF formats")
    p = command("eval", cmd_eval, "precision/recall/F1 of extraction against annotated passages")
    p.add_argument("--gold", default="tests/gold")
    p.add_argument("--plans", default="data/plans")
    p.add_argument("--json", action="store_true")
    p.add_argument("--verbose", "-v", action="store_true", help="list misses and false alarms per passage")
    p.add_argument("--models", metavar="DIR", help="trained models to extract with (default: data/models)")
    p = command("train", cmd_train, "train the learned extractors on the annotated passages")
    p.add_argument("--out", metavar="DIR", help="where to write the models (default: data/models)")
    p.add_argument("--exclude", action="append", metavar="SET", help="leave an annotated set out (repeatable)")
    p = command("analyze", cmd_analyze, "centrality, communities, bridges")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p = command("validate", cmd_validate, "validate an RDF export against the SHACL shapes")
    p.add_argument("file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:   # output piped into `head` and the like: not an error of ours
        sys.stderr.close()
        return 0
    except Exception as err:  # a clear message, not a traceback, for expected failures
        from graph.store import QueryError
        from loaders.read import PlanError
        if isinstance(err, (QueryError, PlanError, FileNotFoundError, ValueError)):
            return fail(str(err))
        raise


if __name__ == "__main__":
    sys.exit(main())
