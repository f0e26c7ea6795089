"""Build a database from a plans folder, atomically.

The new database is written beside the current one (``<db>.building-<pid>``),
checkpointed and closed, and only then renamed over it.  A build that fails or
is killed at any point leaves the previous database as it was; readers that
have the old file open keep reading it until they reopen.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing
import os
import pickle
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from graph.model import GraphData
from graph.store import LadybugStore
from graph.mentions import MentionCounts, add_counts, remapped, split_mentions
from loaders.pipeline import plan_graph
from loaders.resolve import resolve_graphs
from loaders.read import Document, PlanError, read_plans


ROOT = Path(__file__).resolve().parent.parent


@dataclass
class BuildReport:
    plans: list[str] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    problems: list[PlanError] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    seconds: float = 0.0
    #: seconds per stage: read, extract (or reuse), resolve, load
    stages: dict = field(default_factory=dict)
    db: str = ""
    #: False when nothing was readable: the previous database was kept as it was
    written: bool = True


class Progress:
    """A rich progress bar on a terminal, plain lines otherwise."""

    def __init__(self, total: int, stream=None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.total, self.done = total, 0
        self.enabled = enabled
        self.bar = None
        if enabled and self.stream.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, \
                TimeElapsedColumn
            self.bar = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                    TimeElapsedColumn(), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("building", total=total)

    def step(self, what: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=what[:40])
        else:
            print(f"[{self.done}/{self.total}] {what}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def pipeline_fingerprint() -> str:
    """A hash of everything that decides what a plan extracts to: loader code, model, lexicons.

    Cached per-plan graphs are reused only while this is unchanged.
    """
    h = hashlib.sha256()
    files = sorted((ROOT / "loaders").rglob("*.py")) + [ROOT / "graph" / "model.py", ROOT / "graph" / "ontology.py"]
    files += sorted(p for p in (ROOT / "data" / "lexicons").glob("*") if p.is_file())
    for p in files:
        h.update(str(p.relative_to(ROOT)).encode())
        h.update(p.read_bytes())
    from loaders.learned import model_files
    for p in model_files():        # the trained models (PLANGRAPH_MODELS may point outside the tree)
        h.update(p.name.encode())
        h.update(p.read_bytes() if p.is_file() else b"(none)")
    return h.hexdigest()[:16]


class PlanCache:
    """Per-plan extraction results keyed by content hash, so unchanged plans are not re-extracted.

    Lives beside the database (``<db>.cache/``).  Removing a plan from the folder removes what only
    it contributed, because the graph is re-resolved from the per-plan graphs present.
    """

    def __init__(self, db_path: Path) -> None:
        self.dir = db_path.with_name(db_path.name + ".cache")
        self.fingerprint = pipeline_fingerprint()

    def _path(self, doc: Document) -> Path:
        # the manifest row is part of the key: a retitled plan must not reuse a stale Plan node
        meta = hashlib.sha1(repr((doc.id, doc.file, sorted(doc.meta.items()))).encode()).hexdigest()[:10]
        return self.dir / f"{doc.sha256[:24]}-{self.fingerprint}-{meta}.pickle"

    def get(self, doc: Document) -> GraphData | None:
        path = self._path(doc)
        if not path.exists():
            return None
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:   # a torn or stale cache entry is only a cache miss
            return None

    def put(self, doc: Document, graph: GraphData) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self._path(doc).with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as fh:
            pickle.dump(graph, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self._path(doc))

    def prune(self, docs: list[Document]) -> None:
        keep = {self._path(d).name for d in docs}
        for p in self.dir.glob("*.pickle"):
            if p.name not in keep:
                p.unlink(missing_ok=True)


#: extract in parallel only when there is this much text to extract: below it, starting workers
#: costs more than it saves (the bundled plans, 120k characters, extract in 1.2 s with two workers
#: against 1.9 s in one process)
PARALLEL_MIN_CHARS = 50_000


def worker_count(requested: int | None = None) -> int:
    """How many processes extract plans: ``requested``, else ``PLANGRAPH_WORKERS``, else every core."""
    if requested is None:
        env = os.environ.get("PLANGRAPH_WORKERS", "").strip()
        requested = int(env) if env.isdigit() else 0
    return requested if requested > 0 else (os.cpu_count() or 1)


def extract_all(docs: list[Document], progress: Progress | None = None,
                on_error: Callable[[Document, Exception], None] | None = None,
                cache: PlanCache | None = None, report: BuildReport | None = None,
                workers: int | None = None) -> GraphData:
    """Per-plan graphs (from the cache, else extracted, in parallel when worth it), resolved into one."""
    return extract_resolved(docs, progress, on_error, cache, report, workers, columnar=False).graph


@dataclass
class Extracted:
    """A resolved graph; with ``columnar`` its mentions are not on its nodes but in ``mention_tables``
    (one Arrow table per plan, ids resolved: see :mod:`graph.mentions`)."""

    graph: GraphData
    mention_tables: list = field(default_factory=list)

    def counts(self) -> dict:
        counts = self.graph.counts()
        streamed = sum(t.num_rows for t in self.mention_tables)
        if streamed:
            counts["edges"]["MENTIONED_IN"] = counts["edges"].get("MENTIONED_IN", 0) + streamed
        return counts


def extract_resolved(docs: list[Document], progress: Progress | None = None,
                     on_error: Callable[[Document, Exception], None] | None = None,
                     cache: PlanCache | None = None, report: BuildReport | None = None,
                     workers: int | None = None, *, columnar: bool = True) -> Extracted:
    """Every plan extracted (or reused from the cache) and resolved.

    ``columnar`` takes each plan's mentions out of its graph as soon as it is extracted (in the
    worker, before the graph is sent back), so a build of hundreds of plans never holds millions
    of mention objects at once.
    """
    try:
        return _extract_resolved(docs, progress, on_error, cache, report, workers, columnar)
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def _collector_paused():
    """No cyclic garbage collection while resolving: it allocates millions of small objects at a
    region's scale and forms no cycles, and each collection walked everything the build holds."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract_resolved(docs, progress, on_error, cache, report, workers, columnar) -> Extracted:
    graphs: dict[str, GraphData] = {}
    tables: dict = {}
    counts: MentionCounts = {}

    def keep(doc: Document, graph: GraphData, table=None, plan_counts=None) -> None:
        if columnar and table is None:      # a graph from the cache still carries its mentions
            table, plan_counts = _split(graph)
        plan = graph.nodes.get(doc.id)
        if plan is not None and plan.props.get("text") == doc.text:
            plan.props["text"] = doc.text     # one copy of the text, not one per process it went through
        graphs[doc.id] = graph
        # kept until the end of the build: the collector need not walk these objects again
        # (at 100 plans its collections were 40% of the parent's time)
        gc.freeze()
        if columnar:
            tables[doc.id] = table
            add_counts(counts, plan_counts)

    t0 = time.perf_counter()
    todo = []
    for doc in docs:
        graph = cache.get(doc) if cache else None
        if graph is None:
            todo.append(doc)
            continue
        keep(doc, graph)
        if report:
            report.reused.append(doc.id)
        if progress:
            progress.step(f"reused {doc.file}")
    for doc, result, err in _extract(todo, worker_count(workers), cache, columnar):
        if err is not None:      # an extractor bug must not sink the whole build
            if on_error is None:
                raise err
            on_error(doc, err)
        else:
            keep(doc, *result)
            if report:
                report.extracted.append(doc.id)
        if progress:
            progress.step(f"extracted {doc.file}")
    if report:
        report.stages["extract"] = round(time.perf_counter() - t0, 3)
    t0 = time.perf_counter()
    remap: dict[str, str] = {}
    with _collector_paused():
        graph = resolve_graphs([graphs.pop(d.id) for d in docs if d.id in graphs], counts, remap, consume=True)
    extracted = Extracted(graph, [remapped(tables[d.id], remap) for d in docs if d.id in tables])
    if report:
        report.stages["resolve"] = round(time.perf_counter() - t0, 3)
    if progress:
        progress.step("resolved entities")
    return extracted


