"""Incremental builds: unchanged plans are not re-extracted; a removed plan takes its own nodes with it."""
from __future__ import annotations

import json
import shutil

from graph.build import build
from graph.store import LadybugStore
from tests.conftest import PLANS

EXTRA = "第一章 总则\n第一节 发展目标\n到2025年，测试新区森林覆盖率达到50%。建设测试新区独有项目。\n"


def plan_ids(db) -> list[str]:
    with LadybugStore(db) as s:
        return [r["id"] for r in s.query("MATCH (p:Plan) RETURN p.id AS id ORDER BY id").rows]


def test_adding_a_plan_extracts_only_that_plan(tmp_path):
    plans = tmp_path / "plans"
    shutil.copytree(PLANS, plans)
    db = tmp_path / "g.lbug"
    first = build(plans, db, show_progress=False)
    assert len(first.extracted) == 5 and not first.reused
    (plans / "new_plan.txt").write_text(EXTRA, encoding="utf-8")
    second = build(plans, db, show_progress=False)
    assert second.extracted == ["new_plan"]
    assert sorted(second.reused) == sorted(first.extracted)
    assert "new_plan" in plan_ids(db)


def test_changed_plan_is_re_extracted(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "a.txt").write_text(EXTRA, encoding="utf-8")
    (plans / "b.txt").write_text(EXTRA.replace("测试新区", "另一新区"), encoding="utf-8")
    db = tmp_path / "g.lbug"
    build(plans, db, show_progress=False)
    (plans / "b.txt").write_text(EXTRA.replace("测试新区", "第三新区"), encoding="utf-8")
    report = build(plans, db, show_progress=False)
    assert report.extracted == ["b"] and report.reused == ["a"]


def test_removing_a_plan_removes_what_only_it_contributed(tmp_path):
    plans = tmp_path / "plans"
    shutil.copytree(PLANS, plans)
    (plans / "new_plan.txt").write_text(EXTRA, encoding="utf-8")
    db = tmp_path / "g.lbug"
    build(plans, db, show_progress=False)
    with LadybugStore(db) as s:
        before = s.counts()
        sections = s.query("MATCH (x:Section) WHERE x.plan = 'new_plan' RETURN count(x) AS c").rows[0]["c"]
    assert sections > 0
    (plans / "new_plan.txt").unlink()
    report = build(plans, db, show_progress=False)
    assert len(report.reused) == 5 and not report.extracted
    with LadybugStore(db) as s:
        after = s.counts()
        left = s.query("MATCH (x) WHERE x.id STARTS WITH 'new_plan' RETURN count(x) AS c").rows[0]["c"]
        orphans = s.query("MATCH (n) WHERE NOT label(n) IN ['Plan', 'Section', 'Place'] "
                          "AND NOT EXISTS { MATCH (n)-[:MENTIONED_IN]->() } RETURN count(n) AS c").rows[0]["c"]
    assert left == 0
    assert after["nodes"]["Plan"] == before["nodes"]["Plan"] - 1
    assert after["nodes"]["Section"] == before["nodes"]["Section"] - sections
    # (places may be kept without a mention as ancestors in the gazetteer chain)
    assert orphans == 0, "every entity left must still be mentioned by a remaining plan"
    # and the result is the same as a clean build of the remaining plans
    clean = tmp_path / "clean.lbug"
    build(plans, clean, show_progress=False, use_cache=False)
    with LadybugStore(clean) as s:
        assert json.dumps(s.counts(), sort_keys=True) == json.dumps(after, sort_keys=True)
