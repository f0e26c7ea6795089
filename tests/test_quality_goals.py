"""Goals written in prose: the ways plans and reports name what a place works towards.

Every sentence here is written for the test in the style of plan language (no dev-set text).
"""
from __future__ import annotations

from pathlib import Path

from loaders.pipeline import plan_graph
from loaders.read import Document


def _graph(text: str, place: str = "和林格尔县", period: str | None = None):
    meta = {"place": place}
    if period:
        meta.update(period=period, kind="plan")
    return plan_graph(Document("q", Path("q.txt"), text, "utf-8", "0" * 64, meta))


def _goals(g) -> dict:
    return {n.name: n.props for n in g.nodes_of("Goal")}


def _edges(g, rel: str) -> set:
    return {(g.nodes[e.source].name, g.nodes[e.target].name) for e in g.edges.values() if e.type == rel}


def test_goal_after_a_date_opening_the_clause_has_its_horizon():
    goals = _goals(_graph("力争到2027年建成自治区级农业现代化示范区。\n"))
    assert goals["自治区级农业现代化示范区"]["horizon"] == 2027


def test_two_goals_joined_by_he_one_quoted_one_a_title_of_a_county():
    goals = _goals(_graph("下一步，全县将加快建设“草原文化旅游名县”和国家数字乡村示范县。\n"))
    assert {"草原文化旅游名县", "国家数字乡村示范县"} <= set(goals)


def test_quoted_metaphor_with_its_scope_and_a_second_goal():
    goals = _goals(_graph("今后五年，将着力建设首府“南大门”和黄河流域生态保护和高质量发展示范县。\n"))
    assert "首府南大门" in goals
    assert "黄河流域生态保护和高质量发展示范县" in goals


def test_quoted_title_with_a_goal_head_after_weirao():
    goals = _goals(_graph("近年来，清水河县紧紧围绕“中国杂粮之都”核心区建设，做强小杂粮产业。\n", "清水河县"))
    assert "中国杂粮之都核心区" in goals
    assert "中国杂粮之都" not in goals


def test_what_a_park_advances_towards_and_a_graded_scenic_title():
    goals = _goals(_graph("推动盛乐经济园区向百亿级园区迈进，支持老牛湾景区争创国家5A级旅游景区。\n"))
    assert {"百亿级园区", "国家5A级旅游景区"} <= set(goals)


def test_vision_after_the_shared_aim_splits_at_he_but_not_inside_hexie():
    text = ("第二章 发展目标\n\n展望2035年，全县基本实现社会主义现代化，建成首府“会客厅”和宜居宜业幸福新城。\n"
            "展望2035年，将建成生态宜居和谐新城。\n")
    goals = _goals(_graph(text, "新城区", "2021-2025"))
    assert goals["首府会客厅"]["kind"] == "远景" and goals["首府会客厅"]["horizon"] == 2035
    assert "宜居宜业幸福新城" in goals and "生态宜居和谐新城" in goals
    assert not any("现代化" in n for n in goals)


def test_generic_tasks_and_descriptions_are_not_goals():
    goals = _goals(_graph("加强安全生产工作，建设平安校园。推进一批示范区建设，建成具有影响力的城市。\n"))
    assert goals == {}


def test_places_relied_on_hold_a_prose_goal_but_not_one_after_another_object():
    held = _edges(_graph("立足清水河县地处黄河几字弯的区位优势，着力建设“两个基地、一个屏障”。\n", "清水河县"), "LOCATED_IN")
    assert ("两个基地、一个屏障", "清水河县") in held
    other = _edges(_graph("依托老牛湾、黄河大峡谷等文旅资源发展全域旅游，加快建设首府“南大门”。\n", "清水河县"),
                   "LOCATED_IN")
    assert not any(s == "首府南大门" and t != "清水河县" for s, t in other)


def test_a_facility_with_a_scope_word_stays_a_facility():
    assert _goals(_graph("加快建设首府中央厨房项目，完善园区配套。\n")) == {}


def test_reliance_that_serves_an_intervening_clause_does_not_hold_the_goal():
    text = "依托老牛湾、黄河大峡谷等文旅资源，发展全域旅游，加快建设“黄河几字弯”文化旅游名县。\n"
    loc = _edges(_graph(text, "清水河县"), "LOCATED_IN")
    assert not any(s == "黄河几字弯文化旅游名县" and t in ("老牛湾镇", "老牛湾黄河大峡谷", "黄河") for s, t in loc)


