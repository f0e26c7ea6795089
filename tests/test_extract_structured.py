"""Structured extractors (专栏 boxes, indicator tables, target sentences, goals) on the real plans
and on made-up passages written the way plans are written (the rules must generalise)."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import boxes, goals, indicators
from loaders.extract.common import canonical_name
from loaders.pipeline import plan_graph
from loaders.read import Document

STEPS = [boxes.extract, indicators.extract, goals.extract]


def _doc(docs, prefix: str):
    return next(d for d in docs if d.file.startswith(prefix))


def _graph(doc):
    return plan_graph(doc, steps=STEPS)


def _targets(g):
    """{indicator name: [edge, …]} of TARGETS edges."""
    out: dict = {}
    for e in g.edges_of("TARGETS"):
        out.setdefault(g.nodes[e.target].name, []).append(e)
    return out


def _industry(name: str) -> str:
    """The name the lexicon files an industry under (its synonyms and canonical forms are the lexicon's to choose)."""
    return canonical_name("Industry", name)


def _synthetic(text: str, meta=None) -> Document:
    meta = {"place": "某区", "period": "2021-2025", "year": 2021, "kind": "plan", **(meta or {})}
    return Document("synthetic", Path("synthetic.txt"), text, "utf-8", "0" * 64, meta)


@pytest.fixture(scope="module")
def graphs(docs):
    return {d.file[:3]: (d, _graph(d)) for d in docs}


def test_every_edge_and_mention_cites_the_file_exactly(graphs):
    for doc, g in graphs.values():
        for e in g.edges.values():
            for ev in e.evidence:
                assert doc.text[ev.start:ev.end] == ev.text, (e.type, ev)
            if e.type != "PART_OF":
                assert 0 <= e.confidence <= 1 and e.extractor
        for n in g.nodes.values():
            for m in n.mentions:
                assert doc.text[m.start:m.end] == m.text, (n.name, m)


def test_xincheng_indicator_table_rows(graphs):
    doc, g = graphs["002"]
    t = _targets(g)
    table_edges = [e for e in g.edges_of("TARGETS") if e.extractor == "indicator-table"]
    assert len(table_edges) == 15     # every row of 专栏1
    gdp = t["地区生产总值"][0].props
    assert gdp["target"] == "810亿左右" and gdp["target_value"] == 810 and gdp["comparator"] == "≈"
    assert gdp["baseline_value"] == 607.37 and gdp["baseline_year"] == 2020 and gdp["target_year"] == 2025
    assert gdp["growth"] == "6%左右" and gdp["attribute"] == "预期性" and gdp["unit"] == "亿元"
    forest = next(e for e in t["森林覆盖率"] if e.extractor == "indicator-table").props
    assert forest["baseline_value"] == 44.3 and forest["target_value"] == 44 and forest["comparator"] == "≥"
    assert forest["unit"] == "%"
    doctors = t["每千人口拥有职业助理医师人数"][0].props
    assert doctors["target_value"] == 3.5 and doctors["comparator"] == "≥" and doctors["attribute"] == "约束性"
    unemployment = t["城镇登记失业率"][0].props
    assert unemployment["comparator"] == "≤" and unemployment["target_value"] == 4.5
    income = t["全体居民人均可支配收入增长率"][0].props
    assert income["growth"] == "6%" and income.get("baseline") is None
    # the table row is the evidence
    row = table_edges[0].evidence[0].text
    assert "地区生产总值" in row and "607.37" in row
    ind = next(n for n in g.nodes_of("Indicator") if n.name == "地区生产总值")
    assert ind.props["unit"] == "亿元" and ind.props["category"] == "经济发展"
    # a merged category cell carries down to the rows below it
    assert next(n for n in g.nodes_of("Indicator") if n.name == "全员劳动生产率").props["category"] == "经济发展"


def test_huimin_2025_targets_in_prose(graphs):
    doc, g = graphs["001"]
    t = _targets(g)

    def one(name):
        return t[name][0].props

    assert one("森林覆盖率")["target_value"] == 41 and one("森林覆盖率")["target_year"] == 2025
    assert one("空气质量优良天数比率")["target_value"] == 85 and one("空气质量优良天数比率")["unit"] == "%"
    pm = one("PM2.5浓度")
    assert pm["target_value"] == 35 and pm["unit"] == "微克/立方米" and pm["comparator"] == "≤"
    assert one("高新技术企业")["target_value"] == 30 and one("高新技术企业")["unit"] == "家"
    gdp = one("地区生产总值")
    assert gdp["growth"] == "6%左右" and gdp["comparator"] == "≈"
    # the review of 十三五 states achieved figures: they are not targets
    assert "服务业增加值" not in t


def test_targets_stated_in_a_goal_paragraph_come_from_the_goal(graphs):
    doc, g = graphs["001"]
    forest = next(e for e in g.edges_of("TARGETS") if g.nodes[e.target].name == "森林覆盖率")
    assert g.nodes[forest.source].label == "Goal"


def test_work_report_targets_for_the_coming_year(graphs):
    doc, g = graphs["004"]
    t = _targets(g)
    gdp = t["地区生产总值"][0].props
    assert gdp["target_value"] == 6.5 and gdp["comparator"] == "≈" and gdp["target_year"] == 2025
    assert "规模以上工业增加值" in t and t["规模以上工业增加值"][0].props["target_value"] == 7.5


def test_news_achievements_are_not_targets(graphs):
    doc, g = graphs["003"]
    assert not list(g.edges_of("TARGETS"))


def test_box_items_become_projects_with_their_box(graphs):
    doc, g = graphs["002"]
    projects = {n.name: n for n in g.nodes_of("Project")}
    assert len(projects) >= 90
    nursery = projects["哈拉沁生态苗圃项目"]
    assert nursery.props["box"].startswith("专栏2") and "生态保护项目" in nursery.props["box"]
    assert "中关村呼和浩特软件园" in projects["中关村呼和浩特软件园项目"].aliases
    # items in an HTML list inside a box
    assert "内蒙古文化旅游康养集散中心项目" in projects
    # a box of programmes (…提升工程) yields policies, not projects
    policies = {n.name for n in g.nodes_of("Policy")}
    assert "高新技术产业提升工程" in policies and "高新技术产业提升工程" not in projects
    # the box's industry
    sup = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges_of("SUPPORTS")}
    assert ("元福城项目", _industry("物流产业")) in sup
    assert ("草原绿谷项目", _industry("数字产业")) in sup


def test_goals_with_kind_horizon_and_reliance(graphs):
    doc, g = graphs["002"]
    found = {n.name: n for n in g.nodes_of("Goal")}
    assert found["科技创新示范区"].props == {"horizon": 2025, "kind": "定位"}
    assert "经济强新城" in found and found["经济强新城"].props["kind"] == "目标"
    located = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges_of("LOCATED_IN")}
    assert ("敕勒川文旅融合创新基地", "敕勒川") in located


# -- made-up passages: the rules, not these documents ---------------------------------------------

SYNTHETIC_TABLE = (
    "第二章 发展目标\n"
    "专栏1 某区“十四五”时期主要指标\n"
    "序号\t领域\t指标名称\t单位\t2020年基期值\t2025年目标值\t年均增速\t指标属性\n"
    "1\t经济\t社会消费品零售总额\t亿元\t120\t160以上\t6%\t预期性\n"
    "2\t\t城镇化率\t%\t70.5\t\t—\t预期性\n"
    "3\t生态\t细颗粒物（PM2.5）平均浓度（微克/立方米）\t\t38\t≤33\t—\t约束性\n"
    "\n第一节 其他\n正文。\n"
)


def test_synthetic_table_with_unit_column_and_missing_cell():
    g = _graph(_synthetic(SYNTHETIC_TABLE))
    t = _targets(g)
    retail = t["社会消费品零售总额"][0].props
    assert retail == {**retail, "target": "160以上", "target_value": 160, "comparator": "≥", "unit": "亿元",
                      "baseline_value": 120, "baseline_year": 2020, "target_year": 2025, "growth": "6%",
                      "attribute": "预期性"}
    urban = t["城镇化率"][0].props
    assert urban["target_value"] is None and urban["baseline_value"] == 70.5 and urban["unit"] == "%"
    assert urban["growth"] is None
    pm = t["细颗粒物PM2.5平均浓度"][0].props
    assert pm["unit"] == "微克/立方米" and pm["comparator"] == "≤" and pm["target_value"] == 33
    cat = next(n for n in g.nodes_of("Indicator") if n.name == "城镇化率").props["category"]
    assert cat == "经济"      # the empty category cell is the one above