def _extract_one(doc: Document, cache: PlanCache | None, columnar: bool):
    """One plan's graph (cached whole), with its mentions split off when ``columnar``; or the error."""
    try:
        graph = plan_graph(doc)
    except Exception as err:
        return None, err
    if cache:
        cache.put(doc, graph)
    return ((graph, *_split(graph)) if columnar else (graph,)), None


def _split(graph: GraphData):
    """The plan's mentions as a table with their counts (off its nodes), its equal edge evidence shared."""
    table, counts = split_mentions(graph)
    graph.share_evidence()
    return table, counts


def _extract(docs: list[Document], workers: int, cache: PlanCache | None, columnar: bool):
    """(doc, result, error) for each document, in the order they finish.

    Workers are forked after the parent has warmed every lazy resource (jieba's dictionaries, the
    lexicons, compiled rules) on a tiny plan, so each starts with them loaded and shares their pages.
    """
    workers = min(workers, len(docs))
    if workers < 2 or sum(len(d.text) for d in docs) < PARALLEL_MIN_CHARS \
            or "fork" not in multiprocessing.get_all_start_methods():
        for doc in docs:
            yield (doc, *_extract_one(doc, cache, columnar))
        return
    _warm_up()
    by_future = {}
    # fork, not spawn: a spawned worker would re-import and re-load jieba (seconds each)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        # longest first, so one big plan does not finish alone at the end
        for doc in sorted(docs, key=lambda d: -len(d.text)):
            by_future[pool.submit(_extract_one, doc, cache, columnar)] = doc
        for future in as_completed(by_future):
            doc = by_future.pop(future)
            try:
                result, err = future.result()
            except BrokenProcessPool as broken:   # a worker died (out of memory, killed)
                raise RuntimeError(f"extracting {doc.file}: a worker process died ({broken}); "
                                   f"try PLANGRAPH_WORKERS=1") from None
            yield doc, result, err