def test_two_places_relied_on_joined_by_he_both_hold_the_goal():
    loc = _edges(_graph("下一步，全县将依托盛乐经济园区和和林格尔新区，加快建设国家算力保障基地。\n"), "LOCATED_IN")
    assert {("国家算力保障基地", "盛乐经济园区"), ("国家算力保障基地", "和林格尔新区")} <= loc


def test_quoted_goal_closing_at_its_quote_inside_a_longer_clause():
    goals = _goals(_graph("新签约的12个项目将为园区创建“国家级生态工业示范园区”提供有力支撑。\n"))
    assert "国家级生态工业示范园区" in goals


def test_scoped_tail_after_de_names_the_goal():
    goals = _goals(_graph("物流园建成后将成为辐射晋陕蒙三省区的区域性农产品集散枢纽。\n"))
    assert "区域性农产品集散枢纽" in goals
    assert not any("的" in n for n in goals)


def test_a_places_main_front_and_destination_are_goals():
    goals = _goals(_graph("全县将全力打造呼和浩特市绿色建材产业主阵地，加快建设大青山北麓生态旅游目的地。\n", "武川县"))
    assert "呼和浩特市绿色建材产业主阵地" in goals
    assert "大青山北麓生态旅游目的地" in goals


def test_title_created_successfully_and_grounds_of_a_positioning():
    text = ("第二节 发展定位\n"
            "立足武川县作为首府北部生态屏障的区位优势，着力建设“两区一基地”。\n"
            "到2025年，国家农产品质量安全县创建成功，自治区级全域旅游示范区创建成功。\n")
    goals = _goals(_graph(text, "武川县", "2021-2025"))
    assert "自治区级全域旅游示范区" in goals
    assert not any(n.startswith("立足") for n in goals)


def test_listed_positioning_keeps_the_scoped_tail_and_skips_its_grounds():
    text = ("第一节 发展定位\n"
            "立足武川县作为首府北部生态核心区、冷凉蔬菜产区集中的优势，着力建设“两区一基地”。\n"
            "——北方特色农业基地。建设连接包头、服务乌兰察布和锡林郭勒的区域性马铃薯集散枢纽。\n")
    goals = _goals(_graph(text, "武川县", "2021-2025"))
    assert "区域性马铃薯集散枢纽" in goals
    assert not any(n.startswith(("立足", "锡林郭勒")) for n in goals)


def test_quoted_goal_after_its_verb_and_quoted_aim_being_built():
    goals = _goals(_graph("全县将围绕打造“首府北部生态康养引领区”，推进康养小镇建设；“生态绿肺”建设取得新进展。\n",
                          "武川县"))
    assert "首府北部生态康养引领区" in goals
    assert "生态绿肺" not in goals          # no goal head: a slogan
    goals = _goals(_graph("到2025年，“北疆绿色屏障”建设取得明显成效。\n", "武川县"))
    assert "北疆绿色屏障" in goals


def test_a_place_a_sector_and_a_rank_name_a_list_of_projects_not_one_project():
    g = _graph("专栏3 托克托县现代农牧业重点项目\n1.燕山营乡肉牛养殖基地建设项目。\n")
    projects = {n.name for n in g.nodes_of("Project")}
    assert "托克托县现代农牧业重点项目" not in projects
    assert any("肉牛养殖基地" in p for p in projects)


def test_goal_a_news_sentence_builds_towards_then_what_the_signing_gives_it():
    goals = _goals(_graph("此次签约为东胜区加快建设区域性现代商贸物流枢纽注入新动能。\n", "和林格尔县"))
    assert "区域性现代商贸物流枢纽" in goals
    # a project being built is still no goal
    goals = _goals(_graph("推进盛乐镇万亩设施蔬菜基地建设，为农民增收注入新动能。\n"))
    assert not any("蔬菜基地" in n for n in goals)


def test_titles_a_plan_seeks_around_or_on_the_occasion_of_their_creation():
    text = ("围绕国家生态文明建设示范县创建，以国家级现代农业产业园创建为契机，推进农旅融合。\n")
    goals = _goals(_graph(text, "托克托县"))
    assert {"国家生态文明建设示范县", "国家级现代农业产业园"} <= set(goals)
    goals = _goals(_graph("以重点项目建设为抓手，推进园区道路建设。\n", "托克托县"))
    assert not goals