SYNTHETIC_PROSE = (
    "第三章 建设绿色家园\n"
    "第一节 主要目标\n"
    "到2025年，全区森林覆盖率不低于38%，地表水优良水体比例达到75%以上，"
    "单位地区生产总值能耗下降14%，一般公共预算收入年均增长5.5%左右，力争规模以上工业企业突破200家。\n"
    "第二节 过去五年发展成就\n"
    "五年来，全区森林覆盖率达到了36%，城镇化率提高到68%。\n"
    "第三节 重点任务\n"
    "城市生活污水集中收集率提高到80%。\n"
)


def test_synthetic_target_sentence():
    g = _graph(_synthetic(SYNTHETIC_PROSE))
    t = _targets(g)
    forest = t["森林覆盖率"][0].props
    assert (forest["target_value"], forest["comparator"], forest["unit"], forest["target_year"]) == (38, "≥", "%", 2025)
    water = t["地表水优良水体比例"][0].props
    assert water["comparator"] == "≥" and water["target_value"] == 75
    revenue = t["一般公共预算收入"][0].props
    assert revenue["growth"] == "5.5%左右" and revenue["comparator"] == "≈"
    energy = t["单位地区生产总值能耗"][0].props
    assert energy["growth"].startswith("下降") and energy["target_value"] == 14
    assert t["规模以上工业企业"][0].props["unit"] == "家"
    # achievements in a review section are not targets; a body-section target gets the plan's end year
    assert "城镇化率" not in t
    assert len(t["森林覆盖率"]) == 1
    assert t["城市生活污水集中收集率"][0].props["target_year"] == 2025


def test_synthetic_work_report_expected_targets():
    text = ("二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，"
            "城镇新增就业2.5万人以上，居民消费价格涨幅3%左右。\n"
            "（一）回顾\n去年地区生产总值增长了4.8%，比上年提高0.3个百分点。\n")
    g = _graph(_synthetic(text, {"kind": "work_report", "year": 2026, "period": "2026"}))
    t = _targets(g)
    assert t["地区生产总值"][0].props["target_value"] == 5
    assert t["地区生产总值"][0].props["target_year"] == 2026
    assert len(t["地区生产总值"]) == 1


SYNTHETIC_BOX = (
    "第五章 发展现代服务业\n"
    "第一节 壮大现代物流业\n"
    "依托铁路货场发展物流。\n"
    "专栏3 某区“十四五”时期现代物流产业重点项目\n"
    "1. 北郊冷链物流园项目（续建）。\n"
    "2. 城南快递分拨中心及电商仓储基地项目。\n"
    "3. 智慧物流提升行动。\n"
    "4. 新建城北再生资源回收站。\n"
    "5. 加快建设航空物流园，总投资约8.5亿元，建设仓储、分拨设施。\n"
    "第二节 其他\n正文。\n"
)


def test_synthetic_box():
    g = _graph(_synthetic(SYNTHETIC_BOX))
    projects = {n.name: n for n in g.nodes_of("Project")}
    assert set(projects) == {"北郊冷链物流园项目", "城南快递分拨中心", "电商仓储基地项目", "城北再生资源回收站",
                             "航空物流园"}
    assert projects["航空物流园"].props["investment"] == "8.5亿元"
    assert projects["北郊冷链物流园项目"].props["box"].startswith("专栏3")
    assert projects["北郊冷链物流园项目"].props["status"] == "续建"
    assert projects["城北再生资源回收站"].props["status"] == "新建"
    assert {n.name for n in g.nodes_of("Policy")} == {"智慧物流提升行动"}
    sup = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges_of("SUPPORTS")}
    assert ("城南快递分拨中心", _industry("现代物流产业")) in sup


SYNTHETIC_GOALS = (
    "第二章 总体要求\n"
    "第三节 发展定位\n"
    "——区域性商贸物流枢纽。依托铁路货场和航空港，发挥交通区位优势，建设辐射周边的商贸物流枢纽。\n"
    "——全域旅游示范区。以大青山为依托，打造全域旅游示范区。\n"
    "第四节 远景目标\n"
    "展望二〇三五年，基本建成生态宜居和谐新城区。\n"
)


def test_synthetic_goals():
    g = _graph(_synthetic(SYNTHETIC_GOALS))
    found = {n.name: n.props for n in g.nodes_of("Goal")}
    assert found["区域性商贸物流枢纽"] == {"horizon": 2025, "kind": "定位"}
    assert found["全域旅游示范区"]["kind"] == "定位"
    assert found["生态宜居和谐新城区"] == {"horizon": 2035, "kind": "远景"}
    assert len(found) == 3
    located = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges_of("LOCATED_IN")}
    assert ("全域旅游示范区", "大青山") in located


def test_synthetic_pipe_table_and_baselines_in_prose():
    text = ("第二章 发展目标\n"
            "| 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | 人均公园绿地面积 | 平方米 | 12.1 | 15 | 预期性 |\n"
            "\n"
            "到2025年，森林覆盖率由36.5%提高到40%，单位地区生产总值二氧化碳排放比2020年下降18%。\n")
    g = _graph(_synthetic(text))
    t = _targets(g)
    park = t["人均公园绿地面积"][0].props
    assert park["target_value"] == 15 and park["baseline_value"] == 12.1 and park["unit"] == "平方米"
    forest = t["森林覆盖率"][0].props
    assert forest["target_value"] == 40 and forest["baseline_value"] == 36.5
    co2 = t["单位地区生产总值二氧化碳排放"][0].props
    assert co2["baseline_year"] == 2020 and co2["target_value"] == 18 and co2["growth"] == "下降18%"


def test_synthetic_subheading_goals_and_prose_box():
    text = ("第二章 总体要求\n"
            "第二节 发展定位\n"
            "（一）区域性科技创新中心\n"
            "依托高新区，到2025年研发经费投入强度达到3%。\n"
            "（二）北方生态安全屏障\n"
            "筑牢生态防线。\n"
            "第三章 产业\n"
            "第一节 先进制造业\n"
            "专栏2 重点制造业项目\n"
            "重点推进新能源装备产业园、光伏组件制造基地和氢能示范项目建设。\n"
            "第二节 其他\n正文。\n")
    g = _graph(_synthetic(text))
    found = {n.name: n.props for n in g.nodes_of("Goal")}
    assert found == {"区域性科技创新中心": {"horizon": 2025, "kind": "定位"},
                     "北方生态安全屏障": {"horizon": 2025, "kind": "定位"}}
    rd = next(e for e in g.edges_of("TARGETS") if g.nodes[e.target].name == "研发经费投入强度")
    assert g.nodes[rd.source].name == "区域性科技创新中心"
    projects = {n.name for n in g.nodes_of("Project")}
    assert projects == {"新能源装备产业园", "光伏组件制造基地", "氢能示范项目"}


def test_synthetic_project_table_and_target_column_named_by_words():
    text = ("第五章 产业发展\n"
            "第一节 壮大特色产业\n"
            "专栏4 某区“十四五”时期乳产业重点项目\n"
            "序号\t项目名称\t建设性质\t总投资（亿元）\t建设内容\n"
            "1\t高端乳制品加工基地\t新建\t12.5\t年产乳制品20万吨\n"
            "2\t奶源示范牧场\t续建\t3\t\n"
            "\n第二节 主要指标\n"
            "序号\t指标\t2020年\t“十四五”目标\t属性\n"
            "1\t奶牛存栏（万头）\t8\t12\t预期性\n")
    g = _graph(_synthetic(text))
    projects = {n.name: n.props for n in g.nodes_of("Project")}
    assert projects["高端乳制品加工基地"]["investment"] == "12.5亿元"
    assert projects["高端乳制品加工基地"]["status"] == "新建" and projects["奶源示范牧场"]["status"] == "续建"
    assert projects["奶源示范牧场"]["box"].startswith("专栏4")
    sup = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges_of("SUPPORTS")}
    assert ("奶源示范牧场", _industry("乳产业")) in sup
    cows = _targets(g)["奶牛存栏"][0].props
    assert (cows["target_value"], cows["target_year"], cows["baseline_value"], cows["baseline_year"]) == (12, 2025, 8, 2020)
    assert cows["unit"] == "万头"


