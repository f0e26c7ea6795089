"""Resolution across plans: one node per real thing, whatever the order of the plans."""
from __future__ import annotations

from pathlib import Path

from graph.model import Evidence, GraphData, stable_id
from loaders.extract.common import add_entity, add_relation
from loaders.pipeline import PlanContext, add_structure
from loaders.read import Document
from loaders.resolve import resolve_graphs
from loaders.segment import segment


def plan(pid: str, text: str, entities: list[tuple[str, str]], edges=()) -> GraphData:
    """A per-plan graph with the named entities mentioned where they occur and the given edges."""
    doc = Document(pid, Path(f"{pid}.txt"), text, "utf-8", "0" * 64, {"title": pid})
    ctx = PlanContext(doc, segment(text, pid), GraphData())
    add_structure(ctx)
    nodes = {}
    for label, surface in entities:
        at = text.index(surface)
        nodes[surface] = add_entity(ctx, label, surface, at, extractor="test")
    for src, rel, dst in edges:
        s = text.index(src)
        add_relation(ctx, nodes[src], nodes[dst], rel, s, s + len(src), extractor="test", confidence=0.8)
    return ctx.graph


def A() -> GraphData:
    text = "第一章 文旅\n成功举办第四届乌素图杏花节，呼市一中新校区启用。科技城片区集聚软件企业。\n"
    return plan("a", text, [("Project", "第四届乌素图杏花节"), ("Organization", "呼市一中"), ("Place", "科技城片区"),
                            ("Place", "乌素图")],
                [("第四届乌素图杏花节", "LOCATED_IN", "乌素图")])


def B() -> GraphData:
    text = ("第一章 发展\n办好乌素图杏花节。呼和浩特市第一中学扩建。"
            "呼和浩特金山高新技术产业开发区科技城片区建设提速。东乌素图村改造完成。\n")
    return plan("b", text, [("Project", "乌素图杏花节"), ("Organization", "呼和浩特市第一中学"),
                            ("Place", "呼和浩特金山高新技术产业开发区科技城片区"), ("Place", "东乌素图村")],
                [("乌素图杏花节", "LOCATED_IN", "东乌素图村")])


def names(g: GraphData, label: str) -> list[str]:
    return sorted(n.name for n in g.nodes_of(label))


def test_same_things_across_plans_become_one_node():
    g = resolve_graphs([A(), B()])
    assert names(g, "Project") == ["乌素图杏花节"]
    assert names(g, "Organization") == ["呼和浩特市第一中学"]
    assert names(g, "Place") == ["乌素图", "科技城"]
    fest = g.nodes[stable_id("Project", "乌素图杏花节")]
    assert "第四届乌素图杏花节" in fest.aliases
    assert {m.plan for m in fest.mentions} == {"a", "b"}
    school = g.nodes[stable_id("Organization", "呼和浩特市第一中学")]
    assert "呼市一中" in school.aliases


def test_order_does_not_matter():
    one, two = resolve_graphs([A(), B()]), resolve_graphs([B(), A()])
    assert sorted(one.nodes) == sorted(two.nodes)
    assert sorted(one.edges) == sorted(two.edges)
    for nid, node in one.nodes.items():
        other = two.nodes[nid]
        assert (node.name, node.aliases, node.mentions, node.props) == \
            (other.name, other.aliases, other.mentions, other.props)
    for key, e in one.edges.items():
        assert (e.evidence, e.extractor, e.confidence) == \
            (two.edges[key].evidence, two.edges[key].extractor, two.edges[key].confidence)


def test_evidence_is_kept_when_edges_merge():
    g = resolve_graphs([A(), B()])
    edge = g.edges[(stable_id("Project", "乌素图杏花节"), "LOCATED_IN", stable_id("Place", "乌素图"))]
    assert {ev.plan for ev in edge.evidence} == {"a", "b"}
    texts = {"a": A().nodes["a"].props["text"], "b": B().nodes["b"].props["text"]}
    for ev in edge.evidence:
        assert texts[ev.plan][ev.start:ev.end] == ev.text


def test_merging_drops_self_loops():
    text = "第一章 总则\n科技城片区即科技城。\n"
    g = plan("c", text, [("Place", "科技城片区")])
    # an extractor that did not canonicalise: two Place nodes, one edge between them
    other = g.add_node("Place", "呼和浩特金山高新技术产业开发区科技城片区")
    g.add_edge(other.id, stable_id("Place", "科技城"), "LOCATED_IN",
               evidence=Evidence("c", None, 0, 3, text[0:3]))
    out = resolve_graphs([g])
    assert all(e.source != e.target for e in out.edges.values())
    assert names(out, "Place") == ["科技城"]


