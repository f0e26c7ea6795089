"""A small, hand-made graph holding every label and relation type of the ontology.

Tests of stores, queries, exports and the explorer use it when they need a graph
whose content is known exactly (the bundled plans' graph changes as extraction
improves).  Evidence offsets cite ``SAMPLE_TEXT`` exactly.

>>> g = sample_graph()
>>> sorted(g.counts()["nodes"])[:3]
['Goal', 'Indicator', 'Industry']
"""
from __future__ import annotations

from graph.model import Evidence, GraphData, stable_id

PLAN_ID = "sample-plan"
SAMPLE_TEXT = (
    "第一章 发展定位\n"
    "回民区位于呼和浩特市。乌素图位于回民区，乌素图杏花节带动文化旅游业发展。\n"
    "第二章 重点项目\n"
    "哈拉沁生态苗圃项目位于新城区，由内蒙古大学参与建设，支撑生态保护目标。\n"
    "到2025年，森林覆盖率达到41%，约束性。实施强首府工程，支撑文化旅游业。\n"
    "名字带\"引号\"和\\反斜杠\n与<尖括号>🌸\u200f的地点位于新城区。\n"
)


def _ev(text: str, section: str) -> Evidence:
    start = SAMPLE_TEXT.index(text)
    return Evidence(PLAN_ID, section, start, start + len(text), text)


def sample_graph() -> GraphData:
    """Every label and relation type, with evidence that cites SAMPLE_TEXT exactly."""
    g = GraphData()
    g.add_node("Plan", "样例规划", node_id=PLAN_ID, props={
        "title": "样例规划", "place": "回民区", "issuer": "样例", "year": 2021, "period": "2021-2025",
        "kind": "plan", "file": "sample.txt", "sha256": "0" * 64, "encoding": "utf-8", "text": SAMPLE_TEXT})
    s1, s2 = f"{PLAN_ID}/第一章", f"{PLAN_ID}/第二章"
    for sid, title, ordinal in ((s1, "发展定位", 1), (s2, "重点项目", 2)):
        start = SAMPLE_TEXT.index(title) - 4
        g.add_node("Section", title, node_id=sid, props={
            "plan": PLAN_ID, "kind": "chapter", "path": sid.split("/", 1)[1], "title": title,
            "ordinal": ordinal, "level": 1, "start": start, "end": start + 10})
        g.add_edge(sid, PLAN_ID, "PART_OF")

    def node(label, name, section, mention=None, **props):
        n = g.add_node(label, name, props=props)
        n.add_mention(_ev(mention or name, section))
        return n

    city = node("Place", "呼和浩特市", s1, kind="city", lat=40.84, lon=111.75)
    city.add_alias("呼市")
    huimin = node("Place", "回民区", s1, kind="district", lat=40.82, lon=111.62)
    xincheng = node("Place", "新城区", s2, kind="district", lat=40.86, lon=111.67)
    wusutu = node("Place", "乌素图", s1, kind="village", lat=40.88, lon=111.58)
    odd = node("Place", "名字带\"引号\"和\\反斜杠\n与<尖括号>🌸\u200f的地点", s2, kind="area")
    festival = node("Project", "乌素图杏花节", s1, box=None, status="running")
    nursery = node("Project", "哈拉沁生态苗圃项目", s2, box="专栏5 生态项目", status="planned")
    tourism = node("Industry", "文化旅游业", s1, category="服务业")
    goal = node("Goal", "生态保护", s2, mention="生态保护目标", horizon=2025, kind="发展目标")
    forest = node("Indicator", "森林覆盖率", s2, unit="%", category="绿色生态")
    uni = node("Organization", "内蒙古大学", s2, kind="university")
    policy = node("Policy", "强首府工程", s2, kind="programme")

    def edge(src, dst, rel, text, section, **props):
        g.add_edge(src.id, dst.id, rel, evidence=_ev(text, section), props=props, extractor="sample",
                   confidence=0.9)

    edge(huimin, city, "LOCATED_IN", "回民区位于呼和浩特市。", s1)
    edge(xincheng, city, "LOCATED_IN", "新城区", s2)
    edge(wusutu, huimin, "LOCATED_IN", "乌素图位于回民区", s1)
    edge(festival, wusutu, "LOCATED_IN", "乌素图杏花节", s1)
    edge(festival, tourism, "SUPPORTS", "乌素图杏花节带动文化旅游业发展。", s1)
    edge(nursery, xincheng, "LOCATED_IN", "哈拉沁生态苗圃项目位于新城区", s2)
    edge(nursery, uni, "INVOLVES", "由内蒙古大学参与建设", s2)
    edge(nursery, goal, "SUPPORTS", "支撑生态保护目标", s2)
    edge(policy, tourism, "SUPPORTS", "实施强首府工程，支撑文化旅游业。", s2)
    edge(odd, xincheng, "LOCATED_IN", "的地点位于新城区。", s2)
    plan = g.nodes[PLAN_ID]
    g.add_edge(plan.id, huimin.id, "COVERS", evidence=_ev("回民区", s1), extractor="sample")
    g.add_edge(plan.id, forest.id, "TARGETS", evidence=_ev("到2025年，森林覆盖率达到41%，约束性。", s2),
               extractor="sample", props={"target": "41%", "target_value": 41.0, "comparator": "≥",
                                          "target_year": 2025, "attribute": "约束性", "unit": "%"})
    g.add_edge(goal.id, forest.id, "TARGETS", evidence=_ev("森林覆盖率达到41%", s2), extractor="sample",
               props={"target": "41%", "target_value": 41.0, "comparator": "≥", "target_year": 2025,
                      "unit": "%"})
    return g


def sample_ids() -> dict[str, str]:
    """Ids of the sample's entities by name, for assertions."""
    return {n.name: n.id for n in sample_graph().nodes.values()}


__all__ = ["sample_graph", "sample_ids", "SAMPLE_TEXT", "PLAN_ID", "stable_id"]