def test_synthetic_counts_and_past_figures_in_a_plan_body():
    text = ("第四章 民生\n第一节 就业\n"
            "2020年，全区城镇登记失业率为3.2%。\n"
            "“十三五”期末，城镇新增就业累计达到2万人。\n"
            "到2025年，累计新增城镇就业5万人以上，培育创业孵化基地3家，人均地区生产总值超过1.5万美元。\n")
    g = _graph(_synthetic(text))
    t = _targets(g)
    assert "城镇登记失业率" not in t and "城镇新增就业" not in t
    jobs = t["新增城镇就业"][0].props
    assert (jobs["target_value"], jobs["unit"], jobs["comparator"], jobs["target_year"]) == (5, "万人", "≥", 2025)
    assert t["创业孵化基地"][0].props["target_value"] == 3
    assert t["人均地区生产总值"][0].props["unit"] == "万美元"


def test_synthetic_several_targets_for_one_indicator_and_other_units():
    text = ("第二章 发展目标\n第一节 主要目标\n"
            "到2025年，全旗地区生产总值突破300亿元，年均增长7%左右；粮食总产量稳定在15亿斤以上；"
            "城乡居民人均可支配收入分别达到5.2万元和2.3万元。\n"
            "第三章 产业\n第一节 现代物流\n力争到2027年物流业增加值突破100亿元。\n")
    g = _graph(_synthetic(text))
    t = _targets(g)
    gdp = t["地区生产总值"][0].props
    assert (gdp["target_value"], gdp["comparator"], gdp["unit"], gdp["growth"]) == (300, "≥", "亿元", "7%左右")
    grain = t["粮食总产量"][0].props
    assert (grain["unit"], grain["comparator"]) == ("亿斤", "≥")
    assert "城乡居民人均可支配收入" not in t       # 分别: which figure is whose is left alone
    assert t["物流业增加值"][0].props["target_year"] == 2027


def test_synthetic_goal_stated_in_prose():
    text = ("第二章 总体要求\n第三节 总体目标\n"
            "到2025年，把本区建设成为呼包鄂榆区域性物流枢纽，地区生产总值年均增长6%。\n")
    g = _graph(_synthetic(text))
    goal = next(g.nodes_of("Goal"))
    assert (goal.name, goal.props["kind"], goal.props["horizon"]) == ("呼包鄂榆区域性物流枢纽", "目标", 2025)
    gdp = next(e for e in g.edges_of("TARGETS"))
    assert gdp.source == goal.id


def test_synthetic_table_with_category_rows_and_a_vision_column():
    text = ("第二章 发展目标\n"
            "指标\t2020年\t2025年\t2035年\t属性\n"
            "经济发展\t\t\t\t\n"
            "地区生产总值（亿元）\t500\t700\t1200\t预期性指标\n"
            "生态环境\t\t\t\t\n"
            "森林覆盖率（%）\t20\t22\t25\t约束性指标\n")
    g = _graph(_synthetic(text))
    t = _targets(g)
    gdp = t["地区生产总值"][0].props
    assert (gdp["target_value"], gdp["target_year"], gdp["baseline_value"], gdp["attribute"]) == (700, 2025, 500, "预期性")
    assert t["森林覆盖率"][0].props["attribute"] == "约束性"
    cats = {n.name: n.props["category"] for n in g.nodes_of("Indicator")}
    assert cats == {"地区生产总值": "经济发展", "森林覆盖率": "生态环境"}


def test_synthetic_share_without_a_verb():
    text = "第七章 养老\n第一节 服务\n到2025年，护理型床位占养老机构床位总数的60%以上。\n"
    g = _graph(_synthetic(text))
    e = next(g.edges_of("TARGETS"))
    node = g.nodes[e.target]
    assert node.name == "护理型床位占养老机构床位总数比重" and node.mentions[0].text == "护理型床位占养老机构床位总数"
    assert (e.props["target_value"], e.props["comparator"], e.props["unit"]) == (60, "≥", "%")


def test_synthetic_table_merged_target_in_words_carries_down():
    """A vertically merged cell (完成上级下达任务 over three 约束性 rows) is blank in the rows below it."""
    text = ("第二章 发展目标\n"
            "专栏1 某旗“十四五”时期主要指标\n"
            "序号\t类别\t指标\t2020年\t2025年\t年均增长\t属性\n"
            "1\t绿色发展\t单位地区生产总值能耗降低（%）\t-\t完成上级下达任务\t-\t约束性\n"
            "2\t\t化学需氧量排放总量减少（%）\t-\t\t-\t约束性\n"
            "3\t\t地级及以上城市空气质量优良天数比率（%）\t86\t\t-\t约束性\n"
            "4\t\t草原综合植被盖度（%）\t45\t≥46\t-\t约束性\n"
            "5\t\t湿地保护率（%）\t50\t\t-\t约束性\n")
    g = _graph(_synthetic(text))
    t = _targets(g)
    for name in ("化学需氧量排放总量减少", "地级及以上城市空气质量优良天数比率"):
        assert t[name][0].props["target"] == "完成上级下达任务", name
    assert t["地级及以上城市空气质量优良天数比率"][0].props["baseline_value"] == 86
    assert t["草原综合植被盖度"][0].props["target_value"] == 46
    # a number interrupts the merged cell: the blank row after it has no target
    assert t["湿地保护率"][0].props["target"] is None


def test_synthetic_news_statistics_are_indicators_without_targets():
    text = ("前三季度经济运行稳中向好\n\n"
            "1-9月，青河旗社会消费品零售总额实现88.2亿元，同比增长6.1%；10家规模以上工业企业（含园区2家）"
            "累计产值为12.5亿元，同比增长3%，规模以上工业增加值同比增长5.2%。全年举办招聘活动120场，"
            "新增城镇就业1.2万人，占全盟28%。\n")
    g = _graph(_synthetic(text, {"kind": "news", "year": 2024, "period": "2024"}))
    names = {n.name for n in g.nodes_of("Indicator")}
    assert names == {"社会消费品零售总额", "规模以上工业企业累计产值", "规模以上工业增加值", "新增城镇就业"}
    assert not list(g.edges_of("TARGETS"))       # reported figures, not targets
    for n in g.nodes_of("Indicator"):
        assert n.mentions and all(text[m.start:m.end] == m.text for m in n.mentions)


def test_synthetic_report_counts_verbless_and_qualitative_targets():
    text = ("二、2026年工作安排\n"
            "今年全旗经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
            "城乡居民人均可支配收入增长与经济增长基本同步。实施重点项目360个以上、年度计划投资420亿元以上。\n"
            "（一）壮大新能源产业集群\n"
            "全力推进以光伏、风电装备为主的新能源装备制造产业集群。建成投产某某逆变器项目，集群产值达到300亿元。\n")
    g = _graph(_synthetic(text, {"kind": "work_report", "year": 2026, "period": "2026"}))
    t = _targets(g)
    same = t["城乡居民人均可支配收入"][0].props
    assert same["target"] == "与经济增长基本同步" and same["target_value"] is None and same["comparator"] == "≈"
    projects = t["重点项目"][0].props
    assert (projects["target_value"], projects["unit"], projects["comparator"]) == (360, "个", "≥")
    assert "实施重点项目" in next(n for n in g.nodes_of("Indicator") if n.name == "重点项目").aliases
    invest = t["年度计划投资"][0].props
    assert (invest["target_value"], invest["unit"], invest["target_year"]) == (420, "亿元", 2026)
    # a section titled as the year's work: its figures are targets; 集群 is the cluster named before it
    cluster = t["新能源装备制造产业集群产值"][0]
    assert cluster.props["target_value"] == 300 and cluster.props["target_year"] == 2026
    assert "集群产值" in g.nodes[cluster.target].aliases


def test_synthetic_targets_in_words_in_a_goal_paragraph():
    text = ("第二章 总体要求\n第四节 发展目标\n"
            "——**加快建设“绿色美”新旗。**单位地区生产总值能耗降到自治区下达的控制目标以内，"
            "地表水水质达到国家和自治区要求，森林覆盖率保持在30%以上。\n")
    g = _graph(_synthetic(text))
    t = _targets(g)
    energy = t["单位地区生产总值能耗"][0]
    assert energy.props["target"] == "自治区下达的控制目标以内" and energy.props["comparator"] == "≤"
    water = t["地表水水质"][0]
    assert water.props["target"] == "国家和自治区要求" and water.props["target_year"] == 2025
    goal = g.nodes[water.source]
    assert goal.label == "Goal" and goal.name == "绿色美新旗"
    assert g.nodes[t["森林覆盖率"][0].source].name == "绿色美新旗"


