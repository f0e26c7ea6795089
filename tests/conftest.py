"""Shared fixtures: the bundled plans built once per test session into a real LadybugDB."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
PLANS = ROOT / "data" / "plans"
#: screenshots and other artefacts of a test run
OUTPUT = Path(os.environ.get("PLANGRAPH_TEST_OUTPUT", ROOT / "test-output"))


@pytest.fixture(scope="session")
def plans_dir() -> Path:
    return PLANS


@pytest.fixture(scope="session")
def docs():
    from loaders.read import read_plans
    found, problems = read_plans(PLANS)
    assert not problems, problems
    return found


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """A database built from data/plans by the real build command path."""
    from graph.build import build
    db = tmp_path_factory.mktemp("db") / "graph.lbug"
    report = build(PLANS, db, show_progress=False)
    assert not report.problems, report.problems
    return db


@pytest.fixture(scope="session")
def store(built_db):
    from graph.store import LadybugStore
    s = LadybugStore(built_db)
    yield s
    s.close()


@pytest.fixture(scope="session")
def export_dir(built_db, tmp_path_factory) -> Path:
    """The JSON-lines export of the built database."""
    from graph.exporters import EXPORTERS
    from graph.readback import load_graph
    from graph.store import LadybugStore
    out = tmp_path_factory.mktemp("export")
    with LadybugStore(built_db) as s:
        EXPORTERS["jsonl"](load_graph(s), out)
    return out


def run_cli(*args: str, env: dict | None = None, cwd: Path = ROOT, timeout: float = 300):
    """Run ``python -m graph ARGS`` in a subprocess; returns CompletedProcess."""
    import subprocess
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """tests/sample_graph.py loaded into a real LadybugDB on disk (content known exactly)."""
    from graph.store import LadybugStore
    from sample_graph import sample_graph
    db = tmp_path_factory.mktemp("sample") / "sample.lbug"
    with LadybugStore.create(db) as s:
        s.load(sample_graph())
    return db
