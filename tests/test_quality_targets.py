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


def test_prose_targets_areas_kept_levels_floors_in_words_and_shared_measures():
    text = ("到2025年，全县新增沙化土地治理面积150平方公里，城镇污水集中收集率保持95%；"
            "大黑河武川段、哈乐河出境断面水质稳定达到Ⅲ类，永久基本农田面积不减少、质量不降低。\n")
    t = _targets(_graph(text))
    assert t["新增沙化土地治理面积"]["target_value"] == 150
    assert t["城镇污水集中收集率"]["target_value"] == 95
    assert t["永久基本农田面积"]["target"] == "不减少"
    assert "大黑河武川段水质" in t and "哈乐河出境断面水质" in t
    assert not any(n.startswith("质量") for n in t)


def test_report_signing_count_and_urban_rural_pair_in_fixed_order():
    text = ("2025年全县经济社会发展的主要预期目标是：城乡居民人均可支配收入分别增长6%和7.5%，"
            "力争全年新签约亿元以上项目40个以上。\n")
    t = _targets(_graph(text, kind="work_report", year="2025"))
    assert t["城镇居民人均可支配收入"]["target_value"] == 6
    assert t["农村居民人均可支配收入"]["target_value"] == 7.5
    assert t["新签约亿元以上项目"]["target_value"] == 40
    assert all(p["target_year"] == 2025 for p in t.values())


def test_review_urban_rural_pair_gives_two_statistics_and_no_joint_node():
    text = "一、2024年工作回顾\n全年城乡居民人均可支配收入分别达到41200元和19800元，同比分别增长5.1%和6.8%。\n"
    g = _graph(text, kind="work_report", year="2025")
    names = {n.name for n in g.nodes_of("Indicator")}
    assert {"城镇居民人均可支配收入", "农村居民人均可支配收入"} <= names
    assert "城乡居民人均可支配收入" not in names


def test_figures_in_a_project_box_item_and_a_projects_own_output_are_no_targets():
    text = ("专栏6 武川县重点生态工程\n"
            "1. 可镇光伏治沙项目：利用沙化土地建设光伏电站，装机规模20万千瓦，新建防护林带8条。\n"
            "到2025年，项目投产后预计年产值12亿元，全县森林覆盖率达到26%。\n")
    t = _targets(_graph(text))
    assert "森林覆盖率" in t
    assert not any("装机" in n or "防护林" in n or n.startswith("项目") for n in t)


def test_count_target_whose_object_is_a_list():
    text = "2025年主要预期目标是：全年新增物流、电商、冷链企业15家以上。\n"
    t = _targets(_graph(text, kind="work_report", year="2025"))
    assert t["新增物流、电商、冷链企业"]["target_value"] == 15


def _graph_titled(text: str, title: str, kind: str = "work_report", year: str = "2025"):
    meta = {"place": "托克托县", "kind": kind, "year": year, "period": year, "title": title}
    return plan_graph(Document("q", Path("q.txt"), text, "utf-8", "0" * 64, meta))


def test_work_plan_counts_of_trainings_are_targets_in_any_section():
    """A 工作计划 is the work ahead all through, its 保障措施 too: 培训…N人次以上 is a target there."""
    text = ("一、重点任务\n加快培育新能源装备产业。\n"
            "二、保障措施\n依托县职业中学建设实训基地，全年培训新型职业农民5000人次以上，累计培训电商人才800人次。\n")
    t = _targets(_graph_titled(text, "托克托县农牧和科技局2025年工作计划"))
    assert t["培训新型职业农民"]["target_value"] == 5000 and t["培训新型职业农民"]["comparator"] == "≥"
    assert t["培训新型职业农民"]["unit"] == "人次" and t["培训新型职业农民"]["target_year"] == 2025
    assert "培训电商人才" in t


def test_a_report_of_work_done_is_no_work_plan():
    """Negative: a news report of trainings held states what was done, not a target."""
    text = "近日，县人社局在双河镇举办技能培训班，全年培训新型职业农民5000人次。\n"
    t = _targets(_graph_titled(text, "托克托县扎实开展职业技能培训", kind="news"))
    assert not t


def test_water_class_kept_or_held_is_a_target_in_words():
    text = ("到2025年，全县森林覆盖率达到18%，大黑河托克托段水质稳定保持Ⅲ类，"
            "黄河干流托克托段水质保持Ⅱ类以上。\n")
    t = _targets(_graph(text, place="托克托县"))
    assert t["大黑河托克托段水质"]["target"] == "Ⅲ类" and t["大黑河托克托段水质"]["unit"] is None
    assert t["黄河干流托克托段水质"]["target"].startswith("Ⅱ类")
    assert t["森林覆盖率"]["target_value"] == 18


def test_water_class_in_a_review_is_no_target():
    text = "一、“十三五”发展成就\n大黑河托克托段水质稳定保持Ⅳ类。\n"
    t = _targets(_graph(text, place="托克托县"))
    assert not t


def test_water_class_reached_or_bettered():
    text = "到2025年，大黑河出境断面水质达到或优于Ⅲ类，地表水国控断面水质优良比例达到80%。\n"
    t = _targets(_graph(text, place="托克托县"))
    assert t["大黑河出境断面水质"]["target"] == "Ⅲ类" and t["地表水国控断面水质优良比例"]["target_value"] == 80


def test_counts_of_activities_a_work_plan_sets():
    text = ("一、重点任务\n全年开展职业技能培训2万人次以上，每年举办招商推介活动10场以上。\n"
            "二、工作回顾\n2024年组织创业培训500人次。\n")
    t = _targets(_graph_titled(text, "托克托县人力资源和社会保障局2025年工作要点"))
    assert t["职业技能培训"]["target_value"] == 2 and t["职业技能培训"]["unit"] == "万人次"
    assert t["招商推介活动"]["target_value"] == 10 and t["招商推介活动"]["comparator"] == "≥"
    assert "创业培训" not in t       # the review's figure is what was done


def test_the_chain_a_count_is_made_for_is_no_part_of_its_name():
    text = "2025年主要预期目标是：围绕乳业产业链引进配套企业不少于12家，聚焦新能源领域新增项目20个。\n"
    t = _targets(_graph(text, kind="work_report", year="2025"))
    assert t["引进配套企业"]["target_value"] == 12
    assert "新增项目" in t and not any(n.startswith(("围绕", "聚焦")) for n in t)


# -- round 2: ways of writing targets the first rules missed ------------------------------------------
def test_pipe_table_without_outer_bars_and_a_growth_cell():
    text = ("专栏3 某县生态环境主要指标\n"
            "指标名称|单位|2020年|2025年|属性\n"
            "城镇污水处理率|%|88|≥96|约束性\n"
            "快递业务量|万件|120|年均增长9%|预期性\n"
            "第五章 保障措施\n落实责任。\n")
    t = _targets(_graph(text))
    assert t["城镇污水处理率"]["target"] == "≥96" and t["城镇污水处理率"]["comparator"] == "≥"
    assert t["城镇污水处理率"]["baseline_value"] == 88 and t["城镇污水处理率"]["attribute"] == "约束性"
    q = t["快递业务量"]
    assert q["target_value"] == 9 and q["growth"] == "年均增长9%" and q["unit"] == "%" and q["baseline_value"] == 120
    assert len(t) == 2


def test_a_line_with_one_bar_or_uneven_rows_is_no_table():
    from loaders.extract.indicators import pipe_tables
    text = "甲|乙\n说明文字，没有表格。\n指标|2025年|属性\n某某率|90\n"
    assert pipe_tables(text) == []


def test_count_of_a_thing_named_with_digits_and_letters():
    t = _targets(_graph("到2025年，新建5G基站1200个，培育B2B电商平台3个。\n"))
    assert t["5G基站"]["target_value"] == 1200 and t["5G基站"]["unit"] == "个"
    assert t["B2B电商平台"]["target_value"] == 3


def test_park_as_the_place_a_figure_is_counted_in():
    t = _targets(_graph("到2025年，园区工业总产值突破300亿元，开发区亩均税收达到12万元。\n",
                        place="某某经济开发区"))
    assert t["工业总产值"]["comparator"] == "≥" and t["工业总产值"]["target_value"] == 300
    assert t["亩均税收"]["target_value"] == 12


