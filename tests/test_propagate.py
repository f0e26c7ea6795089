"""A name found once in a plan is found where the plan writes it again (loaders/extract/propagate.py)."""
from __future__ import annotations

from pathlib import Path

from loaders.pipeline import extractors, plan_graph
from loaders.read import Document

TEXT = ("第二章 重点任务\n专栏3 民生工程\n1.白石沟村饮水安全巩固提升工程\n第三章 保障\n"
        "2025年将完成白石沟村饮水安全巩固提升工程，惠及群众3000人。\n")


def _graph(text, without_propagate=False, without_tagger=False):
    skip = (".propagate",) * without_propagate + (".learned_entities",) * without_tagger
    steps = [e for e in extractors() if not (skip and e.__module__.endswith(skip))]
    return plan_graph(Document("t", Path("t.txt"), text, "utf-8", "0" * 64, {"place": "土默特左旗"}), steps)


def _mentions(g, label, name):
    return sorted(m.start for n in g.nodes.values() if n.label == label and n.name == name for m in n.mentions)


def test_a_box_item_written_again_in_prose_is_the_same_project_there_too():
    name = "白石沟村饮水安全巩固提升工程"
    # (without the tagger, which may find the prose mention on its own: the rules alone find only the box item)
    assert _mentions(_graph(TEXT, without_propagate=True, without_tagger=True), "Project", name) == [TEXT.index(name)]
    assert _mentions(_graph(TEXT, without_tagger=True), "Project", name) == [TEXT.index(name), TEXT.rindex(name)]
    g = _graph(TEXT)
    assert _mentions(g, "Project", name) == [TEXT.index(name), TEXT.rindex(name)]
    for n in g.nodes.values():
        for m in n.mentions:
            assert TEXT[m.start:m.end] == m.text


def test_a_name_inside_a_longer_name_is_not_propagated():
    # 现代物流 is an industry where it stands alone, but not inside the park's name
    text = "第二章 产业\n大力发展现代物流。\n建设金桥现代物流园区项目。\n"
    g = _graph(text)
    assert _mentions(g, "Industry", "现代物流业") == [text.index("现代物流")]      # the lexicon's name for it