def test_synthetic_goals_named_in_news_prose():
    text = ("青河旗：奋楫争先谱新篇\n\n"
            "今年以来，青河旗聚焦全方位建设模范自治区两件大事，全力建设现代商贸服务城区、生态文化宜居城区、"
            "数字经济创新发展城区“三个城区”，打造区域性商贸物流中心，加快建设“宜游”城市，"
            "全力向“中国羊绒之都”迈进，国家全域旅游示范区创建工作扎实推进。"
            "同时，旗里规划建设冷链物流枢纽，上榜诚信建设影响力城市，建设新型城市文化空间，打造最具活力的创新中心。\n")
    g = _graph(_synthetic(text, {"kind": "news", "year": 2024, "period": "2024", "place": "青河旗"}))
    found = {n.name: n.props for n in g.nodes_of("Goal")}
    assert set(found) == {"模范自治区", "现代商贸服务城区", "生态文化宜居城区", "数字经济创新发展城区", "三个城区",
                          "区域性商贸物流中心", "宜游城市", "中国羊绒之都", "国家全域旅游示范区"}
    assert found["区域性商贸物流中心"]["kind"] == "目标" and found["区域性商贸物流中心"].get("horizon") is None
    for n in g.nodes_of("Goal"):
        assert all(text[m.start:m.end] == m.text for m in n.mentions)


def test_synthetic_goal_in_plan_prose_has_horizon_and_joins_its_heading():
    text = ("第二章 总体要求\n第三节 发展定位\n"
            "——**现代物流示范区**。依托铁路货场，打造自治区现代物流示范区。\n"
            "第四章 产业\n第一节 科技\n"
            "到2025年，把本区建设成为区域性科技创新中心，建设现代宜居城区。开工建设大数据中心项目。\n")
    g = _graph(_synthetic(text))
    found = {n.name: n for n in g.nodes_of("Goal")}
    assert set(found) == {"现代物流示范区", "区域性科技创新中心", "现代宜居城区"}
    assert "自治区现代物流示范区" in found["现代物流示范区"].aliases      # the heading's goal, written with its scope
    assert found["区域性科技创新中心"].props == {"horizon": 2025, "kind": "目标"}


def test_synthetic_quality_and_place_goal():
    """美丽X区建设取得成效: a quality word with a gazetteer place is the goal the place builds towards."""
    text = "第五章 生态\n第一节 治理\n到2025年，大气和水环境质量持续改善，美丽赛罕区建设取得明显成效，城区建设稳步推进。\n"
    g = _graph(_synthetic(text))
    found = {n.name: n.props for n in g.nodes_of("Goal")}
    assert found == {"美丽赛罕区": {"horizon": 2025, "kind": "目标"}}


def test_synthetic_quantities_capped_without_a_figure():
    text = ("第二章 发展目标\n第一节 主要目标\n"
            "到2025年，全旗用水总量、能源消费总量和强度、二氧化碳排放强度得到有效控制，主要河流水质稳定向好。\n")
    g = _graph(_synthetic(text))
    names = {n.name for n in g.nodes_of("Indicator")}
    assert names == {"用水总量", "能源消费总量和强度", "二氧化碳排放强度"}
    assert not list(g.edges_of("TARGETS"))        # capped, but no figure to target
    for n in g.nodes_of("Indicator"):
        assert len(n.mentions) == 1 and text[n.mentions[0].start:n.mentions[0].end] == n.mentions[0].text


def test_synthetic_goal_lists_joined_by_he_and_scoped_titles_with_de():
    text = ("第二章 总体要求\n第四节 远景目标\n"
            "展望二〇三五年，基本建成开放包容、生态宜居的现代化区域中心城市。\n"
            "第三章 产业\n第一节 物流\n"
            "加快打造区域性冷链物流枢纽和北方重要的绿色农畜产品输出基地，打造具有影响力的城市，"
            "建设内蒙古最高端的汽车贸易服务中心。\n")
    g = _graph(_synthetic(text))
    found = {n.name: n.props for n in g.nodes_of("Goal")}
    assert set(found) == {"现代化区域中心城市", "区域性冷链物流枢纽", "北方重要的绿色农畜产品输出基地"}
    assert found["现代化区域中心城市"] == {"horizon": 2035, "kind": "远景"}


def test_synthetic_shared_target_in_words_units_and_own_place():
    text = ("第二章 发展目标\n第一节 主要目标\n"
            "到2025年，细颗粒物浓度和空气质量优良天数比率达到自治区考核目标，金河区数据中心服务器装机能力达到50万台。\n")
    g = _graph(_synthetic(text, {"place": "金河区"}))
    t = _targets(g)
    for name in ("细颗粒物浓度", "空气质量优良天数比率"):
        assert t[name][0].props["target"] == "自治区考核目标"
    servers = t["数据中心服务器装机能力"][0].props       # the document's own place is where, not what
    assert (servers["target_value"], servers["unit"]) == (50, "万台")


def test_synthetic_report_growth_in_points_and_income_in_step():
    text = ("今年全市经济社会发展的主要预期目标是：常住人口城镇化率提高1个百分点，"
            "一般公共预算收入同口径增长5%，城乡居民收入增长和经济增长同步，节能减排完成自治区下达目标任务，改造提升245个老旧小区。\n")
    g = _graph(_synthetic(text, {"kind": "work_report", "year": 2026, "period": "2026"}))
    t = _targets(g)
    urban = t["常住人口城镇化率"][0].props
    assert (urban["target_value"], urban["unit"], urban["growth"]) == (1, "个百分点", "1个百分点")
    assert t["城乡居民收入"][0].props["target"] == "和经济增长同步"
    assert t["一般公共预算收入"][0].props["growth"] == "5%"      # 同口径 qualifies the growth, not the name
    assert "节能减排" not in t and "改造" not in t      # a task in words and work done are not measures


def test_synthetic_positionings_listed_and_goals_joined_by_he():
    text = ("第二章 总体要求\n第三节 发展定位\n"
            "立足资源禀赋和产业基础，着力打造“一城两区”，即：区域性中心城市，国家级经济技术开发区和承接产业转移示范区。\n"
            "第四节 发展目标\n"
            "到2025年，基本建成区域性创新高地，建设全国文明城市取得新进展，力争早日建成北疆文化示范区，"
            "积极争创国家全域旅游示范区和国家森林城市。\n")
    g = _graph(_synthetic(text))
    found = {n.name: n.props for n in g.nodes_of("Goal")}
    assert set(found) == {"区域性中心城市", "承接产业转移示范区", "区域性创新高地", "全国文明城市",
                          "北疆文化示范区", "国家全域旅游示范区", "国家森林城市"}
    assert found["区域性中心城市"] == {"horizon": 2025, "kind": "定位"}
    assert found["全国文明城市"] == {"horizon": 2025, "kind": "目标"}


def test_synthetic_statistics_written_verb_first_and_work_done_is_not_one():
    text = ("2023年，全市实现地区生产总值3802.2亿元，完成固定资产投资1200亿元，居民消费价格指数上涨2.1%，"
            "接待游客1200万人次，改造老旧小区86个，改造面积42万平方米，改造户数5600户。\n")
    g = _graph(_synthetic(text, {"kind": "news", "year": 2024, "period": "2024"}))
    assert {n.name for n in g.nodes_of("Indicator")} == {"地区生产总值", "固定资产投资", "居民消费价格指数"}


def test_synthetic_lead_verbs_and_trillion_units():
    text = ("第七章 民生\n第一节 收入\n到2025年，坚持居民收入和经济增长同步，金融机构本外币贷款余额突破2.5万亿元。\n")
    g = _graph(_synthetic(text))
    t = _targets(g)
    assert t["居民收入"][0].props["target"] == "和经济增长同步"
    loans = t["金融机构本外币贷款余额"][0].props
    assert (loans["target_value"], loans["unit"], loans["comparator"]) == (2.5, "万亿元", "≥")


def test_synthetic_works_and_quantities_are_not_goals():
    text = ("第五章 城市建设\n第一节 城市更新\n"
            "加快建设青河新机场，建设区域性医疗中心，打造一批特色街区，建成投用市民服务中心，创建国家卫生城市，"
            "建设智慧城市大脑，建设综合交通枢纽项目，建设一批示范区，建设若干农业示范区，打造区域物流枢纽。\n")
    g = _graph(_synthetic(text))
    assert {n.name for n in g.nodes_of("Goal")} == {"国家卫生城市", "区域物流枢纽"}


def test_synthetic_table_with_five_year_plan_columns():
    text = ("第二章 发展目标\n专栏1 主要指标\n"
            "类别\t指标\t单位\t“十三五”末\t“十四五”末\t属性\n"
            "经济发展\t地区生产总值\t亿元\t300\t420\t预期性\n")
    gdp = _targets(_graph(_synthetic(text)))["地区生产总值"][0].props
    assert (gdp["target_value"], gdp["target_year"], gdp["baseline_value"], gdp["baseline_year"]) == (420, 2025, 300, 2020)