def test_cumulative_renewal_count_is_a_target_but_box_works_are_not():
    text = ("第一节 目标\n到2025年，全县累计改造老旧小区86个。\n"
            "专栏2 某县城市更新重点工程\n"
            "（一）东关街道老旧小区改造工程：改造小区12个，改造管网3公里。责任单位：县住房和城乡建设局。\n"
            "（二）西河生态修复工程：治理河道5公里。责任单位：县水利局。\n")
    g = _graph(text)
    t = _targets(g)
    assert t["改造老旧小区"]["target_value"] == 86
    assert "改造小区" not in t and "改造管网" not in t
    projects = {n.name for n in g.nodes_of("Project")}
    assert {"东关街道老旧小区改造工程", "西河生态修复工程"} <= projects
    builders = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "INVOLVES"}
    assert ("西河生态修复工程", "县水利局") in builders


def test_elided_pair_of_modifiers_sharing_one_head():
    text = ("今年全县发展的主要预期目标是：城镇、农村常住居民人均可支配收入分别增长5%和7%，"
            "小学、初中适龄儿童入学率分别达到99.5%和99%。\n")
    g = _graph(text, kind="work_report", year="2026")
    t = _targets(g)
    assert t["城镇常住居民人均可支配收入"]["target_value"] == 5
    assert t["农村常住居民人均可支配收入"]["target_value"] == 7
    assert t["小学适龄儿童入学率"]["target_value"] == 99.5 and t["初中适龄儿童入学率"]["target_value"] == 99
    assert all(p["target_year"] == 2026 for p in t.values())
    first = next(n for n in g.nodes_of("Indicator") if n.name == "城镇常住居民人均可支配收入")
    assert "城镇、农村常住居民人均可支配收入" in first.aliases


def test_listed_quantities_take_their_figures_in_order():
    text = "今年主要预期目标：规模以上工业增加值、固定资产投资分别增长7%和9%以上。\n"
    t = _targets(_graph(text, kind="work_report", year="2026"))
    assert t["规模以上工业增加值"]["target_value"] == 7 and t["固定资产投资"]["target_value"] == 9
    assert t["固定资产投资"]["comparator"] == "≥"


def test_elided_list_with_a_figure_missing_or_in_a_review_sets_no_target():
    uneven = "今年主要预期目标：城镇、农村、牧区常住居民人均可支配收入分别增长5%和7%。\n"
    assert not any(n.startswith(("城镇", "农村", "牧区")) for n in _targets(_graph(uneven, kind="work_report")))
    review = "一、2025年工作回顾\n城镇、农村常住居民人均可支配收入分别达到45000元和21000元。\n"
    g = _graph(review, kind="work_report", year="2026")
    assert not _targets(g)
    assert {"城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"} <= {n.name for n in g.nodes_of("Indicator")}


def _all_targets(g) -> dict:
    out: dict = {}
    for e in g.edges.values():
        if e.type == "TARGETS":
            out.setdefault(g.nodes[e.target].name, {})[e.props.get("target_year")] = e.props
    return out


def test_a_table_looking_to_two_horizons_targets_each_year():
    text = ("专栏1 某县生态建设主要指标\n"
            "指标\t单位\t2020年\t2025年\t2035年\t属性\n"
            "草原综合植被盖度\t%\t40\t43\t≥46\t约束性\n"
            "湿地保护率\t%\t50\t55\t—\t约束性\n")
    t = _all_targets(_graph(text))
    assert t["草原综合植被盖度"][2025]["target_value"] == 43
    assert t["草原综合植被盖度"][2035]["target"] == "≥46" and t["草原综合植被盖度"][2035]["baseline_value"] == 40
    assert set(t["湿地保护率"]) == {2025}          # an empty later cell sets no target
    assert 2020 not in t["草原综合植被盖度"]


def test_a_programme_targets_one_indicator_year_by_year():
    text = "到2023年，全县农作物秸秆综合利用率达到88%；到2025年达到92%，到2030年稳定在95%以上。\n"
    t = _all_targets(_graph(text))
    assert {y: p["target_value"] for y, p in t["农作物秸秆综合利用率"].items()} == {2023: 88, 2025: 92, 2030: 95}


def test_rates_per_hundred_thousand_keep_their_unit():
    t = _targets(_graph("到2025年，全县孕产妇死亡率控制在14/10万以下，5岁以下儿童死亡率控制在6‰以下。\n"))
    assert t["孕产妇死亡率"]["target"] == "14/10万以下" and t["孕产妇死亡率"]["unit"] == "1/10万"
    assert t["孕产妇死亡率"]["comparator"] == "≤"
    assert t["5岁以下儿童死亡率"]["unit"] == "‰"


def test_report_next_year_and_expected_growth():
    ahead = "全年工作综述\n明年，全县地区生产总值力争增长5.5%左右，社会消费品零售总额增长6%。\n"
    t = _targets(_graph(ahead, kind="news", year="2025"))
    assert t["地区生产总值"]["target_year"] == 2026 and t["社会消费品零售总额"]["target_year"] == 2026
    this_year = "今年全旗一般公共预算收入预期增长4%。\n"
    t = _targets(_graph(this_year, kind="work_report", year="2026"))
    assert t["一般公共预算收入"]["target_year"] == 2026 and t["一般公共预算收入"]["target_value"] == 4
    so_far = "今年以来，全旗一般公共预算收入增长3.8%。\n"
    assert not _targets(_graph(so_far, kind="news", year="2026"))


def test_two_names_joined_by_he_take_their_figures_in_order():
    text = ("到2025年，单位地区生产总值能耗和二氧化碳排放分别下降12%和16%，"
            "城镇和农村居民人均可支配收入分别增长5.5%和7%。\n")
    t = _targets(_graph(text))
    assert t["单位地区生产总值能耗"]["target_value"] == 12
    assert t["单位地区生产总值二氧化碳排放"]["target_value"] == 16     # measured per GDP too
    assert t["城镇居民人均可支配收入"]["target_value"] == 5.5 and t["农村居民人均可支配收入"]["target_value"] == 7
    # two products sharing the head the second one writes (产量): each takes its figure in order
    t = _targets(_graph("到2025年，粮食和肉类产量分别达到30亿斤和20万吨。\n"))
    assert t["粮食产量"]["target"] == "30亿斤" and t["肉类产量"]["target"] == "20万吨" and len(t) == 2


def test_per_population_base_shared_by_the_next_item():
    text = "到2025年，每千人口医疗卫生机构床位数达到6.5张、执业（助理）医师数达到3.1人、婴儿死亡率控制在4‰以下。\n"
    t = _targets(_graph(text))
    assert t["每千人口医疗卫生机构床位数"]["target_value"] == 6.5
    assert t["每千人口执业助理医师数"]["target_value"] == 3.1
    assert "婴儿死亡率" in t and not any(n.startswith("每千人口婴儿") for n in t)


def test_table_without_the_word_zhibiao_and_bare_comparators():
    text = ("表2 某县民生发展目标\n"
            "名称|单位|现状值|2025年目标值|属性\n"
            "人均体育场地面积|平方米|1.9|2.6|预期性\n"
            "城镇调查失业率|%|4.8|<5.5|预期性\n")
    t = _targets(_graph(text))
    assert t["人均体育场地面积"]["target_value"] == 2.6 and t["人均体育场地面积"]["baseline_value"] == 1.9
    assert t["城镇调查失业率"]["comparator"] == "≤"


def test_a_table_of_projects_by_year_is_no_indicator_table():
    text = ("专栏5 某县重点项目\n"
            "项目名称|建设内容|总投资|2025年\n"
            "某某物流园项目|建设仓储10万平方米|5亿元|建成\n")
    assert not _targets(_graph(text))


def test_the_sum_of_some_projects_is_no_statistic():
    text = "东区分会场，某某物流园项目、某某数据中心项目集中开工，三个项目总投资18亿元。全市固定资产投资同比增长8.2%。\n"
    g = _graph(text, kind="news", year="2025")
    names = {n.name for n in g.nodes_of("Indicator")}
    assert "固定资产投资" in names and not any("项目" in n for n in names)