def test_brands_and_county_titles_a_place_polishes():
    text = "全县擦亮“中国马铃薯之乡”品牌，打造“草原—黄河”两大旅游品牌和“云中古城”文化旅游品牌。\n"
    goals = _goals(_graph(text, "托克托县"))
    assert {"中国马铃薯之乡", "草原—黄河两大旅游品牌", "云中古城文化旅游品牌"} <= {n.replace("“", "").replace("”", "")
                                                                         for n in goals}
    # a quoted product label sold is no brand goal
    goals = _goals(_graph("企业推出“草原鲜”系列产品。\n", "托克托县"))
    assert not goals


def test_health_titles_hospitals_work_towards():
    text = ("支持包头市中心医院、包头医学院第一附属医院建设国家区域医疗中心，推动首都医科大学附属北京天坛医院与"
            "包头市第四医院合作共建神经内科区域医疗中心，支持固阳县医院创建三级甲等综合医院。\n")
    goals = _goals(_graph(text, "包头市"))
    assert {"国家区域医疗中心", "神经内科区域医疗中心", "三级甲等综合医院"} <= set(goals)
    # a hospital being built is a building, not a title; a data centre is no goal either
    goals = _goals(_graph("推进固阳县人民医院建设，支持某某公司建设绿色数据中心。\n", "包头市"))
    assert not goals


def test_growth_poles_coordination_and_model_districts_and_a_quoted_list_of_three():
    goals = _goals(_graph("开发区着力建设国家级稀土新材料产业基地、自治区绿色低碳示范区和包头北部工业增长极。\n", "包头市"))
    assert {"自治区绿色低碳示范区", "包头北部工业增长极"} <= set(goals)
    text = "昆都仑区着力打造“包头数字经济先行区、呼包鄂乌数据服务协同区、自治区数字政府建设样板区”，推动转型。\n"
    goals = _goals(_graph(text, "昆都仑区"))
    assert {"呼包鄂乌数据服务协同区", "自治区数字政府建设样板区"} <= set(goals)


def test_a_node_of_a_national_network_and_a_programmes_model_city():
    goals = _goals(_graph("这是加快建设全国一体化算力网络宁夏枢纽节点的具体行动。\n", "中卫市"))
    assert "全国一体化算力网络宁夏枢纽节点" in goals
    goals = _goals(_graph("推进“互联网+政务服务”示范城市建设。\n", "中卫市"))
    assert "互联网+政务服务示范城市" in goals
    # a node of a project being built without a scope is no goal
    goals = _goals(_graph("推进某某物流枢纽节点项目建设。\n", "中卫市"))
    assert not goals


def test_a_bare_regional_medical_centre_being_built_is_no_title():
    goals = _goals(_graph("建设区域性医疗中心，支持某某医院建设国家心血管区域医疗中心。\n", "包头市"))
    assert "国家心血管区域医疗中心" in goals and "区域性医疗中心" not in goals


def test_a_corridor_named_after_a_river_relied_on_does_not_break_the_relation_rules():
    # the place relied on is known only inside the corridor's name, so no mention of it stands alone
    # in the clause; the relation rules once crashed here (max() of nothing) and lost the whole plan
    g = _graph("依托小黑河生态廊道，串联白塔镇、西把栅乡的特色村庄，建设小黑河休闲旅游环线。\n", "赛罕区")
    assert any(n.label == "Project" for n in g.nodes.values())


def test_landmarks_corridors_and_commuting_rings_are_goals_but_service_rings_are_not():
    from tests.test_quality_targets import _graph
    g = _graph("着力打造北疆消费新地标，建设向北开放国际通道，构建半小时通勤圈，推进一刻钟便民生活圈建设。\n",
               place="呼和浩特市")
    goals = {n.name for n in g.nodes.values() if n.label == "Goal"}
    assert {"北疆消费新地标", "向北开放国际通道", "半小时通勤圈"} <= goals and "一刻钟便民生活圈" not in goals


def test_task_points_target_lead_ins_and_clauses_are_no_goals():
    from tests.test_quality_targets import _graph
    text = ("二、2026年主要目标任务\n今年全区发展的主要预期指标为：地区生产总值增长6%左右。\n"
            "三是提升民生服务品质。推进医院建设。\n\n三、发展目标\n"
            "到2025年，大召景区力争创建国家5A级旅游景区，改造提升沿街商铺，建设主体为玉泉区城市建设投资有限公司。\n")
    g = _graph(text, kind="work_report", year="2026", place="玉泉区")
    goals = {n.name for n in g.nodes.values() if n.label == "Goal"}
    assert not any("指标" in n or n.startswith("三是") or "力争" in n or "为" in n for n in goals), goals