def test_synthetic_report_review_then_work_ahead():
    text = ("一、2025年工作回顾\n全年新增城镇就业4.1万人，地区生产总值增长5.2%。\n"
            "二、2026年重点工作\n（一）扩大有效投资\n全年新开工亿元以上项目200个以上，工业投资增长12%。\n")
    g = _graph(_synthetic(text, {"kind": "work_report", "year": 2026, "period": "2026"}))
    t = _targets(g)
    assert set(t) == {"亿元以上项目", "工业投资"} and t["工业投资"][0].props["target_year"] == 2026
    assert {"新增城镇就业", "地区生产总值"} <= {n.name for n in g.nodes_of("Indicator")}   # reviewed: statistics


def test_synthetic_review_statistics_from_one_figure_to_another():
    text = ("第一章 发展基础\n第一节 “十三五”发展成就\n"
            "五年来，城镇居民人均可支配收入由3.2万元增加到4.5万元，森林覆盖率从30%提高到35%，建成口袋公园20个。\n")
    g = _graph(_synthetic(text))
    assert {n.name for n in g.nodes_of("Indicator")} == {"城镇居民人均可支配收入", "森林覆盖率"}
    assert not list(g.edges_of("TARGETS"))


def test_synthetic_current_state_in_a_plan_body_is_no_target():
    text = ("第四章 城镇化\n第一节 现状\n目前，全区常住人口城镇化率72%，现有高新技术企业20家。\n"
            "第二节 任务\n推进储能项目前期工作，到2025年，常住人口城镇化率达到76%。\n")
    g = _graph(_synthetic(text))
    urban = _targets(g)["常住人口城镇化率"]
    assert [e.props["target_value"] for e in urban] == [76]


def test_synthetic_words_water_classes_shared_figures_and_completed_investment():
    text = ("第二章 发展目标\n第一节 主要目标\n"
            "到二〇三五年，人均地区生产总值达到中等发达国家水平，大清河青山段水质稳定达到Ⅲ类。\n"
            "第三章 投资\n第一节 项目\n"
            "2025年，全年实施重点项目80个以上，完成投资95亿元以上，完成固定资产投资160亿元。\n")
    g = _graph(_synthetic(text))
    t = _targets(g)
    gdp = t["人均地区生产总值"][0].props
    assert (gdp["target"], gdp["target_year"]) == ("中等发达国家水平", 2035)
    water = t["大清河青山段水质"][0]
    assert water.props["target"] == "Ⅲ类"     # as written (the NFKC form III类 matches it in evaluation)
    assert text[water.evidence[0].start:water.evidence[0].end] == water.evidence[0].text
    assert t["完成投资"][0].props["target_value"] == 95
    fixed = t["固定资产投资"][0].props
    assert (fixed["target_value"], fixed["unit"]) == (160, "亿元")
    assert "完成固定资产投资" in next(n for n in g.nodes_of("Indicator") if n.name == "固定资产投资").aliases


def test_synthetic_report_statistics_shared_by_a_list_and_water_class():
    text = ("2024年，城镇居民人均可支配收入、农村牧区居民人均可支配收入分别增长5.1%和7.2%；"
            "大黑河青山段水质稳定达到Ⅳ类；截至3月底，青山新区服务器装机能力达到80万台。\n")
    g = _graph(_synthetic(text, {"kind": "news", "year": 2025, "period": "2025", "place": "青山新区"}))
    names = {n.name for n in g.nodes_of("Indicator")}
    assert names == {"城镇居民人均可支配收入", "农村牧区居民人均可支配收入", "大黑河青山段水质", "服务器装机能力"}
    assert not list(g.edges_of("TARGETS"))


def test_synthetic_quality_place_goals_after_a_verb_and_core_zones():
    text = ("第二章 总体要求\n第四节 远景目标\n"
            "到二〇三五年，全面建成“生态武川、幸福武川”。\n"
            "第五章 数字经济\n第一节 算力\n"
            "力争把本县打造成为国家算力网络核心区和首府南部清洁能源基地，建设产业集聚区。\n")
    g = _graph(_synthetic(text))
    found = {n.name: n.props for n in g.nodes_of("Goal")}
    assert set(found) == {"生态武川", "幸福武川", "国家算力网络核心区", "首府南部清洁能源基地"}
    assert found["幸福武川"]["horizon"] == 2035


def test_box_item_with_its_company_in_brackets():
    """X项目（某某有限公司）: the bracket names who builds the item, not part of its name."""
    text = ("第五章 产业发展\n第一节 农牧业\n"
            "专栏2 某旗“十四五”时期农牧业重点项目\n"
            "1. 白石镇万亩青贮玉米种植基地项目（内蒙古青禾农牧科技有限公司）。\n"
            "2. 红泉乡肉牛育肥示范园项目（某旗城乡发展集团）。\n"
            "3. 北滩村设施农业大棚项目（2022-2024年）。\n"
            "第二节 其他\n正文。\n")
    doc = _synthetic(text)
    g = _graph(doc)
    projects = {n.name for n in g.nodes_of("Project")}
    assert {"白石镇万亩青贮玉米种植基地项目", "红泉乡肉牛育肥示范园项目", "北滩村设施农业大棚项目"} <= projects
    assert not any("公司" in p or "集团" in p for p in projects)
    orgs = {n.name: n for n in g.nodes_of("Organization")}
    assert {"内蒙古青禾农牧科技有限公司", "某旗城乡发展集团"} <= set(orgs)
    involves = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges_of("INVOLVES")}
    assert ("白石镇万亩青贮玉米种植基地项目", "内蒙古青禾农牧科技有限公司") in involves
    assert ("红泉乡肉牛育肥示范园项目", "某旗城乡发展集团") in involves
    for m in orgs["内蒙古青禾农牧科技有限公司"].mentions:
        assert doc.text[m.start:m.end] == m.text


# -- 专栏 items: what the description says (all extractors run: a description's parts must not become entities) --
TUZUO_BOX = (
    "第四章 乡村产业\n第一节 农牧业\n"
    "专栏3 土默特左旗乡村产业振兴重点工程\n"
    "1．奶牛养殖提质振兴工程：在察素齐镇、毕克齐镇新建标准化奶牛牧场4座，配套建设毕克齐镇奶业科技小院和青贮窖"
    "（内蒙古金川乳业有限公司、旗农牧和科技局）。\n"
    "2．善岱镇葡萄酒庄建设项目：依托善岱镇葡萄种植基地，建设年产2000吨葡萄酒生产线（呼和浩特市紫塞酒业有限责任公司）。\n"
    "3．白庙子镇农村道路硬化示范工程：实施白庙子镇、北什轴乡、塔布赛乡村组道路硬化和路灯安装（旗交通运输局、各乡镇人民政府）。\n"
    "4．台阁牧镇农畜产品仓储物流中心：建设冷库1万吨，服务肉牛、葡萄产业和农村电子商务（土默特左旗供销合作社联合社）。\n"
    "5．新型职业农民培育提升工程：开展农牧民技能培训和创业扶持，培育家庭农场200家。\n"
    "第二节 其他\n正文。\n"
)


def _full(text: str, place: str = "土默特左旗"):
    doc = _synthetic(text, {"place": place})
    return doc, plan_graph(doc)


def _rels(g, rel_type: str) -> set:
    return {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges_of(rel_type)}


