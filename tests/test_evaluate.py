"""loaders/evaluate.py: the metric arithmetic on a hand-made case, name matching, the gold files themselves
and the ``python -m graph eval`` command.  No F1 threshold is asserted: the figures are measured, not a gate."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PLANS, ROOT, run_cli
from graph.model import Evidence, GraphData
from loaders.evaluate import PLAN_TOKEN, load_gold, norm, prf, score, target_matches
from loaders.read import decode

GOLD = ROOT / "tests" / "gold"

LINE1 = "回民区建设“乌素图杏花节”项目，依托伊利集团。"
LINE2 = "内蒙古伊利集团参与。"
TEXT = LINE1 + "\n" + LINE2 + "\n"


# -- arithmetic ---------------------------------------------------------------------------------
def test_prf_known_values():
    assert prf(3, 5, 4) == {"precision": 0.6, "recall": 0.75, "f1": 0.6667}
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(0, 3, 2)["f1"] == 0.0
    assert prf(2, 2, 2) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_norm_strips_quotes_brackets_spaces_and_width():
    assert norm("“强首府” 工程") == "强首府工程"
    assert norm("城发（恼包）物流园区项目") == norm("城发(恼包)物流园区项目") == "城发恼包物流园区项目"
    assert norm("ＰＭ２.５ 浓度") == "PM2.5浓度"          # NFKC folds full-width letters and digits
    assert norm("大健\n康产业园") == "大健康产业园"       # a hard-wrap break inside a name
    assert norm("《新城区生态保护补偿三年行动实施方案》") == "新城区生态保护补偿三年行动实施方案"
    assert norm("回民区") != norm("新城区")


def test_target_matching():
    assert target_matches({"target": "41%", "target_year": 2025}, {"target_value": 41.0, "target_year": 2025})
    assert target_matches({"target": "810亿左右", "target_year": 2025}, {"target": "810亿左右", "target_year": "2025"})
    assert target_matches({"target": "6%左右", "target_year": 2025}, {"growth": "年均增长6%左右", "target_year": 2025})
    assert target_matches({"target": "达到国家和自治区要求", "target_year": 2025},
                          {"target": "达到国家和自治区要求", "target_year": 2025})
    assert not target_matches({"target": "41%", "target_year": 2025}, {"target_value": 42.41, "target_year": 2025})
    assert not target_matches({"target": "41%", "target_year": 2025}, {"target_value": 41.0, "target_year": 2035})
    assert not target_matches({"target": "达到国家和自治区要求", "target_year": 2025}, {"target": None,
                                                                                  "target_year": 2025})


# -- a tiny hand-made case with known answers ---------------------------------------------------
def _tiny(tmp_path: Path):
    plans, gold = tmp_path / "plans", tmp_path / "gold"
    plans.mkdir()
    gold.mkdir()
    (plans / "p.txt").write_text(TEXT, encoding="utf-8")
    (gold / "p.json").write_text(json.dumps({
        "doc": "p.txt", "plan_place": "回民区",
        "passages": [{"id": "p-1", "text": LINE1,
                      "entities": [{"type": "Place", "name": "回民区", "aliases": []},
                                   {"type": "Project", "name": "乌素图杏花节项目", "aliases": []},
                                   {"type": "Place", "name": "乌素图", "aliases": []},
                                   {"type": "Organization", "name": "伊利集团", "aliases": ["伊利"]}],
                      "relations": [{"type": "LOCATED_IN", "source": "乌素图杏花节项目", "target": "回民区"},
                                    {"type": "INVOLVES", "source": "乌素图杏花节项目", "target": "伊利"}]}],
        "indicators": [{"name": "森林覆盖率", "unit": "%", "place": "回民区", "target": "41%", "target_year": 2025},
                       {"name": "地区生产总值", "unit": "%", "place": "回民区", "target": "6%", "target_year": 2025}],
    }, ensure_ascii=False), encoding="utf-8")

    g = GraphData()
    g.add_node("Plan", "p", node_id="plan-p", props={"file": "p.txt"})

    def ent(label, name, surface, line=LINE1, offset=0, **kw):
        node = g.add_node(label, name, **kw)
        start = offset + line.index(surface)
        node.add_mention(Evidence("plan-p", None, start, start + len(surface), surface))
        return node

    second = len(LINE1) + 1
    place = ent("Place", "回民区", "回民区")
    project = ent("Project", "“乌素图杏花节” 项目", "乌素图杏花节”项目")      # quotes/space: same name
    org = ent("Organization", "伊利", "伊利集团")                             # matches the gold alias
    policy = ent("Policy", "杏花节", "杏花节")                                # not in gold: a false positive
    industry = ent("Industry", "旅游业", "项目")                              # another false positive
    ent("Place", "内蒙古自治区", "内蒙古", line=LINE2, offset=second)          # outside the passage: ignored
    indicator = g.add_node("Indicator", "森林覆盖率")

    def ev(line=LINE1, offset=0):
        return Evidence("plan-p", None, offset, offset + len(line), line)

    g.add_edge(project.id, place.id, "LOCATED_IN", evidence=ev())                      # hit
    g.add_edge(project.id, org.id, "INVOLVES", evidence=ev(LINE2, second))             # evidence elsewhere
    g.add_edge(policy.id, industry.id, "SUPPORTS", evidence=ev())                      # false positive
    g.add_edge("plan-p", place.id, "COVERS")
    g.add_edge("plan-p", indicator.id, "TARGETS", props={"target": "41%", "target_value": 41.0,
                                                         "target_year": 2025})
    return load_gold(gold, plans), g


def test_score_on_a_hand_made_case(tmp_path):
    gold_docs, graph = _tiny(tmp_path)
    r = score(gold_docs, graph)
    # entities: gold 4 (Place×2, Project, Organization); predicted 5 in the span; 3 right
    assert r["entities_overall"] == {"gold": 4, "predicted": 5, "tp": 3, **prf(3, 5, 4)}
    assert r["entities_overall"]["precision"] == 0.6 and r["entities_overall"]["recall"] == 0.75
    assert r["entities"]["Place"] == {"gold": 2, "predicted": 1, "tp": 1, **prf(1, 1, 2)}
    assert r["entities"]["Policy"]["predicted"] == 1 and r["entities"]["Policy"]["tp"] == 0
    assert r["entities"]["Organization"]["tp"] == 1
    # relations: LOCATED_IN hit, INVOLVES missed (its evidence is outside the passage), SUPPORTS false positive
    assert r["relations"]["LOCATED_IN"] == {"gold": 1, "predicted": 1, "tp": 1, **prf(1, 1, 1)}
    assert r["relations"]["INVOLVES"] == {"gold": 1, "predicted": 0, "tp": 0, **prf(0, 0, 1)}
    assert r["relations"]["SUPPORTS"] == {"gold": 0, "predicted": 1, "tp": 0, **prf(0, 1, 0)}
    assert r["relations"]["COVERS"]["tp"] == 1
    assert r["indicator_targets"]["recalled"] == 1 and r["indicator_targets"]["recall"] == 0.5
    assert r["by_document"]["p.txt"]["entities"] == r["entities_overall"]   # one document: the same figures
    errors = {e["passage"]: e for e in r["errors"]}["p-1"]
    assert errors["entity_fn"] == [{"type": "Place", "name": "乌素图"}]
    assert {e["name"] for e in errors["entity_fp"]} == {"杏花节", "旅游业"}
    assert errors["relation_fn"] == [{"type": "INVOLVES", "source": "乌素图杏花节项目", "target": "伊利"}]


def test_comparator_is_checked_on_recalled_targets_where_gold_states_one(tmp_path):
    gold_docs, graph = _tiny(tmp_path)
    gold_docs[0].indicators[0]["comparator"] = "≥"                  # 森林覆盖率 41%: recalled
    it = score(gold_docs, graph)["indicator_targets"]
    assert (it["comparators_compared"], it["comparators_agree"]) == (1, 0)    # the edge says nothing of ≥
    edge = next(e for e in graph.edges.values() if e.type == "TARGETS")
    edge.props.update(comparator="=", target="45%", target_value=45.0, growth="41%以上")   # gold's figure is the growth
    it = score(gold_docs, graph)["indicator_targets"]
    assert (it["comparators_compared"], it["comparators_agree"]) == (1, 1)


def test_an_indicator_row_is_known_by_its_entitys_aliases(tmp_path):
    """Row 地区生产总值; the passage's Indicator entity 地区生产总值 has alias 全区GDP: an edge to 全区GDP recalls it."""
    gold_docs, graph = _tiny(tmp_path)
    gdp = graph.add_node("Indicator", "全区GDP")
    graph.add_edge("plan-p", gdp.id, "TARGETS", props={"target": "6%", "target_value": 6.0, "target_year": 2025})
    assert score(gold_docs, graph)["indicator_targets"]["recalled"] == 1     # no entity says they are one
    gold_docs[0].passages[0].entities.append({"type": "Indicator", "name": "地区生产总值", "aliases": ["全区GDP"]})
    assert score(gold_docs, graph)["indicator_targets"]["recalled"] == 2
    gold_docs[0].passages[0].entities[-1]["type"] = "Project"                 # only an Indicator's aliases count
    assert score(gold_docs, graph)["indicator_targets"]["recalled"] == 1