def test_the_year_a_paragraph_sets_carries_to_its_next_sentences():
    text = ("到2030年，全县森林覆盖率达到28%；草原综合植被盖度达到52%。到2025年，湿地保护率达到55%。\n"
            "耕地保有量不低于120万亩。\n")
    t = _all_targets(_graph(text))
    assert set(t["森林覆盖率"]) == {2030} and set(t["草原综合植被盖度"]) == {2030}
    assert set(t["湿地保护率"]) == {2025}
    assert set(t["耕地保有量"]) == {2025}        # another paragraph: the plan's end year


def test_a_year_named_with_its_targets_and_tail_words_before_fenbie():
    text = ("2027年主要预期目标是：全县地区生产总值增长6%左右；一般公共预算收入同口径增长5%；"
            "全县旅游人数和旅游收入年均分别增长9%和11%。\n")
    t = _all_targets(_graph(text))
    assert set(t["地区生产总值"]) == {2027} and set(t["一般公共预算收入"]) == {2027}
    assert t["旅游人数"][2027]["target_value"] == 9 and t["旅游收入"][2027]["target_value"] == 11


def test_growth_after_a_counted_amount_is_that_amount_growth():
    t = _targets(_graph("“十四五”期间，全县累计完成固定资产投资800亿元，年均增长9%。\n"))
    assert t["固定资产投资"]["target_value"] == 800 and t["固定资产投资"]["growth"] == "9%"


def test_a_programme_written_year_by_year_from_each_opening_year():
    text = "2023年，全县生活垃圾无害化处理率达到92%；2024年，达到95%；2025年，全县生活垃圾无害化处理率达到98%以上。\n"
    t = _all_targets(_graph(text))
    assert {y: p["target_value"] for y, p in t["生活垃圾无害化处理率"].items()} == {2023: 92, 2024: 95, 2025: 98}
    assert not _targets(_graph("2020年，全县生活垃圾无害化处理率达到85%。\n"))      # before the plan: a baseline


def test_urban_rural_statistics_cite_the_written_name_not_the_lead_before_it():
    # the 全年 lead before 城乡… once shifted both mentions two characters left ('全年城乡居民人均可支配')
    text = "一、2024年工作回顾\n全年城乡居民人均可支配收入分别达到41200元和19800元。\n"
    g = _graph(text, kind="work_report", year="2025")
    cited = {m.text for n in g.nodes_of("Indicator") if n.name.endswith("居民人均可支配收入") for m in n.mentions}
    assert cited == {"城乡居民人均可支配收入"}


def test_counts_a_work_plan_writes_object_first_in_a_list_for_listed_fields_and_after_a_place():
    text = ("二、重点任务\n年内新增市级企业技术中心6家、博士工作站2个；围绕乳业、光伏、装备制造等产业领域发布应用场景清单10项以上，"
            "专精特新中小企业认定40家以上，建设科技成果转化基地2个；全年武川县力争接待游客突破300万人次。\n")
    t = _targets(_graph_titled(text, "武川县科技局2026年工作要点", year="2026"))
    assert t["新增市级企业技术中心"]["target_value"] == 6
    assert t["新增博士工作站"]["target_value"] == 2            # 新增 carried to the next item of the 、 list
    assert t["应用场景清单"]["target_value"] == 10
    assert t["专精特新中小企业认定"]["comparator"] == "≥"
    assert t["科技成果转化基地"]["target_value"] == 2
    assert t["接待游客"]["target_value"] == 300 and all(p["target_year"] == 2026 for p in t.values())


def test_counts_done_in_a_review_and_a_list_after_a_non_count_are_no_targets():
    review = ("一、2025年工作回顾\n年内新建市级企业技术中心5家、博士工作站1个，专精特新中小企业认定36家。\n")
    assert not _targets(_graph_titled(review, "武川县科技局2026年工作要点", year="2026"))
    text = "到2025年，全县森林覆盖率达到30%、草原站点12个。\n"
    assert "草原站点" not in _targets(_graph(text))      # the 、 item after a level shares no count verb


def test_r_and_d_spending_growth_and_a_floor_against_the_average_in_words():
    text = ("到2025年，全社会研究与试验发展经费投入年均增长10%以上，农村居民人均消费支出增速不低于全市平均水平，"
            "城镇调查失业率低于全国平均水平。\n")
    t = _targets(_graph(text))
    assert t["全社会研究与试验发展经费投入"]["growth"] == "10%以上"
    assert t["农村居民人均消费支出增速"]["target"] == "不低于全市平均水平"
    assert t["农村居民人均消费支出增速"]["comparator"] == "≥"
    assert t["城镇调查失业率"]["comparator"] == "≤"
    dev = "到2025年，加快发展现代服务业12项。\n"
    assert not any("发展" in n for n in _targets(_graph(dev)))     # a clause that develops something is no name


def test_space_aligned_table_rows_under_a_merged_category_keep_their_columns():
    # PDF text: the category is written once and the rows below it start with spaces instead
    text = ("第一章 发展目标\n表2 主要指标\n\n"
            "类别      指标名称                  单位    2020年   2025年   属性\n"
            "生态环境  城市污水处理率            %       92       98       约束性\n"
            "          再生水利用率              %       18       ≥25      预期性\n"
            "          生活垃圾回收利用率        %       —        35       预期性\n"
            "注：—表示无基期数据。\n")
    got = _targets(_graph(text))
    assert got["城市污水处理率"]["target_value"] == 98
    assert got["再生水利用率"]["target"] == "≥25" and got["再生水利用率"]["attribute"] == "预期性"
    assert got["生活垃圾回收利用率"]["target_value"] == 35
    assert "生态环境" not in got and "%" not in got


def test_year_on_year_growth_in_an_announced_target_list_is_a_target_but_not_in_a_review():
    plan = ("二、2026年工作安排\n今年全旗发展的主要预期目标为：地区生产总值增长6%左右；"
            "一般公共预算收入同比增长4%；规上工业增加值增长7%以上。\n")
    got = _targets(_graph(plan, kind="work_report", year="2026"))
    assert got["一般公共预算收入"]["target_value"] == 4 and got["一般公共预算收入"]["target_year"] == 2026
    assert got["规模以上工业增加值"]["target"] == "7%以上"      # 规上 is the statistical bureau's short form
    review = "一、2025年工作回顾\n全年主要目标完成情况：地区生产总值增长6.2%；一般公共预算收入同比增长3.9%。\n"
    assert _targets(_graph(review, kind="work_report", year="2026")) == {}
    plain = "二、2026年工作安排\n一季度一般公共预算收入同比增长3%，好于预期。\n"
    assert "一般公共预算收入" not in _targets(_graph(plain, kind="work_report", year="2026"))


def test_two_quantities_sharing_a_head_each_take_their_figure_in_order():
    got = _targets(_graph("第一章 目标\n到2025年，全市二氧化硫和颗粒物排放总量分别下降8%和15%。\n"))
    assert got["二氧化硫排放总量"]["target_value"] == 8 and got["颗粒物排放总量"]["target_value"] == 15
    got = _targets(_graph("第一章 目标\n到2025年，城镇和农村居民人均可支配收入分别达到5.8万元和2.6万元。\n"))
    assert got["城镇居民人均可支配收入"]["target"] == "5.8万元" and got["农村居民人均可支配收入"]["target"] == "2.6万元"
    got = _targets(_graph("第一章 目标\n到2025年，城市生活垃圾和餐厨垃圾处理率分别达到100%和95%。\n"))
    assert set(got) >= {"城市生活垃圾处理率", "餐厨垃圾处理率"}
    # no shared measure after the pair: two projects' capacities are no indicators
    got = _targets(_graph("第一章 目标\n到2025年，金川风电场和白塔光伏电站分别建成20万千瓦和10万千瓦。\n"))
    assert not any(k.startswith("金川") for k in got)


def test_full_width_bar_table_is_read_like_a_pipe_table():
    text = ("专栏1　主要指标\n指标名称｜单位｜2020年｜2025年｜属性\n"
            "每千名老年人拥有养老床位数｜张｜30｜36｜预期性\n普惠性托位占比｜%｜—｜≥55｜约束性\n")
    t = _targets(_graph(text))
    assert t["每千名老年人拥有养老床位数"]["target_value"] == 36
    assert t["普惠性托位占比"]["target"] == "≥55" and t["普惠性托位占比"]["attribute"] == "约束性"