def test_box_item_description_sites_builders_and_served_industries():
    doc, g = _full(TUZUO_BOX)
    projects = {n.name for n in g.nodes_of("Project")}
    policies = {n.name for n in g.nodes_of("Policy")}
    # a …振兴/示范工程 that builds 4 farms or hardens roads is a project; one that trains and fosters is a campaign
    assert {"奶牛养殖提质振兴工程", "善岱镇葡萄酒庄建设项目", "白庙子镇农村道路硬化示范工程",
            "台阁牧镇农畜产品仓储物流中心"} <= projects
    assert "新型职业农民培育提升工程" in policies and "新型职业农民培育提升工程" not in projects
    assert not policies & projects
    # the description's parts are no projects of their own; a named, sited facility it builds is
    assert not projects & {"标准化奶牛牧场", "善岱镇葡萄种植基地", "葡萄酒生产线", "青贮窖"}
    assert "毕克齐镇奶业科技小院" in projects
    located = _rels(g, "LOCATED_IN")
    assert {("奶牛养殖提质振兴工程", "察素齐镇"), ("奶牛养殖提质振兴工程", "毕克齐镇"),
            ("善岱镇葡萄酒庄建设项目", "善岱镇"), ("白庙子镇农村道路硬化示范工程", "北什轴乡"),
            ("白庙子镇农村道路硬化示范工程", "塔布赛乡"), ("白庙子镇农村道路硬化示范工程", "白庙子镇")} <= located
    for p in ("奶牛养殖提质振兴工程", "善岱镇葡萄酒庄建设项目", "台阁牧镇农畜产品仓储物流中心"):
        assert (p, "土默特左旗") in located       # the box title's place holds every item
    involves = _rels(g, "INVOLVES")
    assert {("奶牛养殖提质振兴工程", "内蒙古金川乳业有限公司"), ("奶牛养殖提质振兴工程", "旗农牧和科技局"),
            ("善岱镇葡萄酒庄建设项目", "呼和浩特市紫塞酒业有限责任公司"),
            ("白庙子镇农村道路硬化示范工程", "旗交通运输局"),
            ("台阁牧镇农畜产品仓储物流中心", "土默特左旗供销合作社联合社")} <= involves
    orgs = {n.name for n in g.nodes_of("Organization")}
    assert not any(o.startswith("各") for o in orgs) and "土默特左旗供销合作社" not in orgs
    supports = _rels(g, "SUPPORTS")
    served = {t for s, t in supports if s == "台阁牧镇农畜产品仓储物流中心"}
    assert {"肉牛产业", "葡萄产业"} <= served and any("电子商务" in t or t.endswith("电商") for t in served)
    for n in g.nodes.values():
        for m in n.mentions:
            assert doc.text[m.start:m.end] == m.text
    for e in g.edges.values():
        for ev in e.evidence:
            assert doc.text[ev.start:ev.end] == ev.text


def test_box_item_forms_numbering_separators_and_labelled_builders():
    text = ("第五章 基础设施\n第一节 水利\n"
            "专栏4 托克托县“十四五”水利重点项目\n"
            "（1）双河镇再生水厂扩建项目。建设单位：托克托县水务投资有限公司。总投资3.2亿元。\n"
            "（2）五申镇引黄灌区节水改造工程，改造渠道60公里，责任单位：县水利局。\n"
            "① 新营子镇防洪堤加固工程：加固堤防12公里，实施主体：托克托县城乡建设投资集团有限公司\n"
            "1、伍什家镇人饮安全巩固提升工程（县水利局）\n"
            "第二节 其他\n正文。\n")
    doc, g = _full(text, "托克托县")
    projects = {n.name: n for n in g.nodes_of("Project")}
    assert {"双河镇再生水厂扩建项目", "五申镇引黄灌区节水改造工程", "新营子镇防洪堤加固工程",
            "伍什家镇人饮安全巩固提升工程"} <= set(projects)
    assert projects["双河镇再生水厂扩建项目"].props["investment"] == "3.2亿元"
    involves = _rels(g, "INVOLVES")
    assert {("双河镇再生水厂扩建项目", "托克托县水务投资有限公司"), ("五申镇引黄灌区节水改造工程", "县水利局"),
            ("新营子镇防洪堤加固工程", "托克托县城乡建设投资集团有限公司"),
            ("伍什家镇人饮安全巩固提升工程", "县水利局")} <= involves


def test_box_item_wrapped_over_lines():
    """A hard-wrapped plan breaks an item's description (and names in it) across lines."""
    text = ("第三章 生态\n第一节 修复\n"
            "专栏2 和林格尔县生态修复重点工程\n"
            "1. 浑河和林格尔段综合治理工程：覆盖盛乐镇、新店子镇、舍必崖乡，治\n"
            "理水土流失面积80平方公里，由内蒙古绿川生态建设集团有限公司承\n"
            "建。\n"
            "2. 大红城乡矿山修复项目：在大红城乡、羊群沟乡治理废弃矿山30处（县自然\n"
            "资源局）。\n"
            "第二节 其他\n正文。\n")
    doc, g = _full(text, "和林格尔县")
    located = _rels(g, "LOCATED_IN")
    assert {("浑河和林格尔段综合治理工程", p) for p in ("盛乐镇", "新店子镇", "舍必崖乡")} <= located
    assert {("大红城乡矿山修复项目", "大红城乡"), ("大红城乡矿山修复项目", "羊群沟乡")} <= located
    involves = _rels(g, "INVOLVES")
    assert ("大红城乡矿山修复项目", "县自然资源局") in involves
    for n in g.nodes.values():
        for m in n.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_box_listing_places_or_sectors_gives_no_projects():
    """专栏 of towns or zones (1. 毕克齐镇：发展…) and of sectors (1. 乳业：…): the item is the place, whose
    description's sectors and works are in it, or the sector, of the title's place."""
    text = ("第六章 城镇\n第一节 重点镇\n"
            "专栏5 土默特左旗特色小镇建设工程\n"
            "1. 毕克齐镇：重点发展设施农业和乡村旅游，建设敕勒川田园综合体。\n"
            "2. 察素齐镇：建设旗域商贸物流中心，发展现代物流和电子商务。\n"
            "专栏6 土默特左旗重点产业\n"
            "1. 乳业：做强奶源基地。\n"
            "第二节 其他\n正文。\n")
    doc, g = _full(text)
    projects = {n.name for n in g.nodes_of("Project")}
    assert not projects & {"毕克齐镇", "察素齐镇", "乳业"}
    assert {"毕克齐镇", "察素齐镇"} <= {n.name for n in g.nodes_of("Place")}
    located = _rels(g, "LOCATED_IN")
    assert {(_industry("设施农业"), "毕克齐镇"), (_industry("乡村旅游业"), "毕克齐镇"),
            ("敕勒川田园综合体", "毕克齐镇"), (_industry("现代物流"), "察素齐镇"),
            (_industry("电子商务"), "察素齐镇"), (_industry("乳业"), "土默特左旗")} <= located


def test_campaign_item_without_build_stays_policy_and_site_phrase_needs_a_place():
    """Negative cases: 依托 a university is no site; 服务 people is no sector; a campaign stays a Policy."""
    text = ("第七章 人才\n第一节 科技\n"
            "专栏7 某旗科技创新重点工程\n"
            "1. 科技型企业培育成长工程：依托内蒙古大学开展企业孵化，服务周边农户和返乡青年（旗科技局）。\n"
            "第二节 其他\n正文。\n")
    doc, g = _full(text)
    assert "科技型企业培育成长工程" in {n.name for n in g.nodes_of("Policy")}
    assert not any(t == "内蒙古自治区" for s, t in _rels(g, "LOCATED_IN") if s == "科技型企业培育成长工程")
    assert not {t for s, t in _rels(g, "SUPPORTS") if s == "科技型企业培育成长工程"}


def test_box_item_kind_by_what_the_description_does():
    """A …工程 that only runs activities is a campaign even under a county's name; one that reinforces a
    site is works; a role after a builder (牵头) is no part of its name; a wrapped name is read whole."""
    text = ("第五章 文化旅游\n第一节 全域旅游\n"
            "专栏4 托克托县文化旅游重点项目\n"
            "1. 托克托县全域旅游宣传推广工程：开展“黄河几字弯”旅游品牌宣传推广活动。\n"
            "2. 云中古城遗址保护展示工程。实施遗址本体加固和展示利用（县文化旅游体育局牵头，相关部门配合）。\n"
            "3. 呼和浩特新机场至托克托县双河镇旅游快速通道及配套游客集散广场建设\n"
            "工程：新建快速路18公里（托克托县交通投资有限责任公司）。\n"
            "第二节 其他\n正文。\n")
    doc, g = _full(text, "托克托县")
    projects = {n.name for n in g.nodes_of("Project")}
    policies = {n.name for n in g.nodes_of("Policy")}
    assert "托克托县全域旅游宣传推广工程" in policies and "托克托县全域旅游宣传推广工程" not in projects
    assert "云中古城遗址保护展示工程" in projects
    wrapped = "呼和浩特新机场至托克托县双河镇旅游快速通道及配套游客集散广场建设工程"
    assert wrapped in projects
    involves = _rels(g, "INVOLVES")
    assert ("云中古城遗址保护展示工程", "县文化旅游体育局") in involves
    assert (wrapped, "托克托县交通投资有限责任公司") in involves
    assert not any(o.startswith("相关") for o in {n.name for n in g.nodes_of("Organization")})
    for n in g.nodes.values():
        for m in n.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_box_item_name_notes_builders_in_prose_and_an_adjectival_topic():
    """Notes in brackets after a name (status, years, investment) are no part of it; 由X建设运营 names the
    builder; 重点工业项目 serves 工业, not a sector called 重点工业."""
    text = ("第四章 产业\n第一节 工业\n"
            "专栏3 托克托县重点工业项目\n"
            "1. 托电工业园区光伏组件生产线项目（总投资12亿元）\n"
            "2. 新营子镇生物发酵产业园二期项目（新建，2023—2025年）：建设发酵车间4万平方米。\n"
            "3. 五申镇再生资源综合利用基地（续建）（内蒙古绿循环保科技有限公司）\n"
            "4. 双河镇氢能重卡换电站项目，由托克托县能源投资集团有限公司建设运营。\n"
            "5. 城发（燕山营）物流园区项目。\n"
            "第二节 其他\n正文。\n")
    doc, g = _full(text, "托克托县")
    projects = {n.name: n.props for n in g.nodes_of("Project")}
    assert {"托电工业园区光伏组件生产线项目", "新营子镇生物发酵产业园二期项目", "五申镇再生资源综合利用基地",
            "双河镇氢能重卡换电站项目"} <= set(projects)
    assert any(p.startswith("城发") and p.endswith("物流园区项目") for p in projects)
    assert projects["托电工业园区光伏组件生产线项目"]["investment"] == "12亿元"
    assert projects["新营子镇生物发酵产业园二期项目"]["status"] == "新建"
    assert projects["五申镇再生资源综合利用基地"]["status"] == "续建"
    involves = _rels(g, "INVOLVES")
    assert ("五申镇再生资源综合利用基地", "内蒙古绿循环保科技有限公司") in involves
    assert ("双河镇氢能重卡换电站项目", "托克托县能源投资集团有限公司") in involves
    assert not [t for s, t in _rels(g, "SUPPORTS") if t.startswith("重点")]     # 重点 qualifies the projects