def test_a_heading_that_polishes_or_builds_names_its_goal_without_the_verb():
    from tests.test_quality_targets import _graph
    from loaders.extract.goals import goal_name
    assert goal_name("聚力建设世界乳都核心区") == "世界乳都核心区" and goal_name("擦亮敕勒川生态文旅品牌") == "敕勒川生态文旅品牌"


def test_a_quoted_list_of_positionings_names_each_goal():
    from tests.test_quality_targets import _graph
    g = _graph("第一节 发展定位\n立足回民区历史文化底蕴，锚定“首府西部生态宜居城区、多民族文化交融展示窗口、现代商贸服务集聚区”"
               "三大定位，统筹老城更新。\n", place="回民区")
    goals = {n.name for n in g.nodes.values() if n.label == "Goal"}
    assert {"首府西部生态宜居城区", "多民族文化交融展示窗口", "现代商贸服务集聚区"} <= goals
    assert not any(n.startswith("锚定") for n in goals)


def test_northern_frontier_and_county_scopes_valley_titles_and_no_heading_as_goal():
    from tests.test_quality_targets import _graph
    g = _graph("一、发展定位\n把武川县建设成为北疆红色文化传承基地和全域旅游示范县，打造“北方药谷”，创建国家生态文明建设示范区。\n",
               place="武川县")
    goals = {n.name for n in g.nodes.values() if n.label == "Goal"}
    assert {"北疆红色文化传承基地", "北方药谷", "国家生态文明建设示范区"} <= goals
    assert "发展定位" not in goals and not any(n.startswith("建国家") for n in goals)


def test_graded_titles_quoted_aims_and_valley_titles_are_goals():
    """创建国家级乡村旅游重点镇 (a graded title sought), 以建设“草原文旅休闲目的地”为目标 (quoted: no scope word needed),
    打造“北疆数谷”; but “草原云谷”算力调度平台 brands a work, and 创建国家级示范区 alone names no title."""
    from loaders.extract.goals import _candidates
    from loaders.lexicon import load_lexicon
    lex = load_lexicon()
    names = {c[2] for c in _candidates("创建国家级乡村旅游重点镇，以建设“草原文旅休闲目的地”为目标，全力打造“北疆数谷”", lex)}
    assert {"国家级乡村旅游重点镇", "草原文旅休闲目的地", "北疆数谷"} <= names
    assert not _candidates("华为云与新区管委会共建的“草原云谷”算力调度平台上线运行", lex)


def test_ranked_titles_built_long_quoted_aims_and_a_report_year_of_work_is_no_goal_section():
    """建设国家级旅游休闲街区, 创建自治区级示范步行街, 创建国家现代农业产业园 (graded titles sought or built), 基本建成
    “沿黄生态保护和高质量发展先行县” (a long quoted aim); but in 二、2026年的目标任务和工作安排 the run-in headings
    (（一）做优现代农牧业。) are tasks, and 今年发展主要预期目标安排如下 announces targets: no goals."""
    from loaders.extract.goals import _candidates
    from loaders.lexicon import load_lexicon
    lex = load_lexicon()
    names = {c[2] for c in _candidates("建设国家级旅游休闲街区，争取创建自治区级示范步行街，推动某园区创建国家现代农业产业园，"
                                       "基本建成“沿黄生态保护和高质量发展先行县”", lex)}
    assert {"国家级旅游休闲街区", "自治区级示范步行街", "国家现代农业产业园", "沿黄生态保护和高质量发展先行县"} <= names
    from tests.test_quality_targets import _graph as report_graph
    g = report_graph("二、2026年的目标任务和工作安排\n\n今年发展主要预期目标安排如下：全旗地区生产总值增长6%左右。\n\n"
                     "（一）做优现代农牧业。实施奶业振兴行动。\n\n（二）推动镇域特色发展。察素齐镇发展商贸物流。\n",
                     place="土默特左旗", kind="work_report", year="2026")
    goals = {n.name for n in g.nodes.values() if n.label == "Goal"}
    assert not goals & {"现代农牧业", "推动镇域特色发展", "今年发展主要预期目标安排如下"}