def test_resolution_is_idempotent():
    once = resolve_graphs([A(), B()])
    twice = resolve_graphs([once])
    assert sorted(once.nodes) == sorted(twice.nodes)
    assert sorted(once.edges) == sorted(twice.edges)
    for nid, node in once.nodes.items():
        assert (node.name, node.aliases, node.mentions) == \
            (twice.nodes[nid].name, twice.nodes[nid].aliases, twice.nodes[nid].mentions)


def test_project_written_with_and_without_xiangmu_is_one_project():
    a = plan("a", "第一章 产业\n1. 青禾冷链物流园项目。\n", [("Project", "青禾冷链物流园项目")])
    b = plan("b", "第一章 产业\n支持青禾冷链物流园扩容。\n", [("Project", "青禾冷链物流园")])
    g = resolve_graphs([a, b])
    assert len(list(g.nodes_of("Project"))) == 1


def test_different_things_stay_apart():
    a = plan("a", "第一章 产业\n办好杏花节。建设金翡丽广场二期。\n", [("Project", "杏花节"), ("Project", "金翡丽广场二期")])
    b = plan("b", "第一章 产业\n办好乌素图杏花节。建设金翡丽广场。\n",
             [("Project", "乌素图杏花节"), ("Project", "金翡丽广场")])
    g = resolve_graphs([a, b])
    assert names(g, "Project") == ["乌素图杏花节", "杏花节", "金翡丽广场", "金翡丽广场二期"]


def test_plans_and_sections_are_never_merged():
    g = resolve_graphs([A(), B()])
    assert names(g, "Plan") == ["a", "b"]
    assert len(list(g.nodes_of("Section"))) == len(list(A().nodes_of("Section"))) + len(list(B().nodes_of("Section")))


def test_a_bare_event_is_the_place_named_event_when_the_plan_names_the_place():
    a = plan("a", "第一章 文旅\n办好乌素图桃花节。\n", [("Project", "乌素图桃花节")])
    b = plan("b", "第一章 文旅\n西乌素图村完成改造，举办桃花节、采摘节。\n", [("Place", "西乌素图村"), ("Project", "桃花节")])
    c = plan("c", "第一章 文旅\n新城区举办桃花节。\n", [("Place", "新城区"), ("Project", "桃花节")])
    g = resolve_graphs([a, b])
    assert names(g, "Project") == ["乌素图桃花节"]
    assert "桃花节" in g.nodes[stable_id("Project", "乌素图桃花节")].aliases
    # a plan that never names 乌素图: its 桃花节 may be anyone's
    g = resolve_graphs([a, c])
    assert names(g, "Project") == ["乌素图桃花节", "桃花节"]


def test_aliases_lose_the_line_breaks_of_hard_wrapped_text():
    text = "第一章 总则\n首\n府发展。\n"
    g = plan("a", text, [("Place", "首\n府")])
    out = resolve_graphs([g])
    assert out.nodes[stable_id("Place", "呼和浩特市")].aliases == ["首府"]


# -- on the bundled plans, built end to end ------------------------------------------------------

def test_bundled_plans_keep_one_node_per_thing(store):
    import importlib.util
    import pytest
    if importlib.util.find_spec("loaders.extract.entities") is None:
        pytest.skip("the text entity extractor (entities.py) has not landed")
    rows = store.query("MATCH (p:Place) WHERE p.name CONTAINS '科技城' RETURN p.name AS n, p.aliases AS a").rows
    assert [r["n"] for r in rows] == ["科技城"]
    assert "呼和浩特金山高新技术产业开发区科技城片区" in rows[0]["a"]
    rows = store.query("MATCH (o:Organization) WHERE o.name IN ['呼市一中', '呼和浩特市第一中学'] "
                       "RETURN o.name AS n").rows
    assert [r["n"] for r in rows] == ["呼和浩特市第一中学"]
    rows = store.query("MATCH (p:Place {name:'呼和浩特市'})-[:MENTIONED_IN]->(s:Section) "
                       "RETURN count(DISTINCT s.plan) AS plans").rows
    assert rows[0]["plans"] == 5     # every plan names the city, one node for all of them