def test_negated_comparisons_cap_rather_than_floor():
    t = _targets(_graph("到2025年，城镇调查失业率不超过5%，细颗粒物平均浓度不高于28微克/立方米，"
                        "空气质量优良天数比率不低于86%。\n"))
    assert t["城镇调查失业率"]["comparator"] == "≤"
    assert t["细颗粒物平均浓度"]["comparator"] == "≤"
    assert t["空气质量优良天数比率"]["comparator"] == "≥"


def test_year_after_strive_and_growth_after_a_verbless_figure():
    t = _targets(_graph("下一步，全县力争2027年规模以上工业总产值突破300亿元；实现旅游总收入80亿元、年均增长9%。\n",
                        kind="news", year="2026"))
    assert t["规模以上工业总产值"]["target_year"] == 2027
    assert t["旅游总收入"]["growth"] == "9%"


def test_ranks_examples_funders_and_abbreviations_stay_out_of_or_in_the_name_as_they_should():
    t = _targets(_graph("到2025年，市级以上乡村旅游重点村达到8个，青贮玉米、苜蓿等优质饲草种植面积达到25万亩，"
                        "镇财政每年安排人居环境整治资金不少于800万元，新建数据中心电能利用效率（PUE）控制在1.25以下，"
                        "高等教育毛入学率达到62%，高标准农田累计建成5.5万亩。\n"))
    assert {"市级以上乡村旅游重点村", "优质饲草种植面积", "人居环境整治资金", "新建数据中心电能利用效率",
            "高等教育毛入学率", "高标准农田"} <= set(t)
    assert t["新建数据中心电能利用效率"]["comparator"] == "≤"


def test_targets_set_elsewhere_and_full_coverage_in_words():
    t = _targets(_graph("今年主要预期目标是：城乡居民收入与经济增长保持同步；单位地区生产总值能耗按盟市下达目标下降；"
                        "集体经济收入20万元以上的嘎查村实现全覆盖；城市黑臭水体全面消除。\n", kind="work_report",
                        year="2026"))
    assert t["城乡居民收入"]["target"] == "与经济增长保持同步"
    assert "下达目标下降" in t["单位地区生产总值能耗"]["target"]
    assert t["集体经济收入20万元以上的嘎查村"]["target"] == "全覆盖"
    assert t["城市黑臭水体"]["target"] == "全面消除"


def test_coverage_and_new_builds_that_are_no_targets():
    t = _targets(_graph("到2025年，5G网络实现全覆盖，家庭医生签约服务全面覆盖，新建项目投产后年产值达到20亿元。\n"))
    assert not any("5G" in n or "家庭医生" in n or n.startswith("新建项目") for n in t)


def test_water_classes_and_floors_in_words_say_which_way_they_bind():
    t = _targets(_graph("到2025年，大黑河出境断面水质达到Ⅲ类，什拉乌素河水质优于Ⅳ类，耕地保有量不减少。\n"))
    assert t["大黑河出境断面水质"]["comparator"] == "="
    assert t["什拉乌素河水质"]["comparator"] == "≥"
    assert t["耕地保有量"]["comparator"] == "≥"


def test_computing_and_power_units():
    t = _targets(_graph("到2025年，全县算力总规模达到8EFLOPS以上，光伏装机容量达到300兆瓦。\n"))
    assert t["算力总规模"]["target"] == "8EFLOPS以上" and t["算力总规模"]["comparator"] == "≥"
    assert t["光伏装机容量"]["unit"] == "兆瓦"


def test_counts_led_by_a_verb_before_a_level_word_name_what_is_counted():
    t = _targets(_graph("到2025年，每年举办草原文化节庆活动不少于6场，培养引进数据人才5000人以上，"
                        "园区将力争新能源产业产值突破120亿元，建成区绿地面积达到300万平方米。\n"))
    assert t["草原文化节庆活动"]["target"] == "不少于6场" and t["草原文化节庆活动"]["comparator"] == "≥"
    assert t["数据人才"]["target_value"] == 5000
    assert "新能源产业产值" in t and not any(n.startswith("将") for n in t)
    assert "建成区绿地面积" in t


def test_two_verbs_sharing_a_count_and_next_year_inside_the_clause():
    t = _targets(_graph("局负责人介绍，明年全县将新建和改扩建标准化养殖场8座。\n", kind="news", year="2025"))
    assert t["新建和改扩建标准化养殖场"]["target_year"] == 2026
    assert not any(n.startswith("和") for n in t)


def test_attribute_in_brackets_after_a_target():
    t = _targets(_graph("到2025年，城区PM10年均浓度控制在60微克/立方米以内（约束性），"
                        "什拉乌素河出境断面水质达到Ⅳ类（约束性）。\n"))
    assert t["城区PM10年均浓度"]["attribute"] == "约束性"
    assert t["什拉乌素河出境断面水质"]["attribute"] == "约束性" and t["什拉乌素河出境断面水质"]["target"] == "Ⅳ类"


def test_counts_after_a_place_and_a_season_and_with_examples_or_an_attribute():
    t = _targets(_graph("据了解，明年土默特左旗计划实施奶业重点项目18个，四季度园区将力争新签约亿元以上项目6个以上，"
                        "引进乳清粉、奶酪原料等配套企业5家，高标准农田累计建成40万亩（约束性），共建专科联盟2个以上。\n",
                        kind="news", year="2025", place="土默特左旗"))
    assert t["奶业重点项目"]["target_year"] == 2026 and t["新签约亿元以上项目"]["target"] == "6个以上"
    assert "配套企业" in t and t["高标准农田"]["target_value"] == 40 and "专科联盟" in t


def test_growth_named_as_a_rate_and_a_yearly_growth_carried_after_a_target():
    t = _targets(_graph("到2025年，农牧民人均可支配收入增速保持在7%左右，一般公共预算收入按可比口径增长5%，"
                        "乳业产值力争达到300亿元，同比增长12%以上，居民收入增速与经济增速大体同步。\n"))
    assert t["农牧民人均可支配收入"]["growth"] == "7%左右"
    assert t["一般公共预算收入"]["growth"] == "5%"
    assert t["乳业产值"]["target_value"] == 300 and t["乳业产值"]["growth"] == "12%以上"
    assert t["居民收入"]["target"] == "与经济增速大体同步"


def test_a_reported_yearly_growth_is_no_target():
    t = _targets(_graph("今年1-10月，乳业产值达到158亿元，同比增长21.3%。\n", kind="news", year="2025"))
    assert not t


def test_qualifiers_and_hubs_open_no_indicator_name():
    t = _targets(_graph("到2025年，具备条件的建制村通客车比例达到100%，白塔国际机场年旅客吞吐量突破1200万人次，"
                        "社区卫生服务中心标准化建设达标率达到95%。\n"))
    assert {"建制村通客车比例", "年旅客吞吐量", "社区卫生服务中心标准化建设达标率"} <= set(t)


def test_work_counts_with_their_places_and_targets_set_elsewhere_or_cut():
    t = _targets(_graph("二、2026年重点工作\n一是年内打通新城区、赛罕区断头路12条，筹集保障性租赁住房5000套，在玉泉区、回民区新建口袋公园20个；"
                        "二是入湖污染负荷削减15%，单位地区生产总值能耗降幅完成自治区确定的控制目标，村级集体经济收入全部达到12万元以上，"
                        "农村常住居民人均可支配收入年均增速保持在6%左右，到2025年建成区级名师工作室20个。\n",
                        kind="work_report", year="2026", place="呼和浩特市"))
    assert t["打通断头路"]["target_value"] == 12 and t["筹集保障性租赁住房"]["target_value"] == 5000
    assert t["口袋公园"]["target_value"] == 20
    assert t["入湖污染负荷"]["growth"] == "15%" and "确定的控制目标" in t["单位地区生产总值能耗降幅"]["target"]
    assert "村级集体经济收入" in t and t["农村常住居民人均可支配收入"]["growth"] == "6%左右"
    assert t["区级名师工作室"]["target_year"] == 2025


