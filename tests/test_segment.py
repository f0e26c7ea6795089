"""Segmentation of the bundled plans: section trees match the real headings, offsets cite exactly."""
from __future__ import annotations

import re

import pytest

from loaders.segment import segment

CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    """Chinese numeral for 1..99 (enough for chapter numbers)."""
    if n <= 10:
        return "十" if n == 10 else CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


@pytest.fixture(scope="module")
def segs(docs):
    return {d.file[:3]: (d, segment(d.text, d.id)) for d in docs}


def test_002_chapters_sections_and_boxes(segs):
    doc, seg = segs["002"]
    chapters = [s for s in seg.sections if s.kind == "chapter"]
    assert [s.label for s in chapters] == [f"第{cn(i)}章" for i in range(1, 12)]
    assert chapters[3].title == "实施创新驱动战略集聚发展新动能"
    boxes = [s for s in seg.sections if s.kind == "box"]
    assert [s.label for s in boxes] == [f"专栏{i}" for i in range(1, 18)]
    box5 = boxes[4]
    assert box5.path == "第五章/第二节/专栏5" and "物流" in box5.title
    # sections under chapter 2 in order, and the glossary at the end
    ch2 = [s.label for s in seg.sections if s.parent == chapters[1].id and s.kind == "section"]
    assert ch2 == ["第一节", "第二节", "第三节", "第四节"]
    assert seg.sections[-1].kind == "glossary"


def test_002_table_of_contents_is_not_content(segs):
    doc, seg = segs["002"]
    toc_end = doc.text.index("# 呼和浩特市新城区 国民经济")
    assert not [s for s in seg.sections if s.kind != "preamble" and s.start < toc_end]
    assert not [x for x in seg.sentences if doc.text.index("# 目录") <= x.start < toc_end]
    # every chapter occurs once, although the TOC lists it too
    assert len([s for s in seg.sections if s.label == "第一章"]) == 1


def test_002_indicator_table(segs):
    doc, seg = segs["002"]
    assert len(seg.tables) == 1
    table = seg.tables[0]
    header = [doc.text[a:b] for a, b in table.rows[0]]
    assert header[:3] == ["序号", "类别", "指标"] and header[-1] == "属性"
    assert len(table.rows) == 16
    assert seg.section(table.section).parent.endswith("专栏1")


def test_001_chapters_and_sections(segs):
    doc, seg = segs["001"]
    chapters = [s for s in seg.sections if s.kind == "chapter"]
    assert [s.label for s in chapters] == [f"第{cn(i)}章" for i in range(1, 11)]
    sections_of_4 = [s.title for s in seg.sections if s.parent == chapters[3].id]
    assert sections_of_4[0] == "优化服务业发展布局" and len(sections_of_4) == 4
    parts = [s.title for s in seg.sections if s.kind == "part"]
    assert parts == ["指导思想", "基本原则", "发展定位", "发展目标"]


def test_004_numbered_parts(segs):
    doc, seg = segs["004"]
    part2 = [s for s in seg.sections if s.kind == "part" and s.label == "二"][0]
    subs = [s.title for s in seg.sections if s.parent == part2.id]
    assert subs[0] == "持续做大做强优势特色产业集群" and len(subs) == 9


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_offsets_cite_exactly(segs, key):
    doc, seg = segs[key]
    text = doc.text
    assert seg.sentences
    for s in seg.sections:
        assert text[s.title_start:s.title_end] == s.title
        assert 0 <= s.start <= s.end <= len(text)
        if s.kind != "table":   # a box's table carries the box's title, just above it
            assert s.start <= s.title_start <= s.title_end <= s.end
        if s.parent:
            parent = seg.section(s.parent)
            assert parent.start <= s.start and s.end <= parent.end
    for x in seg.sentences:
        sentence = text[x.start:x.end]
        assert sentence.strip() == sentence and sentence
        p = seg.paragraphs[x.paragraph]
        assert p.start <= x.start < x.end <= p.end
        sec = seg.section(x.section)
        assert sec.start <= x.start and x.end <= sec.end


def test_sentences_split_on_chinese_terminators(segs):
    doc, seg = segs["001"]
    for x in seg.sentences:
        inner = doc.text[x.start:x.end - 1]
        assert not re.search(r"[。！？；](?![”’」』）)】*])", inner), inner


def test_hard_wrapped_sentence_spans_lines(segs):
    doc, seg = segs["004"]
    spanning = [x for x in seg.sentences if "\n" in doc.text[x.start:x.end]]
    assert spanning, "wrapped newspaper columns should give sentences across line breaks"


def test_minimal_documents():
    seg = segment("专栏3 重点项目\n1. 甲项目。\n2. 乙项目。\n", "p")
    assert [s.kind for s in seg.sections] == ["box"]
    assert [seg.text[x.start:x.end] for x in seg.sentences] == ["1. 甲项目。", "2. 乙项目。"]
    seg = segment("没有标题的一段话。第二句！", "p")
    assert [s.kind for s in seg.sections] == ["preamble"]
    assert len(seg.sentences) == 2


def test_box_of_items_ends_at_the_blank_line_after_an_unpunctuated_last_item():
    text = ("第一章 总则\n专栏1 某旗重点项目\n1. 白石镇冷链物流中心项目\n2. 红泉乡农贸市场改造项目\n\n"
            "到2025年，全旗森林覆盖率达到30%。\n")
    seg = segment(text, "p")
    paras = [(seg.section(p.section).kind, text[p.start:p.end]) for p in seg.paragraphs]
    assert paras == [("box", "1. 白石镇冷链物流中心项目"), ("box", "2. 红泉乡农贸市场改造项目"),
                     ("chapter", "到2025年，全旗森林覆盖率达到30%。")]


def test_box_item_broken_by_a_hard_wrap_stays_one_paragraph():
    text = ("第一章 总则\n专栏1 某旗重点工程\n1. 白石镇淤地坝除险加固工程：对白石镇病险淤地坝实施除险加固，新\n"
            "建骨干坝5座（旗水利局）。\n2. 红泉乡农贸市场改造项目。\n")
    seg = segment(text, "p")
    items = [text[p.start:p.end] for p in seg.paragraphs if p.kind == "item"]
    assert items[0].endswith("（旗水利局）。") and "\n" in items[0] and items[1] == "2. 红泉乡农贸市场改造项目。"


def test_box_items_numbered_like_parts_stay_in_the_box():
    text = ("第三章 城市更新\n"
            "专栏4 某区重点工程\n"
            "（一）北关历史街区修缮工程：修缮院落20处。责任单位：区文化和旅游局。\n"
            "（二）南湖湿地公园项目：建设湿地120公顷。\n"
            "第四章 保障措施\n"
            "（一）强化组织领导。建立工作专班。\n")
    seg = segment(text)
    box = next(s for s in seg.sections if s.kind == "box")
    items = [p for p in seg.paragraphs if p.section == box.id and p.kind == "item"]
    assert [text[p.start:p.start + 4] for p in items] == ["（一）北", "（二）南"]
    parts = [s for s in seg.sections if s.kind == "subpart"]
    assert [s.title for s in parts] == ["强化组织领导"]      # outside a box, a run-in title ending 。 is a part


def test_a_numbered_heading_with_a_subtitle_keeps_both():
    """二、展望：2026年重点工作 is one title; （一）乳业：做强奶源基地，延伸链条。 is a title run into its text."""
    from loaders.segment import segment
    titles = [s.title for s in segment("二、展望：2026年重点工作\n\n正文。\n（一）乳业：做强奶源基地，延伸链条。\n").sections]
    assert "展望：2026年重点工作" in titles and "乳业" in titles