def _die_with_parent(parent: int) -> None:
    """A worker ends when the build does.

    A killed build otherwise leaves its workers blocked for ever, writing results nobody reads.
    """
    try:
        import ctypes
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):     # not Linux: nothing to ask the kernel
        return
    if os.getppid() != parent:           # the build died before prctl took effect
        os._exit(1)


def _warm_up() -> None:
    plan_graph(Document("warm-up", Path("warm-up.txt"), "第一章 总则\n到2025年，回民区地区生产总值达到100亿元。\n",
                        "utf-8", "0" * 64, {"place": "回民区"}))


def write_database(graph: GraphData, db_path: str | os.PathLike, mention_tables=()) -> None:
    """Write a graph (and mentions kept as columns) to a fresh database and swap it in atomically."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}.building-{os.getpid()}")
    _remove_debris(db_path)
    _remove(tmp)
    try:
        with LadybugStore.create(tmp) as store:
            store.load(graph, mention_tables)
        if tmp.with_name(tmp.name + ".wal").exists():
            raise RuntimeError(f"{tmp}: write-ahead log left after checkpoint; not swapping it in")
        os.replace(tmp, db_path)
        _remove(db_path.with_name(db_path.name + ".wal"))
    finally:
        _remove(tmp)


def _remove_debris(db_path: Path) -> None:
    """Delete half-written databases left by builds that were killed (their process is gone)."""
    for p in db_path.parent.glob(f"{db_path.name}.building-*"):
        pid = p.name.rsplit("-", 1)[-1].split(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            _remove(p)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal"), path.with_name(path.name + ".shadow")):
        if p.is_dir():
            import shutil
            shutil.rmtree(p, ignore_errors=True)
        elif p.exists():
            p.unlink()


def build(plans_dir: str | os.PathLike, db_path: str | os.PathLike, *, show_progress: bool = True,
          use_cache: bool = True, workers: int | None = None) -> BuildReport:
    """Read, extract, resolve and load every plan in a folder; returns what happened."""
    t0 = time.perf_counter()
    report = BuildReport(db=str(db_path))
    docs, problems = read_plans(plans_dir)
    report.problems.extend(problems)
    report.stages["read"] = round(time.perf_counter() - t0, 3)
    progress = Progress(len(docs) + 2, enabled=show_progress)
    try:
        def failed(doc: Document, err: Exception) -> None:
            report.problems.append(PlanError(doc.path, f"extraction failed: {type(err).__name__}: {err}"))
        cache = PlanCache(Path(db_path)) if use_cache else None
        extracted = extract_resolved(docs, progress, on_error=failed, cache=cache, report=report, workers=workers)
        failed_files = {p.file for p in report.problems}
        report.plans = [d.id for d in docs if str(d.path) not in failed_files]
        if not report.plans:
            # a wrong folder or a folder of broken files must not replace a good graph with an empty one
            report.written = False
            return _finish(report, Extracted(GraphData()), t0)
        t_load = time.perf_counter()
        write_database(extracted.graph, db_path, extracted.mention_tables)
        report.stages["load"] = round(time.perf_counter() - t_load, 3)
        if cache:
            cache.prune(docs)
        progress.step("loaded database")
    finally:
        progress.close()
    return _finish(report, extracted, t0)


def _finish(report: BuildReport, extracted: Extracted, t0: float) -> BuildReport:
    report.counts = extracted.counts()
    report.seconds = time.perf_counter() - t0
    return report