def test_targets_announced_as_arranged_and_a_year_before_the_plan_verb():
    t = _targets(_graph("2026年全区主要预期目标安排如下：地区生产总值同比增长5%左右。"
                        "局负责人表示，2026年园区将实施招商行动，力争全年规模以上工业总产值突破60亿元。\n",
                        kind="work_report", year="2025", place="新城区"))
    assert t["地区生产总值"]["growth"] == "5%左右" and t["地区生产总值"]["target_year"] == 2026
    assert t["规模以上工业总产值"]["target_year"] == 2026


def test_targets_announced_with_a_dash_and_their_lead_words():
    t = _targets(_graph("今年各项预期目标这样安排——地区生产总值增长5%左右；能耗强度控制完成自治区下达的目标任务；"
                        "二是完成老旧小区改造30个，同步加装电梯40部；单位GDP二氧化碳排放降低幅度完成自治区下达任务。\n",
                        kind="work_report", year="2026"))
    assert t["地区生产总值"]["growth"] == "5%左右"
    assert "能耗强度" in t and t["加装电梯"]["target_value"] == 40
    assert any(n.startswith("单位GDP二氧化碳排放") for n in t)


def test_growth_verbs_and_forms_of_work_reports_and_plans():
    t = _targets(_graph("建议2026年全县经济发展的预期目标安排为：固定资产投资增幅10%；规上工业增加值增幅8%以上。"
                        "据介绍，明年开发区将力争工业产值突破400亿元，生物医药产业产值同比增长15%以上。\n",
                        kind="work_report", year="2025", place="托克托县"))
    assert t["固定资产投资"]["growth"] == "10%" and t["生物医药产业产值"]["growth"] == "15%以上"
    t = _targets(_graph("到2025年末，奶牛存栏由2020年的21.6万头增加到32万头，农村牧区居民人均可支配收入保持7%左右的年均增速，"
                        "组建跨区域的教育集团12个，覆盖成员学校80所以上，所有行政村集体经济经营性收入稳定在15万元以上。\n"))
    assert t["奶牛存栏"]["target_value"] == 32 and t["奶牛存栏"]["baseline_year"] == 2020
    assert t["奶牛存栏"]["baseline"] == "21.6万头"
    assert t["农村牧区居民人均可支配收入"]["growth"] == "7%左右"
    assert {"教育集团", "成员学校", "行政村集体经济经营性收入"} <= set(t)


def test_a_table_with_a_numbered_name_column_and_a_report_section_on_this_year():
    text = ("| 序号及指标名称 | 计量单位 | 2020年基数 | 2025年目标值 | 属性 |\n| :-- | :-: | --: | --: | :-: |\n"
            "| 1.社会消费品零售总额 | 亿元 | 156.3 | 215 | 预期性 |\n| 2.旅游总收入 | 亿元 | 96 | 168 | 预期性 |\n")
    t = _targets(_graph(text))
    assert t["社会消费品零售总额"]["target_value"] == 215 and "旅游总收入" in t
    t = _targets(_graph("二、今年的目标与任务\n三是推进乡村振兴，新建高标准农田5万亩。\n", kind="work_report", year="2026"))
    assert t["新建高标准农田" if "新建高标准农田" in t else "高标准农田"]["target_year"] == 2026


def test_a_spaced_table_whose_header_words_are_one_space_apart():
    text = ("指标                              单位      2020年基期 2025年目标 指标属性\n"
            "粮食产量                          万吨      38.2       40         约束性\n"
            "奶牛存栏                          万头      9.6        15         预期性\n")
    t = _targets(_graph(text))
    assert t["粮食产量"]["target_value"] == 40 and t["粮食产量"]["attribute"] == "约束性"
    assert t["奶牛存栏"]["baseline_value"] == 9.6


def test_culture_and_opening_targets_and_targets_beating_the_economy():
    t = _targets(_graph("到2025年，五年累计实际使用外资达到10亿美元，年举办各类群众文化活动不少于500场次，区内备案博物馆数量达到6家，"
                        "文物保护单位“四有”工作完成率保持100%，旗级以上龙头企业发展到30家，谋划实施城市更新项目40个。\n"))
    assert t["实际使用外资"]["target"] == "10亿美元" and t["群众文化活动"]["target_value"] == 500
    assert {"备案博物馆数量", "旗级以上龙头企业", "城市更新项目"} <= set(t)
    assert any("完成率" in n for n in t)
    t = _targets(_graph("2026年主要预期目标是：城乡居民收入增速跑赢经济增速。2026年完成背街小巷改造18条。\n",
                        kind="work_report", year="2026"))
    assert t["城乡居民收入"]["target"] == "跑赢经济增速" and t["城乡居民收入"]["comparator"] == "≥"
    assert t["背街小巷改造"]["target_year"] == 2026


def test_area_prefixes_yearly_counts_and_forward_news_counts():
    t = _targets(_graph("到2025年，城区建成区绿化覆盖率达到40%，片区年接待游客达到260万人次，"
                        "海西路商贸走廊社会消费品零售总额达到95亿元，新增城镇就业岗位1.2万个，新建和改造日光温室2000栋。\n",
                        place="回民区"))
    assert {"建成区绿化覆盖率", "接待游客", "社会消费品零售总额", "新增城镇就业岗位"} <= set(t)
    assert t["新增城镇就业岗位"]["target"] == "1.2万个" and t["新建和改造日光温室"]["target_value"] == 2000
    t = _targets(_graph("局负责人表示，2026年全市将新增公交线路20条，新改建农村公路600公里，确保农牧民收入年内增长7%左右。\n",
                        kind="news", year="2025"))
    assert t["新增公交线路"]["target_year"] == 2026 and "农牧民收入" in t
    assert any(n.endswith("农村公路") for n in t)


def test_targets_announced_as_indicators_and_their_usual_short_names():
    t = _targets(_graph("二、今年发展的预期目标\n结合发展基础，今年全区主要指标安排为：全社会固定资产投资增长8%，"
                        "一般公共预算收入在去年基础上同口径增长5%，居民收入增长和经济增长保持基本同步，"
                        "能耗强度下降完成自治区下达的年度目标，沿线年接待游客突破200万人次。\n",
                        kind="work_report", year="2026", place="玉泉区"))
    assert t["全社会固定资产投资"]["growth"] == "8%" and t["一般公共预算收入"]["growth"] == "5%"
    assert "同步" in t["居民收入"]["target"] and any(n.startswith("能耗强度") for n in t)
    assert t["接待游客"]["target_year"] == 2026


def test_a_report_section_titled_with_its_own_year_of_work_sets_targets():
    """二、2026年重点民生任务 in a 2026 report is the work ahead; its counts, rates and raised standards are targets."""
    text = ("一、2025年民生工作回顾\n全市新建幼儿园24所，基本养老保险参保率达到94%。\n"
            "二、2026年重点民生任务\n（一）兜牢民生底线。新建托育服务中心12个，基本养老保险参保率稳定在95%以上，"
            "开发公益性岗位3000个，城乡低保标准提高5%。\n")
    t = _targets(_graph(text, kind="work_report", year="2026", place="呼和浩特市"))
    assert t["基本养老保险参保率"]["target"] == "95%以上" and t["基本养老保险参保率"]["target_year"] == 2026
    assert t["托育服务中心"]["target_value"] == 12 and t["公益性岗位"]["target_value"] == 3000
    assert t["城乡低保标准"]["growth"] == "5%"
    assert "新建幼儿园" not in t        # the review's figures stay statistics


def test_a_report_section_titled_with_a_past_year_of_work_sets_no_targets():
    """Negative: 2025年民生工作 in a 2026 report names last year's work; its figures are what was done."""
    text = "二、2025年民生工作\n新建托育服务中心12个，基本养老保险参保率达到95%，开发公益性岗位3000个。\n"
    assert _targets(_graph(text, kind="work_report", year="2026", place="呼和浩特市")) == {}


