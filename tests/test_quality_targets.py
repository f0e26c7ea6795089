"""Targets as plans and reports write them (sentences written for these tests, not taken from a dev set)."""
from __future__ import annotations

from pathlib import Path

from loaders.pipeline import plan_graph
from loaders.read import Document


def _graph(text: str, place: str = "武川县", kind: str = "plan", year: str = "2021"):
    meta = {"place": place, "kind": kind, "year": year, "period": "2021-2025"}
    return plan_graph(Document("q", Path("q.txt"), text, "utf-8", "0" * 64, meta))


def _targets(g) -> dict:
    return {g.nodes[e.target].name: e.props for e in g.edges.values() if e.type == "TARGETS"}


def test_indicator_table_with_cells_separated_by_spaces():
    text = ("专栏2 武川县“十四五”主要指标\n"
            "序号  指标  2020年  2025年  年均增长  属性\n"
            "1  农牧业总产值（亿元）  40  56  7%  预期性\n"
            "2  规模以上企业数（家）  35  60  —  预期性\n"
            "3  城镇登记失业率（%）  —  <4.5  —  预期性\n"
            "4  耕地保有量（万亩）  —  完成市下达任务  —  约束性\n")
    t = _targets(_graph(text))
    assert t["农牧业总产值"]["target_value"] == 56 and t["农牧业总产值"]["growth"] == "7%"
    assert t["规模以上企业数"]["target_value"] == 60
    assert t["城镇登记失业率"]["target"] == "<4.5"
    assert t["耕地保有量"]["target"] == "完成市下达任务" and t["耕地保有量"]["attribute"] == "约束性"
    assert "农牧业总产值" in t and all(p["target_year"] == 2025 for p in t.values())