def test_box_items_marked_by_bullets():
    text = ("第四章 产业\n第一节 服务业\n"
            "专栏3 玉泉区现代服务业重点项目\n"
            "• 小召前街智慧商圈改造项目：改造商业街区2公里（玉泉区商务局）\n"
            "- 石东路城市更新项目：由呼和浩特市玉泉城市发展集团有限公司实施\n"
            "第二节 其他\n正文。\n")
    doc, g = _full(text, "玉泉区")
    assert {"小召前街智慧商圈改造项目", "石东路城市更新项目"} <= {n.name for n in g.nodes_of("Project")}
    involves = _rels(g, "INVOLVES")
    assert ("小召前街智慧商圈改造项目", "玉泉区商务局") in involves
    assert ("石东路城市更新项目", "呼和浩特市玉泉城市发展集团有限公司") in involves
    assert ("石东路城市更新项目", _industry("现代服务业")) in _rels(g, "SUPPORTS")


def test_project_table_site_builder_and_content_columns():
    text = ("第五章 产业发展\n第一节 壮大特色产业\n"
            "专栏4 某旗“十四五”时期乳产业重点项目\n"
            "序号\t项目名称\t建设地点\t建设内容\t总投资（亿元）\t建设单位\n"
            "1\t高端乳制品加工基地\t察素齐镇\t新建乳制品加工车间及冷链仓储中心\t12.5\t内蒙古金川乳业有限公司\n"
            "2\t奶源示范牧场\t毕克齐镇、善岱镇\t新建标准化牧场3座\t3\t旗农牧和科技局牵头\n"
            "\n第二节 其他\n正文。\n")
    doc, g = _full(text)
    assert {n.name for n in g.nodes_of("Project")} == {"高端乳制品加工基地", "奶源示范牧场"}
    located = _rels(g, "LOCATED_IN")
    assert {("高端乳制品加工基地", "察素齐镇"), ("奶源示范牧场", "毕克齐镇"), ("奶源示范牧场", "善岱镇")} <= located
    involves = _rels(g, "INVOLVES")
    assert {("高端乳制品加工基地", "内蒙古金川乳业有限公司"), ("奶源示范牧场", "旗农牧和科技局")} <= involves
    for e in g.edges.values():
        for ev in e.evidence:
            assert doc.text[ev.start:ev.end] == ev.text


# -- round 2: 专栏 items written as fields, with the investment first, builders after 为 or 依托 ------------------
def _rels(g, rel: str) -> set:
    return {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges_of(rel)}


def test_box_items_written_as_labelled_fields_in_any_order():
    text = ("第三章 产业发展\n第一节 壮大装备制造和新能源产业\n推动产业集聚。\n"
            "专栏4 某某工业园区“十四五”重点产业项目\n\n"
            "年产2万吨碳纤维复合材料项目；建设地点：东部新材料片区；建设单位：某某恒远新材料有限公司；总投资12亿元。\n\n"
            "风电装备制造基地项目；总投资8亿元；建设单位：某某重工股份有限公司；建设地点：\n北滩镇、南营乡。\n\n"
            "第四章 保障措施\n加强领导。\n")
    g = _graph(_synthetic(text))
    projects = {n.name: n.props for n in g.nodes_of("Project")}
    assert {"年产2万吨碳纤维复合材料项目", "风电装备制造基地项目"} <= set(projects)
    assert projects["年产2万吨碳纤维复合材料项目"]["investment"] == "12亿元"
    located, involves = _rels(g, "LOCATED_IN"), _rels(g, "INVOLVES")
    assert ("年产2万吨碳纤维复合材料项目", "新材料片区") in located          # the direction word is not the zone's name
    assert {("风电装备制造基地项目", "北滩镇"), ("风电装备制造基地项目", "南营乡")} <= located
    assert ("年产2万吨碳纤维复合材料项目", "某某恒远新材料有限公司") in involves
    assert ("风电装备制造基地项目", "某某重工股份有限公司") in involves
    # 重点产业项目 names no industry: no item SUPPORTS 产业, nor the section title's industries
    assert not any(src in projects for src, _ in _rels(g, "SUPPORTS"))


def test_box_item_with_investment_before_name_builder_after_wei_and_host_university():
    text = ("专栏2 某区数字经济重点项目\n"
            "1.总投资2.4亿元的城市算力调度中心项目（建设单位：某某云图科技有限公司），布局于昭乌达路数字产业园。\n"
            "2.智慧物流园改造项目：投资1.1亿元，建设单位为某区商务局、某某快运有限公司。\n"
            "3.区块链应用联合实验室项目：依托内蒙古大学，总投资0.5亿元。\n"
            "4.冷链仓储项目：依托现有冷库，总投资0.3亿元。\n")
    g = _graph(_synthetic(text))
    projects = {n.name: n.props for n in g.nodes_of("Project")}
    assert "城市算力调度中心项目" in projects and projects["城市算力调度中心项目"]["investment"] == "2.4亿元"
    assert not any(n.startswith("总投资") for n in projects)
    involves = _rels(g, "INVOLVES")
    assert ("城市算力调度中心项目", "某某云图科技有限公司") in involves
    assert {("智慧物流园改造项目", "某区商务局"), ("智慧物流园改造项目", "某某快运有限公司")} <= involves
    assert ("区块链应用联合实验室项目", "内蒙古大学") in involves
    assert not any(src == "冷链仓储项目" for src, _ in involves)      # 依托 a facility: no one takes part
    assert ("城市算力调度中心项目", "昭乌达路数字产业园") in _rels(g, "LOCATED_IN")


def test_project_built_in_a_town_is_not_read_as_a_park():
    text = ("专栏3 某县农业重点项目\n"
            "1.设施农业提升项目：在榆林镇建设智慧温室产业园，总投资1亿元。\n")
    g = _graph(_synthetic(text))
    located = _rels(g, "LOCATED_IN")
    assert ("设施农业提升项目", "榆林镇") in located
    assert not any(t.startswith("榆林镇建设") for _, t in located)


def test_box_item_site_without_colon_and_companies_brought_in():
    text = ("专栏6 某市医疗卫生重点项目\n"
            "1.某市疾病预防控制中心迁建项目，总投资2.1亿元，建设地点金河镇。\n"
            "2.生物医药产业园项目，总投资6亿元，引进某某药业股份有限公司、某某医疗器械有限公司等企业。\n"
            "3.基层人才培养项目，引进医学专业人才200名。\n")
    g = _graph(_synthetic(text))
    assert ("某市疾病预防控制中心迁建项目", "金河镇") in _rels(g, "LOCATED_IN")
    involves = _rels(g, "INVOLVES")
    assert {("生物医药产业园项目", "某某药业股份有限公司"), ("生物医药产业园项目", "某某医疗器械有限公司")} <= involves
    assert not any(src == "基层人才培养项目" for src, _ in involves)