def test_listed_count_opened_by_a_grade_a_share_of_the_whole_and_capacities():
    """新增A1家、4A级B6家 shares 新增 across a grade written with digits; a park's share of the county keeps
    the park; 升至 and 稳住 set levels; a capacity counts only when its name says capacity."""
    text = ("二、2026年主要目标\n新增国家5A级旅游景区1家、4A级旅游景区6家，文化产业增加值占全市GDP比重升至4.5%，"
            "托电工业园区工业产值占全县比重达到85%以上，新植杏树5000株；粮食总产量稳住4.6亿斤以上，"
            "单位地区生产总值能耗下降幅度不低于市里分解任务，全年新增新能源并网装机120万千瓦，建设风电70万千瓦。\n")
    t = _targets(_graph(text, kind="work_report", year="2026", place="托克托县"))
    assert t["新增4A级旅游景区"]["target_value"] == 6
    assert t["文化产业增加值占全市GDP比重"]["target"] == "4.5%"
    assert t["托电工业园区工业产值占全县比重"]["comparator"] == "≥"
    assert t["新植杏树"]["target_value"] == 5000 and t["粮食总产量"]["target"] == "4.6亿斤以上"
    assert t["单位地区生产总值能耗下降幅度"]["target"] == "不低于市里分解任务"
    assert t["新增新能源并网装机"]["unit"] == "万千瓦"
    assert not any("风电" in n for n in t)      # a project's size is no target


def test_the_own_place_opening_a_share_of_the_whole_is_dropped():
    """Negative: 托克托县工业产值占全市比重 in 托克托县's own plan is the plan's share, named without its place."""
    t = _targets(_graph("到2025年，托克托县工业产值占全市比重达到20%。\n", place="托克托县"))
    assert "工业产值占全市比重" in t


def test_targets_in_step_with_the_economy_and_tasks_set_above_in_words():
    """步调一致 / 大体相当 track the economy (≈); 完成上级确定的年度任务 is a task set elsewhere; a time cut to
    a level (压缩至0.5个工作日以内) is a ceiling."""
    t = _targets(_graph("今年经济社会发展的主要预期目标是：城乡居民收入增长和经济增长步调一致；单位地区生产总值能耗降低完成上级确定的"
                        "年度任务；企业开办时间压缩至0.5个工作日以内。\n", kind="work_report", year="2026"))
    assert t["城乡居民收入"]["comparator"] == "≈" and "步调一致" in t["城乡居民收入"]["target"]
    assert "年度任务" in t["单位地区生产总值能耗降低"]["target"]
    assert t["企业开办时间"]["comparator"] == "≤" and t["企业开办时间"]["target"].startswith("0.5个工作日")
    t = _targets(_graph("到2025年，居民人均可支配收入增幅同经济增速大体相当。\n"))
    assert t["居民人均可支配收入"]["comparator"] == "≈"


def test_a_task_in_words_without_a_measure_sets_no_target():
    """Negative: 节能工作完成上级确定的年度任务 and 两项工作步调一致 name no measured quantity."""
    t = _targets(_graph("今年经济社会发展的主要预期目标是：节能工作完成上级确定的年度任务，各部门步调一致。\n",
                        kind="work_report", year="2026"))
    assert not t


def test_a_numbered_title_with_a_subtitle_after_its_colon_is_the_work_ahead():
    """二、展望：2026年重点工作 titles the section as a whole: its year makes it the work ahead, and there
    比上年增长5% in the sentence announcing the targets sets a growth target; 新引进/入驻/培育壮大/转化 count."""
    t = _targets(_graph("二、展望：2026年重点工作\n\n今年安排的预期目标为：一般公共预算收入比上年增长5%。\n\n"
                        "新引进品牌首店30家以上，力争年内入驻企业100家，培育壮大市级以上龙头企业15家，"
                        "转化科技成果300项以上。\n", kind="work_report", year="2026"))
    assert t["一般公共预算收入"]["growth"] == "5%"
    assert {"新引进品牌首店", "入驻企业", "市级以上龙头企业", "转化科技成果"} <= set(t)


def test_a_reviewed_year_on_year_figure_is_no_target():
    """Negative: 比上年增长6.2% in the review of the past year is a statistic."""
    t = _targets(_graph("一、2025年工作回顾\n\n一般公共预算收入21.3亿元，比上年增长6.2%。\n",
                        kind="work_report", year="2026"))
    assert not t


def test_a_per_unit_qualifier_opening_a_target_is_no_part_of_its_name():
    """每个行政村的村级集体经济年收入: what is measured is the collective income; 每个行政村 says per village."""
    t = _targets(_graph("二、2026年重点工作\n每个行政村的村级集体经济年收入达到15万元以上。\n", kind="work_report", year="2026"))
    assert "村级集体经济年收入" in t


def test_doubling_over_a_base_year_and_a_total_completed_over_the_plan_are_targets():
    """比2020年翻一番 is a 2035 target in words for each quantity joined by 和; 五年累计完成900亿元 sets the
    investment; a table row measured as a fall is also named by its bare quantity."""
    t = _targets(_graph("展望二〇三五年，地区生产总值和城乡居民人均收入比2020年翻一番。\n"
                        "到2025年，固定资产投资五年累计完成900亿元（预期性）。\n"))
    assert t["地区生产总值"]["target"] == "翻一番" and t["地区生产总值"]["target_year"] == 2035
    assert t["城乡居民人均收入"]["target"] == "翻一番"
    assert t["固定资产投资"]["target"] == "900亿元" and t["固定资产投资"]["target_year"] == 2025
    g = _graph("指标名称｜2020年｜2025年｜属性\n单位工业增加值能耗下降（%）｜—｜16｜约束性\n")
    row = next(n for n in g.nodes_of("Indicator") if n.name == "单位工业增加值能耗下降")
    assert "单位工业增加值能耗" in row.aliases


def test_a_total_completed_in_a_review_is_no_target():
    """Negative: 固定资产投资累计完成120亿元 in the review of the past year is a statistic."""
    assert not _targets(_graph("一、2025年工作回顾\n全年固定资产投资累计完成120亿元。\n", kind="work_report", year="2026"))


def test_a_count_made_at_a_named_site_is_still_a_count():
    """(年内)在A镇、B镇等乡镇打造示范村12个 / 在C乡新建高标准农田8万亩: the site opens the clause, the count follows
    its verb; but 在某镇新建…基地2万亩 is the size of one work at that site."""
    t = _targets(_graph("二、2026年重点任务\n年内在哈乐镇、西乌兰不浪镇等乡镇打造乡村振兴示范村12个；在大青山乡新建高标准农田8万亩；"
                        "在上秃亥乡新建脱毒种薯繁育基地2万亩。\n", kind="work_report", year="2026"))
    assert t["乡村振兴示范村"]["target"] == "12个" and t["高标准农田"]["target"] == "8万亩"
    assert not any("繁育基地" in k for k in t)


def test_targets_set_by_the_city_in_step_counts_with_quoted_names_and_about():
    """与经济同步增长 (≈), 达到市定目标, 五年加固堤防38公里, 创建“15分钟社区生活圈”示范社区10个 (the quoted figure is
    part of the name), 新增学位约9000个 (≈)."""
    t = _targets(_graph("今年发展的预期目标拟定为：居民人均可支配收入与经济同步增长；单位地区生产总值能耗降幅达到市定目标。\n",
                        kind="work_report", year="2026"))
    assert t["居民人均可支配收入"]["comparator"] == "≈" and t["单位地区生产总值能耗降幅"]["target"] == "市定目标"
    t = _targets(_graph("到2025年，五年加固堤防38公里，创建“15分钟社区生活圈”示范社区10个，新增中小学学位约9000个。\n"))
    assert t["加固堤防"]["target"] == "38公里"
    assert t["15分钟社区生活圈示范社区"]["target"] == "10个"
    assert t["新增中小学学位"]["comparator"] == "≈"


def test_basis_qualifiers_ceilings_below_and_tasks_assessed_by_the_city():
    """按同口径计算 / 按现价计算 qualify the figure, not the quantity; 保持在5.5%之下 is a ceiling; 确保完成市里的
    考核任务 is a target in words set by the city."""
    t = _targets(_graph("二、2026年重点工作\n今年的主要预期目标是：一般公共预算收入按同口径计算增长5%，社会消费品零售总额按现价计算"
                        "增长6%，城镇调查失业率保持在5.5%之下，单位地区生产总值能耗降幅确保完成市里的考核任务。\n",
                        kind="work_report", year="2026"))
    assert t["一般公共预算收入"]["growth"] == "5%" and t["社会消费品零售总额"]["growth"] == "6%"
    assert t["城镇调查失业率"]["comparator"] == "≤"
    assert t["单位地区生产总值能耗降幅"]["target"] == "市里的考核任务"
    assert not any("口径" in k or "现价" in k for k in t)


