"""Atomic builds: killing a build at any point leaves the previous database openable with its old counts."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.memory import tree_pids
from graph.build import build
from graph.store import LadybugStore
from tests.conftest import PLANS, ROOT


@pytest.fixture(scope="module")
def big_plans(tmp_path_factory):
    """Forty copies of the bundled plans: a build long enough to be killed part-way."""
    d = tmp_path_factory.mktemp("big")
    for i in range(8):
        for p in PLANS.glob("*.txt"):
            (d / f"{i:02d}_{p.name}").write_bytes(p.read_bytes())
    return d


def _gone(pids: list[int], wait_s: float = 10.0) -> bool:
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if not [p for p in pids if Path(f"/proc/{p}").exists() and "zombie" not in _state(p)]:
            return True
        time.sleep(0.1)
    return False


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split("\n")[0].lower()
    except (OSError, IndexError):
        return "zombie"


def counts(db):
    with LadybugStore(db) as s:
        return s.counts()


def test_kill_during_build_keeps_previous_database(tmp_path, big_plans):
    db = tmp_path / "graph.lbug"
    build(PLANS, db, show_progress=False, use_cache=False)
    old = counts(db)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "graph", "build", "--plans", str(big_plans), "--db",
                    str(tmp_path / "timing.lbug"), "--quiet"], cwd=ROOT, check=True, capture_output=True)
    duration = time.perf_counter() - t0
    new = counts(tmp_path / "timing.lbug")
    seen_old = killed_with_workers = 0
    for fraction in (0.15, 0.35, 0.55, 0.75, 0.9):
        # each killed build starts from nothing: plans a killed build cached would make the next one shorter
        shutil.rmtree(db.with_name(db.name + ".cache"), ignore_errors=True)
        proc = subprocess.Popen([sys.executable, "-m", "graph", "build", "--plans", str(big_plans), "--db",
                                 str(db), "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        workers = tree_pids(proc.pid)[1:]
        killed_with_workers += bool(workers)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert _gone(workers), f"extraction workers outlived a build killed at {fraction:.0%}"
        now = counts(db)
        # either the kill came before the swap (the old database, untouched) or after it (the new one)
        assert now in (old, new), f"database torn by a kill at {fraction:.0%} of a build"
        if now == old:
            seen_old += 1
        else:
            build(PLANS, db, show_progress=False, use_cache=False)   # back to the old state
    assert seen_old >= 3, "most kills should land before the swap"
    assert killed_with_workers, "no kill landed while plans were being extracted in workers"
    # the debris of killed builds does not stop the next build
    build(PLANS, db, show_progress=False)
    assert counts(db) == old
    assert not list(tmp_path.glob("graph.lbug.building-*")), "debris of killed builds is cleaned up"


def test_failed_build_keeps_previous_database(tmp_path, monkeypatch):
    db = tmp_path / "graph.lbug"
    build(PLANS, db, show_progress=False)
    old = counts(db)
    import graph.store

    def broken_load(self, *args, **kwargs):
        raise OSError("disk full (simulated by a failing loader)")
    monkeypatch.setattr(graph.store.LadybugStore, "load", broken_load)
    with pytest.raises(OSError):
        build(PLANS, db, show_progress=False, use_cache=False)
    monkeypatch.undo()
    assert counts(db) == old
    assert not list(tmp_path.glob("graph.lbug.building-*"))


def test_readers_keep_answering_during_a_build(tmp_path, big_plans):
    db = tmp_path / "graph.lbug"
    build(PLANS, db, show_progress=False)
    reader = LadybugStore(db)
    before = reader.query("MATCH (p:Plan) RETURN count(p) AS c").rows[0]["c"]
    proc = subprocess.Popen([sys.executable, "-m", "graph", "build", "--plans", str(big_plans), "--db",
                             str(db), "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    answers = 0
    while proc.poll() is None:
        assert reader.query("MATCH (p:Plan) RETURN count(p) AS c").rows[0]["c"] == before
        answers += 1
        time.sleep(0.05)
    assert proc.returncode in (0, 3), proc.stderr.read()
    assert answers > 0
    reader.close()
    with LadybugStore(db) as fresh:   # a reader that reopens sees the new database
        assert fresh.query("MATCH (p:Plan) RETURN count(p) AS c").rows[0]["c"] == 40
