"""The figure after an Indicator mention the sentence rules left without a target (loaders.extract.followed_targets).

The tagger is replaced by a stub that marks given names as Indicator mentions, so these tests say what the
pass does with a mention, whoever found it.  Sentences written for these tests.
"""
from __future__ import annotations

from pathlib import Path

from loaders.extract import followed_targets, indicators
from loaders.extract.common import add_entity
from loaders.pipeline import plan_graph
from loaders.read import Document


def _graph(text: str, names: list[str], kind: str = "work_report", year: str = "2026", title: str = ""):
    meta = {"place": "清水河县", "kind": kind, "year": year, "period": year if kind != "plan" else "2021-2025",
            "title": title}

    def tagger(ctx):      # every occurrence of the names, as the learned tagger would add them
        for name in names:
            at = ctx.doc.text.find(name)
            while at >= 0:
                add_entity(ctx, "Indicator", name, at, at + len(name), extractor="stub")
                at = ctx.doc.text.find(name, at + 1)

    doc = Document("q", Path("q.txt"), text, "utf-8", "0" * 64, meta)
    return plan_graph(doc, [indicators.extract, tagger, followed_targets.extract])


def _targets(g) -> dict:
    out: dict = {}
    for e in g.edges.values():
        if e.type == "TARGETS":
            out.setdefault(g.nodes[e.target].name, []).append(e.props)
    return out


def test_a_count_after_a_subject_and_its_verb_in_a_work_plan():
    text = "二、重点任务\n全年技术经纪人登记备案300名以上，众创空间提档升级2家。\n"
    t = _targets(_graph(text, ["技术经纪人登记备案", "众创空间提档升级"], title="清水河县科技局2026年工作要点"))
    [p] = t["技术经纪人登记备案"]
    assert (p["target_value"], p["comparator"], p["unit"], p["target_year"]) == (300, "≥", "名", 2026)
    assert t["众创空间提档升级"][0]["target_value"] == 2


def test_a_growth_a_level_and_a_target_in_words_with_the_rules_props():
    text = ("到2025年，全县研究与试验发展经费支出年均增长12%以上，居民人均文化消费支出增速高于全市平均水平，"
            "夜经济消费集聚区突破8个。\n")
    t = _targets(_graph(text, ["研究与试验发展经费支出", "居民人均文化消费支出增速", "夜经济消费集聚区"], kind="plan"))
    [g] = t["研究与试验发展经费支出"]
    assert (g["target_value"], g["growth"], g["target_year"]) == (12, "12%以上", 2025)
    [w] = t["居民人均文化消费支出增速"]
    assert (w["target"], w["target_value"], w["comparator"]) == ("高于全市平均水平", None, "≥")
    [c] = t["夜经济消费集聚区"]
    assert (c["target"], c["comparator"], c["unit"]) == ("8个", "≥", "个")


def test_no_target_from_a_review_section_or_a_past_year():
    text = ("一、2025年工作回顾\n全年技术经纪人登记备案280名，众创空间提档升级3家。\n"
            "二、2026年工作安排\n去年全县接待游客突破900万人次。\n")
    t = _targets(_graph(text, ["技术经纪人登记备案", "众创空间提档升级", "接待游客"]))
    assert not t


def test_no_target_from_a_change_on_last_year_a_projects_capacity_or_a_figure_spent_on_something():
    text = ("2026年主要目标是：技术经纪人登记备案较上年增加30名，光伏治沙项目建成后年发电量12亿千瓦时，"
            "科技特派员专项资金500万元用于农牧业技术推广。\n")
    t = _targets(_graph(text, ["技术经纪人登记备案", "年发电量", "科技特派员专项资金"]))
    assert not t


def test_a_clause_the_rules_read_gets_no_second_target():
    text = "到2025年，全县森林覆盖率达到30%，草原综合植被盖度稳定在45%以上。\n"
    t = _targets(_graph(text, ["森林覆盖率", "综合植被盖度"], kind="plan"))
    assert [p["target_value"] for p in t["森林覆盖率"]] == [30]
    assert "综合植被盖度" not in t      # inside the rules' 草原综合植被盖度, whose clause has its target


def test_read_figure_refuses_what_is_not_a_target():
    assert followed_targets.read_figure("2030年", "接待游客") is None           # a year
    assert followed_targets.read_figure("12", "接待游客") is None               # no unit
    assert followed_targets.read_figure("改造245个", "老旧小区") is None         # not a figure of the name
    assert followed_targets.read_figure("提升245个", "老旧小区") is None         # work done, not a measure raised