def test_counts_after_examples_at_named_places_and_in_counted_parks():
    """建成A工程、B工程等市政道路项目9项 counts the roads (the examples are no part of the name); 完成甲街道、乙街道
    老旧管网改造45公里 is counted in the subdistricts (they are no part of it); 力争明年金桥、金海两个园区新签约…
    项目50个以上 is the parks' count."""
    t = _targets(_graph("二、2026年重点工作\n建成通顺北街北延工程、乌兰北路改造工程等市政道路项目9项，完成钢铁路街道、通道街街道"
                        "老旧管网改造45公里，完成通道街街道雨污管网改造12公里。\n", place="回民区", kind="work_report",
                        year="2026"))
    assert t["市政道路项目"]["target"] == "9项"
    assert t["老旧管网改造"]["target"] == "45公里" and t["雨污管网改造"]["target"] == "12公里"
    assert not any("街道" in k or "工程" in k for k in t)
    t = _targets(_graph("赛罕区将力争明年金桥、金海两个园区新签约亿元以上项目50个以上。\n", place="赛罕区", kind="news",
                        year="2025"))
    assert t["新签约亿元以上项目"]["comparator"] == "≥" and t["新签约亿元以上项目"]["target_year"] == 2026


def test_a_place_that_is_what_is_counted_stays_in_the_name():
    """Negative: 举办乌素图杏花节主题活动3场 counts the area's own festival, so 乌素图 (an area, not a division)
    stays in the name; 新建回民区社区食堂10个 is counted in the district, which leaves it."""
    t = _targets(_graph("到2025年，举办乌素图杏花节主题活动3场，新建回民区社区食堂10个。\n", place="回民区"))
    assert "乌素图杏花节主题活动" in t and "社区食堂" in t


def test_a_second_header_line_gives_the_years_of_a_spaced_table():
    """基期值  目标值 over a line (2020)  (2025): the years belong to the columns above them."""
    text = ("表1 某县生态保护主要指标\n\n"
            "序号  指标                  计量单位  基期值    目标值    指标属性\n"
            "                                    (2020)    (2025)\n"
            "1     森林覆盖率            %         20.6      23        约束性\n"
            "2     淤地坝除险加固        座        —         60        预期性\n")
    t = _targets(_graph(text, place="清水河县"))
    assert t["森林覆盖率"]["target_value"] == 23 and t["森林覆盖率"]["target_year"] == 2025
    assert t["森林覆盖率"]["baseline"] in ("20.6", 20.6) and t["淤地坝除险加固"]["target_value"] == 60


def test_thresholds_crossed_yearly_increments_shares_carried_and_growth_achieved():
    """跨越920亿元台阶 (≥), 带动…每年递增7.5% (带动 is no part of the name, but 带动就业5000人 counts it), a share written
    after its quantity's growth, 实现5.5%的增长, 增速跟经济增速保持同步, 按自治区下达的年度任务降低."""
    t = _targets(_graph("到2025年，乳业全产业链总产值跨越920亿元台阶，带动农村牧区常住居民人均可支配收入每年递增7.5%，带动农牧民就业"
                        "5000人以上；服务业增加值年均增长6.5%左右，占地区生产总值比重保持在80%以上。\n"))
    assert t["乳业全产业链总产值"]["target"] == "920亿元" and t["乳业全产业链总产值"]["comparator"] == "≥"
    assert t["农村牧区常住居民人均可支配收入"]["growth"] == "7.5%" and "带动农牧民就业" in t
    assert t["服务业增加值占地区生产总值比重"]["comparator"] == "≥"
    t = _targets(_graph("二、2026年重点工作\n今年的预期目标安排是：社会消费品零售总额力争实现5.5%的增长，居民人均可支配收入增速跟经济增速"
                        "保持同步，万元地区生产总值能耗按自治区下达的年度任务降低，城乡居民人均可支配收入增速不低于经济增速。\n",
                        kind="work_report", year="2026"))
    assert t["社会消费品零售总额"]["growth"] == "5.5%"
    assert t["居民人均可支配收入"]["comparator"] == "≈" and t["城乡居民人均可支配收入"]["comparator"] == "≥"
    assert t["万元地区生产总值能耗"]["target"] == "按自治区下达的年度任务降低"


def test_what_a_body_plans_this_year_in_a_news_report():
    """市公交集团今年将新开和优化公交线路30条以上; 全年计划完成新能源投资65亿元; 年底 opens the clause; but the sentence
    after 今年将… reporting what was done in 2025 is no target, and a headline is no part of the lead below it."""
    t = _targets(_graph("首府公交跑出加速度 今年计划新开线路30条\n\n市公交集团今年将新开和优化公交线路30条以上，力争年底城市建成区路网"
                        "密度达到7.8公里/平方公里。全年计划完成新能源投资65亿元。园区今年将重点开展牧草选育。2025年实现技术合同成交额"
                        "2.6亿元。\n", place="呼和浩特市", kind="news", year="2026"))
    assert t["新开和优化公交线路"]["comparator"] == "≥" and t["新能源投资"]["target"] == "65亿元"
    assert t["城市建成区路网密度"]["unit"] == "公里/平方公里"
    assert "技术合同成交额" not in t


def test_jobs_to_add_listed_without_a_verb_and_a_district_own_budget():
    """城镇新增就业岗位1.1万人以上 in the year's targets is one; 区本级 says whose budget, not what; but what a project could
    bring (可新增就业岗位600个) is no target of the place's."""
    t = _targets(_graph("二、2026年重点工作\n今年的预期目标安排是：区本级一般公共预算收入力争增长5%；民生方面，城镇新增就业岗位1.1万人以上。"
                        "某乳品项目计划明年6月投产，可新增就业岗位600个。\n", place="新城区", kind="work_report", year="2026"))
    assert t["城镇新增就业岗位"]["comparator"] == "≥" and t["一般公共预算收入"]["growth"] == "5%"
    assert not any(k.startswith("可") for k in t)


def test_a_table_set_with_one_ideographic_space_and_one_spaced_with_a_spaced_out_header_word():
    """指标名称　基期值（2020年）　目标值（2025年）　指标属性: one ideographic space between cells is a table too (its rows
    give no sectors: 预期性 closing one row opens no name on the next); but 指　标 inside a header word of a table set
    with wide gaps is one cell."""
    g = _graph("表2　某旗乡村振兴主要指标\n指标名称　基期值（2020年）　目标值（2025年）　指标属性\n粮食总产量（万吨）　52.3　55　约束性\n"
               "农村卫生厕所普及率（%）　61　85以上　预期性\n村集体经济年收入10万元以上村占比（%）　45　100　预期性\n", place="土默特左旗")
    t = _targets(g)
    assert t["粮食总产量"]["target_value"] == 55 and t["农村卫生厕所普及率"]["comparator"] == "≥"
    assert not any("预期性" in n.name for n in g.nodes_of("Industry"))
    t = _targets(_graph("专栏1\u3000某区教育事业发展主要指标\n\n序号  指\u3000标                  2020年   2025年   指标属性\n"
                        "1     学前教育毛入园率（%）   93.5     ≥96      预期性\n", place="玉泉区"))
    assert t["学前教育毛入园率"]["target"] == "≥96"


def test_a_year_clause_mid_sentence_about_each_and_qualified_bases():
    """负责人介绍，2026年，全旗将…力争奶牛存栏达到20万头 (a 2025 news report): the year clause sets the year; 增长6%上下 is
    ≈; 一般公共预算收入（同口径） is the budget; 城镇与农村…各增长5.5%、7% gives each its figure; 与全区经济增速保持同步 and
    完成市里下达的单位地区生产总值能耗降低任务 are targets in words; 新改造城中村3个 keeps its verb."""
    t = _targets(_graph("土默特左旗农牧和科技局有关负责人介绍，2026年，全旗将深入实施奶业振兴行动，力争奶牛存栏达到20万头。\n",
                        place="土默特左旗", kind="news", year="2025"))
    assert t["奶牛存栏"]["target_year"] == 2026
    t = _targets(_graph("二、2026年重点工作\n今年的预期目标为：地区生产总值增长6%上下，一般公共预算收入（同口径）增长5%，城镇与农村常住居民"
                        "人均可支配收入各增长5.5%、7%，城乡居民人均可支配收入增幅与全区经济增速保持同步；节能方面，完成市里下达的单位地区"
                        "生产总值能耗降低任务。全年新改造老旧小区40个以上、城中村3个。\n", kind="work_report", year="2026"))
    assert t["地区生产总值"]["comparator"] == "≈" and t["一般公共预算收入"]["growth"] == "5%"
    assert t["城镇常住居民人均可支配收入"]["growth"] == "5.5%" and t["农村常住居民人均可支配收入"]["growth"] == "7%"
    assert t["城乡居民人均可支配收入"]["comparator"] == "≈" and "单位地区生产总值能耗" in t
    assert t["新改造城中村"]["target"] == "3个"


