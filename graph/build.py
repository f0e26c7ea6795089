"""Build a database from a plans folder, atomically.

The new database is written beside the current one (``<db>.building-<pid>``),
checkpointed and closed, and only then renamed over it.  A build that fails or
is killed at any point leaves the previous database as it was; readers that
have the old file open keep reading it until they reopen.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from graph.model import GraphData
from graph.store import LadybugStore
from loaders.pipeline import plan_graph, resolve
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


def extract_all(docs: list[Document], progress: Progress | None = None,
                on_error: Callable[[Document, Exception], None] | None = None,
                cache: PlanCache | None = None, report: BuildReport | None = None) -> GraphData:
    graphs = []
    for doc in docs:
        graph = cache.get(doc) if cache else None
        if graph is not None:
            if report:
                report.reused.append(doc.id)
        else:
            try:
                graph = plan_graph(doc)
            except Exception as err:  # an extractor bug must not sink the whole build
                if on_error is None:
                    raise
                on_error(doc, err)
            else:
                if cache:
                    cache.put(doc, graph)
                if report:
                    report.extracted.append(doc.id)
        if graph is not None:
            graphs.append(graph)
        if progress:
            progress.step(f"{'reused' if report and doc.id in report.reused else 'extracted'} {doc.file}")
    graph = resolve(graphs)
    if progress:
        progress.step("resolved entities")
    return graph


def write_database(graph: GraphData, db_path: str | os.PathLike) -> None:
    """Write a graph to a fresh database and swap it in atomically."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}.building-{os.getpid()}")
    _remove_debris(db_path)
    _remove(tmp)
    try:
        with LadybugStore.create(tmp) as store:
            store.load(graph)
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
          use_cache: bool = True) -> BuildReport:
    """Read, extract, resolve and load every plan in a folder; returns what happened."""
    t0 = time.perf_counter()
    report = BuildReport(db=str(db_path))
    docs, problems = read_plans(plans_dir)
    report.problems.extend(problems)
    progress = Progress(len(docs) + 2, enabled=show_progress)
    try:
        def failed(doc: Document, err: Exception) -> None:
            report.problems.append(PlanError(doc.path, f"extraction failed: {type(err).__name__}: {err}"))
        cache = PlanCache(Path(db_path)) if use_cache else None
        graph = extract_all(docs, progress, on_error=failed, cache=cache, report=report)
        failed_files = {p.file for p in report.problems}
        report.plans = [d.id for d in docs if str(d.path) not in failed_files]
        if not report.plans:
            # a wrong folder or a folder of broken files must not replace a good graph with an empty one
            report.written = False
            return _finish(report, GraphData(), t0)
        write_database(graph, db_path)
        if cache:
            cache.prune(docs)
        progress.step("loaded database")
    finally:
        progress.close()
    return _finish(report, graph, t0)


def _finish(report: BuildReport, graph: GraphData, t0: float) -> BuildReport:
    report.counts = graph.counts()
    report.seconds = time.perf_counter() - t0
    return report