def test_alt_type_counts_for_the_gold_type(tmp_path):
    gold_docs, graph = _tiny(tmp_path)
    gold_docs[0].passages[0].entities[2]["alt_types"] = ["Policy"]    # gold 乌素图 could also be read as a Policy
    graph.nodes[next(n.id for n in graph.nodes.values() if n.name == "杏花节")].add_alias("乌素图")
    r = score(gold_docs, graph)
    assert r["entities"]["Place"]["tp"] == 2 and r["entities"]["Place"]["predicted"] == 2
    assert r["entities"]["Policy"]["predicted"] == 0


def test_targets_source_plan_or_goal_is_a_modelling_choice(tmp_path):
    gold_docs, graph = _tiny(tmp_path)
    p = gold_docs[0].passages[0]
    p.relations.append({"type": "TARGETS", "source": PLAN_TOKEN, "target": "森林覆盖率"})
    goal = graph.add_node("Goal", "生态环境建设更加有力")
    graph.add_edge(goal.id, graph.nodes[next(n.id for n in graph.nodes.values() if n.name == "森林覆盖率")].id,
                   "TARGETS", evidence=Evidence("plan-p", None, 0, 3, "回民区"), props={"target_year": 2025})
    r = score(gold_docs, graph)
    assert r["relations"]["TARGETS"] == {"gold": 1, "predicted": 1, "tp": 1, **prf(1, 1, 1)}