def test_box_lines_led_by_a_sector_serve_it_and_name_their_builders():
    # a box of major projects grouped by sector on unnumbered lines, hard-wrapped inside a name
    text = ("专栏7 某市“十四五”重大产业项目\n\n"
            "装备制造：青岚重工风电塔筒项目（内蒙古青岚重工有限公司）、白雁机场临空物流园、北\n"
            "岭精密铸造产业园。\n"
            "数字经济：云杉数据中心二期、某区软件园（续建）。\n")
    g = _graph(_synthetic(text))
    sup = _rels(g, "SUPPORTS")
    equip, digital = _industry("装备制造"), _industry("数字经济")
    assert {("青岚重工风电塔筒项目", equip), ("白雁机场临空物流园", equip), ("北岭精密铸造产业园", equip),
            ("云杉数据中心二期", digital), ("某区软件园", digital)} <= sup
    assert ("青岚重工风电塔筒项目", "内蒙古青岚重工有限公司") in _rels(g, "INVOLVES")
    projects = {n.name: n.props for n in g.nodes_of("Project")}
    assert projects["某区软件园"]["status"] == "续建"
    assert not any(n.startswith(("装备制造", "数字经济")) for n in projects)
    assert not any(s == "青岚重工风电塔筒项目" and t == digital for s, t in sup)


def test_box_sector_leads_as_plans_write_them():
    text = ("专栏3 某旗重点项目\n"
            "（一）乳业项目：金穗奶酪工厂项目（某某金穗乳业有限公司）、塞北牧场三期。\n"
            "（二）新材料：青岩硅材料产业园。\n")
    sup = _rels(_graph(_synthetic(text)), "SUPPORTS")
    assert {("金穗奶酪工厂项目", _industry("乳业")), ("塞北牧场三期", _industry("乳业")),
            ("青岩硅材料产业园", _industry("新材料"))} <= sup
    text = ("专栏3 某旗重点项目\n"
            "【现代物流】陶林冷链分拨中心、南塘公铁联运物流园\n"
            "文化旅游领域：古堡遗址公园、“塞上风情”文旅推广行动。\n")
    g = _graph(_synthetic(text))
    sup = _rels(g, "SUPPORTS")
    logistics, tourism = _industry("现代物流"), _industry("文化旅游")
    assert {("陶林冷链分拨中心", logistics), ("南塘公铁联运物流园", logistics), ("古堡遗址公园", tourism)} <= sup
    assert any(s.endswith("文旅推广行动") and t == tourism for s, t in sup)
    assert any(n.name.endswith("文旅推广行动") for n in g.nodes_of("Policy"))   # a campaign is a Policy


def test_box_sector_written_alone_on_its_line_heads_the_numbered_items_after_it():
    text = ("专栏3 某旗重点项目\n"
            "【乳业】\n1. 金穗奶酪工厂项目。\n2. 塞北牧场三期工程。\n"
            "新材料领域：\n3. 青岩硅材料产业园项目。\n")
    sup = _rels(_graph(_synthetic(text)), "SUPPORTS")
    assert {("金穗奶酪工厂项目", _industry("乳业")), ("塞北牧场三期工程", _industry("乳业")),
            ("青岩硅材料产业园项目", _industry("新材料"))} <= sup
    assert not any(s == "青岩硅材料产业园项目" and t == _industry("乳业") for s, t in sup)


def test_box_lines_led_by_no_sector_or_followed_by_prose_are_no_sector_lists():
    text = ("专栏3 某旗重点项目\n"
            "乳业：重点发展高端乳制品，建设优质奶源基地。\n"
            "建设内容：金穗奶酪工厂项目、塞北牧场三期。\n"
            "重点产业：青岩硅材料产业园、南塘物流园。\n"
            "某镇：陶林冷链分拨中心。\n"
            "新能源：光伏组件、储能电池、氢燃料电池。\n")
    g = _graph(_synthetic(text, {"place": "某旗"}))
    sup = _rels(g, "SUPPORTS")
    assert not any(s in ("金穗奶酪工厂项目", "塞北牧场三期", "青岩硅材料产业园", "南塘物流园", "陶林冷链分拨中心")
                   for s, _ in sup)
    assert not any(t in ("建设内容", "重点产业", "某镇") for _, t in sup)
    assert not any(n.name in ("光伏组件", "储能电池") for n in g.nodes_of("Project"))
    # the same line outside a box is prose, not a box's list
    outside = _graph(_synthetic("第三章 产业\n\n乳业：金穗奶酪工厂项目、塞北牧场三期。\n"))
    assert not any(e.extractor == "box-item" for e in outside.edges.values())


def test_box_lines_led_by_a_category_serve_the_box_title_sector():
    from tests.test_quality_targets import _graph
    text = ("专栏4　和林格尔新区算力产业重点项目\n"
            "1.算力基础设施：甲云智算中心一期项目（甲云科技有限公司）、乙联通数据中心扩容工程。\n"
            "2.绿色能源保障：新区绿色供电专线工程、数据中心余热回收示范项目。\n")
    g = _graph(text, place="和林格尔县")
    supports = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "SUPPORTS"}
    assert ("甲云智算中心一期项目", "算力产业") in supports and ("数据中心余热回收示范项目", "算力产业") in supports
    names = {n.name for n in g.nodes.values()}
    assert "算力基础设施" not in names and "绿色能源保障" not in names
    involves = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "INVOLVES"}
    assert ("甲云智算中心一期项目", "甲云科技有限公司") in involves


def test_box_title_with_a_river_theme_serves_the_sector_after_it():
    from tests.test_quality_targets import _graph
    text = "专栏3 清水河县黄河文化旅游重点项目\n1. 浑河湿地生态旅游项目：建设观鸟栈道。\n2. 古渡文化村项目：修缮古渡口。\n"
    g = _graph(text, place="清水河县")
    supports = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "SUPPORTS"}
    assert any(t in ("文化旅游", "文化旅游业") and s == "浑河湿地生态旅游项目" for s, t in supports), supports


def test_box_of_projects_and_platforms_and_a_culture_and_tourism_box_serve_their_sector():
    from tests.test_quality_targets import _graph
    text = ("专栏3 算力产业重点项目和平台\n1.甲乙算力调度服务平台：建设全市统一的算力资源调度平台（市数据局）。\n\n"
            "专栏2 武川县文化和旅游重点项目\n1.哈乐镇红色教育培训基地项目：建设培训教室（县文化旅游体育局）。\n")
    g = _graph(text)
    supports = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "SUPPORTS"}
    assert ("甲乙算力调度服务平台", "算力产业") in supports
    assert ("哈乐镇红色教育培训基地项目", "文化旅游业") in supports


def test_box_items_one_to_a_line_unnumbered_and_lines_led_by_a_chain():
    from tests.test_quality_targets import _graph
    text = ("专栏4 呼和浩特市现代物流业重点项目\n\n"
            "甲乙物流园区多式联运中心项目：建设铁路专用线3条。（丙丁物流投资有限公司）\n"
            "戊己公铁物流中心冷链仓储项目：新建冷库8万吨。（庚辛交通投资建设集团有限公司）\n\n"
            "专栏3　金山高新区产业链重点项目\n"
            "光伏材料产业链：壬癸年产25GW单晶硅棒项目（内蒙古壬癸晶体材料有限公司），子丑光伏组件基地项目（子丑新能源科技有限公司）。\n")
    g = _graph(text, place="呼和浩特市")
    supports = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "SUPPORTS"}
    involves = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "INVOLVES"}
    assert ("戊己公铁物流中心冷链仓储项目", "现代物流业") in supports
    assert ("戊己公铁物流中心冷链仓储项目", "庚辛交通投资建设集团有限公司") in involves
    assert ("子丑光伏组件基地项目", "光伏材料产业链") in supports


def test_a_bar_table_of_projects_with_group_rows_and_numbered_names():
    from tests.test_quality_targets import _graph
    text = ("专栏3 赛罕区“十四五”现代服务业重大项目\n项目名称｜建设内容｜实施单位\n现代物流\n"
            "1.甲乙物流园区冷链仓储项目｜建设冷库12万吨｜丙丁供应链管理有限公司\n会展经济\n"
            "2.戊己会展中心二期｜新建展馆6万平方米｜庚辛会展集团有限公司\n")
    g = _graph(text, place="赛罕区")
    projects = {n.name for n in g.nodes.values() if n.label == "Project"}
    assert {"甲乙物流园区冷链仓储项目", "戊己会展中心二期"} <= projects and not any("|" in n or "｜" in n for n in projects)
    supports = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "SUPPORTS"}
    assert ("甲乙物流园区冷链仓储项目", "现代物流业") in supports and ("戊己会展中心二期", "会展业") in supports
