"""Build a database from a plans folder, atomically.

The new database is written beside the current one (``<db>.building-<pid>``),
checkpointed and closed, and only then renamed over it.  A build that fails or
is killed at any point leaves the previous database as it was; readers that
have the old file open keep reading it until they reopen.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from graph.model import GraphData
from graph.store import LadybugStore
from loaders.pipeline import plan_graph, resolve
from loaders.read import Document, PlanError, read_plans


@dataclass
class BuildReport:
    plans: list[str] = field(default_factory=list)
    problems: list[PlanError] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    seconds: float = 0.0
    db: str = ""


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


def extract_all(docs: list[Document], progress: Progress | None = None,
                on_error: Callable[[Document, Exception], None] | None = None) -> GraphData:
    graphs = []
    for doc in docs:
        try:
            graphs.append(plan_graph(doc))
        except Exception as err:  # an extractor bug must not sink the whole build
            if on_error is None:
                raise
            on_error(doc, err)
        if progress:
            progress.step(f"extracted {doc.file}")
    graph = resolve(graphs)
    if progress:
        progress.step("resolved entities")
    return graph


def write_database(graph: GraphData, db_path: str | os.PathLike) -> None:
    """Write a graph to a fresh database and swap it in atomically."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}.building-{os.getpid()}")
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


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal"), path.with_name(path.name + ".shadow")):
        if p.is_dir():
            import shutil
            shutil.rmtree(p, ignore_errors=True)
        elif p.exists():
            p.unlink()


def build(plans_dir: str | os.PathLike, db_path: str | os.PathLike, *, show_progress: bool = True) -> BuildReport:
    """Read, extract, resolve and load every plan in a folder; returns what happened."""
    t0 = time.perf_counter()
    report = BuildReport(db=str(db_path))
    docs, problems = read_plans(plans_dir)
    report.problems.extend(problems)
    progress = Progress(len(docs) + 2, enabled=show_progress)
    try:
        def failed(doc: Document, err: Exception) -> None:
            report.problems.append(PlanError(doc.path, f"extraction failed: {type(err).__name__}: {err}"))
        graph = extract_all(docs, progress, on_error=failed)
        failed_files = {p.file for p in report.problems}
        report.plans = [d.id for d in docs if str(d.path) not in failed_files]
        write_database(graph, db_path)
        progress.step("loaded database")
    finally:
        progress.close()
    report.counts = graph.counts()
    report.seconds = time.perf_counter() - t0
    return report