def test_malformed_gold_is_refused_with_its_name(tmp_path):
    gold_docs, _ = _tiny(tmp_path)
    path = tmp_path / "gold" / "p.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["passages"][0]["text"] = "不在文件里的句子。"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="p.json:p-1.*substring"):
        load_gold(tmp_path / "gold", tmp_path / "plans")


# -- the gold files ------------------------------------------------------------------------------
def test_gold_parses_and_covers_every_document():
    docs = load_gold(GOLD, PLANS)
    per_doc = {d.doc: len(d.passages) for d in docs}
    plan_files = sorted(p.name for p in PLANS.glob("00*.txt"))
    assert sorted(per_doc) == plan_files
    assert sum(per_doc.values()) >= 30
    assert all(n >= 4 for n in per_doc.values()), per_doc
    district_plans = [n for f, n in per_doc.items() if f.startswith(("001", "002"))]
    others = [n for f, n in per_doc.items() if not f.startswith(("001", "002"))]
    assert min(district_plans) > max(others), per_doc
    for d in docs:
        for p in d.passages:
            assert p.entities, p.id


def test_every_gold_passage_is_an_exact_substring_of_its_file():
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) >= {"doc", "plan_place", "passages", "indicators"}
        text, _ = decode((PLANS / data["doc"]).read_bytes(), data["doc"])
        for p in data["passages"]:
            assert p["text"] in text, (path.name, p["id"])
            if text.count(p["text"]) > 1:
                assert "first occurrence" in p.get("note", ""), (path.name, p["id"])
            for e in p["entities"]:
                assert set(e) >= {"type", "name", "aliases"}, (p["id"], e)
            for rel in p["relations"]:
                assert set(rel) >= {"type", "source", "target"}, (p["id"], rel)


