"""The learned relation classifier (loaders/learned/relations.py) and its extractor."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.learned import relations as L
from loaders.learned.corpus import examples

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "data" / "models" / "relations.json"


def _feats(text, spans, i, j, **kw):
    mentions = [(text.index(s), text.index(s) + len(s), label) for s, label in spans]
    return set(L.pair_features(text, mentions, i, j, **kw))


def test_features_order_gap_and_words_between():
    text = "星河科技园位于青石镇北部。"
    f = _feats(text, [("星河科技园", "Project"), ("青石镇", "Place")], 0, 1)
    assert {"T:Project>Place", "dir:fwd", "gap:2", "bw:fwd:位于", "nm:0", "cl:0"} <= f
    back = _feats(text, [("星河科技园", "Project"), ("青石镇", "Place")], 1, 0)
    assert "dir:back" in back and "bw:back:位于" in back


def test_features_nesting_list_and_subject():
    text = "青石镇光伏产业园"
    f = _feats(text, [("青石镇光伏产业园", "Project"), ("青石镇", "Place")], 0, 1)
    assert {"dir:tin", "tin:pre"} <= f
    text = "推动白鹭湾、青石镇和红柳村发展"
    spans = [("白鹭湾", "Place"), ("青石镇", "Place"), ("红柳村", "Place")]
    f = _feats(text, spans, 0, 1)
    assert "list" in f and "sinlist" in f and "tinlist" in f
    assert "sb1:推动" in f          # the word before the whole list, not the 、 before the item
    text = "青石镇立足资源优势，做强风电装备产业。"
    f = _feats(text, [("风电装备产业", "Industry"), ("青石镇", "Place")], 0, 1)
    assert "tsubj" in f and "tfirst" in f and "sfirst" not in f and "cl:1" in f


def test_features_titles_and_boxes():
    text = "白鹭湾游客中心"
    f = _feats(text, [("白鹭湾游客中心", "Project")] + [("白鹭湾", "Place")], 0, 1,
               titles=["专栏3白鹭湾文旅项目"], in_box=True)
    assert {"t_in_title", "in_box"} <= f and "s_in_title" not in f


def test_candidates_follow_the_ontology():
    text = "依托星火公司建设青石镇储能项目，服务新能源产业。"
    ms = [L.Mention(text.index(s), text.index(s) + len(s), lab, s) for s, lab in
          [("星火公司", "Organization"), ("青石镇储能项目", "Project"), ("青石镇", "Place"), ("新能源产业", "Industry")]]
    got = {(c.source.key, c.relation, c.target.key) for c in L.candidates(text, (0, len(text)), ms)}
    assert ("青石镇储能项目", "INVOLVES", "星火公司") in got
    assert ("青石镇储能项目", "LOCATED_IN", "青石镇") in got
    assert ("青石镇储能项目", "SUPPORTS", "新能源产业") in got
    assert not any(r == "INVOLVES" and s != "青石镇储能项目" for s, r, _ in got)    # only a project involves
    assert not any(t == "星火公司" and r != "INVOLVES" for _, r, t in got)
    assert not any(s == "青石镇" and r == "SUPPORTS" for s, r, _ in got)        # a place supports nothing


def test_training_is_deterministic():
    few = [e for e in examples() if e.set == "heldout2"]
    assert L.train(few).dumps() == L.train(few).dumps()


def test_model_round_trips_through_json(tmp_path):
    few = [e for e in examples() if e.set == "heldout"]
    m = L.train(few)
    path = m.save(tmp_path / "relations.json")
    again = L.load(path)
    assert again.dumps() == m.dumps()
    assert L.load(tmp_path / "missing.json") is None


@pytest.mark.timeout(60)
def test_shipped_model_is_a_fresh_training_on_every_set():
    """Nobody ships a stale model: retrain with ``python -m graph train`` after changing
    features, training or the annotated sets."""
    assert SHIPPED.exists()
    fresh = L.train(examples())
    same = json.loads(SHIPPED.read_text(encoding="utf-8")) == json.loads(fresh.dumps())
    assert same, "data/models/relations.json is stale: run `python -m graph train`"


def _plan_graph(text, monkeypatch, models=None):
    from loaders.pipeline import plan_graph
    from loaders.read import Document
    if models is not None:
        monkeypatch.setenv("PLANGRAPH_MODELS", str(models))
    doc = Document("t", Path("t.txt"), text, "utf-8", "0" * 64, {"place": "回民区"})
    return plan_graph(doc), doc


def _named(g, extractor=None):
    return {(g.nodes[e.source].name, e.type, g.nodes[e.target].name) for e in g.edges.values()
            if e.type in L.RELATIONS and (extractor is None or e.extractor == extractor)}


TEXT = "第一章 产业发展\n\n近年来，察素齐镇的设施农业、乳业蓬勃发展。\n"


def test_extractor_adds_what_the_rules_miss_and_nothing_absurd(monkeypatch, tmp_path):
    rules, _ = _plan_graph(TEXT, monkeypatch, tmp_path)          # an empty models dir: rules only
    assert not any(e.extractor == "learned_relations" for e in rules.edges.values())
    g, doc = _plan_graph(TEXT, monkeypatch, SHIPPED.parent)
    learned = _named(g, "learned_relations")
    assert ("乳业", "LOCATED_IN", "察素齐镇") in learned
    assert ("乳业", "LOCATED_IN", "察素齐镇") not in _named(rules)
    assert not any(r == "SUPPORTS" for _, r, _ in learned)           # one sector does not drive the other
    assert not any(s == "察素齐镇" for s, _, _ in learned)
    for e in g.edges.values():
        if e.extractor == "learned_relations":
            assert 0 < e.confidence <= 1
            for ev in e.evidence:
                assert doc.text[ev.start:ev.end] == ev.text and ev.text.startswith("近年来")


def test_evidence_of_learned_edges_is_exact_on_the_bundled_plans():
    from loaders.pipeline import plan_graph
    from loaders.read import read_plans
    docs, _ = read_plans(REPO / "data" / "plans")
    n = 0
    for doc in docs:
        g = plan_graph(doc)
        for e in g.edges.values():
            if e.extractor == "learned_relations":
                for ev in e.evidence:
                    assert ev.plan == doc.id and doc.text[ev.start:ev.end] == ev.text
                    n += 1
    assert n > 0