def test_the_target_year_written_after_the_verb_and_a_level_stated_after_its_growth():
    """由2020年的4.2万元提高到2025年的5.8万元: the year after the verb is the target's, the one after 由 (or 从) the
    baseline's; 年均增长8%，达到2.5万元: the level is the target and the growth stays its growth; 超150亿元 is at least;
    有望达到 ends no name, and 超10亿元的 qualifies what is counted."""
    g = _graph("城镇居民人均可支配收入由2020年的4.2万元提高到2025年的5.8万元，常住人口城镇化率从2020年的70%提高到2025年的75%。\n"
               "到2025年，全旗农牧民人均可支配收入年均增长8%，达到2.5万元；全区工业总产值超150亿元，农畜产品加工转化率有望达到75%，"
               "年销售收入超10亿元的乳业加工企业达到8家。\n")
    t = _targets(g)
    income = t["城镇居民人均可支配收入"]
    assert (income["target_value"], income["target_year"], income["baseline_value"], income["baseline_year"]) == \
        (5.8, 2025, 4.2, 2020)
    assert t["常住人口城镇化率"]["target_value"] == 75 and t["常住人口城镇化率"]["baseline"] == "70%"
    farm = t["农牧民人均可支配收入"]
    assert (farm["target"], farm["growth"], farm["unit"]) == ("2.5万元", "8%", "万元")
    assert t["工业总产值"]["comparator"] == "≥" and t["农畜产品加工转化率"]["target_value"] == 75
    assert t["年销售收入超10亿元的乳业加工企业"]["target"] == "8家"


def test_news_plans_stated_with_a_comma_after_the_year_and_years_counted_from_the_report():
    """今年，全区计划接待游客800万人次 plans (今年，全区已接待… reports); 该县计划到2026年底建成… names no 该县;
    未来三年 is three years after the report's."""
    t = _targets(_graph("今年，全区计划接待游客800万人次。该县计划到2026年底建成标准化厂房20万平方米。未来三年，将新增数据中心机架3万个。\n",
                        kind="news", year="2025"))
    assert t["接待游客"]["target_year"] == 2025 and t["标准化厂房"]["target_year"] == 2026
    assert t["新增数据中心机架"]["target_year"] == 2028
    assert not _targets(_graph("今年，全区已接待游客800万人次。\n", kind="news", year="2025"))


def test_an_indicator_table_read_one_cell_to_a_line():
    """PDF text of a ruled table puts each cell on a line of its own: a numbered table reads row by row from each row
    number (a figure cell like 2 is no row number when the row is not yet full), an unnumbered one by the header's width."""
    t = _targets(_graph("专栏2 主要指标\n序号\n指标\n2020年\n2025年\n属性\n1\n地区生产总值（亿元）\n300\n450\n预期性\n"
                        "2\n研发经费投入强度（%）\n1\n2\n预期性\n3\n森林覆盖率（%）\n22\n25\n约束性\n"))
    assert t["地区生产总值"]["target_value"] == 450 and t["地区生产总值"]["baseline"] == "300"
    assert t["研发经费投入强度"]["target_value"] == 2 and t["森林覆盖率"]["attribute"] == "约束性"
    t = _targets(_graph("表2 主要指标\n类别\n指标\n单位\n2020年\n2025年\n属性\n经济发展\n地区生产总值\n亿元\n300\n450\n预期性\n"
                        "绿色生态\n森林覆盖率\n%\n22\n25\n约束性\n下一段正文开始。\n"))
    assert t["森林覆盖率"]["target_value"] == 25 and t["地区生产总值"]["unit"] == "亿元"


def test_a_work_reports_tasks_after_the_years_targets_set_targets_and_its_review_does_not():
    """After 2026年主要预期目标为：… a work report sets out the year's work: its counts are that year's targets;
    the review before it (全年新建高标准农田6万亩) states what was done."""
    g = _graph("2025年，全年新建高标准农田6万亩，完成农村户厕改造1800户。\n"
               "2026年全县主要预期目标安排为：地区生产总值增长6.5%左右。\n"
               "（一）做强马铃薯产业。新建脱毒种薯繁育基地3万亩，年内新建高标准农田8万亩。\n"
               "（二）建设和美乡村。在耗赖山乡、得胜沟乡建设和美乡村示范村12个。\n", kind="work_report", year="2026")
    t = _targets(g)
    assert t["高标准农田"]["target_value"] == 8 and t["高标准农田"]["target_year"] == 2026
    assert t["和美乡村示范村"]["target_value"] == 12 and "农村户厕改造" not in t


def test_a_yield_per_head_keeps_its_per_unit():
    t = _targets(_graph("第一章 总则\n到2025年，奶牛单产提高到每头10吨，粮食单产达到每亩450公斤。\n"))
    assert (t["奶牛单产"]["target"], t["奶牛单产"]["target_value"]) == ("每头10吨", 10.0)
    assert t["粮食单产"]["target_value"] == 450


def test_a_numbered_group_heading_inside_a_box_groups_its_items():
    """（一）新材料产业链 over items 1．2．…: the items serve the chain; the heading is no project and no part."""
    g = _graph("第三章 工业\n专栏4 托克托县工业重点项目\n（一）新材料产业链\n1. 年产6万吨生物可降解材料项目（建设单位：内蒙古禾润新材料有限公司）\n"
               "（二）新能源产业链\n2. 五申镇50万千瓦光伏治沙项目\n", place="托克托县")
    sup = {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == "SUPPORTS"}
    assert {("年产6万吨生物可降解材料项目", "新材料产业链"), ("五申镇50万千瓦光伏治沙项目", "新能源产业链")} <= sup
    assert not any(n.label == "Project" and n.name.endswith("产业链") for n in g.nodes.values())


def test_a_report_announcing_its_targets_in_other_words_then_the_years_tasks():
    text = ("二、今年的目标任务\n"
            "今年，我们将锚定以下目标：城镇新增就业1.2万人以上，居民人均可支配收入增长6%左右。\n"
            "（一）办好民生实事。实施“暖心托育”行动，年内新增普惠托位800个，年底前新建社区食堂15个、"
            "老年活动站20个。\n")
    t = _targets(_graph(text, place="托克托县", kind="work_report", year="2026"))
    assert t["城镇新增就业"]["target_year"] == 2026
    assert t["新增普惠托位"]["target_value"] == 800 and t["新增普惠托位"]["target_year"] == 2026
    assert t["老年活动站"]["target_value"] == 20


def test_a_reports_review_of_the_whole_year_is_no_target():
    text = ("一、2025年工作回顾\n"
            "过去一年，全年新建高标准农田5万亩，完成农村户厕改造900户。\n")
    t = _targets(_graph(text, place="托克托县", kind="work_report", year="2026"))
    assert "高标准农田" not in t and "农村户厕改造" not in t


def test_a_glossed_short_form_and_a_field_lead_are_not_the_indicators_name():
    text = ("今年，全县主要预期目标是：GDP即地区生产总值增长6%左右，工业方面规上工业增加值力争增长9%以上。\n"
            "表3 主要指标\n序号　指标　2020年　2025年　属性\n1　传统村落（片）　3　6　预期性\n")
    t = _targets(_graph(text, place="托克托县", kind="work_report", year="2026"))
    assert t["地区生产总值"]["growth"] and t["规模以上工业增加值"]["comparator"] == "≥"
    t = _targets(_graph("表3 主要指标\n序号　指标　2020年　2025年　属性\n1　传统村落（片）　3　6　预期性\n"))
    assert t["传统村落"]["target_value"] == 6