def test_gold_annotates_every_row_of_the_xincheng_indicator_table():
    data = json.loads((GOLD / "002.json").read_text(encoding="utf-8"))
    table = next(p for p in data["passages"] if p["text"].startswith("专栏1"))
    rows = [line for line in table["text"].splitlines() if line[:2].strip().isdigit()]
    assert len(rows) == 15
    gold_names = {norm(i["name"]) for i in data["indicators"]}
    for line in rows:
        cell = norm(line.split("\t")[2])
        assert any(cell.startswith(n) for n in gold_names), line
    assert {norm(e["name"]) for e in table["entities"] if e["type"] == "Indicator"} <= gold_names


def test_huimin_2025_targets_are_in_the_gold():
    data = json.loads((GOLD / "001.json").read_text(encoding="utf-8"))
    targets = {i["name"]: i["target"] for i in data["indicators"]}
    assert targets["森林覆盖率"] == "41%" and targets["空气质量优良天数比率"] == "85%"
    assert targets["PM2.5浓度"].startswith("35") and targets["高新技术企业"] == "30家"


# -- the command ---------------------------------------------------------------------------------
def test_cli_eval_json_prints_the_figures():
    done = run_cli("eval", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {"entities", "entities_overall", "relations", "relations_overall", "indicator_targets",
            "errors", "passages", "documents", "by_document"} <= set(result)
    assert result["documents"] == 5 and result["passages"] >= 30
    for row in list(result["entities"].values()) + [result["entities_overall"], result["relations_overall"]]:
        assert {"gold", "predicted", "tp", "precision", "recall", "f1"} <= set(row)
        assert 0.0 <= row["f1"] <= 1.0 and row["tp"] <= min(row["gold"], row["predicted"])


def test_cli_eval_prints_a_table():
    done = run_cli("eval")
    assert done.returncode == 0, done.stderr
    assert "overall" in done.stdout and "indicator targets recalled" in done.stdout
    for label in ("Place", "Project", "Industry", "Goal", "Indicator", "Organization", "Policy", "LOCATED_IN"):
        assert label in done.stdout


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                    "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
                                    "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
                                    "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23",
                                    "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29",
                                    "heldout30", "heldout31", "heldout32", "heldout33",
                                    "heldout34", "heldout35", "heldout36", "heldout37", "heldout38",
                                    "heldout39", "heldout40", "heldout41", "heldout43", "heldout44",
                                    "heldout45", "heldout52", "heldout53", "heldout54", "heldout55", "heldout56", "heldout57"])
def test_held_out_sets_load_and_score(folder):
    """The held-out sets keep their own plans: every passage cites its file, and eval scores them."""
    from loaders.evaluate import evaluate
    base = ROOT / "tests" / folder
    docs = load_gold(base / "gold", base / "plans")
    assert len(docs) >= 3 and sum(len(d.passages) for d in docs) >= 20
    for path in sorted((base / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text, _ = decode((base / "plans" / data["doc"]).read_bytes(), data["doc"])
        for p in data["passages"]:
            assert text.count(p["text"]) == 1, (folder, p["id"])
    result = evaluate(base / "gold", base / "plans")
    assert 0 < result["entities_overall"]["f1"] <= 1 and 0 < result["relations_overall"]["f1"] <= 1
