"""The CRF entity tagger (loaders/learned/entities.py), its extractor, and ``python -m graph train``."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.learned import entities as E
from loaders.learned.corpus import Span, examples, gold_sets, locate, outermost

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "data" / "models" / E.MODEL_FILE


def test_every_gold_entity_but_the_elided_ones_is_found_in_its_passage():
    """Training labels come from where names are written; a name not found would silently teach 'O'."""
    missing, total = [], 0
    for ex in examples():
        found = {(s.type, s.name) for s in ex.spans}
        for e in ex.passage.entities:
            total += 1
            if (e["type"], e["name"]) not in found:
                missing.append((ex.passage.id, e["name"]))
    # elided coordinations (中行、农行等数据中心项目 → 中行数据中心项目) are written nowhere as such
    assert total > 2000 and len(missing) <= 5, missing


def test_locate_tolerates_quotes_and_hard_wraps_and_keeps_nested_names():
    text = "推进“青石\n湾康养小镇”项目和青石湾湿地建设"
    spans = locate(text, [{"type": "Project", "name": "青石湾康养小镇项目"},
                          {"type": "Place", "name": "青石湾"}, {"type": "Place", "name": "青石湾湿地"}])
    got = [(text[s.start:s.end], s.type) for s in spans]
    assert ("青石\n湾康养小镇”项目", "Project") in got
    assert ("青石\n湾", "Place") in got and ("青石湾湿地", "Place") in got
    flat = [(text[s.start:s.end]) for s in outermost(spans)]
    assert flat == ["青石\n湾康养小镇”项目", "青石湾湿地"]


def test_outermost_prefers_the_longer_of_two_overlapping_names():
    spans = [Span(0, 3, "Place", "a"), Span(2, 8, "Project", "b")]
    assert [s.name for s in outermost(spans)] == ["b"]


def test_bio_and_units_line_up_with_the_text():
    seqs = list(E.training_sequences(list(examples([s for s in gold_sets() if s.name == "gold"]))[:3]))
    assert seqs
    for feats, labels in seqs:
        assert len(feats) == len(labels)
        assert all(l == "O" or l[:2] in ("B-", "I-") for l in labels)
        assert all(not (b.startswith("I-") and a == "O") for a, b in zip(labels, labels[1:]))


def test_a_hard_wrap_is_squeezed_out_but_marked():
    squeezed, where, broke = E._squeeze("青石\n湾 项目")
    assert squeezed == "青石湾项目" and where == [0, 1, 3, 5, 6]
    assert broke == [False, False, True, False, False]
    feats = E.char_features(squeezed, broke)
    assert "nl" in feats[2] and "nl" not in feats[1]


def test_training_is_deterministic(tmp_path):
    some = [ex for ex in examples() if ex.set == "heldout"]
    a = E.fit(some, tmp_path / "a" / E.MODEL_FILE)
    b = E.fit(some, tmp_path / "b" / E.MODEL_FILE)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.timeout(120)
def test_shipped_tagger_is_a_fresh_training_on_every_set(tmp_path):
    """Nobody ships a stale model: run ``python -m graph train`` after changing features or the sets."""
    fresh = E.fit(list(examples()), tmp_path / E.MODEL_FILE)
    # digests, not the bytes: a diff of two 3 MB models tells nobody anything
    shipped, trained = (hashlib.sha256(f.read_bytes()).hexdigest() for f in (SHIPPED, fresh))
    assert shipped == trained, "data/models/entities.crfsuite is stale: run `python -m graph train`"


def test_the_tagger_finds_names_in_a_sentence_it_never_saw():
    tagger = E.load(SHIPPED)
    found = {(f.type, f.surface) for f in tagger.tag_text("第三章 产业\n到2025年，察素齐镇加快建设白石沟光伏产业园项目，大力发展现代物流。\n")}
    assert ("Place", "察素齐镇") in found
    assert any(t == "Project" and s.endswith("光伏产业园项目") for t, s in found), found
    assert not any(s in ("加快", "大力", "到2025年") for _, s in found)


def _graph(text, monkeypatch, models):
    from loaders.pipeline import plan_graph
    from loaders.read import Document
    monkeypatch.setenv("PLANGRAPH_MODELS", str(models))
    doc = Document("t", Path("t.txt"), text, "utf-8", "0" * 64, {"place": "土默特左旗"})
    return plan_graph(doc), doc


#: the rules know no 音乐季 head, so they find no event in 举办“X”Y音乐季; the tagger does
TEXT = "第二章 重点任务\n举办“青城之夏”草原音乐季，打造北疆文旅消费新高地。\n"


def _names(g):
    return {(n.label, n.name) for n in g.nodes.values() if n.label not in ("Plan", "Section")}


def test_the_learned_extractor_adds_what_the_rules_miss_and_cites_it_exactly(monkeypatch, tmp_path):
    with_model, doc = _graph(TEXT, monkeypatch, SHIPPED.parent)
    rules_only, _ = _graph(TEXT, monkeypatch, tmp_path)          # no model file there: rules alone
    added = _names(with_model) - _names(rules_only)
    assert ("Project", "青城之夏草原音乐季") in added
    assert _names(rules_only) <= _names(with_model)              # it adds; it never takes away
    for node in with_model.nodes.values():
        for m in node.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_a_lexicon_name_outranks_a_longer_learned_span(monkeypatch):
    g, _ = _graph("第二章 重点任务\n推动哈素海景区创建国家5A级旅游景区。\n", monkeypatch, SHIPPED.parent)
    assert ("Place", "哈素海") in _names(g) and ("Place", "哈素海景区") not in _names(g)


def test_train_command_writes_every_model_and_refuses_unknown_sets(tmp_path):
    out = tmp_path / "models"
    run = subprocess.run([sys.executable, "-m", "graph", "train", "--exclude", "heldout6", "--out", str(out)],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert (out / E.MODEL_FILE).is_file() and (out / "relations.json").is_file()
    assert "entities: trained on" in run.stdout
    bad = subprocess.run([sys.executable, "-m", "graph", "train", "--exclude", "nosuchset", "--out", str(out)],
                         cwd=REPO, capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "nosuchset" in bad.stderr
