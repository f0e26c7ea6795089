"""Extraction in worker processes gives exactly the serial build, and a worker's failure names its plan."""
from __future__ import annotations

import filecmp
import shutil

import pytest

import graph.build as build_module
from graph.build import build
from graph.exporters import EXPORTERS
from graph.readback import load_graph
from graph.store import LadybugStore

from conftest import PLANS


def _export(db, out):
    with LadybugStore(db) as s:
        EXPORTERS["jsonl"](load_graph(s), out)
    return sorted(p.name for p in out.iterdir())


@pytest.fixture
def parallel_always(monkeypatch):
    """The bundled plans are below the size where workers pay off: make them use workers anyway."""
    monkeypatch.setattr(build_module, "PARALLEL_MIN_CHARS", 0)


def test_two_workers_build_the_same_graph_as_one(parallel_always, built_db, export_dir, tmp_path):
    report = build(PLANS, tmp_path / "p.lbug", show_progress=False, use_cache=False, workers=2)
    assert not report.problems and len(report.extracted) == len(report.plans) == 5
    files = _export(tmp_path / "p.lbug", tmp_path / "export")
    assert files == sorted(p.name for p in export_dir.iterdir())
    for name in files:
        assert filecmp.cmp(tmp_path / "export" / name, export_dir / name, shallow=False), name


def test_a_failing_extractor_in_a_worker_names_the_plan_and_the_rest_build(parallel_always, monkeypatch,
                                                                           tmp_path):
    plans = tmp_path / "plans"
    shutil.copytree(PLANS, plans)
    real = build_module.plan_graph

    def plan_graph(doc):
        if doc.file.startswith("003"):
            raise ValueError("a rule tripped over this plan")
        return real(doc)
    # workers are forked, so they see the patched function too
    monkeypatch.setattr(build_module, "plan_graph", plan_graph)
    report = build(plans, tmp_path / "p.lbug", show_progress=False, use_cache=False, workers=2)
    (problem,) = report.problems
    assert "003_" in str(problem) and "ValueError: a rule tripped over this plan" in str(problem)
    assert len(report.plans) == 4 and report.written
    with LadybugStore(tmp_path / "p.lbug") as s:
        assert s.query("MATCH (p:Plan) RETURN count(p) AS c").rows[0]["c"] == 4


def test_worker_count_comes_from_the_argument_then_the_environment(monkeypatch):
    monkeypatch.setenv("PLANGRAPH_WORKERS", "3")
    assert build_module.worker_count() == 3
    assert build_module.worker_count(1) == 1
    monkeypatch.setenv("PLANGRAPH_WORKERS", "")
    assert build_module.worker_count() >= 1
